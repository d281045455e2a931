import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Audit of the Twi and Lingala glossaries (session 63; docs/parser.md "Twi and Lingala", "Audit (session 63)"): pages written for
 * the audit, with real IRCC figures, each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Twi', () => {
  it('"Ɔgyefuo" (February, as most write it) and "Ɛnnɛ" (today) with its "Ɛ"', () => {
    const page = 'Benada, 3 Ɔgyefuo 2026, IRCC too Provincial Nominee Program (PNP) draw. Wɔde nsato krataa (ITA) 423 na ɛmaa; CRS a ɛba fam koraa yɛ 749.';
    expect(facts(page, '2026-02-09')).toEqual([['2026-02-03', null, 'pnp', 423, 749, null]]);
    const today = 'Ɛnnɛ IRCC too CEC draw foforɔ: wɔmaa nsato 1,000, na CRS a ɛba fam koraa yɛ 523. Sɛ wo CRS yɛ 523 anaa ɛboro saa a, hwɛ wo profile.';
    expect(glossForeign(today)).toMatch(/^ ?Today IRCC held/);
    expect(facts(today, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
  });

  it('"Nnansa" is the day before yesterday ("nnansa yi" stays these days)', () => {
    const page = 'Nnansa IRCC too Transport Occupations draw: wɔde ITA 300 maeɛ, na CRS a ɛba fam koraa yɛ 470. Yei yɛ asɛm pa ma nnipa a wɔyɛ adwuma wɔ transport mu.';
    expect(facts(page, '2026-08-09')).toEqual([['2026-08-07', null, 'transport', 300, 470, null]]);
  });

  it('a month\'s account ("Kitawonsa bosome mu … nsɛm tiawa") is known as Twi and announces nothing', () => {
    const page = [
      'Kitawonsa bosome mu Express Entry nsɛm tiawa',
      'Kitawonsa bosome yi mu no, IRCC too draws nsia. CEC draw a ɛtoo Kitawonsa 21 no maa nsato 2,000 na CRS yɛ 516; French kasa draw no maa nsato 5,000 (CRS 399).',
      'Bosome a ɛdi hɔ no, yɛbɛka draws foforɔ ho asɛm.',
    ].join('\n');
    expect(glossForeign(page)).toContain('in July');
    expect(facts(page, '2026-08-01')).toEqual([]);
  });

  it('hedged figures ("bɛyɛ 4,000", "boro 470 kakra", "bɛboro 500") give no count and no cut-off', () => {
    const page =
      'Nnera, Ayɛwohomumu 25, 2026, IRCC too Healthcare and Social Services draw. Wɔmaa nsato bɛyɛ 4,000, na CRS a ɛba fam koraa boro 470 kakra. Nnipa bɛboro 500 a wɔwɔ Ghana na wonyaa ITA.';
    expect(glossForeign(page)).toContain('about 4,000');
    for (const [, , , invitations, minCrs] of facts(page, '2026-06-26')) expect([invitations, minCrs]).toEqual([null, null]);
  });
});

describe('Lingala', () => {
  it('"Lobi ekoya" (tomorrow) and "etuka oyo eleki" (the previous round): a forecast announces nothing', () => {
    const page = 'Lobi ekoya IRCC ekoki kosala etuka mosusu ya CEC. Etuka oyo eleki, bato 1 000 bazwaki ITA na CRS 523. Tokanisi ete CRS ekokita na 520.';
    expect(glossForeign(page)).toContain('The previous round');
    expect(facts(page, '2026-08-18')).toEqual([]);
  });

  it('a year\'s account ("Mbula 2025 … makambo nyonso oyo esalemaki") announces nothing', () => {
    const page = [
      'Mbula 2025 na Express Entry: makambo nyonso oyo esalemaki',
      'Na mbula 2025, IRCC ebengaki bato koleka 100 000. Etuka ya monene ezalaki ya 17 Décembre 2025: bato 6 000 ya lifalanse babengamaki na CRS 399.',
    ].join('\n');
    expect(facts(page, '2026-01-03')).toEqual([]);
  });

  it('hedged figures ("pene na 4 000", "eleki moke 470", "koleka 500") give no count and no cut-off', () => {
    const page = 'Lobi, 25 Yuni 2026, IRCC esalaki etuka ya mosala ya kobikisa (healthcare): ebengaki bato pene na 4 000, mpe CRS ya moke eleki moke 470. Bato koleka 500 ya Kinshasa bazwaki ITA.';
    expect(glossForeign(page)).toContain('more than 500');
    for (const [, , , invitations, minCrs] of facts(page, '2026-06-26')) expect([invitations, minCrs]).toEqual([null, null]);
  });

  it('months by number ("22 sanza ya motoba 2026") and French "janvier"', () => {
    const page = 'Na 22 sanza ya motoba 2026, IRCC esalaki etuka #419 ya PNP: ba ITA 955, CRS ya moke 730. Bato oyo bazali na nomination batala compte na bango.';
    expect(facts(page, '2026-06-30')).toEqual([['2026-06-22', '419', 'pnp', 955, 730, null]]);
    const french = 'Na 5 janvier 2026, IRCC esalaki etuka ya PNP: ebengaki bato 574, motango ya moke ya CRS ezalaki 711. Bato oyo bazali na nomination batala compte na bango.';
    expect(facts(french, '2026-01-12')[0]?.[0]).toBe('2026-01-05');
  });

  it('a round-up\'s heading "Bituka ya poso oyo:" reads every line', () => {
    const page = [
      'Sango ya poso: Express Entry',
      'Bituka ya poso oyo:',
      '• 07/07/2026: CEC — ba ITA 2 000, CRS 517',
      '• 09/07/2026: lifalanse — ba ITA 5 000, CRS 420',
      '• 10/07/2026: Senior managers — ba ITA 500, CRS 392',
      'Tobondeli bandeko nyonso oyo bazwi ITA.',
    ].join('\n');
    expect(facts(page, '2026-07-11')).toEqual([
      ['2026-07-07', null, 'cec', 2000, 517, null],
      ['2026-07-09', null, 'french', 5000, 420, null],
      ['2026-07-10', null, 'managers', 500, 392, null],
    ]);
  });

  it('the standard spelling, with tones and open vowels ("Lɛlɔ́, mokɔlɔ ya míbalé", "babengámí")', () => {
    const page = 'Lɛlɔ́, mokɔlɔ ya míbalé 21 Yúli 2026, IRCC esálí etuka #428 mpɔ̂ na CEC. Bato 2 000 babengámí, mpe motángo ya moké ya CRS ezalákí 516.';
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, null]]);
  });
});
