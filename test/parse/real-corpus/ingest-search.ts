import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDigests, textDigest } from './corpus-texts.ts';
import { loadManifest } from './score-corpus.ts';

/**
 * Collects corpus texts again from saved answers of the `search` tool's `pages` corpus (docs/parser.md
 * "Collecting the texts again"). Each FILE holds one or more answers exactly as the tool gave them (JSON,
 * one after another). A result whose address is in the manifest is written to TEXTS_DIR/texts/NNNN.txt
 * only when its excerpt has the digest recorded for that id; one without a recorded digest goes to
 * TEXTS_DIR/undigested/, one with another digest to TEXTS_DIR/mismatch/ (a copy slip or another
 * version of the page). Nothing already right is replaced.
 *
 *   npx tsx test/parse/real-corpus/ingest-search.ts TEXTS_DIR FILE...
 */

/** An address without its scheme, "www.", query-less trailing slash or case of host: how two copies of one address compare. */
export function addressKey(url: string): string {
  const bare = url.trim().replace(/^https?:\/\//i, '');
  const slash = bare.indexOf('/');
  const host = (slash < 0 ? bare : bare.slice(0, slash)).toLowerCase().replace(/^www\./, '');
  const path = slash < 0 ? '' : bare.slice(slash);
  return `${host}${path.replace(/\/+$/, '')}`;
}

/** The JSON answers in a saved file: one or more objects, one after another. */
export function answersIn(text: string): { results?: { url?: string; excerpt?: string }[] }[] {
  const out: { results?: { url?: string; excerpt?: string }[] }[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      try {
        out.push(JSON.parse(text.slice(start, i + 1)) as { results?: { url?: string; excerpt?: string }[] });
      } catch (err) {
        throw new Error(`answer ${out.length + 1} (from character ${start}) is not JSON: ${(err as Error).message}`);
      }
    }
  }
  if (depth > 0) throw new Error(`answer ${out.length + 1} (from character ${start}) is not closed`);
  return out;
}

export type Outcome = 'written' | 'already' | 'undigested' | 'mismatch';

/** Files each result of `answers` whose address is in the manifest (see above); results of other pages are left out. */
export function ingest(dir: string, answers: string, articles: readonly { id: string; url: string }[], digests: Record<string, string>): { id: string; url: string; outcome: Outcome }[] {
  const byKey = new Map(articles.map((a) => [addressKey(a.url), a.id]));
  const out: { id: string; url: string; outcome: Outcome }[] = [];
  for (const answer of answersIn(answers)) {
    for (const r of answer.results ?? []) {
      const id = r.url === undefined ? undefined : byKey.get(addressKey(r.url));
      if (id === undefined || r.url === undefined || r.excerpt === undefined) continue;
      const target = join(dir, 'texts', `${id}.txt`);
      const recorded = digests[id];
      if (existsSync(target) && recorded === textDigest(readFileSync(target, 'utf8'))) {
        out.push({ id, url: r.url, outcome: 'already' });
        continue;
      }
      const outcome: Outcome = recorded === undefined ? 'undigested' : recorded === textDigest(r.excerpt) ? 'written' : 'mismatch';
      const sub = outcome === 'written' ? 'texts' : outcome;
      mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, sub, `${id}.txt`), r.excerpt);
      out.push({ id, url: r.url, outcome });
    }
  }
  return out;
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const [dir, ...files] = process.argv.slice(2);
  if (!dir || files.length === 0) {
    console.error('usage: ingest-search.ts TEXTS_DIR FILE...');
    process.exit(2);
  }
  const { articles } = loadManifest();
  const digests = loadDigests();
  const all = files.flatMap((file) => {
    try {
      return ingest(dir, readFileSync(file, 'utf8'), articles, digests);
    } catch (err) {
      // A file saved wrong loses nothing else: it is named, and the other files are still read.
      console.error(`${file}: ${(err as Error).message}`);
      process.exitCode = 1;
      return [];
    }
  });
  const words: Record<Outcome, string> = { written: 'written', already: 'already there', undigested: 'no digest', mismatch: 'another digest' };
  for (const r of all) if (r.outcome !== 'already') console.log(`${r.id} ${words[r.outcome]} ${r.url}`);
  console.log((Object.keys(words) as Outcome[]).map((o) => `${words[o]} ${all.filter((r) => r.outcome === o).length}`).join(', '));
}
