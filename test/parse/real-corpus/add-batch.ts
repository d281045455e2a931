import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { z } from 'zod';
import type { CorpusArticle } from './score-corpus.ts';
import { FIELDS } from './stated.ts';

/**
 * Adds a labelled batch of pages to the manifest (corpus.json): one JSON object per line, as the
 * labelling convention of docs/parser.md ("How a batch is added") writes them. The split comes from
 * the address, as for every page before (first byte of its SHA-256: even tuning, odd test); a page
 * whose id or address is already in the manifest stops the whole batch, and nothing is written.
 *
 *   npx tsx test/parse/real-corpus/add-batch.ts LABELS.jsonl BATCH
 */

const Label = z.object({
  id: z.string().regex(/^\d{4}$/),
  url: z.string().url(),
  site: z.string().min(1),
  kind: z.enum(['consultant', 'law-firm', 'immigration-news', 'newspaper', 'forum', 'french', 'government', 'other']),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  publishedFrom: z.enum(['page', 'text']).nullable(),
  announced: z.array(z.string().regex(/^\d+$/)),
  exclude: z.record(z.string(), z.array(z.enum(FIELDS as [string, ...string[]]))).optional(),
  note: z.string().min(1),
  skip: z.literal(true).optional(),
});

/** An address as the duplicate check sees it: no scheme, no leading "www.", no trailing slash. */
export const sameAddress = (url: string): string =>
  url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '');

export const splitOf = (url: string): 'tuning' | 'test' => ((createHash('sha256').update(url).digest()[0] ?? 0) % 2 === 0 ? 'tuning' : 'test');

/** The batch's pages as manifest entries; throws, naming the line, on any bad page or one the manifest already has. */
export function batchEntries(articles: readonly CorpusArticle[], jsonl: string, batch: number): CorpusArticle[] {
  const ids = new Set(articles.map((a) => a.id));
  const addresses = new Set(articles.map((a) => sameAddress(a.url)));
  const added: CorpusArticle[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new Error(`line ${String(i + 1)}: not JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
    }
    const parsed = Label.safeParse(json);
    if (!parsed.success) throw new Error(`line ${String(i + 1)}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const x = parsed.data;
    if (ids.has(x.id)) throw new Error(`line ${String(i + 1)}: id ${x.id} is already in the manifest`);
    if (addresses.has(sameAddress(x.url))) throw new Error(`line ${String(i + 1)}: ${x.url} is already in the manifest`);
    for (const n of Object.keys(x.exclude ?? {})) if (!x.announced.includes(n)) throw new Error(`line ${String(i + 1)}: excludes fields of #${n}, which it does not announce`);
    ids.add(x.id);
    addresses.add(sameAddress(x.url));
    added.push({
      id: x.id,
      url: x.url,
      site: x.site,
      kind: x.kind,
      published: x.published,
      publishedFrom: x.publishedFrom,
      announced: x.announced,
      ...(x.exclude ? { exclude: x.exclude as CorpusArticle['exclude'] } : {}),
      note: x.note,
      // A skipped page keeps its reason where the scorer reads it.
      ...(x.skip ? { skip: x.note } : {}),
      split: splitOf(x.url),
      batch,
    });
  });
  return added;
}

/** The manifest's text with the entries appended, every earlier line as it was, in prettier's layout. */
export async function appended(manifestText: string, entries: readonly CorpusArticle[]): Promise<string> {
  // The articles are the manifest's last key: its last "]" closes them.
  const end = manifestText.lastIndexOf(']');
  if (end < 0 || entries.length === 0) return manifestText;
  const body = entries.map((a) => JSON.stringify(a, null, 2)).join(',\n');
  return format(`${manifestText.slice(0, end).trimEnd()},\n${body}\n${manifestText.slice(end)}`, { parser: 'json', printWidth: 200 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [labels, batchArg] = process.argv.slice(2);
  const batch = Number(batchArg);
  if (!labels || !Number.isInteger(batch) || batch < 2) {
    console.error('usage: add-batch.ts LABELS.jsonl BATCH');
    process.exit(2);
  }
  const file = fileURLToPath(new URL('./corpus.json', import.meta.url));
  const text = readFileSync(file, 'utf8');
  const manifest = JSON.parse(text) as { articles: CorpusArticle[] };
  const entries = batchEntries(manifest.articles, readFileSync(labels, 'utf8'), batch);
  writeFileSync(file, await appended(text, entries));
  console.log(`added ${String(entries.length)} page(s) as batch ${String(batch)}; ${String(manifest.articles.length + entries.length)} in all`);
}
