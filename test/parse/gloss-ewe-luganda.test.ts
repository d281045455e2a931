import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isEwe } from '../../src/parse/text/gloss-ewe.ts';
import { isLuganda } from '../../src/parse/text/gloss-luganda.ts';

/**
 * Ewe and Luganda draw news (src/parse/text/gloss-ewe.ts, gloss-luganda.ts; docs/parser.md "Ewe and Luganda"): glossed into the
 * English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another country's round)
 * is glossed and still announces nothing; an English page quoting a few of their words is not glossed; the neighbours' pages
 * (Twi, Yoruba, Igbo, Fula, Lingala, Wolof; Swahili, Kinyarwanda, Kirundi, Chichewa, Shona, Zulu, Sesotho) are not taken for them.
 * Figures are IRCC's (rounds 427 to 437).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Ewe', () => {
  it('a news item: "Egbea, Braɖa", "ƒe round 436", "Wodo amekpekpe 1,000", "CRS si le sue wu nye 523" and the tie-break', () => {
    const page = [
      'Canada Nyawo le Eʋegbe me',
      'Egbea, Braɖa, August 18, 2026, IRCC wɔ Express Entry ƒe round 436 na Canadian Experience Class me tɔwo. Wodo amekpekpe 1,000.',
      'CRS si le sue wu nye 523.',
      'Tie-breaking rule: August 17, 2026 at 22:09:00 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('a short post with "etsɔ" (yesterday), a day written with an Ewe month, and a round-up of two rounds', () => {
    const post = 'Etsɔ IRCC wɔ PNP draw eye wodo ame 442. CRS ƒe sue wu: 760. Mina míalala draw si gbɔna.';
    expect(facts(post, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const french = 'Le 6 Deasiamime 2026, IRCC wɔ Express Entry ƒe draw #433 na ame siwo nya French nyuie. Wodo amekpekpe 5,000, eye CRS si le sue wu nye 391.';
    expect(facts(french, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, null]]);
    const roundUp = [
      'Express Entry draw eve dzɔ kɔsiɖa sia me:',
      'Dzoɖa, July 20, 2026 — Provincial Nominee Program: amekpekpe 511, CRS ƒe sue wu 744.',
      'Braɖa, July 21, 2026 — Canadian Experience Class: amekpekpe 2,000, CRS ƒe sue wu 516.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a week with no round, a hedged count and a province's and Australia's rounds announce nothing", () => {
    const guide = 'Mɔfiame: Nu siwo wòle be nànya tso Express Entry ŋu. Kpɔɖeŋu: August 6, 2026 ƒe French draw do amekpekpe 5,000 na CRS 391. Wɔ wò language test kaba.';
    const forecast = 'Míele mɔ kpɔm be CEC draw aɖe adzɔ etsɔ; CRS si le sue wu ate ŋu anɔ abe 520 ene. Esia nye míaƒe susu ko.';
    const none = 'Draw aɖeke medzɔ kɔsiɖa sia me o. Draw mamlɛtɔ nye August 7 ƒe Transport draw (ITA 300, CRS 470). Mina míalala.';
    const province = 'Egbea nutoa Ontario wodo ame 1,200 ɖe eya ŋutɔ ƒe OINP program me, kple CRS 470. Esia menye Express Entry o.';
    const australia = 'Egbea Australia wodo ame 5,000 le eya ŋutɔ ƒe SkillSelect me kple points 65. Canada mewɔ draw aɖeke kɔsiɖa sia me o.';
    for (const [page, english] of [
      [guide, 'Guide'],
      [forecast, 'tomorrow'],
      [none, 'No draw took place this week'],
      [province, 'invited 1,200 candidates'],
      [australia, 'invited 5,000 candidates'],
    ] as const)
      expect(glossForeign(page)).toContain(english);
    expectNothingAnnounced([guide, forecast, none, province, australia].map((page) => [page, '2026-08-14'] as const));
  });
});

describe('Luganda', () => {
  it('a news item: "Leero ku Lwokusatu", "ekoze draw #437", "Abantu 5,000 bayitiddwa", "CRS esinga wansi" and the tie-break', () => {
    const page = [
      'Amawulire ga Canada',
      "Leero ku Lwokusatu, August 19, 2026, IRCC ekoze draw #437 ey'Olufalansa (French-language proficiency). Abantu 5,000 bayitiddwa.",
      'CRS esinga wansi: 382.',
      'Tie-break: March 1, 2026 at 18:34:05 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it('a short post with "eggulo" (yesterday), "jjo" with a verb of the past, and a round-up of two rounds with weekdays', () => {
    const post = 'Eggulo IRCC yakoze PNP draw: yayise abantu 442, CRS esinga wansi yali 760. Abalina provincial nomination mwetegeke!';
    expect(facts(post, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const jjo = 'Jjo IRCC yakoze draw ya Canadian Experience Class: abantu 1,000 baayitiddwa, CRS esinga wansi 523. Kino kirungi nnyo eri abali mu Canada.';
    expect(facts(jjo, '2026-08-19')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
    const roundUp = [
      'Express Entry: draws bbiri wiiki eno',
      'Ku Lwokubiri, August 4: Provincial Nominee Program — abantu 507 bayitiddwa, CRS esinga wansi 768.',
      'Ku Lwokusatu, August 5: Canadian Experience Class — abantu 3,000 bayitiddwa, CRS esinga wansi 516.',
    ].join('\n');
    expect(facts(roundUp, '2026-08-07')).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768, null],
      ['2026-08-05', null, 'cec', 3000, 516, null],
    ]);
  });

  it("a forecast, a hedged count and a province's and Australia's rounds are glossed and announce nothing", () => {
    const forecast = 'Ebiteeberezebwa: Tusuubira nti CRS ya CEC ejja kusigala wakati wa 515 ne 525 wiiki ejja. Kino si magezi ga mateeka.';
    const hedged = 'Leero IRCC ekoze draw ya CEC: okusukka 3,000 bayitiddwa, CRS esinga wansi kumpi 520. Tujja kubategeeza ebirala.';
    const province = 'Leero Ontario (OINP) ekoze draw yaayo: abantu 1,200 bayitiddwa mu Ontario. Kino si Express Entry.';
    const australia = 'Leero Australia ekoze draw ya SkillSelect: abantu 2,000 bayitiddwa mu Australia. Kino si kya Canada.';
    for (const [page, english] of [
      [forecast, 'between 515 and 525'],
      [hedged, 'more than 3,000'],
      [province, '1,200 candidates were invited'],
      [australia, '2,000 candidates were invited'],
    ] as const)
      expect(glossForeign(page)).toContain(english);
    expectNothingAnnounced([forecast, hedged, province, australia].map((page) => [page, '2026-08-14'] as const));
  });
});

describe('Neighbours and English pages', () => {
  it("the neighbours' pages are not taken for Ewe or Luganda, and an English page quoting a few of their words stays English", () => {
    const neighbours = [
      'Nnɛ IRCC yɛɛ Express Entry nsato wɔ Canadian Experience Class: wɔtoo nsa frɛɛ nnipa 3,000, CRS a ɛba fam koraa yɛ 516.',
      'Lónìí IRCC ṣe ìyàwòrán Express Entry: wọ́n pe àwọn ènìyàn 3,000, CRS tó kéré jù ni 516.',
      'Taa IRCC mere nhọrọ Express Entry: a kpọrọ mmadụ 3,000, CRS kacha nta bụ 516.',
      'Hannde IRCC waɗii taƴre CEC: noddaandi 3,000, limoore CRS ɓurnde famɗude ko 516.',
      'Lelo IRCC esali etuka ya Express Entry: bato 3,000 babengami, CRS ya nse mpenza ezali 516.',
      'Tey IRCC def na tirage Express Entry: 3,000 woo lañu yónne, poñ yu gën a néew 516.',
      'Leo IRCC imefanya droo ya Canadian Experience Class: mialiko 3,000 kwa wagombea, alama za chini za CRS 516.',
      'Uyu munsi IRCC yakoze tombola ya Canadian Experience Class: yatumiye abantu 3,000, amanota make ya CRS yari 516.',
      'Uno musi IRCC yakoze itombora rya CEC: abantu 3,000 bararonse ubutumire, amanota make ya CRS ari 516.',
      'Lero IRCC yachita kujambula kwa CEC: inaitana anthu 3,000, CRS yochepa inali 516.',
      'Nhasi IRCC yakaita draw yeCEC: vanhu 3,000 vakakokwa, mamaki ePasi eCRS aive 516.',
      'Namuhla i-IRCC yenze umzuliswano we-CEC: yamema abantu abangu-3,000, amaphuzu aphansi e-CRS angu-516.',
      'Kajeno IRCC e tšoere potoloho ea CEC: e memile bakopi ba 3,000, lintlha tse tlase tsa CRS: 516.',
    ];
    for (const page of neighbours) {
      expect(isEwe(page), page).toBe(false);
      expect(isLuganda(page), page).toBe(false);
    }
    const english = [
      'From Lomé and Kampala to Winnipeg',
      'Her grandmother wrote "egbea nye ŋkeke nyui" and an uncle answered "leero lunaku lulungi" in the family chat.',
      'Yesterday, IRCC invited 3,000 candidates in a CEC draw with a minimum CRS score of 516.',
    ].join('\n');
    expect(isEwe(english)).toBe(false);
    expect(isLuganda(english)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    // The same news in Ewe and in Luganda is glossed.
    expect(glossForeign('Etsɔ IRCC wɔ CEC draw eye wodo ame 3,000. CRS si le sue wu nye 516. Esia nye nyanyui na ame geɖewo.')).toContain(
      'Yesterday IRCC held CEC draw and invited 3,000 candidates. The minimum CRS score was 516.',
    );
    expect(glossForeign('Eggulo IRCC yakoze draw ya CEC: abantu 3,000 bayitiddwa, CRS esinga wansi yali 516. Kino kirungi.')).toContain(
      'Yesterday IRCC held draw of CEC: 3,000 candidates were invited, the minimum CRS score was 516.',
    );
  });
});
