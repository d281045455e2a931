/**
 * A scanned page read by OCR writes digits as look-alike letters ("8O8 points out of a possible l,200", "4,5OO candi-",
 * "the l66th round", "Oct. 26, 2O2O at 22:44:l9 UTC", "6,OOO at 52O"): within a run of digits, "O" is a zero and "l" or "I" a
 * one. Only a run that has a real digit and no other letter changes (a word, "IRCC", "CO2", "Ol", stays as written), so a figure
 * is never made of a word; without this, "6,OOO" read as 6 invitations (docs/parser.md "Session 55").
 */

/** A run of digits and look-alikes (with a figure's "," "." ":"), not inside a word; an ordinal's "th" may follow. */
const RUN = /(?<![\p{L}\d])[\dOlI](?:[\dOlI,.:]*[\dOlI])?(?=(?:st|nd|rd|th)?(?![\p{L}\d]))/gu;
/** The cheap test first: a digit next to a look-alike ("5,OOO" too). */
const MIXED = /\d[,.]?[OlI]|[OlI][\d,.:]?\d/;

/** A day of one look-alike between its month and year ("Round #35 was held on June l, 2016."): the first. */
const LONE_DAY = /(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s)l(?=,\s(?:19|20)\d\d\b)/g;

export function ocrDigits(text: string): string {
  const days = text.includes(' l, ') ? text.replace(LONE_DAY, '1') : text;
  if (!MIXED.test(days)) return days;
  return days.replace(RUN, (run) => (/\d/.test(run) && /[OlI]/.test(run) ? run.replace(/O/g, '0').replace(/[lI]/g, '1') : run));
}
