import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Audit of the Quechua and Samoan glossaries (session 65; docs/parser.md "Quechua and Samoan", "Audit (session 65)"): pages
 * written for the audit, with real IRCC figures (rounds 384, 420–437), each read wrong before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Quechua', () => {
  it('a hedged count before "runakunata … invitarqan" or "invitaciónkunata … qurqan" stays hedged: no count', () => {
    const about = "Kunan p'unchaw IRCC CEC muyuta ruwarqan: 3,000 hina runakunata invitarqan, pisi puntajeqa 516 karqan.";
    expect(glossForeign(about)).toContain('about 3,000 candidates');
    expect(facts(about, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
    const nearly = 'Kunan IRCC yaqa 3,000 invitaciónkunata CEC nisqapaq qurqan, pisi puntajeqa 516 karqan.';
    expect(facts(nearly, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
  });

  it('"Qayna qayna p\'unchaw" is the day before yesterday', () => {
    const page = "Qayna qayna p'unchaw IRCC 442 runakunata Provincial Nominee Program nisqamanta invitarqan, pisi puntajeqa 760 karqan.";
    expect(glossForeign(page)).toMatch(/^ ?The day before yesterday/);
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
  });

  it('a round-up headed "Kay simanapi Express Entry muyukuna:" reads every line', () => {
    const page = [
      'Kay simanapi Express Entry muyukuna:',
      "Martes 4 agosto p'unchawpi: PNP — 507 invitación, CRS 768.",
      "Miércoles 5 agosto p'unchawpi: CEC — 3,000 invitación, CRS 516.",
      "Jueves 6 agosto p'unchawpi: Francés — 5,000 invitación, CRS 391.",
      "Viernes 7 agosto p'unchawpi: Transport — 300 invitación, CRS 470.",
      'Tawa muyu kay simanapi karqan!',
    ].join('\n');
    expect(glossForeign(page)).toMatch(/^ ?Express Entry draws this week:/);
    expect(facts(page, '2026-08-08')).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768, null],
      ['2026-08-05', null, 'cec', 3000, 516, null],
      ['2026-08-06', null, 'french', 5000, 391, null],
      ['2026-08-07', null, 'transport', 300, 470, null],
    ]);
  });
});

describe('Samoan', () => {
  it('a round-up headed "Draws a le Express Entry i le vaiaso nei:" reads every line', () => {
    const page = [
      'Draws a le Express Entry i le vaiaso nei:',
      '• Aso Lua 4 Aokuso: PNP — 507 valaaulia, CRS 768',
      '• Aso Lulu 5 Aokuso: CEC — 3,000 valaaulia, CRS 516',
      '• Aso Tofi 6 Aokuso: Farani — 5,000 valaaulia, CRS 391',
      '• Aso Faraile 7 Aokuso: Transport — 300 valaaulia, CRS 470',
      'E fa draws i le vaiaso e tasi!',
    ].join('\n');
    expect(glossForeign(page)).toMatch(/^ ?Express Entry draws this week:/);
    expect(facts(page, '2026-08-08')).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768, null],
      ['2026-08-05', null, 'cec', 3000, 516, null],
      ['2026-08-06', null, 'french', 5000, 391, null],
      ['2026-08-07', null, 'transport', 300, 470, null],
    ]);
  });

  it('"Ananafi atu" is the day before yesterday', () => {
    const page = 'Ananafi atu na valaaulia ai e le IRCC tagata e 442 o le Provincial Nominee Program, ma o le maualalo o togi e 760.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
  });

  it('a year\'s account ("Iloiloga o le tausaga 2025") announces nothing', () => {
    const page = [
      'Iloiloga o le tausaga 2025: Express Entry',
      'I le tausaga 2025, na faia e le IRCC le tele o draws. I le aso 10 Tesema 2025 na valaaulia ai e 6,000 tagata CEC, ma o le maualalo o togi e 520.',
      'Aofai: pe tusa ma le 100,000 valaaulia.',
    ].join('\n');
    expect(glossForeign(page)).toContain('Year in review 2025');
    expect(facts(page, '2026-01-03')).toEqual([]);
  });

  it('a guide\'s "pe a ma le 515" (about) gives no cut-off, and the guide announces nothing', () => {
    const page = [
      'Faapefea ona siitia lau togi CRS?',
      'Muamua, i draws a le CEC e masani ona maualalo o togi pe a ma le 515. I le aso 23 Iuni 2026 na valaaulia ai e 4,000 tagata CEC i le CRS 516.',
      'Aoao le gagana Farani: e maualalo togi i draws Farani (399, 382).',
    ].join('\n');
    expect(glossForeign(page)).toContain('about 515');
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('"E leai se draw a le Express Entry i le vaiaso nei" (no draw this week) announces nothing', () => {
    const page = 'E leai se draw a le Express Entry i le vaiaso nei. O le draw mulimuli na faia i le aso 19 Aokuso 2026: 5,000 valaaulia, togi 382.';
    expect(glossForeign(page)).toMatch(/^ ?There was no Express Entry draw this week/);
    expect(facts(page, '2026-08-28')).toEqual([]);
  });
});
