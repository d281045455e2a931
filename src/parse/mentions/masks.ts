import { compiledNow, matchesOf } from '../text/matches.ts';

/**
 * Numbers that are never invitations or cut-offs — ranges of scores, percentages, money, ages,
 * clock times, durations, ordinals ("1,000th"), NOC/CLB codes, years — are blanked out (same
 * length, spaces) before the fact patterns run, so those patterns stay simple.
 */

/** A number, starting where a run of digits starts (so a long run is scanned once, not once per digit). */
const N = String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3}){1,4}(?!\d)|\d+(?:\.\d+)?)`;
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
/** The English weekdays' names, as regex source. */
export const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Regex source: the earlier draw a change started in, after its value ("from 472 *in the previous draw* to 470"). */
const IN_EARLIER_DRAW = String.raw`,?\s+(?:points?\s+)?(?:in|at|for)\s+(?:the\s+)?(?:previous|last|prior|preceding|earlier)\s+(?:[\w-]+\s+){0,2}?(?:draw|round)`;
/** Regex source: the new value a change went to ("… *to 470*", "to a new low of 451"). */
const TO_NEW_VALUE = String.raw`(?=,?\s+(?:points?\s+)?to\s+(?:a\s+(?:new\s+)?(?:low|high)\s+of\s+)?\d)`;
/** "from 472 in the previous draw to 470": the earlier draw is only where a change started (the new value is this draw's). */
export const CHANGED_FROM_EARLIER = new RegExp(String.raw`\bfrom\s+${N}${IN_EARLIER_DRAW}${TO_NEW_VALUE}`, 'gi');

/** "rose from 521 to 547", "…, down from 494 to 491", "increased from 470 in the previous draw to 475": the old value (with the draw it was) is blanked, "to 547" stays for the cut-off patterns. */
const TRANSITION = new RegExp(
  String.raw`\b((?:rose|risen|rise|rises|fell|fallen|falls?|jump(?:ed|s)?|drop(?:ped|s)?|climb(?:ed|s)?|slipp(?:ed)?|slips?|increas(?:ed|es)|decreas(?:ed|es)|edg(?:ed|es)|went|moved?|chang(?:ed|es)|dipped|dips?|declined?|inched|ticked|(?<=,\s)(?:down|up))\s+(?:up\s+|down\s+)?(?:[^.;\d]{0,100}?\s)?)(from\s+(?:${N})(?:${IN_EARLIER_DRAW})?)${TO_NEW_VALUE}`,
  'gi',
);

/**
 * "the cut-off dropped from 522 in May", "fell 7 points from 522.": a change told with its old value alone (the new one is
 * told elsewhere) — the old value is the earlier round's, blanked like a transition's. Not "from 445 on December 12" nor "from
 * 380 in the May 31 draw": a value told with its round's day goes to that round.
 */
const CHANGED_FROM_ALONE = new RegExp(
  String.raw`\b((?:rose|risen|fell|fallen|jumped|dropped|climbed|slipped|increased|decreased|edged|dipped|declined|inched|ticked|(?<=,\s)(?:down|up))\s+(?:up\s+|down\s+)?(?:\d{1,3}\s+(?:CRS\s+)?points?\s+|[^.;\d]{0,25}?\s)?)(from\s+(?:${N}))(?=(?:\s+(?:CRS\s+)?points?)?(?:\s*[,.;)]|\s*$|\s+(?:in\s+(?:${MONTHS})\b(?!\.?\s+\d)|last\s+(?:week|month|time)\b)))`,
  'gi',
);

/** The two figures of "520-11" or "500 to 490" joined by `joint`, when they are so joined. */
function pairOf(match: string, joint: '-' | 'to'): [number, number] | null {
  const parts = new RegExp(String.raw`^([\d,.]+)\s*${joint}\s*([\d,.]+)$`).exec(match);
  return parts ? [Number((parts[1] ?? '').replace(/,/g, '')), Number((parts[2] ?? '').replace(/,/g, ''))] : null;
}

/**
 * "fell to 520—11 points lower than last month's round": a dash, then a smaller number of points, is the
 * difference written after the figure, not a range.
 */
function differenceAfterDash(match: string, after: string): boolean {
  const pair = pairOf(match, '-');
  return !!pair && pair[1] < pair[0] && /^\s?(?:CRS\s)?(?:points?|pts)\b/i.test(after);
}

/** "The minimum score dropped below 500 to 490": "to" a smaller number is where a fall ended, not a range ("525 to 530"). */
function fallsTo(match: string, before: string): boolean {
  const pair = pairOf(match, 'to');
  return !!pair && pair[1] < pair[0] && /\b(?:below|under|dropped|fell|declined|decreased|dipped|slipped)\s+$/i.test(before);
}

/** "Those with 793+ were invited", "candidates with 793+ points got ITAs" (the words after a "+" figure, 12 characters of them). */
const INVITED_AFTER_BAND = /^\s(?:points?\s)?(?:were|was|got|rec)/i;

/** Each pattern with a cheap test that must pass before the pattern is worth running, and which of its matches to blank. */
const PATTERNS: readonly (readonly [RegExp, RegExp, ((match: string, after: string, before: string) => boolean)?])[] = [
  // Ranges and bands: "501-600", "between 531 and 534", "525 to 530", "the 520s", "500+".
  [/between/i, new RegExp(String.raw`\b(?:between\s+)(?:${N})\s*(?:and|&|-|to)\s*(?:${N})\b`, 'gi')],
  // Not "Express Entry Draw 145 - 589 applicants": a round's number, a dash, then its count.
  [
    /\d\s*(?:-|to|through)\s*\d/i,
    new RegExp(String.raw`(?<![\d,])(?<!\b(?:draw|round|no\.?|number)\s{1,2}#?)(?:${N})\s*(?:-|to|through)\s*(?:${N})(?![\d,]*(?:st|nd|rd|th)\b)`, 'gi'),
    (m, after, before) => !differenceAfterDash(m, after) && !fallsTo(m, before),
  ],
  [/\d'?s\b/, /\b(?:from\s+)?\d{2,4}'?s\b(?:\s*(?:-|to)\s*\d{2,4}'?s\b)?/gi],
  // Not "a CRS of 791+", "CRS: 791+": a score told with a score word is the least one invited. A band of the pool starts
  // at a round figure or just after one ("500+", "CRS 501+", "451+").
  // Nor "Those with 793+ were invited": the least score of those invited.
  [
    /\+/,
    /\b\d+\s?\+/g,
    (m, after, before) => !(![0, 1].includes(Number.parseInt(m, 10) % 50) && (/\b(?:CRS|score|cut-?\s?off)\s?(?:of|:|was|is)?\s?$/i.test(before) || INVITED_AFTER_BAND.test(after))),
  ],
  // A figure denied before the one told instead: "the round was not 3,000 invitations like the three before it, but just
  // 1,000", "la ronda no fue de 3.000 … sino de 1.000", "não foi de 3.000 … mas de 1.000", "n'était pas de 3 000 … mais de 1 000".
  [
    /\b(?:not|no|não|pas)\b/i,
    new RegExp(
      String.raw`(?<=\b(?:(?:was|were|is|are)\s+not|no\s+(?:fue|fueron|es|son)|não\s+(?:foi|foram|é|são)|n['\u2019](?:était|étaient|est|sont)\s+pas)\s+(?:(?:of|de|d['\u2019]|just|only|apenas|solo|sólo|seulement)\s+)?)(?:${N})(?=[^.;]{0,90}\b(?:but|sino|mas|mais)\b)`,
      'gi',
    ),
  ],
  // A change told with its sign: "+250 ITAs", "Invitations: 2,250 (+250)", "(-32 points)" (not a range's "501-600").
  [/[+-]\d/, new RegExp(String.raw`\+\s?(?:${N})|(?<=[\s(])-(?:${N})`, 'g')],
  // "plunges 254 points to 481": the points a cut-off moved, told before the new value.
  [/points?\s+to\s+\d/i, new RegExp(String.raw`(?:${N})(?=\s+points?\s+to\s+\d)`, 'gi')],
  // "seuil sous la barre des 400", "au-dessus de la barre des 500": a mark a French page says a figure crossed.
  [
    /barre|marque/i,
    new RegExp(String.raw`(?<=\b(?:sous|sur|sous\s+de|au-dessus\s+de|en\s+dessous\s+de|franchit|franchi|passe)\s+(?:la\s+)?(?:barre|marque|seuil)\s+(?:des?\s+|du\s+)?)(?:${N})`, 'gi'),
  ],
  // Percentages, money, clock times, durations (a page's "2 min read" too), ages, ordinals.
  [/%|per ?cent|pc\b/i, new RegExp(String.raw`(?:${N})\s?(?:%|percent\b|per cent\b|pc\b)`, 'gi')],
  [/[$€£]|dollars|CAD|USD/, new RegExp(String.raw`[$€£]\s?(?:${N})(?:\s?(?:k|m|bn|million|billion|thousand)\b)?|(?:${N})\s?(?:dollars|CAD|USD)\b`, 'gi')],
  [/\d:\d|\d\s?[ap]\.?m/i, /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s?[ap]\.?m\b\.?/gi],
  [
    /day|week|month|year|hour|hrs|min|sec|decade/i,
    new RegExp(String.raw`(?:${N})\s?-?\s?(?:business\s+|calendar\s+|working\s+)?(?:days?|weeks?|months?|years?|hours?|hrs|minutes?|mins|min(?=\.?\s+read\b)|seconds?|decades?)\b`, 'gi'),
  ],
  [/age/i, /\bage[sd]?\s+\d{1,2}\b/gi],
  // A mark a figure crossed: "a rare dip below the 400-point threshold", "above the key 500 point mark" (not "a 471-point
  // cut-off", nor "the 400-point threshold" a page names as the cut-off itself).
  [
    /threshold|mark|barrier/i,
    new RegExp(
      String.raw`(?<=\b(?:below|above|under|over|past|beneath|breaking|broke|crossing|crossed|surpass(?:ing|ed)?|topping|topped)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}?)(?:${N})(?=[-\s]?(?:CRS[-\s])?points?[-\s](?:threshold|mark|barrier)\b)`,
      'gi',
    ),
  ],
  [/\d(?:st|nd|rd|th)\b/i, /(?<![\d,])\d{1,3}(?:,\d{3})*(?:st|nd|rd|th)\b/gi],
  // Codes and test levels: "NOC 72200", "TEER 1", "CLB 9", "NCLC 7".
  [
    compiledNow(/NOC|TEER|CLB|NCLC|IELTS|CELPIP|TEF|TCF|level|band/i),
    /\b(?:NOC|TEER|CLB|NCLC|IELTS|CELPIP|TEF|TCF|level|band|levels|bands)\s*(?:codes?|levels?|scores?)?\s*:?\s*\d+(?:\s*(?:,|or|and|to|-)\s*\d+)*/gi,
  ],
  // Years: "in 2025", "since 2018", "2025's", "2026-2028", "May 2023".
  [
    /(?:19|20)\d\d/,
    // Not "a total of 2000 invitations": a count.
    new RegExp(
      String.raw`\b(?<!\btotal\s)(?:in|since|of|for|during|from|until|by|year|early|late|mid|spring|summer|fall|autumn|winter|before|after|through|to|and|${MONTHS})\.?\s+(?:of\s+)?(?:19|20)\d\d\b`,
      'gi',
    ),
  ],
  [/(?:19|20)\d\d(?:'s|-\d)/, /\b(?:19|20)\d\d(?:'s\b|-\d{2}\b)/g],
];

/** `text` with [start, end) turned to spaces, tabs kept: the same length, so offsets stay those of the sentence. */
function blanked(text: string, start: number, end: number): string {
  const to = Math.min(end, text.length);
  if (start >= to) return text;
  const part = text.slice(start, to);
  return text.slice(0, start) + (part.includes('\t') ? part.replace(/[^\t]/g, ' ') : ' '.repeat(part.length)) + text.slice(to);
}

/** Blanks `spans` (dates, tie-breaks, round numbers already read) and every non-fact number. */
export function maskNonFacts(sentence: string, spans: readonly { start: number; end: number }[]): string {
  let text = sentence;
  // "today's": the possessive goes with the blanked word, so the words around still read as words.
  for (const s of spans) text = blanked(text, s.start, /^['\u2019]s\b/.test(sentence.slice(s.end, s.end + 3)) ? s.end + 2 : s.end);
  if (!/\d/.test(text)) return text;
  // Every transition has "from" (a cheap test first).
  if (/from/i.test(text)) {
    const base = text;
    for (const m of matchesOf(TRANSITION, base)) {
      const start = m.index + (m[1] ?? '').length;
      text = blanked(text, start, start + (m[2] ?? '').length);
    }
    for (const m of matchesOf(CHANGED_FROM_ALONE, text)) {
      const start = m.index + (m[1] ?? '').length;
      text = blanked(text, start, start + (m[2] ?? '').length);
    }
  }
  // The patterns all read the text as it is now; what they blank shows only in the result.
  const scanned = text;
  for (const [gate, re, keep] of PATTERNS) {
    if (!gate.test(scanned)) continue;
    for (const m of matchesOf(re, scanned)) {
      const end = m.index + m[0].length;
      if (!keep || keep(m[0], scanned.slice(end, end + 12), scanned.slice(Math.max(0, m.index - 16), m.index))) text = blanked(text, m.index, end);
    }
  }
  return text;
}
