import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Igbo and Lao draw news (docs/parser.md "Igbo and Lao"): the glossaries of gloss-igbo.ts and gloss-lao.ts rewrite them into the
 * English the reader knows; pages that announce nothing (a guide, a forecast, a month's recap, a province's or another country's
 * draw) still announce nothing, and an English page quoting a few words of Igbo stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Igbo (gloss-igbo.ts)', () => {
  it('a news page: "Ụnyaahụ, IRCC kpọrọ ndị 1,250", "Akara CRS kacha nta bụ 541", "Nọmba ịkpọ òkù"; an earlier round ("Na 3 Ọktoba, …") is context', () => {
    const page = [
      'Akụkọ Canada: ịkpọ òkù CEC',
      'Ebe nrụọrụ: NaijaJapa.ng | Tọọzdee 16 Ọktoba 2025',
      'Ụnyaahụ, IRCC kpọrọ ndị 1,250 n’okpuru Canadian Experience Class. Akara CRS kacha nta bụ 541.',
      'Nọmba ịkpọ òkù: 371',
      'Nke a bụ ịkpọ òkù CEC nke abụọ n’ọnwa Ọktoba. Na 3 Ọktoba, a kpọrọ ndị 1,000 na akara 534.',
    ].join('\n');
    expect(facts(page, '2025-10-16')).toEqual([['2025-10-15', '371', 'cec', 1250, 541, null]]);
  });

  it('a post: "Taa bụ Mọnde", "ịkpọ òkù nke 290", "Ndị a kpọrọ", "Akara dị ala kacha", the tie-break ("Iwu ịkewa mmadụ nwere otu akara")', () => {
    const page = [
      'Express Entry: ịkpọ òkù ọzọ taa',
      '4 Maachị 2024',
      'Taa bụ Mọnde, IRCC mere ịkpọ òkù nke 290 nke Express Entry. Ọ bụ ịkpọ òkù maka mmemme niile (all-program draw).',
      '• Ndị a kpọrọ: 1,980',
      '• Akara dị ala kacha: 524',
      'Iwu ịkewa mmadụ nwere otu akara: February 20, 2024 at 11:32:42 UTC.',
    ].join('\n');
    expect(facts(page, '2024-03-04')).toEqual([['2024-03-04', '290', 'general', 1980, 524, '2024-02-20']]);
  });

  it('a month\'s recap ("Nchịkọta ọnwa Jun 2025") with its table announces nothing', () => {
    const page = [
      'Nchịkọta ọnwa Jun 2025: Express Entry',
      'Site n’aka: Ngozi Eze | 1 Julaị 2025',
      'Ọnwa Jun nwere ịkpọ òkù atọ.',
      '| Ụbọchị | Round | Mmemme | ITA | CRS |',
      '| 2 Jun | 350 | PNP | 503 | 726 |',
      '| 4 Jun | 351 | Healthcare | 500 | 504 |',
      '| 10 Jun | 352 | PNP | 125 | 784 |',
    ].join('\n');
    expect(glossForeign(page)).toContain('June 2025 recap');
    expect(facts(page, '2025-07-01')).toEqual([]);
  });

  it('a guide ("Ntuziaka", "Ọmụmaatụ") and a forecast ("Ihe anyị na-atụ anya") announce nothing', () => {
    const guide = [
      'Otu esi eme ka akara CRS gị dịkwuo elu (Ntuziaka 2025)',
      'Blọọgụ Njem | 12/05/2025',
      'Ọmụmaatụ: na ịkpọ òkù CEC nke 2 Mee 2025 (Round 348), a kpọrọ ndị 500 na akara 510.',
      'Mụta French iji nweta akara ndị ọzọ.',
    ].join('\n');
    expect(glossForeign(guide)).toContain('For example,');
    expect(facts(guide, '2025-05-12')).toEqual([]);
    const forecast = ['Express Entry: izu a', '8 Septemba 2025', 'Ihe anyị na-atụ anya: ịkpọ òkù CEC na-esote nwere ike ịbịa, akara 530 ruo 540.'].join('\n');
    expect(glossForeign(forecast)).toContain('the next CEC draw');
    expect(facts(forecast, '2025-09-08')).toEqual([]);
  });

  it("a province's draw (Ontario) and another country's (Australia) announce nothing", () => {
    const province = ['Akụkọ Ontario', '14 Ọgọọst 2025', 'Ontario kpọrọ ndị 1,100 n’okpuru OINP Human Capital Priorities. Akara kacha nta bụ 450.'].join('\n');
    expect(glossForeign(province)).toContain('invited 1,100 candidates under OINP');
    expect(facts(province, '2025-08-14')).toEqual([]);
    const australia = ['Akụkọ Australia', '20 Septemba 2024', 'Australia kpọrọ ndị 10,000 maka SkillSelect subclass 189 ụnyaahụ. Akara kacha nta bụ 65.'].join('\n');
    expect(facts(australia, '2024-09-20')).toEqual([]);
  });

  it('an English page quoting Igbo words ("Ịkpọ òkù", "Ụnyaahụ") stays as it is; the words in an Igbo line are glossed', () => {
    expect(glossForeign('Ụnyaahụ, IRCC kpọrọ ndị 1,250 n’okpuru Canadian Experience Class. Akara CRS kacha nta bụ 541. Taa bụ Tọọzdee.')).toContain('Yesterday, IRCC invited 1,250 candidates');
    const page = 'Express Entry draw #300: IRCC invited 3,500 candidates on June 19, 2024 (Igbo readers call it "ịkpọ òkù"; "Ụnyaahụ" means yesterday). The minimum CRS score was 521.';
    expect(glossForeign(page)).toBe(page);
  });
});

