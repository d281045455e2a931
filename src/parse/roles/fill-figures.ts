import type { Draft } from '../types.ts';
import type { Figure } from './figure-features.ts';
import { pickFigure, type FigureModel, type Role } from './figure-model.ts';

const ROLES: readonly Role[] = ['minCrs', 'invitations'];
/** The feature of a figure in the headline block (roles/figure-features.ts). */
const HEADLINE = 'where:head';

/**
 * Fills the cut-off or invitations of an article's one new draw when the rules left it null and the
 * model is sure (roles/figure-model.ts); a field the text disputes only with the value the rules read
 * first. Articles announcing several draws are left to the rules: the model knows what a figure is,
 * not which draw it belongs to. It runs on the drafts, before their public shape is made, so that a
 * cut-off it fills also decides an unnamed program as one the rules read.
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
    // A figure the text disputes (two cut-offs for the draw) is taken only when the model picks the one the rules read first.
    const disputed = role === 'minCrs' ? draw.minCrsDisputed : draw.invitationsDisputed;
    const taken = new Set<number>();
    for (const d of drafts) for (const r of ROLES) if (d[r] !== null && (d !== draw || r !== role)) taken.add(d[r]);
    if (draw.drawNumber !== null && /^\d+$/.test(draw.drawNumber)) taken.add(Number(draw.drawNumber));
    for (const value of draw.ruledOut ?? []) taken.add(value);
    const picked = pickFigure(all, role, model, taken);
    // ... and the story states too, not only the headline ("cut-off dips to 390" over "fell to 393").
    const inStory = all.some((f) => f.value === picked && !f.features.includes(HEADLINE));
    draw[role] = disputed === undefined || (picked === disputed && inStory) ? picked : null;
  }
}
