import { isDayRef, type Draft } from '../types.ts';
import { findDates } from '../mentions/date-mentions.ts';
import { compiledNow, matchesOf } from '../text/matches.ts';

/**
 * A correction that takes a figure back ("Correction: An earlier version of this article misstated the cut-off as 572",
 * "CORRECTION: An earlier update said 5,000 invitations", a live blog's "In our 11:10 a.m. entry we wrote that 6,000 …",
 * "CORRECTION to our 1:12 p.m. entry: it listed the cut-off as 512, a typing error. Today's minimum CRS is 521."): the page may still state that figure above, where it was
 * written first. No draw keeps it, nor may the learned fallback pick it; the figure the correction gives instead is
 * read, or none (a wrong value is worse than none). So for a round number: "in our 1:55 p.m. update we called this round #306.
 * IRCC lists it as round #305."
 */
const RETRACTION =
  /\b(?:an?\s(?:earlier|previous|prior)\s(?:version|update|report|edition|post)\b[^.]{0,80}?\b(?:said|stated|reported|gave|listed|put|misstated|misreported)|mis(?:stated|reported|printed|quoted)|(?:incorrectly|erroneously|mistakenly|wrongly)\s(?:stated|reported|listed|said|gave)|(?:we|I)\s(?:previously|earlier|originally|initially)\s(?:wrote|said|reported|stated|gave|listed|put)|(?:we|I)\s(?:wrote|said|reported|stated|gave|called)(?<=\bin\sour\s[^;]{0,30}?\b(?:entry|update|post|story|article)\s(?:we|I)\s\w+)|(?:it|we|the (?:entry|update|post))\s(?:listed|gave|said|stated|reported|wrote|put|had)(?<=\bcorrection\b[^;\n]{0,60}?\b(?:it|we|the (?:entry|update|post))\s\w+))\b[^.;]{0,60}/gi;
const FIGURE = /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{2,6})(?![\d,]*\d)/g;

/** Words every correction has: a page without them is not joined up and searched. */
export const MAY_RETRACT = compiledNow(/\b(?:earlier|previous|prior|mis\w+|incorrectly|erroneously|mistakenly|wrongly|we wrote|correction|(?:those|these) (?:figures|numbers))\b|,\snot\s#?\d/i);

/**
 * A correction notice's "A story … said the latest round invited 2,300 candidates with a minimum score of 439. Those figures
 * described the French-language round held July 7.": the sentence before is taken back, all its figures (another round's).
 */
const MISATTRIBUTED =
  /(?<=^|[.!?]\s)[^.!?\n]{0,400}[.!?]\s+(?:those|these)\s(?:figures|numbers)\s(?:described|were\s(?:for|of|from)|belong(?:ed)?\sto|referred\sto|came\sfrom|(?:are|were)\sthose\sof)\s(?:the|an?)\s[^.;]{0,60}?\b(?:round|draw)\b/gim;

/** MISATTRIBUTED's words, a cheap test first. */
const THOSE_FIGURES = /\b(?:those|these)\s(?:figures|numbers)\b/i;

/** A line that corrects ("CORRECTION: …", "gave the wrong number", "a typing error", "Clarification — an earlier post said …"). */
const CORRECTING_LINE = /^.*\b(?:correction|clarification|wrong|error|mistake)\b.*$/gim;
/**
 * "IRCC invited 3,200 CEC candidates, not 2,300", "today's round is #384, not #383", a fact check's "The lowest score invited was
 * 488, not 450.": the figure after "not" is taken back, wherever it is written.
 */
const NOT_THAT_FIGURE = /,\s+not\s+#?(\d{1,3}(?:,\d{3})+|\d{2,6})(?![\d,]*\d)/gi;

/** "Yesterday's PNP figure corrected to 1,548 (an earlier post said 1,458)": the figure in brackets is taken back. */
const CORRECTED_TO =
  /\bcorrected\s+to\s+#?\d[\d,]*\s*\((?:an?\s+)?(?:earlier|previous|prior|first)\s+(?:post|update|entry|version|report)\s+(?:said|had|gave|listed)\s+#?(\d{1,3}(?:,\d{3})+|\d{2,6})(?![\d,]*\d)/gi;

export function retractedFigures(text: string): Set<number> {
  const out = new Set<number>();
  if (!MAY_RETRACT.test(text)) return out;
  for (const m of matchesOf(NOT_THAT_FIGURE, text)) out.add(Number((m[1] ?? '').replace(/,/g, '')));
  for (const m of matchesOf(CORRECTED_TO, text)) out.add(Number((m[1] ?? '').replace(/,/g, '')));
  for (const m of THOSE_FIGURES.test(text) ? matchesOf(MISATTRIBUTED, text) : []) {
    const before = m[0].slice(0, m[0].search(/[.!?]\s+(?:those|these)\s/i));
    for (const n of matchesOf(FIGURE, before)) out.add(Number((n[1] ?? '').replace(/,/g, '')));
  }
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
    // "we wrote that 6,000 candidates were invited with a minimum score of 515. IRCC's page says 5,000 and 510.": as many
    // figures in the next sentence put right every figure of the first.
    const [first, next] = told.split(/(?<=\.)\s/);
    const wrong = matchesOf(FIGURE, first ?? '').map((n) => Number((n[1] ?? '').replace(/,/g, '')));
    const right = matchesOf(FIGURE, next ?? '').map((n) => Number((n[1] ?? '').replace(/,/g, '')));
    if (wrong.length >= 2 && right.length >= wrong.length) for (const n of wrong) out.add(n);
  }
  return out;
}

