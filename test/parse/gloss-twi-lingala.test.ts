import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isTwi } from '../../src/parse/text/gloss-twi.ts';
import { isLingala } from '../../src/parse/text/gloss-lingala.ts';

/**
 * Twi and Lingala draw news (src/parse/text/gloss-twi.ts, gloss-lingala.ts; docs/parser.md "Twi and Lingala"): glossed into the
 * English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another country's round)
 * is glossed and still announces nothing; an English page quoting a few of their words is not glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Twi', () => {
  it('a news item: "Nnera, Benada", "Draw #421 yi mu no, wɔde nsato krataa (ITA) 3,000 na ɛmaa", the cut-off and the tie-break', () => {
    const page = [
      'Canada Nsɛm | Akwantu',
      'Nnera, Benada, July 7, 2026, IRCC too Canadian Experience Class draw. Draw #421 yi mu no, wɔde nsato krataa (ITA) 3,000 na ɛmaa.',
      'CRS a ɛba fam koraa yɛ 515.',
      'Tie-breaking rule: June 30, 2026 at 10:12:00 UTC.',
      'Yei yɛ anigyeɛ asɛm ma nnipa a wɔwɔ Canada.',
    ].join('\n');
    expect(facts(page, '2026-07-08')).toEqual([['2026-07-07', '421', 'cec', 3000, 515, '2026-06-30']]);
  });

  it('a short post: "Nnɛ … wɔmaa nsato 2,500", and a round-up\'s "Nnawɔtwe yi mu draws:" with "Dwoada 11/05"', () => {
    const post = 'Nnɛ IRCC too CEC draw: wɔmaa nsato 2,500, CRS a ɛba fam koraa yɛ 520. Sɛ wo CRS yɛ 520 anaa ɛboro saa a, hwɛ wo profile.';
    expect(facts(post, '2026-05-14')).toEqual([['2026-05-14', null, 'cec', 2500, 520, null]]);
    const roundUp = [
      'Nnawɔtwe yi mu Express Entry nsɛm',
      'Nnawɔtwe yi mu draws:',
      '• Dwoada 11/05: PNP — nsato 600, CRS 750',
      '• Yawoada 14/05: CEC — nsato 2,500, CRS 520',
      'Ayɛkoo ma wɔn a wonyaa ITA.',
    ].join('\n');
    expect(facts(roundUp, '2026-05-15')).toEqual([
      ['2026-05-11', null, 'pnp', 600, 750, null],
      ['2026-05-14', null, 'cec', 2500, 520, null],
    ]);
  });

  it('a guide, a forecast and a recap are glossed and announce nothing', () => {
    const guide = [
      'Akwankyerɛ: sɛnea wobɛnya ITA wɔ Express Entry mu',
      'Nhwɛsoɔ: March 21, 2025 draw no mu, wɔmaa nsato 7,500 na CRS a ɛba fam yɛ 379. Siesie wo nkrataa ansa na draw a ɛdi hɔ aba.',
    ].join('\n');
    const forecast = ['Nkɔmhyɛ: Express Entry draws a ɛreba', 'Yɛhwɛ kwan sɛ CEC draw a ɛdi hɔ no bɛma nsato 3,000 na CRS bɛyɛ 515 ho. Yei nyinaa yɛ nkɔmhyɛ.'].join('\n');
    const recap = ['Afe 2025 mu Express Entry nsɛm: Deɛ ɛsiiɛ nyinaa', 'Afe 2025 mu no, December 17 French draw no maa nsato 6,000 (CRS 399). CEC draws no CRS tenaa 515 ne 547 ntam.'].join('\n');
    for (const [page, english] of [
      [guide, 'guide'],
      [forecast, 'forecast'],
      [recap, 'year in review'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2026-01-05')).toEqual([]);
    }
  });

  it("a province's draw is glossed and announces nothing", () => {
    const page = 'Ontario nsɛm: Nnɛ, Ontario Immigrant Nominee Program (OINP) too draw foforɔ, wɔmaa nsato 1,200 ma nnipa a wɔwɔ Ontario. Yei nnyɛ Express Entry draw.';
    expect(glossForeign(page)).toContain('issued 1,200 invitations');
    expect(facts(page, '2026-05-14')).toEqual([]);
  });
});

describe('Lingala', () => {
  it('a news item: "Lelo, mokolo ya misato 12 Novembre 2025", "etuka #381", "Bato 1,000 babengami", the cut-off and the tie-break', () => {
    const page = [
      'Sango ya Canada',
      'Lelo, mokolo ya misato 12 Novembre 2025, IRCC esali etuka #381 mpo na Canadian Experience Class (CEC). Bato 1,000 babengami.',
      'Motango ya moke ya CRS ezalaki 533.',
      'Mobeko ya tie-breaking: 4 Novembre 2025 na 09:15:30 UTC.',
    ].join('\n');
    expect(facts(page, '2025-11-12')).toEqual([['2025-11-12', '381', 'cec', 1000, 533, '2025-11-04']]);
  });

  it('"lobi" is yesterday before a verb of the past, and nothing before one of the future', () => {
    const past = 'Lobi, IRCC esalaki etuka ya PNP: ba ITA 600, CRS ya moke 750. Bato oyo bazali na profil, botala compte na bino.';
    expect(facts(past, '2026-05-12')).toEqual([['2026-05-11', null, 'pnp', 600, 750, null]]);
    const future = 'Lobi IRCC ekosala etuka mosusu mpo na bato ya CEC? Tozali kozela. Tala compte na yo ya IRCC mokolo nyonso.';
    expect(isLingala(future)).toBe(true);
    expect(glossForeign(future)).not.toMatch(/yesterday/i);
    expect(facts(future, '2026-05-12')).toEqual([]);
  });

  it('a guide, a forecast and a monthly recap are glossed and announce nothing', () => {
    const guide = ['Toli: ndenge nini kozwa ITA na Express Entry', 'Ndakisa: etuka ya 10 Yanuali 2024 ebengaki bato 1,510 na CRS 546. Bongisa mikanda na yo liboso.'].join('\n');
    const forecast = ['Etuka oyo ekoya: tokanisi ete CRS ekozala 510 to 520', 'Bato mingi bazali kozela etuka ya CEC mpe ya lifalanse na sanza oyo.'].join('\n');
    const recap = ['Mokuse ya sanza ya Yuli 2026', 'Na sanza ya Yuli 2026, IRCC esalaki bituka minei; etuka ya CEC ebengaki bato 3,000 na CRS 515.'].join('\n');
    for (const [page, english] of [
      [guide, 'guide'],
      [forecast, 'predict'],
      [recap, 'monthly recap'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2026-08-02')).toEqual([]);
    }
  });

  it("another country's round is glossed and announces nothing", () => {
    const page = 'Australie: lelo Australie ebengi bato 900 mpo na visa ya mosala. Oyo ezali te Express Entry ya Canada; etuka oyo ekoya ya Canada eyebani naino te.';
    expect(glossForeign(page)).toContain('invited 900 candidates');
    expect(facts(page, '2025-03-06')).toEqual([]);
  });
});

describe('English pages', () => {
  it('an English page quoting a few Twi and Lingala words stays English', () => {
    const page = [
      'From Kumasi and Kinshasa to Calgary: two families',
      '"Nnɛ yɛ da pa," Mrs Owusu wrote; her neighbour answered "lelo mokolo ya esengo" when the bato of the family chat heard the news.',
      'Yesterday, IRCC invited 1,500 candidates in a CEC draw with a minimum CRS score of 520.',
    ].join('\n');
    expect(isTwi(page)).toBe(false);
    expect(isLingala(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    // The same news told in Twi and in Lingala is glossed.
    const twi = 'Nnera IRCC too CEC draw: wɔmaa nsato 1,500 na CRS a ɛba fam koraa yɛ 520. Yei yɛ asɛm pa ma nnipa a wɔwɔ Calgary.';
    expect(glossForeign(twi)).toContain('Yesterday IRCC held CEC draw: issued 1,500 invitations');
    const lingala = 'Lobi IRCC esalaki etuka ya CEC: bato 1,500 babengami, CRS ya moke 520. Yango ezali sango malamu mpo na bandeko ya Calgary.';
    expect(glossForeign(lingala)).toContain('1,500 candidates were invited');
  });
});
