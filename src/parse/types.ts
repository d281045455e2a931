import type { ZoneName } from './mentions/time-zones.ts';
/**
 * Shapes shared by the article parser's stages. The public result types live in result.ts;
 * everything here is internal to src/parse/.
 */

/** A calendar date as the text gave it; `year` is null when the text left it out and nothing supplied it. */
export interface DayRef {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

/** A date written relative to another draw ("the day before", "a day after a PNP draw"). */
export interface OffsetRef {
  readonly offsetDays: number;
}

/** One date-like mention in a sentence, with its character span. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  /** Absolute (possibly without a year), or relative to a neighbouring draw. */
  readonly value: DayRef | OffsetRef;
  /** The date opens a time window rather than naming a draw ("since April 24", "as of June 1"). */
  readonly background: boolean;
  /** Written relative to the page or another draw ("today", "on Wednesday", "the day before"). */
  readonly relative: boolean;
  /** A weekday counted back from the page ("Wednesday's draw", "el martes"): unlike "today", a page dated a day or two late does not shift it. */
  readonly weekday?: boolean;
  /** One of several days a list writes with one month ("November 23 and 24"), its first or another: which draw each is, only "respectively" tells. */
  readonly listed?: 'first' | 'more';
}

/** A program named in a sentence (code from config/programs.json). */
export interface ProgramMention {
  readonly start: number;
  readonly end: number;
  readonly code: string;
}

