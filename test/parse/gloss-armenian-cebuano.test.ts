import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Armenian and Cebuano draw news (docs/parser.md "Armenian and Cebuano"): the glossaries of gloss-armenian.ts and
 * gloss-cebuano.ts rewrite them into the English the reader knows; an English page that quotes a word or a name of either,
 * and a Tagalog page, stay as they are.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Armenian (gloss-armenian.ts)', () => {
  it('an Eastern Armenian news page: "հունիսի 11-ին" (on June 11), "№352", "2 500 հրավեր", "նվազագույն CRS միավորը կազմել է 404"; the earlier round is context', () => {
    const page = [
      'Հայ Լուր | Միգրացիա',
      'Կանադան 2 500 հրավեր է ուղարկել ֆրանսերենի իմացությամբ թեկնածուներին',
      '12.06.2025, 09:15',
      'IRCC-ն հունիսի 11-ին անցկացրել է Express Entry համակարգի №352 հրավերների փուլը՝ նախատեսված ֆրանսերենի իմացությամբ թեկնածուների համար։',
      'Փուլի արդյունքում 2 500 հրավեր է ուղարկվել, իսկ նվազագույն CRS միավորը կազմել է 404։',
      'Հավասար միավորների կանոնը՝ 2025 թ. ապրիլի 3, 10:12:09 UTC։',
      'Նախորդ փուլում՝ հունիսի 2-ին, 3 000 հրավեր էր ուղարկվել՝ 512 միավոր շեմով։',
    ].join('\n');
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-11', '352', 'french', 2500, 404, '2025-04-03']]);
  });

  it('a Western Armenian weekly: "Անցեալ Ուրբաթ՝ 3 Յունիսին" (last Friday, on June 3), "35րդ հրաւէրի շրջանը", "դիմողներ հրաւիրուեցան", "հասաւ 472ի"', () => {
    const page = [
      'Հայ համայնքային շաբաթաթերթ',
      'Հինգշաբթի, 9 Յունիս 2016',
      '«Express Entry»ի նոր հրաւէրներ. սահմանը իջաւ 472 միաւորի',
      'Անցեալ Ուրբաթ՝ 3 Յունիսին, Քանատայի Ներգաղթի Նախարարութիւնը կատարեց «Express Entry» դրութեան 35րդ հրաւէրի շրջանը, որուն ընթացքին 762 դիմողներ հրաւիրուեցան։',
      'Նուազագոյն միաւորը (CRS) հասաւ 472ի։',
    ].join('\n');
    expect(facts(page, '2016-06-09')).toEqual([['2016-06-03', '35', 'general', 762, 472, null]]);
  });

  it('a channel post without its round: "this week no round" leaves the last round told as context', () => {
    const page = ['Express Entry Հայերեն 🇨🇦', 'Այս շաբաթ Express Entry փուլ չկար 😕', 'Վերջին փուլը եղել է մարտի 3-ին (№338)՝ 4 500 հրավեր, CRS 471։', '13.03.2025'].join('\n');
    expect(glossForeign(page)).toContain('this week Express Entry no draw');
    expect(facts(page, '2025-03-13')).toEqual([]);
  });
});

