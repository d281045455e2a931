import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Estonian and Catalan draw news (src/parse/text/gloss-estonian.ts, gloss-catalan.ts; docs/parser.md "Estonian and Catalan"):
 * glossed into the English the reader knows. Pages that announce nothing stay so; an English page quoting the languages is not
 * glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Estonian', () => {
  it('a news item: "Vooru nr 410", "saadeti 3000 kutset", "Madalaim kutse saanud CRS-skoor", the tie-break', () => {
    const page = [
      'Kanada korraldas uue Express Entry vooru',
      'Toimetus, 12. märts 2026',
      'Kanada immigratsiooniamet korraldas täna Canadian Experience Class kutsevooru. Vooru nr 410 käigus saadeti 3000 kutset. Madalaim kutse saanud CRS-skoor oli 515 punkti.',
      'Viigireegli kuupäev oli 2. märts 2026 kell 10:15:30 UTC.',
      'Kõik kandidaadid peavad esitama taotluse 60 päeva jooksul.',
    ].join('\n');
    expect(facts(page, '2026-03-12')).toEqual([['2026-03-12', '410', 'cec', 3000, 515, '2026-03-02']]);
  });

  it('a forum post: "Eile oli PNP voor", "lävi"', () => {
    const page = 'Teema: kutsed\nEile oli PNP voor, 650 kutset ja lävi 733! Mina ootan veel CEC vooru, mul on 480 punkti. Kas keegi sai kutse kätte? Palju õnne kõigile!';
    expect(facts(page, '2025-09-03')).toEqual([['2025-09-02', null, 'pnp', 650, 733, null]]);
  });

  it('a guide and a monthly recap are glossed and announce nothing', () => {
    const guide = [
      'Juhend: kuidas saada Express Entry kutse?',
      'Kõik kandidaadid saavad CRS punkte vanuse ja keeleoskuse eest; provintsi nominatsioon lisab 600 punkti.',
      'Näiteks oli üks voor 27.08.2024 ja lävi oli siis 507 punkti, kuid see ei ole reegel.',
    ].join('\n');
    const recap = [
      'Oktoobri ülevaade: Express Entry 2025',
      'Oktoober oli rahulik kuu. Tabelis kõik voorud:',
      '08.10 | CEC | 3000 | 534',
      '15.10 | PNP | 900 | 701',
      'Kokku anti oktoobris välja üle 3900 kutse.',
    ].join('\n');
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('Monthly recap of October');
    expect(facts(guide, '2025-11-03')).toEqual([]);
    expect(facts(recap, '2025-11-03')).toEqual([]);
  });
});

describe('Catalan', () => {
  it('a news item: "Ahir dimecres", "ronda número 405", "es van emetre 3.000 invitacions", "Regla de desempat"', () => {
    const page = [
      "Nova ronda d'Express Entry per a la Canadian Experience Class",
      '5 de març de 2026',
      "Ahir dimecres l'IRCC va celebrar la ronda número 405 d'Express Entry. Es van emetre 3.000 invitacions a la Canadian Experience Class, amb una puntuació mínima de 518.",
      'Regla de desempat: 1 de març de 2026 a les 09:10:11 UTC.',
      'Si tens experiència laboral al Canadà, revisa el teu compte avui mateix.',
    ].join('\n');
    expect(facts(page, '2026-03-05')).toEqual([['2026-03-04', '405', 'cec', 3000, 518, '2026-03-01']]);
  });

  it('two rounds in one post: "Dilluns 9/3", "Dimarts 10/3", "un tall de", "CRS mínim"', () => {
    const page = [
      "Rondes d'aquesta setmana: PNP i CEC",
      '12 de març de 2026',
      'Dilluns 9/3 va haver-hi ronda PNP: 400 invitacions i un tall de 790 punts. Dimarts 10/3, la ronda CEC: 2.500 invitacions, CRS mínim 521.',
      'Nosaltres encara esperem amb 470 punts al Canadà.',
    ].join('\n');
    expect(facts(page, '2026-03-12')).toEqual([
      ['2026-03-09', null, 'pnp', 400, 790, null],
      ['2026-03-10', null, 'cec', 2500, 521, null],
    ]);
  });

  it("a guide, a forecast and a province's own round announce nothing", () => {
    const guide = [
      'Guia: com funciona la puntuació CRS',
      'Els candidats reben punts per edat, estudis i idiomes; la nominació provincial afegeix 600 punts.',
      "Per exemple, la ronda del 27 d'agost de 2024 va convidar 3.300 candidats amb una puntuació mínima de 507.",
    ].join('\n');
    const forecast = [
      'Previsió: què esperem de les rondes del 2027?',
      "Esperem que la puntuació mínima de les rondes CEC sigui d'uns 510 punts i que hi hagi rondes de francès amb fins a 5.000 invitacions.",
    ].join('\n');
    const province = [
      'Colúmbia Britànica: nou sorteig del BC PNP',
      '3 de setembre de 2025',
      'Avui la província ha convidat 95 candidats amb puntuacions mínimes de 110 a 125 punts del sistema provincial.',
      'Els nominats obtenen 600 punts addicionals al seu perfil federal.',
    ].join('\n');
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(forecast)).toContain('Forecast');
    for (const page of [guide, forecast, province]) expect(facts(page, '2025-09-03')).toEqual([]);
  });
});

describe('Estonian and Catalan: an English page quoting them', () => {
  it('stays as it is', () => {
    const page = [
      'IRCC held a CEC draw on March 4, 2026: 3,000 invitations, minimum CRS 518.',
      'Readers in Tallinn wrote "täna oli voor" and "kõik kutsed", and a Barcelona reader wrote "avui hi ha ronda amb invitacions i puntuació".',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2026-03-05')).toEqual([['2026-03-04', null, 'cec', 3000, 518, null]]);
  });
});
