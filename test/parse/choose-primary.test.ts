import { describe, expect, it } from 'vitest';
import { choosePrimary, dropOutnumbered } from '../../src/parse/primary/choose-primary.ts';
import type { Draft } from '../../src/parse/types.ts';

/** Which drafts of an article are the news (primary/choose-primary.ts), on drafts built by hand. */

const day = { year: 2019, month: 3, day: 6 };
const draft = (id: number, fields: Partial<Draft>): Draft => ({
  id,
  date: day,
  drawNumber: null,
  program: null,
  invitations: null,
  minCrs: null,
  tieBreak: null,
  context: false,
  table: false,
  related: false,
  fresh: false,
  firstSentence: id,
  lastSentence: id,
  dateWritten: true,
  dated: true,
  months: [],
  inHead: false,
  ...fields,
});
const lead = { text: 'IRCC held an Express Entry draw on March 6.', openingSentences: 3, published: { year: 2019, month: 3, day: 7 } };

describe('rounds of the same day', () => {
  it('another round of the news day is news when it says which round it is (its program or its own count)', () => {
    const drafts = [draft(0, { program: 'pnp', invitations: 700, minCrs: 720 }), draft(1, { program: 'cec', invitations: 3350, minCrs: 454 })];
    expect([...choosePrimary(drafts, lead)].sort()).toEqual([0, 1]);
  });

  it('a lone cut-off dated the news day is no second round', () => {
    const drafts = [draft(0, { invitations: 3350, minCrs: 454 }), draft(5, { minCrs: 457 })];
    expect([...choosePrimary(drafts, lead)]).toEqual([0]);
  });
});

describe('a later round told above the news, in a link bar or related stories', () => {
  const news = draft(5, { drawNumber: '91', program: 'general', invitations: 3500, minCrs: 440 });
  const page = { year: 2019, month: 3, day: 7 };
  const kept = (others: Draft[], published: typeof page | null = page): number[] => {
    const primary = new Set([5]);
    dropOutnumbered([news, ...others], primary, [], published);
    return [...primary];
  };

  it('takes the news away when the later round is told above it with a figure (a page of headlines)', () => {
    expect(kept([draft(1, { drawNumber: '92', invitations: 3750, related: true })])).toEqual([]);
    // Later by its day, where neither has a number.
    const undated = new Set([5]);
    dropOutnumbered([{ ...news, drawNumber: null }, draft(1, { date: { year: 2019, month: 3, day: 6 }, invitations: 3750, related: true })], undated, [], page);
    expect([...undated]).toEqual([5]);
    const later = new Set([5]);
    dropOutnumbered([{ ...news, drawNumber: null, date: { year: 2019, month: 2, day: 20 } }, draft(1, { date: { year: 2019, month: 3, day: 6 }, invitations: 3750, related: true })], later, [], page);
    expect([...later]).toEqual([]);
    // A page without a day of its own cannot tell a sidebar added later: the guard holds.
    expect(kept([draft(1, { drawNumber: '92', invitations: 3750, related: true })], null)).toEqual([]);
  });

  it('takes it away under a later round number told above it without figures, unless that round is news too or dated after the page', () => {
    const told = (number: number, firstSentence = 1, day: typeof page | null = null) => ({ firstSentence, number, day, byDay: false });
    const keptUnder = (rounds: ReturnType<typeof told>[], primary = new Set([5]), drafts: Draft[] = [news]): number[] => {
      dropOutnumbered(drafts, primary, rounds, page);
      return [...primary].sort();
    };
    expect(keptUnder([told(92)])).toEqual([]);
    expect(keptUnder([told(92, 7)])).toEqual([5]);
    expect(keptUnder([told(90)])).toEqual([5]);
    expect(keptUnder([told(92, 1, { year: 2019, month: 3, day: 20 })])).toEqual([5]);
    expect(keptUnder([told(92)], new Set([1, 5]), [news, draft(1, { drawNumber: '92', invitations: 3750 })])).toEqual([1, 5]);
  });

  it("leaves it when the later round is told below it, dated after the page, is the body's context, has no figure, is earlier, or is news too", () => {
    expect(kept([draft(9, { drawNumber: '92', invitations: 3750, related: true })])).toEqual([5]);
    expect(kept([draft(1, { drawNumber: '92', invitations: 3750, related: true, date: { year: 2019, month: 3, day: 20 } })])).toEqual([5]);
    expect(kept([draft(1, { drawNumber: '92', invitations: 3750, context: true })])).toEqual([5]);
    expect(kept([draft(1, { drawNumber: '92', related: true })])).toEqual([5]);
    expect(kept([draft(1, { drawNumber: '90', invitations: 3500, related: true })])).toEqual([5]);
    const both = new Set([1, 5]);
    dropOutnumbered([news, draft(1, { drawNumber: '92', invitations: 3750, related: true })], both, [], page);
    expect([...both].sort()).toEqual([1, 5]);
  });
});
