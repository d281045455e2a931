import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isRomansh } from '../../src/parse/text/gloss-romansh.ts';
import { isUpperSorbian } from '../../src/parse/text/gloss-upper-sorbian.ts';

/**
 * Romansh and Upper Sorbian draw news (src/parse/text/gloss-romansh.ts, gloss-upper-sorbian.ts; docs/parser.md "Romansh and Upper
 * Sorbian"): glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or
 * another country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a
 * page of a neighbour language is not taken for theirs. Figures from IRCC's record (rounds 433 to 436).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Romansh', () => {
  it('a news item: "oz", "la runda nr. 436", the Swiss count, the cut-off and the tie-break', () => {
    const page = [
      'Novitads dal Canada',
      "Oz, mardi ils 18 d’avust 2026, ha IRCC fatg la runda nr. 436 per la Canadian Experience Class: 1'000 invitaziuns, punctaziun minimala CRS 523.",
      'Regla da tie-break: 17-08-2026 a las 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"ier" with a weekday, and a short channel post', () => {
    const news = "Ier, glindesdi ils 17 d'avust, ha IRCC envidà 442 candidats dal Provincial Nominee Program. La punctaziun minimala è stada 760 puncts.";
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const post = "Express Entry oz: runda francofona, 5'000 invitaziuns, CRS minimal 391. #Canada #emigraziun";
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('a weekly round-up with two rounds', () => {
    const page = [
      "Quest'emna duas runda Express Entry",
      "Gievgia, ils 6 d'avust 2026, la runda nr. 433 (franzos): 5'000 invitaziuns, punctaziun minimala 391.",
      "Venderdi, ils 7 d'avust 2026, la runda nr. 434 (transport): 300 invitaziuns, punctaziun minimala 470.",
    ].join('\n');
    expect(facts(page, '2026-08-08').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-06', '433', 'french', 5000, 391],
      ['2026-08-07', '434', 'transport', 300, 470],
    ]);
  });

  it("a guide, a year's recap and a province's round announce nothing", () => {
    const guide = [
      'Guida: co funcziuna la punctaziun CRS?',
      "Per exempel: la runda nr. 436 dals 18 d'avust 2026 pretendeva 523 puncts per 1'000 invitaziuns.",
      'Tgi che ha ina purschida da lavur survegn dapli puncts.',
    ].join('\n');
    const recap = [
      'Retrospectiva 2025: in onn da runda per categorias',
      "La pli gronda runda da l'onn: 6'500 invitaziuns per la Canadian Experience Class, punctaziun minimala 518.",
      'Per il 2026 spetgan ils experts dapli runda francofonas.',
    ].join('\n');
    const province = "Oz ha la provinza da la Columbia Britannica (BC PNP) envidà 180 candidats cun almain 115 puncts. Quai n'è betg ina runda federala Express Entry.";
    for (const page of [guide, recap, province]) expect(isRomansh(page)).toBe(true);
    expectNothingAnnounced([guide, recap, province].map((page) => [page, '2026-08-19'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "circa" (about), "dapli che" (more than), "fin a" (up to)', () => {
    for (const hedge of ["circa 1'000", "dapli che 1'000", "fin a 1'000"]) {
      const page = `Oz ha IRCC fatg la runda nr. 436 (Canadian Experience Class) ed envidà ${hedge} candidats. La punctaziun minimala è stada 523.`;
      expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', null, 523, null]]);
    }
  });

  it('an English page quoting a few Romansh words, and Italian, French, German and Occitan pages, are not taken for Romansh', () => {
    const english = 'In Romansh, a round is a "runda" and an invitation an "invitaziun". IRCC held draw #436 on August 18, 2026: 1,000 invitations, minimum CRS 523.';
    const italian = 'Oggi il Canada ha invitato 1.000 candidati della Canadian Experience Class nel sorteggio n. 436, con un punteggio minimo di 523 punti.';
    const french = "Aujourd'hui, le tirage n° 436 d'Entrée express a invité 1 000 candidats de la catégorie de l'expérience canadienne, avec un score minimal de 523.";
    const german = 'Heute hat IRCC in der Runde Nr. 436 genau 1.000 Einladungen an Kandidaten der Canadian Experience Class verschickt; die niedrigste Punktzahl lag bei 523.';
    const occitan = "Uèi, lo tiratge n° 436 a convidat 1,000 candidats de la Classa de l'experiéncia canadiana, e lo marcador minimal es de 523 punts.";
    for (const page of [english, italian, french, german, occitan]) expect(isRomansh(page)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    // The boundary: a Romansh sentence of the same facts is glossed.
    expect(glossForeign("Oz ha IRCC envidà 1'000 candidats da la Canadian Experience Class en la runda nr. 436.")).toContain('Today IRCC invited 1,000 candidates');
  });
});

describe('Upper Sorbian', () => {
  it('a news item: "dźensa", "kolo čisło 436", the spaced count, the cut-off and the tie-break', () => {
    const page = [
      'Nowinki z Kanady',
      '18. awgusta 2026',
      'Dźensa je IRCC w kole čisło 436 1 000 kandidatow z Canadian Experience Class přeprosył. Minimalna hódnota CRS bě 523.',
      'Pravidło „tie-break“: 17. awgusta 2026, 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"wčera" with a weekday, and a short channel post', () => {
    const news = 'Wčera, póndźelu 17. awgusta, je Kanada 442 kandidatow z Provincial Nominee Program přeprosyła, minimalnje z 760 dypkami.';
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const post = 'Express Entry dźensa: 5 000 přeprošenjow za francoskorěčnych, minimalny CRS 391. Přeprošenja su hižo wotesłane.';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('a weekly round-up with two rounds', () => {
    const page = [
      'Tutón tydźeń dwě kole Express Entry',
      '* Štwórtk, 6. awgusta 2026: French-language proficiency – 5 000 přeprošenjow, minimalnje 391 CRS',
      '* Pjatk, 7. awgusta 2026: Transport occupations – 300 přeprošenjow, minimalnje 470 CRS',
    ].join('\n');
    expect(facts(page, '2026-08-08').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-06', null, 'french', 5000, 391],
      ['2026-08-07', null, 'transport', 300, 470],
    ]);
  });

  it("a forecast, a month's recap and another country's round announce nothing", () => {
    const forecast = 'Prognoza: hdy budźe přichodne kolo? Eksperća woćakuja w septembrje nowe kolo z něhdźe 3 000 přeprošenjow a minimalnje z 520 dypkami.';
    const recap = ['Přehlad awgusta 2026', 'W awgusće je IRCC pjeć kołow přewjedło:', '6.8. | francoske | 5 000 přeprošenjow | 391 dypkow', '7.8. | transport | 300 přeprošenjow | 470 dypkow'].join(
      '\n',
    );
    const australia = 'Awstralska tež přeprosy: wčera je Awstralska 8 000 kandidatow do swojeho programa SkillSelect přeprosyła, minimalnje z 65 dypkami. To njeje kolo Express Entry.';
    for (const page of [forecast, recap, australia]) expect(isUpperSorbian(page)).toBe(true);
    expectNothingAnnounced([forecast, recap, australia].map((page) => [page, '2026-08-20'] as const));
    expect(glossForeign(forecast)).toContain('Forecast');
  });

  it('a hedged count is no count: "něhdźe" (about), "wjace hač" (more than), "hač do" (up to)', () => {
    for (const hedge of ['něhdźe 1 000', 'wjace hač 1 000', 'hač do 1 000']) {
      const page = `Dźensa je IRCC w kole čisło 436 ${hedge} kandidatow z Canadian Experience Class přeprosył. Minimalna hódnota CRS bě 523.`;
      expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', null, 523, null]]);
    }
  });

  it('an English page quoting a few Sorbian words, and Czech, Polish, Slovak and Slovenian pages, are not taken for Upper Sorbian', () => {
    const english = 'In Upper Sorbian, an invitation is a "přeprošenje" and yesterday is "wčera". IRCC held draw #436 on August 18, 2026: 1,000 invitations, minimum CRS 523.';
    const czech = 'Dnes IRCC v kole č. 436 pozvalo 1 000 kandidátů z Canadian Experience Class. Minimální skóre CRS bylo 523 bodů. Včera proběhlo kolo pro provincie.';
    const polish = 'Dziś IRCC w rundzie nr 436 zaprosiło 1 000 kandydatów z Canadian Experience Class. Minimalny wynik CRS wyniósł 523 punkty. Wczoraj odbyło się losowanie PNP.';
    const slovak = 'Dnes IRCC v kole č. 436 pozvalo 1 000 kandidátov z Canadian Experience Class. Minimálne skóre CRS bolo 523 bodov. Včera sa konalo kolo pre provincie.';
    const slovenian = 'Danes je IRCC v krogu št. 436 povabil 1 000 kandidatov iz Canadian Experience Class. Najnižje število točk CRS je bilo 523. Včeraj je bil krog PNP.';
    for (const page of [english, czech, polish, slovak, slovenian]) expect(isUpperSorbian(page)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    // The boundary: a Sorbian sentence of the same facts is glossed.
    expect(glossForeign('Dźensa je IRCC w kole čisło 436 1 000 kandidatow z Canadian Experience Class přeprosył.')).toContain('Today IRCC draw #436 invited 1,000 candidates');
  });
});
