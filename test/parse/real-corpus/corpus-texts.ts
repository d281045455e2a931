import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The corpus texts live outside the repository (copyright), one file per id in `DIR/texts/NNNN.txt`.
 * They are excerpts of stored pages, copied by hand, and can be lost with the machine that held them.
 * `digests.json` (committed) keeps a SHA-256 of each text as it was scored, so that texts collected
 * again can be checked: a figure is comparable with an earlier one only when every text it read
 * has the digest recorded for it (docs/parser.md "Corpus texts and their digests").
 */

const DIGESTS = fileURLToPath(new URL('./digests.json', import.meta.url));

/** One spelling of a text for its digest: LF line ends, no trailing spaces on a line or at the end (copies differ there, the reader does not). */
export function normalisedText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trimEnd();
}

export function textDigest(text: string): string {
  return createHash('sha256').update(normalisedText(text), 'utf8').digest('hex');
}

export function loadDigests(): Record<string, string> {
  return existsSync(DIGESTS) ? (JSON.parse(readFileSync(DIGESTS, 'utf8')) as { digests: Record<string, string> }).digests : {};
}

export interface CorpusTexts {
  /** The texts found, by id. */
  readonly texts: Map<string, string>;
  /** Ids asked for whose file is not there. */
  readonly missing: string[];
  /** Ids whose text differs from the digest recorded for it. */
  readonly changed: string[];
  /** Ids with no digest recorded yet. */
  readonly unrecorded: string[];
}

/** Reads the texts of `ids` from `dir/texts`, and checks each against its recorded digest. */
export function readCorpusTexts(dir: string, ids: readonly string[], digests: Record<string, string> = loadDigests()): CorpusTexts {
  const texts = new Map<string, string>();
  const missing: string[] = [];
  const changed: string[] = [];
  const unrecorded: string[] = [];
  for (const id of ids) {
    const path = join(dir, 'texts', `${id}.txt`);
    if (!existsSync(path)) {
      missing.push(id);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    texts.set(id, text);
    const recorded = digests[id];
    if (recorded === undefined) unrecorded.push(id);
    else if (recorded !== textDigest(text)) changed.push(id);
  }
  return { texts, missing, changed, unrecorded };
}

/** One line for a report: how many texts were read, and which are missing, changed or unrecorded. */
export function textsLine(t: CorpusTexts): string {
  const list = (ids: readonly string[]): string => (ids.length > 12 ? `${ids.slice(0, 12).join(' ')} …` : ids.join(' '));
  const parts = [`texts: ${t.texts.size} read`];
  if (t.missing.length) parts.push(`${t.missing.length} missing (${list(t.missing)}): the figures cover the rest only`);
  if (t.changed.length) parts.push(`${t.changed.length} differ from their recorded digest (${list(t.changed)}): not comparable with earlier figures`);
  if (t.unrecorded.length) parts.push(`${t.unrecorded.length} without a recorded digest`);
  return parts.join('; ');
}
