import { glossInTurn, keepAnyCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Tongan draw news glossed into the English the reader knows, in the shape of `gloss-samoan.ts` (docs/parser.md "Tongan and
 * Fijian"): day-first dates with its months ("5 Siulai 2024" → "July 5, 2024", "ʻaho 28 Mē 2020" → "May 28, 2020"), weekdays
 * ("ʻI he Pulelulu" → "On Wednesday"), "ʻaneafi" (yesterday), "he ʻaho ní" (today), "ʻi he uike ni" (this week); rounds ("fakaafe
 * fika #437" → draw #437, "Fika ʻo e fakaafe: 250" → "Draw number: 250", "ko e fakaafe 436 ki he" → "draw #436 for the", "Fakaafe ʻe
 * ua" → two draws, "fakaafe kimuʻa" → the previous draw); counts ("Fakaafe ʻe 5,000" → 5,000 invitations, "naʻe fakaafe ʻa e kau
 * kole PNP ʻe 442" → "invited 442 PNP candidates", "ITA ʻe 1,000" → 1,000 invitations); cut-offs ("Maʻulalo taha ʻo e CRS" →
 * minimum CRS score, "ko e maaka maʻulalo taha ko e 436" → "the minimum score was 436"); hedges ("meimei", "ʻo ofi ki he" → about,
 * "laka hake ʻi he" → more than, "ʻo aʻu ki he" → up to). Words the glossary does not know stay.
 */

/** The glottal stop (fakauʻa) as Tongan writes it, or as a keyboard does, or not at all. */
const Q = "[ʻ'’‘]?";
const MONTHS: MonthTable = [
  ['s[aā]nuali', 'January'],
  ['f[eē]pueli', 'February'],
  [`ma${Q}[aā]si`, 'March'],
  [`${Q}[eē]peleli`, 'April'],
  ['m[eē]', 'May'],
  ['sune', 'June'],
  ['siulai', 'July'],
  [`${Q}aokosi`, 'August'],
  ['sepitema', 'September'],
  [`${Q}okatopa`, 'October'],
  ['n[oō]vema', 'November'],
  ['t[iī]sema', 'December'],
];
const month = monthNamer(
  MONTHS.map(([m, e]) => [`${m}$`, e] as const),
  'i',
);
const MONTH = `(${monthStems(MONTHS)})`;
/** The months no Tongan word shares ("Mē" is a month only beside a day). */
const LONG_MONTH = `(s[aā]nuali|f[eē]pueli|ma${Q}[aā]si|${Q}[eē]peleli|sune|siulai|${Q}aokosi|sepitema|${Q}okatopa|n[oō]vema|t[iī]sema)`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['m[oō]nite', 'Monday'],
  ['t[uū]site', 'Tuesday'],
  [`tu${Q}apulelulu`, 'Thursday'],
  ['pulelulu', 'Wednesday'],
  ['falaite', 'Friday'],
  ['tokonaki', 'Saturday'],
  ['s[aā]pate', 'Sunday'],
];
const weekday = monthNamer(
  WEEKDAYS.map(([w, e]) => [`${w}$`, e] as const),
  'i',
);
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const NUMBERS: Readonly<Record<string, string>> = { ua: 'two', tolu: 'three', fā: 'four', fa: 'four', nima: 'five' };
const COUNT = WORD_COUNT;
const E = `${Q}e`;
const NAE = `na${Q}e`;
const OF = `${Q}o\\se`;
const AT = `${Q}i\\she`;
const THE = `${Q}a\\se`;
const MINIMUM = `ma${Q}ulalo(?:\\staha)?`;

const RULES: readonly GlossRule[] = [
  // A round-up's head, "Ngaahi fakaafe Express Entry ʻo e uike ni:"; a time after a day, "ʻi he 14:55:49 UTC" (at).
  [words(`(?:ngaahi\\s)?fakaafe\\s(?:(Express\\sEntry)\\s)?${OF}\\suike\\sn[ií]`), (_, ee = '') => ` ${ee || 'Express Entry'} draws this week `],
  [words(`${AT}(?=\\s\\d{1,2}:\\d\\d)`), ' at '],
  // Days: "ʻAho 8 June 2023", "ʻaho 28 Mē 2020", "5 Siulai 2024", "ʻi he ʻaho 5 Siulai" (on July 5).
  [
    words(String.raw`(?:(${Q}i\s(?:he\s)?)?${Q}aho\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : ` ${all} `),
  ],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:${AT}\\smahina\\s(?:ko\\s)?|${Q}i\\s)${LONG_MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(`${LONG_MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(${AT}\\s)?${WEEKDAY}`), (_, on = '', w = '') => ` ${on ? 'on ' : ''}${weekday(w)} `],
  // "ʻaneafi" (yesterday), "he ʻaho ní", "ʻi he ʻaho ni", "ʻaho ni" (today), "ʻapongipongi" (tomorrow, left), "ʻi he uike ni" (this week).
  [words(`${Q}aneheafi`), ' the day before yesterday '],
  [words(`${Q}aneafi`), ' yesterday '],
  [words(`(?:${Q}i\\s)?(?:he\\s)?${Q}aho\\sn[ií]`), ' today '],
  [words(`(?:${AT}\\s)?uike\\sn[ií]`), ' this week '],
  [words(`(?:${AT}\\s)?uike\\skuo\\s${Q}osi`), ' last week '],
  [words(`(?:${AT}\\s)?m[aā]hina\\sn[ií]`), ' this month '],
  // Guides, recaps, forecasts.
  [words('fakahinohino'), ' Guide '],
  [words(`founga\\s(?:hono\\s)?hiki\\shake(?:\\sho${Q}o)?`), ' How to raise your '],
  [words(`uike\\skaha${Q}u`), ' next week '],
  [words(`fakaafe\\shoko`), ' next draw '],
  [words(`${Q}oku\\smau\\s${Q}amanaki`), ' we expect '],
  [words(`${Q}Aositel[eē]lia`), ' Australia '],
  [words(`Nu${Q}u\\sSila`), ' New Zealand '],
  [words(`s[iī]pinga`), ' for example '],
  [words('fakamatala\\sfakam[aā]hina'), ' monthly recap '],
  [words(`fakamatala\\sfaka(?:ta${Q}u|ta${Q}u)`), ' Year in review '],
  [words(`kikite|tomu${Q}a\\stala`), ' forecast '],
  [words('ongoongo'), ' news '],
  // Hedged counts, no count to the reader: "meimei 3,000", "ʻo ofi ki he 500" (about), "laka hake ʻi he 450" (more than), "ʻo aʻu ki he 5,000" (up to).
  [words(`meimei\\s(?:${E}\\s)?${COUNT}|(?:${Q}o\\s)?ofi\\ski\\she\\s${COUNT}|${COUNT}\\snai`), (_, a = '', b = '', c = '') => ` about ${a || b || c} `],
  [words(`(?:laka\\shake|lahi\\sange)\\s${Q}i\\she\\s${COUNT}`), ' more than $1 '],
  [words(`(?:${Q}o\\s)?a${Q}u\\ski\\she\\s${COUNT}`), ' up to $1 '],
  // Rounds: "fakaafe fika #437", "Fika ʻo e fakaafe: 250", "ko e fakaafe 436 ki he", "Fakaafe ʻe ua" (two draws), "fakaafe kimuʻa".
  [words(`fakaafe\\sfika\\s#?(\\d{1,3})`), ' draw #$1 '],
  [words(`fika\\s${OF}\\sfakaafe`), ' Draw number '],
  [words(`ko\\se\\sfakaafe\\s(\\d{1,3})\\ski\\she`), ' draw #$1 for the '],
  [words(`(?:ko\\se\\s)?fakaafe\\s${E}\\s(${Object.keys(NUMBERS).join('|')})(?![\\p{L}\\d])`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`${AT}\\sfakaafe\\skimu${Q}a`), ' In the previous draw '],
  [words(`(?:${Q}a\\se\\s)?fakaafe\\skimu${Q}a`), ' the previous draw '],
  [words(`(?:${Q}a\\se\\s)?fakaafe\\sfakamuimui`), ' the latest draw '],
  [words(`${Q}uluaki\\sfakaafe`), ' first draw '],
  [words(`${AT}\\s${Q}aho\\s${E}\\s(${Object.keys(NUMBERS).join('|')})(?![\\p{L}\\d])`), (_, n = '') => ` in ${NUMBERS[n.toLowerCase()] ?? n} days `],
  [words(`${NAE}\\sfakahoko`), ' held '],
  [words(`${E}\\she\\s(IRCC)`), ' by $1 '],
  // Counts: "Fakaafe ʻe 5,000", "naʻe fakaafe ʻa e kau kole PNP ʻe 442", "naʻe fakaafe ʻa e CEC ʻe 3,515", "ITA ʻe 1,000", "Naʻe ʻave ʻa e fakaafe ʻe 1,800".
  [words(`${NAE}\\s${Q}ave\\s${THE}\\sfakaafe\\s${E}\\s${COUNT}`), ' $1 invitations were issued '],
  [
    words(`${NAE}\\sfakaafe\\s${THE}\\s(IRCC)\\s${THE}\\s(?:kau\\s(?:kole\\s)?)?(?:([A-Z]{2,5})\\s)?${E}\\s${COUNT}`),
    (_, i = '', p = '', n = '') => ` ${i} invited ${n} ${p ? `${p} ` : ''}candidates `,
  ],
  [words(`(?:${NAE}\\s)?fakaafe\\s${THE}\\skau\\skole\\s(?:([A-Z]{2,5})\\s)?${E}\\s${COUNT}`), (_, p = '', n = '') => ` invited ${n} ${p ? `${p} ` : ''}candidates `],
  [words(`(?:${NAE}\\s)?fakaafe\\s${THE}\\s(?:kau\\s)?([A-Z]{2,5})\\s${E}\\s${COUNT}`), ' invited $2 $1 candidates '],
  [words(`(?:fakaafe|ITA)\\s(?:\\(ITA\\)\\s)?${E}\\s${COUNT}`), ' $1 invitations '],
  [words(`kau\\skole\\s${E}\\s${COUNT}`), ' $1 candidates '],
  [words(`${NAE}\\sfakaafe`), ' invited '],
  [words('fakaafe'), ' invitations '],
  // Cut-offs: "Maʻulalo taha ʻo e CRS: 382", "ko e maaka maʻulalo taha ko e 436", "ʻo maʻulalo ʻa e CRS ki he 760".
  [words(`${Q}o\\s${MINIMUM}\\s${THE}\\sCRS\\ski\\she\\s${COUNT}`), ' with a minimum CRS score of $1 '],
  [words(`(?:ko\\se\\s)?(?:maaka\\s)?${MINIMUM}\\s(?:${OF}\\s)?CRS`), ' minimum CRS score '],
  [words(`(?:ko\\se\\s)?maaka\\s${MINIMUM}\\sko\\se(?=\\s\\d)`), ' the minimum score was '],
  [words(`(?:ko\\se\\s)?maaka\\s${MINIMUM}`), ' the minimum score '],
  [words(`${COUNT}\\smaaka`), ' $1 points '],
  // The tie-break's rule: "Lao vahevahe tatau".
  [words('lao\\svahevahe\\statau'), ' Tie-break '],
  // Programs.
  [words(`(?:kau\\s)?lea\\sFalanis[eē]`), ' French-speaking '],
  [words('Falanis[eē]'), ' French '],
  [words(`(?:ngaahi\\s)?ng[aā]ue\\sfakamea`), ' trades '],
  [words(`ngaahi\\spolokalama\\skotoa|polokalama\\skotoa`), ' all programs '],
  [words(`${Q}ikai\\sfakapapau${Q}i`), ' No program specified '],
  [words('polokalama'), ' program '],
  [words('vahefonua'), ' province '],
  [words('pulusi'), ' Published '],
  [words(`K[aā]nata`), ' Canada '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Tongan writes among the languages the reader glosses (not Samoan's "o le", "ua", "valaaulia", nor Maori's "kua", "ngā"). */
const TONGAN_WORD = words(
  `fakaafe|${NAE}|${Q}oku|${Q}ane(?:he)?afi|[ʻ'’‘]e(?=\\s\\d)|ní|${MINIMUM}|maaka|kau|kole|K[aā]nata|${Q}aho|uike|fika|${OF}|${AT}|ki\\she|${THE}|pea|eni|fakahoko|ngaahi|ng[aā]ue|Falanis[eē]|Siulai|S[aā]nuali|${Q}Aokosi|Sepitema|Pulelulu|Tu${Q}apulelulu|M[oō]nite|T[uū]site|Falaite|${Q}ikai|polokalama|fakamatala`,
);
const HINT = /[Ff]akaafe|[Mm]a[ʻ'’‘]?ulalo|[ʻ'’‘]?[Aa]ne(?:he)?afi/;
/** A cheap first test: "fakaafe" (invite, invitations), "maʻulalo" (lowest) or "ʻaneafi" (yesterday), which no other language writes. */
export const TONGAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isTongan = (text: string): boolean => writtenWith(text, TONGAN_WORD, 5);

/** A Tongan page glossed into English. */
export const glossTongan = (text: string): string => glossInTurn(text, CASED_RULES);
