import type { Draft } from '../types.ts';
import type { Figure } from './figure-features.ts';
import { pickFigure, type FigureModel, type Role } from './figure-model.ts';

const ROLES: readonly Role[] = ['minCrs', 'invitations'];

/**
 * Fills the cut-off or invitations of an article's one new draw when the rules left it null and the
 * model is sure (roles/figure-model.ts). Articles announcing several draws are left to the rules:
 * the model knows what a figure is, not which draw it belongs to. It runs on the drafts, before their
 * public shape is made, so that a cut-off it fills also decides an unnamed program as one the rules read.
 */
export function fillFromModel(
  drafts: readonly Draft[],
  primary: ReadonlySet<number>,
  dayOf: (d: Draft) => string | null,
  figures: (day: string | null) => readonly Figure[],
  model: FigureModel | null,
): void {
  if (!model) return;
  const primaries = drafts.filter((d) => primary.has(d.id));
  const draw = primaries[0];
  if (!draw || primaries.length > 1 || ROLES.every((r) => draw[r] !== null)) return;
  const all = figures(dayOf(draw));
  for (const role of ROLES) {
    if (draw[role] !== null) continue;
    const taken = new Set<number>();
    for (const d of drafts) for (const r of ROLES) if (d[r] !== null && (d !== draw || r !== role)) taken.add(d[r]);
    if (draw.drawNumber !== null && /^\d+$/.test(draw.drawNumber)) taken.add(Number(draw.drawNumber));
    draw[role] = pickFigure(all, role, model, taken);
  }
}
