import type { Draw } from '../../src/domain/draw.ts';
import type { NewsReport } from '../../src/domain/news-report.ts';
import type { CompleteNews } from '../../src/reconcile/complete-news.ts';
import { normaliseFile } from '../../src/ircc/normalise.ts';
import { reconcileOfficial } from '../../src/reconcile/official.ts';
import { irccFile } from './ircc-file.ts';
import { programs } from './stores.ts';

/** The issues' sample round: #438, CEC, 2,500 invitations at 503 on 2026-11-20. */
export const SAMPLE_ROUND = {
  drawNumber: '438',
  date: '2026-11-20',
  program: 'cec',
  programText: 'Canadian Experience Class',
  invitations: 2500,
  minCrs: 503,
} as const;

/** The sample round as the store holds it; tests override what they are about. */
export const cecDraw = (fields: Partial<Draw> = {}): Draw => ({
  id: 'ircc-438',
  ...SAMPLE_ROUND,
  tieBreak: null,
  tieBreakRaw: null,
  drawnAt: null,
  status: 'confirmed',
  sources: [],
  ...fields,
});

/** A news site's complete report of that round. */
export const newsReport = (fields: Partial<NewsReport> = {}): CompleteNews => ({
  sourceId: 'site',
  itemKey: 'g:1',
  url: 'https://news.example/a',
  title: 'CEC draw',
  publishedAt: '2026-11-20T16:00:00.000Z',
  primary: true,
  drawNumber: null,
  date: '2026-11-20',
  program: 'cec',
  invitations: 2500,
  minCrs: 503,
  tieBreak: null,
  ...(fields as Partial<CompleteNews>),
});

/** IRCC's rounds #1–#437 as the store holds them after reconciling the bundled file. */
export const officialHistory = (): Draw[] =>
  reconcileOfficial(
    [],
    normaliseFile(irccFile(), programs).rounds.map((r) => r.report),
    '2026-08-19T18:00:00.000Z',
  ).writes;
