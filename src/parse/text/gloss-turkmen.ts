import { englishDay } from './gloss-dotted-days.ts';
import { glossInTurn, monthOrNone, keepCase, markEarlier, monthNamer, ordinalNumber, words, writtenWith, type GlossRule, type MonthTable, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Turkmen (Latin letters) draw news glossed into the English the reader knows, in the shape of the Azerbaijani glossary
 * (docs/parser.md, "Turkmen and Odia"): thousands with a space ("5 000 çakylyk" → "5,000 invitations"), ordinal days with their
 * months and cases ("19-njy awgustda", "25-nji iýun 2026", "2024-nji ýylyň 17-nji apreli" → "April 17, 2024"), weekdays, "şu gün"
 * (today), "düýn" (yesterday), "şu hepde" (this week); rounds ("437-nji tapgyry" → "the 437th round", "№312 tapgyr"), counts ("5 000
 * dalaşgäre … çakylyk iberildi" → "5,000 candidates were invited", "Çakylyklaryň sany:"), cut-offs ("Iň pes CRS baly 382 boldy"),
 * the tie-break ("Deň bal düzgüni"), programs, and a recap's, forecast's or guide's words ("jemleri", "çaklaýarlar", "gollanma").
 * Words the glossary does not know stay as they are. A sentence in the pluperfect ("bolupdy", "iberilipdi"), with "öňki"
 * (previous), "geçen" (last) or "öň" (before) speaks of an earlier round.
 */

/** A cheap first test: "ý" or "ň", which Turkmen writes in most sentences (Turkish, Azerbaijani and Uzbek never). */
export const TURKMEN_HINT = /[ýňÝŇ]/;
const TURKMEN_WORD = words(
  String.raw`çakylyk\p{L}*|çakylyg\p{L}*|tapgyr\p{L}*|dalaşgär\p{L}*|boýunça|üçin|düýn|şu\sgün|iň\spes|bal[ly]?|ballar\p{L}*|geçirdi|geçirildi|iberdi|iberildi|iberilipdi|boldy|bolupdy|Kanadanyň|hepde\p{L}*|ýylda|ýylyň|ulgam\p{L}*|maksatnama\p{L}*|we|bilen|sany|jemi`,
);

/** Words of a draw only Turkmen writes: "çakylyk" (invitation), "tapgyr" (round), "dalaşgär" (candidate), "iň pes" (minimum). */
const DRAW_WORD = words(String.raw`(çakyl|tapgy|dalaş)\p{L}*|iň\spes`);
/** A short post (a channel's, a note) with two of those words, of two kinds ("5 000 çakylyk … Iň pes bal: 382"), and no English. */
const shortPost = (text: string): boolean =>
  text.length < 400 && !/\b(?:the|and|of|is|was|were|in)\b/i.test(text) && new Set((text.match(DRAW_WORD) ?? []).map((w) => w.slice(0, 5).toLowerCase())).size >= 2;

/** Turkmen: three of its own letters (ý, ň, ä), none of Czech's (ř, ě, ů), and eight of its words, five different (or a short post's draw words). */
export const isTurkmen = (text: string): boolean => !/[řěůŘĚŮ]/.test(text) && (((text.match(/[ýňäÝŇÄ]/g) ?? []).length >= 3 && writtenWith(text, TURKMEN_WORD, 5)) || shortPost(text));

const MONTHS: MonthTable = [
  ['ýanwar', 'January'],
  ['fewral', 'February'],
  ['mart', 'March'],
  ['aprel', 'April'],
  ['maý', 'May'],
  ['iýun', 'June'],
  ['iýul', 'July'],
  ['awgust', 'August'],
  ['sentýabr', 'September'],
  ['oktýabr', 'October'],
  ['noýabr', 'November'],
  ['dekabr', 'December'],
];
const monthOf = monthNamer(MONTHS, 'i');
const MONTH_WORD = String.raw`(ýanwar|fewral|mart|aprel|maý|iýun|iýul|awgust|sentýabr|oktýabr|noýabr|dekabr)`;
/** A month with its case ending ("awgustda", "apreli", "iýulda", "iýuldaky"). */
const MONTH = String.raw`${MONTH_WORD}(?:daky|dan|da|de|yň|iň|y|i|a|e)?`;
/** An ordinal's ending after a day or a number ("19-njy", "17-nji", "5-nji", "1-nji"). */
const NTH = String.raw`-?(?:n?j[iyuü]|[iyuü]nj[iyuü])`;
const WEEKDAYS: MonthTable = [
  ['duşenbe', 'Monday'],
  ['sişenbe', 'Tuesday'],
  ['çarşenbe', 'Wednesday'],
  ['penşenbe', 'Thursday'],
  ['ýekşenbe', 'Sunday'],
  ['şenbe', 'Saturday'],
];
const L = String.raw`\p{L}*`;
const NUM = GLOSS_NUM;
/** A number's case ending after a hyphen ("404-e", "510-a", "516-dan"). */
const CASE = String.raw`(?:-(?:[aeä]|d[aeä]n|d[aeä]|y[ňn]|i[ňn]))?`;
const COUNTED: Readonly<Record<string, string>> = { iki: 'two', üç: 'three', dört: 'four', bäş: 'five' };
const PEOPLE = String.raw`(?:dalaşgär|adam|kişi)${L}`;
const ROUND = `tapgyr${L}`;

const RULES: readonly GlossRule[] = [
  // "5 000", "3 300": thousands with a space (not a time nor a phone number's groups).
  [/(?<![\d,.:+])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d|[ \u00a0]\d)/g, '$1,$2'],
  [words(String.raw`${NUM}${CASE}\s(?:töweregi|golaý)`), ' about $1 '],
  [words(String.raw`${NUM}${CASE}\s(?:gowrak|köp|artyk)`), ' more than $1 '],
  [words(`takmynan|takmyn`), ' about '],
  // "1 000-e çenli" (up to 1,000): a ceiling, no count.
  [words(String.raw`${NUM}-?[aeä]\sçenli`), ' up to $1 '],
  // Background: a guide, a forecast, a recap, a question.
  [words(`Mysal\\süçin`), ' For example '],
  [words(`gollanma${L}|ýolbelet${L}`), ' Guide '],
  [words(`maslahat${L}`), ' tips '],
  [words(String.raw`(\d{2,4})\s(?:bilen|we)\s(\d{2,4})\saralyg${L}`), ' ranged between $1 and $2 '],
  [words(String.raw`(\d{2,4})[–-](\d{2,4})\saralyg${L}`), ' ranged between $1 and $2 '],
  [words(`garaşyl${L}|garaşmaly`), ' expected '],
  [words(`çaklaýar${L}|çaklama${L}|çaklanýar${L}|çaklaw${L}`), ' Forecast '],
  [words(`${MONTH_WORD}\\saýynyň\\sjemleri`), (_, m = '') => ` monthly recap of ${monthOf(m)} `],
  [words(`aýlyk\\s(?:syn|jem${L})`), ' monthly recap '],
  [words(`ýylyň\\sjemleri|ýyllyk\\ssyn`), ' year in review '],
  [words(`jemleri`), ' recap '],
  [words(`hepdäniň\\ssyny|hepdelik\\ssyn`), ' Weekly summary '],
  [words('haçan'), ' when will '],
  [words(`geçiriler|geçiriljek${L}|iberiljek${L}`), ' will be held '],
  [words('Anna(?=,?\\s\\d)|anna\\sgüni'), ' Friday '],
  // Days: "19-njy awgustda", "25-nji iýun 2026", "6-njy awgust, 2021", "2024-nji ýylyň 17-nji apreli", "21 awgust 2026".
  [words(String.raw`((?:19|20)\d\d)${NTH}\sýylyň\s(\d{1,2})${NTH}\s${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [words(String.raw`(\d{1,2})(?:${NTH})?\s${MONTH}(?:,?\s((?:19|20)\d\d)(?:${NTH}\sýyl${L})?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  // "20.08.2026": Turkmen writes a numeric day first.
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)/g, (all = '', d = '', m = '', y = '') => (englishDay(d, monthOrNone(m), y) ? ` ${englishDay(d, monthOrNone(m), y)} ` : all)],
  [words(String.raw`${MONTH_WORD}\saýyn(?:da|daky|yň)`), (_, m = '') => ` in ${monthOf(m)} `],
  [words(String.raw`((?:19|20)\d\d)${NTH}\sýyl(?:da|yň|y)?`), ' in $1 '],
  ...WEEKDAYS.map(([tk, en]): GlossRule => [words(`${tk}(?:\\sgüni)?`), ` ${en} `]),
  [words('şu\\sgün'), ' today '],
  [words('düýn'), ' yesterday '],
  [words('öňňin'), ' the day before yesterday '],
  [words('öňki\\sgün|bir\\sgün\\söň'), ' the day before '],
  [words(`şu\\shepde${L}`), ' this week '],
  [words(`geçen\\shepde${L}`), ' last week '],
  [words(`indiki\\shepde${L}`), ' next week '],
  // Programs.
  [words(`fransuz\\sdilini\\sbilýän(?:ler${L})?(?:\\sdalaşgär${L})?`), ' French-speaking candidates '],
  [words(`fransuz\\sdil${L}`), ' French-language '],
  [words(`Kanada\\stejribe\\ssynp${L}`), ' Canadian Experience Class '],
  [words(`Welaýat\\sdalaşgärlik\\smaksatnama${L}`), ' Provincial Nominee Program '],
  [words(`ähli\\smaksatnama${L}`), ' all programs '],
  [words(`saglygy\\sgoraýyş\\swe\\ssosial\\shyzmat${L}(?:\\shünär${L})?`), ' healthcare and social services occupations '],
  [words(`saglygy\\sgoraýyş(?:\\sişgär${L})?`), ' healthcare '],
  [words(`harby\\sişgär${L}`), ' military recruits '],
  [words(`ulag\\s(?:hünär|kär)${L}`), ' transport occupations '],
  [words(`bilim\\s(?:hünär|kär)${L}`), ' education occupations '],
  [words(`STEM\\shünär${L}`), ' STEM occupations '],
  [words(`lukman${L}`), ' physicians '],
  [words(`kategoriýa${L}`), ' category '],
  [words(`welaýat${L}`), ' province '],
  [words(`maksatnama${L}`), ' program '],
  [words(`Awstraliýa${L}`), ' Australia '],
  [words(`Kanada${L}`), ' Canada '],
  // Rounds: "437-nji tapgyry" (the 437th round), "№312 tapgyr", "üç tapgyr" (three rounds).
  [words(String.raw`(?:Bu\s)?${ROUND}\s(?:Express\sEntry\s)?ulgamyny[ňn]\s(\d{1,3})${NTH}\s${ROUND}\sboldy`), (_, n = '') => ` This was the ${ordinalNumber(n)} round `],
  [words(String.raw`(\d{1,3})${NTH}\s${ROUND}\shökmünde`), (_, n = '') => ` as the ${ordinalNumber(n)} round `],
  [words(String.raw`(\d{1,3})${NTH}\s${ROUND}`), (_, n = '') => ` the ${ordinalNumber(n)} round `],
  [words(String.raw`${ROUND}\sbelgi(?:si)?\s?:?\s?(?:№|#|No\.?)?\s?(\d{1,3})`), ' round #$1 '],
  [words(String.raw`(\d{1,3})\sbelgili\s${ROUND}`), ' round #$1 '],
  [words(String.raw`(?:№|#|No\.?\s?)\s?(\d{1,3})\s${ROUND}`), ' round #$1 '],
  [words(String.raw`${ROUND}\s(?:№|#|No\.?\s?)\s?(\d{1,3})`), ' round #$1 '],
  [words(String.raw`(iki|üç|dört|bäş)\s(?:sany\s)?(?:çakylyk\s)?${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [words(String.raw`öňki\s((?:[A-Z]{2,4}\s)?)${ROUND}`), ' the previous $1round '],
  [words(`deň\\sbal\\sdüzgün${L}(?:\\s\\(tie-breaking\\srule\\))?`), ' Tie-breaking rule '],
  [words(`Bu\\stapgyrda`), ' In this round '],
  [words(`tapgyrlar${L}`), ' rounds '],
  [words(ROUND), ' round '],
  // Counts: "5 000 dalaşgäre … çakylyk (ITA) iberildi", "3 000 dalaşgäre çakylyk iberdi", "442 çakylyk", "Çakylyklaryň sany:".
  [words(String.raw`${NUM}\s${PEOPLE}((?:\s[^\s.;:\d]+){0,8}?)\sçakylyk(?:\s\(ITA\))?\siberildi`), ' $1 candidates were invited $2 '],
  [words(String.raw`${NUM}\s${PEOPLE}\sçakylyk\siberdi`), ' invited $1 candidates '],
  [words(String.raw`${NUM}\s(?:çakylyk${L}|ITA)`), ' $1 invitations '],
  [words(String.raw`${NUM}\s${PEOPLE}`), ' $1 candidates '],
  [words(`çakylyklaryň\\ssany|çakylyk\\ssany`), ' Number of invitations '],
  [words(`çakylyk${L}|çakylyg${L}`), ' invitations '],
  [words(`dalaşgär${L}`), ' candidates '],
  // Cut-offs: "Iň pes CRS baly 382 boldy", "iň pes bal 760", "bal 404-e düşdi" (the score fell to 404).
  [words(String.raw`iň\spes\s(CRS\s)?bal[ly]?\s(\d{2,4})\s(?:boldy|bolupdyr)`), ' the minimum CRS score was $2 '],
  [words(String.raw`iň\spes\s(?:CRS\s)?bal(?:lar|[ly])?`), ' minimum CRS score '],
  [words(String.raw`bal\s(\d{2,4})-[ea]\sdüşdi`), ' score fell to $1 '],
  [words(String.raw`(\d{2,4})\sbal${L}`), ' $1 points '],
  [words(`bal${L}`), ' score '],
  // What happened.
  [words(`geçirdi|geçirildi|geçirilen`), ' held '],
  [words(`iberildi`), ' were sent '],
  [words(`iberdi`), ' sent '],
  [words('bary-ýogy'), ' only '],
  [words('jemi'), ' a total of '],
  [words('täze'), ' new '],
  [words('üçin'), ' for '],
  [words('boýunça'), ' '],
  [words('we'), ' and '],
];

/** A sentence of an earlier round: "öňki" (previous), "geçen" (last), "öň" (before), a pluperfect ("bolupdy", "iberilipdi"). */
const EARLIER = /(?<![\p{L}])(?:öňki|geçen|öň)(?![\p{L}])|\p{L}{2,}[yiuü]pd[yi](?![\p{L}])/iu;
const CASED_RULES = RULES.map(keepCase);

/** A Turkmen page glossed into English, a sentence of an earlier round first told as context. */
export const glossTurkmen = (text: string): string => glossInTurn(markEarlier(text, EARLIER, /((?<=[.!?;])\s+|\n)/), CASED_RULES);
