import { describe, expect, it } from 'vitest';
import { expectNothingAnnounced, rounds } from '../helpers/announced.ts';

/**
 * Audit of the Guarani and Aymara glossaries (session 66; docs/parser.md "Guarani and Aymara", "Audit (session 66)"): pages written
 * for the audit, with real IRCC figures (rounds 407–434), each read wrong or not at all on the commit the audit started from.
 */

describe('Guarani', () => {
  it('a page without a tilde letter ("ojapo mokõi ronda", "jasypoapy") reads both rounds', () => {
    const page =
      'IRCC ojapo mokõi ronda kuehe ha ko árape:\n• 5 jasypoapy 2026, Canadian Experience Class: 3.000 invitación, CRS mínimo 516.\n• 6 jasypoapy 2026, francés: 5.000 invitación, CRS mínimo 391.';
    expect(rounds(page, '2026-08-06')).toEqual([
      ['2026-08-05', null, 'cec', 3000, 516],
      ['2026-08-06', null, 'french', 5000, 391],
    ]);
  });

  it('a weekly round-up headed "Ronda-kuéra Express Entry-pe ko semana-pe:" reads every line', () => {
    const page =
      'Ronda-kuéra Express Entry-pe ko semana-pe:\n• Arateĩ 20 jasypokõi: Provincial Nominee Program, 511 invitación, CRS 744\n• Arakõi 21 jasypokõi: Canadian Experience Class, 2.000 invitación, CRS 516\n• Araapy 22 jasypokõi: francés, 5.000 invitación, CRS 399\n• Ararundy 23 jasypokõi: Skilled Military Recruits, 4 invitación, CRS 368';
    expect(rounds(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744],
      ['2026-07-21', null, 'cec', 2000, 516],
      ['2026-07-22', null, 'french', 5000, 399],
      ['2026-07-23', null, 'military', 4, 368],
    ]);
  });

  it('short news items with three or four of its words: the day, the count ("kuehe mboyve", "Ombou 271 invitación", "Oñemondo 2.250")', () => {
    const before = 'Kuehe mboyve IRCC ojapo peteĩ ronda Healthcare and Social Services Occupations: ombou 4.000 invitación, puntaje CRS mínimo 475.';
    const physicians = 'Ko árape IRCC ojapo ronda #421 Physicians with Canadian Work Experience. Ombou 271 invitación, CRS mínimo 223.\nRegla de desempate: 31/05/2026 18:13:49 UTC';
    const managers = 'Kuehe IRCC ojapo ronda #426 Senior managers: 500 invitación, CRS 392. Tie-break: 15 jasyapy 2026, 01:46:05 UTC.';
    const cec = 'Oñemondo 2.250 invitación ko árape Canadian Experience Class-pe; puntaje CRS mínimo oñeikotevẽva 509. Ronda #407.';
    const compared =
      'Ko árape IRCC ombou 2.000 invitación Canadian Experience Class-pe (ronda #428); puntaje CRS mínimo 516. Ronda ohasava’ekue (ronda #424, 7 jasypokõi) CRS mínimo 517 ha ombou avei 2.000 invitación.';
    expect(rounds(before, '2026-06-27')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475]]);
    expect(rounds(physicians, '2026-06-24')).toEqual([['2026-06-24', '421', 'physicians', 271, 223]]);
    expect(rounds(managers, '2026-07-11')).toEqual([['2026-07-10', '426', 'managers', 500, 392]]);
    expect(rounds(cec, '2026-03-31')).toEqual([['2026-03-31', '407', 'cec', 2250, 509]]);
    expect(rounds(compared, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516]]);
  });

  it("a guide, a forecast, British Columbia's own round and a week without a round announce nothing", () => {
    const guide = 'Mba’éichapa rembohetave ne CRS: 4 jasypoapy 2026 ronda PNP ombou 507 invitación, CRS mínimo 768. Upéva he’ise nominación provincial iñimportanteterei. Eñemoarandu francés avei.';
    const forecast = 'Araka’épa oikóta ronda oúva? Ñañeha’arõ peteĩ ronda CEC ko semana-pe, haimete 3.000 invitación ha CRS mínimo 515 rupi. Ko’ẽro ikatu oiko.';
    const province = 'British Columbia ojapo ijehegua ronda PNP ko árape: ombou 142 invitación, puntaje mínimo 115. Ndaha’éi ronda federal Express Entry-pe.';
    const none = 'Ko semana-pe ndaipóri ronda Express Entry-pe. Ronda ipahaitéva ha’e 7 jasypoapy (Transport, 300 invitación, CRS 470).';
    expectNothingAnnounced([
      [guide, '2026-08-10'],
      [forecast, '2026-08-10'],
      [province, '2026-08-12'],
      [none, '2026-08-14'],
    ]);
  });
});

