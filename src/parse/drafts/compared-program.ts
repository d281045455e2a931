import { compiledNow } from '../text/matches.ts';
import type { Group } from '../types.ts';

/**
 * "The cut-off for this draw was 432, a drop of 14 points compared to the previous French-language-focused
 * draw": a round's figure measured against the previous round of a category is that category's round too.
 * On the labelled pages that compare a round with "the previous/last <program> draw" the program was the
 * round's own 92 times in 99 (docs/parser.md, fourteenth round); the exceptions compare with the last
 * all-program draw ("25 points lower than the previous all-program draw" of a STEM round), or measure time
 * since it ("a month since the last all-program draw"), so the all-program draw never names a program here.
 */
const COMPARED_WITH_PREVIOUS = compiledNow(
  /\b(?:points?|lower|higher|drop|decrease|increase|rise|fall|down|up)\b[^.;]{0,40}?\b(?:compared (?:to|with)|than|from|relative to)\s+(?:that of\s+)?(?:the\s+)?(?:previous|last|prior|preceding)\s+[^.;]{0,40}?\b(?:draw|round)\b/i,
);

/** Sets the program of a sentence's one figure-bearing group that names none, from the earlier round it is compared with. */
export function programFromComparison(sentence: string, groups: readonly Group[]): void {
  if (!COMPARED_WITH_PREVIOUS.test(sentence)) return;
  const own = groups.filter((g) => !g.context && g.crs.length + g.invitations.length > 0);
  const earlier = groups.filter((g) => g.context);
  if (own.length !== 1 || earlier.length !== 1) return;
  const [g] = own;
  const [e] = earlier;
  if (!g || !e || g.programs.length > 0 || e.programs.length !== 1 || e.programs[0] === 'general') return;
  g.programs = [...e.programs];
}
