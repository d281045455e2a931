import { dayToIso, withYearBefore } from '../mentions/calendar.ts';
import type { Programs } from '../../config/programs.ts';
import type { ParsedDraw } from '../result.ts';
import { utcReadings } from '../mentions/time-of-day.ts';
import { hasFacts, type DayRef, type Draft, type TieBreakMention } from '../types.ts';

/**
 * The public shape of a draft. A draw that is not announced is listed only when the text says
 * which draw it was (a full date or a round number) and names its program: "down from 547 last
 * week" is a comparison, not a record a bot can file.
 */

export function keepDraft(d: Draft): boolean {
  if (!hasFacts(d) || d.program === null) return false;
  return (d.date !== null && d.date.year !== null) || d.drawNumber !== null;
}

/** A tie-break day without a year falls on or before the draw (or the page) it belongs to. */
function tieBreakText(tb: TieBreakMention, drawDay: DayRef | null, resolve: (d: DayRef) => DayRef): string | null {
  const day = drawDay && drawDay.year !== null ? withYearBefore(tb.day, drawDay, 0) : resolve(tb.day);
  if (tb.time) {
    const readings = utcReadings(day, tb.time);
    const days = new Set(readings.map((r) => dayToIso(r.day)));
    // Whichever offset the zone was meant as, keep the UTC day only when every reading agrees on it.
    if (days.size !== 1) return null;
    const [only] = readings;
    // "at 4:35 a.m. UTC" names the minute, not IRCC's second: the day alone is what the text pins down.
    if (!tb.time.exact || readings.length > 1 || !only) return [...days][0] ?? null;
    return `${dayToIso(only.day)}T${only.time}Z`;
  }
  return dayToIso(day);
}

/** After the first months of Express Entry, only a nominee round has had a cut-off this high (a nomination is worth 600 points). */
const NOMINEE_CUTOFF = 600;
/** No all-program round has had a cut-off this low (the lowest was 413): a lower one is a program's or a category's. */
const BELOW_ANY_GENERAL = 400;
const NOMINEE_ONLY_FROM = '2015-06-01';
const NOMINEE_PROGRAM = 'pnp';

/**
 * Seasons of IRCC's record (test/fixtures/ircc) when the rounds below 600 were not all-program ones: from
 * March to July 2020 and from January to September 2021 every one was a Canadian Experience Class round
 * (8 and 19 rounds); in summer 2020 (CEC and FST rounds beside all-program ones), from September 2021 to
 * July 2022 (nominee rounds only) and around the FSW round of February 2, 2023 an unnamed one is in doubt.
 * Checked against the record by test/parse/unnamed-program.test.ts.
 */
export const PROGRAM_SEASONS: readonly { readonly from: string; readonly to: string; readonly program: string | null }[] = [
  { from: '2020-03-18', to: '2020-07-07', program: 'cec' },
  { from: '2020-07-08', to: '2020-08-31', program: null },
  { from: '2021-01-01', to: '2021-09-14', program: 'cec' },
  { from: '2021-09-15', to: '2022-07-05', program: null },
  { from: '2023-01-26', to: '2023-02-09', program: null },
];

/**
 * Cut-off bands of IRCC's record (test/fixtures/ircc) that one program alone has had: every round between 492
 * and 599 points up to May 30, 2024 was an all-program round (32 rounds, the first in May 2016; the categories'
 * rounds then stayed at 491 or less), and every one between 511 and 599 from May 31, 2024 to the record's last
 * round (August 19, 2026) was a CEC round. The first band reaches back to Express Entry's start, so an undated
 * draw on a page of that time lies inside it; the second does not (the April 2024 all-program round had 529).
 * Checked against the record by test/parse/unnamed-program.test.ts.
 */
const RECORD_START = '2015-01-01';
/** The last round of IRCC's record (test/fixtures/ircc): past it, the record tells nothing. */
const RECORD_END = '2026-08-19';
export const CUTOFF_BANDS: readonly { readonly from: string; readonly to: string; readonly above: number; readonly program: string }[] = [
  { from: RECORD_START, to: '2024-05-30', above: 491, program: 'general' },
  { from: '2024-05-31', to: RECORD_END, above: 510, program: 'cec' },
];

