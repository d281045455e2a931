import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Hausa draw news glossed into the English the reader knows, as `gloss-swahili.ts` does for Swahili (docs/parser.md, "Yoruba,
 * Hausa and Zulu"). The hooked letters ("ɗ", "ƙ", "ɓ", "ƴ") are read as the plain ones first, as pages write either. Day-first
 * dates ("Litinin, 2 ga Fabrairu, 2015" → "Monday, February 2, 2015", "ranar Talata" → "on Tuesday"), rounds ("zagaye na 322"
 * → "draw #322", "zagaye na farko" → "the first draw", "zagaye biyu" → "two draws", "Zagayen da ya gabata" → "the previous
 * draw"), counts after their noun ("gayyata 733" → "733 invitations", "mutum 606" → "606 candidates"), cut-offs ("Mafi
 * ƙarancin maki", "maki mafi ƙanƙanta" → "minimum CRS score", "maki 673" → "673 points"), the tie-break ("Dokar raba kunnen
 * doki"), programs and the words of a draw report. Words the glossary does not know stay as they are: no English pattern reads them.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['fab|feb', 'February'],
  ['mar', 'March'],
  ['afr|apr', 'April'],
  ['may', 'May'],
  ['yun|jun', 'June'],
  ['yul|jul', 'July'],
  ['agu|aug', 'August'],
  ['sat|sep', 'September'],
  ['okt|oct', 'October'],
  ['nuw|nov', 'November'],
  ['dis|dec', 'December'],
];
const MONTH = '(Janairu|Fabrairu|Maris|Afrilu|Mayu|Yuni|Yuli|Agusta|Satumba|Oktoba|Okt|Nuwamba|Disamba)';
const ENGLISH_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const month = monthNamer(MONTHS, 'i');

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Litinin', 'Monday'],
  ['Talata', 'Tuesday'],
  ['Laraba', 'Wednesday'],
  ['Alhamis', 'Thursday'],
  ["Juma'?a", 'Friday'],
  ['Asabar', 'Saturday'],
  ['Lahadi', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { biyu: 'two', uku: 'three', hudu: 'four', biyar: 'five' };
/** "kwana uku bayan" (three days after). */
const DAYS: Readonly<Record<string, string>> = { daya: 'a day', biyu: 'two days', uku: 'three days', hudu: 'four days', biyar: 'five days' };
/** A phrase that starts a sentence where the words it glosses did. */
const sentenceCase = (phrase: string, upper: boolean): string => (upper ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase);
/** "shekaru goma da suka wuce" (ten years ago). */
const YEARS: Readonly<Record<string, string>> = { biyu: 'two', uku: 'three', hudu: 'four', biyar: 'five', goma: 'ten' };

const RULES: readonly GlossRule[] = [
  // Days: "2 ga Fabrairu, 2015", "12 ga Nuwamba", "22 ga Oktoba", "17 Okt 2019", "1 ga Mayu".
  [words(String.raw`(\d{1,2})\s(?:ga\s)?${MONTH}\.?(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [words(String.raw`(\d{1,2})\sga\s(${ENGLISH_MONTH})`), ' $2 $1 '],
  [words('Janairu|Fabrairu|Afrilu|Agusta|Satumba|Nuwamba|Disamba'), (m = '') => ` ${month(m)} `],
  // "A ranar Asabar" (on Saturday), "jiya Alhamis" (yesterday, Thursday), "Washegari Laraba" (the next day, Wednesday).
  ...WEEKDAYS.map(([ha, en]): GlossRule => [words(`(?:a\\s)?(?:ranar\\s)?${ha}`), (all = '') => (/ranar/i.test(all) ? ` on ${en} ` : ` ${en} `)]),
  [words('(?:a\\s)?ranar'), ' on '],
  [words('washegari'), ' the next day, '],
  // "shekaran jiya" (the day before yesterday) is no yesterday (two days ago: the reader leaves its day open).
  [words('shekaran\\s?jiya'), ' two days ago '],
  [words('(?:a\\s)?jiya'), ' yesterday '],
  // An anniversary: "A rana irin ta yau shekaru goma da suka wuce" (on a day like today ten years ago).
  [words('a\\srana\\sirin\\sta\\syau'), ' On this day '],
  [words(`shekaru\\s(${Object.keys(YEARS).join('|')})\\sda\\ssuka\\swuce`), (_, n = '') => ` ${YEARS[n.toLowerCase()] ?? ''} years ago `],
  [words('yau'), ' today '],
  [words(String.raw`da\skarfe(?=\s\d)`), ' at '],
  // Bylines: "Daga Aminu Bello | Alhamis, …".
  [/(?<![\p{L}])Daga\s(?=\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\|)/gu, ' By '],
  // Rounds: "zagaye na 322", "Zagaye na 1", "zagaye na farko", "zagaye biyu", "Zagayen da ya gabata", "zagaye na karshe".
  [words(String.raw`zagaye\sna\s(\d{1,3})(?![\d,.])(?:\sna\s(Express\sEntry))?`), (_, n = '', ee = '') => ` ${ee ? 'Express Entry ' : ''}draw #${n} `],
  [words(String.raw`zagaye(?:n)?\s(?:na\s)?farko`), ' the first draw '],
  [words(String.raw`zagaye(?:n)?\s(?:da\sya\sgabata|na\sbaya|na\skarshe|na\sbaya-bayan\snan)`), ' the previous draw '],
  [words(String.raw`zagaye(?:n)?\s(?:gayyata\s)?(?:guda\s)?(biyu|uku|hudu|biyar)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('sabon\\szagaye'), ' new draw '],
  // A forecast: "zagayen CEC na gaba" (the next CEC draw), "Ana sa ran" (it is expected), "Mai yiwuwa" (possibly), "zai iya" (may).
  [words(String.raw`zagaye(?:n)?\s((?:[A-Z]{2,5}\s)?)na\sgaba`), (_, p = '') => ` the next ${p}draw `],
  [words('zagaye(?:n)?(?:\\sgayyata)?'), ' draw '],
  // The tie-break: "Dokar raba kunnen doki (tie-breaking rule)".
  [words(String.raw`dokar\sraba\skunnen\sdoki(?:\s\(tie-?breaking\srule\))?`), ' tie-breaking rule '],
  [words('ana\\ssa\\sran'), ' it is expected '],
  [words('(?:mai\\s)?yiwuwa'), ' possibly '],
  [words('zai\\siya|za\\sa\\siya'), ' may '],
  [words('hasashe(?:n)?'), ' forecast '],
  [words('mako\\smai\\szuwa'), ' next week '],
  // A round told for its place in time: "Kwana uku bayan zagayen PNP da ya gayyaci mutum 503" (three days after the PNP draw that invited 503).
  [words(`kwana\\s(${Object.keys(DAYS).join('|')})\\sbayan`), (all = '', n = '') => ` ${sentenceCase(DAYS[n.toLowerCase()] ?? '', /^K/.test(all))} after the `],
  [words('(?:da|wanda)\\sya\\sgayyaci'), ' that invited '],
  // Approximate figures: "kimanin mutum 3,000" (about 3,000 people), "gayyata fiye da 2,900" (more than 2,900 invitations).
  [words('kimanin|kusan|misalin'), ' about '],
  [words(`gayyata\\s(?:fiye|sama)\\sda\\s${WORD_COUNT}`), ' more than $1 invitations '],
  [words('fiye\\sda|sama\\sda'), ' more than '],
  // Invitations and candidates: "gayyata 733", "Gayyata: 3,300", "gayyata 400 kacal" (only 400), "mutum 779".
  // A round's line: "mutum 290, maki 673" (290 people, a score of 673), "mutum 606, mafi karancin maki 698".
  [words(`(?:mutum|mutane|gayyata)\\s${WORD_COUNT}(?:\\s\\([^)]{0,80}\\))?,\\s(?:mafi\\skarancin\\s)?maki\\s${WORD_COUNT}`), ' $1 invitations, minimum CRS score $2 '],
  [words(`gayyata\\s${WORD_COUNT}\\s(?:kacal|kawai)`), ' only $1 invitations '],
  [words(`(?:ta\\saika\\sda\\s)?gayyata\\s${WORD_COUNT}`), (_, n = '') => ` ${n} invitations `],
  [words(`(?:an\\s)?gayyaci\\s(?:mutum|mutane|masu\\ssana'a)\\s${WORD_COUNT}`), ' invited $1 candidates '],
  [words(`(?:mutum|mutane)\\s${WORD_COUNT}`), ' $1 candidates '],
  [words('(?:an\\s|ta\\s|ya\\s)?gayyaci'), ' invited '],
  [words('gayyata'), ' invitations '],
  // Cut-offs: "Mafi karancin maki na CRS ya kai 886", "Mafi karancin maki (CRS): 489", "maki mafi kankanta 547", "da maki 357".
  [words(String.raw`mafi\skaranci(?:n)?\smaki(?:\s(?:na\s)?CRS|\s\(CRS\))?(?:\s(?:ya\skai|ya\skasance|shi\sne))?`), ' minimum CRS score '],
  [words(String.raw`maki\s(?:na\sCRS\s)?mafi\s(?:kankanta|karanci)`), ' minimum CRS score '],
  [words(`da\\smaki\\s${WORD_COUNT}`), ' with $1 points '],
  [words(`maki\\s${WORD_COUNT}`), ' $1 points '],
  [words('maki\\sya\\skaru\\sda'), ' the score rose by '],
  [words('maki'), ' score '],
  [words('ya\\skai|ya\\skasance'), ' was '],
  // Who did what.
  [words(String.raw`Ma'aikatar\sShige\sda\sFice(?:\sta\sKanada)?`), ' Immigration Canada '],
  [words('ta\\ssake\\sgudanar\\sda|ta\\ssake\\syi'), ' held again '],
  [words('ta\\sgudanar\\sda|ta\\syi'), ' held '],
  [words('aka\\syi'), ' was held '],
  // Programs.
  [words(String.raw`dukkan\sshirye-shirye`), ' all programs '],
  [words(String.raw`(?:harshen\s)?Faransanci`), ' French-language '],
  [words(String.raw`kiwon\slafiya`), ' healthcare '],
  [words('ilimi'), ' education '],
  [words(String.raw`sana'o'in\shannu`), ' trades '],
  // Joining words the English patterns lean on.
  [words('idan\\saka\\skwatanta\\sda'), ' compared with '],
  [words('Kanada'), ' Canada '],
  [words('don|domin'), ' for '],
  [words('kuma'), ' also '],
  [words('da'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Hausa writes often (not "da", "ta", "na", "ga", "ko": English and names have them). */
const HAUSA_WORD = words(
  "zagaye\\p{L}*|gayyata|gayyaci|maki|mafi|karancin|kankanta|ranar|wanda|wadanda|kuma|cikin|amma|jiya|yau|mutum|mutane|masu|musamman|kadai|wannan|sabon|tura|shiga|duba|Ma'aikatar|gudanar|Litinin|Talata|Laraba|Alhamis|Juma'a|Asabar|Lahadi|Janairu|Fabrairu|Afrilu|Satumba|Nuwamba|Disamba",
);
/** The hooked letters as the plain ones, the apostrophes as one. */
const plain = (text: string): string =>
  text
    .replace(/[\u0253\u0181]/g, (c) => (c === '\u0253' ? 'b' : 'B'))
    .replace(/[\u0257\u018a]/g, (c) => (c === '\u0257' ? 'd' : 'D'))
    .replace(/[\u0199\u0198]/g, (c) => (c === '\u0199' ? 'k' : 'K'))
    .replace(/\u01b4/g, 'y')
    .replace(/[\u2019\u02bc]/g, "'");

/** A cheap first test: a page with none of these is not Hausa. */
export const HAUSA_HINT = /\b(?:zagaye\w*|gayyat\w*|gayyaci|maki|ranar|kuma)\b/i;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isHausa = (text: string): boolean => writtenWith(plain(text), HAUSA_WORD, 5);

/** A Hausa page glossed into English. */
export const glossHausa = (text: string): string => glossInTurn(plain(text), CASED_RULES);
