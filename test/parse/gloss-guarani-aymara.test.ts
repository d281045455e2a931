import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isGuarani } from '../../src/parse/text/gloss-guarani.ts';
import { isAymara } from '../../src/parse/text/gloss-aymara.ts';
import { isQuechua } from '../../src/parse/text/gloss-quechua.ts';

/**
 * Guarani and Aymara draw news (src/parse/text/gloss-guarani.ts, gloss-aymara.ts; docs/parser.md "Guarani and Aymara"): glossed
 * into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a page
 * of a neighbour language (Spanish, Quechua, Portuguese) is not taken for theirs. Figures from IRCC's record (rounds 435 to 437).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Guarani', () => {
  it('a news item: "Ko árape", "ojapo peteĩ ronda pyahu", "Ombou 1.000 invitación", the cut-off and the tie-break', () => {
    const page = [
      'Ñe’ẽmondo Kanadá rehegua',
      '18 jasypoapy 2026',
      'Ko árape IRCC ojapo peteĩ ronda pyahu Express Entry-pe (ronda #436). Ombou 1.000 invitación umi oñemba’apóva’ekuépe Kanadápe, Canadian Experience Class rupive.',
      'Puntaje CRS mínimo oñeikotevẽva: 523.',
      'Tie-break: 17 jasypoapy 2026, 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"yesterday" with a weekday, and a short channel post', () => {
    const news = 'Kuehe, arateĩ 17 jasypoapy 2026, IRCC ombou 442 invitación Provincial Nominee Program rupive (ronda #435). Puntaje CRS mínimo: 760. Umi oguerekóva nominación ohupyty 600 punto.';
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const post = '🔔 Ko’ág̃a: Express Entry francés — 5.000 ITA, CRS 382 (19/08/2026). Peẽ oñe’ẽva francés, pehecha pende perfil ko árape!';
    expect(facts(post, '2026-08-19')).toEqual([['2026-08-19', null, 'french', 5000, 382, null]]);
  });

  it('a weekly round-up with two rounds: "Mokõi ronda … ko semana-pe"', () => {
    const page = [
      'Mokõi ronda Express Entry-pe ko semana-pe',
      'Kanadá gobierno ojapo mokõi ronda ko semana ñepyrũme:',
      '• 17 jasypoapy 2026 (ronda #435): Provincial Nominee Program — 442 invitación, CRS mínimo 760.',
      '• 18 jasypoapy 2026 (ronda #436): Canadian Experience Class — 1.000 invitación, CRS mínimo 523.',
      'Umi oguerekóva nominación provincial ohupyty 600 punto ambue.',
    ].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760, null],
      ['2026-08-18', '436', 'cec', 1000, 523, null],
    ]);
  });

  it("a monthly recap, a guide, a forecast, a province's draw and another country's draw announce nothing; hedges are no count", () => {
    const recap = [
      'Kanadá Express Entry: Jasypoapy (agosto 2026) ñembohysýi',
      'Ko jasýpe IRCC ojapo mbohapy ronda. Ko’ápe ñamoĩ opavave:',
      '17/08 | PNP | 442 | 760',
      '18/08 | CEC | 1.000 | 523',
      '19/08 | Francés | 5.000 | 382',
    ].join('\n');
    const guide = [
      'Mba’éichapa omba’apo Express Entry? Ñanembo’e',
      'Umi tapicha ikatu ohupyty 600 punto PNP rupive. Techapyrã: 18 jasypoapy 2026 IRCC ombou 1.000 invitación, CRS 523. Ko’ág̃a ehecha nde perfil.',
    ].join('\n');
    const forecast = 'Ronda oúvape IRCC ombou haimete 3.000 invitación, ha ikatu 5.000 peve. Umi puntaje oĩta 500 rupi. Ndaha’éi marandu, ha’e peteĩ jepy’amongeta.';
    const province = 'Ko árape Ontario provincia ojapo ronda OINP: ombou 1.200 invitación, puntaje mínimo 470. Ndaha’éi ronda Express Entry, umi oguerekóva perfil ikatu ohecha.';
    const australia = 'Ko árape Australia ojapo ronda SkillSelect: ombou 5.000 invitación, 65 punto. Kanadá ndojapói ronda ko semana-pe, umi oguerekóva perfil ohaarõ.';
    for (const page of [recap, guide, forecast, province, australia]) expect(isGuarani(page)).toBe(true);
    expectNothingAnnounced([recap, guide, forecast, province, australia].map((page) => [page, '2026-08-25'] as const));
    expect(glossForeign(recap)).toContain('monthly recap');
    expect(glossForeign(forecast)).toMatch(/about 3,000 invitations.*up to 5,000/);
  });
});

describe('Aymara', () => {
  it('a news item: "Masürux", "ukax … sorteo lurawayi", "invitacionanak apayasiwayi", "CRS juk\'a puntajex" and the tie-break', () => {
    const page = [
      'Aymar Yatiyawi — Kanada markat yatiyawinaka',
      'Masürux, 18 agosto 2026, Kanada markan IRCC ukax machaq Express Entry sorteo lurawayi (No. 436).',
      'Canadian Experience Class ukan 1,000 invitacionanak apayasiwayi, CRS juk’a puntajex 523 ukhamawa.',
      'Tie-break: 17/08/2026 22:09 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('a weekday date with "urux", and a short channel post', () => {
    const news = 'Lunes 17 agosto 2026 urux, IRCC ukax Provincial Nominee Program sorteo lurawayi. 442 invitacionanakaw apayasi, CRS juk’a puntajex 760. Jaqinakax perfil uñjapxañapawa.';
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const post = 'Jichhüru IRCC ukax francés sorteo lurawayi: 5,000 invitacionanaka, CRS juk’a 382. Francés aru parlir jaqinakax perfil uñjapxam!';
    expect(facts(post, '2026-08-19')).toEqual([['2026-08-19', null, 'french', 5000, 382, null]]);
  });

  it('a weekly round-up with two rounds: "Pä sorteo … aka semanax"', () => {
    const page = [
      'Pä sorteo Express Entry ukan aka semanax',
      '1) 17 agosto 2026 (No. 435): Provincial Nominee Program — 442 invitacionanaka, CRS juk’a 760.',
      '2) 18 agosto 2026 (No. 436): Canadian Experience Class — 1,000 invitacionanaka, CRS juk’a 523.',
      'Jaqinakatakix aka sorteonakax wali askiwa.',
    ].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760, null],
      ['2026-08-18', '436', 'cec', 1000, 523, null],
    ]);
  });

  it("a guide, a forecast, a province's draw and another country's draw announce nothing; hedges are no count", () => {
    const guide = [
      'Kunjams Express Entry ukax irnaqi? — Yatichäwi',
      'CRS puntajex 1,200 puntos ukjakama.',
      'Uñacht’awi: 18 agosto 2026 (sorteo 436) Canadian Experience Class ukan 1,000 invitacionanakaw apayasïna, CRS 523 ukhamawa.',
    ].join('\n');
    const forecast = 'Qharüru IRCC ukax niya 3,000 invitacionanak apayani, jan ukax 5,000 ukjakama. Aka yatiyawix janiw chiqäkiti, jaqinakax suyt’apxañapawa.';
    const province =
      'British Columbia provincia ukax PNP sorteo lurawayi: 17 agosto 2026 urux 40 invitacionanak apayäna, juk’a puntajex 118. Aka sorteox provincia ukankiwa, janiw Express Entry sorteokiti.';
    const australia = 'Jichhüru Australia markan SkillSelect sorteo lurawayi: 5,000 invitacionanak apayasi, 65 puntos. Aka sorteox janiw Kanada markankiti, jaqinakax uñjapxañapawa.';
    for (const page of [guide, forecast, province, australia]) expect(isAymara(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, province, australia].map((page) => [page, '2026-08-25'] as const));
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(forecast)).toMatch(/about 3,000 invitations.*up to 5,000/);
  });
});

describe('Guarani, Aymara and their neighbours', () => {
  it('an English page quoting a few of their words stays unglossed', () => {
    const page =
      'Express Entry in other languages: in Guarani a draw is "ronda" and "mokõi" means two; in Aymara "ukax" marks the topic and "invitacionanaka" are invitations. IRCC issued 1,000 invitations on August 18, 2026.';
    expect(glossForeign(page)).toBe(page);
    // The same words on a Guarani page are glossed.
    expect(glossForeign('Ñe’ẽmondo: Kuehe IRCC ojapo mokõi ronda Express Entry-pe ha ombou 1.000 invitación, umi oguerekóva perfil ikatu ohecha.')).toContain('two draws');
  });

  it('Spanish, Quechua and Portuguese pages are not taken for Guarani or Aymara', () => {
    const spanish =
      'Ayer, 18 de agosto de 2026, IRCC realizó una nueva ronda de Express Entry y envió 1.000 invitaciones a candidatos de la Canadian Experience Class. El puntaje CRS mínimo fue de 523. Las candidaturas nacionales piden más información.';
    const quechua = "Kunan p'unchaw IRCC #436 aqllay muyuta ruwarqan Canadian Experience Class nisqapaq. 1,000 runakuna invitación chaskirqanku. Aswan pisi CRS puntaje: 523.";
    const portuguese =
      'Ontem, 18 de agosto de 2026, o IRCC realizou uma nova rodada do Express Entry e enviou 1.000 convites aos candidatos da Canadian Experience Class, com pontuação mínima de 523. São ótimas notícias para as nações.';
    for (const page of [spanish, quechua, portuguese]) {
      expect(isGuarani(page)).toBe(false);
      expect(isAymara(page)).toBe(false);
    }
    expect(isQuechua(quechua)).toBe(true);
    // An Aymara page beside them is glossed as Aymara.
    expect(glossForeign('Masürux IRCC ukax Express Entry sorteo lurawayi: 1,000 invitacionanak apayasiwayi, CRS juk’a puntajex 523.')).toContain('held a Express Entry draw');
    expect(glossForeign(quechua)).toContain('held draw #436');
  });
});
