import { loadPrograms } from '../../../src/config/programs.ts';
import type { Draw } from '../../../src/domain/draw.ts';
import { parseArticle } from '../../../src/parse/parse-article.ts';
import { judge, officialDraws, replayPage } from '../alert-replay.ts';
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
const official = officialDraws(rounds);
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
    const out = replayPage(article, result, day, official);
    for (const draw of out.alerts) alerts.push({ article, draw, ...judge(rounds, draw) });
    for (const h of out.held) {
      const r = h.report;
      held.push({ article, reason: h.reason, right: h.complete && judge(rounds, { program: r.program ?? '', date: r.date ?? '', invitations: r.invitations ?? 0, minCrs: r.minCrs ?? 0 }).right });
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