/**
 * Express Entry's first months (IRCC's record, rounds 1–9): every round before June 2015 was an all-program one,
 * but for the CEC round of February 20, 2015. An undated draw on a page of the week after it may be that one.
 * Checked against the record by test/parse/unnamed-program.test.ts.
 */
export const FIRST_MONTHS = { to: '2015-05-31', cecRound: '2015-02-20', cecNewsUntil: '2015-02-28' } as const;

function firstMonthsProgram(date: string | null, published: string | null): string | null | undefined {
  const day = date ?? published;
  if (day === null || day < RECORD_START || day > FIRST_MONTHS.to) return undefined;
  if (date !== null) return date === FIRST_MONTHS.cecRound ? 'cec' : 'general';
  return day >= FIRST_MONTHS.cecRound && day <= FIRST_MONTHS.cecNewsUntil ? null : 'general';
}

/**
 * The first category round of IRCC's record (healthcare, June 28, 2023). The categories were announced on
 * May 31, but no round of theirs was held before this day: an unnamed round of June 8 or 27, 2023 is read as
 * one before the categories. Checked against the record by test/parse/unnamed-program.test.ts.
 */
export const FIRST_CATEGORY_ROUND = '2023-06-28';

/**
 * Before the categories, no round other than an all-program one (or, in a season, the season's program) ever
 * invited more than 1,002 candidates (a nominee round of June 2021): "IRCC invited 4,200 candidates" with no
 * program and no cut-off named is an all-program round there, as a cut-off below 600 would say. Checked
 * against the record by test/parse/unnamed-program.test.ts.
 */
export const LARGER_THAN_ANY_PROGRAM_ROUND = 1200;

function bandProgram(date: string | null, minCrs: number, published: string | null): string | null {
  for (const band of CUTOFF_BANDS) {
    const day = date ?? (band.from === RECORD_START ? published : null);
    if (day !== null && day >= band.from && day <= band.to && minCrs > band.above && minCrs < NOMINEE_CUTOFF) return band.program;
  }
  return null;
}

const seasonOf = (day: string | null): (typeof PROGRAM_SEASONS)[number] | undefined => (day !== null ? PROGRAM_SEASONS.find((s) => day >= s.from && day <= s.to) : undefined);

/** A program the text does not name is `general` only where that is the one reading (docs/parser.md). */
function unnamedProgram(date: string | null, minCrs: number | null, invitations: number | null, programs: Programs, published: string | null): string | null {
  const day = date ?? published;
  const early = firstMonthsProgram(date, published);
  if (early !== undefined) return early !== null && programs.get(early) ? early : null;
  // "Candidates required a CRS score of 808" with no program named: from June 2015 on, every round with a
  // cut-off of 600 or more has been a nominee round (111 of 111 in IRCC's record), and no nominee round
  // has had less, before the categories and since.
  if (minCrs !== null && minCrs >= NOMINEE_CUTOFF && day !== null && day >= NOMINEE_ONLY_FROM && programs.get(NOMINEE_PROGRAM)) return NOMINEE_PROGRAM;
  // "Candidates needed 525 points" in March 2024: no category's round had a cut-off that high then.
  const banded = minCrs !== null ? bandProgram(date, minCrs, published) : null;
  if (banded !== null && programs.get(banded)) return banded;
  // From the first day a category's round could be held, an unnamed program may be any category's;
  // an undated draw on a page of that time may be too.
  if (day !== null && day >= (programs.categoriesSince > FIRST_CATEGORY_ROUND ? programs.categoriesSince : FIRST_CATEGORY_ROUND)) return null;
  // Without the cut-off nothing tells an all-program round from a nominee round (2020–2021 had many of both),
  // unless the round was larger than any nominee round has been.
  if (minCrs === null) {
    if (invitations === null || invitations < LARGER_THAN_ANY_PROGRAM_ROUND || day === null) return null;
    const season = seasonOf(day);
    if (season) return season.program !== null && programs.get(season.program) ? season.program : null;
    return 'general';
  }
  // "Candidates required a CRS score of 808" with no program named: a nominee round, not an all-program one.
  if (minCrs !== null && minCrs >= NOMINEE_CUTOFF && (date === null || date >= NOMINEE_ONLY_FROM)) return null;
  // "Candidates needed 417 points" in April 2021: every round below 600 then was a CEC round.
  const season = seasonOf(day);
  if (season) return season.program !== null && programs.get(season.program) ? season.program : null;
  if (minCrs !== null && minCrs < BELOW_ANY_GENERAL) return null;
  return 'general';
}

