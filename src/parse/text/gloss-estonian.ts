import { glossInTurn, keepAnyCase, monthNamer, monthOrNone, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Estonian draw news glossed into the English the reader knows, in the shape of `gloss-finnish.ts` (docs/parser.md "Estonian and
 * Catalan"): day-first dates ("6. veebruar 2026", "5. jaanuaril" → on January 5, "28.08.2024"), weekdays in their case
 * ("Esmaspäeval" → On Monday, "Reedel" → On Friday), a clock ("kell 11:11:44 UTC" → at 11:11:44 UTC), counts grouped with a
 * space ("10 000"), invitations ("8500 kutset", "saadeti", "kutsuti", "said kutse … inimest"), cut-offs ("madalaim kutse saanud
 * CRS-skoor", "minimaalne CRS", "alampiir", "lävi", "CRS-iga"), rounds ("Vooru nr 394" → draw #394, "kutsevoor", "CEC-voor"),
 * the tie-break ("Viigireegli", "Võrdsete punktide korral kehtinud ajapiir"), programs and the words of a draw report. Estonian
 * is written in endings, as Finnish is: a word the rules do not know stays as it is, and no English pattern reads it.
 */

const MONTHS: MonthTable = [
  ['jaan', 'January'],
  ['veebr', 'February'],
  ['märts', 'March'],
  ['apr', 'April'],
  ['mai', 'May'],
  ['juuni', 'June'],
  ['juuli', 'July'],
  ['aug', 'August'],
  ['sept', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['dets', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month in its cases: "veebruar" (nominative), "jaanuaril" (on), "novembris" (in), "novembri" (of). */
const MONTH = '(jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|septemb(?:er|r)|oktoob(?:er|r)|novemb(?:er|r)|detsemb(?:er|r))(il|l|is|s|i)?';
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['esmaspäev', 'Monday'],
  ['teisipäev', 'Tuesday'],
  ['kolmapäev', 'Wednesday'],
  ['neljapäev', 'Thursday'],
  ['reede', 'Friday'],
  ['laupäev', 'Saturday'],
  ['pühapäev', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { kaks: 'two', kolm: 'three', neli: 'four', viis: 'five' };

/** "August 28, 2024" for a numeric day and month; "" when they are no day and month. */
const dayOf = (d: string, m: string, y: string): string => {
  const [n, mn] = [Number(d), monthOrNone(m)];
  return n >= 1 && n <= 31 && mn ? `${mn} ${String(n)}${y ? `, ${y}` : ''}` : '';
};

/** A month word's day: "on January 5" ("-il", "-l"), "in November" ("-is"), "January 5" otherwise. */
const monthDay = (all: string, d: string, m: string, end: string, y: string): string => {
  if (Number(d) < 1 || Number(d) > 31) return all;
  const day = `${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''}`;
  return /^i?l$/.test(end) ? ` on ${day} ` : ` ${day} `;
};

const RULES: readonly GlossRule[] = [
  // Counts: "10 000", "330 000" (a space groups the thousands).
  [/(?<![\d,.:]|\d )(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d,.:]?\d)/g, '$1,$2'],
  // A clock: "kell 11:11:44 UTC", "kell 10.18".
  [words(String.raw`kell\s(\d{1,2})[.:](\d\d)(?:[.:](\d\d))?`), (_, h = '', m = '', s = '') => ` at ${h}:${m}${s ? `:${s}` : ''} `],
  // Days: "28.08.2024", "23.05.2019" (day first).
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/g, (all = '', d = '', m = '', y = '') => (dayOf(d, m, y) ? ` ${dayOf(d, m, y)} ` : all)],
  // "6. veebruar 2026", "5. jaanuaril", "29. mail", "7. september 2023".
  [words(String.raw`(\d{1,2})\.\s${MONTH}(?:\s${YEAR}(?!\.))?`), (all = '', d = '', m = '', end = '', y = '') => monthDay(all, d, m, end, y)],
  // "Novembri ülevaade: Express Entry 2025": a month's recap.
  [words(String.raw`${MONTH}(?:\s${YEAR})?\s(?:kuu\s)?(?:ülevaade|kokkuvõte)`), (_, m = '', _end = '', y = '') => ` Monthly recap of ${month(m)}${y ? ` ${y}` : ''} `],
  [words(String.raw`${YEAR}\.\saasta(?:l|s)`), ' in $1 '],
  // Weekdays: "Esmaspäeval" (on Monday), "Reedel", "kolmapäeval".
  ...WEEKDAYS.map(([et, en]): GlossRule => [words(`${et}(a?l)?`), (_, end = '') => (end ? ` on ${en} ` : ` ${en} `)]),
  [words('üleeile'), ' the day before yesterday '],
  [words('täna'), ' today '],
  [words('eile'), ' yesterday '],
  [words('homme'), ' tomorrow '],
  [words('sel\\snädalal|tänavu\\snädalal'), ' this week '],
  [words('eelmisel\\snädalal|möödunud\\snädalal'), ' last week '],
  [words('eelmisel\\skuul'), ' last month '],
  // A recap, a guide, a forecast.
  [words('nädala\\s(?:kokkuvõte|ülevaade)'), ' Weekly summary '],
  [words('kuu\\s(?:kokkuvõte|ülevaade)'), ' monthly recap '],
  [words('juhend\\p{L}*'), ' guide '],
  [words('prognoos\\p{L}*'), ' forecast '],
  [words('ootame|oodatakse|eeldatavasti'), ' expected '],
  [words('näited|näiteks'), ' for example '],
  // Rounds: "Vooru nr 394", "voor nr. 312", "voorus nr 413", "vooruga nr 410", "kaks vooru".
  [words(String.raw`(?:kutse)?voor(?:u|us|ust|ul|uga)?\snr\.?\s(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`(kaks|kolm|neli|viis)\s(?:Express\sEntry\s)?(?:kategooriapõhist\s)?(?:kutse)?vooru`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('eelmine|eelmises|eelmise'), ' previous '],
  [words('järgmine|järgmises|järgmise|järgmist'), ' next '],
  [words('viimane|viimases|viimase'), ' latest '],
  // Programs: "prantsuse keele oskajaid", "provintsi nominentide (PNP)", "Tervishoid", "kategooriapõhist".
  [words('prantsuse\\skee(?:le|lt)\\soska(?:jaid|jat|javaid|vaid|vatele|vad)'), ' French-speaking candidates '],
  [words('prantsuse\\skee(?:l|le|lt)'), ' French-language proficiency '],
  [words('provintsi\\snominent\\p{L}*'), ' provincial nominees '],
  [words('tervishoi\\p{L}*'), ' healthcare '],
  [words('põllumajandus\\p{L}*'), ' agriculture '],
  [words('kategooriapõhi\\p{L}*'), ' category-based '],
  [words('kõik\\sprogrammid|kõigile\\sprogrammidele'), ' all programs '],
  // "CEC-vooru", "STEM-voor": the round after its program's name.
  [/-(?:kutse)?voor(?:ud|ude|udes)(?![\p{L}\d])/gu, ' draws '],
  [/-(?:kutse)?voor\p{L}*/gu, ' draw '],
  [words('(?:kutse)?voor(?:ud|ude|udes|udest|ul|udel)'), ' draws '],
  [words('(?:kutse)?voor\\p{L}*'), ' draw '],
  // Invitations: "saadeti 8500 kutset", "kutsuti 1000", "said kutse 3350 inimest", "574 kutset".
  [words(`saadeti\\s${WORD_COUNT}\\skutset`), ' $1 invitations were sent '],
  // "kutse said 442 provintsi nominenti": the count after "received an invitation".
  [words(`kutse\\ssaid\\s${WORD_COUNT}`), ' invitations were sent to $1 '],
  [words(`said\\skutse\\s${WORD_COUNT}\\s(?:inimest|kandidaati)`), ' $1 candidates received invitations '],
  [words(`kutsuti\\s${WORD_COUNT}`), ' invited $1 '],
  [words(`${WORD_COUNT}\\skutset`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\s(?:inimest|kandidaati)`), ' $1 candidates '],
  [words('kutsus|kutsuti'), ' invited '],
  [words('kandidaadid|kandidaate|kandidaatidele'), ' candidates '],
  [words('kutsed|kutseid|kutset'), ' invitations '],
  [words('saadeti'), ' were sent '],
  [words('saatis'), ' sent '],
  [words('korraldas|viis\\s(?:\\p{L}+\\s){0,6}läbi'), ' held '],
  [words('toimus|toimusid'), ' was held '],
  // "langes 515-lt 514-le", "tõusis 510-lt 515-ni": fell to 514 points, from 515 (the English reader takes the later number so).
  [
    words(String.raw`(langes|tõusis)\s(\d{3})-(?:lt|st)\s(\d{3})-(?:le|ni)(?:\spunktile)?`),
    (_, verb = '', from = '', to = '') => ` ${/^l/i.test(verb) ? 'fell' : 'rose'} to ${to} points, from ${from} `,
  ],
  // "langes 514 punktini": fell to 514 points.
  [words(String.raw`(langes|tõusis)\s(\d{3})\spunkti(?:ni|le)`), (_, verb = '', to = '') => ` ${/^l/i.test(verb) ? 'fell' : 'rose'} to ${to} points `],
  // Cut-offs: "Madalaim kutse saanud CRS-skoor oli 400", "minimaalne CRS 711", "alampiir 511", "lävi 507", "CRS-iga 481".
  [words('madalaim\\s(?:kutse\\ssaanud\\s)?CRS-?(?:skoor|punktisumma)?|minimaalne\\sCRS(?:-skoor)?|alampiir|madalaim\\sskoor|lävend|lävi'), ' minimum CRS score '],
  [words('CRS-iga'), ' with CRS '],
  [words('CRS-skoor'), ' CRS score '],
  [words('vähemalt(?=\\s\\d)'), ' at least '],
  [words('punkti|punktid'), ' points '],
  [words('oli'), ' was '],
  [words('viigireegli\\s(?:ajaks|kuupäev|aeg)|viigireegel|võrdsete\\spunktide\\skorral\\skehtinud\\sajapiir'), ' tie-breaking rule '],
  // Hedged counts.
  [words('üle(?=\\s\\d)'), ' more than '],
  [words('umbes|ligikaudu(?=\\s\\d)'), ' about '],
  [words('kuni(?=\\s\\d)'), ' up to '],
  [words('postitatud|avaldatud'), ' Published '],
  [words('uuendatud'), ' Updated '],
  [words('kokku'), ' in total '],
  [words('(?<![#.@-])(?:Kanada|Kanadas|Kanadasse|Kanadast)(?![.-]\\p{L})'), ' Canada '],
  [words('ja'), ' and '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Estonian writes often (not Finnish's "ja", "on", "oli"). */
const ESTONIAN_WORD = words(
  'täna|eile|kutse|kutset|kutseid|kutsed|kutsus|kutsuti|voor|vooru|voorud|punkti|oli|ning|või|kõik|seda|mis|kes|kui|ka|aga|ainult|veel|nüüd|ütles|lõpuks|kokku|üle|nädalal|Kanadas|Kanadasse|saadeti|said|korraldas|toimus|madalaim|viigireegli|kandidaadid|kandidaatidele|juhend',
);
/**
 * A cheap first test: Estonian writes "õ", which Finnish never does (Portuguese does, and has none of the words), or, a page
 * without it, "ä" or "ü" ("täna", "lävi", "üle"); an English page has none of them and goes back at once.
 */
export const ESTONIAN_HINT = /[õÕäÄüÜ]/;
/** A page without "õ" needs one of Estonian's own draw words, which Finnish, German, Turkish and Hungarian pages do not write (not global: `test` keeps no place). */
const ESTONIAN_OWN = new RegExp(words('kutset|kutseid|kutsevoor\\p{L}*|saadeti|kutsuti|eile|üleeile|täna|alampiir|lävi|viigireegl\\p{L}*|vooru(?:s|d)?').source, 'iu');

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isEstonian = (text: string): boolean => (/[õÕ]/.test(text) || ESTONIAN_OWN.test(text)) && writtenWith(text, ESTONIAN_WORD, 5);

/** An Estonian page glossed into English. */
export const glossEstonian = (text: string): string => glossInTurn(text, CASED_RULES);
