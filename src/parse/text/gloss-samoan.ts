import { glossInTurn, keepAnyCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Samoan draw news glossed into the English the reader knows, in the shape of `gloss-sesotho.ts` (docs/parser.md "Quechua and
 * Samoan"): day-first dates with its months ("10 Iulai 2026" → "July 10, 2026", "i le aso 5 Mati" → "on March 5"), weekdays ("Aso
 * Faraile" → Friday, "O le aso Tofi, 5 Aokuso" → "On Thursday, August 5"), "ananafi" (yesterday), "asō" (today), "i le vaiaso nei"
 * (this week); rounds ("le ta'aloga #426", "le draw lona 200" → draw #200, "lona lima" → #5, "Lua draws" → two draws, "draw
 * muamua" → the previous draw); counts ("valaaulia e 500" → 500 invitations, "valaaulia 3,000 tagata" → invited 3,000 candidates,
 * "na valaaulia ai e 1,620 tagata" → 1,620 candidates were invited); cut-offs ("O le maualalo o togi CRS", "togi maualalo" →
 * minimum CRS score, "… e 404" → was 404); hedges ("pe tusa ma le" → about, "e silia i le" → more than, "e oo atu i le" → up to).
 * A Maori page ("ngā", "kua", "whakaaetanga", "i te") is not taken. Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['ianuari', 'January'],
  ['fepuari', 'February'],
  ['mati', 'March'],
  ['aperila', 'April'],
  ['me', 'May'],
  ['iuni', 'June'],
  ['iulai', 'July'],
  ['aokuso', 'August'],
  ['setema', 'September'],
  ['oketopa', 'October'],
  ['novema', 'November'],
  ['tesema', 'December'],
];
const month = monthNamer(
  MONTHS.map(([m, e]) => [`${m}$`, e] as const),
  'i',
);
const MONTH = `(${monthStems(MONTHS)})`;
/** The months no Samoan word shares ("Mati", "Me" are months only beside a day). */
const LONG_MONTH = '(ianuari|fepuari|aperila|iuni|iulai|aokuso|setema|oketopa|novema|tesema)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  gafua: 'Monday',
  lua: 'Tuesday',
  lulu: 'Wednesday',
  tofi: 'Thursday',
  faraile: 'Friday',
  "to'ona'i": 'Saturday',
  toonai: 'Saturday',
  sa: 'Sunday',
};
const WEEKDAYS = "gafua|lua|lulu|tofi|faraile|to['’ʻ]?ona['’ʻ]?i|sa";
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase().replace(/[’ʻ]/g, "'")] ?? WEEKDAY[w.toLowerCase().replace(/['’ʻ]/g, '')] ?? '';
const NUMBERS: Readonly<Record<string, string>> = { lua: 'two', tolu: 'three', fa: 'four', lima: 'five' };
const ORDINAL: Readonly<Record<string, string>> = { tasi: '1', lua: '2', tolu: '3', fa: '4', lima: '5', ono: '6', fitu: '7', valu: '8', iva: '9', sefulu: '10' };
const COUNT = WORD_COUNT;
const INVITE = "vala['’ʻ]?aulia";
const DRAW = "(?:draw|ta['’ʻ]?aloga)";

const RULES: readonly GlossRule[] = [
  // Days: "Aso Faraile 10 Iulai" (Friday, July 10), "O le aso Tofi, 5 Aokuso 2021" (On Thursday, August 5, 2021), "i le aso 5 Mati".
  [
    words(String.raw`(?:(o|i)\s(?:le\s)?)?aso\s(${WEEKDAYS}),?\s(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', on = '', w = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${on ? ' on' : ''} ${weekdayOf(w)},${day}` : ` ${all} `;
    },
  ],
  [
    words(String.raw`(?:(i|o)\s(?:le\s)?aso\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : ` ${all} `),
  ],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:i\\sle\\smasina\\so|ia)\\s${LONG_MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(`${LONG_MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(?:(o|i)\\sle\\s)?aso\\s(${WEEKDAYS})(?=[\\s,).])`), (_, on = '', w = '') => ` ${on ? 'on ' : ''}${weekdayOf(w)} `],
  // "ananafi atu" (the day before yesterday), "ananafi" (yesterday), "asō", "i le aso nei" (today), "taeao" is left (morning, tomorrow), "i le vaiaso nei" (this week).
  [words('(?:o\\s)?ananafi\\satu'), ' the day before yesterday '],
  [words('(?:o\\s)?ananafi'), ' yesterday '],
  [words('(?:i\\sle\\s)?asō|i\\sle\\saso\\snei|i\\slenei\\saso'), ' today '],
  [words('draws\\sa\\sle\\s(Express\\sEntry)\\si\\sle\\svaiaso\\snei'), ' $1 draws this week '],
  [words('(?:i\\s)?le\\svaiaso\\snei|(?:i\\s)?lenei\\svaiaso'), ' this week '],
  [words('(?:i\\s)?le\\svaiaso\\sua\\smavae|vaiaso\\sua\\smavae'), ' last week '],
  [words('(?:i\\s)?le\\smasina\\snei|(?:i\\s)?lenei\\smasina'), ' this month '],
  // Guides, recaps, forecasts.
  [words('vaaiga\\si\\sluma|valoaga'), ' forecast '],
  [words('taiala'), ' Guide '],
  [words("mo\\sfaata[ʻ'’]?ita[ʻ'’]?iga|fa[ʻ'’]?ata[ʻ'’]?ita[ʻ'’]?iga"), ' for example '],
  [words('aotelega\\so\\sle\\smasina'), ' monthly recap '],
  [words('(?:iloiloga|aotelega)\\so\\sle\\stausaga'), ' Year in review '],
  [words('e\\sleai\\sse\\sdraw(?:\\sa\\sle\\s(Express\\sEntry))?'), (_, e = '') => ` there was no ${e ? 'Express Entry ' : ''}draw `],
  [words('e\\sle\\so\\sse\\stala\\sfou\\slenei'), ' this is not news '],
  [words('tala\\sfou'), ' news '],
  // Hedged counts, no count to the reader: "pe tusa ma le 3,000", "pe a ma le 515" (about), "e silia i le 450" (more than), "e oo atu i le 5,000" (up to).
  [words(`(?:pe\\s)?tusa\\s(?:ma\\s)?(?:le\\s)?${COUNT}|pe\\sa\\sma\\s(?:le\\s)?${COUNT}|(?:e\\s)?lata\\si\\sle\\s${COUNT}`), (_, a = '', b = '', c = '') => ` about ${a || b || c} `],
  [words(`(?:e\\s)?(?:silia|sili\\satu)\\s(?:i\\s)?(?:le\\s)?${COUNT}`), ' more than $1 '],
  [words(`(?:e\\s)?o['’ʻ]?o\\s(?:atu\\s)?i\\s(?:le\\s)?${COUNT}`), ' up to $1 '],
  // Rounds: "Lua draws" (two draws), "le ta'aloga #426", "le draw lona 200" (draw #200), "lona lima" (the fifth), "draw muamua".
  [words(`(${Object.keys(NUMBERS).join('|')})\\sdraws`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`(?:le\\s)?${DRAW}\\slona\\s(\\d{1,3})`), ' draw #$1 '],
  [words(`(?:le\\s)?${DRAW}\\slona\\s(${Object.keys(ORDINAL).join('|')})`), (_, n = '') => ` draw #${ORDINAL[n.toLowerCase()] ?? n} `],
  [words(`(?:le\\s)?${DRAW}\\s(?:muamua|talu\\sai)`), ' the previous draw '],
  [words(`(?:le\\s)?${DRAW}\\smulimuli`), ' the latest draw '],
  [words(`(?:le\\s)?${DRAW}\\so\\sle\\sa\\ssosoo`), ' the next draw '],
  [words(`(?:le\\s|se\\s)?ta['’ʻ]?aloga`), ' draw '],
  // A province's own round: "Na faia e le itumalo o Ontario se draw" (the province of Ontario held a draw).
  [words(String.raw`na\sfaia\s(?:ai\s)?e\sle\situmalo\so\s(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\sse\sdraw`), (_, p = '') => ` ${p} held a provincial draw `],
  [words('na\\sfaia\\sai\\se\\sle'), ' held by '],
  [words('na\\sfaia\\sai|na\\sfaia\\se\\sle|na\\sfaia'), ' held '],
  // Counts: "valaaulia e 500", "E 3,000 valaaulia na tuuina atu", "507 valaaulia", "valaaulia 3,000 tagata", "tagata e 1,250".
  [words(`(?:ua\\s)?tuuina\\satu\\s${INVITE}\\se\\s${COUNT}`), ' $1 invitations were issued '],
  [words(`(?:e\\s)?${COUNT}\\s${INVITE}\\sna\\stuuina\\satu`), ' $1 invitations were issued '],
  [words(`na\\s${INVITE}\\sai\\se\\s${COUNT}\\stagata`), ' $1 candidates were invited '],
  [words(`na\\s${INVITE}\\sai\\se\\sle\\s(IRCC)\\stagata\\se\\s${COUNT}`), ' $1 invited $2 candidates '],
  [words(`${INVITE}\\s(?:e\\s)?${COUNT}\\stagata`), ' invited $1 candidates '],
  [words(`${INVITE}\\se\\s${COUNT}`), ' $1 invitations '],
  [words(`${COUNT}\\s${INVITE}`), ' $1 invitations '],
  [words(`tagata\\se\\s${COUNT}`), ' $1 candidates '],
  [words(`na\\s${INVITE}\\sai|na\\s${INVITE}`), ' invited '],
  [words(INVITE), ' invitations '],
  // Cut-offs: "O le maualalo o togi CRS: 392", "o le maualalo o togi e 404", "o le togi maualalo e 481", "Togi maualalo CRS 505".
  [words('(?:o\\sle\\s)?(?:maualalo\\so\\s(?:le\\s)?togi|togi\\smaualalo)(\\sCRS)?\\se(?=\\s\\d)'), (_, c = '') => ` the minimum${c ? ' CRS' : ''} score was `],
  [words('(?:o\\sle\\s)?(?:maualalo\\so\\s(?:le\\s)?togi|togi\\smaualalo)(\\sCRS)?'), (_, c = '') => ` minimum${c ? ' CRS' : ''} score `],
  [words(`i\\sle\\sCRS\\s${COUNT}`), ' with a CRS score of $1 '],
  [words(`${COUNT}\\stogi`), ' $1 points '],
  [words('togi'), ' points '],
  // Programs.
  [words('soifua\\smaloloina'), ' healthcare '],
  [words("galuega\\sfa['’ʻ]?atufuga|fa['’ʻ]?atufuga"), ' trades '],
  [words('pule\\ssinia'), ' senior managers '],
  [words('le\\sFarani|Farani'), ' French '],
  [words('itumalo'), ' province '],
  [words('e\\sle\\so\\sse'), ' is not a '],
  [words('Kanata'), ' Canada '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Samoan writes among the languages the reader glosses (not Maori's "kua", "ngā", "te", Hawaiian's "ka", "nā", nor "na"). */
const SAMOAN_WORD = words(
  `${INVITE}|ananafi|asō|maualalo|togi|tagata|vaiaso|masina|tausaga|faia|tuuina|muamua|mulimuli|lenei|ua|o\\sle|i\\sle|e\\sle|ma|Kanata|itumalo|faigaluega|galuega|ta['’ʻ]?aloga|tala|lona|Gafua|Tofi|Faraile|Lulu|Ianuari|Fepuari|Aperila|Iuni|Iulai|Aokuso|Setema|Oketopa|Novema|Tesema|valoaga|nei|ai|mo`,
);
/** Maori's words: a page with many of them is Maori, whatever Samoan words it shares. */
const MAORI_WORD = words('ngā|kua|whakaaetanga|whaka\\p{L}*|i\\ste|o\\ste|ki\\ste|te|rā|tēnei|inanahi|ināianei|tono|kaitono|Hui-tanguru|Hereturikōkā');
const HINT = /[Vv]ala['’ʻ]?aul|maualalo|[Aa]nanafi/;
/** A cheap first test: "valaaul…" ("valaaulia": invite, invitations), "maualalo" (lowest) or "ananafi" (yesterday), which no other language writes. */
export const SAMOAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words; and fewer of Maori's. */
export const isSamoan = (text: string): boolean => writtenWith(text, SAMOAN_WORD, 5) && (text.match(MAORI_WORD) ?? []).length * 4 < (text.match(SAMOAN_WORD) ?? []).length;

/** A Samoan page glossed into English. */
export const glossSamoan = (text: string): string => glossInTurn(text, CASED_RULES);
