import { describe, expect, it } from 'vitest';
import { countAbove, finestBands } from '../../src/commands/pool-math.ts';
import { POOL_BANDS, type PoolSnapshot } from '../../src/domain/pool.ts';
import { ask, reply, seededContext } from './context.ts';

async function snapshot(): Promise<PoolSnapshot> {
  const { stores } = await seededContext();
  return (await stores.pool.latest())!;
}

describe('pool arithmetic', () => {
  it('counts exactly above the top of a band', async () => {
    const s = await snapshot();
    expect(countAbove(s, 500)).toEqual({ exact: true, count: 19_096 });
    expect(countAbove(s, 600)).toEqual({ exact: true, count: 439 });
    expect(countAbove(s, 490)).toEqual({ exact: true, count: 19_096 + 12_915 });
    expect(countAbove(s, 1200)).toEqual({ exact: true, count: 0 });
  });

  it('gives a range inside a band, using the 10-point sub-bands', async () => {
    const r = countAbove(await snapshot(), 495);
    expect(r).toMatchObject({ exact: false, low: 19_096, high: 32_011, band: { min: 491, max: 500 } });
    expect(countAbove(await snapshot(), 550)).toMatchObject({ low: 439, high: 19_096 });
  });

  it('keeps a band whole when its sub-bands do not add up', async () => {
    const s = await snapshot();
    const broken = { ...s, bands: s.bands.map((b) => (b.key === 'dd4' ? { ...b, count: 1 } : b)) };
    expect(finestBands(broken).map((b) => b.key)).toContain('dd3');
    expect(finestBands(s).map((b) => b.key)).not.toContain('dd3');
    expect(finestBands(s).reduce((a, b) => a + b.count, 0)).toBe(s.total);
    expect(POOL_BANDS).toHaveLength(17);
  });
});

describe('/pool', () => {
  it('shows the latest distribution with its date and total', async () => {
    const r = await reply('/pool');
    expect(r.title).toBe('Express Entry pool on August 16, 2026');
    expect(r.text).toBe('226,859 candidates in all; IRCC published these figures with round #437.');
    expect(r.fields?.[0]).toEqual({ name: '601–1200', value: '439 (0.2%)', inline: true });
    expect(r.fields?.find((f) => f.name === '451–500')?.value).toBe('73,554 (32.4%)\n· 491–500: 12,915\n· 481–490: 13,066\n· 471–480: 16,626\n· 461–470: 16,133\n· 451–460: 14,814');
    expect(r.fields?.at(-1)).toEqual({ name: 'Total', value: '226,859', inline: true });
  });

  it('says how many stand above a score', async () => {
    expect((await reply('/pool 500')).text).toBe('19,096 candidates have a score above 500 (8.4% of the 226,859 candidates in the pool of August 16, 2026).');
    expect((await reply('/pool 495')).text).toBe(
      'Between 19,096 and 32,011 candidates have a score above 495 (pool of August 16, 2026, 226,859 candidates): IRCC counts the 491–500 range (12,915 candidates) as one block.',
    );
  });

  it('answers in French', async () => {
    expect(await ask('/pool 500', 'fr')).toMatch(/19\s096 candidats ont un score supérieur à 500 \(8,4\s% des 226\s859 candidats du bassin au 16 août 2026\)/);
  });
});
