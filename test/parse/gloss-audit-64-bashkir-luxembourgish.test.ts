import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Audit of the Bashkir and Luxembourgish glossaries (session 64; docs/parser.md "Bashkir and Luxembourgish", "Audit (session 64)"):
 * pages written for the audit, with real IRCC figures, each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Bashkir', () => {
  it('"Өсөнсө көн" is the day before yesterday', () => {
    const page = 'Өсөнсө көн IRCC француз телен белеүселәр өсөн яңы раунд үткәрҙе: 5 000 саҡырыу, иң түбәнге балл 382 (№437).';
    expect(glossForeign(page)).toMatch(/^ ?The day before yesterday/);
    expect(facts(page, '2026-08-21')).toEqual([['2026-08-19', '437', 'french', 5000, 382, null]]);
  });
});

describe('Luxembourgish', () => {
  it('a two-sentence news item with five of its words ("Gëschter", "huet", "Ronn", "invitéiert", "Mindestscore") is Luxembourgish', () => {
    const page = 'Gëschter, de 5. August, huet Kanada an der Ronn Nr. 432 3.000 Kandidaten aus der Canadian Experience Class invitéiert. De Mindestscore war 516 Punkten.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('a short channel post ("Ronn #424 haut! … 2.000 Invitatiounen") is Luxembourgish', () => {
    const post = '🇨🇦 Express Entry Ronn #424 haut! CEC: 2.000 Invitatiounen, CRS 517. Tie-break: 29.12.2025 17:49:27 UTC';
    expect(facts(post, '2026-07-07')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, '2025-12-29']]);
  });

  it('a news item with neither "ë" nor "Ronn" ("Haut huet IRCC 271 Dokteren … invitéiert")', () => {
    const page = 'Haut huet IRCC 271 Dokteren mat kanadescher Aarbechtserfahrung invitéiert. De Mindestscore war 223 Punkten. Tie-Break-Datum: 2026-05-31 18:13:49 UTC.';
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-24', null, 'physicians', 271, 223, '2026-05-31']]);
  });

  it('"eng nei Franséisch-Ronn (Nr. 437)": the number in brackets after the French round', () => {
    const page = 'Virgëschter huet IRCC eng nei Franséisch-Ronn (Nr. 437) ofgehalen: 5.000 Invitatiounen, Minimum 382 Punkten.';
    expect(glossForeign(page)).toContain('French-language draw #437');
    expect(facts(page, '2026-08-21')).toEqual([['2026-08-19', '437', 'french', 5000, 382, null]]);
  });

  it('"Freides, den 20. Februar" (a weekday adverb) on a news item', () => {
    const page = 'Freides, den 20. Februar, huet IRCC an der Ronn Nr. 398 4.000 Kandidaten aus de Gesondheets- a Sozialberuffer invitéiert; de Minimum louch bei 467 Punkten.';
    expect(facts(page, '2026-03-03')).toEqual([['2026-02-20', '398', 'healthcare', 4000, 467, null]]);
  });

  it('"Bis zu 4.000 Kandidaten" (up to) gives no count, the round is still read', () => {
    const page = 'Bis zu 4.000 Kandidaten goufen haut an der CEC-Ronn invitéiert, de Mindestscore louch bei 516 Punkten.';
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', null, 'cec', null, 516, null]]);
  });

  it('an English page quoting "huet", "Ronn" and "gëschter" stays as it is', () => {
    const english = 'IRCC held draw #436 on August 18, 2026 (1,000 CEC candidates). Luxembourg papers wrote "huet … invitéiert" and "eng nei Ronn", and "gëschter" for yesterday.';
    expect(glossForeign(english)).toBe(english);
  });
});
