import { glossInTurn, keepCase, markEarlier, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT } from './gloss-rules.ts';

/**
 * Crimean Tatar (Latin script) draw news glossed into the English the reader knows, in the shape of `gloss-turkish.ts`
 * (docs/parser.md "Crimean Tatar and Gagauz"): thousands with a space or a point ("3 000 davetname" → 3,000 invitations); dates
 * with its months and their endings ("5 avgust 2026", "21 iyülde", "18 avgustta"), weekdays ("Bazar ertesi" → Monday), "bugün"
 * (today), "dün" (yesterday), "bu afta" (this week); rounds ("432-nci davet turunı", "#200 turnı" → draw #432, #200; "eki tur" → two
 * draws); counts ("N davetname yiberdi", "Davetname sayısı"); cut-offs ("Eñ az CRS balı", "minimal CRS", "516 bal"); the
 * tie-break ("Teñ ballar qaidesi"); programs; a guide, a pool's figures, a week's and a month's recap. A sentence with "evelki"
 * (previous) or in the pluperfect ("talap etilgen edi", "berilgen edi") tells of an earlier round. Words it does not know stay.
 */

const MONTHS: MonthTable = [
  ['yan', 'January'],
  ['fev', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['may', 'May'],
  ['iyün', 'June'],
  ['iyun', 'June'],
  ['iyül', 'July'],
  ['iyul', 'July'],
  ['avg', 'August'],
  ['sen', 'September'],
  ['okt', 'October'],
  ['noy', 'November'],
  ['dek', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month with its case endings ("iyülde", "avgustta", "avgusttaki", "mayısnıñ"). */
const MONTH = String.raw`(yanvar|fevral|mart|aprel|mayıs|may|iyün|iyun|iyül|iyul|avgust|sentâbr|sentyabr|sentabr|oktâbr|oktyabr|oktabr|noyabr|dekabr)(?:da|de|ta|te|daki|deki|taki|teki|nıñ|niñ|ğa|ge|qa|ke)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Bazar\\sertesi', 'Monday'],
  ['Salı', 'Tuesday'],
  ['Çarşenbe|Carşenbe|Çarşamba', 'Wednesday'],
  ['Cumaaqşamı|Cumaaqşam', 'Thursday'],
  ['Cumaertesi', 'Saturday'],
  ['Cuma', 'Friday'],
  ['Bazar', 'Sunday'],
];
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const weekday = (w: string): string => WEEKDAYS.find(([ct]) => new RegExp(`^(?:${ct})$`, 'iu').test(w))?.[1] ?? '';
const NUMBERS: Readonly<Record<string, string>> = { eki: 'two', üç: 'three', dört: 'four', beş: 'five' };
const number = (w: string): string => NUMBERS[w.toLowerCase()] ?? w;

/** A round's noun with its endings ("tur", "turu", "turunı", "turnı", "turunda", "turları"). */
const DRAW = String.raw`(?:davet\s)?tur(?:u|unı|nı|unda|una|da|ğa|lar|ları|larında|ı)?`;

/** A sentence with "evelki" (previous) or in the pluperfect ("etilgen edi", "berilgen edi") tells of an earlier round. */
const EARLIER = /\b[Ee]velki\b|\p{L}+[gkğq][ae]n\sedi\b/u;

const RULES: readonly GlossRule[] = [
  // "3 000", "3.000" and "24 870" are 3,000 and 24,870 ("05.03.2025" is a day).
  [/(?<![\d.,])(\d{1,3})[. ](\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  // Hedged counts: "3000-ge yaqın", "taqriben 3000" (about), "3000-den ziyade" (more than), "3000-ge qadar" (up to).
  [words(`(?:taqriben|takriben|tahminen)\\s${WORD_COUNT}`), ' about $1 '],
  [words(`${WORD_COUNT}[-'’]?(?:ge|ğa|ke|qa|e|a)\\syaqın`), ' about $1 '],
  [words(`${WORD_COUNT}[-'’]?(?:den|dan|ten|tan)\\s(?:ziyade|artıq|çoq|fazla)`), ' more than $1 '],
  [words(`${WORD_COUNT}[-'’]?(?:ge|ğa|ke|qa|e|a)\\s(?:qadar|deñiz)`), ' up to $1 '],
  [words(`eñ\\sçoq\\s${WORD_COUNT}`), ' up to $1 '],
  // Rounds: "432-nci davet turunı", "#200 turnı", "tur № 200".
  [words(String.raw`(\d{1,3})[-'’]?(?:nci|ncı|nçi|nçı|inci|ıncı|ci|cı|ünci|unçı)\s(?:Express\sEntry\s)?${DRAW}`), ' draw #$1 '],
  [words(String.raw`#(\d{1,3})\s${DRAW}`), ' draw #$1 '],
  [/#(\d{1,3})\s(?=tur)/g, '#$1 '],
  [words(String.raw`${DRAW}\s(?:No\.|№|#)\s?(\d{1,3})`), ' draw #$1 '],
  // Suffixes after an apostrophe or hyphen: "Kanada'da", "IRCC'niñ".
  [/(?<=[\p{L}\d])['’][a-zçğıöşüñâq]{1,6}(?![\p{L}])/gu, ''],
  // Days: "5 avgust 2026", "21 iyülde", "3 iyül 2026, 21:35:13", "7 yanvar 2026 senesi".
  [
    words(`(\\d{1,2})\\s${MONTH}(?:,?\\s${YEAR}(?:\\ssenesi)?)?(?:,?\\s${WEEKDAY})?`),
    (_, d = '', m = '', y = '', w = '') => ` ${w ? `on ${weekday(w)}, ` : ''}${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `,
  ],
  [words(`${WEEKDAY}\\skünü`), (_, w = '') => ` on ${weekday(w)} `],
  ...WEEKDAYS.map(([ct, en]): GlossRule => [words(ct), ` ${en} `]),
  [words(`(yanvar|fevral|mart|aprel|mayıs|iyün|iyul|iyül|avgust|sentâbr|oktâbr|noyabr|dekabr)(?:\\s${YEAR})?(?:\\sayında|\\sayı)?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words('bugün(?:ki)?'), ' today '],
  [words('dün(?:ki)?'), ' yesterday '],
  [words('yarın'), ' tomorrow '],
  [words('ertesi\\skün(?:ü)?'), ' the next day '],
  [words('bu\\saftada|bu\\safta'), ' this week '],
  [words('keçken\\safta(?:da)?'), ' last week '],
  [words('kelecek\\safta(?:da)?'), ' next week '],
  [words('saat(?=\\s\\d{1,2}[:.]\\d{2})'), ' at '],
  [words('Afta\\sicmalı'), ' Draws this week '],
  [words(`${MONTH}\\sayınıñ\\sicmalı|ay\\sicmalı|aylıq\\sicmal`), ' Monthly recap '],
  [words('yıl\\sicmalı|yıllıq\\sicmal'), ' Year in review '],
  [words('icmal(?:ı)?'), ' recap '],
  // Rounds.
  [words(String.raw`(eki|üç|dört|beş|[2-5])\s(?:Express\sEntry\s)?${DRAW}`), (_, n = '') => ` ${number(n)} draws `],
  [words(String.raw`evelki\s(?:(CEC|PNP)\s)?${DRAW}`), (_, p = '') => ` the previous ${p ? `${p} ` : ''}draw `],
  [words(String.raw`soñki\s(?:(CEC|PNP)\s)?${DRAW}`), (_, p = '') => ` the latest ${p ? `${p} ` : ''}draw `],
  [words(String.raw`kelecek\s${DRAW}`), ' the next draw '],
  [words(String.raw`(?:Bu\shaber\s)?${DRAW}\sdegil`), ' not a draw '],
  [words(DRAW), ' draw '],
  // The tie-break.
  [words('Teñ\\sbal(?:lar)?(?:nıñ)?\\sqaidesi'), ' Tie-breaking rule '],
  [words('Provintsial\\sNamzet\\sProgramması|Vilayet\\sNamzet\\sProgramması'), ' Provincial Nominee Program '],
  // Counts: "511 davetname yiberdi", "Davetname sayısı: 3 000", "3 000 davetname", "2000 davet".
  [words(`(?<!(?:about|than|to)\\s|[\\d,])${WORD_COUNT}\\sdavetname(?:ler)?\\s(?:yiberdi|berdi|yolladı)`), ' issued $1 invitations '],
  [words('Davetname\\ssayısı|Davet\\ssayısı'), ' Number of invitations '],
  [words(`${WORD_COUNT}\\s(?:davetname(?:ler)?|davet|ITA)`), ' $1 invitations '],
  [words('davet\\setildi'), ' were invited '],
  [words('davet\\setti'), ' invited '],
  [words('davet\\salğanlar|davet\\saldı'), ' received invitations '],
  [words('davetname(?:ler)?|davet(?:ler)?'), ' invitations '],
  [words('yiberdi|yolladı'), ' issued '],
  [words('yiberildi|berildi'), ' were issued '],
  [words('namzet(?:ler)?(?:i|ine|ge|lerge|lerine|leri|niñ)?'), ' candidates '],
  // Cut-offs: "Eñ az CRS balı: 516", "Eñ az bal 744 oldı", "minimal CRS 516", "minimum 514 bal".
  [words('(?:eñ\\saz|minimal|minimum)\\s(CRS\\s)?bal(?:ı)?'), (_, crs = '') => ` minimum ${crs}score `],
  [words('(?:eñ\\saz|minimal)\\sCRS'), ' minimum CRS '],
  [words(`${WORD_COUNT}\\sbal(?:l)?(?:ı|nı|ğa|da|larnı)?`), ' $1 points '],
  [/(?<=\d)\s(?:oldı|edi)(?![\p{L}])/gu, ' '],
  [words('bal(?:ı|lar)?'), ' score '],
  // Programs.
  [words('Fransız\\stili(?:ni)?\\sbilgenler'), ' French speakers '],
  [words('Fransız\\stil(?:i|ini|inde)?'), ' French-language '],
  [words('bütün\\sprogrammalar'), ' all programs '],
  [words('sağlıq\\s(?:hızmeti|işçileri)'), ' healthcare '],
  [words('Avstraliya(?:\\p{L}*)'), ' Australia '],
  [words('vilayet(?:i|niñ)?|provintsiya(?:sı)?'), ' province '],
  [words('öz\\s(?:davet\\s)?turunı'), ' its own draw '],
  // Words of a draw report.
  [words('keçirdi'), ' held '],
  [words('keçirildi'), ' was held '],
  [words('Rehber'), ' Guide '],
  [words('Meselâ|Mesela'), ' For example, '],
  [words('havuz(?:ı|nıñ)?'), ' pool '],
  [words('taqsimatı|statistikası'), ' distribution '],
  [words('tahmin(?:i|ler)?|beklene|beklenile'), ' expected '],
  [words('yalıñız|tek'), ' only '],
  [words('içün'), ' for '],
  [words('ve'), ' and '],
  [words('(?<![@_])Kanada(?:da|nıñ|ğa)?'), ' Canada '],
];

/** Crimean Tatar's own words and spellings, which none of Turkish, Gagauz, Azerbaijani, Turkmen or Uzbek writes. */
const OWN = words(
  'eñ|teñ|soñki|yañı|davetname\\p{L}*|namzet\\p{L}*|içün|edi|keçirdi|keçirildi|yiberdi|yiberildi|oldı|kün|künü|evelki|qaidesi|degil|qırım\\p{L}*|tecribe\\p{L}*|talap|icmal\\p{L}*|iyül\\p{L}*|iyün\\p{L}*|sentâbr|oktâbr|mayıs|Kanadanıñ|azırlanıñız|qalıñız|yazıñız|Meselâ|yalıñız|\\p{L}+nıñ|\\p{L}+niñ',
);
/** The words of a short post it shares with Turkish ("bugün", "turu", "davet"), read only beside its own "bal" and a figure. */
const SHARED = words('bugün|dün|tur\\p{L}*|davet\\p{L}*|bal|balı|Kanada|minimum');
/** Words only its neighbours write: Turkish's "puan", "aday", "için"; Gagauz "bügün", "raund", "diil"; Azerbaijani, Turkmen letters. */
const NEIGHBOUR = words('puan\\p{L}*|aday\\p{L}*|için|hafta\\p{L}*|gönderil\\p{L}*|yapıldı|bügün|raund\\p{L}*|diil|\\p{L}*[äêţəýň]\\p{L}*');
const HINT = /[ñÑ]|\bbal\b|avetname/;
/** A cheap first test: its "ñ", or "bal" (a score: Turkish writes "puan"), or "davetname" (invitations). */
export const CRIMEAN_TATAR_HINT = { test: (text: string): boolean => HINT.test(text) };

/**
 * Three different of its own words, more than the neighbours' words; or a short post of its shared words ("bugün CEC turu — 2000
 * davet, minimum 514 bal"): "bal" after a figure, four kinds making up a sixth of its words, and none of the neighbours' words.
 */
export function isCrimeanTatar(text: string): boolean {
  const own = (text.match(OWN) ?? []).map((w) => w.toLowerCase());
  const others = (text.match(NEIGHBOUR) ?? []).length;
  if (new Set(own).size >= 3 && own.length > others * 2) return true;
  const shared = (text.match(SHARED) ?? []).map((w) => w.toLowerCase());
  return others === 0 && /\d\sbal\b/.test(text) && new Set([...shared, ...own]).size >= 4 && (shared.length + own.length) * 6 >= (text.match(/\p{L}+/gu) ?? []).length;
}

const CASED_RULES = RULES.map(keepCase);

/** A Crimean Tatar page glossed into English: a sentence of an earlier round first marked, then the rules. */
export const glossCrimeanTatar = (text: string): string => glossInTurn(markEarlier(text, EARLIER, /((?<=[.!?;])\s+|\n)/), CASED_RULES);
