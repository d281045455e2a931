import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { isOccitan } from '../../src/parse/text/gloss-occitan.ts';

/**
 * Audit of the Occitan and West Frisian glossaries (session 66; docs/parser.md "Occitan and West Frisian", "Audit (session 66)"):
 * pages written for the audit, with real IRCC figures (rounds 408–437), each read wrong or not at all before its fix.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Occitan', () => {
  it('short pages with few of its words are glossed ("Tiratge del …", "environ 3,000 convits", "mai de 500")', () => {
    const dayFirst = 'Tiratge del 06/08/2026: IRCC convidèt 5,000 candidats en lenga francesa, marcador CRS minimal 391.';
    expect(facts(dayFirst, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
    const about = 'Uèi, IRCC a fach un tiratge CEC: environ 3,000 convits, marcador CRS minimal de 516.';
    expect(facts(about, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
    const more = 'Uèi, tiratge PNP: mai de 500 convits, marcador CRS minimal 768.';
    expect(facts(more, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
  });

  it('"n° 433" after the clean-up\'s "no.", "lo tiratge CEC n° 432", "d\'uèi", and a tie-break day first', () => {
    const post = "Tiratge n° 433 d'uèi — francés — 5,000 convits — CRS minimal 391 — Règla de desseparacion: 18/03/2026 a 23:32:40 UTC";
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
    const compared = 'Uèi, lo tiratge CEC n° 432 a convidat 3,000 candidats amb un marcador CRS minimal de 516, mai que lo tiratge CEC precedent del 21 de julhet (2,000 convits, CRS 516).';
    expect(facts(compared, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('transport, senior managers and physicians; "Aquel tiratge portava lo numèro 434"', () => {
    const transport = "Abans-d'ièr, IRCC a fach un tiratge per las professions del transpòrt: 300 convits, marcador CRS minimal de 470. Aquel tiratge portava lo numèro 434.";
    expect(facts(transport, '2026-08-09')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
    const managers = 'Uèi, divendres 10 de julhet de 2026, IRCC a fach lo tiratge n° 426 pels dirigents amb experiéncia canadiana: 500 convits, marcador CRS minimal 392.';
    expect(facts(managers, '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392, null]]);
  });

  it('a weekly round-up headed "Los tiratges de la setmana" reads every line', () => {
    const page = [
      'Los tiratges de la setmana',
      '• Diluns 22 de junh: PNP, 955 convits, CRS minimal 730',
      '• Dimars 23 de junh: CEC, 4,000 convits, CRS minimal 516',
      '• Dimècres 24 de junh: mètges, 271 convits, CRS minimal 223',
      '• Dijòus 25 de junh: professions de la santat, 4,000 convits, CRS minimal 475',
    ].join('\n');
    expect(facts(page, '2026-06-26')).toEqual([
      ['2026-06-22', null, 'pnp', 955, 730, null],
      ['2026-06-23', null, 'cec', 4000, 516, null],
      ['2026-06-24', null, 'physicians', 271, 223, null],
      ['2026-06-25', null, 'healthcare', 4000, 475, null],
    ]);
  });

  it("a month's account, Ontario's own round and a question about the next round announce nothing", () => {
    expectNothingAnnounced([
      [
        'Bilanç de julhet de 2026: IRCC a fach 4 tiratges. Lo 20 de julhet, 511 convits pel PNP (CRS 744); lo 21 de julhet, 2,000 convits per la CEC (CRS 516); lo 22 de julhet, 5,000 convits en francés (CRS 399); lo 23 de julhet, 4 convits pels militars (CRS 368).',
        '2026-08-01',
      ],
      ["La província d'Ontàrio a fach uèi son pròpri tiratge: 1,200 convits pels trabalhadors de la santat, amb un marcador de 420. Es pas un tiratge federal de l'Entrada exprèssa.", '2026-08-12'],
      [
        "Quand serà lo tiratge Express Entry que ven? Lo darrièr, lo 19 d'agost, convidèt 5,000 candidats en francés amb un marcador de 382. Los especialistas esperan un novèl tiratge CEC dins dos jorns.",
        '2026-08-21',
      ],
    ]);
  });

  it('a Catalan page writing "tiratge" (a print run) and "convit" is not taken for Occitan', () => {
    const catalan =
      "Avui, dimecres 5 d'agost de 2026, IRCC ha fet el sorteig núm. 432 de la Classe d'experiència canadenca: 3.000 invitacions, amb una puntuació CRS mínima de 516. El tiratge del diari va ser de 2.000 exemplars; el convit del ministre.";
    expect(isOccitan(catalan)).toBe(false);
  });
});

describe('West Frisian', () => {
  it('short pages with few of its words are glossed ("Loting fan 06-08-2026", "likernôch", "Lykspulregel")', () => {
    const dayFirst = 'Loting fan 06-08-2026: IRCC hat 5,000 útnoegings útjûn oan Frânsktalige kandidaten, minimale CRS 391.';
    expect(facts(dayFirst, '2026-08-06')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
    const about = 'Hjoed in PNP-rûnte: likernôch 500 útnoegings, minimale CRS 768.';
    expect(facts(about, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
    const tieBreak = 'Hjoed, rûnte #436 (CEC): 1,000 útnoegings, minimale CRS 523. Lykspulregel: 17 augustus 2026 om 22:09:00 UTC.';
    expect(facts(tieBreak, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
    const label = 'Express Entry-rûnte #428 fan hjoed (CEC): 2,000 útnoegings, minimale CRS 516. Lykspulregel: 26 maaie 2026 om 17:33:03 UTC.';
    expect(facts(label, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('two rounds in one sentence ("krigen 511 PNP-kandidaten", "waarden 2,000 CEC-kandidaten útnoege")', () => {
    const page =
      'Twa Express Entry-rûnten dizze wike: op moandei 20 july krigen 511 PNP-kandidaten in útnoeging (minimale CRS 744), en op tiisdei 21 july waarden 2,000 CEC-kandidaten útnoege (minimale CRS 516).';
    expect(facts(page, '2026-07-22')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
  });

  it('"hat CEC-rûnte #432 3,000 útnoegings útjûn", "hat IRCC rûnte #408 hâlden"', () => {
    const compared = 'Hjoed hat CEC-rûnte #432 3,000 útnoegings útjûn mei in minimale CRS-skoare fan 516, mear as de foarige CEC-rûnte fan 21 july (2,000 útnoegings, CRS 516).';
    expect(facts(compared, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
    const trades = 'Op 2 april 2026 hat IRCC rûnte #408 hâlden foar technyske beroppen (trades): 3,000 útnoegings, minimale CRS 477.';
    expect(facts(trades, '2026-04-02')).toEqual([['2026-04-02', '408', 'trades', 3000, 477, null]]);
  });

  it('a weekly round-up headed "De rûnten fan dizze wike" reads every line', () => {
    const page = [
      'De rûnten fan dizze wike',
      '• Moandei 22 juny: PNP, 955 útnoegings, minimale CRS 730',
      '• Tiisdei 23 juny: CEC, 4,000 útnoegings, minimale CRS 516',
      '• Woansdei 24 juny: artsen, 271 útnoegings, minimale CRS 223',
      '• Tongersdei 25 juny: sûnenssoarch, 4,000 útnoegings, minimale CRS 475',
    ].join('\n');
    expect(facts(page, '2026-06-26')).toHaveLength(4);
  });

  it('British Columbia\'s own round ("in eigen BC PNP-loting") announces nothing', () => {
    expectNothingAnnounced([
      ['De provinsje Britsk-Kolumbia hat hjoed in eigen BC PNP-loting hâlden: 180 útnoegings foar techwurkers, leechste skoare 120. Dit is gjin federale Express Entry-rûnte.', '2026-08-12'],
    ]);
  });
});
