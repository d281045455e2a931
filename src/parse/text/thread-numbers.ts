/**
 * A thread's posts numbered "1/5 …", "2/5 500 invitations. …", "3/5 …": the numbers are the posts' places in the thread, not
 * figures ("2/5 500" is no "5 500"), nor days ("2/5" is no February 5). Three or more lines opened by "n/N" with one N and
 * different n up to N are read without them (docs/parser.md "Session 51").
 */
import { matchesOf } from './matches.ts';

const NUMBERED = /^([ \t]*)(\d{1,2})\/(\d{1,2})[ \t]+(?=\S)/gm;
const MIN_POSTS = 3;

export function withoutThreadNumbers(text: string): string {
  if (!/^[ \t]*\d{1,2}\/\d{1,2}[ \t]/m.test(text)) return text;
  const byTotal = new Map<string, Set<string>>();
  for (const m of matchesOf(NUMBERED, text)) {
    const [n, total] = [Number(m[2]), Number(m[3])];
    if (n < 1 || n > total) continue;
    const places = byTotal.get(m[3] ?? '') ?? new Set<string>();
    places.add(m[2] ?? '');
    byTotal.set(m[3] ?? '', places);
  }
  const totals = new Set([...byTotal].filter(([, places]) => places.size >= MIN_POSTS).map(([total]) => total));
  if (totals.size === 0) return text;
  return text.replace(NUMBERED, (whole, indent: string, n: string, total: string) => (totals.has(total) && Number(n) >= 1 && Number(n) <= Number(total) ? indent : whole));
}
