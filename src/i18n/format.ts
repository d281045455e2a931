import { daysFrom } from '../util/days.ts';
import type { Lang } from '../config/programs.ts';

const locales: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

/**
 * Formatters built once per language: constructing an Intl formatter costs far more than using
 * it, and a 50-line /history formats a hundred values.
 */
const numberFormats: Record<Lang, Intl.NumberFormat> = { en: new Intl.NumberFormat(locales.en), fr: new Intl.NumberFormat(locales.fr) };
const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales[lang], { ...options, timeZone: 'UTC' });
const longDates: Record<Lang, Intl.DateTimeFormat> = { en: dateFormat('en', { dateStyle: 'long' }), fr: dateFormat('fr', { dateStyle: 'long' }) };
const shortDateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const shortDates: Record<Lang, Intl.DateTimeFormat> = { en: dateFormat('en', shortDateOptions), fr: dateFormat('fr', shortDateOptions) };

export const formatNumber = (n: number, lang: Lang): string => numberFormats[lang].format(n);

/** "2026-08-18" → "August 18, 2026" / "18 août 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return longDates[lang].format(d);
}

/** "2026-08-18" → "Aug 18, 2026" / "18 août 2026" (tables). */
export function formatShortDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return shortDates[lang].format(d);
}

/** A tie-break: full timestamp "August 17, 2026 at 22:09:00 UTC", or the date alone. */
export function formatTieBreak(value: string, lang: Lang): string {
  if (value.length <= 10) return formatDate(value, lang);
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const time = value.slice(11, 19);
  return lang === 'fr' ? `${formatDate(value, lang)} à ${time} UTC` : `${formatDate(value, lang)} at ${time} UTC`;
}

/** Whole days from `from` (YYYY-MM-DD) to `to`. */
export const daysBetween = daysFrom;

/** +7 / −3 / ±0, with the language's thousands separator. */
export function signed(n: number, lang: Lang = 'en'): string {
  if (n > 0) return `+${formatNumber(n, lang)}`;
  if (n < 0) return `−${formatNumber(Math.abs(n), lang)}`;
  return '±0';
}
