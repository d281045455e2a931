import { finishGloss, keepAnyCase, markEarlier, monthNamer, monthStems, ownWordsPage, script, type GlossRule, scriptWords, GLOSS_NUM, monthOrNone } from './gloss-rules.ts';
import { ERZYA_OWN, MOKSHA_OWN, MORDVIN_MONTHS, MORDVIN_SHARED, OTHERS_OWN, QUOTED_NAME } from './gloss-erzya.ts';

/**
 * Moksha draw news glossed into the English the reader knows, in the shape of `gloss-udmurt.ts` (docs/parser.md "Erzya and
 * Moksha"): thousands with a space ("5 000"), days ("Умарьков 19, 2026" → August 19, 2026, "сундерьков 19-ця" → November 19,
 * "2020 иень ацамков 23-ця" → December 23, 2020, "Медьковста" → in July), weekdays, "тячи" (today), "тяни" (now: today's news),
 * "исяк" (yesterday); rounds ("Тердемать №437" → round #437, "(327-це)" → (round #327), "кафта тердемат" → two rounds,
 * "ётафтсь" → held); counts ("5 000 тердема" → 5,000 invitations, "тердсь 5000 ломанть" → invited 5000 candidates, "Тердемат
 * максфт 250 ломаньнэнь" → invitations issued to 250 candidates); cut-offs ("минимальнай CRS", "минимальнай балл" → minimum
 * CRS score); "французонь кяль" (French-language); hedges ("N-да ламо" more than, "N-с" up to). What the glossary does not know
 * is dropped; on a page of today's round, a sentence of "ульсь" (was) or "мельге" (after) is an earlier round's.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Moksha's own words of a draw report: today, now, yesterday, invitation, invited, held, given, was, year, its months. */
const MOKSHA_WORD =
  /(?<![\u0400-\u04ff])(?:тячи|тяни|исяк|тердем\p{L}*|тердсь|ётафтсь|ульсь|максфт|минимальнай|иень|иеста|ломан\p{L}*|кандидатнэнь|кяль\p{L}*|кафта|колма|мельге|мархта|мон|ды|\d{1,4}-(?:це|ця)|(?:якшам|даволк|эйзюр|чады|панжи|аштем|медь|умарь|таштам|ожо|сундерь|ацам)ков(?:онь|ста)?)(?![\u0400-\u04ff])/giu;

/** A figure of a Moksha post: "5 000 тердема", "минимальнай балл 463", "CRS 744". */
const MOKSHA_FIGURE = /\d\s?(?:тердема|ITA)(?![\u0400-\u04ff])|(?:минимальнай|CRS)\s(?:CRS\s|балл\s)?[—:≥-]?\s?\d/iu;

