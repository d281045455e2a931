import type { Draft } from '../types.ts';
import { matchesOf } from '../text/matches.ts';

/**
 * A correction that takes a figure back ("Correction: An earlier version of this article misstated the cut-off as 572",
 * "CORRECTION: An earlier update said 5,000 invitations"): the page may still state that figure above, where it was
 * written first. No draw keeps it, nor may the learned fallback pick it; the figure the correction gives instead is
 * read, or none (a wrong value is worse than none).
 */
const RETRACTION =
  /\b(?:an?\s(?:earlier|previous|prior)\s(?:version|update|report|edition|post)\b[^.]{0,80}?\b(?:said|stated|reported|gave|listed|put|misstated|misreported)|mis(?:stated|reported|printed|quoted)|(?:incorrectly|erroneously|mistakenly|wrongly)\s(?:stated|reported|listed|said|gave))\b[^.;]{0,60}/gi;
const FIGURE = /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{2,6})(?![\d,]*\d)/g;

/** Words every correction has: a page without them is not joined up and searched. */
export const MAY_RETRACT = /\b(?:earlier|previous|prior|mis\w+|incorrectly|erroneously|mistakenly|wrongly)\b/i;

export function retractedFigures(text: string): Set<number> {
  const out = new Set<number>();
  if (!MAY_RETRACT.test(text)) return out;
  // Only a correction that also gives the right figure ("… as 572. The correct figure is 527.") takes its first one back.
  for (const m of matchesOf(RETRACTION, text)) {
    if (/\b(?:another|other)\s(?:outlet|site|report|media)\b/i.test(m[0])) continue;
    const told = text
      .slice(m.index, m.index + m[0].length + 160)
      .split(/(?<=\.)\s/)
      .slice(0, 2)
      .join(' ');
    const figures = [...new Set(matchesOf(FIGURE, told).map((n) => Number((n[1] ?? '').replace(/,/g, ''))))];
    if (figures.length >= 2 && figures[0] !== undefined) out.add(figures[0]);
  }
  return out;
}

/** Takes the retracted figures out of every draft (and out of the learned fallback's reach). */
export function dropRetracted(drafts: readonly Draft[], retracted: ReadonlySet<number>): void {
  if (retracted.size === 0) return;
  for (const d of drafts) {
    for (const field of ['invitations', 'minCrs'] as const) {
      const value = d[field];
      if (value !== null && retracted.has(value)) d[field] = null;
    }
    // The figure a text disputes is the one the rules read first: a retracted one leaves the fallback free of it.
    if (d.invitationsDisputed !== undefined && retracted.has(d.invitationsDisputed)) delete d.invitationsDisputed;
    if (d.minCrsDisputed !== undefined && retracted.has(d.minCrsDisputed)) delete d.minCrsDisputed;
    d.ruledOut = [...(d.ruledOut ?? []), ...retracted];
  }
}
