import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/commands/suggest.ts';
import { programs } from '../helpers/stores.ts';

const deps = { programs, lang: 'en' as const, now: new Date('2026-11-20T12:00:00Z') };

describe('suggestions while typing an option', () => {
  it('offers programs by code, English name, French name or alias, best match first', () => {
    expect(suggest('program', 'ce', deps)[0]).toEqual({ value: 'cec', label: 'CEC — Canadian Experience Class' });
    expect(suggest('program', 'provinc', deps).map((s) => s.value)).toEqual(['pnp']);
    expect(suggest('program', 'medecins', { ...deps, lang: 'fr' })).toEqual([{ value: 'physicians', label: 'Médecins — Médecins ayant une expérience de travail au Canada' }]);
    expect(suggest('program', 'health', deps).map((s) => s.value)).toEqual(['healthcare']);
    expect(suggest('program', 'zzz', deps)).toEqual([]);
  });

  it('lists every program (not "other") when nothing is typed, within Discord’s 25', () => {
    const all = suggest('program', '', deps);
    expect(all.length).toBe(programs.all.length - 1);
    expect(all.map((s) => s.value)).not.toContain('other');
    expect(all.every((s) => s.label.length <= 100 && s.value.length <= 100)).toBe(true);
  });

  it('completes the last word of a list of programs and keeps the rest', () => {
    expect(suggest('programs', '', deps)[0]).toEqual({ value: 'all', label: 'all — every program' });
    expect(suggest('programs', 'cec, pn', deps)).toEqual([{ value: 'cec pnp', label: 'cec PNP' }]);
    expect(suggest('programs', 'cec fr', deps).map((s) => s.value)).toContain('cec french');
  });

  it('offers periods: the usual spans, then the years with draws', () => {
    expect(
      suggest('period', '', deps)
        .map((s) => s.value)
        .slice(0, 6),
    ).toEqual(['3m', '6m', '1y', '2y', 'all', '2026']);
    expect(suggest('period', '201', deps).map((s) => s.value)).toEqual(['2019', '2018', '2017', '2016', '2015']);
  });
});
