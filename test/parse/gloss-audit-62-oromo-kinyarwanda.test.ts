import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Audit of the Oromo and Kinyarwanda glossaries (session 62; docs/parser.md "Oromo and Kinyarwanda", "Audit (session 62)"): pages
 * written for it, each read wrong or not at all before its fix.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Oromo (audit)', () => {
  it('"filannoo (kan) darbe keessatti 517 ture" is the previous round\'s score, not round 517', () => {
    const page = 'Kaleessa IRCC filannoo CEC keessatti namoota 2,000 affeere. Qabxiin CRS xiqqaan 516 ture, filannoo darbe keessatti 517 ture.';
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
    const down = "Kaleessa IRCC filannoo CEC keessatti namoota 2,000 qabxii 516 irratti affeere, kunis filannoo kan darbe keessatti 517 irraa gadi bu'eera.";
    expect(facts(down, '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
  });

  it('"namoota 900 ol / caalaa" (more than 900) is no exact count', () => {
    expect(facts('Wiixata IRCC filannoo PNP keessatti namoota 900 ol affeere, qabxiin xiqqaan 730 ture.', '2026-06-23')).toEqual([['2026-06-22', null, 'pnp', null, 730, null]]);
    expect(facts('Wiixata IRCC filannoo PNP keessatti namoota 900 caalaa affeere; qabxiin xiqqaan 730 ture.', '2026-06-23')).toEqual([['2026-06-22', null, 'pnp', null, 730, null]]);
  });

  it('"kaleessa dura" (the day before yesterday), on a report without "aa"', () => {
    const page = 'Kaleessa dura, Wiixata, IRCC filannoo Provincial Nominee Program gaggeessee namoota 442 qabxii 760 irratti affeere. Hayyamamtoonni PNP qofa affeeraman.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    expect(glossForeign(`Maxxanfame: Hagayya 19, 2026. ${page}`).toLowerCase()).toContain('the day before yesterday');
  });

  it('"filannoo Express Entry lakk. 436 gaggeesse" keeps its round number', () => {
    const page = [
      'Kaleessa, Kibxata Hagayya 18, 2026, Mootummaan Kanaadaa (IRCC) filannoo Express Entry lakk. 436 gaggeesse. Filannoo kana keessatti namoonni 1,000 kan Canadian Experience Class affeeraman.',
      "Qabxiin CRS xiqqaan 523 ture. Seerri walqixxummaa: Hagayya 17, 2026 sa'aatii 22:09:00 UTC.",
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('a day of the Ethiopian calendar ("Hagayya 12, 2018 ALI" is August 18, 2026) and months as often spelled ("Fulbaana")', () => {
    const page = 'Oduu: Hagayya 12, 2018 ALI IRCC filannoo afaan Faransaayii keessatti namoota 5,000 qabxii 382 irratti affeere.';
    expect(facts(page, '2026-08-20')).toEqual([['2026-08-18', null, 'french', 5000, 382, null]]);
    expect(glossForeign(page)).toContain('August 18, 2026');
    const spelled = 'Fulbaana 30, 2025 IRCC filannoo CEC keessatti namoota 1,000 qabxii 534 irratti affeere. Qabxiin xiqqaan 534 ture.';
    expect(glossForeign(spelled)).toContain('September 30, 2025');
  });
});

describe('Kinyarwanda (audit)', () => {
  it('"itumira abantu 1,000" (inviting 1,000) and "abantu 3.000" (a dot between thousands) are counts', () => {
    const page = [
      "Ku wa Kabiri tariki ya 18 Kanama 2026, Minisiteri y'Abinjira n'Abasohoka ya Kanada (IRCC) yakoze tombola ya 436 ya Express Entry, itumira abantu 1,000 bo mu cyiciro cya Canadian Experience Class.",
      'Amanota make ya CRS yari 523.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
    const dots = 'Ku wa Gatatu, 5 Kanama 2026, Kanada yatumiye abantu 3.000 bo mu cyiciro cya CEC. Amanota make yari 516.';
    expect(facts(dots, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
  });

  it('"yahaye ubutumire abaganga 271", "amanota macye"; "hatumiwe abakandida 4,000 bafite nibura amanota 475"', () => {
    const page = 'Ejo hashize, IRCC yahaye ubutumire abaganga 271 (Physicians with Canadian Work Experience). Amanota macye yari 223.';
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-24', null, 'physicians', 271, 223, null]]);
    const passive = "Ku wa Kane, 25 Kamena 2026, muri tombola y'abakora mu buvuzi (Healthcare and Social Services Occupations) hatumiwe abakandida 4,000 bafite nibura amanota 475.";
    expect(facts(passive, '2026-06-26')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, null]]);
  });

  it('"Ku wa Mbere" with no day after it is Monday', () => {
    const page = 'Ku wa Mbere IRCC yatumiye abantu 955 bo muri PNP. Amanota make yari 730.';
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-22', null, 'pnp', 955, 730, null]]);
  });

  it('"hafi abantu 5,000" (nearly) and "abantu bagera ku 5,000" (about) are no exact count', () => {
    expect(facts('Uyu munsi IRCC yatumiye hafi abantu 5,000 bavuga Igifaransa. Amanota make yari 382.', '2026-08-19')).toEqual([['2026-08-19', null, 'french', null, 382, null]]);
    expect(glossForeign("Uyu munsi IRCC yakoze tombola y'Igifaransa, yatumiye abantu bagera ku 5,000. Amanota make ya CRS yari 382.")).toContain('about 5,000');
  });

  it('a weekly round-up without a verb of inviting is read as its English is', () => {
    const page = [
      "Incamake y'icyumweru: Express Entry",
      'Muri iki cyumweru IRCC yakoze tombola ebyiri:',
      '- 20 Nyakanga: PNP, abantu 511, amanota make 744',
      '- 21 Nyakanga: CEC, abantu 2,000, amanota make 516',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', null, 744, null],
      ['2026-07-21', null, 'cec', null, 516, null],
    ]);
  });
});
