/**
 * A clock time told with the part of the day, as Burmese and Khmer pages write it ("မနက် ၁:၂၈", "ည ၁၁:၃၀", "០១:៥៨ ព្រឹក"), in the
 * English the tie-break reader knows ("1:28 am", "11:30 pm"). A night's small hours are the morning ("ည ၁:၃၂" is 1:32 am); an
 * hour that does not fit its part (a 24-hour clock, "ညနေ ၁၈:၀၀") is left as written.
 */

export type DayPart = 'morning' | 'midday' | 'afternoon' | 'evening' | 'night';

/** The hours (on a 12-hour clock) each part may name, and whether they are after noon. */
const HOURS: Readonly<Record<DayPart, (h: number) => 'am' | 'pm' | null>> = {
  morning: (h) => (h >= 1 && h <= 11 ? 'am' : null),
  midday: (h) => (h === 11 ? 'am' : h === 12 || (h >= 1 && h <= 3) ? 'pm' : null),
  afternoon: (h) => (h === 12 || (h >= 1 && h <= 6) ? 'pm' : null),
  evening: (h) => (h >= 3 && h <= 11 ? 'pm' : null),
  night: (h) => (h >= 6 && h <= 11 ? 'pm' : h === 12 || (h >= 1 && h <= 4) ? 'am' : null),
};

/** "1:28" and the part of the day → "1:28 am"; the time as written when the hour does not fit. */
export function clockOfPart(hour: string, rest: string, part: DayPart): string {
  const h = Number(hour);
  const half = HOURS[part](h);
  return half ? ` ${String(h)}${rest} ${half} ` : ` ${hour}${rest} `;
}
