import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isJudeoSpanish } from '../../src/parse/text/gloss-judeo-spanish.ts';
import { isKabardian } from '../../src/parse/text/gloss-kabardian.ts';

/**
 * Judeo-Spanish (Ladino) and Kabardian draw news (src/parse/text/gloss-judeo-spanish.ts, gloss-kabardian.ts; docs/parser.md
 * "Judeo-Spanish and Kabardian"): glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a
 * recap, a province's or another country's round) is glossed and still announces nothing; an English page quoting a few of their
 * words is not glossed; the neighbours' pages (Spanish, Portuguese, Galician, Catalan, Occitan; Avar, Chechen, Ossetian, Russian)
 * are not taken for them, nor each other's. Figures are IRCC's (rounds 431 to 436).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Judeo-Spanish', () => {
  it('a news item: "Oy", "la vuelta de envitasyones No. 436", "1.000 envitasyones", "el punto minimo CRS" and the tie-break', () => {
    const page = [
      'Haberes en ladino – Kanada',
      'Oy, 18 de agosto, el governo de Kanada izo la vuelta de envitasyones No. 436 para la Klasa de Eksperiensia Kanadieza.',
      'Fueron envitados 1.000 kandidatos. El punto minimo CRS fue 523.',
      'La regla de desempate: 17 de agosto 2026 a las 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('a short channel post with "Ayer", a weekday date and a weekly round-up of two rounds', () => {
    expect(facts('🇨🇦 Ayer Kanada envito a 442 kandidatos del Programa Provinsial de Nominados, kon un minimo de 760 puntos.', '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const weekday = 'El martes IRCC izo una mueva vuelta para la Klasa de Eksperiensia Kanadieza: 3.000 envitasyones, punto minimo 516. Ke tengash suerte!';
    expect(facts(weekday, '2026-08-06')).toEqual([['2026-08-04', null, 'cec', 3000, 516, null]]);
    const roundUp = [
      'Esta semana IRCC izo dos vueltas:',
      '- 4 de agosto: Programa Provinsial de Nominados, 507 envitasyones, punto minimo 768.',
      '- 5 de agosto: Eksperiensia Kanadieza, 3.000 envitasyones, punto minimo 516.',
    ].join('\n');
    expect(facts(roundUp, '2026-08-07')).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768, null],
      ['2026-08-05', null, 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, a hedged count, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Gia: komo aumentar tus puntos CRS\nPor egzempio, la vuelta del 5 de agosto 2026 envito a 3.000 kandidatos kon 516 puntos. La lingua franseza te da 50 puntos.', '2026-08-25'],
      ['Previzion: en septiembre vamos a ver una vuelta para los ke avlan fransez, serka de 5.000 envitasyones.', '2026-08-25'],
      ['Rezumen del anyo 2025 en Express Entry\nEn 2025 IRCC izo mas de 90 vueltas. El 16 de disiembre: 5.000 envitasyones, punto minimo 515.', '2026-01-03'],
      ['Oy IRCC izo una vuelta para la Eksperiensia Kanadieza: mas de 2.000 envitasyones. El punto minimo no lo savemos ainda.', '2026-07-21'],
      ['Oy la provinsia de Ontario izo su propia vuelta: envito a 1.200 kandidatos kon un minimo de 480 puntos. No es vuelta de Express Entry.', '2026-08-20'],
      ['Oy Australia izo una vuelta de SkillSelect: 8.000 envitasyones, punto minimo 65. No es haber de Kanada.', '2026-08-20'],
    ]);
    expect(glossForeign('Oy IRCC izo una vuelta: mas de 2.000 envitasyones, kon un minimo de 516 puntos.')).toContain('more than 2,000');
  });
});

describe('Kabardian', () => {
  it('a news item: "Нобэ", "хэхыныгъэ №436", "1,000 къраджащ", "CRS нэхъ мащIэ дыдэр" and the tie-break', () => {
    const page = [
      'Адыгэ хъыбархэр – Канадэ',
      'Нобэ, шыщхьэIум и 18, IRCC-м Canadian Experience Class хэтхэм папщIэ хэхыныгъэ №436 ирегъэкIуэкI.',
      '1 000 къраджащ. CRS нэхъ мащIэ дыдэр: 523.',
      'Зэхуэдэ щыхъум: 2026 гъэ, шыщхьэIум и 17, 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('a short channel post with "Дыгъуасэ", a weekday date and a weekly round-up of two rounds', () => {
    expect(facts('🇨🇦 Дыгъуасэ Канадэм Provincial Nominee Program: 442 къраджащ, CRS нэхъ мащIэр 760.', '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const weekday = 'Гъубжым Канадэм Canadian Experience Class хэхыныгъэ иригъэкIуэкIащ: 3,000 къраджащ, CRS нэхъ мащIэр 516. Ди щIалэхэм гу лъытапхъэщ.';
    expect(facts(weekday, '2026-08-06')).toEqual([['2026-08-04', null, 'cec', 3000, 516, null]]);
    const roundUp = [
      'Мы тхьэмахуэм Канадэм хэхыныгъэ зыбжанэ иригъэкIуэкIащ:',
      '• Гъубж (04.08) — Provincial Nominee Program: 507 къраджащ, CRS 768',
      '• Бэрэжьей (05.08) — Canadian Experience Class: 3,000 къраджащ, CRS 516',
    ].join('\n');
    expect(facts(roundUp, '2026-08-07')).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768, null],
      ['2026-08-05', null, 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, a hedged count, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS балл нэхъыбэ зэрыпщIын хуейр\nЩапхъэ: 2026 гъэ, шыщхьэIум и 5 хэхыныгъэм 3,000 къраджащ, CRS 516. Французыбзэм балл 50 къуит.', '2026-08-25'],
      ['Прогноз: фокIадэм французыбзэ хэхыныгъэ щыIэнущ, 5 000 хуэдэ къраджэнущ, CRS балл 400 нэс.', '2026-08-25'],
      ['Express Entry 2025 гъэм: илъэсым и хъыбархэр\n2025 гъэм IRCC-м хэхыныгъэ 90 иригъэкIуэкIащ. Дыгъэгъазэм и 16: 5 000 къраджащ, CRS нэхъ мащIэр 515.', '2026-01-03'],
      ['Нобэ Канадэм CEC хэхыныгъэ иригъэкIуэкIащ: 2,000 нэхърэ нэхъыбэ къраджащ. CRS нэхъ мащIэр иджыри тщIэркъым.', '2026-07-21'],
      ['Нобэ Онтарио провинцэм езым и хэхыныгъэ иригъэкIуэкIащ: 1,200 цIыху, CRS нэхъ мащIэр 480. Ар Express Entry хэхыныгъэкъым.', '2026-08-20'],
      ['Нобэ Австралием SkillSelect хэхыныгъэ иригъэкIуэкIащ: 8,000 къраджащ, нэхъ мащIэр 65. Ар Канадэм и хъыбаркъым.', '2026-08-20'],
    ]);
    expect(glossForeign('Нобэ Канадэм CEC хэхыныгъэ иригъэкIуэкIащ: 2,000 нэхърэ нэхъыбэ къраджащ.')).toContain('more than 2,000');
  });
});

describe('neither', () => {
  it('an English page quoting a few of their words is not glossed', () => {
    const ladino = "Ladino speakers call a round a 'vuelta' and invitations 'envitasyones'; IRCC held round #436 on August 18, 2026 with 1,000 invitations.";
    const kabardian = 'In Kabardian a draw is "хэхыныгъэ" and today is "нобэ"; IRCC held round #436 on August 18, 2026 with 1,000 invitations.';
    for (const page of [ladino, kabardian]) expect(glossForeign(page)).toBe(page);
    expect(isJudeoSpanish(ladino)).toBe(false);
    expect(isKabardian(kabardian)).toBe(false);
  });

  it("the neighbours' pages are not taken for theirs, nor each other's", () => {
    const spanish = 'Hoy, 18 de agosto, IRCC realizó la ronda número 436 de Express Entry para la Canadian Experience Class: 1.000 invitaciones a candidatos, con un puntaje mínimo de 523.';
    const portuguese = 'Hoje, 18 de agosto, o IRCC realizou a rodada 436 do Express Entry para a Canadian Experience Class: 1.000 convites aos candidatos, com pontuação mínima de 523.';
    const galician = 'Hoxe, 18 de agosto, o IRCC fixo a rolda 436 de Express Entry para a Canadian Experience Class: 1.000 invitacións a candidatos, cunha puntuación mínima de 523.';
    const catalan = 'Avui, 18 dagost, IRCC ha fet la ronda 436 dExpress Entry per a la Canadian Experience Class: 1.000 invitacions als candidats, amb una puntuació mínima de 523.';
    const occitan = 'Uèi, lo 18 d’agost, IRCC a fach lo tiratge 436 d’Express Entry per la Canadian Experience Class: 1.000 convits als candidats, amb una nòta minimala de 523.';
    for (const page of [spanish, portuguese, galician, catalan, occitan]) expect(isJudeoSpanish(page), page).toBe(false);
    const avar = 'Жакъа, 18 августалда, IRCC-ялъ Express Entry-ялъул 436-абилеб раунд тӀобитӀана Canadian Experience Class-алъе. 1 000 ахӀи, минимальияб CRS балл – 523.';
    const chechen = 'Тахана, 18 августехь, IRCC-с Express Entry-н 436-гӀа тур дӀаяьхьира Canadian Experience Class-на. 1 000 кхайкхам, лахара CRS балл – 523.';
    const ossetian = 'Абон, 18 августы, IRCC Express Entry-йы 436-æм æрхонд сарæзта Canadian Experience Class-æн. 1 000 хуынды, минимумон CRS балл – 523.';
    const russian = 'Сегодня, 18 августа, IRCC провел раунд №436 Express Entry для Canadian Experience Class: 1 000 приглашений, минимальный балл CRS – 523.';
    for (const page of [avar, chechen, ossetian, russian]) expect(isKabardian(page), page).toBe(false);
    expect(isKabardian('Oy, 18 de agosto, Kanada izo la vuelta No. 436: 1.000 envitasyones a kandidatos, punto minimo 523.')).toBe(false);
    expect(isJudeoSpanish('Нобэ Канадэм хэхыныгъэ №436 ирегъэкIуэкI: 1,000 къраджащ, CRS нэхъ мащIэр 523.')).toBe(false);
  });
});
