import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, ordinalNumber } from './gloss-rules.ts';

/**
 * Ilocano (Iloko) draw news glossed into the English the reader knows, as `gloss-cebuano.ts` does for Cebuano (docs/parser.md,
 * "Korean and Ilocano"): months and weekdays of Spanish stock in their Ilocano spelling ("Hunio 13, 2015", "Nobiembre 23",
 * "Biernes", "Mierkoles"), "idi kalman" (yesterday), "ita nga aldaw" (today), "daytoy a lawas" (this week), "idi" before a day
 * (on), counts with their linker ("1,800 nga ITA" → "1,800 invitations", "1,501 a kandidato" → "1,501 candidates", "4,750 ti
 * naimbitaran" → "4,750 were invited"), cut-offs ("ti kababaan a CRS ket 482 a puntos" → "the minimum CRS was 482 points"),
 * rounds ("maika-236 a round" → "the 236th round", "Dua a draw" → "Two draws"), a verb before its subject ("nangiruar ti IRCC
 * iti" → "IRCC issued") and the words of a draw report. Tagalog, which the English reader reads as it is, and Cebuano share the
 * months, "nga" and "a": a page is Ilocano only by the words neither writes ("iti", "dagiti", "kadagiti", "ken", "ket",
 * "daytoy", "kalman", "aldaw", "lawas", "wenno", "laeng", "naimbitaran", "kababaan"). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['ene', 'January'],
  ['peb|feb', 'February'],
  ['mar', 'March'],
  ['abr', 'April'],
  ['may', 'May'],
  ['hun|jun', 'June'],
  ['hul|jul', 'July'],
  ['ago', 'August'],
  ['set|sep', 'September'],
  ['okt|oct', 'October'],
  ['nob|nov', 'November'],
  ['dis|dic', 'December'],
];
const MONTH_WORD = String.raw`Enero|Pebrero|Febrero|Marso|Marzo|Abril|Mayo|Hunio|Junio|Hulio|Julio|Agosto|Septiembre|Setiembre|Setiembre|Oktubre|Octubre|Nobiembre|Noviembre|Disiembre|Diciembre`;
const MONTH = String.raw`(${MONTH_WORD}|Ene|Peb|Abr|Hun|Hul|Ago|Sept?|Set|Okt|Nob|Dis)\.?`;
const month = monthNamer(MONTHS, 'i');
const nth = ordinalNumber;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Lunes', 'Monday'],
  ['Martes', 'Tuesday'],
  ['Mierkoles|Miercoles|Mierkules|Miyerkoles', 'Wednesday'],
  ['Huebes|Huwebes|Jueves', 'Thursday'],
  ['Biernes|Biyernes|Viernes', 'Friday'],
  ['Sabado', 'Saturday'],
  ['Domingo', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { dua: 'two', tallo: 'three', uppat: 'four', lima: 'five', innem: 'six' };
const number = (n: string): string => NUMBERS[n.toLowerCase()] ?? n;
/** A weekday's Ilocano names, any of them. */
const WEEKDAY = WEEKDAYS.map(([ilo]) => ilo).join('|');
/** Who did it: IRCC, CIC, Canada, the government, a name in capitals with its bracket ("Immigration, … Canada (IRCC)"). */
const AGENT = String.raw`((?:IRCC|CIC|Canada|gobierno(?:\sti\s(?!iti\s|ti\s)[A-Za-z]+(?:\s(?:Columbia|Scotia|Brunswick|Zealand|Island))?)?|Immigration,?\sRefugees\sand\sCitizenship\sCanada|Citizenship\sand\sImmigration\sCanada)(?:\s\([A-Z]{2,5}\)|\s\([A-Z][A-Za-z ]{5,60}\))?)`;
/** The verbs of a round ("nangiruar", issued; "inangay", held; "nangited", gave; "nangimbitar", invited), past tense English. */
const VERBS: Readonly<Record<string, string>> = { nangiruar: 'issued', inruar: 'issued', inangay: 'held', nangited: 'gave', nangimbitar: 'invited', inimbitar: 'invited', nangaramid: 'held' };
const verb = (v: string): string => VERBS[v.toLowerCase()] ?? v;

