import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isFula } from '../../src/parse/text/gloss-fula.ts';
import { isKirundi } from '../../src/parse/text/gloss-kirundi.ts';

/**
 * Fula and Kirundi draw news (src/parse/text/gloss-fula.ts, gloss-kirundi.ts; docs/parser.md "Fula and Kirundi"): glossed into
 * the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another country's
 * round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; the neighbours'
 * pages (Wolof, Hausa; Kinyarwanda, Swahili) are not taken for them. Figures are IRCC's (rounds 427 to 436).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Fula', () => {
  it('a news item: "Ñalnde hannde, Alarba 5 Uut 2026", "taƴre no 432", "Noddaandi 3,000 njaltinaama", the cut-off and the tie-break', () => {
    const page = [
      'Kabaruuji Kanadaa',
      'Ñalnde hannde, Alarba 5 Uut 2026, IRCC waɗii taƴre no 432 ngam yimɓe Canadian Experience Class (CEC). Noddaandi 3,000 njaltinaama.',
      'Limoore CRS ɓurnde famɗude ko 516.',
      'Sarɗi nawtagol (tie-breaking rule): July 03, 2026 at 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('a short post with "hanki" (yesterday), and a weekly round-up of two rounds with weekdays', () => {
    const post = 'Hanki IRCC noddii yimɓe 507 e nder taƴre PNP. CRS ɓurɗo famɗude: 768. Ɗum ko taƴre ɗiɗmere e yontere ndee.';
    expect(facts(post, '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const roundUp = [
      'Taƴe ɗiɗi e nder yontere ndee',
      'Altine 20 Sulyee 2026, IRCC waɗii taƴre PNP: noddaandi 511, limoore ɓurnde famɗude 744.',
      'Talaata 21 Sulyee 2026, taƴre Canadian Experience Class: noddaandi 2,000, CRS ɓurɗo famɗude 516.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-22')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
  });

  it('a French round told another way: "hokkii noddaandi 5,000 ɓeen mbaawɓe haalde Faransiire"', () => {
    const page = 'Hannde Alarba 22 Sulyee 2026 Kanadaa hokkii noddaandi 5,000 ɓeen mbaawɓe haalde Faransiire e nder taƴre Express Entry. Limoore CRS ɓurnde famɗude ko 399.';
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-22', null, 'french', 5000, 399, null]]);
  });

  it("a monthly recap, a forecast, a hedged count and a province's round are glossed and announce nothing", () => {
    const recap = [
      'Deftere lewru: Express Entry e lewru Sulyee 2026',
      'Ko ɗum woni taƴe Express Entry lewru Sulyee 2026 fof:',
      '2026-07-20 | PNP | 511 | 744',
      '2026-07-21 | CEC | 2,000 | 516',
      'Kawtu: noddaandi 2,511 e nder lewru ndu.',
    ].join('\n');
    const forecast = 'Taƴre garoowo: en njortii limoore CRS ɓurnde famɗude waɗa hedde 510. Noddaandi haa 3,000 ngam yimɓe CEC. Ɗum fof ko miijo tan.';
    const hedged = 'Hannde Kanadaa noddii ko ɓuri yimɓe 4,000 e nder taƴre CEC; limoore CRS ɓurnde famɗude ko hedde 520. Ɗum ko kabaaru ngam yimɓe amen.';
    const province = 'Hannde Ontario Immigrant Nominee Program (OINP) waɗii taƴre mum: noddaandi 1,200 ngam yimɓe ɗo Ontario. Ɗum wonaa taƴre Express Entry.';
    for (const [page, english] of [
      [recap, 'monthly recap'],
      [forecast, 'the next draw'],
      [hedged, 'more than 4,000'],
      [province, '1,200 invitations'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2026-08-02')).toEqual([]);
    }
  });
});

describe('Kirundi', () => {
  it('a news item: "Ku wa kabiri itariki 18 Myandagaro 2026", "itombora rya nomero 436", "ubutumire 1,000", the cut-off and the tie-break', () => {
    const page = [
      'Amakuru ya Kanada — Ikirundi',
      'Ku wa kabiri itariki 18 Myandagaro 2026, IRCC yakoze itombora rya nomero 436 rya Canadian Experience Class (CEC): yarungitse ubutumire 1,000.',
      'Amanota make ya CRS ari 523.',
      'Itegeko ryo gutandukanya abanganya amanota: August 17, 2026 at 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('a short post of today, "ejo" (yesterday) before a verb of the past, and a week\'s round-up of two rounds', () => {
    const post = '📢 Express Entry uyu munsi: PNP — ubutumire 442, CRS ntoya 760. #Kanada';
    expect(facts(post, '2026-08-17')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const yesterday = "Ejo, IRCC yakoze itombora ry'abazi igifaransa: ubutumire 5,000 bwarungitswe, amanota make akaba 391. Abarundi benshi bavuga igifaransa.";
    expect(facts(yesterday, '2026-08-07')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
    const roundUp = [
      'Iyi ndwi muri Express Entry: amatombora abiri',
      'Ku wa mbere itariki 20 Mukakaro 2026, itombora rya PNP ryatumiye abantu 511, amanota make 744.',
      'Ku wa kabiri itariki 21 Mukakaro 2026, itombora rya CEC: ubutumire 2,000, amanota make 516.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-23')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
  });

  it("a year's recap, a guide, a hedged count and a province's round are glossed and announce nothing", () => {
    const recap = ['Umwaka wa 2025 muri Express Entry: incamake', 'Kanada yatumiye abantu barenga 100,000. Itombora rya CEC ryo ku wa 5 Myandagaro ryatumiye 3,000 ku manota 516.'].join('\n');
    const guide = 'Ubuyobozi: ingene wokongereza amanota. Akarorero: itombora rya 431 ryatumiye 507 ku manota 768. Kwiga igifaransa canke gukora muri Kanada.';
    const hedged = 'Uyu munsi IRCC yakoze itombora rya CEC: ubutumire nka 4,000, amanota make ari hafi ya 520. Amatombora azokurikira tuzobamenyesha.';
    const province = 'Uyu munsi intara ya Ontario (OINP) yakoze itombora ryayo: ubutumire 1,200 ku bantu baba muri Ontario. Iryo si itombora rya Express Entry.';
    for (const [page, english] of [
      [recap, 'recap'],
      [guide, 'for example'],
      [hedged, 'about 4,000'],
      [province, '1,200 invitations'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2026-08-02')).toEqual([]);
    }
  });

  it('Kirundi\'s "Nyakanga" (September; July in Kinyarwanda) stays as written, and gives no day', () => {
    const page = 'Ku wa 8 Nyakanga, IRCC yakoze itombora rya CEC: ubutumire 3,000, amanota make ya CRS ari 516. Abarundi benshi bararonse ubutumire.';
    expect(glossForeign(page)).toContain('Nyakanga');
    expect(facts(page, '2026-08-05').map((f) => f[0])).not.toContain('2026-07-08');
  });
});

describe('Neighbours and English pages', () => {
  it("the neighbours' pages are not taken for Fula or Kirundi, and an English page quoting a few of their words stays English", () => {
    const wolof = 'Tey IRCC def na tirage Express Entry: 3,000 woo lañu yónne ñu bokk ci Canadian Experience Class, poñ yu gën a néew 516.';
    const hausa = 'Yau IRCC ta gudanar da zagaye: an gayyaci mutane 3,000 a Canadian Experience Class, mafi ƙarancin maki ɗin CRS 516.';
    const kinyarwanda = 'Uyu munsi IRCC yakoze tombola ya Canadian Experience Class: yatumiye abantu 3,000, amanota make ya CRS yari 516. Ni inkuru nziza cyane.';
    const swahili = 'Leo IRCC imefanya droo ya Canadian Experience Class: mialiko 3,000 kwa wagombea, alama za chini za CRS 516.';
    for (const page of [wolof, hausa, kinyarwanda, swahili]) {
      expect(isFula(page)).toBe(false);
      expect(isKirundi(page)).toBe(false);
    }
    const english = [
      'From Conakry and Bujumbura to Montreal',
      'Her aunt wrote "hannde ko ñalnde mawnde" and a cousin answered "uyu munsi ni itombora" in the family chat.',
      'Yesterday, IRCC invited 3,000 candidates in a CEC draw with a minimum CRS score of 516.',
    ].join('\n');
    expect(isFula(english)).toBe(false);
    expect(isKirundi(english)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    // The same news in Fula and in Kirundi is glossed.
    expect(glossForeign('Hanki IRCC waɗii taƴre CEC: noddaandi 3,000, limoore CRS ɓurnde famɗude ko 516. Ɗum ko kabaaru ngam yimɓe.')).toContain('Yesterday IRCC held draw CEC: 3,000 invitations');
    expect(glossForeign('Ejo IRCC yakoze itombora rya CEC: ubutumire 3,000, amanota make ya CRS ari 516. Abarundi benshi bararonse ubutumire.')).toContain(
      '3,000 invitations, the minimum CRS score was 516',
    );
  });
});
