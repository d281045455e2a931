import type { CommandContext } from './types.ts';
import { formatNumber } from '../i18n/format.ts';
import { UserError } from './user-error.ts';

export interface IntegerRule {
  /** Translation key of the option's name in a sentence ("the count", "a CRS score"). */
  what: string;
  min: number;
  max: number;
}

/**
 * A whole number typed by a user, inside [min, max]. Thousands separators are allowed
 * ("1,200", "1 200") and so is the typographic minus ("−5"), so the error can quote the range
 * instead of calling a plausible number "not a number".
 */
export function parseInteger(raw: string): number | null {
  const text = raw
    .trim()
    .replace(/[\s,_\u00a0\u202f]/g, '')
    .replace(/^[−–]/, '-');
  if (!/^[-+]?\d{1,9}$/.test(text)) return null;
  return Number(text);
}

/** `raw` as an integer within the rule, `fallback` when absent; a UserError naming the range otherwise. */
export function integerArg(ctx: CommandContext, raw: string | undefined, rule: IntegerRule, fallback: number): number;
export function integerArg(ctx: CommandContext, raw: string | undefined, rule: IntegerRule): number | null;
export function integerArg(ctx: CommandContext, raw: string | undefined, rule: IntegerRule, fallback?: number): number | null {
  if (raw === undefined || raw.trim() === '') return fallback ?? null;
  const n = parseInteger(raw);
  if (n !== null && n >= rule.min && n <= rule.max) return n;
  throw new UserError(
    ctx.t('args.integerRange', {
      what: ctx.t(rule.what),
      min: formatNumber(rule.min, ctx.lang),
      max: formatNumber(rule.max, ctx.lang),
      input: raw.trim().slice(0, 20),
    }),
  );
}