/**
 * IRCC's record has one round for the Federal Skilled Worker Program alone (February 2, 2023). On any other day of
 * the record a text that names the FSWP as a round's program tells of a round that took FSW candidates in with the
 * others ("The 164th draw … considered candidates belonging to the FSWP category", September 30, 2020): an all-program
 * round while IRCC held those, none after. Past the record's last round the text's word stands. Checked against the
 * record by test/parse/unnamed-program.test.ts.
 */
export const FSW_ONLY = { days: ['2023-02-02'], lastAllProgram: '2024-04-23', recordEnd: RECORD_END } as const;

function fswRound(date: string | null, programs: Programs): string | null {
  if (date === null || date > FSW_ONLY.recordEnd || (FSW_ONLY.days as readonly string[]).includes(date)) return 'fsw';
  return date <= FSW_ONLY.lastAllProgram && programs.get('general') ? 'general' : null;
}

/** The program could have had a round on the day (a category only from its `since`); an undated draw's could. */
function existed(code: string, date: string | null, programs: Programs): boolean {
  const since = programs.get(code)?.since;
  return since === undefined || date === null || date >= since;
}

/**
 * The program the text gives a draw; null when the text names two. One that did not exist yet on the
 * draw's day (a 2020 remark on French-speaking candidates' new points is no French round) counts as
 * none named: `general` only where that is the one reading, as for a text that names no program.
 */
function programOf(d: Draft, date: string | null, programs: Programs, published: string | null): string | null {
  // "It is open to those qualified to work in a skilled trade" about a 2019 round: a category that did not exist yet disputes nothing.
  const rivalsExisted = d.programRivals?.some((r) => existed(r, date, programs)) ?? true;
  // "This draw continues the trend of inviting only PNP and CEC candidates", 452 points, April 30, 2020: in a
  // season when every round below 600 was a CEC round, the one reading.
  if (d.programDisputed && rivalsExisted) {
    const season = seasonOf(date);
    return season?.program && d.minCrs !== null && d.minCrs < NOMINEE_CUTOFF && programs.get(season.program) ? season.program : null;
  }
  if (d.program === null) return unnamedProgram(date, d.minCrs, d.invitations, programs, published);
  if (d.program === 'fsw') return fswRound(date, programs);
  // "500 trades candidates invited" over "a Federal Skilled Trades round" of 2019: before the trades category, a trades round was FST's.
  if (d.program === 'trades' && !existed('trades', date ?? published, programs) && programs.get('fst')) return 'fst';
  // A category named before it existed names no round: the draw is one whose program the text leaves unnamed.
  return existed(d.program, date, programs) ? d.program : unnamedProgram(date, d.minCrs, d.invitations, programs, published);
}

/**
 * A nominee round's cut-off counts the nomination's 600 points (IRCC's lowest was 663): a lower figure told of one,
 * "the PNP candidates only needed to score 111", is a nominee's score without them, not the round's cut-off.
 */
function cutoffOf(minCrs: number | null, program: string | null): number | null {
  return program === NOMINEE_PROGRAM && minCrs !== null && minCrs < NOMINEE_CUTOFF ? null : minCrs;
}

export function toParsedDraw(d: Draft, primary: boolean, resolve: (d: DayRef) => DayRef, programs: Programs, published: DayRef | null = null): ParsedDraw {
  const date = d.date && !d.dayDoubtful ? dayToIso(resolve(d.date)) : null;
  const program = programOf(d, date, programs, published && published.year !== null ? dayToIso(published) : null);
  return {
    date,
    drawNumber: d.drawNumber,
    program,
    invitations: d.invitations,
    minCrs: cutoffOf(d.minCrs, program),
    tieBreak: d.tieBreak ? tieBreakText(d.tieBreak, d.date ? resolve(d.date) : null, resolve) : null,
    primary,
  };
}
