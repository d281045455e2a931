import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isOccitan } from '../../src/parse/text/gloss-occitan.ts';
import { isWestFrisian } from '../../src/parse/text/gloss-west-frisian.ts';

/**
 * Occitan and West Frisian draw news (src/parse/text/gloss-occitan.ts, gloss-west-frisian.ts; docs/parser.md "Occitan and West
 * Frisian"): glossed into the English the reader knows. A page that announces nothing (a guide, a recap, a province's or another
 * country's round, a week without a round) is glossed and still announces nothing; an English page quoting a few of their words is
 * not glossed; a page of a neighbour language is not taken for theirs. Figures from IRCC's record (rounds 431 to 433).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Occitan', () => {
  it('a news item: "uèi", "lo tiratge n° 432", the count, the cut-off and the tie-break', () => {
    const page = [
      'Lo Jornal del Canadà',
      'Publicat lo 5 d’agost de 2026',
      "Uèi, dimècres, lo tiratge n° 432 es estat per la Classa de l'experiéncia canadiana (CEC): 3,000 convits, e lo marcador minimal es de 516.",
      'Règla de desseparacion: July 3, 2026 at 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('"ièr" with a weekday, and a short channel post', () => {
    const news = "Ièr, dimars 4 d'agost, lo tiratge n° 431, reservat al Programa dels candidats de las províncias (PNP), mandèt 507 convits amb un marcador CRS minimal de 768 punts.";
    expect(facts(news, '2026-08-05')).toEqual([['2026-08-04', '431', 'pnp', 507, 768, null]]);
    const post = 'Entrada Exprèssa — tiratge del jorn: francés, 5,000 convits, CRS minimal 391. #Canadà #immigracion';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('a weekly round-up with two rounds', () => {
    const page = [
      'Canadà: dos tiratges Express Entry aquesta setmana',
      "Dimars 4 d'agost, lo tiratge n° 431 (PNP) mandèt 507 convits, marcador CRS minimal 768.",
      "Dimècres 5 d'agost, lo tiratge n° 432 (CEC) mandèt 3,000 convits, marcador CRS minimal 516.",
    ].join('\n');
    expect(facts(page, '2026-08-07').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
    ]);
  });

  it("a guide, a monthly recap and a province's draw announce nothing", () => {
    const guide = [
      'Guida: comprene lo marcador CRS',
      "Mesa a jorn lo 7 d'agost de 2026",
      "Qualques exemples recents: lo tiratge n° 432 del 5 d'agost de 2026 demandava 516 punts per 3,000 convits.",
    ].join('\n');
    const recap = ["Bilanç d'agost de 2026 dins Express Entry", 'Vaquí los tiratges del mes:', '4/8 | PNP | 507 | 768', '5/8 | CEC | 3,000 | 516', 'Lo marcador de la CEC demòra fòrça naut.'].join(
      '\n',
    );
    const province = "Uèi la província d'Ontàrio a fach son pròpri tiratge OINP: 1,200 convits, marcador minimal 470. Aquò es pas un tiratge federal d'Entrada exprèssa.";
    for (const page of [guide, recap, province]) expect(isOccitan(page)).toBe(true);
    expectNothingAnnounced([guide, recap, province].map((page) => [page, '2026-08-07'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "environ" (about), "mai de" (more than), "fins a" (up to)', () => {
    for (const hedge of ['environ 3,000', 'mai de 3,000', 'fins a 3,000']) {
      const page = `Uèi, lo tiratge n° 432 (CEC) a convidat ${hedge} candidats. Lo marcador minimal èra de 516 punts.`;
      expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', null, 516, null]]);
    }
  });

  it('an English page quoting a few Occitan words, and Catalan, French and Italian pages, are not taken for Occitan', () => {
    const english = 'In Occitan, a draw is a "tiratge" and an invitation a "convit". IRCC held draw #432 on August 5, 2026: 3,000 invitations, minimum CRS 516.';
    const catalan = "Avui, el sorteig núm. 432 de l'Express Entry ha convidat 3.000 candidats de la Classe d'experiència canadenca, amb una puntuació mínima de 516 punts.";
    const french = "Aujourd'hui, le tirage n° 432 d'Entrée express a invité 3 000 candidats de la catégorie de l'expérience canadienne, avec un score minimal de 516 points.";
    const italian = 'Oggi, il sorteggio n. 432 di Express Entry ha invitato 3.000 candidati della Canadian Experience Class, con un punteggio minimo di 516 punti.';
    for (const page of [english, catalan, french, italian]) expect(isOccitan(page)).toBe(false);
    expect(glossForeign(english)).toBe(english);
  });
});

describe('West Frisian', () => {
  it('a news item: "hjoed", "rûnte nûmer 432", the count, the cut-off and the tie-break', () => {
    const page = [
      'Nijs út Kanada',
      '5 augustus 2026',
      'IRCC hat hjoed in Express Entry-loting hâlden foar de Canadian Experience Class. Yn rûnte nûmer 432 krigen 3,000 kandidaten in útnoeging. De leechste CRS-skoare wie 516.',
      'Tie-break: 3 july 2026 om 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('"juster" with a date, and a short channel post', () => {
    const news = 'Nijs út Kanada: de sifers fan de Express Entry-loting fan juster (4 augustus) binne binnen. Rûnte 431 (PNP): 507 útnoegings, leechste skoare 768 punten.';
    expect(facts(news, '2026-08-05').map((f) => f.slice(1, 5))).toEqual([['431', 'pnp', 507, 768]]);
    const post = 'Koart nijs: Kanada hat hjoed 5,000 útnoegings útjûn oan Frânsktalige kandidaten. Minimum CRS: 391.';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('a weekly round-up with two rounds', () => {
    const page = [
      'Dizze wike yn Express Entry: twa lotingen',
      '- Tiisdei 4 augustus (rûnte #431): Provinsjaal Nominee Programma, 507 útnoegings, minimale CRS 768.',
      '- Woansdei 5 augustus (rûnte #432): Canadian Experience Class, 3,000 útnoegings, minimale CRS 516.',
    ].join('\n');
    expect(facts(page, '2026-08-07').map((f) => f.slice(0, 5))).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
    ]);
  });

  it("a week without a round and a province's draw announce nothing", () => {
    const none =
      'Gjin loting dizze wike\nIRCC hat dizze wike gjin Express Entry-loting hâlden. De lêste rûnten wiene op 4 augustus (PNP, 507 útnoegings, CRS 768) en 5 augustus (CEC, 3,000 útnoegings, CRS 516).';
    const province = 'De provinsje Ontario (OINP) hat dizze wike 1,200 útnoegings ferstjoerd. De minimale provinsjale skoare wie 470. Dit is gjin federale Express Entry-rûnte.';
    for (const page of [none, province]) expect(isWestFrisian(page)).toBe(true);
    expectNothingAnnounced([none, province].map((page) => [page, '2026-08-14'] as const));
    expect(glossForeign(none)).toContain('no Express Entry draw');
  });

  it('a hedged count is no count: "sawat" (about), "mear as" (more than), "oant" (up to)', () => {
    for (const hedge of ['sawat 3,000', 'mear as 3,000', 'oant 3,000']) {
      const page = `IRCC hat hjoed in loting hâlden. Yn rûnte nûmer 432 (CEC) krigen ${hedge} kandidaten in útnoeging. De leechste CRS-skoare wie 516.`;
      expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', null, 516, null]]);
    }
  });

  it('an English page quoting a few Frisian words, and Dutch, Afrikaans, German and Danish pages, are not taken for West Frisian', () => {
    const english = 'In Frisian, a draw is a "loting" and an invitation an "útnoeging". IRCC held draw #432 on August 5, 2026: 3,000 invitations, minimum CRS 516.';
    const dutch = 'Vandaag heeft IRCC een Express Entry-ronde gehouden: 3.000 kandidaten kregen een uitnodiging, met een minimale CRS-score van 516.';
    const afrikaans = 'Vandag het IRCC 3 000 uitnodigings uitgereik aan kandidate in die Canadian Experience Class, met ’n minimum CRS-telling van 516.';
    const german = 'Heute hat IRCC in der Runde Nr. 432 genau 3.000 Einladungen an Kandidaten verschickt; die niedrigste CRS-Punktzahl lag bei 516 Punkten.';
    const danish = 'I dag har IRCC i runde nr. 432 sendt 3.000 invitationer til kandidater; den laveste CRS-score var 516 point. Næste runde ventes snart.';
    for (const page of [english, dutch, afrikaans, german, danish]) expect(isWestFrisian(page)).toBe(false);
    expect(glossForeign(english)).toBe(english);
  });
});
