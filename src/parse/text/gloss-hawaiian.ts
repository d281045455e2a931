import { glossInTurn, keepAnyCase, monthNamer, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Hawaiian draw news glossed into the English the reader knows, in the shape of `gloss-tongan.ts` (docs/parser.md "Hawaiian and
 * Chamorro"): day-first dates with its months ("19 ʻAukake 2026" → "August 19, 2026", "ma 24 Kepakemapa 2018" → "on September 24,
 * 2018"), weekdays ("I ka Pōʻakahi" → On Monday), "i kēia lā" (today), "i nehinei" (yesterday), "i kēia pule" (this week); rounds
 * ("ka pōʻai kono #437" → draw #437, "pōʻai 435" → draw #435, "ʻElua pōʻai" → two draws, "ka pōʻai … ma mua o ia" → the previous
 * draw); counts ("nā kono he 5,000" → 5,000 invitations, "ua kono ʻia nā moho PNP he 442" → 442 PNP candidates were invited, "ua
 * loaʻa i nā moho CEC he 3,300 kono" → 3,300 CEC candidates received invitations); cut-offs ("Ka helu CRS haʻahaʻa loa: 382", "ʻo
 * 507 ka helu CRS haʻahaʻa loa" → the minimum CRS score was 507); the tie-break ("ka manawa hoʻokaʻawale", "Lula hoʻokaʻawale");
 * hedges ("ma kahi o", "kokoke" → about, "ʻoi aku ma mua o" → more than, "a hiki i" → up to: no count). The ʻokina and the kahakō
 * may be written or not. Words the glossary does not know stay.
 */

/** The ʻokina as Hawaiian writes it, or as a keyboard does, or not at all. */
const Q = "[ʻ'’‘]?";
/** A spelling with its ʻokina and kahakō made optional ("pōʻai" matches "pōʻai", "po'ai", "poai"). */
const loose = (s: string): string => s.replace(/ʻ/g, Q).replace(/ā/g, '[aā]').replace(/ē/g, '[eē]').replace(/ī/g, '[iī]').replace(/ō/g, '[oō]').replace(/ū/g, '[uū]').replace(/ /g, '\\s');
/** A word as the tables key it: no ʻokina, no kahakō, lower case. */
const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]|[ʻ'’‘]/g, '')
    .toLowerCase();
/** A pattern from Hawaiian words, whole words only. */
const hw = (source: string): RegExp => words(loose(source));

const MONTHS: MonthTable = [
  ['ianuali', 'January'],
  ['pepeluali', 'February'],
  ['malaki', 'March'],
  ['apelila', 'April'],
  ['mei', 'May'],
  ['iune', 'June'],
  ['iulai', 'July'],
  ['aukake', 'August'],
  ['kepakemapa', 'September'],
  ['okakopa', 'October'],
  ['nowemapa|novemapa', 'November'],
  ['kekemapa|dekemapa', 'December'],
];
const namer = monthNamer(
  MONTHS.map(([m, e]) => [`^(?:${m})$`, e] as const),
  'i',
);
const month = (m: string): string => namer(plain(m));
const MONTH = `(${loose('Ianuali|Pepeluali|Malaki|ʻApelila|Mei|Iune|Iulai|ʻAukake|Kepakemapa|ʻOkakopa|Nowemapa|Novemapa|Kekemapa|Dekemapa')})`;
/** The months no other word shares ("Mei" is a month only beside a day or a year). */
const LONG_MONTH = `(${loose('Ianuali|Pepeluali|Malaki|ʻApelila|Iune|Iulai|ʻAukake|Kepakemapa|ʻOkakopa|Nowemapa|Kekemapa')})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  poakahi: 'Monday',
  poalua: 'Tuesday',
  poakolu: 'Wednesday',
  poaha: 'Thursday',
  poalima: 'Friday',
  poaono: 'Saturday',
  lapule: 'Sunday',
};
const WEEKDAYS = `(${loose('Pōʻakahi|Pōʻalua|Pōʻakolu|Pōʻahā|Pōʻalima|Pōʻaono|Lāpule')})`;
const weekdayOf = (w: string): string => WEEKDAY[plain(w)] ?? '';
const NUMBERS: Readonly<Record<string, string>> = { elua: 'two', ekolu: 'three', eha: 'four', elima: 'five' };
const NUMBER = `(${loose('ʻelua|ʻekolu|ʻehā|ʻelima')})`;
const numberOf = (n: string): string => NUMBERS[plain(n)] ?? n;
const COUNT = WORD_COUNT;
/** A program's letters after "nā moho" (the candidates): "nā moho PNP he 442". */
const PROGRAM = '(?:(CEC|PNP|FSW|FST|STEM)\\s)?';
const MINIMUM = loose('helu (?:(CRS) )?haʻahaʻa loa');
const WHO = '(IRCC|Kanak[aā]|Kanada)';
const who = (w: string): string => (/^IRCC$/i.test(w) ? 'IRCC' : 'Canada');

const RULES: readonly GlossRule[] = [
  // Hedged counts, no count to the reader: "ma kahi o 3,000", "kokoke i 3,000" (about), "ʻoi aku ma mua o 3,000" (more than), "a hiki i 3,000" (up to).
  [words(`${loose('(?:ma kahi o|kokoke(?: i)?|ʻaneʻane|he ʻano)')}\\s(?:${loose('he ')})?${COUNT}`), ' about $1 '],
  [words(`${loose('ʻoi aku(?: ma mua)?(?: o| i)?')}\\s(?:${loose('he ')})?${COUNT}`), ' more than $1 '],
  [words(`${loose('a hiki (?:aku )?i')}\\s(?:${loose('he ')})?${COUNT}`), ' up to $1 '],
  // Days: "19 ʻAukake 2026", "ma 24 Kepakemapa 2018", "i ka lā 24 o Kepakemapa, 2018", "Kepakemapa 24, 2018".
  [
    words(`(?:(${loose('i ka lā|ma|i')})\\s)?(\\d{1,2})\\s(?:o\\s)?${MONTH}(?:,?\\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : ` ${all} `),
  ],
  [words(`${MONTH}\\s(\\d{1,2}),?\\s${YEAR}`), (all = '', m = '', d = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  [words(`${loose('hōʻuluʻulu')}\\s(?:o\\s)?${LONG_MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` Monthly recap: ${month(m)} ${y} `],
  [words(`(?:ma|i)\\s${LONG_MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`${LONG_MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(`(?:(i|ma)\\s(?:ka\\s)?)?${WEEKDAYS}`), (_, on = '', w = '') => ` ${on ? 'on ' : ''}${weekdayOf(w)} `],
  // "i kēia lā" (today), "i nehinei" (yesterday), "ʻapōpō" (tomorrow), "i kēia pule" (this week), "i ka pule i hala" (last week).
  [hw('(?:i )?ka lā ma mua o nehinei'), ' the day before yesterday '],
  [hw('(?:i )?nehinei'), ' yesterday '],
  [hw('(?:i )?kēia lā'), ' today '],
  [hw('(?:i )?ʻapōpō'), ' tomorrow '],
  [hw('(?:i )?kēia pule'), ' this week '],
  [hw('(?:i )?ka pule i hala'), ' last week '],
  [hw('(?:i )?kēia mahina'), ' this month '],
  // Guides, recaps, forecasts, others' rounds.
  [hw('alakaʻi'), ' Guide '],
  [words(`${loose('hōʻuluʻulu (?:o )?(?:ka )?makahiki')}\\s${YEAR}`), ' Year in review $1 '],
  [hw('hōʻuluʻulu'), ' recap '],
  [hw('wānana'), ' forecast '],
  [hw('(?:ma ke ʻano he |i )?laʻana'), ' for example '],
  [hw('Nūhōlani|ʻAukekulelia'), ' Australia '],
  [hw('Aotearoa|Nūkilani|Nū Kilani'), ' New Zealand '],
  [hw('ʻaʻole kēia he pōʻai (?:o )?Express Entry'), ' This is not a federal draw '],
  [hw('panalāʻau'), ' province '],
  // The tie-break: "Ka manawa hoʻokaʻawale", "Lula hoʻokaʻawale"; a time after it: "ma 22:09:00 UTC" (at).
  [hw('(?:ʻo )?(?:ka )?(?:manawa|lula) hoʻokaʻawale'), ' tie-breaking rule '],
  [words('ma(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
  // Rounds: "ka pōʻai kono #437", "pōʻai 435", "ʻElua pōʻai", "ka pōʻai PNP ma mua o ia", "pōʻai kūikawā".
  [words(`(?:ka\\s)?${loose('pōʻai(?: kono)?')}\\s(?:#|${loose('helu ')})?(\\d{1,3})(?![\\d,])`), ' draw #$1 '],
  [words(`${NUMBER}\\s${loose('pōʻai')}`), (_, n = '') => ` ${numberOf(n)} draws `],
  [words(`${loose('(?:ʻo )?ka pōʻai')}\\s(?:(\\p{Lu}{2,4})\\s)?${loose('(?:ma mua o ia|i hala|ma mua)')}`), (_, p = '') => ` the previous ${p ? `${p} ` : ''}draw `],
  [hw('pōʻai kūikawā'), ' special draw '],
  [hw('pōʻai hou'), ' new draw '],
  [hw('pōʻai'), ' draw '],
  // Counts: "nā kono he 5,000", "5,000 kono", "ua kono ʻia nā moho PNP he 442", "ua loaʻa i nā moho CEC he 3,300 kono".
  [words(`${loose('ua loaʻa i nā moho')}\\s${PROGRAM}${loose('he')}\\s${COUNT}\\s${loose('kono')}`), (_, p = '', n = '') => ` ${n} ${p ? `${p} ` : ''}candidates received invitations `],
  [words(`${loose('ua kono ʻia nā moho')}\\s${PROGRAM}${loose('he')}\\s${COUNT}`), (_, p = '', n = '') => ` ${n} ${p ? `${p} ` : ''}candidates were invited `],
  [words(`${loose('ua kono ʻia he')}\\s${COUNT}`), ' $1 were invited '],
  [words(`${loose('ua (?:hoʻouna|kono) ʻo')}\\s${WHO}(?:\\si)?(?=\\s)`), (_, w = '') => ` ${who(w)} issued `],
  [hw('ua hoʻouna ʻia'), ' were issued '],
  [words(`(?:${loose('nā ')})?${loose('kono')}\\s(?:\\(ITA\\)\\s)?${loose('he')}\\s${COUNT}`), ' $1 invitations '],
  [words(`(?:${loose('he ')})?${COUNT}\\s${loose('kono')}`), ' $1 invitations '],
  [words(`${loose('nā moho')}\\s${PROGRAM}${loose('he')}\\s${COUNT}`), (_, p = '', n = '') => ` ${n} ${p ? `${p} ` : ''}candidates `],
  [hw('ua kono ʻia'), ' were invited '],
  [hw('(?:nā )?kono'), ' invitations '],
  [hw('i nā moho'), ' to candidates '],
  [hw('(?:nā )?moho'), ' candidates '],
  // Cut-offs: "Ka helu CRS haʻahaʻa loa: 382", "ʻo 507 ka helu CRS haʻahaʻa loa", "me ka helu haʻahaʻa loa he 523", "me ka helu CRS 760".
  [words(`(?:(a)\\s)?${Q}o\\s${COUNT}\\s(?:ka\\s)?${MINIMUM}`), (_, a = '', n = '', c = '') => ` ${a ? 'and ' : ''}the minimum ${c ? 'CRS ' : ''}score was ${n} `],
  [words(`(?:(me)\\s)?(?:ka\\s)?${MINIMUM}\\s${loose('he')}\\s${COUNT}`), (_, me = '', c = '', n = '') => ` ${me ? 'with ' : ''}a minimum ${c ? 'CRS ' : ''}score of ${n} `],
  [words(`(?:ka\\s)?${MINIMUM}`), (_, c = '') => ` the minimum ${c ? 'CRS ' : ''}score `],
  [words(`me\\s(?:ka\\s)?helu\\sCRS\\s${COUNT}`), ' with a CRS score of $1 '],
  [words('(?:ka\\s)?helu\\sCRS'), ' CRS score '],
  [words(`${COUNT}\\shelu`), ' $1 points '],
  // Who did what: "Ua mālama ʻia" (was held), "Ua mālama ʻo IRCC i" (IRCC held), "Ua hoʻolaha ʻo IRCC i" (IRCC announced).
  [words(`${loose('ua mālama ʻo')}\\s${WHO}(?:\\si)?(?=\\s)`), (_, w = '') => ` ${who(w)} held `],
  [words(`${loose('ua hoʻolaha ʻo')}\\s${WHO}(?:\\si)?(?=\\s)`), (_, w = '') => ` ${who(w)} announced `],
  [hw('(?:ua )?mālama ʻia'), ' was held '],
  // Programs.
  [hw('(?:ka )?ʻōlelo Palani'), ' French-language '],
  [hw('(?:ka )?mālama olakino'), ' healthcare '],
  [hw('(?:nā )?ʻoihana lima'), ' trades '],
  [hw('nā papahana a pau'), ' all programs '],
  [hw('papahana'), ' program '],
  [hw('i ka papa'), ' to the '],
  [hw('wale nō'), ' only '],
  [hw('ʻaʻole'), ' not '],
  [words(`(?<!#)${loose('Kanakā')}`), ' Canada '],
  [hw('Nūhou'), ' News '],
  [hw('me ka'), ' with the '],
  [hw('no ka'), ' for the '],
  [words('no(?=\\s\\p{L})'), ' for '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/**
 * Words only Hawaiian writes among the languages the reader glosses (not Maori's "ngā", "kua", "rauna", nor Tongan's "naʻe", "ʻoku",
 * Samoan's "ua", "le", Fijian's "na", Malagasy's "ny"); no English word.
 */
const HAWAIIAN_WORD = hw(
  'kono|pōʻai|moho|helu|haʻahaʻa|mālama|hoʻouna|hoʻolaha|kēia|nehinei|ʻapōpō|ʻia|papahana|Kanakā|nūhou|hōʻuluʻulu|hoʻokaʻawale|ʻaʻole|ʻōlelo|loaʻa|wale nō|nā|a pau|pule|mākaukau|ʻoihana|olakino|kūikawā|Pōʻakahi|Pōʻalua|Pōʻakolu|Pōʻahā|Pōʻalima|Pōʻaono|Lāpule|Ianuali|Pepeluali|Malaki|ʻApelila|Iune|ʻAukake|Kepakemapa|ʻOkakopa|Nowemapa|Kekemapa|ʻelua|ʻekolu|ʻehā',
);
/** Maori's, Tongan's, Samoan's, Fijian's and Malagasy's own words: a page with as many of them is not Hawaiian. */
const NEIGHBOUR_WORD = words("ngā|kua|tēnei|rauna|pōwhiri|kaute|kaitono|na[ʻ'’‘]e|[ʻ'’‘]oku|fakaafe|kau\\skole|valaaulia|tagata|togi|o\\sle|i\\sle|sureti|vakayacora|ny|fisintonana|nasaina|omaly");
const HINT = /ʻ|[Kk]ono\b/;
/** A cheap first test: the ʻokina (U+02BB) or "kono" (invitations, invite), which English never writes. */
export const HAWAIIAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, five of them different (or, a short post, five making up a sixth of its words), and more than the neighbours'. */
export const isHawaiian = (text: string): boolean => writtenWith(text, HAWAIIAN_WORD, 5) && (text.match(HAWAIIAN_WORD) ?? []).length > 2 * (text.match(NEIGHBOUR_WORD) ?? []).length;

/** A Hawaiian page glossed into English. */
export const glossHawaiian = (text: string): string => glossInTurn(text, CASED_RULES);
