import { describe, expect, it } from 'vitest';
import { ask, reply } from './context.ts';

describe('/stats', () => {
  it('sums up a program over the last 6 months by default', async () => {
    const text = await ask('/stats cec');
    expect(text).toContain('Cutoffs: Canadian Experience Class, the last 6 months');
    expect(text).toContain('Draws: 11');
    expect(text).toContain('Lowest cutoff: 507 (#404, March 17, 2026)');
    expect(text).toContain('Median cutoff: 516');
    expect(text).toContain('Highest cutoff: 523 (#436, August 18, 2026)');
    expect(text).toContain('Invitations: 29,250 (2,659 a draw on average)');
    expect(text).toContain('Trend: rising, about +2.1 points a month (from 508 to 523)');
    expect(text).toContain('Period: Feb 20, 2026 – Aug 20, 2026');
  });

  it('takes a period typed after a full program name', async () => {
    const text = await ask('/stats Canadian Experience Class 3m');
    expect(text).toContain('Draws: 6');
    expect(text).toContain('Median cutoff: 516.5');
    expect(text).toContain('Period: May 20, 2026 – Aug 20, 2026');
  });

  it('reads a calendar year', async () => {
    const text = await ask('/stats pnp 2025');
    expect(text).toContain('Draws: 24');
    expect(text).toContain('Lowest cutoff: 667 (#338, March 3, 2025)');
    expect(text).toContain('Highest cutoff: 855 (#369, September 29, 2025)');
    expect(text).toContain('600 points');
  });

  it('gives every program its own line when none is named', async () => {
    const text = await ask('/stats');
    expect(text).toContain('Draws: 40');
    expect(text).toContain('CEC: 11 draws · CRS 507–523, median 516 · 29,250 invitations');
    expect(text).toContain('Physicians: 1 draw · CRS 223 · 271 invitations');
  });

  it('says there are too few draws for a trend', async () => {
    expect(await ask('/stats military 3m')).toContain('Trend: too few draws to tell');
  });

  it('points to the latest draw and a longer period when the period is empty', async () => {
    const r = await reply('/stats physicians 1m');
    expect(r.error).toBeUndefined();
    expect(r.text).toBe(
      'No draw of Physicians with Canadian work experience from July 20, 2026 to August 20, 2026 (the last month). The latest was #421 on June 24, 2026; try a longer period, e.g. /stats physicians 1y.',
    );
  });

  it('answers in French', async () => {
    const text = await ask('/stats cec 1y', 'fr');
    expect(text).toContain("Seuils : Catégorie de l'expérience canadienne, les 12 derniers mois");
    expect(text).toMatch(/Tendance: en (hausse|baisse)|pas de direction nette/);
  });
});
