import { readFileSync } from 'node:fs';

export const fixtureUrl = (path: string): URL => new URL(`../fixtures/${path}`, import.meta.url);
export const fixturePath = (path: string): string => fixtureUrl(path).pathname;
export const readFixture = (path: string): string => readFileSync(fixtureUrl(path), 'utf8');
export const readJsonFixture = (path: string): unknown => JSON.parse(readFixture(path).replace(/^\uFEFF/, ''));

/** Minimal CSV reader for the fixture table (quoted fields, no embedded newlines). */
export function readCsv(path: string): Record<string, string>[] {
  const lines = readFixture(path).trim().split(/\r?\n/);
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  };
  const header = split(lines[0] ?? '');
  return lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [header[i] ?? String(i), v])));
}