describe('Aymara', () => {
  it('a weekly round-up headed "Aka semanax Express Entry sorteonaka:" reads every line', () => {
    const page =
      'Aka semanax Express Entry sorteonaka:\n• Lunes 20 julio: Provincial Nominee Program, 511 invitacionanaka, CRS 744\n• Martes 21 julio: Canadian Experience Class, 2,000 invitacionanaka, CRS 516\n• Miércoles 22 julio: francés, 5,000 invitacionanaka, CRS 399\n• Jueves 23 julio: Skilled Military Recruits, 4 invitacionanaka, CRS 368';
    expect(rounds(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744],
      ['2026-07-21', null, 'cec', 2000, 516],
      ['2026-07-22', null, 'french', 5000, 399],
      ['2026-07-23', null, 'military', 4, 368],
    ]);
  });

  it('"masürmanthi" is the day before yesterday; short items with "invitacionanak" are read', () => {
    const before = "Masürmanthi IRCC ukax Healthcare and Social Services Occupations sorteo lurawayi: 4,000 invitacionanak apayasiwayi, CRS juk'a puntajex 475.";
    const managers = 'Masürux IRCC ukax Senior managers sorteo lurawayi (#426): 500 invitacionanaka, CRS 392. Tie-break: 15 marzo 2026, 01:46:05 UTC.';
    const cec = "Jichhüru 2,250 invitacionanak apayasiwayi Canadian Experience Class jaqinakaru; CRS juk'a puntajex 509. Sorteo #407.";
    expect(rounds(before, '2026-06-27')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475]]);
    expect(rounds(managers, '2026-07-11')).toEqual([['2026-07-10', '426', 'managers', 500, 392]]);
    expect(rounds(cec, '2026-03-31')).toEqual([['2026-03-31', '407', 'cec', 2250, 509]]);
  });

  it('a month\'s account ("Julio 2026 phaxsin yatiyawinakapa"), a guide and a forecast announce nothing', () => {
    const month =
      'Julio 2026 phaxsin yatiyawinakapa: aka phaxsinx IRCC ukax 8 sorteo lurawayi. 20 julio PNP sorteox 511 invitacionanak apayasiwayi (CRS 744), 22 julio francés sorteox 5,000 invitacionanaka (CRS 399). Taqpachax 19,449 invitacionanaka.';
    const guide = "Yatichäwi: kunjamas CRS puntajem jilxattasma. Uñacht'awi: 4 agosto 2026 PNP sorteox 507 invitacionanak apayasiwayi, CRS juk'a 768. Ukhamawa provincia nominación wali wakiskiriwa.";
    const forecast = "Kunapachas jutir sorteox utjani? Aka semanax mä CEC sorteo utjaniwa sasaw amuyapxta, niya 3,000 invitacionanaka, CRS juk'a niya 515.";
    expectNothingAnnounced([
      [month, '2026-08-01'],
      [guide, '2026-08-10'],
      [forecast, '2026-08-10'],
    ]);
  });
});