const RULES: readonly GlossRule[] = [
  // "Dagup ti Hunio 2025 iti Express Entry" (June 2025's sum in Express Entry): a month's recap, which announces none of its rounds.
  [words(String.raw`Dagup\sti\s${MONTH}\s((?:19|20)\d\d)(?:\s(?:iti|ti)\sExpress\sEntry)?`), (_, m = '', y = '') => ` ${month(m)} ${y} recap of Express Entry `],
  // Days: "Hunio 13, 2015", "Nobiembre 23, 2022", "Agosto 3–7, 2020", day first "13 Hunio 2015"; a month alone "Hulio 2024".
  [
    words(String.raw`${MONTH}\s(\d{1,2})(?![\d:])(?:([–-])(\d{1,2}))?(?:,?\s((?:19|20)\d\d))?`),
    (_, m = '', d = '', dash = '', d2 = '', y = '') => ` ${month(m)} ${String(Number(d))}${dash ? `${dash}${d2}` : ''}${y ? `, ${y}` : ''} `,
  ],
  [words(String.raw`(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [words(`(?:bulan\\sti\\s)?(${MONTH_WORD})`), (all = '', m = '') => ` ${/^bulan/i.test(all) ? 'the month of ' : ''}${month(m)} `],
  // "Idi kalman, Biernes" (yesterday, Friday), "idi Mierkoles" (on Wednesday), "idi napalabas a Lunes" (last Monday).
  [words('idi\\skalman|kalman'), ' yesterday '],
  [words('idi\\sbigat'), ' yesterday morning '],
  [words('idi\\srabii'), ' last night '],
  [words('(?:ita|itatta)\\snga\\sagsapa'), ' this morning '],
  [words('intono'), ' next '],
  [words('awan\\s(?:pay\\s)?ti\\s((?:Express\\sEntry\\s)?draw)'), ' no $1 '],
  [words('baro\\sa\\sdraw'), ' new draw '],
  [words('(?:ita|itatta)\\snga\\saldaw|ita\\s(?=\\((?:' + WEEKDAY + ')\\b)'), ' today '],
  [words(`idi\\snapalabas\\sa\\s(${WEEKDAY})`), (_, d = '') => ` last ${WEEKDAYS.find(([ilo]) => new RegExp(`^(?:${ilo})$`, 'i').test(d))?.[1] ?? d} `],
  ...WEEKDAYS.map(([ilo, en]): GlossRule => [words(`(?:idi\\s)?(?:${ilo})`), (all = '') => (/^idi/i.test(all) ? ` on ${en} ` : ` ${en} `)]),
  [words('lawas\\sti\\sExpress\\sEntry'), ' Express Entry week '],
  [words('daytoy\\sa\\slawas|iti\\sdaytoy\\sa\\slawas'), ' this week '],
  [words('(?:iti\\s)?napalabas\\sa\\slawas'), ' last week '],
  [words('(?:iti\\s)?umay\\sa\\slawas|(?:iti\\s)?sumaruno\\sa\\slawas'), ' next week '],
  [words('(?:iti\\s)?umay\\sa\\stawen'), ' next year '],
  [words('(?:ti\\s)?napalabas\\sa\\stawen'), ' the past year '],
  [words('idi(?=\\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)'), ' on '],
  // "iti 22:09:00", "alas 2:46", "iti alas 18:57:31" (at).
  [words(String.raw`(?:iti\s)?alas(?=\s\d{1,2}:\d{2})|iti(?=\s\d{1,2}:\d{2})`), ' at '],
  [words('Naipablaak|Naipost'), ' Published '],
  [words('Sinurat\\sni'), ' By '],
  // Rounds: "maika-236 a round", "maika-10 a draw", "Draw #75"; "Dua a category draw" (two category draws), "dua a draw".
  [words(String.raw`(?:ti\s)?maika-?(\d{1,3})\sa\s(round|draw)`), (_, n = '', what = '') => ` the ${nth(n)} ${what} `],
  [words(String.raw`(dua|tallo|uppat|lima|innem)\s(?:a|ti)\s(category\s|all-program\s|Express\sEntry\s)?draw(?:s)?`), (_, n = '', kind = '') => ` ${number(n)} ${kind}draws `],
  // "nababbaba (daytoy) iti 41 a puntos ngem" (41 points lower than), "tallo a puntos a nababbaba ngem" (three points lower than).
  [
    words(String.raw`(nababbaba|nangatngato)(\sdaytoy)?\siti\s(\d{1,3})\s(?:a|nga)\spuntos(?=\sngem)`),
    (_, v = '', self = '', n = '') => ` ${self ? 'this was ' : ''}${n} points ${/^nab/i.test(v) ? 'lower' : 'higher'} `,
  ],
  [
    words(String.raw`(\d{1,3}|dua|tallo|uppat|lima|innem)\s(?:a|nga)\spuntos\sa\s(nababbaba|nangatngato)(?=\sngem)`),
    (_, n = '', v = '') => ` ${number(n)} points ${/^nab/i.test(v) ? 'lower' : 'higher'} `,
  ],
  [words(String.raw`(?:iti|ti)\snapalabas\sa\s(?:(CEC|PNP|STEM|French|healthcare|all-program)\s)?draw`), (_, p = '') => ` in the previous ${p ? `${p} ` : ''}draw `],
  [words(String.raw`ngem\sti\skaudian\sa\s(?:(CEC|PNP|STEM|French|healthcare|all-program)\s)?draw`), (_, p = '') => ` than the previous ${p ? `${p} ` : ''}draw `],
  [/(?<=(?:lower|higher)\s)ngem\sti(?=\s)/giu, 'than the'],
  [words('ngem\\sti(?=\\s\\d)'), ' than '],
  [words('umuna\\sa'), ' the first '],
  [words('(?:iti\\s)?maysa\\smanen\\sa'), ' another '],
  [words('Adayo\\sdaytoy\\siti'), ' This is far from '],
  [words('idi\\skua'), ' at that time '],
  [words('(?:ti\\s)?sumaruno\\sa\\s(?:(CEC|PNP|STEM|French|healthcare|all-program)\\s)?draw'), (_, p = '') => ` the next ${p ? `${p} ` : ''}draw `],
  // "dua a draw ti inangay ti IRCC" (IRCC held two draws): the subject after "ti".
  [words(String.raw`ti\s(?:inangay|naangay)\sti\s${AGENT}`), (_, who = '') => ` were held by ${who} `],
  // The verb before its subject: "nangiruar (manen) ti IRCC iti" (IRCC issued), "inangay ti IRCC ti" (IRCC held).
  [
    words(String.raw`(nangiruar|inruar|inangay|nangited|nangimbitar|inimbitar|nangaramid)\s(?:manen\s)?ti\s${AGENT}(?:\s(?:iti|ti))?`),
    (all = '', v = '', who = '') => ` ${who.replace(/^gobierno/i, 'the government').replace(/\sti\s/, ' of ')} ${verb(v)}${/manen/i.test(all) ? ' again' : ''} `,
  ],
  // Approximate figures: "agarup 110,266" (about), "nasurok a 3,000" (more than), "dandani 3,000" (nearly).
  [words('agarup(?=\\s\\d)'), ' about '],
  [words('nasurok\\s(?:a|nga|ngem)(?=\\s\\d)'), ' more than '],
  [words('dandani(?:\\s(?:a|nga))?(?=\\s\\d)'), ' nearly '],
  // "agingga iti 4,000 nga ITA" (up to 4,000), "manipud iti 508" (from 508: the earlier figure of a change).
  [words('agingga\\s(?:iti|ti)(?=\\s\\d)'), ' up to '],
  [words('(?:bimaba|bimmaba)\\smanipud(?:\\s(?:iti|ti))?(?=\\s\\d)'), ' down from '],
  [words('(?:ngimmato|immangato)\\smanipud(?:\\s(?:iti|ti))?(?=\\s\\d)'), ' up from '],
  [words('manipud(?:\\s(?:iti|ti))?(?=\\s\\d)'), ' from '],
  // Counts: "1,800 nga ITA", "3,500 nga Invitation to Apply", "1,501 a kandidato", "4,750 ti naimbitaran", "500 laeng nga ITA".
  [words(`${WORD_COUNT}\\s(?:laeng\\s)?(?:nga|a)\\s(?:ITAs?|imbitasion|invitations?)(?!\\sto\\sApply)`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\s(?:nga|a)\\sInvitations?\\sto\\sApply`), ' $1 Invitations to Apply '],
  [words(`${WORD_COUNT}\\s(?:nga|a)\\s(?:kandidato|aplikante|tattao|tao)\\s(?:laeng\\s)?ti\\s(?:naimbitaran|naawis)`), ' $1 candidates were invited '],
  [words(`${WORD_COUNT}\\s(?:nga|a)\\s(?:kandidato|aplikante|tattao|tao)`), ' $1 candidates '],
  [words(`${WORD_COUNT}\\s(?:laeng\\s)?ti\\s(?:naimbitaran|naawis)`), ' $1 candidates were invited '],
  [words('ti\\snakaawat\\siti|nakaawat\\siti'), ' received '],
  [words('ti\\snaited\\skadagiti|naited\\skadagiti'), ' were given to those '],
  [words('ti\\snaited'), ' were issued '],
  [words('naimbitaran|naawis'), ' invited '],
  // Cut-offs: "ti kababaan a CRS (score) ket 482 a puntos", "kababaan a CRS 223", "457 ti kababaan a CRS".
  [words(String.raw`(\d{2,4})\sti\skababaan(?:\sa\sCRS(?:\sscore)?)?`), ' minimum CRS score of $1 '],
  [words('(?:ti\\s)?kababaan\\s(?:a|nga)\\s(?:CRS(?:\\sscore)?|puntos|iskor)'), ' minimum CRS score '],
  [words('kababaan'), ' the minimum '],
  [words('kangatuan'), ' the maximum '],
  [words('ket(?=\\s\\d)'), ' was '],
  [words(String.raw`(\d{2,4})\s(?:a|nga)\spuntos`), ' $1 points '],
  [words('puntos'), ' points '],
  [words('iskor'), ' score '],
  [words('bimaba\\siti|bimmaba\\siti'), ' fell to '],
  [words('ngimmato\\siti|immangato\\siti'), ' rose to '],
  [words('nababbaba'), ' lower '],
  [words('nangatngato'), ' higher '],
  // Programs.
  [words('(?:iti\\s)?amin\\sa\\sprograma'), ' all programs '],
  [words('awan\\sti\\snaituding\\sa\\sprograma'), ' no specific program '],
  [words('Maipapan\\siti'), ' As for the '],
  [words('ti\\sinusar\\sti\\s(IRCC|CIC)'), ' was used by $1 '],
  // Guides, forecasts and recaps.
  [words('Gabay'), ' Guide '],
  [words('Ania\\sti'), ' What is '],
  [words('Kasano\\sti'), ' How is '],
  [words('Pagarigan'), ' For example '],
  [words('Dagup'), ' Total '],
  [words('(?:ti\\s)?padto|mapadpadto|namnamaen|mangnamnama|inanamaen'), ' expected '],
  [words('mabalin\\sa'), ' may '],
  [words('Basaen\\spay'), ' Related '],
  [words('Damag'), ' News '],
  [words('kadagiti\\saddaan\\siti'), ' to those with '],
  [words('para\\skadagiti'), ' for '],
  [words('kadagiti'), ' to the '],
  [words('dagiti'), ' the '],
  [words('daytoy'), ' this '],
  [words('manen'), ' again '],
  [words('laeng'), ' only '],
  [words('ken'), ' and '],
  [words('wenno'), ' or '],
  [words('ngem'), ' but '],
  [words('ket'), ' and '],
  [words('iti'), ' in '],
  // "ti" after a noun is "of" ("round ti Express Entry"), before one "the".
  [/(?<=\b(?:round|rounds|draw|draws|News|website|profile|account)\s)ti(?=\s)/giu, 'of'],
  [words('ti'), ' the '],
];

