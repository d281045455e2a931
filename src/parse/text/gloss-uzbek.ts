import { compiledNow } from './matches.ts';
import { glossInTurn, keepCase, monthNamer, mostlyScript, ordinalNumber, words, writtenWith, type GlossRule, type MonthTable, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Uzbek draw news, in Latin or Cyrillic letters, glossed into the English the reader knows, as `gloss-cebuano.ts` does for
 * Cebuano (docs/parser.md, "Uzbek and Kazakh"). A Cyrillic page is first written in Uzbek's Latin letters ("таклиф" →
 * "taklif", "ў" → "o'", "ғ" → "g'", "қ" → "q", "ҳ" → "h"), so one glossary reads both: thousands with a space ("4 000 ta
 * taklif" → "4,000 invitations"), months ("18 iyul 2024" → "July 18, 2024", "2024-yil 3-fevral" → "February 3, 2024", "24-iyun
 * kuni"), "bugun" (today), "kecha" (yesterday), rounds ("420-raund" → "the 420th round", "№303 raund"), counts ("3 900 nafar
 * nomzod … taklif oldi" → "3,900 candidates received invitations"), cut-offs ("Eng past CRS bali 516 ni tashkil etdi" → "the
 * minimum CRS score was 516", "minimal ball 515"), the tie-break ("Tenglikni hal qilish qoidasi"), programs, and a guide's,
 * forecast's or recap's words. Words the glossary does not know stay as they are; a sentence of an earlier round ("Eslatib
 * o'tamiz", let us recall; "oldingi", previous; a pluperfect "… edi") is context.
 */

/** A cheap first test: a page with none of these is not Uzbek in Latin letters. */
export const UZBEK_HINT = compiledNow(/\b(?:uchun|bo['‘’ʻ`]yicha|nomzod|taklif|raund|bugun|kecha|nafar|yuborildi)/i);
const UZBEK_WORD = words(
  String.raw`uchun|bo'yicha|nomzod\p{L}*|taklif\p{L}*|raund\p{L}*|bugun|kecha|nafar|yubor\p{L}*|o'tkaz\p{L}*|ball?i|eng|esa|edi|bilan|tizim\p{L}*|haqida|hafta\p{L}*|dastur\p{L}*|qoidasi|kuni|yil|diqqat|savol\p{L}*|tekshir\p{L}*|\p{L}+ingiz\p{L}*|\p{L}+imiz\p{L}*|yozing|oyi?\p{L}*|bo'lsa|bo'ldi|qanday|tajriba\p{L}*|toifa\p{L}*|hali|ham|va|yoki|ushbu|shu|bu`,
);
const CYRILLIC = /[\u0400-\u04ff]/g;

/** Uzbek in Latin letters: its own words, eight of them, five different (or a short post's sixth of its words). */
export const isUzbekLatin = (text: string): boolean => writtenWith(text.replace(/[‘’ʻ`]/g, "'"), UZBEK_WORD, 5);

/** Uzbek in Cyrillic letters: its "ў" and three of its letters Russian does not write, none of Kazakh's or Tajik's. */
export function isUzbekCyrillic(text: string): boolean {
  return /[ўЎ]/.test(text) && (text.match(/[ўқғҳЎҚҒҲ]/g) ?? []).length >= 3 && !/[әңұүөіӣӯҷӘҢҰҮӨІӢӮҶ]/.test(text) && mostlyScript(text, CYRILLIC);
}

const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 's',
  ч: 'ch',
  ш: 'sh',
  ъ: "'",
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: "o'",
  қ: 'q',
  ғ: "g'",
  ҳ: 'h',
};
/** Uzbek Cyrillic in the Latin letters of 1995: "е" is "ye" at a word's start or after a vowel. */
const toLatin = (text: string): string =>
  text.replace(/[\u0400-\u04ff]/g, (letter, at: number, all: string) => {
    const lower = letter.toLowerCase();
    const prev = all[at - 1] ?? ' ';
    let latin = LATIN[lower] ?? letter;
    if (lower === 'е' && !/[\u0400-\u04ff]/.test(prev)) latin = 'ye';
    if (lower === 'е' && /[аеёиоуўэюя]/i.test(prev)) latin = 'ye';
    return letter === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });

const MONTHS: MonthTable = [
  ['yanvar', 'January'],
  ['fevral', 'February'],
  ['mart', 'March'],
  ['aprel', 'April'],
  ['may', 'May'],
  ['iyun', 'June'],
  ['iyul', 'July'],
  ['avgust', 'August'],
  ['sentabr|sentyabr', 'September'],
  ['oktabr|oktyabr', 'October'],
  ['noyabr', 'November'],
  ['dekabr', 'December'],
];
/** A month with its case ending ("28-aprelda", "iyundagi"). */
const MONTH = String.raw`(yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sent[y]?abr|okt[y]?abr|noyabr|dekabr)(?:da|dagi|ga|gacha|dan)?`;
const monthOf = monthNamer(MONTHS, 'i');
const WEEKDAYS: MonthTable = [
  ['dushanba', 'Monday'],
  ['seshanba', 'Tuesday'],
  ['chorshanba', 'Wednesday'],
  ['payshanba', 'Thursday'],
  ['juma', 'Friday'],
  ['shanba', 'Saturday'],
  ['yakshanba', 'Sunday'],
];
const L = String.raw`[\p{L}']*`;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { ikki: 'two', ikkita: 'two', uch: 'three', uchta: 'three', "to'rt": 'four', "to'rtta": 'four' };
const INVITATION = `(?:taklif${L}|ITA)`;
const PEOPLE = `(?:nomzod|kishi|ariza\\s?beruvchi)${L}`;
/** A figure's case ending: "520 dan", "6 000 ga", "516 ni". */
const OF = String.raw`(?:-?(?:ni|ga|dan|da)\b)?`;

const RULES: readonly GlossRule[] = [
  [/[‘’ʻ`]/g, "'"],
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  // Background: a guide, a forecast, a recap, a province.
  [words(`qo'llanma${L}`), ' Guide '],
  [words('misol\\suchun'), ' For example, '],
  [words(`(?:kutilmoqda|kutilyapti|kutilayotgan)`), ' expected '],
  // Hedges: "taxminan 3 000" (about), "qariyb" (nearly), "3 000 ga yaqin" (close to), "atrofida" (around): no sure count.
  [words(`(?:taxminan|tahminan|qariyb|salkam)`), ' about '],
  [words(String.raw`${NUM}${OF}\sga\syaqin`), ' about $1 '],
  [words(String.raw`${NUM}\s(?:ta\s|nafar\s)?(nomzod|kishi|taklif)ga\syaqin`), ' about $1 $2 '],
  [words('atrofida'), ' around '],
  [words(`(?:taxmin|tahmin|bashorat|prognoz)${L}`), ' Forecast '],
  [words(`${MONTH}\\soyi\\s(?:yakunlari|natijalari)`), (_, m = '') => ` ${monthOf(m)} recap `],
  [words(`(?:oy(?:ning)?|oylik)\\s(?:yakunlari|natijalari)`), ' monthly recap '],
  [words(`haftaning\\s(?:yakunlari|natijalari)|hafta\\syakunlari`), ' Weekly recap '],
  [words(`(?:yakunlari|natijalari)`), ' recap '],
  [words(`viloyat\\snomzodlari`), ' provincial nominees '],
  [words(`viloyat${L}`), ' province '],
  // Days: "2024-yil 3-fevral", "25-iyun, 2026", "18 iyul 2024", "24-iyun kuni", "16 iyul —", "3 март".
  [words(String.raw`(\d{4})-yil(?:ning|da)?\s(\d{1,2})-${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [
    words(String.raw`(\d{1,2})(?:\s?[–-]\s?(\d{1,2}))?[\s-]${MONTH}(?:,?\s(\d{4})(?!\d)(?:-yil${L})?)?(?:\skuni)?`),
    (_, d = '', to = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${to ? `-${to}` : ''}${y ? `, ${y}` : ''} `,
  ],
  [words(`${MONTH}\\soyi\\sboshida`), (_, m = '') => ` early ${monthOf(m)} `],
  [words(`${MONTH}\\soyi(?:da|dagi)?`), (_, m = '') => ` in ${monthOf(m)} `],
  [words(String.raw`(\d{4})-yil${L}`), ' $1 '],
  ...WEEKDAYS.map(([uz, en]): GlossRule => [words(`${uz}${L}`), ` ${en} `]),
  [words('bugun'), ' today '],
  [words('kecha'), ' yesterday '],
  [words('bir\\skun\\s(?:avval|oldin)'), ' a day earlier '],
  // "O'tgan kuni" (the day before yesterday) and "ikki kun oldin" (two days ago), not a day of its own.
  [words(`o'tgan\\skuni|ikki\\skun\\s(?:avval|oldin)`), ' the day before yesterday '],
  [words(`(?:bu|shu)\\shafta${L}`), ' this week '],
  [words(`o'tgan\\shafta${L}`), ' last week '],
  [words(`keyingi\\shafta${L}`), ' next week '],
  // A question about the next round: "Keyingi raund qachon bo'ladi?" (when is the next round?), "odatda" (usually).
  [words('keyingi'), ' next '],
  [words('qachon'), ' when '],
  [words('odatda'), ' Usually, '],
  // Rounds: "420-raund" (the 420th round), "№303 raund", "ikkita raund" (two rounds), "navbatdagi" (the next in turn).
  [words(String.raw`(\d{1,3})-raund${L}`), (_, n = '') => ` the ${ordinalNumber(n)} round `],
  [words(String.raw`(?:№|No\.)\s?(\d{1,3})\sraund${L}`), ' round #$1 '],
  [words(`(ikki|ikkita|uch|uchta|to'rt|to'rtta)\\s(?:Express\\sEntry\\s)?raund${L}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [words(`(?:ushbu|bu|shu)\\sraundda`), ' In this round, '],
  [words('navbatdagi'), ' regular '],
  [words(`raundlar${L}`), ' rounds '],
  [words(`raund${L}`), ' round '],
  [words(`tenglikni\\shal\\sqilish\\sqoidasi`), ' tie-breaking rule '],
  // Counts: "3 900 nafar nomzod … taklif oldi", "271 nafar shifokorga taklif yuborildi", "4 000 ta taklif", "7 500 kishi".
  [words(String.raw`${NUM}\s(?:nafar\s|ta\s)?${PEOPLE}((?:\s[^\s.;:\d]+){0,8}?)\s${INVITATION}\s(?:oldi|olgan|olishdi)`), ' $1 candidates received invitations $2 '],
  [
    words(String.raw`${NUM}\s(?:nafar\s)?(shifokor|nomzod|kishi)${L}\s${INVITATION}\s(?:yuborildi|berildi)`),
    (_, n = '', who = '') => ` ${n} ${who === 'shifokor' ? 'physicians' : 'candidates'} were invited `,
  ],
  [words(String.raw`${NUM}\s(?:ta\s)?${INVITATION}`), ' $1 invitations '],
  [words(String.raw`${NUM}\s(?:nafar\s|ta\s)?${PEOPLE}`), ' $1 candidates '],
  [words(`shifokor${L}`), ' physicians '],
  [words('jami'), ' in all '],
  // Cut-offs: "Eng past CRS bali 516 ni tashkil etdi", "minimal CRS bali esa 445 bo'ldi", "eng past ball 670", "— atigi 223".
  [words(String.raw`(?:eng\spast|minimal)\s(?:CRS\s)?ball?i\s(?:esa\s)?(\d{2,4})${OF}\s(?:tashkil\setdi|bo'ldi)`), ' the minimum CRS score was $1 '],
  [words(`(?:eng\\spast|minimal)\\s(?:CRS\\s)?(?:ball?i?)`), ' minimum CRS score '],
  [words('atigi'), ' only '],
  [words(String.raw`(\d{2,4})\sball${L}`), ' $1 points '],
  [words(`ball${L}`), ' score '],
  // Programs.
  [words(`(?:Kanada\\s)?tajribasi\\ssinfi`), ' Canadian Experience Class '],
  [words(`fransuz\\stil${L}`), ' French-language '],
  [words(`sog'liqni\\ssaqlash(?:\\s(?:va|hamda)\\sijtimoiy\\sxizmatlar)?`), (all = '') => (/ijtimoiy/i.test(all) ? ' healthcare and social services ' : ' healthcare ')],
  [words(`qurilish\\skasb${L}`), ' trades '],
  [words(`barcha\\sdastur${L}`), ' all programs '],
  [words('umumiy'), ' general '],
  [words(`toifa${L}`), ' category '],
  [words(`dastur${L}`), ' program '],
  [words(`Kanada${L}`), ' Canada '],
  // What happened.
  [words(`o'tkazdi|o'tkazildi|o'tkazilgan`), ' held '],
  [words('yuborildi'), ' were issued '],
  [words('yubordi'), ' issued '],
  [words("e'lon\\sqildi"), ' announced '],
  [words(`tanlab\\solindi`), ' were selected '],
  [words(`taklifnoma${L}|taklif${L}`), ' invitations '],
  [words(`nomzod${L}`), ' candidates '],
  [words('oldingi|avvalgi'), ' previous '],
];

/** A sentence of an earlier round: "Eslatib o'tamiz" (let us recall), "oldingi" (previous), a pluperfect "… edi". */
const EARLIER = /Eslatib o'tamiz|oldingi|avvalgi|\bedi\b/i;
const CASED_RULES = RULES.map(keepCase);

/** "…, bu oldingi raunddagi 517 dan past" (this is below the previous round's 517): a clause of its own, so this round's figures stay. */
const THIS_VERSUS_EARLIER = /,(?=[ \t]+(?:bu|u)[ \t][^.!?\n]*?(?:oldingi|avvalgi))/gi;

/** Sentence by sentence, a sentence of an earlier round told as context ("Previously, …"). */
const markEarlier = (text: string): string =>
  text
    .replace(/[‘’ʻ`]/g, "'")
    .replace(THIS_VERSUS_EARLIER, '.')
    .split(/(?<=[.!?\n])/)
    .map((part) => (EARLIER.test(part) ? ` Previously, ${part}` : part))
    .join('');

/** An Uzbek page, in either script, glossed into English. */
export const glossUzbek = (text: string): string => glossInTurn(markEarlier(toLatin(text)), CASED_RULES);
