import type { Lang } from '../config/programs.ts';

/** One draw on the chart. */
export interface ChartPoint {
  /** YYYY-MM-DD */
  date: string;
  crs: number;
  invitations: number;
}

/** One program's draws: a line of cutoffs and bars of invitations, in the program's colour. */
export interface ChartSeries {
  name: string;
  /** #rrggbb from config/programs.json */
  colour: string;
  /** Oldest first. */
  points: ChartPoint[];
}

/**
 * Everything a chart shows, already in the reply's language: the renderer knows nothing of
 * programs, stores or translations, so it can be tested and benchmarked on its own.
 */
export interface ChartSpec {
  lang: Lang;
  title: string;
  subtitle: string;
  axisCrs: string;
  axisInvitations: string;
  /** Legend entry for the bars. */
  invitationsLabel: string;
  /** The x axis spans these dates (YYYY-MM-DD), so an empty stretch of the period shows as such. */
  from: string;
  to: string;
  series: ChartSeries[];
}

export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 600;
