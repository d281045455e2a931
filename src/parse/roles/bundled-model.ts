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

export const FIGURE_MODEL: FigureModel = {
  weights: File.parse(JSON.parse(readFileSync(new URL('./figure-weights.json', import.meta.url), 'utf8'))).weights,
  accept: ACCEPT,
  margin: MARGIN,
};
