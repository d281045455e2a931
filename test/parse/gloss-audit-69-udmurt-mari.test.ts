import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';

/**
 * Audit of the Udmurt and Meadow Mari glossaries (session 69; docs/parser.md "Udmurt and Meadow Mari", "Audit (session 69)"): pages
 * written for the audit, with real IRCC figures (rounds 420–436), each read wrong on the commit the audit started from.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Udmurt', () => {
  it('"толон азьвылаз" is the day before yesterday, not yesterday', () => {
    const page = 'Толон азьвылаз IRCC Senior managers раунд ортчытӥз: 500 ӧтён, ичигес балл 392.';
    expect(facts(page, '2026-07-12')).toEqual([['2026-07-10', null, 'managers', 500, 392, null]]);
  });

  it('a short channel post of nine Udmurt letters is glossed', () => {
    const page = '🇨🇦 Express Entry: Physicians — 271 ӧтён, CRS 223 (№421). Туннэ.';
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, null]]);
  });

  it('a tie-break headed "Тай-брейк:" is read', () => {
    const page = 'Туннэ 420-тӥ раунд ортчиз: CEC понна 4 000 ӧтён, ичигес балл 516. Тай-брейк: оштолэзь 14, 2026, 00:03:10 UTC.';
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, '2026-04-14']]);
  });

  it('New Zealand\'s round ("Выль Зеландия") announces nothing', () => {
    expectNothingAnnounced([['Туннэ Выль Зеландия раунд ортчытӥз: 600 адямиез ӧтиз. Та Канадалэн раундэз ӧвӧл.', '2026-08-20']]);
  });
});

describe('Meadow Mari', () => {
  it('"кумышто" is the day before yesterday', () => {
    const page = 'Кумышто IRCC Senior managers раундым эртарен: 500 ӱжмаш, эн шагал балл 392.';
    expect(facts(page, '2026-07-12')).toEqual([['2026-07-10', null, 'managers', 500, 392, null]]);
  });

  it('a short channel post of nine Mari letters is glossed', () => {
    const page = '🇨🇦 Express Entry: Physicians — 271 ӱжмаш, CRS 223 (№421). Таче.';
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, null]]);
  });

  it('a tie-break headed "Тай-брейк:" is read', () => {
    const page = 'Таче 420-шо раунд эртен: CEC, 4 000 ӱжмаш, эн шагал балл 516. Тай-брейк: вӱдшор 14, 2026, 00:03:10 UTC.';
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, '2026-04-14']]);
  });

  it('New Zealand\'s round ("У Зеландий") announces nothing', () => {
    expectNothingAnnounced([['Таче У Зеландий раундым эртарен: 600 еҥым ӱжын. Тиде Канадын раунд огыл.', '2026-08-20']]);
  });
});
