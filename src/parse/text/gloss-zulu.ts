import { compiledNow } from './matches.ts';
import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, writtenWith } from './gloss-rules.ts';

/**
 * Zulu draw news glossed into the English the reader knows, as `gloss-swahili.ts` does for Swahili (docs/parser.md, "Yoruba,
 * Hausa and Zulu"): thousands with a space ("1 800" → "1,800"); days with their prefixes ("mhla zi-4 kuJulayi 2024" → "on July
 * 4, 2024", "zingama-31 kuMasingana 2015", "26 kuNovemba 2025"; the old names, "Nhlaba", "Masingana", and the borrowed ones,
 * "Julayi", "Novemba"), weekdays ("NgoLwesine" → "On Thursday"), "Izolo", "Namuhla"; rounds ("umzuliswano #300" → "draw #300",
 * "imizuliswano emibili" → "two draws", "umzuliswano … odlule" → "the previous … draw"); counts ("izimemo ezingu-3 750" →
 * "3,750 invitations", "abantu abangu-1 800", "391 bamenyiwe"), cut-offs ("Amaphuzu aphansi e-CRS", "i-CRS ephansi" →
 * "minimum CRS score", "engu-445" → "of 445"), the tie-break ("Umthetho wokwehlukanisa"), programs. The class prefixes before
 * a borrowed name go ("i-IRCC", "we-Express Entry"). Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['januwari|masingana|jan', 'January'],
  ['februwari|nhlolanja|feb', 'February'],
  ['mashi|ndasa|mar', 'March'],
  ['ephreli|apreli|mbasa|apr', 'April'],
  ['meyi|nhlaba|may', 'May'],
  ['juni|nhlangulana|jun', 'June'],
  ['julayi|ntulikazi|jul', 'July'],
  ['agasti|ncwaba|aug', 'August'],
  ['septhemba|mandulo|sep', 'September'],
  ['okthoba|mfumfu|oct', 'October'],
  ['novemba|lwezi|nov', 'November'],
  ['disemba|zibandlela|dec', 'December'],
];
const MONTH_WORDS =
  'Januwari|Masingana|Februwari|Nhlolanja|Mashi|Ndasa|Ephreli|Apreli|Mbasa|Meyi|Nhlaba|Juni|Nhlangulana|Julayi|Ntulikazi|Agasti|Ncwaba|Septhemba|Mandulo|Okthoba|Mfumfu|Novemba|Lwezi|Disemba|Zibandlela';
/** A month with its prefix: "kuJulayi" (of July), "ngoJulayi" (in July), "ka-Agasti". */
const MONTH = `(?:ku|ngo|ka|u|ngenyanga\\ska)?-?(${MONTH_WORDS})`;
const month = monthNamer(MONTHS, 'i');

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Msombuluko', 'Monday'],
  ['Lwesibili', 'Tuesday'],
  ['Lwesithathu', 'Wednesday'],
  ['Lwesine', 'Thursday'],
  ['Lwesihlanu', 'Friday'],
  ['Mgqibelo', 'Saturday'],
];
const NUMBERS: Readonly<Record<string, string>> = { emibili: 'two', emithathu: 'three', emine: 'four', emihlanu: 'five' };
/** "kwezinsuku ezintathu" (of three days). */
const DAYS: Readonly<Record<string, string>> = { ezimbili: 'two days', ezintathu: 'three days', ezine: 'four days', ezinhlanu: 'five days' };
/** A phrase that starts a sentence where the words it glosses did. */
const sentenceCase = (phrase: string, upper: boolean): string => (upper ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase);
/** A count after a prefix ("abangu-1 800", "ezingu-3 750"), its thousands already joined by a comma. */
const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,.]\d)`;

/** Like `words`, for a phrase that ends in a prefix's hyphen before a figure ("ibingu-380", "ngo-20h00"). */
const prefixed = (source: string): RegExp => new RegExp(String.raw`(?<![\p{L}\p{M}\d])(?:${source})`, 'giu');

const RULES: readonly GlossRule[] = [
  // "1 800", "27 332": thousands with a space.
  [/(?<![\d,.])(\d{1,3}) (\d{3})(?![\d,.]?\d)/g, '$1,$2'],
  // Days: "mhla zi-4 kuJulayi 2024", "Ngomhla zingama-31 kuMasingana 2015", "26 kuNovemba 2025", "mhla ziyi-19 Novemba".
  [
    words(String.raw`(?:(?:ngo)?mhla\s)?(?:zi(?:nga|yi)?(?:ma)?-)?(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`),
    (all = '', d = '', m = '', y = '') => ` ${/mhla/i.test(all) ? `${all.startsWith('N') ? 'On' : 'on'} ` : ''}${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `,
  ],
  // "Isifinyezo senyanga kaJuni" (June's summary): a month's recap, no news.
  [words(String.raw`isifinyezo\s(?:senyanga\s)?${MONTH}`), (_, m = '') => ` ${month(m)} recap `],
  [words('isifinyezo'), ' recap '],
  // A month alone ("NgoJuni 2025", "kaJuni"): its name, not its prefix.
  [words(MONTH), (_, m = '') => ` ${month(m)} `],
  [words('sezizonke|sebebonke|sisonke'), ' in total '],
  // Weekdays: "NgoLwesine" (on Thursday), "ULwesihlanu", "sangoLwesine" (of Thursday).
  ...WEEKDAYS.map(([zu, en]): GlossRule => [words(`(ngo|sango|u)?${zu}`), (all = '', pre = '') => (/ngo$/i.test(pre) ? ` ${all.startsWith('N') ? 'On' : 'on'} ${en} ` : ` ${en} `)]),
  // "Izolo (19/02): … | Namuhla (20/02): …": each day's round on its own line.
  [/\s\|\s(?=(?:Izolo|Namuhla)\b)/g, '\n'],
  // "Kuthangi" (the day before yesterday) is no yesterday (two days ago: the reader leaves its day open).
  [words('kuthangi'), ' two days ago '],
  [words('izolo|wangayizolo'), ' yesterday '],
  [words('namuhla'), ' today '],
  [words('kuleli\\ssonto'), ' this week '],
  [prefixed('ngo-(?=\\d{1,2}[:h]\\d{2})'), ' at '],
  // "izinguquko … ziqala ngoMgqibelo" (the changes begin on Saturday): a day to come, no round's.
  [words('(?:ezizo|zizo|zi)qala'), ' will begin '],
  // Bylines: "Ngu-Thandeka Mkhize |".
  [/(?<![\p{L}])Ngu-(?=\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\|)/gu, ' By '],
  // Rounds: "umzuliswano #300", "imizuliswano emibili", "umzuliswano we-CEC odlule", "emzuliswaneni we-CEC odlule".
  [words(String.raw`(?:u|e)mzuliswan[oe]\s#(\d{1,3})(?:\swe-(Express\sEntry))?`), (_, n = '', ee = '') => ` ${ee ? 'Express Entry ' : ''}draw #${n} `],
  [words(String.raw`(?:u|e)mzuliswan(?:o|eni)\s((?:we-[A-Z]{2,5}\s)?)odlule`), (_, p = '') => ` the previous ${p.replace(/^we-/i, '')}draw `],
  [words(String.raw`imizuliswano\s(emibili|emithathu|emine|emihlanu)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  // A forecast: "umzuliswano we-CEC olandelayo" (the next CEC draw), "Kulindeleke ukuthi" (it is expected that), "Kungenzeka" (possibly).
  [words(String.raw`(?:u|e)mzuliswan(?:o|eni)\s((?:we-[A-Z]{2,5}\s)?)olandelayo`), (_, p = '') => ` the next ${p.replace(/^we-/i, '')}draw `],
  [words('kulindeleke(?:\\sukuthi)?'), ' it is expected that '],
  [words('kungenzeka'), ' possibly '],
  [words('ngesonto\\selizayo'), ' next week '],
  // A round told for its place in time: "Ngemuva kwezinsuku ezintathu umzuliswano we-PNP umeme abantu abangu-503" (three days after the PNP draw that invited 503).
  [
    words(`ngemuva\\skwezinsuku\\s(${Object.keys(DAYS).join('|')})(?:\\s(?:u|e)mzuliswan(?:o|eni))?`),
    (all = '', n = '') => ` ${sentenceCase(DAYS[n.toLowerCase()] ?? '', /^N/.test(all))} after the draw `,
  ],
  [words('umeme|owamema|owameme'), ' that invited '],
  [words(String.raw`umzuliswano\swokuqala`), ' the first draw '],
  [words(String.raw`omunye\sumzuliswano`), ' another draw '],
  [words(String.raw`(?:u|e|o)mzuliswan(?:o|eni)`), ' draw '],
  [words('imizuliswano'), ' draws '],
  // The tie-break: "Umthetho wokwehlukanisa abalinganayo (tie-breaking rule)".
  [words(String.raw`umthetho\swokwehlukanisa(?:\sabalinganayo)?(?:\s\(tie-?breaking\srule\))?`), ' tie-breaking rule '],
  // "cishe abantu abangu-3 000" (about 3,000 people): an approximate figure.
  [words('cishe'), ' about '],
  // Invitations and candidates: "izimemo ezingu-3 750", "Izimemo: 1 000", "abantu abangu-1 800", "391 bamenyiwe".
  [words(`(?:ngezimemo|izimemo)\\sezingu-${COUNT}`), ' $1 invitations '],
  [words('izimemo|ngezimemo'), ' invitations '],
  [words(String.raw`abantu\saba(?:yizinkulungwane\s\p{L}+\s\(|ngu-)${COUNT}\)?`), ' $1 candidates '],
  [words(`abangu-${COUNT}(?:\\sbe-([A-Z]{2,5}))?`), (_, n = '', p = '') => ` ${n} ${p ? `${p} ` : ''}candidates `],
  [words(`${COUNT}\\sbamenyiwe`), ' $1 invitations '],
  [words('bamenyiwe'), ' were invited '],
  [words('yamema|imeme'), ' invited '],
  [words('yenze'), ' held '],
  // Cut-offs: "Amaphuzu aphansi e-CRS abengu-436", "i-CRS ephansi engu-445", "I-CRS ephansi ibingu-380", "i-CRS engu-699".
  [prefixed(String.raw`amaphuzu\saphansi\se-CRS(?:\sabengu-|\sabe\sngu-)?`), ' minimum CRS score '],
  [prefixed(String.raw`i-CRS\sephansi(?:\s(?:engu|ibingu|yayingu)-)?`), ' minimum CRS score '],
  [prefixed(String.raw`(?:i-)?CRS\s(?:engu|ibingu|yaba\sngu|ngu)-`), ' CRS score '],
  [prefixed(String.raw`(?:i-)?CRS\syehle\sukusuka\sku-`), ' CRS fell from '],
  [words('amaphuzu'), ' points '],
  // Programs.
  [words(String.raw`(?:ovulekele\s)?zonke\sizinhlelo`), ' all programs '],
  [words(String.raw`(?:w|y)emisebenzi\syezandla`), ' trade occupations '],
  [words(String.raw`(?:w|y)emisebenzi\syezempilo|wezempilo`), ' healthcare occupations '],
  [words(String.raw`(?:ubuchule\sbe|imizuliswano\sye|ye)?siFulentshi|isiFulentshi`), ' French-language '],
  [words('imisebenzi\\sye-STEM'), ' STEM occupations '],
  [words('amasosha'), ' military '],
  [words('abaphathi\\sabaphezulu'), ' senior managers '],
  // The class prefixes before a borrowed name or a figure: "i-IRCC", "we-Express Entry", "be-CEC", "yi-IRCC" (by IRCC).
  [words('yi-(?=[A-Z])'), ' by '],
  [/(?<![\p{L}])(?:i|e|we|ye|be|ze|ne|le|I|E)-(?=[A-Z])/gu, ' '],
  // Joining words the English patterns lean on.
  [words('kanye\\sne|kanye|futhi'), ' and '],
  [prefixed('(?:aba)?ngaphezu\\skuka-'), ' more than '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Zulu writes (its draw words, and function words no other language has). */
const ZULU_WORD = words(
  'umzuliswano|imizuliswano|izimemo|ezingu|abangu|engu|amaphuzu|aphansi|ephansi|abantu|yamema|imeme|bamenyiwe|yenze|namuhla|izolo|lokhu|ukuthi|kakhulu|kanye|futhi|zonke|izinhlelo|izindaba|ngoLwesine|ngoLwesithathu|ngoLwesihlanu|ngoMsombuluko|ngoLwesibili|Sanibonani|noma|kodwa',
);
/** A cheap first test: a page with none of these is not Zulu. */
export const ZULU_HINT = compiledNow(/\b(?:umzuliswano|imizuliswano|izimemo|amaphuzu|bamenyiwe|yamema|namuhla|izolo|ukuthi|lokhu)\b/i);

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export function isZulu(text: string): boolean {
  if (writtenWith(text, ZULU_WORD, 5)) return true;
  // A one-line post ("Izolo (19/02): Physicians — 391 bamenyiwe, CRS 169 | Namuhla (20/02): …"): three different, a fourth of its words.
  const found = (text.match(ZULU_WORD) ?? []).map((w) => w.toLowerCase());
  return new Set(found).size >= 3 && found.length * 4 >= (text.match(/\p{L}+/gu) ?? []).length;
}

/** A Zulu page glossed into English. */
export const glossZulu = (text: string): string => glossInTurn(text, CASED_RULES);
