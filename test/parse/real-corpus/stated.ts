import type { DrawReport } from '../../../src/domain/draw.ts';

/**
 * Which facts of a round an article states, read from the text alone (never from the parser's
 * answer): a field the article does not state is right when the parser gives null.
 */

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A count or score as articles write it: "3,000", "3 000", "3000". */
export function numberPattern(n: number): RegExp {
  const s = String(n);
  const body = n >= 1000 ? `${s.slice(0, -3)}[, \u00a0\u202f]?${s.slice(-3)}` : s;
  return new RegExp(String.raw`(?<![\d,.])${body}(?![\d]|[,.]\d)`);
}

/** "May 31", "31 May", "31st of May", "Nov. 15", "le 25 novembre", "23-07-2020", "2020-07-23". */
export function mentionsDay(text: string, iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return false;
  const en = MONTHS_EN[m - 1] ?? '';
  const fr = MONTHS_FR[m - 1] ?? '';
  const month = `(?:${en}|${en.slice(0, 3)}\\.?|${en.slice(0, 4)}\\.?|${fr})`;
  const day = `0?${d}(?:st|nd|rd|th|er|e)?`;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const forms = [`\\b${month}\\s+${day}(?!\\d)`, `(?<!\\d)${day}\\s+(?:of\\s+)?${month}\\b`, `(?<!\\d)${pad(d)}[-/.]${pad(m)}[-/.]${y}\\b`, `\\b${y}-${pad(m)}-${pad(d)}\\b`];
  return new RegExp(forms.join('|'), 'i').test(text);
}

/** "#297", "draw 297", "the 297th", "(number 396)", "396e tirage", "118th overall". */
export function mentionsRoundNumber(text: string, drawNumber: string): boolean {
  const n = drawNumber.replace(/[^0-9a-z]/gi, '');
  return new RegExp(String.raw`#\s?${n}\b|\b(?:draw|round|tirage|ronde|number|no\.?)\s*#?\s*${n}\b|\b${n}(?:st|nd|rd|th)\b|\b${n}e\s+tirage|\bdraw\s+no\.?\s*${n}\b`, 'i').test(text);
}

const RELATIVE_DAY = /\b(?:today|today's|tonight|yesterday|this (?:morning|afternoon|evening)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|aujourd'hui|hier)\b/i;

export type Field = 'date' | 'drawNumber' | 'program' | 'invitations' | 'minCrs' | 'tieBreak';
export const FIELDS: readonly Field[] = ['date', 'drawNumber', 'program', 'invitations', 'minCrs', 'tieBreak'];

/** The fields of `round` that `text` states. The program is always scored (an unnamed program is `general`). */
export function statedFields(text: string, round: DrawReport, hasPageDate: boolean): Set<Field> {
  const out = new Set<Field>(['program']);
  if (mentionsDay(text, round.date) || (hasPageDate && RELATIVE_DAY.test(text))) out.add('date');
  if (round.drawNumber && mentionsRoundNumber(text, round.drawNumber)) out.add('drawNumber');
  if (numberPattern(round.invitations).test(text)) out.add('invitations');
  if (numberPattern(round.minCrs).test(text)) out.add('minCrs');
  if (round.tieBreak && mentionsDay(text, round.tieBreak)) out.add('tieBreak');
  return out;
}
