/**
 * A "by the numbers" piece's lines, each a figure first and what it is after a dash or a colon (docs/parser.md "Session 67"): read
 * as the labelled facts they are.
 *
 *     "507 - minimum CRS, down 2 points from 509 two weeks ago"      → "Minimum CRS score: 507, down 2 points from 509 two weeks ago"
 *     "75: minimum CRS score. Yes, seventy-five."                   → "Minimum CRS score: 75. Yes, seventy-five."
 *     "3,300 - invitations in Tuesday's Canadian Experience Class round" → "3,300 invitations in Tuesday's …"
 *     "April 17, 2024 at 20:11:20 UTC - the tie-breaking time"     → "Tie-breaking rule: April 17, 2024 at 20:11:20 UTC"
 *
 * Other lines of the kind ("157 - points below last Wednesday's cut-off of 441", "3rd - CEC rounds in August") stay as written.
 */

/** A cheap test: some line opens with a figure or a month's day, and a dash or a colon soon after it. */
const FIGURE_FIRST = /^[ \t]*(?:\d|[A-Z][a-z]{2,8}\.?[ \t]\d)[^\n]{0,40}?(?:[ \t]-|:)[ \t]+[a-z]/m;

const SEPARATOR = String.raw`(?:[ \t]+-|:)[ \t]+(?:the[ \t]+)?`;
const CUT_OFF = new RegExp(
  String.raw`^([ \t]*)(\d{2,3})${SEPARATOR}(?:minimum[ \t]+CRS(?:[ \t]+score)?|(?:lowest|minimum)[ \t]+(?:CRS[ \t]+)?score|CRS[ \t]+cut-?off(?:[ \t]+score)?|cut-?off(?:[ \t]+score)?)\b`,
  'gim',
);
const COUNT = /^([ \t]*)(\d{1,3}(?:,\d{3})+|\d{2,5})[ \t]+-[ \t]+(invitations?|ITAs?|invites|candidates)\b/gim;
const DAY_AND_TIME = String.raw`(?:[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[ \t][A-Z][a-z]{2,8}\.?),?[ \t](?:19|20)\d\d,?[ \t](?:at[ \t])?\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?(?:UTC|GMT))?`;
const TIE_BREAK = new RegExp(String.raw`^([ \t]*)(${DAY_AND_TIME})${SEPARATOR}tie[- ]?break\w*(?:[ \t](?:rule|time|date))?\b`, 'gim');

export function figureFirst(text: string): string {
  if (!FIGURE_FIRST.test(text)) return text;
  return text.replace(CUT_OFF, '$1Minimum CRS score: $2').replace(COUNT, '$1$2 $3').replace(TIE_BREAK, '$1Tie-breaking rule: $2');
}