describe('Cebuano (gloss-cebuano.ts)', () => {
  it('a Cebuano news page: "kagahapon, Huwebes, Enero 23", "ika-333 nga round", "ka kandidato", "pinakaubos nga CRS score mao ang 502"; the previous draw is context', () => {
    const page = [
      'Sugbo Canada Balita',
      'Biyernes, Enero 24, 2025',
      'Bag-ong Express Entry draw: 4,500 ang gi-imbitar',
      'Gipahigayon sa IRCC kagahapon, Huwebes, Enero 23, ang ika-333 nga round sa Express Entry. Ang 4,500 ka kandidato gikan sa Canadian Experience Class ang nakadawat og Invitation to Apply (ITA), ug ang pinakaubos nga CRS score mao ang 502.',
      'Sa miaging draw niadtong Enero 8, 1,350 usab ang gi-imbitar apan 542 ang cut-off.',
      'Kini nga balita para sa tanan natong mga magbabasa.',
    ].join('\n');
    expect(facts(page, '2025-01-24')).toEqual([['2025-01-23', '333', 'cec', 4500, 502, null]]);
  });

  it('a Facebook post: "BAG-ONG DRAW KARON" (a new draw today), "ka imbitasyon", "Pinakaubos nga CRS"', () => {
    const page = [
      'Express Entry Updates – Bisaya ✈️',
      '🩺 BAG-ONG DRAW KARON!',
      'Hunyo 4, 2025',
      'Healthcare and social services occupations',
      '👩‍⚕️ 500 ka imbitasyon (ITA)',
      '📊 Pinakaubos nga CRS: 504',
      'Maayong balita ni sa mga nurse ug caregiver nato! Ang miaging healthcare draw (Mayo 2) 2,500 ra ang gi-imbitar.',
    ].join('\n');
    expect(facts(page, '2025-06-04')).toEqual([['2025-06-04', null, 'healthcare', 500, 504, null]]);
  });

  it('a month’s recap ("Hulyo 2022 sa Express Entry") announces none of its rounds', () => {
    const page = [
      'Bisaya Global News',
      'Hulyo 2022 sa Express Entry: duha ka draw, padayong pagkunhod sa CRS',
      'Agosto 1, 2022 | Ni Karl Ybañez',
      'Sa bulan sa Hulyo, duha ka all-program draw ang gihimo sa IRCC, ug sa matag draw mikunhod ang minimum CRS:',
      'Hulyo 6 – 1,500 ka ITA, CRS 557',
      'Hulyo 20 – 1,750 ka ITA, CRS 542',
      'Sa kinatibuk-an, 3,250 ka ITA ang gipagawas sulod sa usa ka bulan.',
    ].join('\n');
    expect(glossForeign(page)).toContain('July 2022 recap of Express Entry');
    expect(facts(page, '2022-08-01')).toEqual([]);
  });
});

describe('an English or Tagalog page is never glossed', () => {
  it('Armenian names and a quoted word in an English report leave it as it is', () => {
    const page = [
      'Canada invites 3,000 healthcare workers',
      'By Anahit Petrosyan | Armenian Weekly (Հայկական շաբաթաթերթ) | November 21, 2024',
      'IRCC held a healthcare draw on November 20, inviting 3,000 candidates with a minimum CRS score of 463. Many readers of «Ազգ» asked what "հրավեր" (invitation) means for them.',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2024-11-21')).toEqual([['2024-11-20', null, 'healthcare', 3000, 463, null]]);
    // The same news as an Armenian channel post is read.
    const post = '⚡️ Express Entry | 20.11.2024 | Առողջապահության փուլ՝ 3 000 հրավեր, նվազագույն CRS՝ 463 🇨🇦';
    expect(facts(post, '2024-11-20')).toEqual([['2024-11-20', null, 'healthcare', 3000, 463, null]]);
  });

  it('a Cebuano phrase and names in an English report, and a Tagalog post, leave them as they are', () => {
    const english = [
      'Canada invites 2,000 CEC candidates',
      'By Jun Abellana | May 15, 2025',
      'IRCC held a Canadian Experience Class draw on May 14, inviting 2,000 candidates with a minimum CRS score of 518.',
      'Our Cebu readers said "Maayong balita ni, salamat kaayo ug padayon!" when they saw the news.',
    ].join('\n');
    expect(glossForeign(english)).toBe(english);
    const tagalog = [
      'Pinoy sa Canada',
      'Bagong Express Entry draw kahapon! Ang IRCC ay nag-imbita ng 2,000 kandidato sa Canadian Experience Class noong Mayo 14, at ang pinakamababang CRS ay 518. Congrats sa lahat ng nakatanggap ng ITA!',
    ].join('\n');
    expect(glossForeign(tagalog)).toBe(tagalog);
    // The Cebuano telling of it is glossed.
    const cebuano = [
      'Bisaya sa Canada',
      'Bag-ong Express Entry draw gahapon! Ang IRCC nag-imbitar og 2,000 ka kandidato sa Canadian Experience Class niadtong Mayo 14, ug ang pinakaubos nga CRS mao ang 518. Congrats sa tanan nga nakadawat og ITA! Padayon ta og ampo, dili ta mohunong.',
    ].join('\n');
    expect(glossForeign(cebuano)).toContain('invited 2,000 candidates');
    expect(facts(cebuano, '2025-05-15')).toEqual([['2025-05-14', null, 'cec', 2000, 518, null]]);
  });
});
