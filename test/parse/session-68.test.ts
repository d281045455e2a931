import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 68 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 68"). Each page is written
 * here, not copied from the set; the figures are IRCC's.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('pages that are no Express Entry news (u78)', () => {
  it('another country\'s round with a note "this is not Canada\'s Express Entry … see IRCC" announces nothing', () => {
    const page = [
      'SkillSelect round results – Australia',
      'Skilled Nominated visa (subclass 190)',
      'Invitations issued: 2,600',
      'Lowest points score: 70',
      "Please note: this page is not about Canada's Express Entry; for Canadian rounds see the IRCC website.",
    ].join('\n');
    expect(facts(page, '2024-07-20')).toEqual([]);
  });

  it('a look back ("Looking back: …") quoting rounds of years before announces nothing', () => {
    const page = [
      'Looking back: the summer Express Entry went category-based',
      'July 12, 2026 · Analysis',
      'Two years ago the system changed. On July 4, 2024, IRCC held a trades round of 1,800 at 436. By July 17, 2024, CEC candidates were back — that day 6,300 invitations at 515.',
      'What changed since then?',
    ].join('\n');
    expect(facts(page, '2026-07-12')).toEqual([]);
  });
});

describe('forums and blogs (u78)', () => {
  it('a week\'s rounds in rows with no header ("Tue 16 Jul | PNP | 1,391 | 670") under "three rounds" are the news', () => {
    const page = [
      'CanadaVisa-style Forum › Express Entry › Rounds of the week (Jul 15–19)',
      'Posted by admin_north · 19 Jul 2024',
      'Big week, three rounds:',
      'Tue 16 Jul | PNP | 1,391 | 670',
      'Wed 17 Jul | CEC | 6,300 | 515',
      'Thu 18 Jul | French language | 1,800 | 400',
      'Share your timelines below.',
    ].join('\n');
    expect(facts(page, '2024-07-19')).toEqual([
      ['2024-07-16', null, 'pnp', 1391, 670, null],
      ['2024-07-17', null, 'cec', 6300, 515, null],
      ['2024-07-18', null, 'french', 1800, 400, null],
    ]);
  });

  it('a row with no header whose first figure could be a score and second a count ("670 | 1,391") gives no figures', () => {
    const page = ['Rounds of the week (Jul 15–19)', 'Posted 19 Jul 2024', 'This week:', 'Tue 16 Jul | PNP | 670 | 1,391', 'Wed 17 Jul | CEC | 515 | 6,300'].join('\n');
    for (const [, , , invitations, minCrs] of facts(page, '2024-07-19')) {
      expect(invitations).toBeNull();
      expect(minCrs).toBeNull();
    }
  });

  it('"Round: 290 (no program specified)" in a summary\'s list gives the round\'s number', () => {
    const page = ['AI summary ✨', 'Express Entry draw – 25 March 2024', '• Round: 290 (no program specified)', '• Invitations: 1,980', '• Minimum CRS: 524'].join('\n');
    expect(facts(page, '2024-03-26')).toEqual([['2024-03-25', '290', 'general', 1980, 524, null]]);
  });

  it('Spanglish "mandó 3,559 invitations a CEC candidates con CRS mínimo de 437" gives the cut-off ("a" is "to")', () => {
    const page = ['Foro Latino › Express Entry', '12 jun 2020', 'Ayer IRCC mandó 3,559 invitations a CEC candidates con CRS mínimo de 437!!! Por fin.'].join('\n');
    expect(facts(page, '2020-06-12')).toEqual([['2020-06-11', null, 'cec', 3559, 437, null]]);
  });

  it('"341 (three hundred forty-one!) invitations": a figure said again in words in a parenthesis keeps its count', () => {
    const page = ['r/ImmigrationCanada', 'Posted 2020-06-10', 'PNP draw today — 341 (three hundred forty-one!) invitations at CRS 743'].join('\n');
    expect(facts(page, '2020-06-10')).toEqual([['2020-06-10', null, 'pnp', 341, 743, null]]);
  });
});
