import { glossInTurn, keepCase, markEarlier, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT } from './gloss-rules.ts';

/**
 * Gagauz (Latin script) draw news glossed into the English the reader knows, in the shape of `gloss-turkish.ts` (docs/parser.md
 * "Crimean Tatar and Gagauz"): thousands with a space or a point ("3 515 davet" → 3,515 invitations); dates with its months and
 * their endings ("19 avgust 2026", "28 mayda", "11 sentäbri 2023"), weekdays ("bazertesi" → Monday, "perşembä" → Thursday),
 * "bügün" (today), "dün" (yesterday), "bu aftada" (this week); rounds ("437-ci raundu", "raund № 435" → draw #437, #435; "iki
 * raund" → two draws); counts ("3000 kandidat davet aldı", "3 515 davet yolladı", "Davet sayısı"); cut-offs ("En az CRS balı",
 * "en aşaa CRS", "minimum 760 bal"); the tie-break ("Tie-breaking kuralı"); programs; a month's recap, a province's own round. A
 * sentence with "geçän" (previous) or "ileri" (before) tells of an earlier round. Words it does not know stay.
 */

const MONTHS: MonthTable = [
  ['yan', 'January'],
  ['fev', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['may', 'May'],
  ['iyun', 'June'],
  ['iyul', 'July'],
  ['avg', 'August'],
  ['sen', 'September'],
  ['okt', 'October'],
  ['noy', 'November'],
  ['dek', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month with its endings ("mayda", "avgustta", "sentäbri", "iyun ayında"). */
const MONTH = String.raw`(yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentäbri|sentäbr|sentyabr|oktäbri|oktäbr|oktyabr|noyabri|noyabr|dekabri|dekabr)(?:da|dä|ta|tä|daki|däki|taki|täki|ın|in|ä|a)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Bazertesi|Pazartesi|Pazertesi', 'Monday'],
  ['Salı', 'Tuesday'],
  ['Çarşamba', 'Wednesday'],
  ['Perşembä|Perşembe', 'Thursday'],
  ['Cumaertesi', 'Saturday'],
  ['Cuma', 'Friday'],
  ['Pazar|Bazar', 'Sunday'],
];
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const weekday = (w: string): string => WEEKDAYS.find(([ga]) => new RegExp(`^(?:${ga})$`, 'iu').test(w))?.[1] ?? '';
const NUMBERS: Readonly<Record<string, string>> = { iki: 'two', üç: 'three', dört: 'four', beş: 'five' };
const number = (w: string): string => NUMBERS[w.toLowerCase()] ?? w;

/** A round's noun with its endings ("raund", "raundu", "raundunu", "raundunda", "raundları"). */
const DRAW = String.raw`raund(?:u|unu|unda|una|da|a|lar|ları|larında|ları)?`;

/** A sentence with "geçän"/"geçen" (previous) or "ileri"/"önce" (before) tells of an earlier round. */
const EARLIER = /\b[Gg]eç[äe]n\s\p{L}*\s?raund|\bileri\b|\bönce\b/u;

const RULES: readonly GlossRule[] = [
  // "3 515", "3.000" are 3,515 and 3,000 ("01.03.2026" is a day).
  [/(?<![\d.,])(\d{1,3})[. ](\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  // Hedged counts: "aşaa-yukarı 3000", "3000-ä yakın" (about), "3000-dän zeedä", "taa çok 3000" (more than), "3000-ä kadar" (up to).
  [words(`(?:aşaa[-\\s]yukarı|aşaa[-\\s]yukaar|yakın)\\s${WORD_COUNT}`), ' about $1 '],
  [words(`${WORD_COUNT}[-'’]?(?:ä|a|e|yä|ya)\\syakın`), ' about $1 '],
  [words(`${WORD_COUNT}[-'’]?(?:dän|dan|tän|tan|den)\\s(?:zeedä|taa\\sçok|çok|fazla)`), ' more than $1 '],
  [words(`taa\\sçok\\s${WORD_COUNT}`), ' more than $1 '],
  [words(`${WORD_COUNT}[-'’]?(?:ä|a|e|yä|ya)\\s(?:kadar|kadar)`), ' up to $1 '],
  [words(`en\\sçok\\s${WORD_COUNT}`), ' up to $1 '],
  // Rounds: "437-ci raundu", "raund № 435" (read "No. 435" by then), "#200 raund".
  [words(String.raw`(\d{1,3})[-'’]?(?:ci|cı|cu|cü|ncı|nci|inci|ıncı|uncu|üncü)\s(?:Express\sEntry\s)?${DRAW}`), ' draw #$1 '],
  [words(String.raw`${DRAW}\s(?:No\.|№|#|nomer)\s?(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`#(\d{1,3})\s${DRAW}`), ' draw #$1 '],
  // Suffixes after an apostrophe: "Kanada'da".
  [/(?<=[\p{L}\d])['’][a-zçğıöşüäê]{1,6}(?![\p{L}])/gu, ''],
  // A month's recap: "Iyun ayın Express Entry topluması", "aylık topluma".
  [words(`${MONTH}\\say(?:ın|ının)\\s(?:Express\\sEntry\\s)?topluması`), (_, m = '') => ` Monthly recap: ${month(m)}: Express Entry `],
  [words('aylık\\stopluma(?:sı)?'), ' monthly recap '],
  [words('yıllık\\stopluma(?:sı)?'), ' year in review '],
  [words('topluma(?:sı)?'), ' recap '],
  // Days: "19 avgust 2026", "28 mayda", "17 avgust, bazertesi", "11 sentäbri 2023 20:24:18".
  [
    words(`(\\d{1,2})\\s${MONTH}(?:,?\\s${YEAR})?(?:,?\\s${WEEKDAY})?`),
    (_, d = '', m = '', y = '', w = '') => ` ${w ? `on ${weekday(w)}, ` : ''}${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `,
  ],
  [words(`${WEEKDAY}\\sgünü`), (_, w = '') => ` on ${weekday(w)} `],
  ...WEEKDAYS.map(([ga, en]): GlossRule => [words(ga), ` ${en} `]),
  [words(`(yanvar|fevral|mart|aprel|iyun|iyul|avgust|sentäbri|oktäbri|noyabri|dekabri)(?:\\s${YEAR})?\\s?(?:ayında|ayın|ayı)`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words('bügün(?:kü)?|bugün'), ' today '],
  [words('dün\\saakşam|dün\\sakşam'), ' yesterday evening '],
  [words('dün(?:kü)?'), ' yesterday '],
  [words('yaarın'), ' tomorrow '],
  [words('bir\\sgün\\sileri'), ' a day earlier '],
  [words('bu\\saftada|bu\\safta'), ' this week '],
  [words('geçän\\saftada|geçen\\saftada'), ' last week '],
  [words('gelecek\\saftada'), ' next week '],
  [words('saat(?=\\s\\d{1,2}[:.]\\d{2})'), ' at '],
  // Rounds.
  [words(String.raw`(iki|üç|dört|beş|[2-5])\s(?:Express\sEntry\s)?${DRAW}`), (_, n = '') => ` ${number(n)} draws `],
  [words(String.raw`geç[äe]n\s(?:(CEC|PNP)\s)?${DRAW}`), (_, p = '') => ` the previous ${p ? `${p} ` : ''}draw `],
  [words(String.raw`kendi\s${DRAW}`), ' its own draw '],
  [words(String.raw`(?:yeni\s)?${DRAW}\shaberi\sdiil`), ' not news of a draw '],
  [words(String.raw`federal\sIRCC\s${DRAW}\sdiil`), ' This is not a federal draw '],
  [words(String.raw`${DRAW}\sdiil`), ' not a draw '],
  [words(String.raw`programasız\s${DRAW}`), ' No Program Specified draw '],
  [words(String.raw`yeni\s${DRAW}`), ' a new draw '],
  [words(DRAW), ' draw '],
  [words('Tie-breaking\\skuralı|Eşitlik\\skuralı'), ' Tie-breaking rule '],
  [words('Provinţiya\\sNominant\\sPrograması|Provinsiya\\sNominant\\sPrograması'), ' Provincial Nominee Program '],
  [words('Programa\\sbelli\\sedilmedi'), ' No program specified '],
  // Counts: "3000 kandidat davet aldı", "3 515 davet yolladı", "Davet sayısı: 5 000", "5000 davet".
  [words(`${WORD_COUNT}\\skandidat(?:a|ı)?\\sdavet\\saldı`), ' $1 candidates received invitations '],
  [words(`(?<!(?:about|than|to)\\s|[\\d,])${WORD_COUNT}\\s(?:davet|ITA)\\s(?:yolladı|yollandı|verdi)`), ' issued $1 invitations '],
  [words('Davet\\ssayısı'), ' Number of invitations '],
  [words(`${WORD_COUNT}\\s(?:davet(?:iye)?|ITA)`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\s(?:insana|kişiyä|kişiyi)\\sdavet`), ' invitations to $1 people '],
  [words('davet\\saldı|davet\\saldılar'), ' received invitations '],
  [words('davet\\sedildi|davet\\sedildilär'), ' were invited '],
  [words('davet(?:lär|ler|leri|läri)?'), ' invitations '],
  [words('yolladı'), ' issued '],
  [words('kandidat(?:lar|lär)?(?:ına|ına|lara|ları|a|ı)?|kandidatlarına'), ' candidates '],
  // Cut-offs: "En az CRS balı: 382", "En az bal — 440", "en aşaa CRS — 504", "minimum 760 bal", "Minimal bal 462".
  [words('(?:en\\saz|en\\saşaa|minimal|minimum)\\s(CRS\\s)?bal(?:ı)?'), (_, crs = '') => ` minimum ${crs}score `],
  [words('(?:en\\saz|en\\saşaa|minimal)\\sCRS'), ' minimum CRS '],
  [words(`${WORD_COUNT}\\sbal(?:l)?(?:ı|a|da)?`), ' $1 points '],
  [words('bal(?:ı|lar)?'), ' score '],
  [words('lääzımdı|lääzım'), ' was required '],
  // Programs.
  [words('franţuz\\sdilini\\sbilennär|fransuz\\sdilini\\sbilennär'), ' French speakers '],
  [words('franţuz\\sdil(?:i|ini)?|fransuz\\sdil(?:i|ini)?'), ' French-language '],
  [words('frankofonnara?|frankofonnar'), ' francophones '],
  [words('kategoriyası|kategoriya'), ' category '],
  [words('bütün\\sprogramalar'), ' all programs '],
  [words('saalık\\s(?:işçileri|zanaatları)'), ' healthcare '],
  [words('Avstraliya(?:\\p{L}*)'), ' Australia '],
  [words('provinţiyanın|provinţiya(?:sı)?|provinsiya(?:sı)?'), ' province '],
  [words('çekilişi'), ' draw '],
  // Words of a draw report.
  [words('geçirdi'), ' held '],
  [words('geçirildi'), ' was held '],
  [/(?<=\bdraw\s)oldu(?![\p{L}])/gu, 'was held'],
  [words('oldu'), ' was held '],
  [words('sanêrlar|bekleniler|beklenêr'), ' expect '],
  [words('ekspertlär'), ' experts '],
  [words('Meselä|Mesela'), ' For example, '],
  [words('Kılavuz|Rehber'), ' Guide '],
  [words('sade|sadä|yalnız'), ' only '],
  [words('için'), ' for '],
  [words('hem|da'), ' and '],
  [words('(?<![@_])Kanada(?:da|nın|ya)?'), ' Canada '],
];

/** Gagauz's own words and spellings, which none of Crimean Tatar, Turkish, Azerbaijani, Turkmen or Romanian writes. */
const OWN = words(
  'bügün|diil|geçän|yaarın|aşaa|lääzım\\p{L}*|bizä|nicä|sora|kaarı|büüyer|bakannıı|perşembä|bazertesi|sentäbri|oktäbri|noyabri|dekabri|gagauz\\p{L}*|komrat|immigraţiya|provinţiya\\p{L}*|franţuz\\p{L}*|sistemasında|programası|\\p{L}+lär|\\p{L}+nnär|\\p{L}+êr\\p{L}*|nomerdä|topluma\\p{L}*',
);
/** Words only its neighbours write: Crimean Tatar's "ñ", "q"; Turkish's "puan", "aday"; Azerbaijani, Turkmen, Romanian letters. */
const NEIGHBOUR = words('\\p{L}*[ñqəýňășțî]\\p{L}*|puan\\p{L}*|aday\\p{L}*|hafta\\p{L}*|și|pentru|sunt');
/** Words Gagauz writes with its neighbours: read with its own for a short post ("bügün PNP raundu — 423 davet"). */
const SHARED = words('raund\\p{L}*|davet\\p{L}*|bal|balı|kandidat\\p{L}*|Kanada\\p{L}*');
const HINT = /[äêţ]|bügün|diil/;
/** A cheap first test: its "ä", "ê" or "ţ", or "bügün" (today), or "diil" (is not). */
export const GAGAUZ_HINT = { test: (text: string): boolean => HINT.test(text) };

/**
 * Three different of its own words and more than twice the neighbours' ones; or, a short post, two of its own beside a figure
 * ("423 davet") and its shared words making up a sixth of the post's.
 */
export function isGagauz(text: string): boolean {
  const own = (text.match(OWN) ?? []).map((w) => w.toLowerCase());
  const others = (text.match(NEIGHBOUR) ?? []).length;
  const shared = (text.match(SHARED) ?? []).length;
  if (new Set(own).size >= 3 && shared >= 2 && own.length > others * 2) return true;
  return others === 0 && new Set(own).size >= 2 && /\d\s(?:davet|kandidat|bal\b)/.test(text) && (shared + own.length) * 6 >= (text.match(/\p{L}+/gu) ?? []).length;
}

const CASED_RULES = RULES.map(keepCase);

/** A Gagauz page glossed into English: a sentence of an earlier round first marked, then the rules. */
export const glossGagauz = (text: string): string => glossInTurn(markEarlier(text, EARLIER, /((?<=[.!?;])\s+|\n)/), CASED_RULES);