/** A number read as a draw fact, with where it sits in the sentence. */
export interface FactMention {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

/** A round number ("326", "91a") in a sentence. */
export interface NumberMention {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** A clock time as written (IRCC states tie-break times in UTC; Eastern times are converted later). */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The seconds were written: without them the exact instant is not known. */
  readonly exact: boolean;
  readonly zone: ZoneName;
  /** Minutes east of UTC, for a zone written as a number ("UTC+4"). */
  readonly offset?: number;
  /** Characters the time takes after the date. */
  readonly length: number;
}

/** A tie-breaking rule as written: its day (year possibly unknown) and clock time, if given. */
export interface TieBreakMention {
  readonly start: number;
  readonly end: number;
  readonly day: DayRef;
  readonly time: ClockTime | null;
}

/** Where a line sits in the article. */
export type Zone = 'head' | 'body' | 'related';

/** Everything one clause (or a merged run of clauses) of a sentence says about one draw. */
export interface Group {
  readonly line: number;
  readonly sentence: number;
  readonly zone: Zone;
  dates: (DayRef | OffsetRef)[];
  programs: string[];
  invitations: number[];
  crs: number[];
  drawNumbers: string[];
  tieBreaks: TieBreakMention[];
  /** Talks about an earlier draw than the one the text is about ("the previous draw", "down from"). */
  context: boolean;
  /** Says the draw is new ("today", "latest", "has issued"). */
  fresh: boolean;
  /** Says a round was held ("IRCC held Express Entry draw 80 on January 24"), not only when it was spoken of ("announced on February 2"). */
  held: boolean;
  /** Tells one more draw of the news ("IRCC also issued 3,200 invitations"). */
  also?: boolean;
  /** Recalls a round as the most recent or latest one ("The most recent round was on May 31"), or names it by its day ("The June 26 round"). */
  recalled?: boolean;
  /**
   * The text sets this round apart as background: the site says it told it before ("We reported it yesterday", "We covered
   * Wednesday's and Thursday's rounds earlier this week: …"), or gives it "For context" or "For comparison".
   */
  background?: boolean;
  /** Tells a province's own round (or a pilot's), not an Express Entry draw ("Ont. (Feb. 18): Human Capital Priorities stream, …"). */
  provincial?: boolean;
  /** Its only dates are words relative to the page ("today's draw"): a page dated a day late shifts them. */
  relativeDay: boolean;
  /** Those relative dates are all weekdays ("Wednesday's draw"): they do not shift with the page's date. */
  weekdayDay?: boolean;
  /** Points back at the draw being described ("this draw", "the round"). */
  refersBack: boolean;
  /** Points at the draw mentioned just before ("In that draw, 763 ITAs…"), which may be an earlier one. */
  refersToLast: boolean;
  /** Joined to the previous clause by a relative word ("…, which issued 777 ITAs"). */
  relative: boolean;
  /** "…respectively": tie-breaks are listed in the order of the draws. */
  respectively: boolean;
  /** Speaks of draws in the plural ("all-program draws were the norm"). */
  plural: boolean;
  /** Speaks of the invitations or the draw ("those invited", "the round"), not of a program in general. */
  aboutInvited: boolean;
  /** Months the sentence names without a day ("rounds in January and February"). */
  months: number[];
  /** Names a draw by its day ("the January 19 draw"), as one names the draw the article is about. */
  namesDrawByDay: boolean;
  /** Names two programs side by side ("only to PNP and CEC candidates"): the draw it speaks of is one of them, which is in doubt. */
  programsListed: boolean;
  /** Every score-sized number of the sentence ("Candidates with exactly 515 points…"), to tell which draw a tie-break is for. */
  scores: number[];
  /** The scores told before the sentence's first tie-break ("candidates tied at 75 points were invited if …"): its round's cut-off. */
  tieScores: number[];
  /** A line that is a program's name alone ("Provincial Nominee Program (nomeação provincial)"): a heading over that round's facts. */
  heading?: boolean;
}

/** A draw being put together from groups and table rows. Null fields are facts not (yet) stated. */
export interface Draft {
  readonly id: number;
  date: DayRef | null;
  drawNumber: string | null;
  program: string | null;
  invitations: number | null;
  minCrs: number | null;
  tieBreak: TieBreakMention | null;
  /** An earlier draw the text refers to, not the one it is about. */
  context: boolean;
  /** Known only from a summary table. */
  table: boolean;
  /** Known only from a related-story section or teaser. */
  related: boolean;
  /** The text called it new ("today", "latest"). */
  fresh: boolean;
  /** The text told it as one more draw of the news ("IRCC also issued…"), outside any comparison. */
  also?: boolean;
  /** The text recalled it as the most recent round, or named it by its day (see Group). */
  recalled?: boolean;
  /** Set apart as background (see Group), even on a page of the week's rounds. */
  background?: boolean;
  /** Told in a live page's entry stamped with its own day ("Aug 4, 2026 8:20 AM ET — New round #431: PNP …"). */
  liveEntry?: boolean;
  /** A province's own round (see Group). */
  provincial?: boolean;
  /** Where the text first spoke of it (sentence index; tables come after all sentences). */
  readonly firstSentence: number;
  /** The last sentence that added to it (how recently the text spoke of it). */
  lastSentence: number;
  /** Its date was written out ("April 16"), not said relative to the page ("today"). */
  dateWritten: boolean;
  /** Its day is a weekday counted back from the page ("a tenu vendredi une ronde"): it does not shift with a page dated late. */
  dateByWeekday?: boolean;
  /** Its day, said relative to the page, is another draw's written day, or the day of a page's one draw told weeks late: it still places the draw in time, but is not reported. */
  dayDoubtful?: boolean;
  /** The draw whose written day this one's "today" is (`clearDoubtfulRelativeDays`). */
  dayOf?: number;
  /** The sentence its day was read from (an introduction's, for the rounds it introduces). */
  dayFrom?: number;
  /** Its first statement gave none of its figures: a heading over them ("📌 Draw #319 — PNP (yesterday, 21 Oct)" / "Invitations: 648"). */
  headed?: boolean;
  /** The text wrote a date (or several) where it stated this draw, even one too ambiguous to keep. */
  dated: boolean;
  /** Months named, without a day, where its facts were stated. */
  months: number[];
  /** The headline stated some of it. */
  inHead: boolean;
  /** Its program was named only by the headline, in no sentence of figures. */
  programFromHead?: boolean;
  /** Another program was named for it too ("across all programs" and "the first trades draw"): which one is in doubt. */
  programDisputed?: boolean;
  /** The programs that disputed it, when each was named alone ("the first trades draw"); null once a list disputed it. */
  programRivals?: string[] | null;
  /** Its day was read from the headline (often the page's own date after a dash), not the body. */
  dateFromHead?: boolean;
  /** The text gave it two counts, or two cut-offs: the field is null on purpose; this is the value it had read first. */
  invitationsDisputed?: number;
  minCrsDisputed?: number;
  /** It began with a statement that points back at the draw just told ("… set a record for this draw"). */
  pointsBack?: boolean;
  /** Values the text shows are not this draw's figures (a headline's sum of two rounds). */
  ruledOut?: number[];
}

export const hasFacts = (d: Pick<Draft, 'invitations' | 'minCrs'>): boolean => d.invitations !== null || d.minCrs !== null;

/** The same count or the same cut-off (`a`'s, when it has one). */
export const sameFigure = (a: Pick<Draft, 'invitations' | 'minCrs'>, b: Pick<Draft, 'invitations' | 'minCrs'>): boolean =>
  (a.invitations !== null && a.invitations === b.invitations) || (a.minCrs !== null && a.minCrs === b.minCrs);

export const isDayRef = (v: DayRef | OffsetRef): v is DayRef => 'month' in v;

/** What was read out of one sentence, before it is cut into clauses. */
export interface SentenceFacts {
  /** Candidate draw dates (not tie-breaks, not "since …"). */
  readonly dates: readonly DateMention[];
  readonly tieBreaks: readonly TieBreakMention[];
  readonly drawNumbers: readonly NumberMention[];
  readonly invitations: readonly FactMention[];
  readonly cutoffs: readonly FactMention[];
  readonly programs: readonly ProgramMention[];
  /** Score-sized numbers anywhere in the sentence. */
  readonly scores: readonly number[];
  /** Score-sized numbers before the sentence's first tie-break. */
  readonly tieScores: readonly number[];
  /** Months the sentence names without a day. */
  readonly months: readonly number[];
  /**
   * In a sentence that lists its draws' facts "respectively": every count and cut-off of the lists the figures read
   * stand in ("issuing 640 and 2,500 invitations, with cut-offs of 741 and 503"), paired ones included (`drafts/respectively.ts`).
   */
  readonly listed?: { readonly invitations: readonly FactMention[]; readonly cutoffs: readonly FactMention[] };
}

export interface Where {
  readonly line: number;
  readonly sentence: number;
  readonly zone: Zone;
}

/** What a sentence's dates are read against (date-mentions.ts). */
export interface DateContext {
  readonly published: DayRef | null;
  /** The month (and year) the text last named, for "on the 23rd". */
  readonly lastMonth: { readonly year: number | null; readonly month: number } | null;
  /** No month named yet: `lastMonth` is the page's own (a gloss's "28日（現地時間）" under a dateline the reader skips). */
  readonly lastMonthFromPage?: boolean;
  /** The page opens as an account of last week ("Last week in Express Entry"): a weekday is last week's, even the page's own. */
  readonly lastWeek?: boolean;
  /** Several lines open with a dated dash ("Feb. 13, 2021 — Record draw: …"): a chronology's entries, not datelines. */
  readonly chronology?: boolean;
}
