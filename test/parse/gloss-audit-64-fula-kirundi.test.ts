import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isFula } from '../../src/parse/text/gloss-fula.ts';
import { isKirundi } from '../../src/parse/text/gloss-kirundi.ts';

/**
 * Audit of the Fula and Kirundi glossaries (session 64; docs/parser.md "Fula and Kirundi", "Audit (session 64)"): pages written
 * for the audit, with real IRCC figures (rounds 403–437), each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Fula', () => {
  it('a round-up headed "Taƴe Express Entry yontere ndee:" reads every line', () => {
    const page = [
      'Taƴe Express Entry yontere ndee:',
      '• Aaltine 6 Sulyee: PNP — noddaandi 534, CRS 708',
      '• Talaata 7 Sulyee: CEC — noddaandi 2,000, CRS 517',
      '• Alkamiisa 9 Sulyee: Faransiire — noddaandi 5,000, CRS 420',
      '• Aljuma 10 Sulyee: Senior managers — noddaandi 500, CRS 392',
      'Ɗum fof ko kabaruuji yontere ndee.',
    ].join('\n');
    expect(glossForeign(page)).toMatch(/^ ?Express Entry draws this week:/);
    expect(facts(page, '2026-07-11')).toEqual([
      ['2026-07-06', null, 'pnp', 534, 708, null],
      ['2026-07-07', null, 'cec', 2000, 517, null],
      ['2026-07-09', null, 'french', 5000, 420, null],
      ['2026-07-10', null, 'managers', 500, 392, null],
    ]);
  });

  it('a month\'s account ("Ko waɗi e lewru Mee 2026") announces nothing', () => {
    const page = [
      'Ko waɗi e lewru Mee 2026 e nder Express Entry',
      'E lewru Mee, IRCC waɗii taƴe nay. Taƴre 11 Mee (PNP) noddii yimɓe 380 e limoore 798; taƴre 25 Mee (PNP) noddii yimɓe 334 e limoore 805.',
      'Taƴre CEC 27 Mee: noddaandi 3,000, CRS 518. Taƴre Faransiire 28 Mee: noddaandi 4,500, CRS 409.',
      'Kawtu: noddaandi 8,214 e nder lewru ndu.',
    ].join('\n');
    expect(glossForeign(page)).toContain('Monthly recap: what happened in May 2026');
    expect(facts(page, '2026-06-01')).toEqual([]);
  });

  it('a guide headed "Jaŋde:" quoting past rounds announces nothing', () => {
    const page = [
      'Jaŋde: no ɓeydirtaa limoore CRS maa',
      'Misal, taƴre no 431 (4 Uut 2026) noddii yimɓe 507 e limoore ɓurnde famɗude 768: ɗum ko yimɓe heɓuɓe nominaasiyoŋ diiwaan.',
      'Janngu Faransiire: taƴre Faransiire 6 Uut noddii 5,000 e CRS 391 tan.',
    ].join('\n');
    expect(facts(page, '2026-08-10')).toEqual([]);
  });

  it('a question about the next round ("taƴre Express Entry garoowo", "taƴre sakkitorde") announces nothing', () => {
    const page = 'Ndey taƴre Express Entry garoowo waɗata? Taƴre sakkitorde, Alarba 19 Uut 2026, noddii yimɓe 5,000 mbaawɓe haalde Faransiire e CRS 382. Min njortii taƴre CEC yontere arannde.';
    expect(glossForeign(page)).toContain('the next Express Entry draw');
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('"Keeŋe" (the day before yesterday) and a short post\'s "yimɓe 3,000 noddaama"', () => {
    const page = 'Keeŋe IRCC waɗii taƴre ngam mbaawɓe haalde Faransiire: noddaandi 5,000 njaltinaama, limoore CRS ɓurnde famɗude ko 391. Ɗum ko kabaaru moƴƴo ngam yimɓe amen.';
    expect(facts(page, '2026-08-08')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
    const post = 'Hanki: taƴre CEC, yimɓe 3,000 noddaama, CRS ɓurɗo famɗude 516. 🇨🇦';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
  });
});

describe('Kirundi', () => {
  it('"Ejo bundi" (the day before yesterday) was read as yesterday: a wrong day', () => {
    const page = "Ejo bundi IRCC yakoze itombora ry'abazi igifaransa: ubutumire 5,000 bwarungitswe, amanota make akaba 391. Abarundi benshi bavuga igifaransa bararonse ubutumire.";
    expect(facts(page, '2026-08-08')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
    // Of the future ("izokora": will hold), it stays, and is not yesterday.
    const future = 'Ejo bundi IRCC izokora itombora rishasha. Itombora riheruka ryatumiye abantu 300 ku manota 470. Tuzobamenyesha.';
    expect(glossForeign(future)).not.toContain('esterday');
    expect(facts(future, '2026-08-17')).toEqual([]);
  });

  it('"Ejo:" (yesterday, with a colon) in a short post', () => {
    const post = 'Ejo: itombora rya PNP — abantu 534 bararonse ubutumire, CRS ntoya 708. #Kanada';
    expect(facts(post, '2026-07-07')).toEqual([['2026-07-06', null, 'pnp', 534, 708, null]]);
  });

  it('a tie-break day first ("11/10/2025", as Burundi writes it), and "abantu 4 gusa bararonse ubutumire"', () => {
    const page = [
      'Amakuru ya Kanada',
      'Uyu munsi, ku wa gatanu itariki 7 Myandagaro 2026, IRCC yakoze itombora rya nomero 434 rya Transport Occupations: ubutumire 300 bwarungitswe, amanota make ya CRS akaba 470.',
      'Itegeko ryo gutandukanya abanganya amanota: 11/10/2025 14:55:49 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470, '2025-10-11']]);
    const few = 'Ejo habaye itombora rya Skilled Military Recruits: abantu 4 gusa bararonse ubutumire, amanota make ari 368. Ni itombora rito cane.';
    expect(facts(few, '2026-07-24')).toEqual([['2026-07-23', null, 'military', 4, 368, null]]);
  });

  it('a round-up headed "Amatombora y\'iyi ndwi:" with day-first dates is known as Kirundi and read line by line', () => {
    const page = [
      "Amatombora y'iyi ndwi:",
      '• 22/06/2026 — PNP: ubutumire 955, CRS 730',
      '• 23/06/2026 — CEC: ubutumire 4,000, CRS 516',
      '• 24/06/2026 — Abaganga (physicians): ubutumire 271, CRS 223',
      '• 25/06/2026 — Healthcare: ubutumire 4,000, CRS 475',
      'Turakeje abaronse ubutumire bose.',
    ].join('\n');
    expect(isKirundi(page)).toBe(true);
    expect(facts(page, '2026-06-26')).toEqual([
      ['2026-06-22', null, 'pnp', 955, 730, null],
      ['2026-06-23', null, 'cec', 4000, 516, null],
      ['2026-06-24', null, 'physicians', 271, 223, null],
      ['2026-06-25', null, 'healthcare', 4000, 475, null],
    ]);
  });

  it('a month\'s account ("Incamake y\'ukwezi kwa Ntwarante 2026") announces nothing', () => {
    const page = [
      "Incamake y'ukwezi kwa Ntwarante 2026",
      'Mu kwezi kwa Ntwarante, IRCC yakoze amatombora atanu. Itombora rya CEC ryo ku wa 17 Ntwarante ryatumiye abantu 4,000 ku manota 507.',
      "Itombora ry'igifaransa ryo ku wa 18 Ntwarante: ubutumire 4,000, CRS ntoya 393. Itombora rya nyuma (31 Ntwarante) ryatumiye abantu 2,250 ku manota 509.",
    ].join('\n');
    expect(glossForeign(page)).toMatch(/^ ?Monthly recap of March 2026/);
    expect(facts(page, '2026-04-01')).toEqual([]);
  });

  it('hedged figures ("ubutumire burenga 2,000", "amanota make arenga 515") give no count and no cut-off', () => {
    const page = 'Ejo IRCC yakoze itombora rya CEC: ubutumire burenga 2,000 bwarungitswe, amanota make arenga 515. Abarundi barenga 50 bararonse ubutumire.';
    expect(glossForeign(page)).toContain('more than 2,000 invitations');
    for (const [, , , invitations, minCrs] of facts(page, '2026-07-22')) expect([invitations, minCrs]).toEqual([null, null]);
  });
});

describe('Neighbours and English pages', () => {
  it('a Kinyarwanda page with "Ejo bundi" and an English page quoting the new words are not taken for Fula or Kirundi', () => {
    const kinyarwanda = 'Ejo bundi IRCC yakoze tombola y’abavuga igifaransa: yatumiye abantu 5,000, amanota make yari 391. Icyumweru gishize habaye tombola ebyiri.';
    const english = [
      'From Conakry and Bujumbura to Montreal',
      'Her aunt wrote "Jaŋde: hannde ko ñalnde mawnde" and a cousin answered "ejo bundi itombora ryatumiye abaronse" in the family chat.',
      'Yesterday, IRCC invited 3,000 candidates in a CEC draw with a minimum CRS score of 516.',
    ].join('\n');
    for (const page of [kinyarwanda, english]) {
      expect(isFula(page)).toBe(false);
      expect(isKirundi(page)).toBe(false);
    }
    expect(glossForeign(english)).toBe(english);
  });
});
