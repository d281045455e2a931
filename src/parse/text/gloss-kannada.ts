import { GLOSS_COUNT, finishGloss, hasEnough, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Kannada draw news glossed into the English the reader knows, as `gloss-telugu.ts` does for Telugu (docs/parser.md, "Telugu,
 * Kannada and Marathi"): Kannada digits, months ("ಮಾರ್ಚ್ 15" → "March 15", "ಮಾರ್ಚ್ 1ರಂದು" → "on March 1", "೧೦ ಏಪ್ರಿಲ್"),
 * weekdays ("ಬುಧವಾರ"), counts with their noun ("7,000 ಅಭ್ಯರ್ಥಿಗಳಿಗೆ … ಆಹ್ವಾನ ನೀಡಿದೆ" → "7,000 candidates were sent
 * invitations", "27,332 ಜನರಿಗೆ ITA"), cut-offs ("ಕನಿಷ್ಠ CRS ಅಂಕ: 490", "ಕಟ್ಆಫ್ 490"), a round's number ("ಸುತ್ತು ೨೯೨", "ಡ್ರಾ
 * #243"), and the words of a draw report. What the glossary does not know is dropped; a sentence that speaks of an earlier draw
 * ("ಇದಕ್ಕೂ ಮುನ್ನ", before this; "ಹಿಂದಿನ", previous; "ಕಳೆದ", last) is context.
 */

const KANNADA = /[\u0c80-\u0cff]/g;
const KANNADA_DIGIT = /[\u0ce6-\u0cef]/g;

/** Enough Kannada that it is the page's language, not a name. */
export const isKannada = (text: string): boolean => hasEnough(text, KANNADA);

const K = String.raw`\u0c80-\u0cff`;
const MONTHS: MonthTable = [
  ['ಜನವರಿ', 'January'],
  ['ಫೆಬ್ರವರಿ|ಫೆಬ್ರುವರಿ', 'February'],
  ['ಮಾರ್ಚ್', 'March'],
  ['ಏಪ್ರಿಲ್', 'April'],
  ['ಮೇ', 'May'],
  ['ಜೂನ್', 'June'],
  ['ಜುಲೈ|ಜುಲಾಯಿ', 'July'],
  ['ಆಗಸ್ಟ್|ಆಗಸ್ಟ', 'August'],
  ['ಸೆಪ್ಟೆಂಬರ್|ಸೆಪ್ಟೆಂಬರ', 'September'],
  ['ಅಕ್ಟೋಬರ್|ಅಕ್ಟೋಬರ', 'October'],
  ['ನವೆಂಬರ್|ನವೆಂಬರ|ನವಂಬರ', 'November'],
  ['ಡಿಸೆಂಬರ್|ಡಿಸೆಂಬರ', 'December'],
];
/**
 * A month's name with its case ending ("ಡಿಸೆಂಬರ್ನ", of December); "ಮೇ" (May) only alone or with "ನಲ್ಲಿ", "ನ", as it starts other
 * words ("ಮೇಲೆ", above: "500ರ ಮೇಲೆ 29 ಅಂಕ" is no May 29; "ಮೇಲ್ಪಟ್ಟ", over).
 */
const MONTH = String.raw`(?<![${K}])((?:${MONTHS.filter(([kn]) => kn !== 'ಮೇ')
  .map(([kn]) => kn)
  .join('|')})[${K}]*|ಮೇ(?:ನಲ್ಲಿ|ನ)?(?![${K}]))`;
const monthOf = monthNamer(MONTHS);

const WEEKDAYS: MonthTable = [
  ['ಸೋಮವಾರ', 'Monday'],
  ['ಮಂಗಳವಾರ', 'Tuesday'],
  ['ಬುಧವಾರ', 'Wednesday'],
  ['ಗುರುವಾರ', 'Thursday'],
  ['ಶುಕ್ರವಾರ', 'Friday'],
  ['ಶನಿವಾರ', 'Saturday'],
  ['ಭಾನುವಾರ', 'Sunday'],
];

const NUM = GLOSS_COUNT;
const PERSON = String.raw`(?:ಮಂದಿ|ಜನ|ಅಭ್ಯರ್ಥಿ|ಅರ್ಜಿದಾರ)[${K}]*`;
const INVITATION = String.raw`(?:ಆಹ್ವಾನ|ಆಮಂತ್ರಣ)[${K}]*`;
const SENT = String.raw`(?:ನೀಡ|ಕಳುಹಿಸ|ಸಿಕ್ಕ|ದೊರೆತ|ಬಂದ|ಲಭಿಸ)[${K}]*`;

const SCRIPT = script('\u0c80-\u0cff');

/** A province's own draw is no Express Entry round: its name read ("ಒಂಟಾರಿಯೊ ಸರ್ಕಾರ …" → "Ontario …"), as the reader knows it. */
const PROVINCES: readonly GlossRule[] = (
  [
    ['ಒಂಟಾರಿಯೊ|ಒಂಟಾರಿಯೋ|ಒಂಟೇರಿಯೊ', 'Ontario'],
    ['ಬ್ರಿಟಿಷ್\\sಕೊಲಂಬಿಯಾ', 'British Columbia'],
    ['ಆಲ್ಬರ್ಟಾ|ಅಲ್ಬರ್ಟಾ|ಆಲ್ಬರ್ಟ', 'Alberta'],
    ['ಸಸ್ಕಾಚೆವಾನ್|ಸಸ್ಕಾಚೆವನ್', 'Saskatchewan'],
    ['ಮ್ಯಾನಿಟೋಬಾ|ಮ್ಯಾನಿಟೊಬಾ|ಮಾನಿಟೋಬಾ', 'Manitoba'],
    ['ನೋವಾ\\sಸ್ಕಾಟಿಯಾ|ನೋವಾ\\sಸ್ಕೋಷಿಯಾ', 'Nova Scotia'],
    ['ಕ್ವಿಬೆಕ್|ಕ್ಯೂಬೆಕ್', 'Quebec'],
    ['ಇಮಿಗ್ರೆಂಟ್\\sನಾಮಿನಿ\\sಪ್ರೋಗ್ರಾಂ', 'Immigrant Nominee Program'],
    ['ಹ್ಯೂಮನ್\\sಕ್ಯಾಪಿಟಲ್', 'Human Capital'],
  ] as const
).map(([kn, en]): GlossRule => [new RegExp(String.raw`(?<![${K}])(?:${kn})[${K}]*`, 'g'), ` ${en} `]);

const RULES: readonly GlossRule[] = [
  // A clause of an earlier draw after a semicolon starts its own sentence (the figure before it stays this draw's).
  [/;(?=\s?Previously,)/g, '.'],
  // A card's labels: "ಕನಿಷ್ಠ CRS ಅಂಕ: 490", "ಆಹ್ವಾನಗಳು:", "ದಿನಾಂಕ:", "ಟೈ-ಬ್ರೇಕಿಂಗ್ ನಿಯಮ:".
  [/ಕನಿಷ್ಠ\s?(?:CRS\s?)?(?:ಅಂಕ[\u0c80-\u0cff]*|ಸ್ಕೋರ್)?\s?:/g, ' Minimum CRS: '],
  [new RegExp(String.raw`(?<![${K}])${INVITATION}\s?(\(ITAs?\))?\s?:`, 'g'), ' Invitations $1: '],
  [/(?<![\u0c80-\u0cff])ದಿನಾಂಕ\s?:/g, ' Date: '],
  // Dates: "ಮಾರ್ಚ್ 15, 2023", "ಮಾರ್ಚ್ 1ರಂದು" (on March 1), "16 ಫೆಬ್ರವರಿ 2023" and "13 ಫೆಬ್ರವರಿ 2021ರ" (day first), "ಫೆಬ್ರವರಿ 6ರ" (of February 6).
  [new RegExp(String.raw`${MONTH}\s?(\d{1,2})(?!\d)(?:ರಂದು|ರ|ರಂದ)?`, 'g'), (_, m = '', d = '') => ` ${monthOf(m)} ${d} `],
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s${MONTH}(?:\s(\d{4})(?:ರ|ರಂದು)?)?`, 'g'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${d}${y ? `, ${y}` : ''} `],
  [new RegExp(MONTH, 'g'), (_, m = '') => ` ${monthOf(m)} `],
  // "2025ರಲ್ಲಿ ಒಟ್ಟು 25,000" (in 2025 in all, 25,000): the year's total, not a round's count.
  [/(\d{4})(?:ರಲ್ಲಿ|ರ)\sಒಟ್ಟು(?![\u0c80-\u0cff])/g, ' in $1 (the total for $1) '],
  [/(\d{4})ರಲ್ಲಿ(?![\u0c80-\u0cff])/g, ' in $1 '],
  [/(\d{4})(?:ರ|ರಂದು)(?![\u0c80-\u0cff])/g, ' $1 '],
  [/(\d{1,2})\s?(?:ರಂದು)/g, ' on the $1th '],
  ...WEEKDAYS.map(([kn, en]): GlossRule => [new RegExp(`${kn}[${K}]*`, 'g'), ` on ${en} `]),
  [/(?<![\u0c80-\u0cff])(?:ಇಂದು|ಇವತ್ತು)(?![\u0c80-\u0cff])/g, ' today '],
  [/(?<![\u0c80-\u0cff])ನಿನ್ನೆ(?![\u0c80-\u0cff])/g, ' yesterday '],
  [/ಈ\sವಾರ(?![\u0c80-\u0cff])/g, ' this week '],
  // "ಎರಡು ದಿನ, ಎರಡು ಡ್ರಾ" (two days, two draws).
  ...(
    [
      ['ಎರಡು', 'two'],
      ['ಮೂರು', 'three'],
      ['ನಾಲ್ಕು', 'four'],
      ['ಐದು', 'five'],
      ['ಹತ್ತು', 'ten'],
    ] as const
  ).map(([kn, en]): GlossRule => [new RegExp(`(?<![${K}])${kn}(?![${K}])`, 'g'), ` ${en} `]),
  [/(?<=(?:two|three|four)\s{1,2})ದಿನ[\u0c80-\u0cff]*/g, ' days '],
  // "ಇಂದಿಗೆ ಐದು ವರ್ಷ" (five years as of today), "ಐದು ವರ್ಷಗಳ ಹಿಂದೆ" (five years ago): an anniversary, an old round.
  [/ಇಂದಿಗೆ\s{1,2}(two|three|four|five|ten|\d{1,2})\s{1,2}ವರ್ಷ[\u0c80-\u0cff]*/g, ' $1 years ago today '],
  [/(two|three|four|five|ten|\d{1,2})\s{1,2}ವರ್ಷ[\u0c80-\u0cff]*\sಹಿಂದೆ/g, ' $1 years ago '],
  [/(?<=(?:two|three|four)\s{1,2})ಡ್ರಾ[\u0c80-\u0cff]*/g, ' draws '],
  // A round's number: "ಸುತ್ತು ೨೯೨" (round 292), "ಡ್ರಾ #176ರಲ್ಲಿ" (in draw #176), "243ನೇ ಡ್ರಾ" (the 243rd draw).
  [/ಸುತ್ತು\s?(?:ಸಂಖ್ಯೆ\s?)?#?(\d{1,3})(?!\d)/g, ' draw #$1 '],
  [/#(\d{1,3})(?:ರಲ್ಲಿ|ರ)(?![\u0c80-\u0cff])/g, ' #$1 '],
  [new RegExp(String.raw`(?<!\d)(\d{1,3})ನೇ\s(?:ಸುತ್ತ|ಡ್ರಾ)[${K}]*`, 'g'), ' the $1th round '],
  // Counts and what happened to them: "7,000 ಅಭ್ಯರ್ಥಿಗಳಿಗೆ … ಆಹ್ವಾನ ನೀಡಿದೆ", "667 ಮಂದಿಗೆ 748 ಅಂಕಗಳಿಗೆ ಆಹ್ವಾನ ಸಿಕ್ಕಿತ್ತು" (667 were invited at 748 points).
  [new RegExp(String.raw`${NUM}\s?${PERSON}\s(\d{2,4})\s?ಅಂಕ[${K}]*\s${INVITATION}\s?${SENT}`, 'g'), ' $1 candidates were sent invitations with a score of $2 '],
  [new RegExp(String.raw`${NUM}\s?${PERSON}\s(?:[^\s.]+\s){0,6}?${INVITATION}\s?${SENT}`, 'g'), ' $1 candidates were sent invitations '],
  [new RegExp(String.raw`${NUM}\s?${PERSON}\s?(?=ITA)`, 'g'), ' $1 candidates received '],
  [new RegExp(String.raw`${NUM}\s?${PERSON}`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${NUM}\s?${INVITATION}`, 'g'), ' $1 invitations '],
  [new RegExp(String.raw`${INVITATION}\s?${SENT}`, 'g'), ' invitations were sent '],
  // Cut-offs: "ಕನಿಷ್ಠ CRS ೫೪೯", "ಕನಿಷ್ಠ CRS ಕೇವಲ 75" (only 75), "ಕಟ್ಆಫ್ 490", "481 ಅಂಕಗಳಿಗೆ" (at 481 points).
  // Not "ಕನಿಷ್ಠ 12 ತಿಂಗಳ ಅನುಭವ" (at least 12 months of work), nor "ಕನಿಷ್ಠ CRS ಅಂಕ 10 ಅಂಕಗಳಷ್ಟು ಇಳಿದು 519ಕ್ಕೆ" (fell by 10 points to 519).
  [/ಕನಿಷ್ಠ\s?(?:CRS\s?)?(?:ಅಂಕ[\u0c80-\u0cff]*\s?|ಸ್ಕೋರ್\s?)?(?:ಕೇವಲ\s?)?(\d{2,4})(?!\d)(?!\s?(?:ಅಂಕಗಳಷ್ಟು|ತಿಂಗಳ|ವರ್ಷ))/g, ' the minimum CRS score was $1 '],
  [/(?:ಇಳಿದು|ಏರಿ|ಕುಸಿದು)\s?(\d{3})\s?ಕ್ಕೆ/g, ' fell to $1 '],
  [/(?<![\u0c80-\u0cff])ಕನಿಷ್ಠ(?![\u0c80-\u0cff])/g, ' minimum '],
  [/ಕಟ್-?\s?ಆಫ್[\u0c80-\u0cff]*/g, ' cut-off '],
  [/(\d{2,4})\s?ಅಂಕ[\u0c80-\u0cff]*/g, ' $1 points '],
  [/ಟೈ-?\s?ಬ್ರೇಕಿಂಗ್\s?(?:ನಿಯಮ[\u0c80-\u0cff]*)?|ಟೈ-?\s?ಬ್ರೇಕ್/g, ' tie-breaking rule '],
  // The round's words.
  [/ಎಲ್ಲಾ\sಪ್ರೋಗ್ರಾಂ[\u0c80-\u0cff]*/g, ' all-program '],
  [/ಸಾಮಾನ್ಯ(?=\s?(?:\(General\)\s?)?ಡ್ರಾ)/g, ' general '],
  [/ಎಕ್ಸ್ಪ್ರೆಸ್\s?ಎಂಟ್ರಿ/g, ' Express Entry '],
  [/ಡ್ರಾಗಳ[\u0c80-\u0cff]*/g, ' draws '],
  [/ಡ್ರಾ[\u0c80-\u0cff]*/g, ' draw '],
  [/ಫೆಡರಲ್\sಸ್ಕಿಲ್ಡ್\sಟ್ರೇಡ್ಸ್/g, ' Federal Skilled Trades '],
  [/ಫೆಡರಲ್\sಸ್ಕಿಲ್ಡ್\sವರ್ಕರ್/g, ' Federal Skilled Worker '],
  [/ಕೆನಡಿಯನ್\sಎಕ್ಸ್ಪೀರಿಯನ್ಸ್\sಕ್ಲಾಸ್/g, ' Canadian Experience Class '],
  [/ಪ್ರಾಂತೀಯ\sನಾಮನಿರ್ದೇಶನ[\u0c80-\u0cff]*|ಪ್ರಾಂತೀಯ\sನಾಮಿನಿ\sಪ್ರೋಗ್ರಾಂ/g, ' provincial nomination '],
  [/ಫ್ರೆಂಚ್\sಭಾಷ[\u0c80-\u0cff]*/g, ' French-language '],
  [/ಫ್ರೆಂಚ್(?=\s*draw)/g, ' French-language '],
  [/ಆರೋಗ್ಯ\s?(?:ಸೇವೆ|ರಕ್ಷಣೆ)[\u0c80-\u0cff]*|ಹೆಲ್ತ್ಕೇರ್/g, ' healthcare '],
  [/ವಲಸೆ\sಇಲಾಖೆ|ಐಆರ್ಸಿಸಿ/g, ' IRCC '],
  [/ನಿರೀಕ್ಷ[\u0c80-\u0cff]*/g, ' expected '],
  // A running total is no round's count: "ಈ ವರ್ಷ ಇದುವರೆಗೆ 25,000 ಮಂದಿಗೆ ಆಹ್ವಾನ ನೀಡಲಾಗಿದೆ" (so far this year 25,000 …), "ಒಟ್ಟು" (in all).
  [/ಇದುವರೆಗೆ|ಇದುವರೆಗೂ|ಈವರೆಗೆ|ಈವರೆಗೂ|ಇಲ್ಲಿಯವರೆಗೆ|ಇಲ್ಲಿಯವರೆಗೂ/g, ' so far '],
  [/(?<![\u0c80-\u0cff])ಈ\sವರ್ಷ[\u0c80-\u0cff]*/g, ' this year '],
  [/(?<![\u0c80-\u0cff])ಒಟ್ಟು(?![\u0c80-\u0cff])/g, ' a total of '],
  ...PROVINCES,
];

/**
 * A sentence that speaks of an earlier draw ("ಇದಕ್ಕೂ ಮುನ್ನ"/"ಇದಕ್ಕೂ ಮೊದಲು", before this; "ಹಿಂದಿನ", previous; "ಕಳೆದ", last;
 * "ಹಿಂದೆ", ago; a verb's pluperfect, "ಸಿಕ್ಕಿತ್ತು", had received, "ನೀಡಲಾಗಿತ್ತು", had been given): context from its start.
 */
const EARLIER = /(?:ಸಿಕ್ಕ|ದೊರೆತ|ನಡೆದ|ನೀಡ|ಬಂದ|ಕಳುಹಿಸ)ಿತ್ತು|ಲಾಗಿತ್ತು|ಇದಕ್ಕೂ\s(?:ಮುನ್ನ|ಮೊದಲು|ಹಿಂದೆ|ಮುಂಚೆ)|(?<![\u0c80-\u0cff])(?:ಹಿಂದಿನ|ಕಳೆದ|ಹಿಂದೆ)(?![\u0c80-\u0cff])/;

export function glossKannada(text: string): string {
  const out = text.replace(KANNADA_DIGIT, (d) => String(d.charCodeAt(0) - 0x0ce6));
  return finishGloss(markEarlier(out, EARLIER, /([.;\n])/), RULES, SCRIPT);
}
