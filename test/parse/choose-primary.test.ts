import { describe, expect, it } from 'vitest';
import { choosePrimary } from '../../src/parse/primary/choose-primary.ts';
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