describe('Lao (gloss-lao.ts)', () => {
  it('a news page: "ວັນອັງຄານ, 9 ກັນຍາ 2025", "ມື້ນີ້", "ຮອບທີ 366", "ໃບເຊີນ", "ຄະແນນ CRS ຕ່ຳສຸດ", the tie-break', () => {
    const page = [
      'ຂ່າວການາດາ',
      'ວັນອັງຄານ, 9 ກັນຍາ 2025',
      'ມື້ນີ້ IRCC ໄດ້ຈັດຮອບທີ 366 ສຳລັບພາສາຝຣັ່ງ.',
      'ຈຳນວນໃບເຊີນ (ITA): 4,500',
      'ຄະແນນ CRS ຕ່ຳສຸດ: 446',
      'ກົດການຕັດສິນຄະແນນເທົ່າກັນ: August 20, 2025 at 10:12:55 UTC',
    ].join('\n');
    expect(facts(page, '2025-09-09')).toEqual([['2025-09-09', '366', 'french', 4500, 446, '2025-08-20']]);
  });

  it('yesterday\'s round ("ວານນີ້"), Lao digits, a count of people ("໑,໕໐໐ ຄົນ"); an earlier round ("ຈາກ … ໃນຮອບ") is context', () => {
    const page = ['ການາດາເຊີນ ໑,໕໐໐ ຄົນ ຈາກ CEC', '໒໓ ເມສາ ໒໐໒໕', 'ວານນີ້ IRCC ໄດ້ເຊີນຜູ້ສະໝັກ ໑,໕໐໐ ຄົນ ໃນ Canadian Experience Class. ຄະແນນຕ່ຳສຸດແມ່ນ ໕໓໐.', 'ຄະແນນຫຼຸດລົງຈາກ 535 ໃນຮອບ CEC ວັນທີ 8 ເມສາ.'].join('\n');
    expect(facts(page, '2025-04-23')).toEqual([['2025-04-22', null, 'cec', 1500, 530, null]]);
  });

  it('a pool update ("ອັບເດດ") naming the latest round announces nothing', () => {
    const page = [
      'ອັບເດດ: ຄະແນນໃນ Pool Express Entry',
      'ວັນທີ 5 ມີນາ 2025',
      '| ຊ່ວງຄະແນນ | ຈຳນວນຜູ້ສະໝັກ |',
      '| 501-600 | 20,100 |',
      '| 451-500 | 65,300 |',
      'ຮອບ CEC ຫຼ້າສຸດ (3 ມີນາ) ມີຄະແນນຕ່ຳສຸດ 521 ກັບ 500 ໃບເຊີນ.',
    ].join('\n');
    expect(glossForeign(page)).toContain('Update:');
    expect(facts(page, '2025-03-05')).toEqual([]);
  });

  it('a guide ("ຄູ່ມື", "ຕົວຢ່າງ") and a forecast ("ຄາດຄະເນ", "ຄາດວ່າ") announce nothing', () => {
    const guide = ['ຄູ່ມື: ວິທີເພີ່ມຄະແນນ CRS', '10 ມັງກອນ 2025', 'ຕົວຢ່າງ: ຮອບທີ 330 ໄດ້ເຊີນ 1,350 ຄົນ ແລະ ຄະແນນ CRS ຕ່ຳສຸດ 542.'].join('\n');
    expect(glossForeign(guide)).toContain('For example,');
    expect(facts(guide, '2025-01-10')).toEqual([]);
    const forecast = ['ຄາດຄະເນ Express Entry ອາທິດນີ້', '2 ມິຖຸນາ 2025', 'ຄາດວ່າ IRCC ຈະເຊີນ 3,000 ຄົນ ແລະ ຄະແນນ CRS ຕ່ຳສຸດ 520.'].join('\n');
    expect(glossForeign(forecast)).toContain('Forecast Express Entry');
    expect(facts(forecast, '2025-06-02')).toEqual([]);
  });

  it('a month\'s recap ("ສະຫຼຸບປະຈຳເດືອນ") and another country\'s round (Australia) announce nothing', () => {
    const recap = ['ສະຫຼຸບປະຈຳເດືອນ ພຶດສະພາ 2025: Express Entry', '1 ມິຖຸນາ 2025', 'ເດືອນ ພຶດສະພາ ມີການຈັບສະຫຼາກ 3 ຮອບ ແລະ 3,500 ໃບເຊີນ.'].join('\n');
    expect(glossForeign(recap)).toContain('Monthly recap');
    expect(facts(recap, '2025-06-01')).toEqual([]);
    const australia = ['ຂ່າວອົດສະຕຣາລີ', '20 ກັນຍາ 2024', 'Australia SkillSelect ໄດ້ເຊີນ 10,000 ຄົນ ສຳລັບ subclass 189 ແລະ ຄະແນນຕ່ຳສຸດ 65.'].join('\n');
    expect(facts(australia, '2024-09-20')).toEqual([]);
  });
});
