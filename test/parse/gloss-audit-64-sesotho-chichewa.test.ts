import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Audit of the Sesotho and Chichewa glossaries (session 64; docs/parser.md "Sesotho and Chichewa", "Audit (session 64)"): pages
 * written for the audit, with real IRCC figures (rounds 421 to 437, 387, 388), each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Sesotho', () => {
  it('"e memile lingaka tse 271" (invited 271 physicians) in a post of two rounds', () => {
    const page = [
      'Lipotoloho tse peli tsa Express Entry bekeng ena',
      'Ka Laboraro, 24 Phuptjane 2026, IRCC e memile lingaka tse 271 (Physicians with Canadian Work Experience), CRS e tlase ka ho fetisisa e ne e le 223.',
      'Ka Labone, 25 Phuptjane 2026, potoloho ea Healthcare and Social Services Occupations e memile bakopi ba 4,000; lintlha tse tlase tsa CRS: 475.',
    ].join('\n');
    expect(facts(page, '2026-06-26')).toEqual([
      ['2026-06-24', null, 'physicians', 271, 223, null],
      ['2026-06-25', null, 'healthcare', 4000, 475, null],
    ]);
  });

  it('a weekly round-up headed "Kakaretso ea beke" with a span "6–10 Phupu 2026" reads every line', () => {
    const page = [
      'Kakaretso ea beke: lipotoloho tsa Express Entry (6–10 Phupu 2026)',
      '• Mantaha 6 Phupu: PNP — limemo tse 534, CRS 708',
      '• Labobeli 7 Phupu: CEC — limemo tse 2,000, CRS 517',
      '• Labone 9 Phupu: Sefora — limemo tse 5,000, CRS 420',
      '• Labohlano 10 Phupu: Senior managers — limemo tse 500, CRS 392',
      'Bakopi bohle ba memiloeng, re le lakaletsa katleho!',
    ].join('\n');
    expect(facts(page, '2026-07-11')).toEqual([
      ['2026-07-06', null, 'pnp', 534, 708, null],
      ['2026-07-07', null, 'cec', 2000, 517, null],
      ['2026-07-09', null, 'french', 5000, 420, null],
      ['2026-07-10', null, 'managers', 500, 392, null],
    ]);
  });

  it('hedged figures ("hoo e ka bang 5,000", "e ne e le ho feta 390") give no count and no cut-off', () => {
    const page = 'Maobane, Labone, IRCC e tšoere potoloho ea bokhoni ba puo ea Sefora e memileng bakopi ba hoo e ka bang 5,000. Lintlha tse tlase tsa CRS e ne e le ho feta 390.';
    expect(facts(page, '2026-08-07')).toEqual([]);
  });

  it('hedged figures ("ho fihlela 5,000", "hoo e ka bang 390") give no count and no cut-off', () => {
    const page = 'Maobane IRCC e memile bakopi ba ho fihlela 5,000 ba buang Sefora potolohong ea Express Entry, lintlha tse tlase e ne e le hoo e ka bang 390.';
    expect(facts(page, '2026-08-07')).toEqual([]);
  });

  it('"Maoba" (the day before yesterday) and "potolohong" (in the round)', () => {
    const page = 'Maoba IRCC e memile bakopi ba 300 ba mesebetsi ea lipalangoang (Transport Occupations) potolohong ea Express Entry. Lintlha tse tlase tsa CRS: 470.';
    expect(facts(page, '2026-08-09')).toEqual([['2026-08-07', null, 'transport', 300, 470, null]]);
  });

  it('"ha ho potoloho" (no draw) and "potoloho ea ho qetela" (the last round): nothing announced', () => {
    const page =
      'Kajeno ha ho potoloho ea Express Entry. Potoloho ea ho qetela e ne e le ka 19 Phato: bakopi ba 5,000 ba buang Sefora ba memiloe ka CRS ea 382. Ha re ntse re emetse potoloho e latelang, ntlafatsa profaele ea hao.';
    expect(facts(page, '2026-08-21')).toEqual([]);
  });
});

describe('Chichewa', () => {
  it('"inaitana madokotala 271" (invited 271 physicians) in a post of two rounds', () => {
    const page = [
      'Zijambulo ziwiri za Express Entry sabata ino',
      'Lachitatu pa 24 June 2026 IRCC inaitana madokotala 271 (Physicians with Canadian Work Experience) ndipo CRS yochepa inali 223.',
      'Lachinayi pa 25 June 2026 kujambula kwa Healthcare and Social Services Occupations kunaitana anthu 4,000; CRS yochepa inali 475.',
    ].join('\n');
    expect(facts(page, '2026-06-26')).toEqual([
      ['2026-06-24', null, 'physicians', 271, 223, null],
      ['2026-06-25', null, 'healthcare', 4000, 475, null],
    ]);
  });

  it('a year\'s account headed "Chaka cha 2025" announces nothing', () => {
    const page = [
      'Chaka cha 2025 mu Express Entry: zomwe taphunzira',
      'Mu chaka cha 2025 IRCC inaitana anthu oposa 100,000. Chijambulo chachikulu chinali cha pa 17 December 2025: anthu 6,000 olankhula Chifalansa anaitanidwa ndi CRS ya 399.',
      'Kujambula komaliza kwa CEC (16 December) kunaitana anthu 5,000 ndipo CRS yochepa inali 515.',
    ].join('\n');
    expect(facts(page, '2026-01-03')).toEqual([]);
  });

  it('hedged figures ("anthu pafupifupi 5,000", "inali yoposa 390") give no count and no cut-off', () => {
    const page = 'Dzulo Lachinayi IRCC yachita kujambula kwa Chifalansa ndipo inaitana anthu pafupifupi 5,000. CRS yochepa inali yoposa 390.';
    expect(facts(page, '2026-08-07')).toEqual([]);
  });

  it('"kutsika kuchokera pa 768" (down from 768) keeps the cut-off', () => {
    const page = "Lero IRCC yachita kujambula kwa PNP (#435): anthu 442 aitanidwa. CRS yochepa inali 760, kutsika kuchokera pa 768 pa kujambula kwam'mbuyo (#431, 4 August).";
    expect(facts(page, '2026-08-17')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('"Dzana" (the day before yesterday)', () => {
    const page = 'Dzana IRCC inaitana anthu 300 a Transport Occupations mu kujambula kwa Express Entry, ndipo CRS yochepa inali 470.';
    expect(facts(page, '2026-08-09')).toEqual([['2026-08-07', null, 'transport', 300, 470, null]]);
  });

  it('a channel post in capitals, "KUJAMBULA LERO #433", keeps its day', () => {
    const page = 'KUJAMBULA LERO #433 🇨🇦 Chifalansa | Maitanidwe: 5,000 | CRS yochepa: 391';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, null]]);
  });
});
