import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isQuechua } from '../../src/parse/text/gloss-quechua.ts';
import { isSamoan } from '../../src/parse/text/gloss-samoan.ts';

/**
 * Quechua and Samoan draw news (src/parse/text/gloss-quechua.ts, gloss-samoan.ts; docs/parser.md "Quechua and Samoan"): glossed
 * into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a page
 * of a neighbour language is not taken for theirs. Figures from IRCC's record (rounds 425 to 429).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Quechua', () => {
  it('a news item: "Kunan p\'unchaw", "#428 aqllay muyuta ruwarqan", the count, the cut-off and the tie-break', () => {
    const page = [
      'Runasimi Willakuykuna',
      '21 julio 2026',
      "Kunan p'unchaw IRCC #428 aqllay muyuta ruwarqan Canadian Experience Class nisqapaq.",
      '2,000 runakuna invitación chaskirqanku. Aswan pisi CRS puntaje: 516.',
      'Tie-break: 26 mayo 2026, 17:33:03 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('"yesterday" with a weekday, and a short channel post', () => {
    const news = "Qayna p'unchaw, Lunes 20 julio 2026, IRCC 511 runakunata Provincial Nominee Program nisqamanta invitarqan, pisi puntajeqa 744 karqan (muyu #427).";
    expect(facts(news, '2026-07-21')).toEqual([['2026-07-20', '427', 'pnp', 511, 744, null]]);
    const post = 'Kunan IRCC 5,000 invitaciónkunata qurqan francés simi rimaqkunapaq, pisi puntaje 399. Runakuna, perfilniykichikta qhawaychik!';
    expect(facts(post, '2026-07-22')).toEqual([['2026-07-22', null, 'french', 5000, 399, null]]);
  });

  it('a weekly round-up with two rounds: "Iskay aqllay muyu kay simanapi", weekdays with "p\'unchawpi"', () => {
    const page = [
      'Iskay aqllay muyu kay simanapi',
      "Lunes 20 julio p'unchawpi IRCC 511 runakunata PNP nisqamanta invitarqan, pisi puntajeqa 744 karqan (#427).",
      "Martes 21 julio p'unchawpi Canadian Experience Class nisqapaq 2,000 ITA qusqa karqan, CRS 516 (#428).",
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide = ['Yanapakuq qillqa: imaynatam CRS puntaje llamkan?', "Kikinchaypaq: 21 julio 2026 p'unchawpi CEC muyu 2,000 invitaciónta qurqan 516 puntajewan. Kunan perfilniykita allinchay."].join(
      '\n',
    );
    const forecast = 'Hamuq muyupi yaqa 3,000 runakuna invitación chaskinqanku, suyanchik. Pisi puntaje 515 hina kanqa. Kayqa yuyaylla, manam willakuychu karqan.';
    const recap = ['Killa Willakuy: Julio 2026', '| 20/07 | PNP | 511 | 744 |', '| 21/07 | CEC | 2,000 | 516 |', 'Tukuypi: 2,511 invitación. Agosto killapi astawan muyukuna kanqa.'].join('\n');
    const province = "Kunan p'unchaw Ontario suyu OINP muyuta ruwarqan: 1,200 runakuna invitación chaskirqanku, pisi puntaje 470. Manam Express Entry muyuchu karqan.";
    const australia = "Kunan p'unchaw Australia suyu SkillSelect muyuta ruwarqan: 5,000 runakuna invitación chaskirqanku, 65 puntajewan. Kanadaqa manam muyuta ruwarqanchu.";
    for (const page of [guide, forecast, recap, province, australia]) expect(isQuechua(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-07-25'] as const));
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('Monthly recap');
  });

  it('a hedged count is no count: "yaqa" (about), "…-manta aswan" (more than), "…-kama" (up to)', () => {
    const page = (hedge: string) => `Kunan p'unchaw IRCC muyuta ruwarqan: ${hedge} runakuna invitación chaskirqanku, pisi puntaje 516. Qayna simana mana muyu karqanchu.`;
    expect(glossForeign(page('yaqa 3,000'))).toContain('about 3,000');
    expect(glossForeign(page('3,000-manta aswan'))).toContain('more than 3,000');
    expect(glossForeign(page('3,000-kama'))).toContain('up to 3,000');
  });

  it('an English page quoting a few Quechua words, and a Spanish or Aymara page, is not taken for Quechua', () => {
    const english = 'IRCC invited 2,000 candidates today. In Quechua a round is a "muyu", and "kunan" means now.';
    expect(glossForeign(english)).toBe(english);
    const spanish = 'Hoy, 21 de julio de 2026, IRCC realizó el sorteo #428 de la Canadian Experience Class. Se emitieron 2,000 invitaciones y el puntaje mínimo fue 516.';
    const aymara = 'Jichhürun IRCC ukax 2,000 jaqinakaruw invitación churäna, Canadian Experience Class ukatakiw. Jisk’a puntaje 516 ukhamarakiw. Masürux janiw utjkänti.';
    for (const page of [english, spanish, aymara]) expect(isQuechua(page)).toBe(false);
    expect(glossForeign(spanish)).toBe(spanish);
    expect(glossForeign('Kunan IRCC 2,000 runakunata CEC nisqamanta invitarqan, pisi puntajeqa 516 karqan. Kay simanapi iskay muyu.')).toContain('invited 2,000 candidates');
  });
});

describe('Samoan', () => {
  it('a news item: "O le aso Lua, 21 Iulai 2026", "le draw lona 428", "E 2,000 valaaulia na tuuina atu", the cut-off and the tie-break', () => {
    const page = [
      'Tala Fou mai Kanata',
      'O le aso Lua, 21 Iulai 2026, na faia ai le draw lona 428 a le Express Entry. E 2,000 valaaulia na tuuina atu i sui o le Canadian Experience Class, ma o le maualalo o togi e 516.',
      'Tie-break: 26 Me 2026, 17:33:03 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('"ananafi" with a weekday, and a short channel post', () => {
    const news = "Ananafi, Aso Gafua 20 Iulai, na faia ai e le IRCC le ta'aloga #427 mo le Provincial Nominee Program. Ua tuuina atu valaaulia e 511. O le maualalo o togi CRS: 744.";
    expect(facts(news, '2026-07-21')).toEqual([['2026-07-20', '427', 'pnp', 511, 744, null]]);
    const post = 'IRCC valaaulia 5,000 tagata Farani i le CRS 399 i le aso nei! Ua tatala foi le avanoa mo le vaiaso nei.';
    expect(facts(post, '2026-07-22')).toEqual([['2026-07-22', null, 'french', 5000, 399, null]]);
  });

  it('a weekly round-up with two rounds: "Lua draws i le vaiaso nei"', () => {
    const page = [
      'Lua draws i le vaiaso nei',
      'Aso Gafua 20 Iulai: PNP draw - 511 valaaulia, CRS 744 (No. 427).',
      'Aso Lua 21 Iulai: Canadian Experience Class - 2,000 valaaulia, togi maualalo 516 (No. 428).',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide = "Taiala: o le a le togi CRS? Mo fa'ata'ita'iga, i le aso 21 Iulai 2026 na valaaulia ai e 2,000 tagata CEC i le CRS 516. Ia faaleleia lau profile i le vaiaso nei.";
    const forecast = 'Vaaiga i luma: o le a valaaulia pe tusa ma le 3,000 tagata CEC i le vaiaso fou, ma le togi maualalo e lata i le 515. E le o se tala fou lenei, ae o se valoaga.';
    const recap = ['Aotelega o le masina: Iulai 2026', 'PNP (20 Iulai) 511 valaaulia i le 744; CEC (21 Iulai) 2,000 i le 516.', 'E le o toe iai se isi draw i le masina nei.'].join('\n');
    const province = 'Na faia e le itumalo o Ontario se draw o le OINP i le vaiaso nei, ma valaaulia e 1,200 tagata, togi maualalo 470. E le o se draw a le Express Entry a le IRCC lenei.';
    const australia = 'I le aso nei na valaaulia ai e Ausetalia tagata e 5,000 i le SkillSelect, togi maualalo 65. E le o se draw a Kanata lenei.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isSamoan(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-07-25'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "pe tusa ma le" (about), "e silia i le" (more than), "e oo atu i le" (up to)', () => {
    const page = (hedge: string) => `I le aso nei na valaaulia ai e le IRCC tagata ${hedge} i le CEC, ma o le maualalo o togi e 516. Ananafi e leai se draw.`;
    expect(glossForeign(page('pe tusa ma le 3,000'))).toContain('about 3,000');
    expect(glossForeign(page('e silia i le 3,000'))).toContain('more than 3,000');
    expect(glossForeign(page('e oo atu i le 3,000'))).toContain('up to 3,000');
  });

  it('an English page quoting a few Samoan words, and a Maori, Tagalog, Cebuano, Malay or Hawaiian page, is not taken for Samoan', () => {
    const english = 'IRCC invited 2,000 candidates today. In Samoan, "valaaulia" means invitations and "ananafi" yesterday.';
    expect(glossForeign(english)).toBe(english);
    const maori =
      'I te rā nei, kua tukuna e IRCC ngā tono 2,000 ki ngā kaitono o te Canadian Experience Class. Ko te kaute iti rawa o te CRS he 516. Ko tēnei te whakaaetanga tuarua o te wiki, ā, kua valaaulia anō ngā kaitono inanahi.';
    const tagalog = 'Ngayong araw, nag-imbita ang IRCC ng 2,000 kandidato sa ilalim ng Canadian Experience Class. Ang pinakamababang iskor ng CRS ay 516. Kahapon ay may draw din para sa PNP.';
    const cebuano = 'Karon nga adlaw, ang IRCC nag-imbitar og 2,000 ka tawo ubos sa Canadian Experience Class. Ang pinakaubos nga CRS mao ang 516. Gahapon adunay draw usab sa PNP.';
    const malay = 'Hari ini IRCC telah menjemput 2,000 calon dalam kategori Canadian Experience Class. Skor CRS minimum ialah 516. Semalam ada juga cabutan untuk PNP.';
    const hawaiian = 'I kēia lā, ua kono ʻo IRCC i nā kānaka 2,000 o ka Canadian Experience Class. ʻO ka helu CRS haʻahaʻa loa he 516. I nehinei ua loaʻa kekahi koho no PNP.';
    for (const page of [english, maori, tagalog, cebuano, malay, hawaiian]) expect(isSamoan(page)).toBe(false);
    expect(glossForeign(maori)).not.toContain('invitations');
    expect(glossForeign('Ananafi na valaaulia ai e le IRCC tagata e 2,000 i le CEC, ma o le maualalo o togi e 516.')).toContain('the minimum score was 516');
  });
});
