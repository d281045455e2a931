import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDigests, readCorpusTexts, textDigest, textsLine } from './corpus-texts.ts';
import { loadManifest } from './score-corpus.ts';

/**
 * Records the digest of every corpus text that has none yet (never replaces one):
 *
 *   npx tsx test/parse/real-corpus/record-digests.ts /work/real-corpus
 *
 * Run it once a text is final (after its first scoring), then commit digests.json.
 */

const dir = process.argv[2];
if (!dir) {
  console.error('usage: record-digests.ts TEXTS_DIR');
  process.exit(2);
}
const corpus = loadManifest();
const digests = loadDigests();
const found = readCorpusTexts(
  dir,
  corpus.articles.map((a) => a.id),
  digests,
);
console.log(textsLine(found));
const next: Record<string, string> = { ...digests };
for (const id of found.unrecorded) next[id] = textDigest(found.texts.get(id) ?? '');
const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  fileURLToPath(new URL('./digests.json', import.meta.url)),
  `${JSON.stringify({ $comment: 'SHA-256 of each corpus text as scored (corpus-texts.ts normalisedText); written by record-digests.ts, never replaced.', digests: sorted }, null, 2)}\n`,
);
console.log(`recorded ${found.unrecorded.length} new digest(s); ${Object.keys(sorted).length} in all`);
