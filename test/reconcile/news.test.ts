import { describe, expect, it } from 'vitest';
import type { Draw } from '../../src/domain/draw.ts';
import type { NewsReport } from '../../src/domain/news-report.ts';
import { normaliseFile } from '../../src/ircc/normalise.ts';
import { reconcileNews } from '../../src/reconcile/news.ts';
import { reconcileOfficial } from '../../src/reconcile/official.ts';
import { irccFile } from '../helpers/ircc-file.ts';
import { programs } from '../helpers/stores.ts';
import { newsReport, officialHistory } from '../helpers/draws.ts';

const NOW = new Date('2026-11-20T18:00:00Z');
const SEEN = NOW.toISOString();
const history: Draw[] = officialHistory();
const report = (fields: Partial<NewsReport> = {}): NewsReport => ({ ...newsReport(), ...fields });
const run = (incoming: NewsReport[], pending: NewsReport[] = [], existing: Draw[] = history) => reconcileNews(existing, pending, incoming, NOW, SEEN);

describe('reconcileNews and plausibility', () => {
  it('announces a complete, plausible report', () => {
    const result = run([report({ drawNumber: '438' })]);
    expect(result.events.map((e) => [e.kind, e.draw.id, e.draw.drawNumber])).toEqual([['new', 'news-2026-11-20-cec', '438']]);
    expect([result.held, result.pending]).toEqual([[], []]);
  });

  it('holds an implausible report in pending, with its reason, and announces nothing', () => {
    const bad = report({ minCrs: 950 });
    const result = run([bad]);
    expect(result.events).toEqual([]);
    expect(result.pending).toEqual([bad]);
    expect(result.held).toEqual([{ report: bad, reason: expect.stringMatching(/cut-off 950/) as string }]);
  });

  it('holds reports of one draw that name different round numbers', () => {
    const a = report({ drawNumber: '438' });
    const b = report({ sourceId: 'other', itemKey: 'g:2', drawNumber: '439' });
    const result = run([a, b]);
    expect(result.events).toEqual([]);
    expect(result.pending).toHaveLength(2);
    expect(result.conflicts.map((c) => c.report.sourceId)).toEqual(['other']);
  });

  it('names an incomplete announcement but does not keep it, nor one about a known or old draw', () => {
    const incomplete = report({ minCrs: null, date: null });
    const known: Draw = { ...(history[0] as Draw), id: 'ircc-438', drawNumber: '438', date: '2026-11-19', program: 'pnp' };
    const aboutKnown = report({ itemKey: 'g:2', program: 'pnp', date: '2026-11-20', minCrs: null });
    const old = report({ itemKey: 'g:3', date: '2026-10-01', invitations: null });
    const result = run([incomplete, aboutKnown, old], [], [known, ...history]);
    expect(result.held).toEqual([{ report: incomplete, reason: 'its facts are incomplete (no date, no cut-off)' }]);
    expect([result.events, result.pending]).toEqual([[], []]);
  });

  it('never announces a report whose program the article left unnamed (a category-era draw the reader will not call general)', () => {
    const unnamed = report({ program: null });
    const result = run([unnamed]);
    expect(result.events).toEqual([]);
    expect(result.pending).toEqual([]);
    expect(result.held).toEqual([{ report: unnamed, reason: 'its facts are incomplete (no program)' }]);
  });

  it('lets IRCC settle a held report: it joins the confirmed draw it agrees with and leaves pending', () => {
    const held = report({ drawNumber: '420' });
    expect(run([held]).pending).toEqual([held]);
    const official = reconcileOfficial(
      history,
      [{ ...normaliseFile(irccFile(), programs).rounds[0]!.report, drawNumber: '438', date: '2026-11-20', program: 'cec', invitations: 2500, minCrs: 503 }],
      SEEN,
    ).writes;
    const later = run([], [held], [...official, ...history]);
    expect([later.events, later.pending, later.held]).toEqual([[], [], []]);
    expect(later.writes.map((d) => [d.drawNumber, d.sources.map((s) => s.id)])).toEqual([['438', ['ircc', 'site']]]);
  });
});