/**
 * A claimed draw the page calls fake (a fact check's quoted post, a live blog's "That claim is false", "It is fake"): the
 * figures told from the claim's first cue ("claims", "a post", "a screenshot", "forward") up to the denial are taken back,
 * as a correction's are. Only figures before the denial: the real round a page goes on to tell is read.
 */
const DEBUNKED =
  /\b(?:(?:this|that|it|the (?:claim|post|message|forward|screenshot|rumou?r|report|image))\s+(?:is|was)\s+(?:(?:completely|entirely|simply)\s+)?(?:false|fake|untrue|not true|a hoax|fabricated|misinformation|doctored)|(?:verdict|rating)\s*:\s*(?:false|fake|misleading)|no such (?:draw|round)\b|(?:are|is)\s+(?:fake|false|a hoax)\b|(?:is|was|are|were)\s+(?:doctored|fabricated|photoshopped)\b|\b(?:screenshot|image|picture|photo)\s+(?:is|was)\s+(?:edited|altered|manipulated)\b)/gi;
/** Words that open a claim: the figures told from the earliest one before a denial are the claim's. */
const CLAIM_CUE = /\b(?:claim(?:s|ed|ing)?|posts?|posting|posted|messages?|forward(?:s|ed)?|screenshots?|rumou?rs?|circulating|going around|shared)\b/gi;
/** "That part is false", "The claim's add-on … is FALSE": a denial of one part of a claim, the last told. */
const PART_DENIED = /\b(?:part|add-?on|addendum|rest)\b/i;
/** How far before a denial its claim may begin. */
const CLAIM_REACH = 600;

/** Words every denial has: a page without them is not searched. */
export const MAY_DEBUNK = compiledNow(/\b(?:false|fake|untrue|hoax|fabricated|misinformation|doctored|no such)\b/i);

export function debunkedFigures(text: string): Set<number> {
  const out = new Set<number>();
  if (!MAY_DEBUNK.test(text)) return out;
  for (const m of matchesOf(DEBUNKED, text)) {
    const from = Math.max(0, m.index - CLAIM_REACH);
    // "The post also says STEM rounds "no longer exist." That part is false", "The claim's add-on — "no English test needed" — is
    // FALSE": only the part last told is denied.
    const part = PART_DENIED.test(
      text
        .slice(Math.max(0, m.index - 120), m.index)
        .split(/[.!?]\s|\n/)
        .pop() ?? '',
    );
    const cues = matchesOf(CLAIM_CUE, text.slice(from, m.index));
    const cue = part ? cues[cues.length - 1] : cues[0];
    if (!cue) continue;
    const claim = text.slice(from + cue.index, m.index);
    for (const n of matchesOf(FIGURE, claim)) out.add(Number((n[1] ?? '').replace(/,/g, '')));
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
    // "in our 1:55 p.m. update we called this round #306. IRCC lists it as round #305."
    if (d.drawNumber !== null && /^\d+$/.test(d.drawNumber) && retracted.has(Number(d.drawNumber))) d.drawNumber = null;
    // The figure a text disputes is the one the rules read first: a retracted one leaves the fallback free of it.
    if (d.invitationsDisputed !== undefined && retracted.has(d.invitationsDisputed)) delete d.invitationsDisputed;
    if (d.minCrsDisputed !== undefined && retracted.has(d.minCrsDisputed)) delete d.minCrsDisputed;
    d.ruledOut = [...(d.ruledOut ?? []), ...retracted];
  }
}

/**
 * The days (month and day) of tie-breaks a correcting line takes back ("Correction: in our 2:05 p.m. entry we wrote the
 * tie-break as May 21, 2025. IRCC's page gives May 12, 2025 …"): the first of two days the line names.
 */
export function retractedTieBreakDays(text: string): Set<string> {
  const out = new Set<string>();
  if (!/tie[- ]?break/i.test(text)) return out;
  for (const line of matchesOf(CORRECTING_LINE, text)) {
    if (!/tie[- ]?break/i.test(line[0])) continue;
    const days = findDates(line[0], { published: null, lastMonth: null })
      .map((d) => d.value)
      .filter(isDayRef);
    if (days.length >= 2 && days[0]) out.add(`${days[0].month}-${days[0].day}`);
  }
  return out;
}

/** A tie-break the page takes back is no draw's (the corrected one is read where the text gives it, or none). */
export function dropRetractedTieBreaks(drafts: readonly Draft[], days: ReadonlySet<string>): void {
  for (const d of drafts) if (d.tieBreak && days.has(`${d.tieBreak.day.month}-${d.tieBreak.day.day}`)) d.tieBreak = null;
}
