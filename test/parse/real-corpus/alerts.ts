import { loadPrograms } from '../../../src/config/programs.ts';
import type { Draw } from '../../../src/domain/draw.ts';
import { reportsFrom } from '../../../src/news/item-reports.ts';
import { parseArticle, type ParseResult } from '../../../src/parse/parse-article.ts';
import { reconcileNews } from '../../../src/reconcile/news.ts';
import { reconcileOfficial } from '../../../src/reconcile/official.ts';
import { readCorpusTexts, textsLine } from './corpus-texts.ts';
import { loadIrccRounds } from './ircc-rounds.ts';
import { loadManifest, publishedFor, type CorpusArticle } from './score-corpus.ts';

/**
 * What the real corpus would have alerted: every page read as a news item on the day it appeared,
 * its reports reconciled (`reconcileNews`: completeness, agreement, plausibility) against IRCC's
 * rounds known before that day. An alert is right when an IRCC round has its program, day, count
 * and cut-off; anything else is a false alert. docs/parser.md "What the corpus would alert".
 *
 *   npx tsx test/parse/real-corpus/alerts.ts /work/real-corpus [--split tuning|test|all] [--batch N|N-M] [--list]
 *
 * The day: the page's own date, else (an undated page) the latest of the day of the latest round it
 * announces and the days of the draws it reports (a page appears no earlier than the day it names),
 * the earliest moment it could have alerted. The rounds of that day are taken as not yet posted by
 * IRCC (the worst case: the news is all the bot has). False alerts
 * are listed except on the test half's pages (batch 1), which are only counted.
 */

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: alerts.ts TEXTS_DIR [--split tuning|test|all] [--batch N|N-M] [--list]');
  process.exit(2);
}
const option = (name: string, fallback: string): string => (args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback);
const split = option('split', 'all');
const batch = /^(\d+)(?:-(\d+))?$/.exec(option('batch', '1'));
if (!batch?.[1]) {
  console.error('--batch takes a number or a range such as 2-89');
  process.exit(2);
}
const [low, high] = [Number(batch[1]), Number(batch[2] ?? batch[1])];

const programs = loadPrograms();
const rounds = loadIrccRounds();
const official: Draw[] = reconcileOfficial([], [...rounds.values()], '2027-01-01T00:00:00Z').writes;
const chosen = loadManifest().articles.filter((a) => !a.skip && (a.batch ?? 1) >= low && (a.batch ?? 1) <= high && (split === 'all' || a.split === split));
const found = readCorpusTexts(
  dir,
  chosen.map((a) => a.id),
);
console.log(`${textsLine(found)}\n`);

type Outcome = { article: CorpusArticle; draw: Draw; right: boolean; why: string };
const alerts: Outcome[] = [];
const held: { article: CorpusArticle; reason: string; right: boolean }[] = [];
let pages = 0;

/** The IRCC round a news draw matches exactly (program, day, count, cut-off), or why it matches none. */
function judge(d: { program: string; date: string; invitations: number; minCrs: number }): { right: boolean; why: string } {
  const sameDay = [...rounds.values()].filter((r) => r.date === d.date);
  if (sameDay.some((r) => r.program === d.program && r.invitations === d.invitations && r.minCrs === d.minCrs)) return { right: true, why: '' };
  const rival = sameDay.find((r) => r.program === d.program) ?? sameDay[0];
  return { right: false, why: rival ? `IRCC: #${rival.drawNumber} ${rival.program} ${rival.invitations} at ${rival.minCrs}` : 'no IRCC round that day' };
}

/** The page's reports as the feed reader makes them (`reportsFrom`), its item published at midday of its day. */
function reportsOf(article: CorpusArticle, result: ParseResult, publishedAt: string) {
  const item = { key: article.id, altKeys: [], link: article.url, title: '', publishedAt, publishedDay: publishedAt.slice(0, 10), html: '', summaryOnly: false };
  return reportsFrom(item, result, article.site, article.url);
}

for (const article of chosen) {
  const text = found.texts.get(article.id);
  if (text === undefined) continue;
  pages++;
  const published = publishedFor(article, rounds);
  const result = parseArticle(text, { programs, ...(published ? { published } : {}) });
  // The day the page was read on: its own, else the latest of its latest announced round's and its reported draws'.
  const named = result.draws.flatMap((d) => (d.primary && d.date ? [d.date] : []));
  const day = article.published ?? [published ?? '', ...named].sort().at(-1);
  if (day) {
    const known = official.filter((d) => d.date < day);
    const out = reconcileNews(known, [], reportsOf(article, result, `${day}T12:00:00Z`), new Date(`${day}T20:00:00Z`), `${day}T20:00:00Z`);
    for (const e of out.events) if (e.kind === 'new') alerts.push({ article, draw: e.draw, ...judge(e.draw) });
    for (const h of out.held) {
      const r = h.report;
      const complete = r.date !== null && r.program !== null && r.invitations !== null && r.minCrs !== null;
      held.push({ article, reason: h.reason, right: complete && judge({ program: r.program ?? '', date: r.date ?? '', invitations: r.invitations ?? 0, minCrs: r.minCrs ?? 0 }).right });
    }
  }
}

const wrong = alerts.filter((a) => !a.right);
const heldComplete = held.filter((h) => !h.reason.startsWith('its facts are incomplete'));
const unread = (a: CorpusArticle): boolean => a.split === 'test' && a.batch === undefined;
/** A false alert whose figure the article itself gets wrong (its fields excluded from the score), not the reader. */
const sourceError = (a: CorpusArticle): string => (a.exclude && Object.keys(a.exclude).length > 0 ? `; the article's own error: ${JSON.stringify(a.exclude)}` : '');
console.log("| pages | alerts | right | false (the article's own error) | held as implausible or disputed (of them right) | held as incomplete |");
console.log('|---|---|---|---|---|---|');
console.log(
  `| ${pages} | ${alerts.length} | ${alerts.length - wrong.length} | **${wrong.length}** (${wrong.filter((x) => sourceError(x.article)).length}) | ${heldComplete.length} (${heldComplete.filter((h) => h.right).length}) | ${held.length - heldComplete.length} |`,
);
for (const a of wrong.filter((x) => !unread(x.article))) {
  console.log(`false alert: ${a.article.id} ${a.draw.date} ${a.draw.program} ${a.draw.invitations} at ${a.draw.minCrs} (${a.why}${sourceError(a.article)})`);
}
const hidden = wrong.filter((x) => unread(x.article));
if (hidden.length > 0) console.log(`false alerts on the test half's pages (not listed): ${hidden.length}, of them the article's own error: ${hidden.filter((x) => sourceError(x.article)).length}`);
if (args.includes('--list')) {
  for (const h of held.filter((x) => !unread(x.article))) console.log(`held: ${h.article.id} ${h.right ? 'right' : 'wrong'}: ${h.reason}`);
  for (const a of alerts.filter((x) => x.right && !unread(x.article))) console.log(`alert: ${a.article.id} ${a.draw.date} ${a.draw.program} ${a.draw.invitations} at ${a.draw.minCrs}`);
}
