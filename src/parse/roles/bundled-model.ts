import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { FigureModel } from './figure-model.ts';

/**
 * The figure-role model the reader uses unless told otherwise: weights trained by
 * test/parse/real-corpus/train-roles.ts (figure-weights.json, generated: never edit by hand), and
 * the thresholds chosen by its 5-fold check: the lowest that read no wrong value there, one step up
 * (docs/parser.md "Learned fallback").
 */

const ACCEPT = 0.75;
const MARGIN = 2.5;

const Weights = z.record(z.string(), z.number());
const File = z.object({ weights: z.object({ minCrs: Weights, invitations: Weights }) });

const FILE = new URL('./figure-weights.json', import.meta.url);

/** The shipped weights; a damaged file is an install to repair, named in the error. */
function loadWeights(): FigureModel['weights'] {
  try {
    return File.parse(JSON.parse(readFileSync(FILE, 'utf8'))).weights;
  } catch (err) {
    throw new Error(
      `the reader's model ${FILE.pathname} is missing or damaged (reinstall, or regenerate it with test/parse/real-corpus/train-roles.ts): ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

export const FIGURE_MODEL: FigureModel = { weights: loadWeights(), accept: ACCEPT, margin: MARGIN };