/** Four kinds of its words, more of Moksha's own than of Erzya's, about none of the others' letters, mostly Cyrillic; short posts. */
export function isMoksha(text: string): boolean {
  const found = text.match(MOKSHA_WORD) ?? [];
  if ((text.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  if ((text.match(MOKSHA_OWN) ?? []).length <= (text.match(ERZYA_OWN) ?? []).length) return false;
  return ownWordsPage(text.replace(QUOTED_NAME, ''), found, CYRILLIC, MOKSHA_FIGURE, (kinds) => kinds >= 2 && MOKSHA_FIGURE.test(text) && (text.match(CYRILLIC) ?? []).length >= 8);
}

const { S, re, B, E, T } = scriptWords(C);
const MONTHS = MORDVIN_MONTHS;
/** "марто" (with) is no March. */
const MONTH = `((?!марто${E})(?:${monthStems(MONTHS)})${T})`;
const monthOf = monthNamer(MONTHS, 'iu');
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { кафта: 'two', колма: 'three', ниле: 'four', вете: 'five', кота: 'six' };
const DAY = String.raw`(\d{1,2})(?:-(?:ця|це))?(?:${S}ши${T})?(?![\d\u0400-\u04ff])`;
const YEAR = String.raw`(?:,?${S}(\d{4})(?:${S}ие${T})?(?!\d))?`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Hedges, no count to the reader: "3 000-да ламо" (more than), "5 000-с" (up to); "515-ста 534-с" (from … to).
  [re(String.raw`${NUM}-?(?:ста|да|та)${S}${NUM}-?с${E}`), ' from $1 to $2 '],
  [re(String.raw`${NUM}-?(?:да|та)${S}(?:седе${S})?ламо${E}`), ' more than $1 '],
  [re(String.raw`${NUM}-?с${E}`), ' up to $1 '],
  ...MORDVIN_SHARED,
  [re(`${B}тя${S}аф${S}(?:Express${S}Entry${S}|канада${T}${S})?тердема${T}`), ' This is not a federal round '],
  [re(`${B}(?:итог${T}|анализ)${E}`), ' recap '],
  [re(`${B}прогноз${T}`), ' we expect '],
  [re(`${B}историясь${E}`), ' history '],
  [re(`${B}(кафта|колма|ниле|вете|кота)${S}ие${S}мельге${E}`), ' years later '],
  [re(`${B}тячи${S}шкане${E}`), ' nowadays '],
  // Days: "Умарьков 19, 2026", "сундерьков 19-ця", "2020 иень ацамков 23-ця"; a month and a year alone: "Медьков 2026" (a recap's head).
  [re(String.raw`(?<!\d)(\d{4})${S}иень${S}${MONTH}${S}${DAY}`), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`${B}${MONTH}${S}${DAY}${YEAR}`), (_, m = '', d = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [new RegExp(String.raw`^(\P{L}*)${MONTH}${S}(\d{4}):`, 'gimu'), (_, p = '', m = '', y = '') => `${p}Monthly recap: ${monthOf(m)} ${y}:`],
  [re(String.raw`${B}${MONTH}${S}(\d{4})(?!\d)`), (_, m = '', y = '') => ` in ${monthOf(m)} ${y} `],
  [re(String.raw`(?<!\d)(\d{4})${S}ие${T}`), ' in $1 '],
  [re(`${B}${MONTH}`), (_, m = '') => ` in ${monthOf(m)} `],
  // A round-up's line headed by a day and month in figures: "20.07 — PNP: …" → July 20.
  [/^([^\p{L}\d\n]*)(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])(?=[ \t]+[—–-][ \t])/gmu, (_, p = '', d = '', m = '') => `${p}${monthOrNone(m)} ${Number(d)}`],
  [re(`${B}(?:тячи|тяни)${E}`), ' today '],
  [re(`${B}исяк${E}`), ' yesterday '],
  [re(`${B}ванды${E}`), ' tomorrow '],
  [re(String.raw`(?<![\d,])(\d{1,3})${S}шинь${S}(?:перть|ютксть)${E}`), ' within $1 days '],
  // Rounds: "Тердемать №437", "(327-це)", "кафта тердемат" (two rounds), "ётафтсь" (held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-(?:це|ця)${S}тердема${T}`), ' round #$1 '],
  [re(String.raw`${B}тердема${T}${S}?№${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`\((\d{2,4})-(?:це|ця)\)`), ' (round #$1) '],
  [re(String.raw`№${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(кафта|колма|ниле|вете|кота)${S}тердема${T}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}од${S}(?:категориянь${S})?тердема${T}`), ' a new round '],
  [re(`${B}ётафтсь${E}`), ' held '],
  // Cut-offs: "минимальнай CRS — 382 балл", "минимальнай балл — 463".
  [re(`${B}минимальнай${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}минимальнай${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "5 000 тердема" (invitations), "тердсь 5000 ломанть" (invited 5000 candidates), "Тердемат максфт" (invitations issued to).
  [re(String.raw`${NUM}${S}тердема${T}`), ' $1 invitations '],
  [re(`${B}тердемат${S}максфт${E}`), ' invitations issued to '],
  [re(String.raw`${NUM}${S}(?:ломан${T}|кандидат${T})`), ' $1 candidates '],
  [re(`${B}тердсь${E}`), ' invited '],
  [re(`${B}тердемат${E}`), ' invitations '],
  [re(`${B}тердема${T}`), ' round '],
  // Programs: "французонь кяльть" (French-language), "шумбраши ваныхненди" (healthcare workers), "старшай кастыхненди" (senior managers).
  [re(`${B}французонь${S}кял${T}`), ' French-language '],
  [re(`${B}шумбраши${S}ваных${T}`), ' healthcare workers '],
  [re(`${B}старшай${S}кастых${T}`), ' senior managers '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}ды${E}`), ' and '],
];

/** On a page of today's round ("тячи", "тяни"), a sentence without them that says "ульсь" (was) or "мельге" (after) is an earlier round's. */
const EARLIER = new RegExp(String.raw`^(?![^]*${B}(?:тячи|тяни)${E})[^]*${B}(?:ульсь|мельге)${E}`, 'iu');
const TODAY = new RegExp(`${B}(?:тячи|тяни)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Moksha page glossed into English. */
export function glossMoksha(text: string): string {
  const marked = TODAY.test(text) ? markEarlier(text, EARLIER, /([.\n])/u) : text;
  return finishGloss(marked, CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
