import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpusTexts, textDigest, textsLine } from './real-corpus/corpus-texts.ts';

/** The corpus texts live outside the repository; their recorded digests tell a text collected again from a different one. */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function textsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-texts-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'texts'));
  for (const [id, text] of Object.entries(files)) writeFileSync(join(dir, 'texts', `${id}.txt`), text);
  return dir;
}

describe('corpus texts and their digests', () => {
  it('ignores line ends and trailing spaces, not words or figures', () => {
    const text = 'IRCC invited 2,500 candidates.\nThe cut-off was 503.';
    expect(textDigest('IRCC invited 2,500 candidates.  \r\nThe cut-off was 503.\n\n')).toBe(textDigest(text));
    expect(textDigest('IRCC invited 2,500 candidates.\nThe cut-off was 504.')).not.toBe(textDigest(text));
    expect(textDigest('IRCC invited 2,500  candidates.\nThe cut-off was 503.')).not.toBe(textDigest(text));
  });

  it('reads what is there and names what is missing, changed or not yet recorded', () => {
    const dir = textsDir({ '0001': 'same text\n', '0002': 'edited text', '0003': 'new text' });
    const found = readCorpusTexts(dir, ['0001', '0002', '0003', '0004'], { '0001': textDigest('same text'), '0002': textDigest('original text') });
    expect([...found.texts.keys()]).toEqual(['0001', '0002', '0003']);
    expect(found.missing).toEqual(['0004']);
    expect(found.changed).toEqual(['0002']);
    expect(found.unrecorded).toEqual(['0003']);
    expect(textsLine(found)).toBe(
      'texts: 3 read; 1 missing (0004): the figures cover the rest only; 1 differ from their recorded digest (0002): not comparable with earlier figures; 1 without a recorded digest',
    );
  });
});
