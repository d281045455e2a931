import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Tibetan and Uyghur draw news (docs/parser.md "Tibetan and Uyghur"): the glossaries of gloss-tibetan.ts and gloss-uyghur.ts
 * rewrite them into the English the reader knows; an English page that quotes a word of either stays as it is, and a Persian
 * or Sorani page is not read as Uyghur.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Tibetan (gloss-tibetan.ts)', () => {
  it('a news page: "ཁ་སང་ (གཟའ་མིག་དམར།)" (yesterday, Tuesday), "འདེམས་སྒྲུག་ཨང་ 357", "མི་ 2,500 ལ་གདན་ཞུ་བཏང", "CRS སྐར་མ་ཉུང་མཐའ", the tie-break', () => {
    const page = [
      'བོད་མིའི་དྲ་ཚིགས། | ཡུལ་གཞིས།',
      'ཀ་ན་ཌས་འཕྲོད་བསྟེན་ལས་རིགས་ལ་གདན་ཞུ་ 2,500 བཏང་།',
      'སྤྱི་ལོ་2025 ཟླ་7 ཚེས་23',
      'ཁ་སང་ (གཟའ་མིག་དམར།) IRCC ཡིས་ Express Entry ཡི་འདེམས་སྒྲུག་ཨང་ 357 བཙུགས་ཏེ་འཕྲོད་བསྟེན་དང་སྤྱི་ཚོགས་ཞབས་ཞུ་ལས་རིགས་ཀྱི་མི་ 2,500 ལ་གདན་ཞུ་བཏང་ཡོད།',
      'CRS སྐར་མ་ཉུང་མཐའ་ 475 ཡིན།',
      'ཆ་མཉམ་ཐག་གཅོད་དུས་ཚོད་ནི་སྤྱི་ལོ་2025 ཟླ་2 ཚེས་14 ཆུ་ཚོད་ 09:12:30 (UTC) ཡིན།',
    ].join('\n');
    expect(facts(page, '2025-07-23')).toEqual([['2025-07-22', '357', 'healthcare', 2500, 475, '2025-02-14']]);
  });

  it('a channel post in Tibetan digits: "དེ་རིང་ CEC འདེམས་སྒྲུག་ཨང་ ༣༧༢", "གདན་ཞུ་ ༡,༠༠༠", "CRS ཉུང་མཐའ་ ༥༣༤"', () => {
    const post = '📢 Express Entry གསར་འགྱུར། དེ་རིང་ CEC འདེམས་སྒྲུག་ཨང་ ༣༧༢ — གདན་ཞུ་ ༡,༠༠༠། CRS ཉུང་མཐའ་ ༥༣༤། བཀྲ་ཤིས་བདེ་ལེགས།';
    expect(facts(post, '2025-10-14')).toEqual([['2025-10-14', '372', 'cec', 1000, 534, null]]);
  });

  it('a guide ("སློབ་ཁྲིད") whose example round, a forecast ("སྔོན་དཔག"), a month’s summary ("ཟླ་འདིའི་སྙིང་བསྡུས") and a province’s draw announce nothing', () => {
    const guide = [
      'CRS སྐར་མ་མང་དུ་གཏོང་ཐབས། — སློབ་ཁྲིད།',
      'སྤྱི་ལོ་2025 ཟླ་4 ཚེས་2',
      'དབྱིན་ཇིའི་སྐད་ཡིག་གི་ CLB 9 ཐོབ་ན་སྐར་མ་ 50 ཙམ་ཁ་སྣོན་འབྱུང་།',
      'དཔེར་ན། སྤྱི་ལོ་2025 ཟླ་3 ཚེས་21 གྱི་ཕ་རན་སིའི་སྐད་ཡིག་འདེམས་སྒྲུག་ (ཨང་ 340) ལ་གདན་ཞུ་ 7,500 བཏང་བ་དང་སྐར་མ་ཉུང་མཐའ་ 379 ཡིན།',
    ].join('\n');
    expect(glossForeign(guide)).toContain('Guide');
    expect(facts(guide, '2025-04-02')).toEqual([]);
    const forecast = ['སྔོན་དཔག། ཟླ་9 པའི་ Express Entry འདེམས་སྒྲུག', 'སྤྱི་ལོ་2025 ཟླ་8 ཚེས་28', 'ཟླ་9 པར་ CEC འདེམས་སྒྲུག་ཅིག་ཡོང་བར་རེ་སྒུག་ཡོད། གདན་ཞུ་ 3,000 ཙམ་དང་ CRS སྐར་མ་ཉུང་མཐའ་ 530 ཙམ་ཡོང་སྲིད།'].join('\n');
    expect(glossForeign(forecast)).toContain('September CEC draw expected');
    expect(facts(forecast, '2025-08-28')).toEqual([]);
    const recap = ['ཟླ་འདིའི་སྙིང་བསྡུས། Express Entry འདེམས་སྒྲུག', 'སྤྱི་ལོ་2025 ཟླ་7 ཚེས་1', 'ཟླ་6 ཚེས་10 — CEC — གདན་ཞུ་ 3,000 — CRS ཉུང་མཐའ་ 518', 'ཟླ་6 ཚེས་24 — ཕ་རན་སིའི་སྐད་ཡིག — གདན་ཞུ་ 1,500 — CRS ཉུང་མཐའ་ 428'].join(
      '\n',
    );
    expect(glossForeign(recap)).toContain('monthly recap');
    expect(facts(recap, '2025-07-01')).toEqual([]);
    const province = ['ཨོན་ཊ་རི་ཡོ་མངའ་སྡེའི་འདེམས་སྒྲུག', 'སྤྱི་ལོ་2025 ཟླ་6 ཚེས་12', 'ཁ་སང་ཨོན་ཊ་རི་ཡོ་མངའ་སྡེས་འདེམས་སྒྲུག་ཅིག་བཙུགས་ཏེ་གདན་ཞུ་ 1,200 བཏང་། སྐར་མ་ཉུང་མཐའ་ 480 ཡིན།'].join('\n');
    expect(glossForeign(province)).toContain('Ontario province draw');
    expect(facts(province, '2025-06-12')).toEqual([]);
  });
});

