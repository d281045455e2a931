import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isHawaiian } from '../../src/parse/text/gloss-hawaiian.ts';
import { isChamorro } from '../../src/parse/text/gloss-chamorro.ts';
import { isMaori } from '../../src/parse/text/gloss-maori.ts';
import { isTongan } from '../../src/parse/text/gloss-tongan.ts';
import { isSamoan } from '../../src/parse/text/gloss-samoan.ts';
import { isFijian } from '../../src/parse/text/gloss-fijian.ts';
import { isMalagasy } from '../../src/parse/text/gloss-malagasy.ts';
import { isCebuano } from '../../src/parse/text/gloss-cebuano.ts';
import { isIlocano } from '../../src/parse/text/gloss-ilocano.ts';
import { isPangasinan } from '../../src/parse/text/gloss-pangasinan.ts';
import { isMalay } from '../../src/parse/text/gloss-malay.ts';

/**
 * Hawaiian and Chamorro draw news (src/parse/text/gloss-hawaiian.ts, gloss-chamorro.ts; docs/parser.md "Hawaiian and Chamorro"):
 * glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a page of a
 * neighbour language (Maori, Tongan, Samoan, Fijian, Malagasy; Tagalog, Cebuano, Ilocano, Pangasinan, Spanish, Malay) is not taken
 * for theirs. Figures from IRCC's record (rounds 427 to 434).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

const HAWAIIAN = 'I kēia lā ua mālama ʻo IRCC i ka pōʻai 432. Ua loaʻa i nā moho CEC he 3,000 kono, a ʻo 516 ka helu CRS haʻahaʻa loa. ʻAʻohe pōʻai i nehinei.';
const CHAMORRO = "Pågo na ha'åni ha na'i i IRCC 3,000 na imbitasion para i CEC gi draw #432. I menos na CRS 516. Nigap ti guaha draw.";
const MAORI = 'I tēnei rā, i tukuna e IRCC ngā pōwhiri 3,000 ki ngā kaitono CEC. Ko te kaute iti rawa he 516. Kua oti te rauna tuarua o te wiki nei.';
const TONGAN = 'Naʻe fakahoko ʻe IRCC ʻa e fakaafe fika #432 he ʻaho ní. Naʻe fakaafe ʻa e kau kole CEC ʻe 3,000. Maʻulalo taha ʻo e CRS: 516. ʻOku mau ʻamanaki ki he fakaafe hoko.';
const SAMOAN = 'O le aso nei na valaaulia ai e IRCC le 3,000 tagata o le CEC i le draw lona 432. O le maualalo o togi CRS e 516. Sa leai se draw ananafi.';
const FIJIAN = 'Nikua e vakayacora na IRCC na droini naba 432 ka sureti e 3,000 na dau tagi ni CEC mai Kenada. Na maka lailai duadua ni CRS e 516. E sega ni dua na droini nanoa.';
const MALAGASY = 'Androany, nanao fisintonana Express Entry ny IRCC ary nasaina ny mpilatsaka 3 000 CEC. Ny isa CRS ambany indrindra dia 516. Omaly tsy nisy fisintonana tao Kanada.';
const TAGALOG = 'Ngayong araw, nag-imbita ang IRCC ng 3,000 kandidato sa CEC. Ang pinakamababang CRS score ay 516. Kahapon ay walang draw, pero may isa pa ngayong linggo.';
const CEBUANO = 'Karon, nagpadala ang IRCC og 3,000 ka imbitasyon sa mga kandidato sa CEC. Ang pinakaubos nga CRS score mao ang 516. Gahapon walay draw niadtong semanaha.';
const ILOCANO = 'Ita nga aldaw, nangimbitar ti IRCC iti 3,000 a kandidato iti CEC. Ti kababaan a CRS ket 516. Idi kalman awan ti draw, ngem adda manen daytoy a lawas.';
const PANGASINAN = 'Natan ya agew, inimbita na IRCC so 3,000 ran kandidato ed CEC. Say pinaka-abebay ya CRS et 516. Anggapo so draw ed akalabas ya agew.';
const SPANISH = 'Hoy IRCC invitó a 3,000 candidatos de la Clase de Experiencia Canadiense. El puntaje CRS mínimo fue 516. Ayer no hubo sorteo esta semana.';
const MALAY = 'Hari ini IRCC menjemput 3,000 calon CEC dengan skor CRS minimum 516. Cabutan ini adalah yang kedua untuk minggu ini dan ada lagi yang baru.';

describe('Hawaiian', () => {
  it('a news item: "i kēia lā", "ka pōʻai kono #433", "ʻōlelo Palani", the cut-off and the tie-break', () => {
    const page = [
      'Nūhou Hoʻoneʻe ʻĀina',
      'Ua hoʻouna ʻo IRCC i nā kono he 5,000 no ka ʻōlelo Palani',
      '6 ʻAukake 2026',
      'I kēia lā, Pōʻahā, ua mālama ʻia ka pōʻai kono #433 o Express Entry. Ua hoʻouna ʻo IRCC i 5,000 kono i nā moho i mākaukau i ka ʻōlelo Palani.',
      'Ka helu CRS haʻahaʻa loa: 391.',
      'Ka manawa hoʻokaʻawale: March 18, 2026 ma 23:32:40 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('"i nehinei" with a weekday, and a short channel post', () => {
    const news = 'I nehinei, Pōʻalua 4 ʻAukake 2026, ua kono ʻia nā moho PNP he 507 ma ka pōʻai 431. ʻO 768 ka helu CRS haʻahaʻa loa. E nānā i kāu moʻolelo.';
    expect(facts(news, '2026-08-05')).toEqual([['2026-08-04', '431', 'pnp', 507, 768, null]]);
    const post = '📢 Pōʻai Express Entry #432 i kēia lā: ua hoʻouna ʻia nā kono he 3,000 i nā moho CEC, CRS 516. Mahalo!';
    expect(facts(post, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('a weekly round-up with two rounds: "ʻElua pōʻai … i kēia pule", weekdays with "ma ka"', () => {
    const page = [
      'ʻElua pōʻai Express Entry i kēia pule',
      'Ma ka Pōʻakahi, 20 Iulai 2026, ua mālama ʻo IRCC i ka pōʻai 427: ua kono ʻia nā moho PNP he 511, me ka helu CRS haʻahaʻa loa he 744.',
      'Ma ka Pōʻalua, 21 Iulai 2026, ua mālama ʻo IRCC i ka pōʻai 428: ua kono ʻia nā moho CEC he 2,000, me ka helu CRS haʻahaʻa loa he 516.',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a month's recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Alakaʻi: pehea e loaʻa ai ke kono Express Entry? Ma ke ʻano he laʻana, ma 5 ʻAukake 2026 ua kono ʻia nā moho CEC he 3,000 me ka helu CRS 516. E hana mua i kāu moʻolelo.';
    const forecast = 'Wānana: ʻapōpō paha e mālama ʻo IRCC i kekahi pōʻai CEC hou. Manaʻo mākou e hoʻouna ʻia ma kahi o 3,000 kono, a ʻo ka helu CRS haʻahaʻa loa ma kahi o 515.';
    const recap = [
      'Hōʻuluʻulu o Iulai 2026: Express Entry',
      'Ma Iulai, ʻehā pōʻai i mālama ʻia:',
      '• 6 Iulai 2026 — PNP, 534 kono, CRS 708',
      '• 7 Iulai 2026 — CEC, 2,000 kono, CRS 517',
      '• 9 Iulai 2026 — ʻŌlelo Palani, 5,000 kono, CRS 420',
      'He hōʻuluʻulu kēia no ka mahina holoʻokoʻa.',
    ].join('\n');
    const province = 'I kēia lā ua mālama ka panalāʻau ʻo Ontario i kāna pōʻai OINP: ua kono ʻia nā moho he 1,200 me ka helu 470. ʻAʻole kēia he pōʻai Express Entry.';
    const australia = 'I kēia lā ua mālama ʻo Nūhōlani i kahi pōʻai SkillSelect: ua kono ʻia nā moho he 5,000 me ka helu 65. ʻAʻole no Kanakā kēia pōʻai.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isHawaiian(page), page).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-08-08'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "ma kahi o" (about), "ʻoi aku ma mua o" (more than), "a hiki i" (up to)', () => {
    const page = (hedge: string) => `I kēia lā ua mālama ʻo IRCC i ka pōʻai CEC, a ua hoʻouna ʻia ${hedge} kono. ʻO 516 ka helu CRS haʻahaʻa loa. ʻAʻohe pōʻai i nehinei.`;
    expect(glossForeign(page('ma kahi o 3,000'))).toContain('about 3,000');
    expect(glossForeign(page('ʻoi aku ma mua o 3,000'))).toContain('more than 3,000');
    expect(glossForeign(page('a hiki i 3,000'))).toContain('up to 3,000');
  });

  it('an English page quoting a few Hawaiian words, and a Maori, Tongan, Samoan, Fijian or Malagasy page, is not taken for Hawaiian', () => {
    const english = 'IRCC invited 3,000 candidates today. In Hawaiian, "kono" means invitation, "pōʻai" a round and "i kēia lā" today.';
    expect(glossForeign(english)).toBe(english);
    for (const page of [english, MAORI, TONGAN, SAMOAN, FIJIAN, MALAGASY, CHAMORRO]) expect(isHawaiian(page), page).toBe(false);
    expect([isMaori(MAORI), isTongan(TONGAN), isSamoan(SAMOAN), isFijian(FIJIAN), isMalagasy(MALAGASY)]).toEqual([true, true, true, true, true]);
    for (const page of [MAORI, TONGAN, SAMOAN, FIJIAN, MALAGASY]) expect(glossForeign(page), page).not.toContain('the minimum CRS score was 516.');
    expect(glossForeign(HAWAIIAN)).toContain('the minimum CRS score was 516.');
  });
});

describe('Chamorro', () => {
  it('a news item: "pågo na ha\'åni", "ha na\'i i IRCC … na imbitasion", the cut-off and the tie-break', () => {
    const page = [
      'Nuebu na draw para i CEC: 3,000 na imbitasion',
      '5 di Agostu, 2026',
      "Pågo na ha'åni (Mietkoles), ha na'i i IRCC 3,000 na imbitasion para i manmachocho gi Canadian Experience Class gi draw #432. I menos na CRS 516.",
      'Tie-break: July 3, 2026 gi 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('"nigap" with a weekday, and a short channel post', () => {
    const news = "Nigap (Måttes, 4 di Agostu, 2026), ha na'i i IRCC 507 na imbitasion para i PNP gi draw #431, yan i menos na puntos 768.";
    expect(facts(news, '2026-08-05')).toEqual([['2026-08-04', '431', 'pnp', 507, 768, null]]);
    const post = "📢 Guaha nuebu na draw pågo na ha'åni! Draw #433: 5,000 na imbitasion para i fino' Fransés, i menos na CRS 391.";
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, null]]);
  });

  it('a weekly round-up with two rounds: "Dos na draw gi este na simåna", weekdays with "gi"', () => {
    const page = [
      'Dos na draw gi este na simåna',
      'Gi Lunes, 20 di Huliu, 2026: draw #427, PNP, 511 na imbitasion, i menos na CRS 744.',
      'Gi Måttes, 21 di Huliu, 2026: draw #428, CEC, 2,000 na imbitasion, i menos na CRS 516.',
      "Si Yu'os ma'åse' pot un taitai.",
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, a province's draw and another country's draw announce nothing", () => {
    const guide = "Guia: Taimanu na un risibi un imbitasion Express Entry. Ehemplo: gi 5 di Agostu, 2026, i draw #432 ha imbita 3,000 na taotao yan CRS 516. Fa'tinas un profile fine'nana.";
    const forecast = "Prediksion: agupa' siña guaha nuebu na draw para i CEC. Ta hasso kåsi 3,000 na imbitasion, yan i menos na CRS kåsi 515. Ti este nuebu.";
    const recap = [
      'Risumen para i såkkan 2025: Express Entry',
      '• 16 di Disembre, 2025 — CEC, 5,000 na imbitasion, CRS 515',
      '• 25 di Nobiembre, 2025 — PNP, 777 na imbitasion, CRS 699',
      "Guaha meggai na draw gi i såkkan. Si Yu'os ma'åse'.",
    ].join('\n');
    const province = "Pågo na ha'åni, i probinsia Ontario ha imbita 1,200 na taotao gi i OINP na draw, yan i menos na puntos 470. Ti Express Entry na draw este.";
    const australia = "Pågo na ha'åni, Australia ha imbita 5,000 na taotao gi SkillSelect, yan i menos na puntos 65. Ti para Kanada este, guaha otro na draw.";
    for (const page of [guide, forecast, recap, province, australia]) expect(isChamorro(page), page).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-08-08'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "kåsi" (about), "mås ki" (more than), "asta" (up to)', () => {
    const page = (hedge: string) => `Pågo na ha'åni ha na'i i IRCC ${hedge} na imbitasion para i CEC. I menos na CRS 516. Nigap ti guaha draw.`;
    expect(glossForeign(page('kåsi 3,000'))).toContain('about 3,000');
    expect(glossForeign(page('mås ki 3,000'))).toContain('more than 3,000');
    expect(glossForeign(page('asta 3,000'))).toContain('up to 3,000');
  });

  it('an English page quoting a few Chamorro words, and a Tagalog, Cebuano, Ilocano, Pangasinan, Spanish or Malay page, is not taken for Chamorro', () => {
    const english = 'IRCC invited 3,000 candidates today. In Chamorro, "imbitasion" means invitation, "nigap" yesterday and "pågo" now.';
    expect(glossForeign(english)).toBe(english);
    for (const page of [english, TAGALOG, CEBUANO, ILOCANO, PANGASINAN, SPANISH, MALAY, HAWAIIAN]) expect(isChamorro(page), page).toBe(false);
    expect([isCebuano(CEBUANO), isIlocano(ILOCANO), isPangasinan(PANGASINAN), isMalay(MALAY)]).toEqual([true, true, true, true]);
    for (const page of [TAGALOG, SPANISH]) expect(glossForeign(page), page).toBe(page);
    expect(glossForeign(CHAMORRO)).toContain('The minimum CRS score was 516.');
  });
});
