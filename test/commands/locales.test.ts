import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../config/locales/', import.meta.url);

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('French has every English key and no other', () => {
    const en = readdirSync(new URL('en/', dir)).sort();
    expect(readdirSync(new URL('fr/', dir)).sort()).toEqual(en);
    for (const file of en) {
      const read = (lang: string) => JSON.parse(readFileSync(new URL(`${lang}/${file}`, dir), 'utf8')) as unknown;
      const strip = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
      expect(new Set(keys(read('fr')).map(strip)), file).toEqual(new Set(keys(read('en')).map(strip)));
    }
  });
});