describe('Uyghur (gloss-uyghur.ts)', () => {
  it('a news page: "تۈنۈگۈن، يەنى 21-مارت جۈمە كۈنى", "340-نومۇرلۇق سىزىش", "7,500 كاندىداتقا تەكلىپنامە ئەۋەتىلدى"; the previous draw is context', () => {
    const page = [
      'ئۇيغۇر خەۋەر تورى | كۆچمەنلىك',
      'كانادا فرانسۇز تىلى بىلىدىغانلارغا 7,500 تەكلىپنامە ئەۋەتتى',
      '2025-يىلى 22-مارت',
      'كانادا كۆچمەنلەر مىنىستىرلىكى (IRCC) تۈنۈگۈن، يەنى 21-مارت جۈمە كۈنى Express Entry نىڭ 340-نومۇرلۇق سىزىشىنى ئېلىپ باردى.',
      'بۇ قېتىم فرانسۇز تىلى ماھارىتى تۈرىدىكى 7,500 كاندىداتقا تەكلىپنامە ئەۋەتىلدى.',
      'ئەڭ تۆۋەن CRS نومۇرى 379 بولدى.',
      'باراۋەر نومۇر قائىدىسى ۋاقتى: 2025-يىلى 1-ئاينىڭ 30-كۈنى 14:15:37 UTC.',
      'ئالدىنقى سىزىشتا 536 كىشىگە تەكلىپنامە بېرىلگەن ئىدى.',
    ].join('\n');
    expect(facts(page, '2025-03-22')).toEqual([['2025-03-21', '340', 'french', 7500, 379, '2025-01-30']]);
  });

  it('a channel post: "بۈگۈنكى CEC سىزىشى (#372)", "1,000 تەكلىپنامە، ئەڭ تۆۋەن نومۇر 534"', () => {
    const post = '🇨🇦 بۈگۈنكى CEC سىزىشى (#372): 1,000 تەكلىپنامە، ئەڭ تۆۋەن نومۇر 534. ئۇتۇق تىلەيمىز!';
    expect(facts(post, '2025-10-14')).toEqual([['2025-10-14', '372', 'cec', 1000, 534, null]]);
  });

  it('a forecast ("پەرەز"), a month’s recap ("ئايلىق خۇلاسە") and a province’s and another country’s draws announce nothing', () => {
    const forecast = [
      'پەرەز: سېنتەبىر ئېيىدىكى Express Entry سىزىشلىرى',
      '2025-08-28',
      'كېيىنكى ئايدا CEC سىزىشى كۈتۈلمەكتە. تەخمىنەن 3,000 تەكلىپنامە، ئەڭ تۆۋەن نومۇر 530 ئەتراپىدا بولۇشى مۇمكىن.',
    ].join('\n');
    expect(glossForeign(forecast)).toContain('forecast');
    expect(facts(forecast, '2025-08-28')).toEqual([]);
    const recap = [
      'ئايلىق خۇلاسە: 2025-يىلى ئىيۇن ئېيىدىكى سىزىشلار',
      '2025-07-01',
      '10-ئىيۇن: CEC، 3,000 تەكلىپنامە، ئەڭ تۆۋەن نومۇر 518',
      '24-ئىيۇن: فرانسۇز تىلى، 1,500 تەكلىپنامە، ئەڭ تۆۋەن نومۇر 428',
      'بۇ ئايدا جەمئىي 4,500 تەكلىپنامە ئەۋەتىلدى.',
    ].join('\n');
    expect(glossForeign(recap)).toContain('monthly recap: June 2025');
    expect(facts(recap, '2025-07-01')).toEqual([]);
    const province = ['ئونتارىيو ئۆلكىسى سىزىشى', '2025-06-12', 'تۈنۈگۈن ئونتارىيو ئۆلكىسى 1,200 كاندىداتقا تەكلىپنامە ئەۋەتتى. ئەڭ تۆۋەن نومۇر 480 بولدى.'].join('\n');
    expect(glossForeign(province)).toContain('Ontario province draw');
    expect(facts(province, '2025-06-12')).toEqual([]);
    const australia = ['ئاۋسترالىيە كۆچمەنلىك سىزىشى', '2025-06-12', 'تۈنۈگۈن ئاۋسترالىيە 1,200 كاندىداتقا تەكلىپنامە ئەۋەتتى. ئەڭ تۆۋەن نومۇر 80 بولدى.'].join('\n');
    expect(glossForeign(australia)).toContain('yesterday Australia');
    expect(facts(australia, '2025-06-12')).toEqual([]);
  });
});

