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

const NBSP = '\u00a0';

/** `text` with the characters at `positions` replaced by `by`. */
function substituted(text: string, positions: readonly number[], by: string): string {
  let out = text;
  for (const p of positions) out = `${out.slice(0, p)}${by}${out.slice(p + 1)}`;
  return out;
}

/**
 * The text whose digest is `digest`, when `copy` differs from it only by characters an answer does not show: non-breaking
 * spaces shown as spaces (every choice among the spaces next to a line break or another space, when there are at most 12;
 * else any one or two spaces) or one straight apostrophe for a curly one, or the other way, with or without one or two leading
 * spaces the answer left out. The digest decides, never the eye.
 */
export function repairedCopy(copy: string, digest: string): string | undefined {
  // An answer may also show a text without its leading spaces.
  for (const lead of ['', ' ', '  ']) {
    const repaired = repairedSpaces(`${lead}${copy}`, digest);
    if (repaired !== undefined) return repaired;
  }
  return undefined;
}

function repairedSpaces(copy: string, digest: string): string | undefined {
  if (textDigest(copy) === digest) return copy;
  const matches = (t: string): boolean => textDigest(t) === digest;
  const spaces = [...copy.matchAll(/ /g)].map((m) => m.index);
  const beside = spaces.filter((i) => copy[i - 1] === ' ' || copy[i + 1] === ' ' || copy[i - 1] === '\n' || copy[i + 1] === '\n' || i === 0);
  if (beside.length <= 12) {
    for (let mask = 1; mask < 1 << beside.length; mask++) {
      const variant = substituted(
        copy,
        beside.filter((_, k) => mask & (1 << k)),
        NBSP,
      );
      if (matches(variant)) return variant;
    }
  }
  for (const m of copy.matchAll(/['\u2019]/g)) {
    const variant = substituted(copy, [m.index], m[0] === "'" ? '\u2019' : "'");
    if (matches(variant)) return variant;
  }
  for (const [k, i] of spaces.entries()) {
    const one = substituted(copy, [i], NBSP);
    if (matches(one)) return one;
    if (spaces.length > 400) continue;
    for (const j of spaces.slice(k + 1)) if (matches(substituted(copy, [i, j], NBSP))) return substituted(copy, [i, j], NBSP);
  }
  return undefined;
}

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
      const text = recorded === undefined || recorded === textDigest(r.excerpt) ? r.excerpt : (repairedCopy(r.excerpt, recorded) ?? r.excerpt);
      const outcome: Outcome = recorded === undefined ? 'undigested' : recorded === textDigest(text) ? 'written' : 'mismatch';
      const sub = outcome === 'written' ? 'texts' : outcome;
      mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, sub, `${id}.txt`), text);
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