/** Words only Ilocano writes (Tagalog writes "sa", "ng", "at", "ay", "kahapon", "ngayon"; Cebuano "sa", "ug", "gahapon", "karon"). */
const ILOCANO_WORD = words(
  'iti|dagiti|kadagiti|ken|ket|daytoy|dayta|idi|kalman|aldaw|lawas|tawen|wenno|ngem|laeng|manen|met|ditoy|idiay|naimbitaran|nakaawat|kababaan|kangatuan|nangiruar|inangay|naited|nangited|maika|tallo|uppat|addaan|awan|agarup|tunggal|kakailian|agyaman|Hunio|Hulio|Nobiembre|Disiembre|Biernes|Huebes|Mierkoles|damag|dagup|bulan|intero|nababbaba|napalabas|kaudian|umuna|sumaruno|mabalin|agtrabaho|agtrabtrabaho',
);
/** A cheap first test: a page with none of these is not Ilocano. */
export const ILOCANO_HINT = /\b(?:iti|dagiti|kadagiti|daytoy|kalman|naimbitaran|kababaan|laeng|wenno)\b/i;

/**
 * Eight of the words, five of them different; or, a short post, five different making up a sixth of its words; or, an alert of
 * 30 words at most, three different making up a sixth ("Draw #437 ita nga aldaw: …, kababaan a CRS 382. Agyaman kami!").
 */
export function isIlocano(text: string): boolean {
  const found = (text.match(ILOCANO_WORD) ?? []).map((w) => w.toLowerCase());
  const different = new Set(found).size;
  const all = (text.match(/\p{L}+/gu) ?? []).length;
  if (different < 5) return different >= 3 && all <= 30 && found.length * 6 >= all;
  return found.length >= 8 || found.length * 6 >= all;
}

/** A rule whose English starts a sentence where the Ilocano did ("Idi Biernes" → "On Friday"), a function's too. */
const cased = ([pattern, to]: GlossRule): GlossRule =>
  typeof to === 'string'
    ? keepCase([pattern, to])
    : [pattern, (...m: string[]) => to(...m).replace(/^(\s*)(\p{Ll})/u, (all, space: string, letter: string) => (/^\p{Lu}/u.test(m[0] ?? '') ? space + letter.toUpperCase() : all))];
const CASED_RULES = RULES.map(cased);

/** An Ilocano page glossed into English. */
export const glossIlocano = (text: string): string => glossInTurn(text, CASED_RULES);
