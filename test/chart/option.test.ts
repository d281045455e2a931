import { describe, expect, it } from 'vitest';
import { axisDateLabel, barWidth, chartOption, crsScale, MAX_JOINED_DAYS, niceCeil, withAlpha, withGaps } from '../../src/chart/option.ts';

describe('chart option', () => {
  it('rounds axis ends', () => {
    expect(niceCeil(7200)).toBe(8000);
    expect(niceCeil(2.3, [1, 2, 5, 10])).toBe(5);
    expect(niceCeil(0)).toBe(1);
  });

  it('puts a margin around the cutoffs, on whole-point steps', () => {
    expect(crsScale([516, 523])).toEqual({ min: 510, max: 530, interval: 5 });
    const wide = crsScale([169, 805]);
    expect(wide.min).toBeLessThan(169);
    expect(wide.max).toBeGreaterThan(805);
    expect(Number.isInteger(crsScale([500, 501]).interval)).toBe(true);
  });

  it('breaks the line across long stretches without draws', () => {
    const data = withGaps([
      { date: '2015-02-20', crs: 808, invitations: 849 },
      { date: '2020-04-09', crs: 467, invitations: 2000 },
      { date: '2020-04-16', crs: 455, invitations: 3782 },
    ]);
    expect(data.map((d) => d[1])).toEqual([808, null, 467, 455]);
    expect(MAX_JOINED_DAYS).toBe(180);
  });

  it('labels months and years in the reply language', () => {
    const local = (y: number, m: number, d: number) => new Date(y, m, d).getTime();
    expect(axisDateLabel('en')(local(2026, 0, 1))).toBe('2026');
    expect(axisDateLabel('en')(local(2026, 2, 1))).toBe('Mar 2026');
    expect(axisDateLabel('fr')(local(2026, 7, 1))).toBe('août 2026');
  });

  it('keeps bars visible and lines above them', () => {
    expect(barWidth(6)).toBe(22);
    expect(barWidth(500)).toBe(3);
    expect(withAlpha('#d32f2f', 0.3)).toBe('rgba(211, 47, 47, 0.3)');
    const option = chartOption({
      lang: 'en',
      title: 't',
      subtitle: 's',
      axisCrs: 'Minimum CRS',
      axisInvitations: 'Invitations',
      invitationsLabel: 'Invitations',
      from: '2026-01-01',
      to: '2026-08-20',
      series: [{ name: 'CEC', colour: '#d32f2f', points: [{ date: '2026-08-18', crs: 523, invitations: 1000 }] }],
    });
    const series = option.series as { type: string; name: string; yAxisIndex: number }[];
    expect(series.map((s) => [s.type, s.name, s.yAxisIndex])).toEqual([
      ['bar', 'Invitations', 1],
      ['line', 'Minimum CRS', 0],
    ]);
  });
});
