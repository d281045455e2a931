import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Audit of the Icelandic and Maltese glossaries (docs/parser.md "Icelandic and Maltese", "Audit (session 61)"): pages written
 * for the audit in the ways those languages write draw news, with real IRCC figures, each read as announcing what it says.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Icelandic (gloss-icelandic.ts), audit', () => {
  it('"271 umsækjandi fékk boð" (one received) and "fyrir lækna" (for physicians)', () => {
    const page = ['Læknar fá boð', 'Í gær var haldin lota fyrir lækna með kanadíska starfsreynslu: 271 umsækjandi fékk boð, lágmark 223 stig.'].join('\n');
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-24', null, 'physicians', 271, 223, null]]);
  });

  it('"í morgun" (this morning, not "á morgun"), "gaf … út" (issued), "Lágmarksfjöldi stiga var" (the minimum was)', () => {
    const page = [
      'IRCC sendi út 4.000 boð í morgun',
      'Í morgun gaf IRCC út 4.000 boð til umsækjenda í Canadian Experience Class (lota nr. 420).',
      'Lágmarksfjöldi stiga var 516.',
      'Dagsetning og tími jafnteflisreglu: 14. apríl 2026, kl. 00:03:10 UTC.',
    ].join('\n');
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, '2026-04-14']]);
  });

  it('"Lágmarksstigafjöldinn var 477" (the minimum score was)', () => {
    const page = ['Iðngreinar: lota nr. 408', 'Fimmtudaginn 2. apr. 2026 fengu 3.000 iðnaðarmenn boð. Lágmarksstigafjöldinn var 477.'].join('\n');
    expect(facts(page, '2026-04-03')).toEqual([['2026-04-02', '408', 'trades', 3000, 477, null]]);
  });

  it('a one-line table post: "Fjöldi boða: 4 | Lágmark CRS: 368" is Icelandic', () => {
    const page = 'Express Entry | 2026-07-23 | Lota nr. 430 | Skilled Military Recruits | Fjöldi boða: 4 | Lágmark CRS: 368';
    expect(glossForeign(page)).toContain('Number of invitations: 4');
    expect(facts(page, '2026-07-24')).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
  });

  it('"umferð nr. 432" (round number 432), the other word for a round', () => {
    const page = [
      'Ný umferð í Express Entry',
      'Í gær fór fram umferð nr. 432. Alls fengu 3.000 umsækjendur í Canadian Experience Class boð og var lágmarkið 516 stig.',
      'Jafnteflisreglan var 3. júlí 2026 kl. 21:35:13 (UTC).',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });
});

describe('Maltese (gloss-maltese.ts), audit', () => {
  it('"Lbieraħ l-ieħor" is the day before yesterday, not yesterday', () => {
    const page = [
      '5,000 stedina għal min jitkellem bil-Franċiż',
      'Lbieraħ l-ieħor, IRCC stiednet 5,000 kandidat li jitkellmu bil-Franċiż fid-draw numru 437. Il-punteġġ minimu kien ta’ 382 punt biss.',
    ].join('\n');
    expect(facts(page, '2026-08-21')).toEqual([['2026-08-19', '437', 'french', 5000, 382, null]]);
  });

  it('"Ilbieraħ" (yesterday, written as one word) and "271 tabib irċevew" (physicians)', () => {
    const page = 'Ilbieraħ saret draw għat-tobba b’esperjenza Kanadiża, draw numru 421: 271 tabib irċevew stedina, b’minimu ta’ 223 punt.';
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, null]]);
  });

  it('a weekday alone, "It-Tlieta IRCC għamlet draw" (on Tuesday), and "dalgħodu" (this morning)', () => {
    const tuesday = [
      'Draw numru 424: 2,000 stedina',
      'It-Tlieta IRCC għamlet draw għall-Canadian Experience Class. 2,000 kandidat irċevew stedina u l-punteġġ minimu kien ta’ 517.',
      'Tie-break: 29 ta’ Diċembru 2025 fil-12:49:27 ħin tal-Lvant tal-Kanada (17:49:27 UTC).',
    ].join('\n');
    expect(facts(tuesday, '2026-07-08')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, '2025-12-29']]);
    const morning = 'Dalgħodu IRCC ħarġet 4,000 stedina lil kandidati tal-Canadian Experience Class (draw numru 420). Il-punteġġ minimu kien ta’ 516.';
    expect(facts(morning, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, null]]);
  });

  it('a short post\'s "saret fit-18/8" (held on August 18)', () => {
    const page = '🇨🇦 Draw nru. 436 (CEC) saret fit-18/8: 1,000 stedina, punteġġ minimu 523. Prosit lil kull min irċieva stedina!';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
  });

  it('"L-għada" is the next day, not tomorrow: two rounds on two days', () => {
    const page =
      'It-Tnejn saret draw tal-PNP: 442 kandidat irċevew stedina, b’minimu ta’ 760 punt. L-għada IRCC stiednet 1,000 kandidat tal-Canadian Experience Class u l-punteġġ minimu kien ta’ 523.';
    expect(facts(page, '2026-08-19')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760, null],
      ['2026-08-18', null, 'cec', 1000, 523, null],
    ]);
  });

  it('a question about the next round ("id-draw li jmiss") announces none of the rounds it quotes', () => {
    const when = [
      'Meta se ssir id-draw li jmiss?',
      'L-aħħar draw tas-CEC saret fit-18 ta’ Awwissu, meta 1,000 kandidat irċevew stedina b’minimu ta’ 523.',
      'L-esperti jistennew li d-draw li jmiss issir f’Settembru u li l-minimu jinżel taħt il-520.',
    ].join('\n');
    expect(glossForeign(when)).toContain('When will the next draw be held');
    expect(facts(when, '2026-08-20')).toEqual([]);
    const upTo = [
      'Sa 5,000 stedina fid-draw li jmiss?',
      'IRCC indikat li sa 5,000 kandidat li jitkellmu bil-Franċiż jistgħu jirċievu stedina f’Ġunju. Fl-aħħar draw tal-Franċiż, fit-28 ta’ Mejju, il-minimu kien ta’ 409.',
    ].join('\n');
    expect(glossForeign(upTo)).toContain('In the latest draw');
    expect(facts(upTo, '2026-06-01')).toEqual([]);
  });
});
