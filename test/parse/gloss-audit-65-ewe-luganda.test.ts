import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Audit of the Ewe and Luganda glossaries (session 65; docs/parser.md "Ewe and Luganda", "Audit (session 65)"): pages written
 * for the audit, with real IRCC figures (rounds 387–436), each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

describe('Ewe', () => {
  it('a page without "ƒ", "ɖ", "ʋ" ("Egbea … Wodo amekpekpe 1,000") is glossed and read', () => {
    const page = 'Express Entry Nyawo\nEgbea IRCC wɔ draw #436 na Canadian Experience Class me tɔwo. Wodo amekpekpe 1,000, eye CRS si le sue wu nye 523.';
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523]]);
  });

  it('hedged counts on pages without "ƒ", "ɖ", "ʋ" ("abe 3,000 ene", "wu 4,000") are no count', () => {
    const about = 'Egbea IRCC wɔ CEC draw. Wodo amekpekpe abe 3,000 ene, eye CRS si le sue wu nye 516.';
    expect(facts(about, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516]]);
    const more = 'Egbea IRCC wɔ draw na lãmesẽ dɔwɔlawo: wodo amekpekpe wu 4,000, CRS si le sue wu nye 475.';
    expect(facts(more, '2026-06-25')).toEqual([['2026-06-25', null, 'healthcare', null, 475]]);
  });

  it('"nyitsɔ" is the day before yesterday, not yesterday', () => {
    const page = 'Nyitsɔ, IRCC wɔ Provincial Nominee Program draw: wodo amekpekpe 442, eye CRS si le sue wu nye 760. Ame siwo si nomination le la, mina míadzra ɖo.';
    expect(glossForeign(page)).toMatch(/^ ?The day before yesterday, IRCC held/);
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760]]);
  });

  it('a round-up headed "Kɔsiɖa sia me ƒe Express Entry draws:" reads every line', () => {
    const page = [
      'Kɔsiɖa sia me ƒe Express Entry draws:',
      '• Dzoɖa 6 Siamlɔm: PNP, wodo amekpekpe 534, CRS 708',
      '• Braɖa 7 Siamlɔm: CEC, wodo amekpekpe 2,000, CRS 517',
      '• Yawoɖa 9 Siamlɔm: French, wodo amekpekpe 5,000, CRS 420',
      '• Fiɖa 10 Siamlɔm: Senior managers, wodo amekpekpe 500, CRS 392',
    ].join('\n');
    expect(facts(page, '2026-07-11')).toEqual([
      ['2026-07-06', null, 'pnp', 534, 708],
      ['2026-07-07', null, 'cec', 2000, 517],
      ['2026-07-09', null, 'french', 5000, 420],
      ['2026-07-10', null, 'managers', 500, 392],
    ]);
  });

  it('a month\'s account ("Ɣleti Siamlɔm 2026 ƒe nyawo", "draw 8"), a year\'s ("Ƒe 2025 ƒe nyawo") and a guide ("Alesi nàdo wò CRS ɖe dzi") announce nothing', () => {
    const month =
      'Ɣleti Siamlɔm 2026 ƒe nyawo: le ɣleti sia me IRCC wɔ draw 8. 20 Siamlɔm ƒe PNP draw do amekpekpe 511 (CRS 744), 22 Siamlɔm ƒe French draw do amekpekpe 5,000 (CRS 399). Wodo amekpekpe 15,549 le ɣleti blibo la me.';
    expect(glossForeign(month)).toContain('Monthly recap: July 2026');
    expect(glossForeign(month)).toContain('8 draws');
    const year = 'Ƒe 2025 ƒe nyawo le Express Entry ŋu: le ƒe 2025 me IRCC wɔ draw geɖewo. Le 16 Dzome 2025 ƒe CEC draw me, wodo amekpekpe 5,000, CRS si le sue wu nye 515.';
    const guide = 'Alesi nàdo wò CRS ɖe dzi: Le 4 Deasiamime 2026, PNP draw do amekpekpe 507 kple CRS 768. Esia fia be provincial nomination le vevie ŋutɔ. Srɔ̃ Fransegbe hã.';
    expectNothingAnnounced([
      [month, '2026-08-01'],
      [year, '2026-01-05'],
      [guide, '2026-08-10'],
    ]);
  });
});

describe('Luganda', () => {
  it('"Jjuuzi" is the day before yesterday', () => {
    const page = 'Jjuuzi IRCC yakoze draw ya Provincial Nominee Program: abantu 442 bayitiddwa, CRS esinga wansi yali 760.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760]]);
  });

  it('a round-up headed "Draws za Express Entry wiiki eno:" reads every line', () => {
    const page = [
      'Draws za Express Entry wiiki eno:',
      '• Bbalaza 6 Julaayi: PNP — abantu 534 bayitiddwa, CRS 708',
      '• Lwakubiri 7 Julaayi: CEC — abantu 2,000 bayitiddwa, CRS 517',
      '• Lwakuna 9 Julaayi: French — abantu 5,000 bayitiddwa, CRS 420',
      '• Lwakutaano 10 Julaayi: Senior managers — abantu 500 bayitiddwa, CRS 392',
    ].join('\n');
    expect(facts(page, '2026-07-11')).toEqual([
      ['2026-07-06', null, 'pnp', 534, 708],
      ['2026-07-07', null, 'cec', 2000, 517],
      ['2026-07-09', null, 'french', 5000, 420],
      ['2026-07-10', null, 'managers', 500, 392],
    ]);
  });

  it('a month\'s account ("Ebyaliwo mu mwezi gwa Julaayi 2026"), a year\'s ("Omwaka 2025") and a guide without the hint\'s words announce nothing', () => {
    const month =
      'Ebyaliwo mu mwezi gwa Julaayi 2026: IRCC yakoze draws 8. Nga 20 Julaayi, PNP yayise abantu 511 (CRS 744); nga 22 Julaayi, French yayise abantu 5,000 (CRS 399). Awamu abantu 15,549 baayitiddwa mu mwezi ogwo.';
    expect(glossForeign(month)).toContain('Monthly recap: July 2026');
    const year = 'Omwaka 2025 mu Express Entry: IRCC yakoze draws nnyingi. Nga 16 Desemba 2025, draw ya CEC yayise abantu 5,000, CRS esinga wansi yali 515. Omwaka guno tusuubira ebirala.';
    const guide = "Engeri y'okwongera ku CRS yo: okugeza, nga 4 Agusito 2026, draw ya PNP yayise abantu 507 ku CRS 768. Kino kiraga nti provincial nomination nkulu nnyo.";
    expect(glossForeign(guide)).toContain('How to raise your CRS: for example');
    expectNothingAnnounced([
      [month, '2026-08-01'],
      [year, '2026-01-05'],
      [guide, '2026-08-10'],
    ]);
  });
});
