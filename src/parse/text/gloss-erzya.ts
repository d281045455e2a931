import {
  CYRILLIC_MONTHS,
  finishGloss,
  keepAnyCase,
  markEarlier,
  monthNamer,
  monthStems,
  ownWordsPage,
  script,
  type GlossRule,
  type MonthTable,
  scriptWords,
  GLOSS_NUM,
  monthOrNone,
} from './gloss-rules.ts';

/**
 * Erzya draw news glossed into the English the reader knows, in the shape of `gloss-udmurt.ts` (docs/parser.md "Erzya and
 * Moksha"): thousands with a space ("1 000"), days ("2026 иень умарьковонь 18-це чи" → August 18, 2026, "умарьковонь 18-це
 * чистэ" → August 18, "Панжиковонь 31, 2021" → May 31, 2021), weekdays, "течи" (today), "исяк" (yesterday); rounds ("436-це
 * тердемань турозо" → round #436, "Тердемань номерэсь — 237", "кавто тердема" → two rounds, "ютавтызе" → held); counts ("1 000
 * тердема" → 1,000 invitations, "тердезь 5 500 кандидатт" → invited 5,500 candidates, "тердемат получизь" → invitations issued to);
 * cut-offs ("алкине CRS баллось" → minimum CRS score); "франкс кель" (French-language); hedges ("малав" about, "N-до ламо" more
 * than, "N-с" up to). What the glossary does not know is dropped; on a page of today's round, a sentence of "ульнесь" (was) or
 * "мейле" (after) is an earlier round's.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters neither Erzya nor Moksha writes: Mari's, Udmurt's, Komi's, the Turkic and Caucasian ones, the palochka. */
export const OTHERS_OWN = /[ӱҥӝӟӥӵӧіқғұҡҙҫәҗһңӑӗӳҕүөӀӏӰҤӜӞӤӴӦІҚҒҰҠҘҪӘҖҺҢӐӖӲҔҮӨ]/g;
/** Erzya's own words of a draw report: today, yesterday, invitation, invited, held, lowest, was, day, year, people, its months. */
const ERZYA_WORD =
  /(?<![\u0400-\u04ff])(?:течи|исяк|тердем\p{L}*|терди(?:зе|зь)|тердезь|ютавты(?:зе|сь)|алкине|ульнесь|чистэ|иень|иестэ|ломань|кандидатт|франкс|кель\p{L}*|кавто|колмо|мейле|марто|мон|ды|ялга\p{L}*|сёрмадызе|получинь|\d{1,4}-це|(?:якшам|даволк|эйзюр|чады|панжи|аштем|медь|умарь|таштам|ожо|сундерь|ацам)ков(?:онь)?)(?![\u0400-\u04ff])/giu;
/** Moksha's words, which Erzya does not write: a page with more of them is Moksha's. */
export const MOKSHA_OWN = /(?<![\u0400-\u04ff])(?:тяни|тячи|тердсь|ётафтсь|ульсь|максфт|кяль\p{L}*|кафта|колма|минимальнай|иеста|кандидатнэнь|мархта|\d{1,2}-ця)(?![\u0400-\u04ff])/giu;
/** Erzya's words, which Moksha does not write. */
export const ERZYA_OWN = /(?<![\u0400-\u04ff])(?:течи|терди(?:зе|зь)|тердезь|ютавты(?:зе|сь)|алкине|ульнесь|чистэ|иестэ|кель\p{L}*|кавто|колмо|франкс|кандидатт|марто)(?![\u0400-\u04ff])/giu;

/** A cheap first test, shared with Moksha: "терд…" (invite), which neither English nor the neighbours write. */
export const ERZYA_HINT = /[Тт]ерд/;

/** A figure of an Erzya post: "1 000 тердема", "алкине балл 768". */
const ERZYA_FIGURE = /\d\s?(?:тердема|ITA)(?![\u0400-\u04ff])|(?:алкине|CRS)\s(?:CRS\s|балл\p{L}*\s)?[—:≥-]?\s?\d/iu;

