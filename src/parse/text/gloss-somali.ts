import { compiledNow } from './matches.ts';
import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Somali draw news glossed into the English the reader knows, as `gloss-swahili.ts` does for Swahili (docs/parser.md,
 * "Swahili, Somali and Haitian Creole"): Somali months and weekdays ("13 Oktoobar 2022", "Arbacadii" → "on Wednesday",
 * "9-kii November" → "November 9"), counts with their noun ("4,750 casuumaad" → "4,750 invitations", "5,000 qof" → "5,000
 * candidates"), cut-offs ("Dhibcaha CRS ee ugu yar", "CRS ugu yar 793" → "minimum CRS score …"), rounds ("Wareegga 236aad" →
 * "draw #236", "Wareeggii hore" → "the previous draw"), the tie-break ("Xeerka isku-dhafka"), programs and the words of a draw
 * report. Words the glossary does not know stay as they are: no English pattern reads them.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['maa?r', 'March'],
  ['abr|apr', 'April'],
  ['maa?[jy]|may', 'May'],
  ['juun|jun', 'June'],
  ['luul|jul', 'July'],
  ['ago|ogo|aug', 'August'],
  ['seb|sep', 'September'],
  ['okt|oct', 'October'],
  ['nof|nov', 'November'],
  ['dis|des|dec', 'December'],
];
const MONTH = '(Janaayo|Jannaayo|Febraayo|Feberwari|Maarso|Abriil|Abril|Maajo|Maayo|Juun|Juunyo|Luulyo|Luuliyo|Agoosto|Ogosto|Sebtembar|Sebteembar|Oktoobar|Nofembar|Nofeembar|Diseembar|Desembar)';
const month = monthNamer(MONTHS, 'i');

/** Weekdays with the endings of "the" and of the past ("Arbacadii", on Wednesday; "Isniinta"). */
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Isniin', 'Monday'],
  ['Talaad[oa]', 'Tuesday'],
  ['Arbac[oa]', 'Wednesday'],
  ['Khamiis', 'Thursday'],
  ['Jimc[oa]', 'Friday'],
  ['Sabti', 'Saturday'],
  ['Axad', 'Sunday'],
];
const ENGLISH_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

