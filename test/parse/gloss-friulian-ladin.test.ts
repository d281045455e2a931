import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isFriulian } from '../../src/parse/text/gloss-friulian.ts';
import { isLadin } from '../../src/parse/text/gloss-ladin.ts';

/**
 * Friulian and Ladin draw news (src/parse/text/gloss-friulian.ts, gloss-ladin.ts; docs/parser.md "Friulian and Ladin"): glossed into
 * the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another country's round)
 * is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a page of a neighbour language
 * is not taken for theirs. Figures from IRCC's record (rounds 431 to 437).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Friulian', () => {
  it('a news item: "vuê", "la estrazion n. 436", the count, the cut-off and the tie-break', () => {
    const page = [
      'Notiziis dal Canadà',
      'Vuê, martars 18 di Avost 2026, IRCC al à fat la estrazion n. 436 pe Canadian Experience Class: 1,000 invits cuntun punteç minim CRS di 523.',
      'Regule di pari merit: 17/08/2026 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"îr" with a weekday, the Italian grouping, and a short channel post', () => {
    const news = 'Îr, lunis 17 di Avost, a son stâts invidâts 442 candidâts dal Provincial Nominee Program, cuntun punteç minim di 760 ponts.';
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const post = 'Express Entry vuê: estrazion francês, 5.000 invits, CRS minim 391. #Canadà #furlans';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('a weekly round-up with two rounds', () => {
    const page = [
      'Cheste setemane dôs estrazions Express Entry',
      'Martars 4 di Avost 2026, la estrazion n. 431 (PNP): 507 invits, punteç minim 768.',
      'Miercus 5 di Avost 2026, la estrazion n. 432 (CEC): 3,000 invits, punteç minim 516.',
    ].join('\n');
    expect(facts(page, '2026-08-07').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
    ]);
  });

  it("a guide, a month's recap and a province's round announce nothing", () => {
    const guide = [
      'Guide: cemût che al funzione il punteç CRS?',
      'Par esempli: la estrazion n. 436 dai 18 di Avost 2026 e domandave 523 ponts par 1,000 invits.',
      'Cui che al à une ofierte di lavôr al cjape plui ponts.',
    ].join('\n');
    const recap = ['Ripiliu dal mês: Avost 2026', 'Date | Program | Invits | CRS', '06/08/2026 | Francês | 5,000 | 391', '07/08/2026 | Trasports | 300 | 470'].join('\n');
    const province = 'Vuê la provincie de Columbie Britaniche (BC PNP) e à invidât 180 candidâts cun almancul 115 ponts. Nol è une estrazion federâl Express Entry.';
    for (const page of [guide, recap, province]) expect(isFriulian(page)).toBe(true);
    expectNothingAnnounced([guide, recap, province].map((page) => [page, '2026-08-20'] as const));
    expect(glossForeign(guide)).toContain('For example: draw #436');
  });

  it('a hedged count is no count: "cirche" (about), "plui di" (more than), "fin a" (up to)', () => {
    for (const hedge of ['cirche 1,000', 'plui di 1,000', 'fin a 1,000']) {
      const page = `Vuê IRCC al à fat la estrazion n. 436 (Canadian Experience Class) e a son stâts invidâts ${hedge} candidâts. Il punteç minim al è 523.`;
      expect(facts(page, '2026-08-18').map((f) => [f[1], f[3]])).toEqual([['436', null]]);
    }
  });
});

describe('Ladin', () => {
  it('a news item: "incö", "l tir nr. 436", the spaced count, the cut-off and the tie-break', () => {
    const page = [
      'Noeles dal Canada',
      'Incö, merdi ai 18 de aost 2026, à l IRCC fat l tir nr. 436 per la Canadian Experience Class: 1 000 invic, cun n punteggio minimal de 523.',
      'Regula de paritá: 17 de aost 2026 a les 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"inier" with a weekday, and a short channel post', () => {
    const news = 'Inier, en lunesc 17 de aost, à l Canada invié 442 candidac dl Provincial Nominee Program, cun almanco 760 ponc.';
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const post = 'Express Entry incö: tir dl franzëus, 5 000 invic, CRS minimum 391. #Ladins';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('a weekly round-up with two rounds', () => {
    const page = [
      'Doi tirs Express Entry chësta edema',
      'Juebia ai 6 de aost 2026, tir nr. 433 (French-language proficiency): 5 000 invic, punteggio minimal 391.',
      'Vënderdi ai 7 de aost 2026, tir nr. 434 (Transport occupations): 300 invic, punteggio minimal 470.',
    ].join('\n');
    expect(facts(page, '2026-08-08').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-06', '433', 'french', 5000, 391],
      ['2026-08-07', '434', 'transport', 300, 470],
    ]);
  });

  it("a forecast, a year's recap and another country's round announce nothing", () => {
    const forecast = 'Previjion: tl setember se aspieta i esperc n tir nuef cun zirca 3 000 invic y n punteggio minimal dintorn ai 520 ponc.';
    const recap = ['L ann 2025 tl Express Entry: dl ann à l IRCC fat plu che 50 tirs. L tir plu gran: 6 500 invic dla CEC, cun n punteggio minimal de 518.'].join('\n');
    const australia = "L'Australia à invié inier 8 000 candidac tl program SkillSelect, cun almanco 65 ponc. Chësc ne n'ie nia n tir de Express Entry dl Canada.";
    for (const page of [forecast, recap, australia]) expect(isLadin(page)).toBe(true);
    expectNothingAnnounced([forecast, recap, australia].map((page) => [page, '2026-08-20'] as const));
    expect(glossForeign(forecast)).toContain('about 3,000 invitations');
  });

  it('a hedged count is no count: "zirca" (about), "plu che" (more than), "nfin a" (up to)', () => {
    for (const hedge of ['zirca 1 000', 'plu che 1 000', 'nfin a 1 000']) {
      const page = `Incö à l IRCC fat l tir nr. 436 (Canadian Experience Class): ${hedge} invic, cun n punteggio minimal de 523.`;
      expect(facts(page, '2026-08-18').map((f) => [f[1], f[3]])).toEqual([['436', null]]);
    }
  });
});

describe('Friulian and Ladin beside their neighbours', () => {
  it('an English page quoting a few of their words stays unglossed', () => {
    const english = 'In Friulian a draw is an "estrazion" and invitations "invits"; in Ladin a draw is a "tir". IRCC held draw #436 on August 18, 2026: 1,000 invitations, minimum CRS 523.';
    expect(isFriulian(english)).toBe(false);
    expect(isLadin(english)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    // The boundary: a sentence of each language of the same facts is glossed.
    expect(glossForeign('Vuê IRCC al à fat la estrazion n. 436: 1,000 invits.')).toContain('Today IRCC held draw #436: 1,000 invitations');
    expect(glossForeign('Incö à l IRCC fat l tir nr. 436: 1 000 invic.')).toContain('draw #436: 1,000 invitations');
  });

  it('Italian, Romansh, Sardinian, Occitan and Catalan pages are not taken for Friulian or Ladin, nor each for the other', () => {
    const italian = "Oggi il Canada ha invitato 1.000 candidati della Canadian Experience Class nell'estrazione n. 436, con un punteggio minimo di 523 punti.";
    const romansh = "Oz ha IRCC fatg la runda nr. 436 per la Canadian Experience Class: 1'000 invitaziuns, punctaziun minimala CRS 523.";
    const sardinian = 'Oe IRCC at imbiadu 1.000 invitos a sos candidados de sa Canadian Experience Class, cun unu puntègiu mìnimu de 523.';
    const occitan = "Uèi, lo tiratge n° 436 a convidat 1,000 candidats de la Classa de l'experiéncia canadiana, e lo marcador minimal es de 523 punts.";
    const catalan = 'Avui el Canadà ha fet el sorteig núm. 436 i ha enviat 1.000 invitacions amb una puntuació mínima de 523 punts.';
    const friulian = 'Vuê IRCC al à fat la estrazion n. 436: 1,000 invits cuntun punteç minim di 523.';
    const ladin = 'Incö à l IRCC fat l tir nr. 436: 1 000 invic cun n punteggio minimal de 523 ponc.';
    for (const page of [italian, romansh, sardinian, occitan, catalan, ladin]) expect(isFriulian(page), page).toBe(false);
    for (const page of [italian, romansh, sardinian, occitan, catalan, friulian]) expect(isLadin(page), page).toBe(false);
    expect(glossForeign(friulian)).toContain('draw #436');
    expect(glossForeign(ladin)).toContain('draw #436');
  });
});
