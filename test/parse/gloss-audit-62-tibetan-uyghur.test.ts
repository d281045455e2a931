import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * The session-62 audit of the Tibetan and Uyghur glossaries (docs/parser.md "Tibetan and Uyghur", "Audit (session 62)"): pages
 * written for the audit, with real IRCC rounds (#426–#437), that the glossaries misread before.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);
const L = (...lines: string[]) => lines.join('\n');

describe('Tibetan (gloss-tibetan.ts), audit 62', () => {
  it('a guide ("ལམ་སྟོན") that quotes a past round announces nothing', () => {
    const guide = L(
      'Express Entry ནང་ CRS སྐར་མ་ཇི་ལྟར་ཡར་སྐྱེད་གཏོང་དགོས་སམ། ལམ་སྟོན།',
      'ཕ་རན་སིའི་སྐད་ཡིག་ཤེས་ན་སྐར་མ་ 50 ཐོབ་ཐུབ།',
      'ཟླ་8 ཚེས་6 ཉིན་ ཕ་རན་སིའི་སྐད་ཡིག་འདེམས་སྒྲུག་ལ་མི་ 5,000 ལ་གདན་ཞུ་བཏང་བ་དང་ CRS ཉུང་མཐའ་ 391 ཡིན།',
    );
    expect(facts(guide, '2026-08-10')).toEqual([]);
  });

  it('a question about the next round ("འདེམས་སྒྲུག་རྗེས་མ་ནམ་ཡོང་ངམ") announces nothing', () => {
    const question = L(
      'འདེམས་སྒྲུག་རྗེས་མ་ནམ་ཡོང་ངམ།',
      'ཀློག་པ་མང་པོས་ Express Entry འདེམས་སྒྲུག་རྗེས་མ་ནམ་ཡོང་ངམ་ཞེས་དྲི་བ་བཏང་འདུག',
      'ཟླ་8 ཚེས་5 ཉིན་ CEC འདེམས་སྒྲུག་ལ་གདན་ཞུ་ 3,000 བཏང་བ་དང་ CRS ཉུང་མཐའ་ 516 ཡིན། འདེམས་སྒྲུག་རྗེས་མ་ཟླ་8 ཚེས་18 ཙམ་ལ་ཡོང་སྲིད།',
    );
    expect(facts(question, '2026-08-10')).toEqual([]);
  });

  it('a hedged count ("ཧ་ལམ་ 2,000", about) is no count; "ཆེས་མང་ན་ 500" (up to) does not undo the round’s count', () => {
    const hedged = 'ཁ་སང་ (གཟའ་མིག་དམར།) CEC འདེམས་སྒྲུག་ཨང་ 428 བཙུགས་ཏེ་མི་ ཧ་ལམ་ 2,000 ལ་གདན་ཞུ་བཏང་། CRS ཉུང་མཐའ་ 516 ཡིན།';
    expect(facts(hedged, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', null, 516]]);
    const upTo = L('ཁ་སང་ (གཟའ་ཕུར་བུ།) Skilled Military Recruits འདེམས་སྒྲུག་ཨང་ 430 ལ་མི་ 4 ལ་གདན་ཞུ་བཏང་། CRS ཉུང་མཐའ་ 368 ཡིན།', 'IRCC ཡིས་ལོ་འདིར་ཆེས་མང་ན་ 500 ལ་གདན་ཞུ་གཏོང་གི་ཡོད།');
    expect(facts(upTo, '2026-07-24')).toEqual([['2026-07-23', '430', 'military', 4, 368]]);
  });

  it('a weekly round-up ("འདེམས་སྒྲུག་གསུམ", three draws) announces all three rounds', () => {
    const week = L(
      'གཟའ་འཁོར་འདིའི་ Express Entry འདེམས་སྒྲུག',
      'སྤྱི་ལོ་2026 ཟླ་8 ཚེས་7',
      'གཟའ་འཁོར་འདིར་ IRCC ཡིས་འདེམས་སྒྲུག་གསུམ་བཙུགས་ཡོད།',
      '༡། ཟླ་8 ཚེས་4 (གཟའ་མིག་དམར།) — PNP — འདེམས་སྒྲུག་ཨང་ 431 — གདན་ཞུ་ 507 — CRS ཉུང་མཐའ་ 768',
      '༢། ཟླ་8 ཚེས་5 (གཟའ་ལྷག་པ།) — CEC — འདེམས་སྒྲུག་ཨང་ 432 — གདན་ཞུ་ 3,000 — CRS ཉུང་མཐའ་ 516',
      '༣། ཟླ་8 ཚེས་6 (གཟའ་ཕུར་བུ།) — ཕ་རན་སིའི་སྐད་ཡིག — འདེམས་སྒྲུག་ཨང་ 433 — གདན་ཞུ་ 5,000 — CRS ཉུང་མཐའ་ 391',
    );
    expect(facts(week, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
      ['2026-08-06', '433', 'french', 5000, 391],
    ]);
  });
});

describe('Uyghur (gloss-uyghur.ts), audit 62', () => {
  it('a yearly summary ("2025-يىللىق … يەكۈنى") announces nothing', () => {
    const recap = L(
      '2025-يىللىق Express Entry يەكۈنى',
      '2025-يىلى IRCC جەمئىي 60 تىن ئارتۇق سىزىش ئېلىپ باردى.',
      '16-دېكابىر CEC بويىچە 389-نومۇرلۇق سىزىشتا 5,000 تەكلىپنامە ئەۋەتىلدى، ئەڭ تۆۋەن نومۇر 515.',
      'يىل بويى تەخمىنەن 110,000 تەكلىپنامە ئەۋەتىلدى.',
    );
    expect(facts(recap, '2026-01-05')).toEqual([]);
  });

  it('a guide ("يېتەكچى") and its example ("مەسىلەن") announce nothing', () => {
    const guide = L(
      'CRS نومۇرىنى قانداق ئۆستۈرۈش كېرەك؟ يېتەكچى',
      'فرانسۇز تىلى بىلسىڭىز 50 نومۇر قوشۇلىدۇ.',
      'مەسىلەن، 6-ئاۋغۇست فرانسۇز تىلى سىزىشىدا 5,000 كاندىداتقا تەكلىپنامە ئەۋەتىلدى، ئەڭ تۆۋەن نومۇر 391 بولدى.',
    );
    expect(facts(guide, '2026-08-10')).toEqual([]);
  });

  it('"516 بولۇپ، ئالدىنقى قېتىمدىكى 517 دىن 1 نومۇر تۆۋەن" (down from 517 in the previous round) keeps the cut-off 516', () => {
    const page = L('تۈنۈگۈن CEC بويىچە 428-نومۇرلۇق سىزىشتا 2,000 تەكلىپنامە ئەۋەتىلدى.', 'ئەڭ تۆۋەن نومۇر 516 بولۇپ، ئالدىنقى قېتىمدىكى 517 دىن 1 نومۇر تۆۋەن.');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516]]);
  });

  it('"ئۈلۈشكۈن" is the day before yesterday', () => {
    const page = 'ئۈلۈشكۈن IRCC ئۆلكە نامزاتلىرى (PNP) بويىچە 435-نومۇرلۇق سىزىشنى ئېلىپ باردى ۋە 442 كاندىداتقا تەكلىپنامە ئەۋەتتى. ئەڭ تۆۋەن CRS نومۇرى 760.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760]]);
  });

  it('a weekly round-up ("سىزىشلىرى", "ئۈچ قېتىم سىزىش") announces all three rounds', () => {
    const week = L(
      'بۇ ھەپتىدىكى Express Entry سىزىشلىرى',
      '2026-يىلى 8-ئاينىڭ 7-كۈنى',
      'بۇ ھەپتە IRCC ئۈچ قېتىم سىزىش ئېلىپ باردى:',
      '• 4-ئاۋغۇست — PNP — 431-نومۇرلۇق سىزىش — 507 تەكلىپنامە — ئەڭ تۆۋەن نومۇر 768',
      '• 5-ئاۋغۇست — CEC — 432-نومۇرلۇق سىزىش — 3,000 تەكلىپنامە — ئەڭ تۆۋەن نومۇر 516',
      '• 6-ئاۋغۇست — فرانسۇز تىلى — 433-نومۇرلۇق سىزىش — 5,000 تەكلىپنامە — ئەڭ تۆۋەن نومۇر 391',
    );
    expect(facts(week, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
      ['2026-08-06', '433', 'french', 5000, 391],
    ]);
  });
});