const RULES: readonly GlossRule[] = [
  // Days: "13 Oktoobar 2022", "bishii Luulyo" (in July), "9-kii November" (the 9th of November).
  [words(String.raw`(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [words(String.raw`(\d{1,2})-(?:kii|da|ka)\s(${ENGLISH_MONTH}|${MONTH.slice(1, -1)})`), (_, d = '', m = '') => ` ${month(m) || m} ${String(Number(d))} `],
  [words(String.raw`(\d{1,2})\s(${ENGLISH_MONTH})\.?(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [words(MONTH.slice(1, -1)), (m = '') => ` ${month(m)} `],
  [words('bishii|bisha'), ' in '],
  ...WEEKDAYS.map(([so, en]): GlossRule => [words(`${so}(?:dii|tii|da|ta)?`), (all = '') => (/(?:dii|tii)$/i.test(all) ? ` on ${en} ` : ` ${en} `)]),
  // Bylines: "Qore: Cabdiraxmaan Xuseen | Khamiis, 24 November 2022", "19/11/2020 | Warbixin: Faadumo Cali".
  [/(?<![\p{L}])(?:Qore|Qoraa|Warbixin)\s?:\s(?=\p{Lu})/gu, ' By '],
  [words('shalay'), ' yesterday '],
  [words('maanta'), ' today '],
  [words('todd?obaadkan'), ' this week '],
  [words('todd?obaadkii\\s(?:hore|la\\ssoo\\sdhaafay)'), ' last week '],
  // Rounds: "Wareegga 236aad ee nidaamka Express Entry", "Wareegga 167 ee Express Entry", "Wareeggii hore" (the previous draw).
  [words(String.raw`wareegg?a\s#?(\d{1,3})(?:aad)?(?:\see\s(?:nidaamka\s)?(Express\sEntry))?`), (_, n = '', ee = '') => ` ${ee ? 'Express Entry ' : ''}draw #${n} `],
  [words(String.raw`wareeggii\s(?:hore|ka\shorreeyay|ka\shoreeyay|la\ssoo\sdhaafay)`), ' the previous draw '],
  [words(String.raw`wareeggii\sugu\sdambeeyay(?:\see\s(PNP|CEC|STEM))?`), (_, p = '') => ` the latest ${p ? `${p} ` : ''}draw `],
  [words('wareeggan'), ' this draw '],
  [words('wareegyo|wareegyada'), ' draws '],
  [words('wareegg?(?:a|ii)?'), ' draw '],
  // The tie-break: "Xeerka isku-dhafka (tie-breaking rule)".
  [words(String.raw`xeerka\sisku-?(?:dhafka|dheelitirka|mid\sahaanshaha)(?:\s\(tie-?breaking\srule\))?`), ' tie-breaking rule '],
  // Invitations and candidates: "4,750 casuumaad", "Casuumaadaha: 5,000", "4,750 qof".
  [words(String.raw`tirada\scasuumaad\p{L}*`), ' number of invitations '],
  [words(String.raw`${WORD_COUNT}\scasuumaad\p{L}*`), ' $1 invitations '],
  [words(String.raw`casuumaad\p{L}*`), ' invitations '],
  [words('(?:ayaa\\s)?(?:la\\s)?(?:ku\\s)?(?:casuumay|casuuntay|casuumtay)'), ' invited '],
  [words(`${WORD_COUNT}\\s(?:qof|musharax|musharaxiin)`), ' $1 candidates '],
  [words('musharixiinta|musharixiin|musharaxiinta'), ' candidates '],
  // Cut-offs: "Dhibcaha CRS ee ugu yar: 491", "Dhibcaha ugu Yar 491", "CRS ugu yar 793", "dhibcaha ugu yarna waxay ahaayeen 478".
  [words(String.raw`dhibcaha\s(?:CRS\see\s)?ugu\s(?:yar|hooseeya)(?:na)?(?:\swaxay\sahaayeen)?`), ' minimum CRS score '],
  [words(String.raw`CRS\s(?:ee\s)?ugu\s(?:yar|hooseeya)`), ' minimum CRS score '],
  [words(`${WORD_COUNT}\\sdhibcood`), ' $1 points '],
  [words('dhibcaha|dhibcuhu|dhibcuhuna|dhibcihii'), ' the score '],
  [words('dhibcood|dhibic'), ' points '],
  [words('hoos\\su\\s(?:dhaceen|dhacaan|dhacday|dhacay)'), ' fell '],
  [words('kor\\su\\s(?:kaceen|kacay|kacday)'), ' rose '],
  [words('kordhay'), ' rose '],
  // Who did what: "qabatay" (held), "oo dhacay" (which took place).
  [words('(?:waxay\\s|ayaa\\s)?(?:qabatay|qabtay|qabatey)'), ' held '],
  [words('oo\\sdhacay'), ' which was held '],
  // Programs.
  [words('Wasaaradda\\sSocdaalka\\sKanada|Wasaaradda\\sSocdaalka'), ' Immigration Canada '],
  [words('dhammaan\\sbarnaamijyada|barnaamijyada\\soo\\sdhan'), ' all programs '],
  [words('luqadda\\sFaransiiska|Faransiiska|Faransiis(?:ka|ku)?'), ' French-language '],
  [words('degenaansho\\sjoogto\\sah'), ' permanent residence '],
  [words(String.raw`Fasalka\sKhibradda\sKanada`), ' Canadian Experience Class '],
  [words(String.raw`Barnaamijka\sMagacaabista\sGobolka`), ' Provincial Nominee Program '],
  [words(String.raw`(?:daryeelka|shaqooyinka|xirfadaha)\scaafimaadka`), ' healthcare '],
  // Joining words the English patterns lean on.
  [words('sidoo\\skale'), ' also '],
  [words('tan\\siyo'), ' since '],
  [words('Kanada'), ' Canada '],
  [words('iyo'), ' and '],
  [words('ayaa'), ' '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Somali writes (not "la", "ee", "tan", "soo": English, its "EE" and names have them). */
const SOMALI_WORD = words(
  'iyo|ayaa|waxay|wuxuu|waa|oo|ugu|sidoo|kale|markii|haddii|laakiin|Kanada|socdaal(?:ka)?|wararka|casuumaad\\p{L}*|dhibcaha|dhibcood|wareeg\\p{L}*|shalay|maanta|Isniin|Talaad\\p{L}*|Arbac\\p{L}*|Khamiis|Jimc\\p{L}*|Sabti|Axad|Luulyo|Oktoobar',
);
/** A cheap first test: a page with none of these is not Somali. */
export const SOMALI_HINT = compiledNow(/\b(?:iyo|ayaa|waxay|wuxuu|ugu|casuumaad|dhibcaha|wareeg\w*)\b/i);

/** Eight of the words, four of them different, or (a short post) four different making up a sixth of its words. */
export const isSomali = (text: string): boolean => writtenWith(text, SOMALI_WORD, 4);

/** A Somali page glossed into English. */
export const glossSomali = (text: string): string => glossInTurn(text, CASED_RULES);
