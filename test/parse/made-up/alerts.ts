import { pathToFileURL } from 'node:url';
import { loadPrograms } from '../../../src/config/programs.ts';
import { parseArticle } from '../../../src/parse/parse-article.ts';
import { judge, officialDraws, replayPage } from '../alert-replay.ts';
import type { Field } from '../real-corpus/stated.ts';
import { loadIrccRounds } from '../real-corpus/ircc-rounds.ts';
import { loadPages, type Page } from './pages.ts';

/**
 * What the made-up pages would have alerted (docs/parser.md "Session 32"): each page read as a news item on its own day
 * (else the latest day among the draws it announces), against IRCC's rounds known before that day, as
 * real-corpus/alerts.ts does for the real corpus. The pages are the project's own text, so this replay needs nothing
 * outside the repository. The pages' writers chose some figures themselves, so an alert is judged against the page's own
 * announced draws: right when one of them has its day, program, count and cut-off (a field the page's truth leaves out is
 * not compared); else it is false, and IRCC's round of that day is shown beside it.
 *
 *   npx tsx test/parse/made-up/alerts.ts [--list] [FILE.json …]
 */

export interface MadeUpReplay {
  readonly pages: number;
  /** Pages with no day of their own and no dated draw announced: not replayed. */
  readonly undated: number;
  readonly alerts: { page: string; date: string; program: string; invitations: number; minCrs: number; right: boolean; why: string }[];
  /** Reports held back; `right` when complete and one of the page's announced draws (an alert lost to the guards, until IRCC's file has it). */
  readonly held: { page: string; reason: string; complete: boolean; right: boolean }[];
}

/** The day a page is read on: its own, else the latest day it says its announced draws were held. */
const dayOf = (page: Page): string | undefined =>
  page.published ??
  page.expected
    .flatMap((e) => (typeof e.date === 'string' ? [e.date] : []))
    .sort()
    .at(-1);

/** Whether the page's truth announces this draw: every field it gives agrees. */
function announces(page: Page, d: { date: string; program: string; invitations: number; minCrs: number }): boolean {
  const fields: readonly (Field & keyof typeof d)[] = ['date', 'program', 'invitations', 'minCrs'];
  return page.expected.some((e) => fields.every((f) => e[f] === undefined || e[f] === null || e[f] === d[f]));
}

export function replayMadeUp(pages: readonly Page[]): MadeUpReplay {
  const programs = loadPrograms();
  const rounds = loadIrccRounds();
  const official = officialDraws(rounds);
  const alerts: MadeUpReplay['alerts'] = [];
  const held: MadeUpReplay['held'] = [];
  let undated = 0;
  for (const page of pages) {
    const day = dayOf(page);
    if (day === undefined) {
      undated++;
      continue;
    }
    const result = parseArticle(page.text, { programs, published: day });
    const out = replayPage({ id: page.id, url: `https://made-up.example/${page.id}`, site: 'made-up' }, result, day, official);
    for (const d of out.alerts) {
      const right = announces(page, d);
      alerts.push({ page: page.id, date: d.date, program: d.program, invitations: d.invitations, minCrs: d.minCrs, right, why: right ? '' : judge(rounds, d).why });
    }
    for (const h of out.held) {
      const r = h.report;
      const right = h.complete && announces(page, { date: r.date ?? '', program: r.program ?? '', invitations: r.invitations ?? 0, minCrs: r.minCrs ?? 0 });
      held.push({ page: page.id, reason: h.reason, complete: h.complete, right });
    }
  }
  return { pages: pages.length, undated, alerts, held };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const r = replayMadeUp(loadPages(args.filter((a) => !a.startsWith('--'))));
  const wrong = r.alerts.filter((a) => !a.right);
  console.log('| made-up pages (undated, not replayed) | alerts | right | false | held as implausible or disputed (of them a draw the page announces) | held as incomplete |');
  console.log('|---|---|---|---|---|---|');
  const complete = r.held.filter((h) => h.complete).length;
  console.log(
    `| ${r.pages} (${r.undated}) | ${r.alerts.length} | ${r.alerts.length - wrong.length} | **${wrong.length}** | ${complete} (${r.held.filter((h) => h.right).length}) | ${r.held.length - complete} |`,
  );
  for (const a of wrong) console.log(`false alert: ${a.page} ${a.date} ${a.program} ${a.invitations} at ${a.minCrs} (${a.why})`);
  if (args.includes('--list')) for (const h of r.held) console.log(`held: ${h.page} ${h.right ? 'right' : h.complete ? 'wrong' : 'incomplete'}: ${h.reason}`);
}
