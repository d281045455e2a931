import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isTongan } from '../../src/parse/text/gloss-tongan.ts';
import { isFijian } from '../../src/parse/text/gloss-fijian.ts';

/**
 * Tongan and Fijian draw news (src/parse/text/gloss-tongan.ts, gloss-fijian.ts; docs/parser.md "Tongan and Fijian"): glossed into
 * the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another country's
 * round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a page of a
 * neighbour language is not taken for theirs. Figures from IRCC's record (rounds 431 to 434).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

const SAMOAN = 'I le aso nei na valaaulia ai e le IRCC tagata e 3,000 i le CEC, ma o le maualalo o togi e 516. Ananafi e leai se draw i le vaiaso nei.';
const MAORI = 'I te rā nei, kua tukuna e IRCC ngā tono 3,000 ki ngā kaitono o te Canadian Experience Class. Ko te kaute iti rawa o te CRS he 516. Kua whakaaetanga inanahi.';
const MALAY = 'Hari ini IRCC telah menjemput 3,000 calon dalam kategori Canadian Experience Class. Skor CRS minimum ialah 516. Semalam ada juga cabutan untuk PNP.';
const CEBUANO = 'Karon nga adlaw, ang IRCC nag-imbitar og 3,000 ka tawo ubos sa Canadian Experience Class. Ang pinakaubos nga CRS mao ang 516. Gahapon adunay draw usab sa PNP.';

describe('Tongan', () => {
  it('a news item: "he ʻaho ní", "fakaafe fika #433", "Fakaafe ʻe 5,000", the cut-off and the tie-break', () => {
    const page = [
      'Ongoongo Hūfolau | Tonga',
      '6 ʻAokosi 2026',
      'Naʻe fakahoko he ʻaho ní ʻe he IRCC ʻa e fakaafe fika #433 ʻo e Express Entry ki he kau kole ʻoku poto ʻi he lea Falanisē.',
      '• Fakaafe ʻe 5,000',
      '• Maʻulalo taha ʻo e CRS: 391',
      '• Lao vahevahe tatau: 18 Maʻasi 2026, 23:32:40 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('"ʻaneafi" with a weekday, and a short channel post', () => {
    const news = 'ʻAneafi (Tūsite) naʻe fakaafe ʻa e IRCC ʻa e kau kole PNP ʻe 507 ʻo maʻulalo ʻa e CRS ki he 768. Ko e ongoongo lelei eni ki he kāinga ʻi Kānata.';
    expect(facts(news, '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const post = 'Express Entry he ʻaho ní: naʻe ʻave ʻa e fakaafe ʻe 3,000 ki he Canadian Experience Class pea ko e maaka maʻulalo taha ko e 516. Vakai ki hoʻo akauni!';
    expect(facts(post, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
  });

  it('a weekly round-up with two rounds: "Fakaafe ʻe ua ʻi he uike ni", weekdays with "ʻI he"', () => {
    const page = [
      'Fakaafe ʻe ua ʻi he uike ni',
      'ʻI he Tūsite (4 ʻAokosi 2026) naʻe fakaafe ʻa e kau PNP ʻe 507 (CRS 768).',
      'Pea ʻi he Pulelulu (5 ʻAokosi 2026) naʻe fakaafe ʻa e CEC ʻe 3,000, CRS 516.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768, null],
      ['2026-08-05', null, 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Fakahinohino: ko e hā ʻa e CRS? Sīpinga: ʻi he 5 ʻAokosi 2026, naʻe fakaafe ʻa e CEC ʻe 3,000 ʻi he CRS 516. Fakaleleiʻi hoʻo profile ʻi he IRCC.';
    const forecast = 'Kikite: ʻoku pehē ʻe he kau faleʻi ʻe fakaafe ʻa e CEC ʻe meimei 3,000 ʻi he uike kahaʻu, ʻo ofi ki he CRS 515. ʻOku ʻikai ko e ongoongo eni.';
    const recap = [
      'Fakamatala Fakamāhina – ʻAokosi 2026',
      'Naʻe fakahoko ʻe he IRCC ʻa e fakaafe ʻe ua ʻi ʻAokosi:',
      '2026-08-04 | PNP | 507 | CRS 768',
      '2026-08-05 | CEC | 3,000 | CRS 516',
      'Ko e hā ʻe hoko ʻi Sepitema? Te mau fakamatala atu.',
    ].join('\n');
    const province = 'Naʻe fakahoko he ʻaho ní ʻe he vahefonua Ontario ʻa e fakaafe OINP: kau kole ʻe 1,200, maaka maʻulalo taha ko e 470. ʻOku ʻikai ko e Express Entry eni.';
    const australia = 'Naʻe fakahoko he ʻaho ní ʻe ʻAositelēlia ʻa e fakaafe SkillSelect ʻe 5,000, maaka maʻulalo taha ko e 65. ʻOku ʻikai ko e fakaafe ia ʻa Kānata.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isTongan(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-08-08'] as const));
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('Monthly recap');
  });

  it('a hedged count is no count: "meimei" (about), "laka hake ʻi he" (more than), "ʻo aʻu ki he" (up to)', () => {
    const page = (hedge: string) => `Naʻe fakahoko he ʻaho ní ʻe he IRCC ʻa e fakaafe ki he CEC: fakaafe ${hedge}, pea ko e maaka maʻulalo taha ko e 516.`;
    expect(glossForeign(page('meimei 3,000'))).toContain('about 3,000');
    expect(glossForeign(page('laka hake ʻi he 3,000'))).toContain('more than 3,000');
    expect(glossForeign(page('ʻo aʻu ki he 3,000'))).toContain('up to 3,000');
  });

  it('an English page quoting a few Tongan words, and a Samoan, Maori, Malay or Cebuano page, is not taken for Tongan', () => {
    const english = 'IRCC invited 3,000 candidates today. In Tongan, "fakaafe" means invitation and "ʻaneafi" yesterday.';
    expect(glossForeign(english)).toBe(english);
    for (const page of [english, SAMOAN, MAORI, MALAY, CEBUANO]) expect(isTongan(page)).toBe(false);
    expect(glossForeign('ʻAneafi naʻe fakaafe ʻa e IRCC ʻa e kau kole CEC ʻe 3,000, pea ko e maaka maʻulalo taha ko e 516.')).toContain('the minimum score was 516');
  });
});

describe('Fijian', () => {
  it('a news item: "Ena siga nikua", "(No. 432)", "E 3,000 na ITA e soli", the cut-off and the tie-break', () => {
    const page = [
      'Fiji Times – Vakadidike',
      'Kenada: E 3,000 na sureti ki na CEC',
      'Ena siga nikua, a vakayacora kina na IRCC na sureti ni Express Entry (No. 432) ki na Canadian Experience Class. E 3,000 na ITA e soli, ka na iwiliwili lailai duadua ni CRS e 516.',
      'Na tie-break: 3 Julai 2026, 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('"nanoa" with a weekday, and a short channel post', () => {
    const news = 'Nanoa, Tusiti: Provincial Nominee Program – 507 na sureti, na CRS lailai duadua 768 (draw #431). E sega tale ni draw ena siga nikua.';
    expect(facts(news, '2026-08-05')).toEqual([['2026-08-04', '431', 'pnp', 507, 768, null]]);
    const post = '#ExpressEntry Nikua: Na IRCC e sureti e 300 na dau tagi ena draw ni Transport #434. CRS lailai duadua: 470. Kerei mo wasea vei ira na wekamu!';
    expect(facts(post, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
  });

  it('a weekly round-up with two rounds: "Rua na sureti ena macawa oqo", weekdays with "ena"', () => {
    const page = [
      'Rua na sureti ena macawa oqo',
      'Ena Tusiti 4 Okosita 2026: Provincial Nominee Program – 507 na sureti, CRS 768 (#431).',
      'Ena Vukelulu 5 Okosita 2026: Canadian Experience Class – 3,000 na ITA, na CRS lailai duadua 516 (#432).',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Ivakamacala: na cava na CRS? Me vakaibalebale: ena 5 Okosita 2026 a sureti e 3,000 na dau tagi ni CEC ena CRS 516. Vakavinakataka na nomu profile.';
    const forecast = 'Na cava e na yaco ena Seveteba 2026? E rawa ni sureti e rauta ni 3,000 na dau tagi ni CEC, ka na CRS lailai duadua e volekata na 515. E sega ni itukutuku vou oqo.';
    const recap = ['Itukutuku ni vula – Okosita 2026', '2026-08-04 | PNP | 507 | CRS 768', '2026-08-05 | CEC | 3,000 | CRS 516', 'E sega tale ni sureti ena vula oqo.'].join('\n');
    const province = 'Nikua, na yasana o Ontario e sureti e 1,200 na dau tagi ena OINP, ka na CRS lailai duadua e 470. E sega ni sureti ni Express Entry oqo.';
    const australia = 'Ena siga nikua, a sureti kina o Ositerelia e 5,000 na dau tagi ena SkillSelect, ka na maka lailai duadua e 65. E sega ni sureti mai Kenada oqo.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isFijian(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-08-08'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "rauta ni" (about), "sivia na" (more than), "me yacova na" (up to)', () => {
    const page = (hedge: string) => `Ena siga nikua, a vakayacora kina na IRCC na sureti ni Express Entry, ka sureti kina e ${hedge} na dau tagi ni CEC. Na CRS lailai duadua e 516.`;
    expect(glossForeign(page('rauta ni 3,000'))).toContain('about 3,000');
    expect(glossForeign(page('sivia na 3,000'))).toContain('more than 3,000');
    expect(glossForeign(page('me yacova na 3,000'))).toContain('up to 3,000');
  });

  it('an English page quoting a few Fijian words, and a Samoan, Maori, Malay or Cebuano page, is not taken for Fijian', () => {
    const english = 'IRCC invited 3,000 candidates today. In Fijian, "sureti" means invitation and "nikua" today.';
    expect(glossForeign(english)).toBe(english);
    for (const page of [english, SAMOAN, MAORI, MALAY, CEBUANO]) expect(isFijian(page)).toBe(false);
    expect(glossForeign('Nanoa, a sureti kina na IRCC e 3,000 na dau tagi ni CEC, ka na iwiliwili lailai duadua ni CRS e 516.')).toContain('the minimum CRS score was 516');
  });
});
