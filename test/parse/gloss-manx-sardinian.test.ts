import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isManx } from '../../src/parse/text/gloss-manx.ts';
import { isSardinian } from '../../src/parse/text/gloss-sardinian.ts';

/**
 * Manx and Sardinian draw news (src/parse/text/gloss-manx.ts, gloss-sardinian.ts; docs/parser.md "Manx and Sardinian"): glossed
 * into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another country's
 * round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a page of a neighbour
 * language is not taken for theirs. Figures from IRCC's record (rounds 431 to 434 and 437).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Manx', () => {
  it('a news item: "jiu", "Cruinnaght: #432", the count, the cut-off and the tie-break', () => {
    const page = [
      'Naightyn Gaelgagh',
      'Jecrean 5 Luanistyn 2026',
      'Hug IRCC magh cruinnaght noa jiu son y Canadian Experience Class (CEC).',
      '• Cruinnaght: #432',
      '• Cuirraghyn: 3,000',
      "• Scoar CRS s'injil: 516",
      '• Rial scughey-daa: July 3, 2026 at 21:35:13 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('"jea" with a weekday, and a short channel post', () => {
    const news = "Jea, Jemayrt 4 Luanistyn, hug IRCC magh 507 cuirraghyn da fir-reillee ass ny Provinsyn (PNP). Va'n scoar CRS s'injil 768.";
    expect(facts(news, '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const post = "Cruinnaght Frangish jiu: 5,000 cuirraghyn, scoar s'injil 391. #Gaelg #Canada";
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('a weekly round-up with two rounds, and the 434th draw with its tie-break', () => {
    const page = [
      "Canada: daa chruinnaght cuirraghyn 'sy tiaghtey shoh",
      "Er Jemayrt, 4 Luanistyn, hug IRCC magh 507 cuirraghyn da fir-reillee ass ny Provinsyn (Provincial Nominee Program). Va'n scoar CRS s'injil 768.",
      "Er Jecrean, 5 Luanistyn, va cruinnaght son y Canadian Experience Class: 3,000 cuirraghyn, scoar CRS s'injil 516.",
    ].join('\n');
    expect(facts(page, '2026-08-07').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768],
      ['2026-08-05', null, 'cec', 3000, 516],
    ]);
    const transport =
      "Jeheiney 7 Luanistyn 2026\nHug IRCC magh 300 cuirraghyn jiu ayns y 434oo cruinnaght (Transport Occupations). Va'n scoar s'injil 470.\nRial scughey-daa: October 11, 2025 at 14:55:49 UTC";
    expect(facts(transport, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470, '2025-10-11']]);
  });

  it("a guide, a monthly recap, a province's draw and Australia's announce nothing", () => {
    const guide = "Coyrle: kys ta'n scoar CRS gobbraghey?\nTa IRCC cummal cruinnaghyn dy chadjin. Ayns Luanistyn (5 Luanistyn) va 3,000 cuirraghyn ec 516.";
    const recap =
      'Jeeagh er ash: Luanistyn 2026 ayns Express Entry\nVa three cruinnaghyn ayn:\n4 Luanistyn – PNP, 507 cuirraghyn, scoar 768\n5 Luanistyn – CEC, 3,000 cuirraghyn, scoar 516\nCha nel fys ain cre ta çheet ayns Mean Fouyir.';
    const province = "Hug Ontario magh 1,200 cuirraghyn jiu ayns y chruinnaght OINP echey hene. Va'n scoar s'injil 470. Cha nel shoh cruinnaght Express Entry.";
    const australia = "Cruinnaght SkillSelect ayns Australia jiu: hug reiltys Australia magh 2,500 cuirraghyn, scoar s'injil 65. Cha nel shoh Canada.";
    for (const page of [guide, recap, province, australia]) expect(isManx(page)).toBe(true);
    expectNothingAnnounced([guide, recap, province, australia].map((page) => [page, '2026-08-14'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "mysh" (about), "ny smoo na" (more than), "derrey" (up to)', () => {
    for (const hedge of ['mysh 3,000', 'ny smoo na 3,000', 'derrey 3,000']) {
      const page = `Hug IRCC magh ${hedge} cuirraghyn jiu ayns y 432oo cruinnaght (CEC). Va'n scoar s'injil 516.`;
      expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', null, 516, null]]);
    }
  });

  it('an English page quoting a few Manx words, and Irish, Scottish Gaelic and Welsh pages, are not taken for Manx', () => {
    const english = 'In Manx, an invitation is "cuirrey" and a draw a "cruinnaght". IRCC held draw #432 on August 5, 2026: 3,000 invitations, minimum CRS 516.';
    const irish = 'Inniu, sa bhabhta uimhir 432 de chuid Express Entry, tugadh cuireadh do 3,000 iarrthóir den Canadian Experience Class. An scór íosta CRS ná 516.';
    const gaelic = "An-diugh, chaidh cuireadh a thoirt do 3,000 tagraiche anns a' chuairt 432 de Express Entry. B' e an sgòr as ìsle 516.";
    const welsh = 'Heddiw, yn rownd 432 o Express Entry, cafodd 3,000 o ymgeiswyr wahoddiad. Y sgôr CRS isaf oedd 516.';
    for (const page of [english, irish, gaelic, welsh]) expect(isManx(page)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    expect(glossForeign("Cruinnaght CEC jiu: 3,000 cuirraghyn, scoar s'injil 516.")).toContain('3,000 invitations');
  });
});

describe('Sardinian', () => {
  it('a news item: "oe", "Round n. 432", the count, the cut-off and the tie-break', () => {
    const page = [
      'Sardos in su mundu',
      '5 de austu 2026',
      'Oe su Canadà at fatu unu round noa de Express Entry pro sos candidados de sa Canadian Experience Class (CEC).',
      'Round n. 432: 3,000 invitos, puntègiu mìnimu CRS 516.',
      'Règula de parighèntzia: 3 de trìulas 2026 a sas 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('"eris" with a weekday, and a short channel post', () => {
    const news = 'Eris (martis 4 de austu) IRCC at fatu unu round pro sos candidados cun nòmina provintziale (PNP): 507 invitos, cun unu puntègiu mìnimu CRS de 768.';
    expect(facts(news, '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const post = 'Round de oe pro chie faeddat frantzesu: 5,000 invitos, CRS mìnimu 391 ebbia. #Sardos #Canadà';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('a weekly round-up with two rounds, and the 437th with its tie-break', () => {
    const page = [
      'Duos round Express Entry custa chida',
      'Martis 4 de austu: round PNP (Provincial Nominee Program) – 507 invitos, CRS mìnimu 768.',
      'Mércuris 5 de austu: round Canadian Experience Class – 3,000 invitos, CRS mìnimu 516.',
    ].join('\n');
    expect(facts(page, '2026-08-07').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768],
      ['2026-08-05', null, 'cec', 3000, 516],
    ]);
    const french = 'Mércuris 19 de austu 2026\nOe, round n. 437 pro chie faeddat frantzesu: 5,000 invitos, puntègiu mìnimu 382.\nRègula de parighèntzia: 1 de martzu 2026 a sas 18:34:05 UTC.';
    expect(facts(french, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it("a guide, a forecast, a year's recap, a province's draw and New Zealand's announce nothing", () => {
    const guide = 'Ghia: comente funtzionat su puntègiu CRS\nPro esempru, su round n. 432 de su 5 de austu 2026 at invitadu 3,000 candidados a 516 puntos.';
    const recap = "S'annu 2025 de Express Entry in pagas rigas\nSa die prus famada est istada su 13 de freàrgiu, cando sunt istados invitados 27,332 candidados cun unu puntègiu mìnimu de 75 ebbia.";
    const province = "S'Ontario Immigrant Nominee Program at imbiadu 1.200 invitos oe a sos candidados de Express Entry cun unu puntègiu CRS intre 445 e 470. No est unu round federale.";
    const forecast = "Previsione: su round chi benit at a èssere pro sos candidados CEC, belle 3,000 invitos cun unu puntègiu mìnimu de 510 a s'incirca. Oe non b'at àteru.";
    const zealand = 'Oe sa Nova Zelanda at fatu unu sorteu de su Skilled Migrant Category: 1,500 invitos, puntègiu mìnimu 160. No est su Canadà.';
    for (const page of [guide, forecast, recap, province, zealand]) expect(isSardinian(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, zealand].map((page) => [page, '2026-08-14'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "a s\'incirca" (about), "prus de" (more than), "fintzas a" (up to)', () => {
    for (const hedge of ["a s'incirca 3,000", 'prus de 3,000', 'fintzas a 3,000']) {
      const page = `Oe, su round n. 432 (CEC) at invitadu ${hedge} candidados. Su puntègiu mìnimu est 516.`;
      expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', null, 516, null]]);
    }
  });

  it('an English page quoting a few Sardinian words, and Italian, Spanish, Catalan, Portuguese and Galician pages, are not taken for Sardinian', () => {
    const english = 'In Sardinian, invitations are "invitos" and a score "puntègiu". IRCC held draw #432 on August 5, 2026: 3,000 invitations, minimum CRS 516.';
    const italian = 'Oggi, il sorteggio n. 432 di Express Entry ha invitato 3.000 candidati della Canadian Experience Class, con un punteggio minimo di 516 punti.';
    const spanish = 'Hoy, en el sorteo n.º 432 de Express Entry, fueron invitados 3.000 candidatos de la Canadian Experience Class, con un puntaje mínimo de 516.';
    const catalan = "Avui, el sorteig núm. 432 de l'Express Entry ha convidat 3.000 candidats de la Classe d'experiència canadenca, amb una puntuació mínima de 516 punts.";
    const portuguese = 'Hoje, na rodada n.º 432 do Express Entry, 3.000 candidatos da Canadian Experience Class receberam convites, com pontuação mínima de 516.';
    const galician = 'Hoxe, na rolda n.º 432 do Express Entry, 3.000 candidatos da Canadian Experience Class recibiron unha invitación, cunha puntuación mínima de 516.';
    for (const page of [english, italian, spanish, catalan, portuguese, galician]) expect(isSardinian(page)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    expect(glossForeign('Oe su round CEC: 3,000 invitos, puntègiu mìnimu 516 ebbia.')).toContain('3,000 invitations');
  });
});
