import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isSetswana } from '../../src/parse/text/gloss-setswana.ts';
import { isXitsonga } from '../../src/parse/text/gloss-xitsonga.ts';

/**
 * Audit of the Setswana and Xitsonga glossaries (session 65; docs/parser.md "Setswana and Xitsonga", "Audit (session 65)"): pages
 * written for the audit, with real IRCC figures (rounds 421–434), each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Setswana', () => {
  it('two rounds in one post, each sentence opening "Ka Labobedi, …" ("On Tuesday", a capital), keep their cut-offs', () => {
    const page =
      'Mo bekeng eno IRCC e tshwere dikgogo tse pedi. Ka Labobedi, 4 Phatwe 2026, e laleditse batho ba le 507 mo kgogong ya Provincial Nominee Program (#431), ka CRS ya 768. Ka Laboraro, 5 Phatwe 2026, e latetse ka kgogo ya Canadian Experience Class (#432): ditaletso di le 3,000, maduo a a kwa tlase a CRS e ne e le 516.';
    expect(glossForeign(page)).toContain('. On Tuesday, August 4, 2026');
    expect(facts(page, '2026-08-06')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it('hedged counts "batho ba ba fetang 5,000" (more than) and "batho ba ka nna 1,000" (about) are no count', () => {
    const more = 'Gompieno IRCC e laleditse batho ba ba fetang 5,000 mo kgogong ya ba ba buang Sefora. Maduo a a kwa tlase a CRS: 391.';
    expect(facts(more, '2026-08-06')).toEqual([['2026-08-06', null, 'french', null, 391, null]]);
    const about = 'Maabane IRCC e laleditse batho ba ka nna 1,000 mo kgogong ya CEC, ka CRS ya 523.';
    expect(facts(about, '2026-08-19')).toEqual([['2026-08-18', null, 'cec', null, 523, null]]);
  });

  it('a short block "Kgogo #430 … Letlha: 23/07/2026 … Ditaletso: 4" is taken for Setswana ("Letlha": date)', () => {
    const page = [
      'Kgogo #430 (Skilled Military Recruits)',
      'Letlha: 23/07/2026',
      'Ditaletso: 4',
      'Maduo a a kwa tlase a CRS: 368',
      'Molao wa go kgaoganya ba ba lekanang: 2026-06-02 20:11:26 UTC',
    ].join('\n');
    expect(isSetswana(page)).toBe(true);
    expect(facts(page, '2026-07-23')).toEqual([['2026-07-23', '430', 'military', 4, 368, '2026-06-02']]);
  });

  it('"Maloba" (the day before yesterday) on a short page with an English tie-break', () => {
    const page = 'Maloba IRCC e laleditse batho ba le 5,000 ba ba buang Sefora ka CRS ya 391. Molao wa go kgaoganya ba ba lekanang: March 18, 2026 at 23:32:40 UTC.';
    expect(facts(page, '2026-08-08')).toEqual([['2026-08-06', null, 'french', 5000, 391, '2026-03-18']]);
  });

  it('"e laleditse ngaka di le 271" (doctors) gives the count', () => {
    const page = 'Gompieno IRCC e laleditse ngaka di le 271 mo kgogong ya Physicians with Canadian Work Experience. Maduo a a kwa tlase a CRS: 223.';
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-24', null, 'physicians', 271, 223, null]]);
  });
});

describe('Xitsonga', () => {
  it('two rounds in one post, each sentence opening "Hi Ravumbirhi …" ("On Tuesday", a capital), both read with their cut-offs', () => {
    const page =
      'Eka vhiki leri IRCC yi endlile ku hlawuriwa kambirhi. Hi Ravumbirhi wa 4 Mhawuri 2026 yi rhumele swirhambo swa 507 eka Provincial Nominee Program (#431), hi CRS ya 768. Hi Ravunharhu wa 5 Mhawuri 2026 yi landzelerisile hi ku hlawula ka Canadian Experience Class (#432): swirhambo swa 3,000, CRS ya le hansi a yi ri 516.';
    expect(facts(page, '2026-08-06')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it('a short post "Express Entry tolo: … swirhambo 300 … Ku hlawula #434" is taken for Xitsonga', () => {
    const post = 'Express Entry tolo: Transport — swirhambo 300, CRS 470. Ku hlawula #434.';
    expect(isXitsonga(post)).toBe(true);
    expect(facts(post, '2026-08-08')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
  });

  it('"Tolweni" (the day before yesterday) gives the day', () => {
    const page = 'Tolweni IRCC yi rhumele swirhambo swa 5,000 eka lava vulavulaka Xifurwa hi CRS ya 391. Nawu wa ku avanyisa: March 18, 2026 at 23:32:40 UTC.';
    expect(facts(page, '2026-08-08')).toEqual([['2026-08-06', null, 'french', 5000, 391, '2026-03-18']]);
  });

  it('"swirhambo leswi tlulaka 5,000" (which exceed: more than) is no count', () => {
    const page = 'Namuntlha IRCC yi rhumele swirhambo leswi tlulaka 5,000 eka lava vulavulaka Xifurwa. CRS ya le hansi: 391.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-06', null, 'french', null, 391, null]]);
  });
});
