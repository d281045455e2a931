import { DAY_MS } from '../util/days.ts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { CHART_FONT_FAMILY } from './fonts.ts';
import { CHART_WIDTH, type ChartPoint, type ChartSeries, type ChartSpec } from './spec.ts';

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption>;

/** Above this many draws, value labels on the points would overlap: the axis alone reads better. */
const MAX_LABELLED_POINTS = 30;
const INK = '#212121';
const MUTED = '#616161';
const GRID_LINE = '#e0e0e0';
const BAR_NEUTRAL = '#bdbdbd';
const GRID = { left: 80, right: 96, top: 136, bottom: 48 };
const PLOT_WIDTH = CHART_WIDTH - GRID.left - GRID.right;
/**
 * The invitations axis reaches this many times the tallest bar, so bars fill the lower part of
 * the plot and the cutoff line, the chart's subject, stays readable above them.
 */
const BAR_HEADROOM = 1.8;

const FINE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
const WHOLE_STEPS = [1, 2, 5, 10];

/** The first round number (by default 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at or above `n`. */
export function niceCeil(n: number, steps: readonly number[] = FINE_STEPS): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return (steps.find((m) => m * p >= n) ?? 10) * p;
}

/** Round ends and step of the CRS axis. */
export interface AxisScale {
  min: number;
  max: number;
  interval: number;
}

/**
 * The CRS axis: a margin around the cutoffs (at least 3 points, or 15% of their spread) and ends
 * on a round step, so a flat series is not drawn as a cliff and no point sits on the frame.
 */
export function crsScale(values: readonly number[]): AxisScale {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(3, (hi - lo) * 0.15);
  // CRS scores are whole points: steps of 1, 2, 5, 10, 20, 50…, never 2.5.
  const interval = Math.max(1, niceCeil((hi - lo + 2 * pad) / 6, WHOLE_STEPS));
  return { min: Math.max(0, Math.floor((lo - pad) / interval) * interval), max: Math.ceil((hi + pad) / interval) * interval, interval };
}

/** Bars about as wide as the draws leave room for (a fixed width: ECharts' own is one day's width on a time axis). */
export function barWidth(pointCount: number): number {
  return Math.max(3, Math.min(22, Math.round(PLOT_WIDTH / (Math.max(pointCount, 1) * 1.6))));
}

/** "#d32f2f" → "rgba(211, 47, 47, 0.3)": bars in the program's colour, light enough for the line to stand out. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Noon UTC, so the point sits on its day whatever the server's time zone. */
const at = (date: string): number => Date.parse(`${date}T12:00:00Z`);

/**
 * Labels of the time axis. ECharts places ticks on local month (or year) starts, so they are
 * formatted in local time too: "2026" on January 1, "Mar 2026" on other month starts, else "Mar 5".
 */
export function axisDateLabel(lang: 'en' | 'fr'): (value: number) => string {
  const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  const monthDay = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  return (value) => {
    const d = new Date(value);
    if (d.getDate() !== 1) return monthDay.format(d);
    return d.getMonth() === 0 ? String(d.getFullYear()) : monthYear.format(d);
  };
}

function barSeries(spec: ChartSpec, s: ChartSeries, width: number, alpha: number): BarSeriesOption {
  return {
    type: 'bar',
    // One name for every program's bars: one legend entry, "Invitations", whatever the count.
    name: spec.invitationsLabel,
    yAxisIndex: 1,
    data: s.points.map((p) => [at(p.date), p.invitations]),
    itemStyle: { color: withAlpha(s.colour, alpha) },
    barWidth: width,
    animation: false,
  };
}

/** Draws further apart than this are not joined: a line across years without draws would invent a trend. */
export const MAX_JOINED_DAYS = 180;

