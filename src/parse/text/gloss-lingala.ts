import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Lingala draw news glossed into the English the reader knows, in the shape of `gloss-wolof.ts` (docs/parser.md "Twi and
 * Lingala"): thousands with a space ("3 200"), day-first dates with Lingala or French months ("22 Yuli 2025", "3 Febrwali",
 * "4 Mars 2019"), weekdays ("mokolo ya mibale" → Tuesday), "lelo" (today), "lobi" (yesterday, or tomorrow: yesterday only before
 * a verb of the past in its sentence), rounds ("etuka #436", "etuka ya 128" → round #128, "bituka mibale" → two rounds), counts
 * ("ebengi bato 4,000" → invited 4,000 candidates, "bato 1,000 babengami", "Ba ITA: 3 200"), cut-offs ("Motango ya moke ya CRS
 * ezalaki 475" → the minimum CRS score was 475, "CRS ya moke"), the tie-break ("Mobeko ya tie-breaking"), programs ("bato oyo
 * bayebi lifalanse" → French-speaking candidates), a guide ("Toli", "Ndakisa"). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['yan|jan', 'January'],
  ['feb|fév|fev', 'February'],
  ['mar', 'March'],
  ['apr|avr', 'April'],
  ['mai|me', 'May'],
  ['yun|juin', 'June'],
  ['yul|juil', 'July'],
  ['aug|ogi|août|aout', 'August'],
  ['sep|sɛt', 'September'],
  ['oko|ɔkɔ|oct', 'October'],
  ['nov|nɔv', 'November'],
  ['des|dɛs|déc|dec', 'December'],
];
const MONTH =
  '(Yanuali|Yanwali|Janvier|Febwali|Febrwali|Febwáli|Février|Fevrier|Marsi|Mars|Apríli|Aprili|Avril|Mai|Yuni|Juin|Yuli|Juillet|Augusti|Ogisiti|Août|Aout|Sɛtɛ́mbɛ|Setembe|Septembre|Okotobre|Ɔkɔtɔbɛ|Okotobe|Oktobre|Octobre|Novembre|Nɔvɛmbɛ|Novembe|Desembre|Dɛsɛmbɛ|Desembe|Décembre|Decembre)';
const month = monthNamer(MONTHS, 'iu');
const WEEKDAY: Readonly<Record<string, string>> = {
  yambo: 'Monday',
  mibale: 'Tuesday',
  misato: 'Wednesday',
  minei: 'Thursday',
  mitano: 'Friday',
  motoba: 'Saturday',
};
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERS: Readonly<Record<string, string>> = { mibale: 'two', misato: 'three', minei: 'four', mitano: 'five' };
/** The months by number ("sanza ya motoba", the sixth month: June), the longest first. */
const NATIVE_MONTH: Readonly<Record<string, string>> = {
  'zomi na mibale': 'December',
  'zomi na moko': 'November',
  zomi: 'October',
  libwa: 'September',
  mwambe: 'August',
  nsambo: 'July',
  motoba: 'June',
  mitano: 'May',
  minei: 'April',
  misato: 'March',
  mibale: 'February',
  yambo: 'January',
};
const NATIVE = `(${Object.keys(NATIVE_MONTH)
  .join('|')
  .replace(/ /g, String.raw`\s`)})`;
const nativeMonth = (m: string): string => NATIVE_MONTH[m.toLowerCase().replace(/\s+/g, ' ')] ?? '';
const COUNT = WORD_COUNT;
/** Verbs of the past ("esali", "esalaki", "ebengaki", "babengami", "bazwi"…): "lobi" before one of them is yesterday. */
const PAST = String.raw`(?:esal(?:i|aki)|ebeng(?:i|aki)|babengam(?:i|aki)|bazw(?:i|aki)|ezalaki|epes(?:i|aki)|basal(?:i|aki))`;

const RULES: readonly GlossRule[] = [
  // "Mokuse ya sanza ya Yuli" (July's monthly recap), before the month takes its "sanza ya".
  [words('mokuse\\sya\\ssanza(?:\\sya)?'), ' monthly recap of '],
  // "3 200" is 3,200 (not "8 2024", nor a day and its year).
  [/(?<![\d,.:/]|\d\s)(\d{1,3})\s(\d{3})(?![\d.:/]|,\d|\s\d)/g, '$1,$2'],
  // A numeric day, day first as Kinshasa and Brazzaville write it ("07/08/2026" is August 7): a day or month that is none stays.
  [
    /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g,
    (all = '', d = '', m = '', y = '') => (Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12 ? ` ${MONTH_NAMES[Number(m) - 1] ?? ''} ${String(Number(d))}, ${y} ` : all),
  ],
  // Days: "22 Yuli 2025", "mokolo ya 8 Yuli 2024" (on the day of), a month and its year ("Mars 2024", "sanza ya Yanuali 2024").
  [
    words(String.raw`(?:mokolo\sya\s)?(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`),
    (all = '', d = '', m = '', y = '') => ` ${/^mokolo/i.test(all) ? 'on ' : ''}${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `,
  ],
  // The months by number: "22 sanza ya motoba 2026" (June 22, 2026), "na sanza ya nsambo" (in July).
  [words(String.raw`(\d{1,2})\ssanza\sya\s${NATIVE}(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${nativeMonth(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [words(String.raw`(?:na\s)?sanza\sya\s${NATIVE}(?:\s((?:19|20)\d\d))?`), (_, m = '', y = '') => ` in ${nativeMonth(m)}${y ? ` ${y}` : ''} `],
  [words(String.raw`(?:na\s)?sanza\sya\s${MONTH}(?:\s((?:19|20)\d\d))?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(String.raw`${MONTH}\s((?:19|20)\d\d)`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  // Weekdays: "mokolo ya mibale" (Tuesday), "Na mokolo ya minei" (on Thursday), "eyenga" (Sunday).
  [words(`(na\\s)?mokolo\\sya\\s(${Object.keys(WEEKDAY).join('|')})`), (_, na = '', w = '') => ` ${na ? 'on ' : ''}${WEEKDAY[w.toLowerCase()] ?? ''} `],
  [words('eyenga'), ' Sunday '],
  [words('sango\\sya\\smokolo'), ' daily news '],
  [words('lelo'), ' today '],
  // "lobi eleki" (the "lobi" gone: yesterday), "lobi ekoya" (the one to come: tomorrow), "mikolo mibale eleki" (two days ago).
  [words('lobi\\s(?:oyo\\s)?eleki'), ' yesterday '],
  [words('lobi\\s(?:oyo\\s)?ekoya'), ' tomorrow '],
  [words(`mikolo\\s(${Object.keys(NUMBERS).join('|')})\\s(?:oyo\\s)?eleki`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} days ago `],
  // What is gone: "etuka oyo eleki" (the previous round), "poso (oyo) eleki" (last week), "sanza (oyo) eleki" (last month).
  [words('etuka\\soyo\\seleki'), ' the previous round '],
  [words('poso\\s(?:oyo\\s)?eleki'), ' last week '],
  [words('sanza\\s(?:oyo\\s)?eleki'), ' last month '],
  // "Bituka ya poso oyo:" (this week's rounds), a round-up's heading as English writes it; "poso oyo" (this week).
  [words('bituka\\sya\\sposo\\soyo(?=\\s?:)'), ' Rounds this week '],
  [words('poso\\soyo'), ' this week '],
  // A year's account: "Mbula 2025 na Express Entry: makambo nyonso oyo esalemaki" (everything that happened), "na mbula 2025" (in 2025).
  [words('makambo\\snyonso\\soyo\\sesalemaki'), ' Year in review '],
  [words('(?:na\\s)?mbula\\s((?:19|20)\\d\\d)'), ' in $1 '],
  // Hedged figures: "pene na 4 000" (about), "koleka 500" (more than), "eleki moke 470" (a little over), "kino/tii 5 000" (up to).
  [words('pene\\sna(?=\\s\\d)'), ' about '],
  [words('(?:koleka|eleki\\smoke)(?=\\s\\d)'), ' more than '],
  [words('(?:kino|tii)(?=\\s\\d)'), ' up to '],
  [words(`lobi(?:\\sna\\sbutu)?(?=[^.!?\\n]{0,120}?${PAST})(?![^.!?\\n]{0,120}?(?<![\\p{L}])(?:e|ba|a|to|o|na)ko\\p{L})`), ' yesterday '],
  [words('na\\smpokwa'), ' in the evening '],
  [words('(?<=[\\d:]\\d\\s)na(?=\\s\\d{1,2}:\\d{2})'), ' at '],
  // Bylines: "Ekomami na Jean-Pierre Mbala", "Ekomami 17 … na Mama Ngalula".
  [/(?<![\p{L}])Ekomami\sna\s(?=\p{Lu})/gu, ' By '],
  [words('ekomami'), ' Published '],
  // The tie-break: "Mobeko ya kokabola bato oyo bazali na motango moko (tie-breaking)", "Mobeko ya tie-breaking".
  [words(String.raw`mobeko\sya\s(?:kokabola\sbato\soyo\sbazali\sna\smotango\smoko\s?\(tie-?breaking\)|tie-?breaking)`), ' tie-breaking rule '],
  [words('etuka\\soyo\\sekoya'), ' the next round '],
  [words('(?:esali|esalaki)(?=\\s(?:[\\p{L}#\\d()]+\\s){0,3}?etuka)'), ' held '],
  // Rounds: "etuka #436", "etuka ya 128 ya Express Entry", "bituka mibale", "etuka ya liboso" (the first).
  [words(String.raw`etuka\s(?:ya\s)?#?\s?(\d{1,3})(?![\d,.])`), ' round #$1 '],
  [words(`bituka\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} rounds `],
  [words(`mikolo\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} days `],
  [words('ya\\sliboso'), ' first '],
  [words('bituka'), ' rounds '],
  [words('etuka'), ' round '],
  // Counts: "ebengi bato 4,000", "bato 1,000 babengami", "Bato 3,300 bazwaki ITA", "Ba ITA: 3 200", "ba ITA 202".
  [words(`eb[eo]ng(?:i|aki)\\sbato\\s${COUNT}`), ' invited $1 candidates '],
  [words(`bato\\s${COUNT}\\s(?:babengami|babengamaki)`), ' $1 candidates were invited '],
  [words(`bato\\s${COUNT}\\sbazw(?:i|aki)\\s(?:mokanda\\sya\\skobengama|ITA)`), ' $1 candidates received invitations '],
  [words(`ba\\sITA(:?)\\s${COUNT}`), (_, colon = '', n = '') => (colon ? ` ITAs: ${n} ` : ` ${n} ITAs `)],
  [words(`bato\\s${COUNT}`), ' $1 candidates '],
  [words('babengami|babengamaki'), ' were invited '],
  [words('ebengi|ebengaki'), ' invited '],
  // Cut-offs: "Motango ya moke ya CRS ezalaki 475", "Motango ya moke ya CRS: 357", "CRS ya moke 788", "na CRS 357".
  [words(`motango\\sya\\smoke\\sya\\sCRS\\sezalaki\\s${COUNT}`), ' the minimum CRS score was $1 '],
  [words('motango\\sya\\smoke\\sya\\sCRS|CRS\\sya\\smoke'), ' minimum CRS score '],
  [words(`na\\sCRS\\s${COUNT}`), ' with CRS $1 '],
  // Programs.
  [words('(?:mpo\\sna\\s)?bato\\soyo\\sbayebi\\s(?:malamu\\s)?(?:lokota\\sya\\sfrançais|lifalanse)'), ' for French-speaking candidates '],
  [words('lokota\\sya\\sfrançais|lifalanse'), ' French-language '],
  [words('mosala\\sya\\skobikisa'), ' healthcare '],
  // A guide, news.
  [words('toli'), ' Guide '],
  [words('ndakisa'), ' For example '],
  [words('tokanisi|bakanisi'), ' we predict '],
  [words('likambo\\sya\\ssika'), ' News '],
  [words('mbala\\sya\\sliboso'), ' the first time '],
  [words('ezalaki'), ' was '],
  [words('Australie|Ositrali'), ' Australia '],
  [words('ezali\\ste'), ' is not '],
  [words('kaka'), ' only '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Lingala writes (not "na", "ya", "te", "ba": Swahili, Twi or English write them). */
const LINGALA_WORD = words(
  'lelo|lobi|bato|mokolo|eleki|ekoya|poso|mikolo|etuka|bituka|motango|moke|ezali|ezalaki|oyo|mpe|mpo|ebengi|ebengaki|babengami|bazwi|bazwaki|esali|esalaki|sango|mbula|sanza|kaka|mosala|misala|mokanda|likambo|soki|bango|biso|bino|yango|ndenge|toli|ndakisa|mobeko|ekomami|kabola|liboso|mibale|bandeko|lifalanse|lokota',
);
/** A cheap first test: "bato " or "Bato " (people, before its count) or "tuka" ("etuka", "bituka": round, rounds). */
export const LINGALA_HINT = /[Bb]ato\s|tuka/;

/** Tones and open vowels, written by the standard spelling ("Lɛlɔ́, mokɔlɔ ya míbalé", "babengámí"): the words the glossary knows. */
const TONED = /[\u0300-\u0302\u030c]|[ɛɔƐƆ\u00e0-\u00e2\u00e8-\u00ea\u00ec-\u00ee\u00f2-\u00f4\u00f9-\u00fb\u00c0-\u00c2\u00c8-\u00ca\u00cc-\u00ce\u00d2-\u00d4\u00d9-\u00db\u01cd-\u01d4\u011a\u011b]/;
const OPEN: Readonly<Record<string, string>> = { ɛ: 'e', ɔ: 'o', Ɛ: 'E', Ɔ: 'O' };
const untoned = (text: string): string =>
  TONED.test(text)
    ? text
        .normalize('NFD')
        .replace(/[\u0300-\u0302\u030c]/g, '')
        .replace(/[ɛɔƐƆ]/g, (c) => OPEN[c] ?? c)
        .normalize('NFC')
    : text;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isLingala = (text: string): boolean => writtenWith(untoned(text), LINGALA_WORD, 5);

/** A Lingala page glossed into English. */
export const glossLingala = (text: string): string => glossInTurn(untoned(text), CASED_RULES);
