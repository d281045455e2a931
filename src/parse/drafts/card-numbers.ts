import { isDayRef, type Group } from '../types.ts';

/**
 * A draw card's number line: "Draw number : 285" (or, its heading joined to it, "Draw Summary: Draw number : 285"), "Round no. –
 * 210", "► Numéro : 318", on a line of its own that opens the card. Its number belongs to the card the next lines tell ("Date :
 * 16.02.2024", "Category : Agriculture …"), not to the round told before it (docs/parser.md "Session 44").
 */

const NUMBER_LINE =
  /^\s*(?:[^\p{L}\p{N}\s]{1,3}\s*)?(?:[\p{L}][\p{L} ]{0,29}:\s*)?(?:(?:draw|round|ronde|tirage|ronda|rodada|sorteo|sorteio)\s*)?(?:number|no\.?|n°|n[úu]mero|num[ée]ro|#)?\s*[:|\u2013\u2014-]?\s*#?\d{1,3}\s*$/iu;
/** A card's label line: "Date : 16.02.2024", "Category - Agriculture", "ITAs: 150". */
const LABEL_LINE = /^\s*(?:[^\p{L}\p{N}\s]{1,3}\s*)?[\p{L}][\p{L} .()'’/-]{0,30}?\s?[:|\u2013\u2014-]\s?\S/u;
const CARD_LINE_CHARS = 80;

const onlyNumber = (g: Group): boolean => g.drawNumbers.length === 1 && g.dates.length + g.programs.length + g.invitations.length + g.crs.length + g.tieBreaks.length === 0;
/** A line of the card's own round: no number of its own, not a comparison (its day is checked below). */
const tellsRound = (g: Group): boolean => g.drawNumbers.length === 0 && !g.context;

/**
 * Moves a card's opening number line's round number to the next line's group, when that line is the card's next label line and
 * tells a day other than the round told before the card. `textOf` gives a sentence's text by its index.
 */
export function cardNumbersForward(groups: Group[], textOf: (sentence: number) => string | undefined): void {
  for (let i = 0; i + 1 < groups.length; i++) {
    const [g, next] = [groups[i], groups[i + 1]];
    if (!g || !next || !onlyNumber(g) || next.sentence !== g.sentence + 1 || next.line > g.line + 2) continue;
    const [own, after, before] = [textOf(g.sentence) ?? '', textOf(next.sentence) ?? '', textOf(g.sentence - 1) ?? ''];
    if (!NUMBER_LINE.test(own) || after.length > CARD_LINE_CHARS || !LABEL_LINE.test(after) || !tellsRound(next)) continue;
    // Not a card's last line: the line before it is no label line of the same card.
    const previous = groups[i - 1];
    if (previous && previous.sentence === g.sentence - 1 && LABEL_LINE.test(before) && before.length <= CARD_LINE_CHARS) continue;
    // Only when the card tells another round than the one told before it: its day is not that round's ("Here are the details:"
    // over a card of the same round keeps the number where it is).
    const day = next.dates.find(isDayRef);
    const told = groups
      .slice(0, i)
      .reverse()
      .find((o) => o.dates.some(isDayRef))
      ?.dates.find(isDayRef);
    if (!day || !told || (day.month === told.month && day.day === told.day)) continue;
    next.drawNumbers = g.drawNumbers;
    g.drawNumbers = [];
  }
}
