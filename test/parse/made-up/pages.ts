import { readdirSync, readFileSync } from 'node:fs';
import type { Field } from '../real-corpus/stated.ts';

/** A made-up news page (docs/parser.md "Session 30"): its text, its day, and the draws it announces as new. */
export interface Page {
  readonly id: string;
  readonly published?: string;
  readonly text: string;
  readonly expected: readonly Partial<Record<Field, string | number | null>>[];
}

/** The pages of the given files, or of every set in this folder. */
export function loadPages(files: readonly string[] = []): Page[] {
  const dir = new URL('.', import.meta.url);
  const paths =
    files.length > 0
      ? [...files]
      : readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => new URL(f, dir).pathname);
  return paths.sort().flatMap((path) => JSON.parse(readFileSync(path, 'utf8')) as Page[]);
}
