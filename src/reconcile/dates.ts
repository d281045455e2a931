const DAY_MS = 86_400_000;

/** Whole days between two YYYY-MM-DD dates, whichever comes first. */
export const daysApart = (a: string, b: string): number => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
