import { FIELDS, type Field } from './stated.ts';
import type { ArticleScore } from './score-corpus.ts';

/** Totals over a set of scored articles, and the tables docs/parser.md reports. */

/** Fields that decide an alert: a wrong value in one of them would mislead every subscriber. */
export const ALERT_FIELDS: readonly Field[] = ['program', 'date', 'minCrs', 'invitations'];

export interface Totals {
  articles: number;
  negatives: number;
  expectedDraws: number;
  counted: number;
  right: number;
  wrong: number;
  wrongAlertFields: number;
  perField: Record<Field, { right: number; counted: number }>;
  falseAnnouncements: number;
  falseOnNegatives: number;
  announcesRight: number;
  /** Announced draws read with all four alert fields (program, date, cut-off, invitations) right: a news alert could go out. */
  alertable: number;
}

export function totals(scores: readonly ArticleScore[]): Totals {
  const perField = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, counted: 0 }])) as Totals['perField'];
  const t: Totals = {
    articles: scores.length,
    negatives: 0,
    expectedDraws: 0,
    counted: 0,
    right: 0,
    wrong: 0,
    wrongAlertFields: 0,
    perField,
    falseAnnouncements: 0,
    falseOnNegatives: 0,
    announcesRight: 0,
    alertable: 0,
  };
  for (const s of scores) {
    if (s.article.announced.length === 0) t.negatives++;
    t.expectedDraws += s.article.announced.length;
    for (const f of s.fields) {
      t.counted++;
      perField[f.field].counted++;
      if (f.verdict === 'right') {
        t.right++;
        perField[f.field].right++;
      }
      if (f.verdict === 'wrong') {
        t.wrong++;
        if (ALERT_FIELDS.includes(f.field)) t.wrongAlertFields++;
      }
    }
    for (const round of s.article.announced) {
      const alertFields = s.fields.filter((f) => f.round === round && ALERT_FIELDS.includes(f.field));
      if (alertFields.length === ALERT_FIELDS.length && alertFields.every((f) => f.verdict === 'right' && f.got !== null)) t.alertable++;
    }
    t.falseAnnouncements += s.falseAnnouncements.length;
    if (s.article.announced.length === 0) t.falseOnNegatives += s.falseAnnouncements.length;
    if (s.announcesRight) t.announcesRight++;
  }
  return t;
}

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);

export function summaryLine(label: string, t: Totals): string {
  return `| ${label} | ${t.articles} (${t.negatives}) | ${t.right}/${t.counted} = **${pct(t.right, t.counted)}** | ${t.wrong} | ${t.wrongAlertFields} | ${t.falseAnnouncements} (${t.falseOnNegatives}) | ${t.announcesRight}/${t.articles} |`;
}

export const SUMMARY_HEAD =
  '| | articles (no draw) | fields right | wrong values | wrong alert fields | false announced draws (on no-draw articles) | `announcesNewDraw` right |\n|---|---|---|---|---|---|---|';

export function fieldLine(label: string, t: Totals): string {
  return `| ${label} | ${FIELDS.map((f) => `${t.perField[f].right}/${t.perField[f].counted}`).join(' | ')} |`;
}

export const FIELD_HEAD = `| | ${FIELDS.join(' | ')} |\n|---|${FIELDS.map(() => '---').join('|')}|`;

/** Rows grouped by a key (year, kind of site), in key order. */
export function grouped(scores: readonly ArticleScore[], key: (s: ArticleScore) => string): string[] {
  const groups = new Map<string, ArticleScore[]>();
  for (const s of scores) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return [...groups.keys()].sort().map((k) => summaryLine(k, totals(groups.get(k) ?? [])));
}

/** One line per field not right, and per false announcement, to read the failures. */
export function misses(scores: readonly ArticleScore[]): string[] {
  const out: string[] = [];
  for (const s of scores) {
    for (const f of s.fields) if (f.verdict !== 'right') out.push(`${s.article.id} #${f.round} ${f.field}: ${f.verdict} (expected ${String(f.expected)}, got ${String(f.got)})`);
    for (const d of s.falseAnnouncements) out.push(`${s.article.id} false announcement: ${JSON.stringify(d)}`);
    if (!s.announcesRight) out.push(`${s.article.id} announcesNewDraw wrong`);
  }
  return out;
}

/** "announced draws complete enough to alert: 40/48 = 83.3 %". */
export function alertableLine(label: string, t: Totals): string {
  return `${label}: announced draws read with all four alert fields right (program, date, cut-off, invitations): ${t.alertable}/${t.expectedDraws} = ${pct(t.alertable, t.expectedDraws)}`;
}
