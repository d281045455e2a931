import { describe, expect, it } from 'vitest';
import { renderChartPng, renderChartSvg } from '../../src/chart/render.ts';
import type { ChartSpec } from '../../src/chart/spec.ts';
import { crop, darkPixels, decodePng, PNG_SIGNATURE, pngSize } from './png.ts';

const spec = (title: string): ChartSpec => ({
  lang: 'en',
  title,
  subtitle: 'The last 6 months (Feb 20, 2026 – Aug 20, 2026) · 5 draws · source: IRCC',
  axisCrs: 'Minimum CRS',
  axisInvitations: 'Invitations',
  invitationsLabel: 'Invitations',
  from: '2026-06-01',
  to: '2026-08-20',
  series: [
    {
      name: 'CEC',
      colour: '#d32f2f',
      points: [
        { date: '2026-06-23', crs: 516, invitations: 4000 },
        { date: '2026-07-07', crs: 517, invitations: 2000 },
        { date: '2026-07-21', crs: 516, invitations: 2000 },
        { date: '2026-08-05', crs: 516, invitations: 3000 },
        { date: '2026-08-18', crs: 523, invitations: 1000 },
      ],
    },
  ],
});

/** Where the title is drawn (left 24, top 16, 22 px). */
const TITLE_BOX = { x: 20, y: 12, w: 600, h: 36 };

describe('chart rendering', () => {
  it('writes a PNG of at least 1200 × 600', async () => {
    const png = await renderChartPng(spec('Minimum CRS and invitations: Canadian Experience Class'));
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe(PNG_SIGNATURE);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(height).toBeGreaterThanOrEqual(600);
  });

  it('draws the title with the shipped font (and nothing without it)', async () => {
    const title = 'Minimum CRS and invitations: Canadian Experience Class';
    const withFont = decodePng(await renderChartPng(spec(title)));
    const noFont = decodePng(await renderChartPng(spec(title), { fontFiles: [] }));
    expect(darkPixels(withFont, TITLE_BOX)).toBeGreaterThan(1500);
    // Proves the check can fail: with no font the title area stays blank.
    expect(darkPixels(noFont, TITLE_BOX)).toBeLessThan(20);
  });

  it('has the glyphs French replies need', async () => {
    // A character the font lacks is drawn as its "missing glyph" box, so each character must draw
    // something other than that box (a CJK character stands for "missing").
    const missing = crop(decodePng(await renderChartPng(spec('漢'.repeat(6)))), TITLE_BOX);
    for (const ch of ['é', 'è', 'û', 'ç', 'É', '«', '»', '−', '–', '·', '…']) {
      const img = decodePng(await renderChartPng(spec(ch.repeat(6))));
      expect(darkPixels(img, TITLE_BOX), ch).toBeGreaterThan(20);
      expect(Buffer.compare(crop(img, TITLE_BOX), missing), ch).not.toBe(0);
    }
  }, 30_000);

  it('renders with ECharts on the server, as SVG with the cutoffs and the two axes', () => {
    const svg = renderChartSvg(spec('Title'));
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('>523<');
    expect(svg).toContain('Minimum CRS');
    expect(svg).toContain('Invitations');
    expect(svg).toContain('Inter');
  });
});
