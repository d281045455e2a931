import { glossInTurn, keepAnyCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Fijian draw news glossed into the English the reader knows, in the shape of `gloss-samoan.ts` (docs/parser.md "Tongan and
 * Fijian"): day-first dates with its months ("6 Okosita 2021" → "August 6, 2021"), weekdays ("ena Vukelulu" → "on Wednesday"),
 * "nanoa" (yesterday), "nikua", "ena siga nikua" (today), "ena macawa oqo" (this week); rounds ("na kena ika-200 ni vakatutu" →
 * draw #200, "Rua na sureti" → two draws, "draw e liu" → the previous draw); counts ("E 3,000 na sureti" → 3,000 invitations,
 * "sureti kina e 3,000 na dau tagi" → "invited 3,000 candidates", "2,000 na ITA" → 2,000 invitations); cut-offs ("na iwiliwili
 * lailai duadua ni CRS e 404" → "the minimum CRS score was 404", "CRS lailai duadua" → minimum CRS score); hedges ("rauta ni",
 * "volekata" → about, "sivia na" → more than, "me yacova na" → up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['janueri', 'January'],
  ['feperueri', 'February'],
  ['maji', 'March'],
  ['epereli', 'April'],
  ['me', 'May'],
  ['june', 'June'],
  ['julai', 'July'],
  ['okosita', 'August'],
  ['seveteba', 'September'],
  ['okotova', 'October'],
  ['noveba', 'November'],
  ['tiseba', 'December'],
];
const month = monthNamer(
  MONTHS.map(([m, e]) => [`${m}$`, e] as const),
  'i',
);
const MONTH = `(${monthStems(MONTHS)})`;
/** The months no Fijian word shares ("Me" is a word too: a month only beside a day). */
const LONG_MONTH = '(janueri|feperueri|maji|epereli|julai|okosita|seveteba|okotova|noveba|tiseba)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['moniti', 'Monday'],
  ['tusiti', 'Tuesday'],
  ['vukelulu', 'Wednesday'],
  ['lotulevu', 'Thursday'],
  ['vakaraubuka', 'Friday'],
  ['vakarauwai', 'Saturday'],
  ['sigatabu', 'Sunday'],
];
const weekday = monthNamer(
  WEEKDAYS.map(([w, e]) => [`${w}$`, e] as const),
  'i',
);
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const NUMBERS: Readonly<Record<string, string>> = { rua: 'two', tolu: 'three', va: 'four', lima: 'five' };
const COUNT = WORD_COUNT;
const INVITE = '(?:sureti|ITA)';
const DRAW = '(?:draw|sureti|vakatutu)';
const MINIMUM = '(?:(?:na\\s)?(?:iwiliwili|maka)\\s)?lailai\\sduadua';

const RULES: readonly GlossRule[] = [
  // A round-up's head, "Na sureti ni Express Entry ena macawa oqo:".
  [words('(?:na\\s)?sureti\\sni\\s(Express\\sEntry)\\sena\\smacawa\\soqo'), ' $1 draws this week '],
  // After a province's own round, "Sega ni sureti ni Express Entry oqo" (this is not an Express Entry round): a federal one, not this.
  [words('sega\\sni\\s(?:sureti\\sni\\s)?Express\\sEntry(?:\\s(?:draw|sureti))?\\soqo'), ' This is not a federal draw '],
  // Days: "6 Okosita 2021", "ena 5 Julai" (on July 5), "ena siga Vukelulu, 5 Julai".
  [
    words(String.raw`(?:(ena)\s(?:siga\s)?)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : ` ${all} `),
  ],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:ena\\svula\\sko\\s|ena\\s)${LONG_MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(`${LONG_MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(ena\\s(?:siga\\s)?)?${WEEKDAY}`), (_, on = '', w = '') => ` ${on ? 'on ' : ''}${weekday(w)} `],
  // "nanoa" (yesterday), "nikua", "ena siga nikua" (today), "ena macawa oqo" (this week), "ena macawa sa oti" (last week).
  [words('(?:e\\s)?nanoa\\ska\\sliu'), ' the day before yesterday '],
  [words('(?:e\\s)?nanoa(?:\\smai)?'), ' yesterday '],
  [words('nimataka'), ' tomorrow '],
  [words('(?:ena\\s)?(?:siga\\s)?nikua'), ' today '],
  [words('(?:ena\\s|ni\\s)?macawa\\soqo'), ' this week '],
  [words('(?:ena\\s)?macawa\\s(?:sa\\s)?oti'), ' last week '],
  [words('(?:ena\\s)?vula\\soqo'), ' this month '],
  // Guides, recaps, forecasts.
  [words('ivakatakilakila\\sni\\svula|itukutuku\\sni\\svula'), ' monthly recap '],
  [words('itukutuku\\sni\\syabaki'), ' Year in review '],
  [words('na\\scava\\se\\sna\\syaco'), ' forecast: what will happen '],
  [words('me\\svakaibalebale|kena\\sivakaraitaki'), ' for example '],
  [words('ivakamacala'), ' Guide '],
  [words('(?:na\\s)?matanitu\\so'), ' the country of '],
  [words('Ositerelia'), ' Australia '],
  [words('Niu\\sSiladi'), ' New Zealand '],
  [words('(?:vei\\sira\\s)?(?:na\\s)?dau\\stagi\\se\\skila\\sna\\svosa\\svakaFarani'), ' to French-speaking candidates '],
  [words('(?:na\\s)?(?:vosa\\s)?vakaFarani'), ' French '],
  // Hedged counts, no count to the reader: "rauta ni 3,000", "volekata na 500" (about), "sivia na 450" (more than), "me yacova na 5,000" (up to).
  [words(`(?:e\\s)?(?:rauta\\sni|volekata|vakarauta)\\s(?:na\\s)?${COUNT}`), ' about $1 '],
  [words(`(?:e\\s)?sivia\\s(?:na\\s)?${COUNT}`), ' more than $1 '],
  [words(`(?:me\\s)?yacova\\s(?:na\\s)?${COUNT}`), ' up to $1 '],
  // Rounds: "na kena ika-200 ni vakatutu" (draw #200), "Rua na sureti" (two draws), "draw e liu" (the previous draw).
  [words(`(?:na\\s)?(?:kena\\s|nona\\s)?ika-?(\\d{1,3})\\sni\\s${DRAW}`), ' draw #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\sna\\s(?:sureti|draw)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`(?:na\\s)?${DRAW}\\se\\sliu`), ' the previous draw '],
  [words(`(?:na\\s)?${DRAW}\\s(?:vou|mai\\smuri)`), ' the latest draw '],
  [words('sureti\\sni\\s(Express\\sEntry)'), ' $1 draw '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\sna\\ssiga`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} days `],
  [words('draw\\sni\\s(\\p{Lu}\\p{L}+)'), ' $1 draw '],
  // Counts: "E 3,000 na sureti", "E 3,000 na ITA e soli", "sureti kina e 3,000 na dau tagi", "e sureti e 777 na", "2,000 na ITA".
  [words(`(?:e\\s)?${COUNT}\\sna\\s${INVITE}\\se\\s(?:soli|solia)`), ' $1 invitations were issued '],
  [words(`(?:e\\s)?sureti\\s(?:kina\\s)?e\\s${COUNT}\\sna\\s(?:dau\\stagi|tamata)`), ' invited $1 candidates '],
  [words(`(?:e\\s)?sureti\\s(?:kina\\s)?e\\s${COUNT}(?=\\sna\\s)`), ' invited $1 '],
  [words(`(?:e\\s)?${COUNT}\\sna\\s${INVITE}`), ' $1 invitations '],
  [words(`(?:e\\s)?${COUNT}\\sna\\s(?:dau\\stagi|tamata)`), ' $1 candidates '],
  [words('(candidates)\\sni(?=\\s\\p{L})'), ' $1 in '],
  [words('a\\ssureti|e\\ssureti'), ' invited '],
  [words('sureti'), ' invitations '],
  // Cut-offs: "na iwiliwili lailai duadua ni CRS e 404", "na CRS lailai duadua 516", "CRS lailai duadua: 699 points".
  [words(`(?:na\\s)?${MINIMUM}\\sni\\sCRS\\se(?=\\s\\d)`), ' the minimum CRS score was '],
  [words(`(?:na\\s)?${MINIMUM}\\sni\\sCRS`), ' the minimum CRS score '],
  [words(`(?:na\\s)?CRS\\slailai\\sduadua\\se(?=\\s\\d)`), ' the minimum CRS score was '],
  [words(`(?:na\\s)?CRS\\slailai\\sduadua`), ' the minimum CRS score '],
  [words(`(?:na\\s)?${MINIMUM}\\se(?=\\s\\d)`), ' the minimum score was '],
  [words(`(?:na\\s)?${MINIMUM}`), ' the minimum score '],
  // Programs: "vakatakilai mai na yasana" (nominated by the province), "vei porokaramu kece" (all programs).
  [words('na\\svakatakilai\\smai\\sna\\syasana'), ' provincial nominees '],
  [words('(?:ena\\s)?vei\\sporokaramu\\skece'), ' for all programs '],
  [words('porokaramu'), ' program '],
  [words(String.raw`(?:na\s)?yasana\s(?:o\s)?(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)`), ' the province of $1 held a provincial draw: '],
  [words('yasana'), ' province '],
  [words('dau\\sdraiva\\sni\\strak'), ' truck drivers '],
  [words('Volai'), ' Published '],
  [words('Kenada'), ' Canada '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Fijian writes among the languages the reader glosses (not Samoan's "o le", "ua", nor Maori's "kua", "ngā"). */
const FIJIAN_WORD = words(
  `sureti|ena|kei|nikua|nanoa|vakayacora|lailai|duadua|iwiliwili|Kenada|dau\\stagi|macawa|oqo|kina|sega|vei|mai|ka|nona|kena|vakatutu|siga|soli|vula|yabaki|Okosita|Julai|Epereli|Janueri|Vukelulu|Lotulevu|Vakaraubuka|porokaramu|yasana|na|ni|ira|gauna|vo\\stale|tale|nimataka|vakaFarani`,
);
const HINT = /[Ss]ureti|lailai duadua|[Nn]ikua|[Nn]anoa|[Ii]vakamacala/;
/** A cheap first test: "sureti" (invite, invitations), "lailai duadua" (lowest), "nikua" (today) or "nanoa" (yesterday), which no other language writes. */
export const FIJIAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isFijian = (text: string): boolean => writtenWith(text, FIJIAN_WORD, 5);

/** A Fijian page glossed into English. */
export const glossFijian = (text: string): string => glossInTurn(text, CASED_RULES);
