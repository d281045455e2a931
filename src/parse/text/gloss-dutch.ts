import { applyGloss, glossDay, tidyGloss, type GlossRule } from './gloss-rules.ts';

/**
 * Dutch draw news glossed into the English the reader knows, as `gloss-german.ts` does for German: thousands with a point
 * ("7.000" → "7,000"), day-first dates ("woensdag 15 maart 2023" → "Wednesday March 15, 2023", "16-03-2023" → "March 16,
 * 2023"), counts with their noun ("7.000 uitnodigingen" → "7,000 invitations", "779 kandidaten" → "779 candidates"),
 * cut-offs ("minimale CRS-score van 490", "minimumscore 748" → "minimum CRS score …"), the tie-break, programs and the
 * words of a draw report. Words the glossary does not know stay as they are: they are Dutch, and no English pattern reads them.
 */

const MONTHS: Readonly<Record<string, string>> = {
  januari: 'January',
  jan: 'January',
  februari: 'February',
  feb: 'February',
  maart: 'March',
  mrt: 'March',
  april: 'April',
  apr: 'April',
  mei: 'May',
  juni: 'June',
  jun: 'June',
  juli: 'July',
  jul: 'July',
  augustus: 'August',
  aug: 'August',
  september: 'September',
  sept: 'September',
  sep: 'September',
  oktober: 'October',
  okt: 'October',
  november: 'November',
  nov: 'November',
  december: 'December',
  dec: 'December',
};
/** A month, and the point of its short form ("nov. 2024"; not the full stop after "18 januari."). */
const MONTH = `(${Object.keys(MONTHS).join('|')})(?:(?<=jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\\.)?(?![\\wÀ-ÿ])`;
const month = (m: string): string => MONTHS[m.toLowerCase()] ?? m;

const WEEKDAYS: Readonly<Record<string, string>> = {
  maandag: 'Monday',
  dinsdag: 'Tuesday',
  woensdag: 'Wednesday',
  donderdag: 'Thursday',
  vrijdag: 'Friday',
  zaterdag: 'Saturday',
  zondag: 'Sunday',
};
/** A weekday's two letters ("di 12 november", "do 14 nov 2024"): only before a day and its month, as "do" is English too. */
const SHORT_WEEKDAYS: Readonly<Record<string, string>> = { ma: 'Monday', di: 'Tuesday', wo: 'Wednesday', do: 'Thursday', vr: 'Friday', za: 'Saturday', zo: 'Sunday' };
const weekday = (w: string): string => WEEKDAYS[w.toLowerCase()] ?? SHORT_WEEKDAYS[w.toLowerCase()] ?? w;

/** "15 maart 2023" as "March 15, 2023" (a year only when given). */
const day = (d: string, m: string, y: string): string => `${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''}`;
const DAY_FIRST = String.raw`(?<![\d.,])(\d{1,2})\s${MONTH}(?:\s((?:19|20)\d\d))?(?!\d)`;