describe('an English, Persian or Sorani page is not read as Tibetan or Uyghur', () => {
  it('Tibetan and Uyghur words quoted in an English report leave it as it is', () => {
    const page = [
      'Canada invites 2,500 healthcare workers',
      'By Tenzin Dorje and Aynur Tursun | July 23, 2025',
      'IRCC held a healthcare draw on July 22, inviting 2,500 candidates with a minimum CRS score of 475.',
      'Readers wrote "བཀྲ་ཤིས་བདེ་ལེགས" and "تەكلىپنامە تاپشۇرۇۋالدىم" (I received an invitation) under the news.',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-07-23')).toEqual([['2025-07-22', null, 'healthcare', 2500, 475, null]]);
    // The same news as a Tibetan post is read.
    const post = 'ཁ་སང་ཀ་ན་ཌས་འཕྲོད་བསྟེན་ལས་རིགས་ཀྱི་མི་ 2,500 ལ་གདན་ཞུ་བཏང་། CRS སྐར་མ་ཉུང་མཐའ་ 475 ཡིན།';
    expect(facts(post, '2025-07-23')).toEqual([['2025-07-22', null, 'healthcare', 2500, 475, null]]);
  });

  it('a Sorani page (ۆ, ێ, ە) is still read as Sorani, and the Uyghur telling of the same round as Uyghur', () => {
    const uyghur = 'تۈنۈگۈن (21-مارت) فرانسۇز تىلى سىزىشى: 7,500 تەكلىپنامە، ئەڭ تۆۋەن نومۇر 379. ئۇتۇق تىلەيمىز!';
    expect(glossForeign(uyghur)).toContain('yesterday ( March 21) French-language proficiency draw: 7,500 invitations, minimum CRS score 379');
    const sorani = 'دوێنێ ڕۆژی هەینی ٢١ی ئادار، کەنەدا ٧،٥٠٠ بانگهێشتنامەی بۆ زمانی فەڕەنسی نارد. کەمترین نمرە ٣٧٩ بوو. ئەمە هەواڵێکی خۆشە بۆ هەموو خوێنەرانمان.';
    expect(glossForeign(sorani)).not.toContain('invitations, minimum CRS score');
  });
});
