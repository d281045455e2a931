import { finishGloss, hasEnough, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Russian draw news glossed into the English the reader knows, as `gloss-punjabi.ts` does for Punjabi
 * (docs/parser.md, "Fourteenth round"): months in the genitive ("21 февраля" → "21 February"), counts ("выдано 5000
 * приглашений" → "issued 5000 invitations", "получили 3 000 кандидатов" → "3 000 candidates received invitations"),
 * cut-offs ("минимум баллов … составил 442" → "the minimum CRS score was 442"), and the words of a draw report.
 * What the glossary does not know is dropped; a sentence that speaks of an earlier draw ("предыдущ…") is context.
 */

const CYRILLIC = /[\u0400-\u04ff]/g;

/** Enough Cyrillic that it is the page's language, not a name. */
export const isRussian = (text: string): boolean => hasEnough(text, CYRILLIC);

const MONTHS: MonthTable = [
  ['январ', 'January'],
  ['феврал', 'February'],
  ['март', 'March'],
  ['апрел', 'April'],
  ['ма[йя]', 'May'],
  ['июн', 'June'],
  ['июл', 'July'],
  ['август', 'August'],
  ['сентябр', 'September'],
  ['октябр', 'October'],
  ['ноябр', 'November'],
  ['декабр', 'December'],
  // Ukrainian: "13 листопада 2021 р.", "6 липня".
  ['січн', 'January'],
  ['лют', 'February'],
  ['берез', 'March'],
  ['квітн', 'April'],
  ['травн', 'May'],
  ['червн', 'June'],
  ['липн', 'July'],
  ['серпн', 'August'],
  ['вересн', 'September'],
  ['жовтн', 'October'],
  ['листопад', 'November'],
  ['грудн', 'December'],
];
const C = String.raw`\u0400-\u04ff`;
/** A day and its month: "21 февраля", "13-го февраля". */
const DAY_MONTH = new RegExp(String.raw`(\d{1,2})(?:-?го)?\s+(${MONTHS.map(([ru]) => ru).join('|')})[${C}]*`, 'gi');
const monthOf = monthNamer(MONTHS, 'i');
/** A month and its year, no day: "Итоги октября 2024" (October 2024's recap). */
const MONTH_YEAR = new RegExp(String.raw`(?<![\d${C}])(${MONTHS.map(([ru]) => ru).join('|')})[${C}]*\s+(\d{4})`, 'gi');
const ENGLISH_MONTHS = MONTHS.map(([, en]) => en);

/** A count as Russian writes it: "27,330", "3 000", "5000" (bounded, so a run of digits and spaces is read once). */
const NUM = String.raw`((?<!\d[ ,\u00a0]?)\d{1,3}(?:[ ,\u00a0]\d{3}){1,3}(?!\d)|(?<!\d)\d{1,9}(?!\d))`;
const DRAW = String.raw`(?:отбор|розыгрыш|жеребь[её]вк|раунд|тираж|відб[іо]р)[${C}]*`;
const PEOPLE = String.raw`(?:кандидат|человек|иммигрант|заявител|заявник)[${C}]*`;
const INVITATION = String.raw`(?:приглашени|инвайт|запрошен)[${C}]*`;
/** A score: Russian "балл", Ukrainian "бал". */
const POINTS = String.raw`(?:балл|бал)[${C}]*`;

const SCRIPT = script('\u0400-\u04ff', '«»');

const RULES: readonly GlossRule[] = [
  [DAY_MONTH, (_, d = '', m = '') => ` ${monthOf(m)} ${d} `],
  [MONTH_YEAR, (_, m = '', y = '') => ` ${monthOf(m)} ${y} `],
  // "07.10 — PNP: …": a list's day, day first, without its year.
  [/(?<![\d.])(\d{2})\.(\d{2})(?![.\d])(?=\s?[—–-])/g, (all, d = '', m = '') => (Number(m) >= 1 && Number(m) <= 12 ? ` ${ENGLISH_MONTHS[Number(m) - 1] ?? ''} ${Number(d)} ` : all)],
  // "Итоги …" (the results of …): a recap.
  // "Итоги недели" (the week's results): a weekly recap, which tells the week's rounds.
  [/Итоги\s(?:недели|тижня)/g, ' Weekly recap '],
  [/Итоги\s/g, ' Recap of '],
  // "три раунда подряд" (three rounds in a row), "кандидаты с французским языком" (candidates with French), "мин. CRS" (min. CRS).
  [new RegExp(String.raw`(?:два|две|дв[аі]|три|четыре|чотири)\s${DRAW}`, 'gi'), (m) => ` ${/^тр/i.test(m) ? 'three' : /^ч/i.test(m) ? 'four' : 'two'} rounds `],
  [/(?:с\sфранцузским\sязыком|франкоязычн[а-я]*|франкомовн[а-я]*)/gi, ' French-speaking '],
  [/мин\.\s?(?=CRS)/gi, ' minimum '],
  [/(\d{4})\s?(?:год[а-я]*|г\.|р\.)/gi, ' $1 '],
  // "Правило тай-брейку: …", "Тай-брейк: 29.03.2022 …": the tie-breaking rule.
  [new RegExp(String.raw`(?:правил[${C}]*\s)?тай-?брейк[${C}]*`, 'gi'), ' tie-breaking rule '],
  // "99-й раунд" (the 99th round): IRCC's round number.
  [new RegExp(String.raw`(?<!\d)(\d{1,3})-?(?:й|го|м|ий)\s${DRAW}`, 'gi'), (_, n = '') => ` the ${n}th round `],
  // "проходной балл 507", "прохідний бал — 489", "Мінімальний бал CRS — 557": the round's cut-off.
  [new RegExp(String.raw`(?:проходн|прохідн|минимальн|мінімальн)[${C}]*\s${POINTS}\s?(?:CRS\s?)?(?:—|-|:)?\s?(\d{2,4})(?!\d)`, 'gi'), ' minimum CRS score $1 '],
  [/(?:Сегодня|сегодня)/g, ' today '],
  [/(?:около|примерно|почти|более|свыше)/gi, ' about '],
  // Counts: "выдано 5000 приглашений", "было направлено 27,330 приглашений", "получили 3 000 кандидатов".
  [new RegExp(String.raw`(?:выдан|направлен|отправлен|разослан)[${C}]*\s${NUM}\s${INVITATION}`, 'gi'), ' issued $1 invitations '],
  [new RegExp(String.raw`(?:получил|отримал)[${C}]*\s${NUM}\s${PEOPLE}`, 'gi'), ' $1 candidates received invitations '],
  [new RegExp(String.raw`${NUM}\s${INVITATION}`, 'gi'), ' $1 invitations '],
  [new RegExp(String.raw`${NUM}\s${PEOPLE}`, 'gi'), ' $1 candidates '],
  // Cut-offs: "минимум баллов … составил 442 баллов", "набравшим минимум 75 баллов", "проходной балл тоже был 442".
  [new RegExp(String.raw`(?:минимум|минимальн[${C}]*|проходн[${C}]*|самый низкий)\s(?:[^\s.]+\s){0,8}?(?:составил[${C}]*|был[${C}]*|—|-)\s?(\d{2,4})`, 'gi'), ' the minimum CRS score was $1 '],
  [/(?:минимум|не менее)\s(\d{2,4})\s(?:балл[а-я]*)/gi, ' a minimum CRS score of $1 '],
  [new RegExp(String.raw`(\d{2,4})\s${POINTS}`, 'gi'), ' $1 points '],
  [new RegExp(POINTS, 'gi'), ' points '],
  [new RegExp(DRAW, 'gi'), ' draw '],
  [/Канад[а-я]*/g, ' Canada '],
];

/** A sentence that speaks of an earlier draw ("предыдущ…", previous; "прошл…", last): context from its start. */
const EARLIER = /предыдущ|прошл/i;

export function glossRussian(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.\n])/), RULES, SCRIPT);
}
