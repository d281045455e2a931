import { addDays, lastWeekday, weekday, withYearBefore } from './calendar.ts';
import type { DayRef } from '../types.ts';
import { matchesOf } from '../text/matches.ts';

/**
 * Spanish and Portuguese weekdays told without their date, as "on Monday" is in English (French ones are glossed to
 * English, gloss-french.ts): "IRCC realizó el sorteo este jueves", "el martes", "el jueves pasado", "na quinta-feira", and
 * Brazilian news' "Neste sábado (13)", "Quinta-feira (1º)", and "el martes 1" — the weekday with its day of the month in brackets.
 * Tagalog shares Spanish's names ("Noong Lunes, PNP: 955 ITAs"), and has its own for Wednesday to Friday ("Miyerkules",
 * "Huwebes", "Biyernes"); not "Linggo", which is also "week".
 */

const DAYS: Record<string, number> = {
  domingo: 0,
  lunes: 1,
  segunda: 1,
  martes: 2,
  terca: 2,
  miercoles: 3,
  miyerkules: 3,
  quarta: 3,
  jueves: 4,
  huwebes: 4,
  quinta: 4,
  viernes: 5,
  biyernes: 5,
  sexta: 5,
  sabado: 6,
};

/** The weekdays' names (one group). */
const WEEKDAY_NAME = String.raw`((?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?|s[áa]bado|domingo|lunes|martes|mi[ée]rcoles|jueves|viernes|miyerkules|huwebes|biyernes)`;
const WEEKDAY = new RegExp(String.raw`(?<![\p{L}-])${WEEKDAY_NAME}(?![\p{L}-])(\s+(?:pasado|passad[oa]))?(?:\s*\((\d{1,2})[º°ªo]?\)|\s+(\d{1,2})[º°ªo]?(?![\d/.:,]?\d|\s*(?:de\s+)?\p{L}))?`, 'giu');
/** A habit ("los jueves", "às quartas"), a span ("entre el lunes y el jueves") or a day to come ("el próximo jueves"); not a list's next day (", y el lunes 362 …"). */
const NOT_ONE_DAY_BEFORE = /(?:\b(?:los|todos|cada|[àa]s|aos|os|as|entre|desde|hasta|(?<!,\s)y|(?<!,\s)e|al|at[ée])|pr[óo]xim[oa]|siguiente|seguinte)\s+(?:(?:el|la|o|a)\s+)?$/iu;
/** "de segunda a quarta-feira", "del lunes al miércoles": the end of a span of days. */
const SPAN_END_BEFORE = /\b(?:de|del|desde)\s+\p{L}+(?:-feira)?\s+(?:a|al|até|hasta)\s+$/iu;
/** "el jueves 9 de abril", "quarta-feira, 10 de fevereiro", "jueves próximo", "quinta rodada" (the fifth round), "segunda vez". */
const NOT_ONE_DAY_AFTER = /^\s*(?:,\s*)?(?:\d{1,2}\s+(?:de\s+)?\p{L}|\d{1,2}\/\d{1,2}|pr[óo]xim|que vem|siguiente|seguinte|rodada|ronda|sorteio|convoca|vez|edi|posi|coloca|lugar|categor|ola|onda)/iu;
/** "quarta" alone is a weekday after "nesta", "na", "desta", "última", or with its "(10)". */
const SHORT_PORTUGUESE_BEFORE = /\b(?:n|d)?esta\s+$|\bna\s+$|[úu]ltima\s+$/iu;
/** "el pasado jueves", "na última quinta-feira": the last one strictly before the page's day. */
const LAST_BEFORE = /\b(?:pasado|[úu]ltim[oa])\s+$/iu;

export interface RomanceWeekday {
  start: number;
  end: number;
  value: DayRef;
}

const plain = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');

/** "Terça, 4/8 – Provincial Nominee Program", "jueves 6/8": a weekday with its day and month (day first), no year. */
const WEEKDAY_DAY_MONTH = new RegExp(String.raw`(?<![\p{L}-])${WEEKDAY_NAME},?\s+(\d{1,2})\/(\d{1,2})(?![\d/])`, 'giu');

export function romanceWeekdays(sentence: string, published: DayRef | null, lastWeek = false): RomanceWeekday[] {
  if (!published) return [];
  const out: RomanceWeekday[] = [];
  // The weekday checks the day: a day that does not fall on it is no day read.
  if (/\d\/\d/.test(sentence))
    for (const m of matchesOf(WEEKDAY_DAY_MONTH, sentence)) {
      const target = DAYS[plain(m[1] ?? '').replace(/-feira$/, '')];
      const value = withYearBefore({ year: null, month: Number(m[3]), day: Number(m[2]) }, published);
      if (target !== undefined && value.year !== null && weekday({ ...value, year: value.year }) === target) out.push({ start: m.index, end: m.index + m[0].length, value });
    }
  for (const m of matchesOf(WEEKDAY, sentence)) {
    const word = plain(m[1] ?? '');
    const before = sentence.slice(Math.max(0, m.index - 24), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const monthDay = m[3] === undefined && m[4] === undefined ? null : Number(m[3] ?? m[4]);
    if (NOT_ONE_DAY_BEFORE.test(before) || SPAN_END_BEFORE.test(before) || NOT_ONE_DAY_AFTER.test(after)) continue;
    if (/^(?:segunda|terca|quarta|quinta|sexta)$/.test(word) && monthDay === null && !SHORT_PORTUGUESE_BEFORE.test(before)) continue;
    const target = DAYS[word.replace(/-feira$/, '')];
    if (target === undefined) continue;
    const value = monthDay === null ? lastWeekday(published, target, lastWeek || !!m[2] || LAST_BEFORE.test(before)) : withMonthDay(published, target, monthDay);
    if (value) out.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return out;
}

/** The latest such weekday on or before the page's day that falls on that day of the month, within two weeks; else none. */
function withMonthDay(published: DayRef, target: number, monthDay: number): DayRef | null {
  const last = lastWeekday(published, target, false);
  for (const back of [0, 7, 14]) {
    const d = last ? addDays(last, -back) : null;
    if (d && d.day === monthDay) return d;
  }
  return null;
}