/** The line's data, with a null between two draws more than MAX_JOINED_DAYS apart (ECharts breaks the line there). */
export function withGaps(points: readonly ChartPoint[]): [number, number | null][] {
  const out: [number, number | null][] = [];
  points.forEach((p, i) => {
    const before = points[i - 1];
    if (before && at(p.date) - at(before.date) > MAX_JOINED_DAYS * DAY_MS) out.push([at(p.date) - 1, null]);
    out.push([at(p.date), p.crs]);
  });
  return out;
}

function lineSeries(s: ChartSeries, name: string, labelled: boolean): LineSeriesOption {
  return {
    type: 'line',
    name,
    yAxisIndex: 0,
    data: withGaps(s.points),
    itemStyle: { color: s.colour },
    lineStyle: { color: s.colour, width: 3 },
    symbol: 'circle',
    symbolSize: labelled ? 8 : 5,
    label: {
      show: labelled,
      position: 'top',
      color: INK,
      fontSize: 12,
      // A white halo keeps the figure legible where it crosses a bar or a grid line.
      textBorderColor: '#ffffff',
      textBorderWidth: 3,
      formatter: (p) => String((p.value as number[])[1]),
    },
    animation: false,
  };
}

/** The ECharts option for a spec: cutoffs as lines on the left axis, invitations as bars on the right. */
export function chartOption(spec: ChartSpec): ChartOption {
  const single = spec.series.length === 1;
  const points = spec.series.flatMap((s) => s.points);
  const labelled = points.length <= MAX_LABELLED_POINTS;
  const crs = crsScale(points.map((p) => p.crs));
  // Thin bars of several programs need more ink to be seen at all.
  const barAlpha = single ? 0.28 : 0.45;
  const numberFormat = new Intl.NumberFormat(spec.lang === 'fr' ? 'fr-CA' : 'en-CA');
  const number = (v: number): string => numberFormat.format(v);
  // One program: its line is "Minimum CRS"; several: each line is named by its program.
  const lineNames = single ? [spec.axisCrs] : spec.series.map((s) => s.name);
  return {
    backgroundColor: '#ffffff',
    animation: false,
    textStyle: { fontFamily: CHART_FONT_FAMILY, color: INK },
    title: {
      text: spec.title,
      subtext: spec.subtitle,
      left: 24,
      top: 16,
      textStyle: { fontSize: 22, fontWeight: 600, color: INK },
      subtextStyle: { fontSize: 14, color: MUTED },
    },
    legend: {
      top: 88,
      left: 24,
      itemGap: 18,
      textStyle: { fontSize: 13, color: INK },
      data: [{ name: spec.invitationsLabel, itemStyle: { color: single ? withAlpha(spec.series[0]?.colour ?? MUTED, barAlpha) : BAR_NEUTRAL } }, ...lineNames],
    },
    grid: GRID,
    xAxis: {
      type: 'time',
      min: at(spec.from),
      max: at(spec.to),
      axisLabel: { formatter: axisDateLabel(spec.lang), fontSize: 12, color: MUTED, hideOverlap: true },
      axisLine: { lineStyle: { color: MUTED } },
      splitLine: { show: false },
    },
    yAxis: [
      {
        type: 'value',
        name: spec.axisCrs,
        nameLocation: 'middle',
        nameGap: 52,
        nameTextStyle: { fontSize: 14, color: INK },
        ...crs,
        axisLabel: { fontSize: 12, color: MUTED, formatter: number },
        splitLine: { lineStyle: { color: GRID_LINE } },
      },
      {
        type: 'value',
        name: spec.axisInvitations,
        nameLocation: 'middle',
        nameGap: 64,
        nameRotate: -90,
        min: 0,
        max: ({ max }) => niceCeil(max * BAR_HEADROOM),
        nameTextStyle: { fontSize: 14, color: INK },
        axisLabel: { fontSize: 12, color: MUTED, formatter: number },
        splitLine: { show: false },
      },
    ],
    // Bars first, so every line is drawn over them.
    series: [...spec.series.map((s) => barSeries(spec, s, barWidth(points.length), barAlpha)), ...spec.series.map((s, i) => lineSeries(s, lineNames[i] ?? s.name, labelled))],
  };
}
