import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Igbo and Lao glossaries (docs/parser.md "Igbo and Lao", "Audit (session 57)"): the day before yesterday read as
 * yesterday, hedged counts read as sure ones, a comparison with the previous round that hid the cut-off or the whole round, a
 * count of letters read as a round's number, a year's recap, a guide and a forecast read as news. A wrong value is worse than
 * none: where the page gives no sure value, the field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Igbo (gloss-igbo.ts)', () => {
  it('"Nta ụnyaahụ" and "ụbọchị abụọ gara aga" are the day before yesterday, not yesterday', () => {
    const body = ', IRCC mere ịkpọ òkù nke 435 maka Provincial Nominee Program. A kpọrọ ndị 442. Akara CRS kacha nta bụ 760.';
    expect(facts(`Akụkọ: ịkpọ òkù PNP\nNta ụnyaahụ${body}`, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    expect(facts(`Akụkọ: ịkpọ òkù PNP\nN’ụbọchị abụọ gara aga${body}`, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('"akwụkwọ ịkpọ òkù 442" (442 letters of invitation) is a count, not round 442', () => {
    const page = ['Akụkọ Express Entry', 'Ụnyaahụ, IRCC zipụrụ akwụkwọ ịkpọ òkù 442 nye ndị nọ n’usoro Provincial Nominee Program. Akara kacha nta bụ 760.'].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
  });

  it('"N’ụbọchị 24 n’ọnwa Jun 2026" is June 24, not a span of 24 days', () => {
    const page = [
      'Express Entry: ịkpọ òkù maka ndị dọkịta',
      'N’ụbọchị 24 n’ọnwa Jun 2026, IRCC mere ịkpọ òkù nke 421 maka Physicians with Canadian Work Experience. A kpọrọ ndị 271. Akara CRS kacha nta bụ 223.',
    ].join('\n');
    expect(facts(page, '2026-06-26')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, null]]);
  });

  it('hedged counts ("ihe dị ka", about; "ihe karịrị", more than; "ruo", up to) give no count', () => {
    const about = ['Express Entry: ịkpọ òkù ahụike', '25 Jun 2026', 'Taa, IRCC kpọrọ ihe dị ka ndị 4,000 maka Healthcare and Social Services Occupations. Akara CRS kacha nta bụ 475.'].join('\n');
    expect(facts(about, '2026-06-25')).toEqual([['2026-06-25', null, 'healthcare', null, 475, null]]);
    const more = ['Express Entry: ịkpọ òkù PNP', '4 Ọgọọst 2026', 'Taa, IRCC kpọrọ ihe karịrị ndị 500 n’okpuru Provincial Nominee Program. Akara CRS kacha nta bụ 768.'].join('\n');
    expect(facts(more, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
    const upTo = ['Express Entry: ịkpọ òkù French', '19 Ọgọọst 2026', 'Taa, IRCC kpọrọ ruo ndị 5,000 maka French-language proficiency. Akara CRS kacha nta bụ 382.'].join('\n');
    expect(facts(upTo, '2026-08-19')).toEqual([['2026-08-19', null, 'french', null, 382, null]]);
  });

  it('"o si na 517 n’ịkpọ òkù gara aga gbadata" (down from 517 in the previous round) keeps the round', () => {
    const page = [
      'Express Entry: CEC',
      '5 Ọgọọst 2026',
      'Taa, IRCC mere ịkpọ òkù nke 432. A kpọrọ ndị 3,000 n’okpuru Canadian Experience Class. Akara CRS kacha nta bụ 516, o si na 517 n’ịkpọ òkù gara aga gbadata.',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('"ịkpọ òkù CEC nke 432" and "ịkpọ òkù nke 427," give their round numbers', () => {
    const title = ['Express Entry: ịkpọ òkù CEC nke 432', '5 Ọgọọst 2026', 'Taa, IRCC kpọrọ ndị 3,000 n’okpuru Canadian Experience Class. Akara CRS kacha nta bụ 516.'].join('\n');
    expect(facts(title, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
    const comma = ['Akụkọ Express Entry', '20 Julaị 2026', 'Taa, IRCC mere ịkpọ òkù nke 427, maka Provincial Nominee Program. A kpọrọ ndị 511. Akara CRS kacha nta bụ 744.'].join('\n');
    expect(facts(comma, '2026-07-20')).toEqual([['2026-07-20', '427', 'pnp', 511, 744, null]]);
  });

  it('a guide quoting the last round ("N’ịkpọ òkù CEC ikpeazụ") and a year\u2019s recap ("Ihe mere n’afọ 2025") announce nothing', () => {
    const guide = [
      'Kedu akara CRS ị chọrọ iji nweta òkù?',
      'Blọọgụ Njem | 10 Ọgọọst 2026',
      'N’ịkpọ òkù CEC ikpeazụ (5 Ọgọọst 2026), a kpọrọ ndị 3,000; akara CRS kacha nta bụ 516.',
      'Ọ bụrụ na akara gị karịrị 516, ị nwere ohere.',
    ].join('\n');
    expect(facts(guide, '2026-08-10')).toEqual([]);
    const year = [
      'Ihe mere n’afọ 2025: Express Entry',
      'Site n’aka: Ngozi Eze | 2 Jenụwarị 2026',
      'N’afọ 2025, IRCC mere ịkpọ òkù iri anọ. Ịkpọ òkù ikpeazụ nke afọ ahụ bụ nke 387: a kpọrọ ndị 1,000 na akara 515.',
      'N’ọnwa Disemba, IRCC kpọrọ ndị 6,000 na ịkpọ òkù French; akara kacha nta bụ 399.',
    ].join('\n');
    expect(facts(year, '2026-01-02')).toEqual([]);
  });
});

describe('Lao (gloss-lao.ts)', () => {
  it('"ມື້ວານຊືນ" is the day before yesterday, not yesterday', () => {
    const page = ['ຂ່າວ Express Entry', 'ມື້ວານຊືນ IRCC ໄດ້ຈັດຮອບທີ 435 ສຳລັບ Provincial Nominee Program, ເຊີນຜູ້ສະໝັກ 442 ຄົນ. ຄະແນນ CRS ຕ່ຳສຸດແມ່ນ 760.'].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('"ມີຜູ້ສະໝັກ ໔໔໒ ຄົນ ໄດ້ຮັບໃບເຊີນ" (442 candidates received invitations) gives the count', () => {
    const page = ['ຂ່າວດ່ວນ: ການຈັບສະຫຼາກ PNP', 'ວັນທີ ໑໗ ສິງຫາ ໒໐໒໖, IRCC ໄດ້ຈັດຮອບທີ ໔໓໕ ສຳລັບ Provincial Nominee Program. ມີຜູ້ສະໝັກ ໔໔໒ ຄົນ ໄດ້ຮັບໃບເຊີນ. ຄະແນນ CRS ຕ່ຳສຸດ ໗໖໐.'].join('\n');
    expect(facts(page, '2026-08-17')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('hedged counts ("ປະມານ", about; "ຫຼາຍກວ່າ", more than; "ເຖິງ", up to) give no count', () => {
    const page = (hedged: string, program: string, score: number) =>
      ['ຂ່າວ Express Entry', '4 ສິງຫາ 2026', `ມື້ນີ້ IRCC ໄດ້ເຊີນຜູ້ສະໝັກ${hedged} ຄົນ ສຳລັບ ${program}. ຄະແນນ CRS ຕ່ຳສຸດແມ່ນ ${String(score)}.`].join('\n');
    expect(facts(page('ປະມານ 4,000', 'Healthcare and Social Services Occupations', 475), '2026-08-04')).toEqual([['2026-08-04', null, 'healthcare', null, 475, null]]);
    expect(facts(page('ຫຼາຍກວ່າ 500', 'Provincial Nominee Program', 768), '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
    expect(facts(page('ເຖິງ 5,000', 'French-language proficiency', 382), '2026-08-04')).toEqual([['2026-08-04', null, 'french', null, 382, null]]);
  });

  it('a comparison with the previous round ("ຫຼຸດລົງຈາກ 517 ໃນຮອບກ່ອນ", "ເພີ່ມຂຶ້ນຈາກ 2,000 ຄົນ ໃນຮອບທີ່ແລ້ວ") keeps the cut-off', () => {
    const down = ['ຂ່າວ Express Entry', '5 ສິງຫາ 2026', 'ມື້ນີ້ IRCC ໄດ້ຈັດຮອບທີ 432 ສຳລັບ Canadian Experience Class, ເຊີນ 3,000 ຄົນ. ຄະແນນ CRS ຕ່ຳສຸດແມ່ນ 516, ຫຼຸດລົງຈາກ 517 ໃນຮອບກ່ອນ.'].join('\n');
    expect(facts(down, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
    const up = ['ຂ່າວ Express Entry', '5 ສິງຫາ 2026', 'ມື້ນີ້ IRCC ໄດ້ຈັດຮອບທີ 432 ສຳລັບ Canadian Experience Class, ເຊີນ 3,000 ຄົນ ເພີ່ມຂຶ້ນຈາກ 2,000 ຄົນ ໃນຮອບທີ່ແລ້ວ. ຄະແນນ CRS ຕ່ຳສຸດແມ່ນ 516.'].join('\n');
    expect(facts(up, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('a year\u2019s recap ("ທົບທວນປີ 2025", "40 ຮອບ" forty draws), a guide ("ໃນຮອບ CEC ຄັ້ງລ່າສຸດ") and a forecast ("ຮອບ CEC ຕໍ່ໄປ") announce nothing', () => {
    const year = ['ທົບທວນປີ 2025: Express Entry', 'ໃນປີ 2025 IRCC ໄດ້ຈັດການຈັບສະຫຼາກທັງໝົດ 40 ຮອບ.', 'ໃນເດືອນທັນວາ, IRCC ໄດ້ເຊີນຜູ້ສະໝັກ 6,000 ຄົນ ໃນຮອບພາສາຝຣັ່ງ, ຄະແນນ CRS ຕ່ຳສຸດ 399.'].join('\n');
    expect(facts(year, '2026-01-03')).toEqual([]);
    const guide = ['ຕ້ອງມີຄະແນນ CRS ເທົ່າໃດຈຶ່ງຈະໄດ້ຮັບໃບເຊີນ?', '10 ສິງຫາ 2026', 'ໃນຮອບ CEC ຄັ້ງລ່າສຸດ (5 ສິງຫາ 2026), IRCC ເຊີນ 3,000 ຄົນ ແລະ ຄະແນນ CRS ຕ່ຳສຸດແມ່ນ 516.', 'ຖ້າຄະແນນຂອງທ່ານສູງກວ່າ 516 ທ່ານມີໂອກາດ.'].join('\n');
    expect(facts(guide, '2026-08-10')).toEqual([]);
    const forecast = ['ຮອບຕໍ່ໄປ: IRCC ຈະເຊີນ 3,000 ຄົນ?', '10 ສິງຫາ 2026', 'ຮອບ CEC ຕໍ່ໄປ ຈະມີຂຶ້ນໃນອາທິດໜ້າ. ຄະແນນ CRS ຕ່ຳສຸດ ອາດຢູ່ປະມານ 515.'].join('\n');
    expect(facts(forecast, '2026-08-10')).toEqual([]);
  });
});
