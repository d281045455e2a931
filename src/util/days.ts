/** A day in milliseconds: the one place it is written. */
export const DAY_MS = 86_400_000;

/** Whole days between two YYYY-MM-DD dates, whichever comes first. */
export const daysApart = (a: string, b: string): number => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;

/** Whole days from `from` (YYYY-MM-DD) to the UTC day of `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: Date): number {
  const start = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((end - start) / DAY_MS);
}

/** The YYYY-MM-DD `days` after `date`'s instant. */
export const addDays = (date: Date, days: number): string => new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10);
