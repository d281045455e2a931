import type { Lang, ProgramInfo, Programs } from '../config/programs.ts';
import { FIRST_YEAR, PERIOD_EXAMPLES } from './period.ts';
import type { Suggestions } from './types.ts';

/** One value offered while a user types: what is filled in, and what the menu shows. */
export interface Suggestion {
  value: string;
  label: string;
}

/** At most this many, as Discord's autocomplete takes. */
export const MAX_SUGGESTIONS = 25;

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** How well a program matches what was typed: 0 its code starts so, 1 a name or alias starts so, 2 a word of them does, null not at all. */
function rank(p: ProgramInfo, typed: string): number | null {
  if (!typed || p.code.startsWith(typed)) return 0;
  const words = [p.name.en, p.name.fr, p.short.en, p.short.fr, ...p.aliases].map(fold);
  if (words.some((w) => w.startsWith(typed))) return 1;
  if (words.some((w) => w.split(/[\s(),/-]+/).some((part) => part.startsWith(typed)))) return 2;
  return null;
}

/** Programs matching `typed`, best first, catalogue order within a rank; `other` only when asked for by name. */
function matchingPrograms(programs: Programs, typed: string): ProgramInfo[] {
  const ranked = programs.all.flatMap((p) => {
    const r = rank(p, typed);
    return r === null || (p.code === 'other' && !typed) ? [] : [{ p, r }];
  });
  return ranked.sort((a, b) => a.r - b.r).map((x) => x.p);
}

const label = (p: ProgramInfo, lang: Lang): string => (p.short[lang] === p.name[lang] ? p.name[lang] : `${p.short[lang]} — ${p.name[lang]}`);

/** A list of programs being typed ("cec, pn"): the finished part is kept, the last word completed. */
function programList(programs: Programs, typed: string, lang: Lang): Suggestion[] {
  const cut = Math.max(typed.lastIndexOf(','), typed.lastIndexOf(' '));
  const done = cut >= 0 ? typed.slice(0, cut + 1) : '';
  const last = fold(typed.slice(cut + 1));
  const prefix = done.trim() ? `${done.trim().replace(/,$/, '')} ` : '';
  const all = !prefix && 'all'.startsWith(last) ? [{ value: 'all', label: lang === 'fr' ? 'all — tous les programmes' : 'all — every program' }] : [];
  return [...all, ...matchingPrograms(programs, last).map((p) => ({ value: `${prefix}${p.code}`, label: prefix ? `${prefix}${p.short[lang]}` : label(p, lang) }))];
}

/** Periods: the usual spans, then every year with draws, newest first. */
function periods(typed: string, now: Date): Suggestion[] {
  const years = Array.from({ length: now.getUTCFullYear() - FIRST_YEAR + 1 }, (_, i) => String(now.getUTCFullYear() - i));
  const values = [...new Set([...PERIOD_EXAMPLES.filter((p) => !/^\d{4}$/.test(p)), ...years])];
  return values.filter((v) => v.startsWith(fold(typed))).map((v) => ({ value: v, label: v }));
}

/**
 * Values to offer while a user types an option, answered from memory (Discord allows 3 s; this
 * takes microseconds): programs by code, English or French name or alias; lists of programs;
 * periods. Values and labels fit Discord's 100 characters.
 */
export function suggest(kind: Suggestions, typed: string, deps: { programs: Programs; lang: Lang; now: Date }): Suggestion[] {
  const list =
    kind === 'period'
      ? periods(typed, deps.now)
      : kind === 'programs'
        ? programList(deps.programs, typed, deps.lang)
        : matchingPrograms(deps.programs, fold(typed)).map((p) => ({ value: p.code, label: label(p, deps.lang) }));
  return list.slice(0, MAX_SUGGESTIONS).map((s) => ({ value: s.value.slice(0, 100), label: s.label.length > 100 ? `${s.label.slice(0, 99)}…` : s.label }));
}
