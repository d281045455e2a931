import { applyGloss, markEarlier, monthNamer, monthOfNumber, mostlyScript, ordinalNumber, script, tidyGloss, type GlossRule, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Mongolian (Cyrillic) draw news glossed into the English the reader knows, as `gloss-armenian.ts` does for Armenian
 * (docs/parser.md, "Mongolian, and Sri Lankan Tamil"): numbered months ("2024 оны 7-р сарын 5" → "July 5, 2024", "6-р сарын
 * 26-нд" → "on June 26,", "долдугаар сар"), dotted days ("2026.03.01", "27.06.2019"), rounds ("120 дахь удаагийн сугалаа" → "the
 * 120th round", "#437 сугалаа"), counts ("3350 хүн урилга авсан" → "3350 candidates received invitations", "279 хүнд урилга
 * илгээсэн"), cut-offs ("доод оноо 462" → "the minimum CRS score was 462", "хамгийн бага оноо"), the tie-break ("Тэнцсэн онооны
 * дүрэм"), programs and the words of a draw report. What the glossary does not know is dropped; a sentence that speaks of an
 * earlier round ("өмнө", ago; "өмнөх", previous; "өнгөрсөн", last; "Энэ сарын эхээр", earlier this month) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Mongolian writes and Russian does not (Kazakh writes them too). */
const MONGOLIAN_LETTERS = /[өүӨҮ]/;
/** Letters Kazakh (and Ukrainian) write and Mongolian does not. */
const OTHER_LETTERS = /[әғқңұһіӘҒҚҢҰҺІїєґ]/g;
/** Mongolian's own words, none of them Kazakh's or Russian's: a page with three different ones is Mongolian. */
const OWN_WORDS =
  /(?<![\u0400-\u04ff])(?:сугалаа\p{L}*|урилга\p{L}*|оноо\p{L}*|оны|сарын|сард|өнөөдөр|өчигдөр|болон|бөгөөд|байна|байлаа|байсан|дахь|энэ|хүн|хүнд|хүмүүс\p{L}*|нэр\sдэвшигч\p{L}*|долоо\sхоног\p{L}*|доод|хэлний|мэдээ|явууллаа|боллоо|илгээ\p{L}*)(?![\u0400-\u04ff])/giu;

/**
 * Cyrillic with few of Kazakh's letters and three of Mongolian's own words, with its letters ө ү; a short post with none of them
 * ("11 сарын 25-нд PNP сугалаа: 777 урилга, доод оноо 699") needs four of its words.
 */
export function isMongolian(text: string): boolean {
  if (!mostlyScript(text, CYRILLIC)) return false;
  if ((text.match(OTHER_LETTERS) ?? []).length > 2) return false;
  return new Set((text.match(OWN_WORDS) ?? []).map((w) => w.toLowerCase())).size >= (MONGOLIAN_LETTERS.test(text) ? 3 : 4);
}

const { re, B, E, T } = scriptWords(C);
/** Not inside a Cyrillic or Latin word, nor a number; a word's Cyrillic ending. */

/** The ordinal words of the months ("долдугаар сар", the seventh month), each with its number. */
const ORDINAL_MONTHS: readonly (readonly [string, number])[] = [
  ['арван\\sнэгдүгээр', 11],
  ['арван\\sхоёрдугаар', 12],
  ['нэгдүгээр', 1],
  ['хоёрдугаар', 2],
  ['гуравдугаар', 3],
  ['дөрөвдүгээр', 4],
  ['тавдугаар', 5],
  ['зургаадугаар', 6],
  ['долдугаар', 7],
  ['наймдугаар', 8],
  ['есдүгээр', 9],
  ['аравдугаар', 10],
];
/** "7-р сар", "7 дугаар сар", "10-р сар", "долдугаар сар": a month by its number (one group: the number or the word). */
const MONTH = String.raw`(?:(\d{1,2})(?:-?р|\s?-?(?:дугаар|дүгээр|р))|(${ORDINAL_MONTHS.map(([w]) => w).join('|')}))\sсар`;
/** An ordinal month word's number, its patterns compiled once (`monthNamer`). */
const ordinalMonth = monthNamer(
  ORDINAL_MONTHS.map(([w, n]) => [`${w}$`, String(n)] as const),
  'iu',
);
const monthOf = (n: string, word: string): string => {
  const number = n || ordinalMonth(word);
  return Number(number) >= 1 && Number(number) <= 12 ? monthOfNumber(number) : '';
};
/** "8 сарын 19" (no "-р"): a month by its bare number, only before its day ("3 сар" alone is three months). */
const BARE_MONTH = String.raw`(\d{1,2})\sсар`;
/** A day's suffix: "26-нд" (on the 26th), "5-ны" (of the 5th), "17-ноос" (from the 17th). */
const DAY = String.raw`(\d{1,2})(?!\d)(-?(?:нд|ний|ны|ныг|ноос|нээс|д))?${E}`;
/** Not a span of days or years after a count of months ("3 сарын 10 хоног"). */
const NOT_SPAN = String.raw`(?!\s(?:хоног|жил|өдөр))`;
const dated = (month: string, d: string, y: string, on: string): string => (month ? `${on ? ' on ' : ' '}${month} ${String(Number(d))}${y ? `, ${y}` : ''}${on ? ', ' : ' '}` : ' ');
const dotted = (y: string, m: string, d: string): string =>
  Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? ` ${monthOfNumber(m)} ${String(Number(d))}, ${y} ` : ` ${d}.${m}.${y} `;

/** A count: "3,000" (after the thousands rule) or "3000". */
const NUM = GLOSS_NUM;
const INVITATIONS = `урилга${T}`;
/** A count's hedge once glossed ("more than 500"), kept with the count when the count's words are read. */
const HEDGED = String.raw`((?:more than|about|up to)\s)?`;
const HEDGES: readonly GlossRule[] = [
  [re(String.raw`${NUM}\s(?:гаруй|гаран|илүү|шахам)${E}`), ' more than $1 '],
  [re(String.raw`${NUM}\s?-?(?:аас|оос|ээс)\s(?:дээш|илүү)${E}`), ' more than $1 '],
  [re(String.raw`${NUM}\s(?:орчим|орчмын|ойролцоо)${E}`), ' about $1 '],
  [re(String.raw`${NUM}\s(?:хүртэл|хүртэлх)${E}`), ' up to $1 '],
];
const PEOPLE = `(?:хүн${T}|нэр\\sдэвшигч${T}|өргөдөл\\sгаргагч${T})`;
const ROUND = `сугалаа${T}`;
const POINTS = `оноо${T}`;
const MINIMUM = String.raw`(?:хамгийн\sбага|доод)`;
const SCRIPT = script(C, '«»');
/** English for a word, with a capital when the word had one. */
const asWritten = (word: string, english: string): string => (/^\p{Lu}/u.test(word) ? english.replace(/\p{Ll}/u, (l) => l.toUpperCase()) : english);

/** Places that hold their own draws, and pages that tell no news of a round (a history, a recap, a guide, a forecast). */
const BACKGROUND: readonly GlossRule[] = [
  ...(
    [
      ['онтарио', 'Ontario'],
      ['бритиш\\sколумби', 'British Columbia'],
      ['альберта', 'Alberta'],
      ['саскачеван', 'Saskatchewan'],
      ['манитоба', 'Manitoba'],
      ['квебек', 'Quebec'],
      ['австрали', 'Australia'],
      ['шинэ\\sзеланд', 'New Zealand'],
      ['их\\sбритани', 'the United Kingdom'],
    ] as const
  ).map(([mn, en]): GlossRule => [re(`${B}(?:${mn})${T}`), ` ${en} `]),
  [re(`${B}(?:сарын|долоо\\sхоногийн)\\sтойм${T}`), (m) => (/^с/iu.test(m) ? ' monthly recap ' : ' Weekly recap ')],
  [re(`${B}тойм${T}`), ' Recap '],
  [re(`${B}түүх${T}`), ' History '],
  [re(`${B}(?:заавар${T}|гарын\\sавлага${T})`), ' Guide '],
  [re(`${B}хэрхэн${E}`), ' how to '],
  [re(`${B}(?:таамаг${T}|төсөөлөл${T})`), ' Forecast '],
  [re(`(?:хүлээж\\sбайна|хүлээгдэж\\sбайна|хүлээгдэж\\sбуй|байх\\sмагадлалтай)`), ' expected '],
  [re(`${B}(?:ойролцоогоор|орчим)${E}`), ' about '],
];

const RULES: readonly GlossRule[] = [
  ...BACKGROUND,
  // Thousands with a space: "3 350" (a number's start and end bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  // Latin words and figures with a Mongolian ending: "Express Entry-ийн", "Canadian Experience Class-ийн", "600-аас".
  [re(String.raw`(?<=[A-Za-z\d)])-(?:ийн|ын|ний|ны|ээс|аас|оос|д|т|ыг|ийг|г|тай|тэй)${E}`), ''],
  [/[«»]/g, ' '],
  // Days: "2024 оны 7-р сарын 5", "6-р сарын 26-нд" (on June 26), "2015 оны 1-р сард" (in January 2015), "2026.03.01", "27.06.2019".
  [re(String.raw`(\d{4})\s?оны\s${MONTH}ын\s${DAY}`), (_, y = '', n = '', w = '', d = '', on = '') => dated(monthOf(n, w), d, y, on)],
  [re(String.raw`${MONTH}ын\s${DAY}`), (_, n = '', w = '', d = '', on = '') => dated(monthOf(n, w), d, '', on)],
  [re(String.raw`(\d{4})\s?оны\s${BARE_MONTH}ын\s${DAY}${NOT_SPAN}`), (_, y = '', n = '', d = '', on = '') => dated(monthOf(n, ''), d, y, on)],
  [re(String.raw`(?<![\d.,])${BARE_MONTH}ын\s${DAY}${NOT_SPAN}`), (_, n = '', d = '', on = '') => dated(monthOf(n, ''), d, '', on)],
  [re(String.raw`(\d{4})\s?оны\s(?:${MONTH}|${BARE_MONTH})(?:д|ын)?${E}`), (_, y = '', n = '', w = '', bare = '') => ` in ${monthOf(n || bare, w)} ${y} `],
  [re(String.raw`${MONTH}(?:д|ын)?${E}`), (_, n = '', w = '') => ` in ${monthOf(n, w)} `],
  [/(?<![\d.])(\d{4})\.(\d{2})\.(\d{2})(?![.\d])/g, (_, y = '', m = '', d = '') => dotted(y, m, d)],
  [/(?<![\d.])(\d{2})\.(\d{2})\.(\d{4})(?![.\d])/g, (_, d = '', m = '', y = '') => dotted(y, m, d)],
  [re(String.raw`(\d{4})\s?(?:онд|оноос|он|оны)${E}`), ' $1 '],
  // "Өчигдөр буюу 6-р сарын 26-нд" (yesterday, that is on June 26): a sentence's first word keeps its capital.
  [re(`${B}өчигдөр(?:\\sбуюу)?${E}`), (m) => asWritten(m, /буюу/iu.test(m) ? ' yesterday, ' : ' yesterday ')],
  [re(`${B}уржигдар(?:\\sбуюу)?${E}`), (m) => asWritten(m, /буюу/iu.test(m) ? ' the day before yesterday, ' : ' the day before yesterday ')],
  [re(`${B}өнөөдөр(?:\\sбуюу)?${E}`), (m) => asWritten(m, /буюу/iu.test(m) ? ' today, ' : ' today ')],
  [re(`${B}энэ\\sдолоо\\sхоногт${E}`), (m) => asWritten(m, ' this week ')],
  [re(`${B}ирэх\\sдолоо\\sхоногт${E}`), ' next week '],
  [re(`${B}дараагийн${E}`), ' the next '],
  [re(`${ROUND}\\s(?:болсонгүй|болоогүй|байгаагүй|явуулаагүй)`), ' no draw '],
  [re(`${B}хоёр\\sудаа${E}`), ' twice '],
  // Rounds: "120 дахь удаагийн урилгын сугалаа" (the 120th round of invitations), "#437 сугалаа".
  [re(String.raw`(?<!\d)(\d{1,3})\sдахь\s(?:удаагийн\s)?(?:урилгын\s)?${ROUND}`), (_, n = '') => ` the ${ordinalNumber(n)} round `],
  [re(String.raw`#(\d{1,3})\s${ROUND}`), ' draw #$1 '],
  // The tie-break: "Тэнцсэн онооны дүрэм" (the rule of equal scores).
  [re(`(?:тэнцсэн|тэнцүү)\\s(?:онооны\\s)?дүрэм${T}`), ' tie-breaking rule '],
  // Counts: "3350 хүн урилга авсан" (received an invitation), "279 хүнд урилга илгээсэн" (sent to 279 people), "1,800 урилга".
  // A hedged count keeps its hedge before it: "500 гаруй хүнд" (to more than 500 people), "4 000 орчим", "3 000 хүртэл" (up to).
  ...HEDGES,
  [re(`${HEDGED}${NUM}\\s${PEOPLE}\\s(?:${INVITATIONS}\\s)?(?:авсан|авлаа|авч|авчээ|авав|авжээ)${E}`), (_, h = '', n = '') => ` ${h}${n} candidates received invitations `],
  [re(`${HEDGED}${NUM}\\s${PEOPLE}\\s${INVITATIONS}\\s(?:илгээ${T})`), (_, h = '', n = '') => ` invitations were sent to ${h}${n} candidates `],
  [re(`${NUM}\\s${INVITATIONS}`), ' $1 invitations '],
  [re(`${NUM}\\s${PEOPLE}`), ' $1 candidates '],
  [re(`${B}урилгын\\sтоо${E}`), ' Invitations '],
  [re(`${INVITATIONS}\\s(?:илгээлээ|илгээсэн|илгээв|илгээжээ)`), ' sent invitations '],
  [re(`${INVITATIONS}\\s(?:илгээгдсэн|илгээгджээ)`), ' invitations were sent '],
  // Cut-offs: "доод оноо 462 байлаа" (the lowest score was 462), "хамгийн бага оноо 436", "Доод CRS оноо: 382".
  [re(String.raw`${MINIMUM}\s(?:CRS\s)?${POINTS}(?:\s\(CRS\))?(\s?:)?`), (_, colon = '') => (colon ? ' minimum CRS score: ' : ' minimum CRS score ')],
  [re(String.raw`(?<=minimum CRS score)\s+(\d{2,4})\s(?:байлаа|байсан|байжээ|байв|болсон|боллоо|болж)${E}`), ' was $1 '],
  [re(String.raw`(?<![\d,])(\d{2,4})\s${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' points '],
  [re(`${B}ердөө${E}`), ' only '],
  [re(`${B}нийт${E}`), ' a total of '],
  // Programs.
  [re(`${B}франц\\sхэл${T}(?:\\s(?:чадвартай|мэддэг)${E})?`), ' French-language proficiency '],
  [re(`${B}эрүүл\\sмэнд${T}(?:\\s(?:мэргэжил|салбар)${T})?`), ' healthcare '],
  [re(`${B}мужийн\\s(?:нэр\\sдэвшигч${T}|нэр\\sдэвшүүлэх\\sхөтөлбөр${T})`), ' Provincial Nominee Program '],
  [re(`${B}мужийн${E}`), ' provincial '],
  [re(`${B}канадын\\sтуршлагын\\sангил${T}`), ' Canadian Experience Class '],
  [re(`${B}холбооны\\sур\\sчадвартай\\sажилт${T}`), ' Federal Skilled Workers '],
  [re(`${B}тээвр${T}(?:\\s(?:салбар|мэргэжил)${T})*`), ' transport occupations '],
  [re(`${B}(?:барилга,?\\s)?худалдааны\\sмэргэжил${T}`), ' trade occupations '],
  [re(`${B}бүх\\sхөтөлбөр${T}`), ' all programs '],
  [re(`${B}(?:ажил\\s)?мэргэжлийн\\sангилл${T}`), ' category-based '],
  [re(`${B}канад${T}`), ' Canada '],
  [re(`${B}(?:явууллаа|явуулсан|явуулав|явуулж|боллоо|болсон|зохион\\sбайгууллаа)${E}`), ' held '],
  [re(ROUND), ' draw '],
  [re(INVITATIONS), ' invitations '],
];

/**
 * A comparison with the round before, read before a sentence with "өмнөх" is taken for context: "доод оноо 517 болж, өмнөх
 * сугалааны 520-оос буурсан" (down from 520 in the previous round) keeps this round's cut-off.
 */
const COMPARISON: readonly GlossRule[] = [
  [
    re(String.raw`өмнөх\s(?:${ROUND}\s)?(\d{2,4})\s?-?(?:аас|оос|ээс|өөс)\s(буур|өс|нэмэгд|ахи)${T}`),
    (_, n = '', way = '') => ` (${/^буур/iu.test(way) ? 'down' : 'up'} from ${n} in the previous round) `,
  ],
];

/** A sentence that speaks of an earlier round ("өмнө", ago; "өмнөх", previous; "өнгөрсөн", last; "Энэ сарын эхээр", earlier this month). */
const EARLIER = /өмнө|өнгөрсөн|энэ\sсарын\sэхээр/iu;

export function glossMongolian(text: string): string {
  const glossed = applyGloss(markEarlier(applyGloss(text, COMPARISON), EARLIER, /([.\n])/), RULES)
    .replace(SCRIPT.glued, ' ')
    .replace(SCRIPT.run, ' ');
  // A line left with no word or figure (a share bar, a masthead) is empty, not a headline of stops.
  return tidyGloss(glossed.replace(/ *\t */g, '\t')).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
