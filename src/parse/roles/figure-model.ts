import { cutOffLike, type Figure } from './figure-features.ts';

/**
 * The learned fallback for a new draw's cut-off and invitations (docs/parser.md "Learned
 * fallback"): two logistic regressions over a figure's features, trained on the real corpus without
 * its test half (test/parse/real-corpus/train-roles.ts). The rules decide first; the model only fills
 * a field they left null, and only with a figure it is sure of and no rival figure close behind.
 */

export type Role = 'minCrs' | 'invitations';

export interface FigureModel {
  readonly weights: Readonly<Record<Role, Readonly<Record<string, number>>>>;
  /** A figure is taken at this probability or more ... */
  readonly accept: number;
  /** ... when every figure of another value is at least this far behind, in log-odds. */
  readonly margin: number;
}

/** A bare "2021" is a year before it is a count. */
const isBareYear = (f: Figure): boolean => !f.grouped && f.value >= 2000 && f.value <= 2100;

/** Which figures could fill a role: a cut-off is a bare 67–1200, invitations 1–15,000 (not a bare year). */
/** What a nomination (or, until 2019, a job offer) adds to a score: no round has had it as its cut-off. */
const NOMINATION_POINTS = 600;

export function candidate(role: Role, f: Figure): boolean {
  if (f.measure || f.cut || f.advice || (role === 'invitations' && (f.total || f.difference || f.pool))) return false;
  if (role === 'minCrs' && (f.value === NOMINATION_POINTS || f.record)) return false;
  if (role === 'minCrs') return cutOffLike(f.value, f.grouped);
  return f.value >= 1 && f.value <= 15_000 && !isBareYear(f);
}

/** The log-odds that a figure fills the role. */
function logOdds(weights: Readonly<Record<string, number>>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return z;
}

/** The value the model is sure fills `role`, or null; `exclude` are values other facts already hold. */
export function pickFigure(figures: readonly Figure[], role: Role, model: FigureModel, exclude: ReadonlySet<number>): number | null {
  const best = new Map<number, number>();
  for (const f of figures) {
    if (!candidate(role, f)) continue;
    const z = logOdds(model.weights[role], f.features);
    if (z > (best.get(f.value) ?? -Infinity)) best.set(f.value, z);
  }
  const [top, second] = [...best].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < Math.log(model.accept / (1 - model.accept)) || exclude.has(top[0])) return null;
  if (second && top[1] - second[1] < model.margin) return null;
  return top[0];
}
