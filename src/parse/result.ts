import type { Programs } from '../config/programs.ts';
import type { FigureModel } from './roles/figure-model.ts';

/** The parser's public shapes (docs/contracts.md, the `parse` output); parse-article.ts re-exports them. */

/** One draw as an article states it. Facts the text does not state are null. */
export interface ParsedDraw {
  /** YYYY-MM-DD; null when the text gives no date, or a day without a year and no page date. */
  date: string | null;
  /** IRCC's round number ("326", "91a"). */
  drawNumber: string | null;
  /**
   * Program code from config/programs.json. When the text names none: `pnp` for a cut-off of 600 or
   * more from June 2015 on (only nominee rounds have had one); `general` for a draw dated before IRCC's
   * category-based rounds began (2023-05-31), or undated, with a cut-off of 400–599; null for a later
   * draw, which may as well have been a category's, for a cut-off below 400 (no all-program round's)
   * or none, when the text names two programs for it, and when it names one that did not exist yet on
   * the draw's day (docs/parser.md).
   */
  program: string | null;
  invitations: number | null;
  minCrs: number | null;
  /** ISO 8601 UTC timestamp when the text gives the time, else YYYY-MM-DD. */
  tieBreak: string | null;
  /** The article announces this draw as new (not context, not a table of past draws). */
  primary: boolean;
}

export interface ParseResult {
  announcesNewDraw: boolean;
  draws: ParsedDraw[];
}

export interface ParseOptions {
  /** The article's publication date, YYYY-MM-DD: resolves "today", "on Wednesday" and days without a year. */
  published?: string;
  programs: Programs;
  /**
   * The learned fallback that fills a new draw's cut-off or invitations the rules left null
   * (docs/parser.md "Learned fallback"). Absent: the bundled model; null: rules only.
   */
  figureModel?: FigureModel | null;
  /** Told about an internal failure (a bug: the result is then empty), so the caller can log it. */
  onError?: (err: unknown) => void;
}
