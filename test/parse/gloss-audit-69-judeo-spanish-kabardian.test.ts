import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';

/**
 * Audit of the Judeo-Spanish and Kabardian glossaries (session 69; docs/parser.md "Judeo-Spanish and Kabardian", "Audit (session
 * 69)"): pages written for the audit, with real IRCC figures (rounds 421–437), each read wrong on the commit the audit started from.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Judeo-Spanish', () => {
  it('"Antiyer" and "Antes de ayer" are the day before yesterday', () => {
    expect(facts('Antiyer IRCC izo la vuelta #421 para Physicians with Canadian Work Experience: 271 envitasyones, punto minimo 223.', '2026-06-26')).toEqual([
      ['2026-06-24', '421', 'physicians', 271, 223, null],
    ]);
    expect(facts('Antes de ayer Kanada envito a 534 kandidatos del Programa Provinsial de Nominados (vuelta #423), kon un minimo de 708 puntos.', '2026-07-08')).toEqual([
      ['2026-07-06', '423', 'pnp', 534, 708, null],
    ]);
  });

  it('a weekly round-up headed "Rezumen de la semana" reads every line', () => {
    const page = [
      'Rezumen de la semana',
      '- 4 de agosto: Programa Provinsial de Nominados, 507 envitasyones, punto minimo 768.',
      '- 5 de agosto: Klasa de Eksperiensia Kanadieza, 3.000 envitasyones, punto minimo 516.',
    ].join('\n');
    expect(facts(page, '2026-08-08')).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768, null],
      ['2026-08-05', null, 'cec', 3000, 516, null],
    ]);
  });

  it('short posts with a figure of its own ("4 envitasyones"), "Desempate:" and "minimo 392 puntos"', () => {
    expect(facts('📢 Mueva vuelta! Ayer: 4 envitasyones (Skilled Military Recruits), punto minimo 368.', '2026-07-24')).toEqual([['2026-07-23', null, 'military', 4, 368, null]]);
    expect(facts('Vuelta #426 oy: 500 envitasyones, Senior managers with Canadian Work Experience, minimo 392 puntos.', '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392, null]]);
    const tie = 'Vuelta #431, 4 de agosto 2026: Programa Provinsial de Nominados, 507 envitasyones, punto minimo CRS 768. Desempate: 15 de mayo 2026 a las 15:58:19 UTC.';
    expect(facts(tie, '2026-08-04')).toEqual([['2026-08-04', '431', 'pnp', 507, 768, '2026-05-15']]);
  });

  it("a year's account, British Columbia's and New Zealand's rounds announce nothing", () => {
    expectNothingAnnounced([
      [
        'El anyo 2025 en Express Entry: IRCC envito a mas de 100.000 kandidatos. La ultima vuelta del anyo, el 17 de disiembre 2025, envito a 6.000 kandidatos de la Klasa de Eksperiensia Kanadieza kon 515 puntos.',
        '2026-01-05',
      ],
      ['Oy la provinsia de Kolumbia Britanika izo su vuelta: envito a 180 kandidatos kon un minimo de 95 puntos. No es una vuelta de Express Entry.', '2026-08-20'],
      ['Ayer Mueva Zelanda envito a 600 kandidatos en su vuelta de rezidensia, kon un minimo de 6 puntos. No es Kanada.', '2026-08-20'],
      ['Esta semana no uvo vuelta de Express Entry. La ultima vuelta fue el 19 de agosto: 5.000 envitasyones, punto minimo 382.', '2026-08-28'],
    ]);
  });
});

describe('Kabardian', () => {
  it('"Дыгъуасэнэхъапэ" is the day before yesterday', () => {
    const page = 'Дыгъуасэнэхъапэ Канадэм Physicians with Canadian Work Experience хэхыныгъэ №421 иригъэкIуэкIащ: 271 къраджащ, CRS нэхъ мащIэр 223.';
    expect(facts(page, '2026-06-26')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, null]]);
  });

  it('"2 000 цIыху къраджащ" (2,000 people were invited) is the count', () => {
    const page = 'Канадэм бадзэуэгъуэм и 7-м Canadian Experience Class хэхыныгъэ №424 иригъэкIуэкIащ: 2 000 цIыху къраджащ, CRS балл нэхъ мащIэр — 517.';
    expect(facts(page, '2026-07-07')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
  });

  it('"Тай-брейк:" is the tie-break', () => {
    const page = 'Нобэ хэхыныгъэ №433 (французыбзэ): 5 000 къраджащ, CRS нэхъ мащIэр 391. Тай-брейк: 2026-03-18 23:32:40 UTC.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('short posts without "щӀ" or "-эм" are glossed', () => {
    expect(facts('🇨🇦 Дыгъуасэ: Skilled Military Recruits — 4 къраджащ, CRS 368.', '2026-07-24')).toEqual([['2026-07-23', null, 'military', 4, 368, null]]);
    expect(facts('Хэхыныгъэ №426 нобэ: Senior managers with Canadian Work Experience, 500 къраджащ, CRS 392.', '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392, null]]);
  });

  it("a year's account, British Columbia's round and a week with no round announce nothing", () => {
    expectNothingAnnounced([
      ['2025 гъэм и хъыбархэр: Express Entry\n2025 гъэм IRCC-м 100 000 нэхърэ нэхъыбэ къриджащ. Дыгъэгъазэм и 17-м Canadian Experience Class: 6 000 къраджащ, CRS нэхъ мащIэр 515.', '2026-01-05'],
      ['Нобэ Британскэ Колумбие провинцэм езым и хэхыныгъэ иригъэкIуэкIащ: 180 цIыху къраджащ, нэхъ мащIэр 95. Ар Express Entry хэхыныгъэкъым.', '2026-08-20'],
      ['Мы тхьэмахуэм Express Entry хэхыныгъэ щыIакъым. Иужьрей хэхыныгъэр шыщхьэIум и 19-м екIуэкIащ: 5 000 къраджащ, CRS 382.', '2026-08-28'],
    ]);
  });
});
