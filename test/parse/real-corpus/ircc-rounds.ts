import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPrograms } from '../../../src/config/programs.ts';
import type { DrawReport } from '../../../src/domain/draw.ts';
import { normaliseFile } from '../../../src/ircc/normalise.ts';

/** IRCC's record of every round (the repository's copy), keyed by round number: the truth the real corpus is scored against. */
const FILE = fileURLToPath(new URL('../../fixtures/ircc/ee_rounds_merged_1-437.json', import.meta.url));

export function loadIrccRounds(): Map<string, DrawReport> {
  const { rounds } = normaliseFile(JSON.parse(readFileSync(FILE, 'utf8')), loadPrograms());
  return new Map(rounds.map((r) => [r.report.drawNumber ?? '', r.report]));
}