const DUTCH: readonly GlossRule[] = [
  // "of" is Dutch "or" (before "van" becomes "of").
  [/\bof\b/g, ' or '],
  // "7.000" is 7,000 ("15.00" keeps its decimals).
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?:\.(\d{3}))?(?![\d]|[.,]\d)/g, (_, a = '', b = '', c = '') => `${a},${b}${c ? `,${c}` : ''}`],
  // "16-03-2023", "02-03-2026 18:02:56": a Dutch page writes the day first.
  [/(?<![\d./-])(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?![\d./-]\d)/g, (m: string, d = '', mo = '', y = '') => (Number(d) >= 1 && Number(d) <= 31 ? ` ${glossDay(y, mo, d) ?? m} ` : m)],
  // "woensdag 15 maart 2023", "di 12 november": the weekday, then its day.
  [new RegExp(String.raw`\b(${Object.keys(WEEKDAYS).join('|')}|ma|di|wo|do|vr|za|zo)\.?,?\s${DAY_FIRST}`, 'gi'), (_, w = '', d = '', m = '', y = '') => ` ${weekday(w)} ${day(d, m, y)} `],
  // "op 31 januari 2015": day first.
  [new RegExp(String.raw`\bop\s${DAY_FIRST}`, 'gi'), (_, d = '', m = '', y = '') => ` on ${day(d, m, y)} `],
  [new RegExp(DAY_FIRST, 'gi'), (_, d = '', m = '', y = '') => ` ${day(d, m, y)} `],
  [new RegExp(String.raw`\b(${Object.keys(WEEKDAYS).join('|')})\b`, 'gi'), (_, w = '') => weekday(w)],
  [/\b(?:afgelopen|vorige)\s(?=Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/gi, ' last '],
  // "om 10:33:06 UTC": at a time.
  [/\bom\s(?=\d{1,2}[:.]\d\d)/gi, ' at '],
  [/\bvandaag\b/gi, ' today '],
  [/\bgisteren\b/gi, ' yesterday '],
  [/\b(?:deze|van\sdeze)\sweek\b/gi, ' this week '],
  [/\b(?:vorige|afgelopen|verleden)\sweek\b/gi, ' last week '],
  [/\b(?:vorige|afgelopen|verleden)\smaand\b/gi, ' last month '],
  [/\b(?:vorige|eerdere|voorgaande|vorig)\b/gi, ' previous '],
  // Draws, invitations and candidates.
  [/\bExpress[- ]Entry[- ]?(?:trekkingen|rondes|selectierondes)\b/gi, ' Express Entry draws '],
  [/\bExpress[- ]Entry[- ]?(?:trekking|ronde|selectieronde)\b/gi, ' Express Entry draw '],
  [/\bExpress[- ]Entry[- ]systeem\b/gi, ' Express Entry system '],
  [/\b(?:uitnodigingsronde|ronde\svan\suitnodigingen)\b/gi, ' round of invitations '],
  [/\b(?:uitnodigingsrondes|rondes\svan\suitnodigingen)\b/gi, ' rounds of invitations '],
  [/\brondes\b/gi, ' rounds '],
  [/\bronde\b/gi, ' round '],
  [/\btrekkingen\b/gi, ' draws '],
  [/\btrekking\b/gi, ' draw '],
  [/\buitnodigingen\b/gi, ' invitations '],
  [/\buitnodiging\b/gi, ' invitation '],
  [/\bkandidaten\b/gi, ' candidates '],
  // "In ronde 243 ontvingen 7,000 kandidaten een uitnodiging": the count before its verb, as English has it.
  [/\bontvingen\s([\d,]+\scandidates)\b/gi, ' $1 received '],
  [/\bontvingen\b/gi, ' received '],
  // "Canada nodigt … 7.000 kandidaten uit": the verb round its object.
  [/\bnodig(t|de|den)\b([^.;\n]{0,120}?)\buit\b/gi, (_, t = '', rest = '') => ` ${t === 't' ? 'invites' : 'invited'}${rest}`],
  [/\b(?:werden|zijn|waren)\suitgenodigd\b/gi, ' were invited '],
  [/\b(?:werd|is)\suitgenodigd\b/gi, ' was invited '],
  [/\buitgenodigd\b/gi, ' invited '],
  [/\b(?:verstuurd|verzonden|uitgegeven|uitgereikt)\b/gi, ' issued '],
  [/\bgehouden\b/gi, ' held '],
  // "Deze week hield IRCC twee trekkingen": the verb second, after the subject in English.
  [/\bhield(en)?\s(IRCC|CIC|Canada|Ottawa)\b/g, ' $2 held '],
  [/\bhield\b/gi, ' held '],
  [/\btwee\b/gi, ' two '],
  [/\bdrie\b/gi, ' three '],
  [/\bvier\b/gi, ' four '],
  [/\bvijf\b/gi, ' five '],
  // Cut-offs: "De minimale CRS-score bedroeg 886 punten", "minimumscore 748", "de CRS-drempel lag op 557".
  [/\b(?:minimale|minimum|laagste)\s(?:CRS[- ]?)?score\b|\b(?:CRS-)?minimumscore\b|\b(?:CRS-)?(?:drempel|ondergrens)\b|\bMin\.\sCRS\b/gi, ' minimum CRS score '],
  [/\b(\d{2,4})\spunten\b/gi, ' $1 points '],
  [/\bpunten\b/gi, ' points '],
  [/\b(?:bedroeg|kwam\suit\sop|lag\sop|was)\b/gi, ' was '],
  [/\b(?:slechts|maar\sliefst|maar)\s(?=\d)/gi, ' '],
  [/\bvan\s(?=\d)/gi, ' of '],
  // The tie-break: "tie-breaking rule", "tiebreakregel".
  [/\btie-?break(?:ing)?[- ]?regel\b/gi, ' tie-breaking rule '],
  [/\b(?:hanteerde|gebruikte)\s(?:IRCC|CIC)\b/gi, ' was '],
  [/\b(?:in\stotaal|totaal)\b/gi, ' in total '],
  [/\bsinds\b/gi, ' since '],
  [/\b(?:verwachten|verwacht|naar\sverwachting|vermoedelijk)\b/gi, ' expected '],
  // "een provinciale nominatie of een goedgekeurde arbeidsmarkttoets (LMIA)": one of two ways to the points, as English tells it.
  [/\bgoedgekeurde\s(?:arbeidsmarkttoets|arbeidsmarkttest)\b|\b(?:arbeidsmarkttoets|arbeidsmarkttest)\b/gi, ' approved labour market impact assessment '],
  [/\b(?:baanaanbod|werkaanbod)\b/gi, ' job offer '],
  [/\bzonder\b/gi, ' without '],
  // Programs.
  [/\b(?:kandidaten\smet\seen\s)?provinciale\snominatie\b|\bprovinciaal\snominatieprogramma\b/gi, ' Provincial Nominee Program '],
  [/\bCanadese\servaringsklasse\b/gi, ' Canadian Experience Class '],
  [/\b(?:Franstalige?|Franse\staalvaardigheid|Franssprekende)\b/gi, ' French-speaking '],
  [/\b(?:gezondheidszorg|zorg(?:beroepen|sector)?)\b/gi, ' healthcare '],
  [/\b(?:vakmensen|vaklieden|ambachten|ambachtslieden)\b/gi, ' trades '],
  [/\b(?:alle\sprogramma'?s|algemene)\b/gi, ' all-program '],
  // Joining words the English patterns lean on.
  [/\balleen\b/gi, ' only '],
  [/\ben\b/g, ' and '],
  [/\bmet\b/g, ' with '],
  [/\bop\b/g, ' on '],
  [/\bvoor\b/g, ' for '],
  [/\bbij\b/g, ' at '],
  [/\bde\b/g, ' the '],
  [/\bhet\b/g, ' the '],
  [/\been\b/g, ' a '],
  [/\bheeft\b/g, ' has '],
  [/\bhebben\b/g, ' have '],
  [/\b(?:werden|waren)\b/g, ' were '],
];

/** Words only Dutch writes often: enough of them, and the page is Dutch (not "van", "de", "der": Dutch names in English). */
const DUTCH_WORD =
  /\b(?:het|een|niet|werd|werden|waren|zijn|ook|naar|heeft|hebben|wordt|worden|deze|dat|dit|voor|bij|nog|wij|uw|hun|zich|geen|meer|want|omdat|uitnodigingen|uitnodiging|kandidaten|trekking(?:en)?|rondes?|punten)\b/gi;
/** A cheap first test: a page with none of these is not Dutch. */
export const DUTCH_HINT = /\b(?:het|een|uitnodigingen)\b/i;

export const isDutch = (text: string): boolean => (text.match(DUTCH_WORD) ?? []).length >= 8;

/** A Dutch page glossed into English. */
export function glossDutch(text: string): string {
  return tidyGloss(applyGloss(text, DUTCH)).replace(/\( /g, '(');
}
