import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Audit (session 68) of the Buryat and Kalmyk glossaries (docs/parser.md "Buryat and Kalmyk"): the pages of the audit that found a
 * problem, each failing before its fix. Figures are IRCC's (rounds 432 and 433).
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

describe('Audit 68: short channel posts', () => {
  it('a Buryat post whose only words of its own are "Мүнөөдэр", "шата" and "урилга" keeps its day and count', () => {
    expect(facts('Мүнөөдэр CEC шата: 3 000 урилга, CRS 516.', '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516]]);
  });

  it('a Kalmyk post of fewer than fifteen Cyrillic letters ("Өнөдр CEC шат: 3 000 урилг") keeps its day, round number and count', () => {
    expect(facts('Өнөдр CEC шат: 3 000 урилг, CRS 516.', '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516]]);
    expect(facts('🇨🇦 Өнөдр 433-гч шат! French 5 000 ITA, CRS 391.', '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391]]);
  });
});
