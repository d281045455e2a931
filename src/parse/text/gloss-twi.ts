import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Twi (Akan) draw news glossed into the English the reader knows, in the shape of `gloss-kinyarwanda.ts` (docs/parser.md "Twi
 * and Lingala"): Twi months and weekdays ("Dwoada 16/02" → "Monday, February 16"), "nnɛ" (today), "nnera"/"ɛnnora" (yesterday),
 * "nnawɔtwe yi mu" (this week); counts ("nsato 442" → "442 invitations", "wɔde nsato krataa (ITA) 5,000 na ɛmaa" → "issued
 * 5,000 invitations"); cut-offs ("CRS a ɛba fam koraa yɛ 760" → "the minimum CRS score was 760", "CRS ketewa koraa"); rounds
 * ("Round no nɔma yɛ 390" → "Round #390", "IRCC too … draw" → held); programs ("nnipa a wɔte French kasa yiye" → French-speaking
 * candidates, "programs nyinaa" → all programs, "nnɔkotafoɔ" → physicians); a year's account, a forecast. Words the glossary
 * does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['ɔpɛpɔn', 'January'],
  ['ɔgyef', 'February'],
  ['ɔbɛnem', 'March'],
  ['oforisuo', 'April'],
  ['kɔtɔnimma', 'May'],
  ['ayɛwoh', 'June'],
  ['kitawonsa', 'July'],
  ['ɔsanaa', 'August'],
  ['ɛbɔ', 'September'],
  ['ahinime', 'October'],
  ['obubuo', 'November'],
  ['ɔpɛnimma', 'December'],
];
const MONTH = '(Ɔpɛpɔn|Ɔgyefuo|Ɔgyefoɔ|Ɔgyefo|Ɔbɛnem|Oforisuo|Kɔtɔnimma|Ayɛwohomumu|Ayɛwohumumu|Kitawonsa|Ɔsanaa|Ɛbɔ|Ahinime|Obubuo|Ɔpɛnimma)';
const month = monthNamer(MONTHS, 'iu');

const WEEKDAY: Readonly<Record<string, string>> = {
  dwoada: 'Monday',
  benada: 'Tuesday',
  wukuada: 'Wednesday',
  yawoada: 'Thursday',
  fiada: 'Friday',
  memeneda: 'Saturday',
  kwasiada: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERS: Readonly<Record<string, string>> = { mmienu: 'two', mmiɛnsa: 'three', mmiensa: 'three', nnan: 'four', nnum: 'five' };
const COUNT = WORD_COUNT;

const RULES: readonly GlossRule[] = [
  // Days: "24 Ɔbɛnem 2023", "Ɔsanaa 17".
  [words(String.raw`(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [words(String.raw`${MONTH}\s(\d{1,2})(?![\d:])`), (_, m = '', d = '') => ` ${month(m)} ${String(Number(d))} `],
  // A round-up's "Dwoada 16/02": Ghana writes the day first; a day and month that are no day and month stay as written.
  [
    words(String.raw`(${WEEKDAYS})\s(\d{1,2})/(\d{1,2})(?![/\d])`),
    (all = '', w = '', d = '', m = '') => (Number(d) >= 1 && Number(d) <= 31 && MONTH_NAMES[Number(m) - 1] ? ` ${weekdayOf(w)}, ${MONTH_NAMES[Number(m) - 1] ?? ''} ${String(Number(d))}` : all),
  ],
  [words(WEEKDAYS), (w = '') => ` ${weekdayOf(w)} `],
  // A month's account: "Kitawonsa bosome (yi) mu" (in July), before the month is read alone.
  [words(String.raw`${MONTH}\sbosome(?:\syi)?(?:\smu)?`), (_, m = '') => ` in ${month(m)} `],
  // "(ɛ)nnɛ" (today), "nnera"/"ɛnnora" (yesterday), "(ɛ)nnansa" (the day before yesterday; "nnansa yi" is these days), "ɔkyena" (tomorrow).
  [words('ɛnnɛ|nnɛ'), ' today '],
  [words('ɛnnora|nnora|nnera|ɛnnɛra|nnɛra'), ' yesterday '],
  [words('ɔkyena'), ' tomorrow '],
  // "Nnawɔtwe yi mu draws:" (this week's draws), a round-up's heading: "Draws this week:" as English writes it.
  [words('nnawɔtwe\\syi(?:\\smu)?\\s(draws|rounds)(?=\\s?:)'), ' $1 this week '],
  [words('nnawɔtwe\\syi(?:\\smu)?'), ' this week '],
  [words('nnawɔtwe\\sa\\satwam'), ' last week '],
  [words('nnawɔtwe\\sa\\s(?:ɛdi\\shɔ|ɛreba)'), ' next week '],
  [words('nnansa\\syi(?:\\smu)?'), ' these days '],
  [words('ɛnnansa|nnansa'), ' the day before yesterday '],
  [words('bosome\\sa\\satwam'), ' last month '],
  // A year's account: "Afe 2025 mu Express Entry nsɛm: Deɛ ɛsiiɛ nyinaa" (everything that happened).
  [words('deɛ\\sɛsiiɛ\\snyinaa'), ' Year in review '],
  [words('afe\\s((?:19|20)\\d\\d)(?:\\smu)?'), ' in $1 '],
  // A forecast: "yɛhwɛ kwan sɛ" (we expect that), "nkɔmhyɛ".
  [words('(?:yɛ|wɔ)hwɛ\\skwan(?:\\ssɛ)?'), ' expected '],
  [words('nkɔmhyɛ'), ' forecast '],
  [words('akwankyerɛ'), ' Guide '],
  [words('nhwɛsoɔ'), ' For example '],
  [words('nsɛm\\stiawa'), ' recap '],
  [words('ansa\\sna\\sɛno\\sreba\\sno,?'), ' Previously, '],
  [words('kyerɛwfoɔ\\s?:'), ' By '],
  // Hedged figures: "bɛyɛ 4,000" (about), "(bɛ)boro 500" (more than; "boro 470 kakra", a little over), "kɔsi 5,000" (up to).
  [words(String.raw`bɛyɛ(?=\s\d)`), ' about '],
  [words(String.raw`(?:bɛ)?boro(?=\s\d)`), ' more than '],
  [words(String.raw`(?:kɔsi|kopem)(?=\s\d)`), ' up to '],
  // Rounds: "Round no nɔma yɛ 390" (the round's number is 390), "draw mmienu" (two draws), "edi kan" (first).
  [words(String.raw`(?:round|draw)\sno\snɔma\syɛ\s(\d{1,3})(?![\d,])`), ' Round #$1 '],
  [words(`draw\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('a\\sedi\\skan'), ' first '],
  [words('kɛseɛ'), ' big '],
  [words('foforɔ'), ' new '],
  // Who held it: "IRCC too … draw", "wɔtoo", "wɔsan too" (held again), "ato … draw".
  [words('wɔsan\\stoo'), ' again held '],
  [words('wɔtoo|wɔato'), ' held '],
  [words(String.raw`(?:too|ato)(?=\s(?:[\p{L}\d()]+\s){0,6}?draw)`), ' held '],
  // Counts: "wɔde nsato krataa (ITA) 5,000 na ɛmaa", "wɔde ITA 1,000 maeɛ", "Wɔmaa nsato 8,000", "nsato 442", "ITA 3,300".
  [words(`wɔde\\s(?:nsato\\s(?:krataa\\s)?)?(?:\\(ITA\\)\\s|ITA\\s)?${COUNT}\\s(?:na\\s)?(?:ɛmaa|maeɛ|maa)`), ' issued $1 invitations '],
  [words(`(?:wɔ)?maa\\snsato\\s${COUNT}`), ' issued $1 invitations '],
  [words(`nsato\\s(?:krataa\\s)?(?:\\(ITA\\)\\s)?${COUNT}`), ' $1 invitations '],
  [words(`ITA\\s${COUNT}(?!\\s?(?:ITA|invit))`), ' $1 invitations '],
  [words('nsato\\skrataa|nsato'), ' invitations '],
  // Cut-offs: "CRS nsenia a ɛba fam koraa yɛ 382", "CRS a ɛba fam yɛ 511", "CRS ketewa koraa: 523", "CRS kɔɔ fam kɔduruu 379".
  [words(String.raw`CRS(?:\snsenia)?\sa\sɛba\sfam(?:\skoraa)?\syɛ`), ' the minimum CRS score was '],
  [words(String.raw`CRS(?:\snsenia)?\s(?:a\sɛba\sfam(?:\skoraa)?|ketewa(?:\skoraa)?)`), ' minimum CRS score '],
  [words('kɔɔ\\sfam\\skɔduruu'), ' fell to '],
  [words('nsenia'), ' score '],
  // Programs.
  [words('(?:ama|ma)\\snnipa\\sa\\swɔte\\sFrench\\skasa(?:\\syiye)?'), ' for French-speaking candidates '],
  [words('French\\skasa'), ' French-language '],
  [words('(?:ma\\s)?programs\\snyinaa'), ' for all programs '],
  [words('nnɔkotafoɔ'), ' physicians '],
  [words('Canada\\sadwuma\\ssuahunu'), ' Canadian work experience '],
  [words('aban\\sadwumakuo'), ' government agency '],
  [words('yei\\sne'), ' this is '],
  [words('nko\\sara'), ' only '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Twi writes (not "na", "ne", "no", "mu": Lingala, Swahili or English write them). */
const TWI_WORD = words(
  'nnɛ|ɛnnɛ|nnera|ɛnnora|nnora|nnansa|ɛnnansa|bosome|atwam|ɛdi|nnipa|wɔ|wɔde|wɔtoo|wɔmaa|wɔn|nsato|koraa|ɛba|yɛ|afe|nsɛm|asɛm|sɛ|anaa|yei|ɛno|nyinaa|foforɔ|kasa|ɛmaa|nnawɔtwe|nso|bio|yiye|Dwoada|Benada|Wukuada|Yawoada|Fiada|Memeneda|Kwasiada|ɛkyerɛ|kyerɛ|krataa|nkrataa|ansa|saa|bere|deɛ',
);
/** A cheap first test, one letter class: Twi writes "ɛ" and "ɔ" in most sentences ("nnɛ", "wɔ", "yɛ"); English never. */
export const TWI_HINT = /[ɛɔƐƆ]/;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isTwi = (text: string): boolean => writtenWith(text, TWI_WORD, 5);

/** A Twi page glossed into English. */
export const glossTwi = (text: string): string => glossInTurn(text, CASED_RULES);