/** Four kinds of its words, more of Erzya's own than of Moksha's, about none of the others' letters, mostly Cyrillic; short posts. */
export function isErzya(text: string): boolean {
  const found = text.match(ERZYA_WORD) ?? [];
  if ((text.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  if ((text.match(ERZYA_OWN) ?? []).length <= (text.match(MOKSHA_OWN) ?? []).length) return false;
  return ownWordsPage(text.replace(QUOTED_NAME, ''), found, CYRILLIC, ERZYA_FIGURE, (kinds) => kinds >= 2 && ERZYA_FIGURE.test(text) && (text.match(CYRILLIC) ?? []).length >= 8);
}

/** A quoted name in the script: a channel's, a paper's. */
export const QUOTED_NAME = /"[\u0400-\u04ff \t-]{1,40}"/g;

const { S, re, B, E, T } = scriptWords(C);
/** The Mordvin months (Erzya and Moksha write them alike), then the Russian ones. */
export const MORDVIN_MONTHS: MonthTable = [
  ['якшамков', 'January'],
  ['даволков', 'February'],
  ['эйзюрков', 'March'],
  ['чадыков', 'April'],
  ['панжиков', 'May'],
  ['аштемков', 'June'],
  ['медьков', 'July'],
  ['умарьков', 'August'],
  ['таштамков', 'September'],
  ['ожоков', 'October'],
  ['сундерьков', 'November'],
  ['ацамков', 'December'],
  ...CYRILLIC_MONTHS,
];
const MONTHS = MORDVIN_MONTHS;
/** "марто" (with) is no March. */
const MONTH = `((?!марто${E})(?:${monthStems(MONTHS)})${T})`;
const monthOf = monthNamer(MONTHS, 'iu');
const WEEKDAYS = [
  ['атяньчи', 'Monday'],
  ['вастаньчи', 'Tuesday'],
  ['куншкачи', 'Wednesday'],
  ['калоньчи', 'Thursday'],
  ['сюконьчи', 'Friday'],
  ['шлямочи', 'Saturday'],
  ['таргочи', 'Sunday'],
] as const;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { кавто: 'two', колмо: 'three', ниле: 'four', вете: 'five', кото: 'six' };
const DAY = String.raw`(\d{1,2})(?:-це)?(?:${S}чи${T})?(?![\d\u0400-\u04ff])`;
const YEAR = String.raw`(?:,?${S}(\d{4})(?:${S}ие${T})?(?!\d))?`;

/** Rules Erzya and Moksha share (Russian hedges, places with draws of their own, "тай-брейк", "эсь тердема"), in both glossaries' order. */
export const MORDVIN_SHARED: readonly GlossRule[] = [
  [re(`${B}(?:около|примерно)${E}`), ' about '],
  [re(`${B}(?:более|свыше)${E}`), ' more than '],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}(?:од${S})?зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}тай-брейк${T}`), ' tie-breaking rule '],
  [re(`${B}эсь${S}тердема${T}`), ' its own draw '],
];

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Hedges, no count to the reader: "400 малав" (about), "3 000-до ламо" (more than), "5 000-с" (up to); "515-сто 534-с" (from … to).
  [re(String.raw`${NUM}-?(?:сто|до|то)${S}${NUM}-?с${E}`), ' from $1 to $2 '],
  [re(String.raw`${B}малав${S}${NUM}`), ' about $1 '],
  [re(String.raw`${NUM}${S}малав${E}`), ' about $1 '],
  [re(String.raw`${NUM}-?(?:до|то)${S}(?:седе${S})?ламо${E}`), ' more than $1 '],
  [re(String.raw`${NUM}-?с${E}`), ' up to $1 '],
  ...MORDVIN_SHARED,
  [re(`${B}те${S}аволь${S}(?:Express${S}Entry${S}|канада${T}${S})?тердема${T}`), ' This is not a federal round '],
  [re(`${B}(?:итог${T}|анализ)${E}`), ' recap '],
  [re(`${B}прогноз${T}`), ' we expect '],
  [re(`${B}кода${E}`), ' How to '],
  [re(String.raw`(?<!\d)(\d{4})${S}ие${S}Express${S}Entry-?\p{L}*:?${S}мезе${S}ульнесь${E}`), ' Year in review $1: Express Entry '],
  // Days: "2026 иень умарьковонь 18-це чи", "умарьковонь 18-це чистэ", "Ацамковонь 18-це чи, 2025 ие", "Панжиковонь 31, 2021".
  [re(String.raw`(?<!\d)(\d{4})${S}иень${S}${MONTH}${S}${DAY}`), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`${B}${MONTH}${S}${DAY}${YEAR}`), (_, m = '', d = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`${B}${MONTH}${S}(\d{4})(?!\d)`), (_, m = '', y = '') => ` in ${monthOf(m)} ${y} `],
  [re(String.raw`(?<!\d)(\d{4})${S}ие${T}`), ' in $1 '],
  [re(`${B}${MONTH}`), (_, m = '') => ` in ${monthOf(m)} `],
  // A round-up's line headed by a day and month in figures: "20.07 — PNP: …" → July 20.
  [/^([^\p{L}\d\n]*)(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])(?=[ \t]+[—–-][ \t])/gmu, (_, p = '', d = '', m = '') => `${p}${monthOrNone(m)} ${Number(d)}`],
  ...WEEKDAYS.map(([myv, en]): GlossRule => [re(`${B}${myv}${T}`), ` ${en} `]),
  [re(`${B}течи${E}`), ' today '],
  [re(`${B}исяк${E}`), ' yesterday '],
  [re(`${B}ванды${E}`), ' tomorrow '],
  [re(String.raw`(?<![\d,])(\d{1,3})${S}чинь${S}перть${E}`), ' within $1 days '],
  // Rounds: "436-це тердемань турозо", "Тердемань номерэсь — 237", "№237", "кавто тердема" (two rounds), "ютавтызе" (held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-це${S}тердема${T}(?:${S}туроз${T})?`), ' round #$1 '],
  [re(String.raw`${B}тердема${T}${S}номер${T}${S}?[—:-]?${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`${B}тердема${T}${S}?№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`\((\d{2,4})-це\)`), ' (round #$1) '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(кавто|колмо|ниле|вете|кото)${S}тердема${T}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}од${S}тердема${T}`), ' a new round '],
  [re(`${B}васенце${E}`), ' first '],
  [re(`${B}(?:ютавтызе|ютавтсь)${E}`), ' held '],
  // Cut-offs: "алкине CRS баллось — 523", "алкине балл 768", "минимальной балл 380".
  [re(`${B}(?:алкине|минимальной)${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}(?:алкине|минимальной)${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "1 000 тердема" (invitations), "тердезь 5 500 кандидатт" (invited 5,500 candidates), "тердемат получизь" (issued to).
  [re(String.raw`${NUM}${S}тердема${T}`), ' $1 invitations '],
  [re(`${B}тердемат${S}получизь${E}`), ' invitations issued to '],
  [re(String.raw`${NUM}${S}(?:ломань${T}|кандидат${T}|врачт)`), ' $1 candidates '],
  [re(`${B}(?:тердизе|тердезь|тердинзе)${E}`), ' invited '],
  [re(`${B}тердемат${E}`), ' invitations '],
  [re(`${B}тердема${T}`), ' round '],
  // Programs: "франкс кельсэ ваннома" (French-language proficiency), "франкс кель содыцят" (French speakers).
  [re(`${B}франкс${S}кель${T}${S}ваннома${E}`), ' French-language proficiency '],
  [re(`${B}франкс${S}кель${T}${S}содыця${T}`), ' French-speaking candidates '],
  [re(`${B}франкс${S}кель${T}`), ' French-language '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}ды${E}`), ' and '],
];

/** On a page of today's round ("течи"), a sentence without it that says "ульнесь" (was) or "мейле" (after) is an earlier round's. */
const EARLIER = new RegExp(String.raw`^(?![^]*${B}течи${E})[^]*${B}(?:ульнесь|мейле)${E}`, 'iu');
const TODAY = new RegExp(`${B}течи${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** An Erzya page glossed into English. */
export function glossErzya(text: string): string {
  const marked = TODAY.test(text) ? markEarlier(text, EARLIER, /([.\n])/u) : text;
  return finishGloss(marked, CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
