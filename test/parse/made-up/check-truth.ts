/**
 * Checks a made-up set's truth against IRCC's record (docs/made-up-brief.md), printing only ids and fields, never a page's
 * text, so a blind set can be checked without being read: `npx tsx test/parse/made-up/check-truth.ts FILE…`. Not a test.
 */
import { readFileSync } from 'node:fs';
import { loadPrograms } from '../../../src/config/programs.ts';
import { normaliseFile } from '../../../src/ircc/normalise.ts';
const programs = loadPrograms();
const file = normaliseFile(JSON.parse(readFileSync(new URL('../../fixtures/ircc/ee_rounds_merged_1-437.json', import.meta.url), 'utf8')), programs);
const rounds = file.rounds.map((r) => r.report);
let bad = 0,
  draws = 0,
  empty = 0,
  pages = 0;
for (const f of process.argv.slice(2)) {
  const data = JSON.parse(readFileSync(f, 'utf8')) as { id: string; published?: string; text: string; expected: Record<string, unknown>[] }[];
  const ids = new Set<string>();
  for (const p of data) {
    pages++;
    if (ids.has(p.id)) console.log('DUP', p.id);
    ids.add(p.id);
    if (typeof p.text !== 'string' || p.text.length < 10) console.log('NOTEXT', p.id);
    if (p.expected.length === 0) empty++;
    for (const e of p.expected) {
      draws++;
      const keys = ['date', 'drawNumber', 'program', 'invitations', 'minCrs', 'tieBreak'];
      if (keys.some((k) => !(k in e)) || Object.keys(e).length !== 6) console.log('KEYS', p.id, JSON.stringify(Object.keys(e)));
      const cands = rounds.filter((r) =>
        e.drawNumber != null
          ? r.drawNumber === String(e.drawNumber as number)
          : (e.date == null || r.date === e.date) && r.program === e.program && (e.invitations == null || r.invitations === e.invitations) && (e.minCrs == null || r.minCrs === e.minCrs),
      );
      if (cands.length !== 1) {
        console.log('MATCH', p.id, cands.length, JSON.stringify(e));
        bad++;
        continue;
      }
      const r = cands[0]!;
      const want: Record<string, unknown> = {
        date: r.date,
        drawNumber: Number(r.drawNumber),
        program: r.program,
        invitations: r.invitations,
        minCrs: r.minCrs,
        tieBreak: r.tieBreak?.slice(0, 10) ?? null,
      };
      for (const k of keys)
        if (e[k] !== null && e[k] !== want[k]) {
          console.log('FIELD', p.id, k, JSON.stringify(e[k]), '!=', JSON.stringify(want[k]));
          bad++;
        }
      if (e.program === null) console.log('NULLPROG', p.id);
    }
  }
}
console.log({ pages, empty, draws, bad });
