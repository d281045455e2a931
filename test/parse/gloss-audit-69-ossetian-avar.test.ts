import { describe, expect, it } from 'vitest';
import { expectNothingAnnounced, rounds } from '../helpers/announced.ts';

/**
 * Audit of the Ossetian and Avar glossaries (session 69; docs/parser.md "Ossetian and Avar", "Audit (session 69)"): pages written
 * for the audit, with real IRCC figures (rounds 419–437), each read wrong on the commit the audit started from.
 */

describe('Ossetian', () => {
  it('short channel posts typing no "ӕ" ("Абон", "Знон" and a count of "хуынды") are glossed', () => {
    expect(rounds('🇨🇦 Абон CEC: 4 000 хуынды, CRS 516 ✅', '2026-06-23')).toEqual([['2026-06-23', null, 'cec', 4000, 516]]);
    expect(rounds('Знон PNP: 442 хуынды, CRS 760.', '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760]]);
    expect(rounds('Абон Express Entry #437: French, 5 000 хуынды, CRS 382', '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
  });
});

describe('Avar', () => {
  it('short channel posts of two of its words ("Жакъа" and a count of "ахӀи") are glossed', () => {
    expect(rounds('🇨🇦 Жакъа CEC: 4 000 ахIи, CRS 516 ✅', '2026-06-23')).toEqual([['2026-06-23', null, 'cec', 4000, 516]]);
    expect(rounds('Жакъа PNP: 442 ахӀи, CRS 760.', '2026-08-17')).toEqual([['2026-08-17', null, 'pnp', 442, 760]]);
    expect(rounds('Жакъа Express Entry #437: French, 5 000 ахIи, CRS 382', '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
  });

  it('a province\'s own round ("жиндирго раунд", "Гьеб … раунд гьечӀо": this is not a … round) announces nothing', () => {
    expectNothingAnnounced([
      ['Жакъа Онтарио провинциялъ жиндирго раунд тӀобитӀана: 1 200 чи ахӀана, минимальияб балл 480. Гьеб Express Entry раунд гьечӀо.', '2026-08-12'],
      ['Жакъа Британ Колумбиялъ жиндирго раунд: 120 ахӀи, минимальияб балл 110. Гьеб IRCC раунд гьечӀо.', '2026-08-12'],
    ]);
  });
});
