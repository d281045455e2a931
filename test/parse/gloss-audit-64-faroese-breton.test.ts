import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Audit of the Faroese and Breton glossaries (session 64; docs/parser.md "Faroese and Breton", "Audit (session 64)"): pages written
 * for the audit, with real IRCC figures (rounds 388, 421, 424, 430-437), each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Faroese', () => {
  it('"Seinasta umfarið, nr. 437," is the previous round: a question about tomorrow\'s round announces nothing', () => {
    const page = ['Verður umfar í morgin?', 'Nógv spyrja, um IRCC heldur eitt nýtt umfar í morgin. Seinasta umfarið, nr. 437, gav 5.000 innbjóðingar við 382 stigum. Vit vita einki enn.'].join('\n');
    expect(glossForeign(page)).toMatch(/the previous draw, draw #437,/i);
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('"fingu bert 4 umsøkjarar innbjóðing" (only 4 candidates received invitations) gives the count', () => {
    const page = 'Í fyrradag fingu bert 4 umsøkjarar innbjóðing í umfari nr. 430 fyri Skilled Military Recruits. Lægsta stigatalið var 368.';
    expect(facts(page, '2026-07-25')).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
  });

  it('"fall úr 520 niður í 517" (fell from 520 to 517): the cut-off is the second figure', () => {
    const page = ['CEC-umfar í dag', 'Í dag bjóðaði IRCC 2.000 umsøkjarum við kanadiskum arbeiðsroyndum (umfar nr. 424). Lægsta stigatalið fall úr 520 niður í 517.'].join('\n');
    expect(facts(page, '2026-07-07')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
    const rose = 'Í dag helt IRCC umfar nr. 436 fyri Canadian Experience Class við 1.000 innbjóðingum. Lægsta stigatalið hækkaði úr 516 upp í 523.';
    expect(glossForeign(rose)).toContain('rose from 516 to 523');
    expect(facts(rose, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
  });
});

describe('Breton', () => {
  it('a weekly round-up: "d\'al Lun" (on Monday) and "niverenn 431," (a round\'s number before a comma)', () => {
    const page = [
      'Pevar dro Express Entry ar sizhun-mañ',
      "D'al Lun 4 a viz Eost : niverenn 431, Provincial Nominee Program, 507 pedadenn, skor izelañ 768.",
      "D'ar Meurzh 5 a viz Eost : niverenn 432, Canadian Experience Class, 3 000 pedadenn, skor izelañ 516.",
      "D'ar Merc'her 6 a viz Eost : niverenn 433, an dud a gomz galleg, 5 000 pedadenn, skor izelañ 391.",
      "D'ar Gwener 7 a viz Eost : niverenn 434, Transport Occupations, 300 pedadenn, skor izelañ 470.",
    ].join('\n');
    expect(glossForeign(page)).toContain('on Monday August 4');
    expect(facts(page, '2026-08-08')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
      ['2026-08-06', '433', 'french', 5000, 391, null],
      ['2026-08-07', '434', 'transport', 300, 470, null],
    ]);
  });

  it('a month\'s account ("Bilañs miz Gouere 2026") announces nothing', () => {
    const page = [
      'Bilañs miz Gouere 2026 : Express Entry',
      "E miz Gouere ez eus bet seizh tro. An hini brasañ a oa d'an 9 a viz Gouere : 5 000 pedadenn evit an dud a gomz galleg, gant ur skor izelañ a 420. An dro CEC d'an 21 a viz Gouere : 2 000 pedadenn, skor izelañ 516.",
    ].join('\n');
    expect(glossForeign(page)).toContain('Summary of July 2026');
    expect(facts(page, '2026-08-01')).toEqual([]);
  });

  it('a year\'s account ("Bloavezh 2025 e Express Entry : ar bilañs", "E 2025") announces nothing', () => {
    const page = [
      'Bloavezh 2025 e Express Entry : ar bilañs',
      "E 2025 ez eus bet ouzhpenn 100 000 pedadenn. D'ar 17 a viz Kerzu 2025 e oa bet pedet 6 000 den a gomz galleg gant ur skor izelañ a 399 (niverenn 388).",
    ].join('\n');
    expect(glossForeign(page)).toContain('2025 year in review');
    expect(facts(page, '2026-01-05')).toEqual([]);
  });

  it('a page with neither "c\'h" nor "pedadenn" but "hiziv" and "izelañ" is Breton ("pedet Kanada 271 mezeg")', () => {
    const page = ['271 mezeg pedet gant Kanada', 'Hiziv en deus pedet Kanada 271 mezeg gant ur skiant-prenañ e Kanada (niverenn 421), gant ur skor CRS izelañ a 223.'].join('\n');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, null]]);
  });

  it('"Kresket eo ar skor izelañ eus 516 betek 523" (rose from 516 to 523) is no "up to": the cut-off is 523', () => {
    const page = ['CEC : 1 000 pedadenn hiziv', 'Hiziv en deus aozet IRCC an dro niverenn 436 evit ar Canadian Experience Class : 1 000 pedadenn. Kresket eo ar skor izelañ eus 516 betek 523.'].join(
      '\n',
    );
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
    const fell = 'Hiziv en deus pedet IRCC 2 000 den (Canadian Experience Class, niverenn 424). Diskennet eo ar skor izelañ eus 520 da 517.';
    expect(facts(fell, '2026-07-07')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
  });
});
