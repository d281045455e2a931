import { pathToFileURL } from 'node:url';
import { loadPrograms } from '../../../src/config/programs.ts';
import { parseArticle, type ParsedDraw } from '../../../src/parse/parse-article.ts';
import { FIELDS, type Field } from '../real-corpus/stated.ts';
import { loadPages, type Page } from './pages.ts';

/**
 * Scores the reader on made-up news pages (issue 14, docs/parser.md "Session 30"): pages written by helpers in the ways
 * real sites write, each with the draws it announces as new. They are the project's own text, so they live here, unlike
 * the real corpus. Not a test: many still fail, on purpose (they map what the reader does not read yet).
 *
 *   npx tsx test/parse/made-up/probe.ts [--list] [FILE.json …]
 *
 * A page's "expected" lists the draws it announces; a field left out is not checked; tieBreak is compared by its day. An
 * expected field the reader leaves null is a miss, a different value is wrong; an announced draw matched to no expected
 * one is extra, an expected draw matched to none is lost.
 */

const value = (d: ParsedDraw, f: Field): string | number | null => (f === 'tieBreak' && d.tieBreak !== null ? d.tieBreak.slice(0, 10) : d[f]);
const expectedValue = (e: Page['expected'][number], f: Field): string | number | null => (f === 'drawNumber' && e[f] != null ? String(e[f]) : (e[f] ?? null));

/** The announced draw an expected one is: the same round number, count, cut-off, or day and program. */
function matches(e: Page['expected'][number], d: ParsedDraw): boolean {
  if (e.drawNumber != null && d.drawNumber === String(e.drawNumber)) return true;
  if (d.invitations !== null && d.invitations === e.invitations) return true;
  if (d.minCrs !== null && d.minCrs === e.minCrs) return true;
  return d.date !== null && d.date === e.date && d.program === e.program;
}

export interface PageScore {
  readonly notes: string[];
  readonly miss: number;
  readonly wrong: number;
  readonly lost: number;
  readonly extra: number;
  /** The expected fields checked, and of them those right (a lost draw's field is right only when its truth is null). */
  readonly fields: number;
  readonly fieldsRight: number;
}

export function scorePage(page: Page): PageScore {
  const announced = parseArticle(page.text, { programs: loadPrograms(), ...(page.published ? { published: page.published } : {}) }).draws.filter((d) => d.primary);
  const used = new Set<ParsedDraw>();
  const notes: string[] = [];
  let [miss, wrong, lost, fields, fieldsRight] = [0, 0, 0, 0, 0];
  // Each expected draw with the announced one it matches, pairs that agree on more fields first (two rounds of one page may
  // share a count: "4 000" for the CEC and the French round).
  const agree = (e: Page['expected'][number], a: ParsedDraw): number => FIELDS.filter((f) => f in e && expectedValue(e, f) !== null && expectedValue(e, f) === value(a, f)).length;
  const pairs = page.expected.flatMap((e) => announced.filter((a) => matches(e, a)).map((a) => ({ e, a, n: agree(e, a) }))).sort((x, y) => y.n - x.n);
  const pairOf = new Map<Page['expected'][number], ParsedDraw>();
  for (const { e, a } of pairs) {
    if (pairOf.has(e) || used.has(a)) continue;
    pairOf.set(e, a);
    used.add(a);
  }
  for (const e of page.expected) {
    const checked = FIELDS.filter((k) => k in e);
    fields += checked.length;
    const d = pairOf.get(e);
    if (!d) {
      lost++;
      fieldsRight += checked.filter((f) => expectedValue(e, f) === null).length;
      notes.push(`LOST ${JSON.stringify(e)}`);
      continue;
    }
    for (const f of checked) {
      const [want, got] = [expectedValue(e, f), value(d, f)];
      if (want === got) {
        fieldsRight++;
        continue;
      }
      if (got === null) miss++;
      else wrong++;
      notes.push(got === null ? `MISS ${f}: expected ${String(want)}` : `WRONG ${f}: expected ${String(want)}, got ${String(got)}`);
    }
  }
  const extras = announced.filter((d) => !used.has(d));
  for (const d of extras) notes.push(`EXTRA announced ${JSON.stringify(d)}`);
  return { notes, miss, wrong, lost, extra: extras.length, fields, fieldsRight };
}

function main(): void {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const files = args.filter((a) => !a.startsWith('--'));
  const total = { pages: 0, right: 0, miss: 0, wrong: 0, lost: 0, extra: 0, fields: 0, fieldsRight: 0 };
  for (const page of loadPages(files)) {
    const s = scorePage(page);
    total.pages++;
    if (s.notes.length === 0) total.right++;
    total.miss += s.miss;
    total.wrong += s.wrong;
    total.lost += s.lost;
    total.extra += s.extra;
    total.fields += s.fields;
    total.fieldsRight += s.fieldsRight;
    if (list && s.notes.length > 0) console.log(page.id, s.notes.join(' | '));
  }
  console.log(
    `made-up pages ${total.pages}: right ${total.right}; fields missed ${total.miss}, wrong ${total.wrong}; draws lost ${total.lost}, extra announced ${total.extra}; fields right ${total.fieldsRight} of ${total.fields} (${((100 * total.fieldsRight) / Math.max(1, total.fields)).toFixed(1)} %)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
