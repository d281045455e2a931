import { describe, expect, it } from 'vitest';
import { SLOVENIAN_HINT } from '../../src/parse/text/gloss-slovenian.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Audit (session 60) of the Slovenian and Macedonian glossaries (docs/parser.md "Slovenian and Macedonian"): pages written for
 * the audit, each the case of one fix, with the draws it announces (day, round, program, count, cut-off, tie-break to the minute).
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 16) ?? null]);

describe('Slovenian audit (gloss-slovenian.ts)', () => {
  it('"Povabljenih je bilo 442 kandidatov" (442 were invited) is the count', () => {
    const page = [
      'Nov krog za provincialne nominirance',
      'V ponedeljek, 17. avgusta 2026, je kanadsko ministrstvo IRCC izvedlo krog št. 435 v sistemu Express Entry za Provincial Nominee Program.',
      'Povabljenih je bilo 442 kandidatov, najnižja ocena CRS je bila 760 točk.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const trades = 'V četrtek, 2. aprila 2026, je IRCC izvedel krog za obrtne poklice (Trades Occupations). Bilo je povabljenih 3.000 kandidatov, minimalno 477 točk CRS.';
    expect(facts(trades, '2026-04-03')).toEqual([['2026-04-02', null, 'trades', 3000, 477, null]]);
  });

  it('a tie-break "ob 02:02:28 po srednjeevropskem času (01:02:28 UTC)" is read in UTC, not as 02:02 UTC', () => {
    const page = [
      'Predvčerajšnjim (22.6.2026) je IRCC izvedel krog #419 za PNP: 955 povabil, najnižja ocena CRS 730 točk.',
      'Pravilo izenačenja: 9. marec 2026 ob 02:02:28 po srednjeevropskem času (01:02:28 UTC).',
    ].join('\n');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-22', '419', 'pnp', 955, 730, '2026-03-09T01:02']]);
  });

  it('the first test takes the core’s words whole: a Slovenian report passes it, an English page’s "program" or "today" does not', () => {
    expect(SLOVENIAN_HINT.test('Včeraj nov krog: 2.000 povabil')).toBe(true);
    expect(SLOVENIAN_HINT.test('IRCC held a draw today for the Provincial Nominee Program and its Canadian candidates.')).toBe(false);
  });
});

describe('Macedonian audit (gloss-macedonian.ts)', () => {
  it('a page without "ј" is known by its own words ("Вчера IRCC испрати … поени", "во рундата … минималниот")', () => {
    const page = [
      'Вчера IRCC испрати 1.000 покани на кандидати од Canadian Experience Class (CEC).',
      'Минимален резултат: 523 поени. Рунда #436.',
      'Правило за изедначување: 17.08.2026 во 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17T22:09']]);
    const two = [
      'Две рунди на Express Entry оваа недела',
      'Во понеделникот, 4 август 2026, IRCC во рундата бр. 431 испрати 507 покани на кандидати од Provincial Nominee Program; минималниот CRS резултат беше 768 поени.',
      'Во вторникот, 5 август 2026, следеше рунда бр. 432 за Canadian Experience Class: 3.000 покани, минималниот CRS резултат беше 516 поени.',
    ].join('\n');
    expect(facts(two, '2026-08-06')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it('a tie-break "во 02:02:28 по централноевропско време (01:02:28 UTC)" is read in UTC', () => {
    const page = [
      'Завчера (22.06.2026) IRCC одржа рунда #419 за PNP: 955 покани, минимален CRS резултат 730 поени.',
      'Правило за изедначување: 09.03.2026 во 02:02:28 по централноевропско време (01:02:28 UTC).',
    ].join('\n');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-22', '419', 'pnp', 955, 730, '2026-03-09T01:02']]);
  });

  it('"минимум 744 поени" is the cut-off of a weekly review’s rounds', () => {
    const page = [
      'Неделен преглед: Express Entry од 20 до 24 јули 2026',
      'Оваа недела IRCC одржа две рунди:',
      '- понеделник, 20 јули 2026 – рунда бр. 427, Provincial Nominee Program: 511 покани, минимум 744 поени',
      '- вторник, 21 јули 2026 – рунда бр. 428, Canadian Experience Class: 2.000 покани, минимум 516 поени',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it('a month’s recap ("Месечен преглед: јули 2026") announces none of its rounds', () => {
    const page = [
      'Месечен преглед: јули 2026',
      'Во јули IRCC одржа седум рунди и вкупно испрати 14.015 покани.',
      'Највисок праг имаше рундата за PNP на 6 јули (708 поени), а најнизок рундата за воени регрути на 23 јули (368 поени).',
    ].join('\n');
    expect(facts(page, '2026-08-01')).toEqual([]);
  });

  it('a clause on the previous round is context, not the sentence around it, nor a count cut at its dot ("4.000")', () => {
    const page = [
      'Денес, 23 јуни 2026, IRCC одржа рунда бр. 420 за Canadian Experience Class.',
      'Покани добија 4.000 кандидати, речиси двојно повеќе отколку во претходната рунда (2.000). Минималниот CRS резултат беше 516 поени.',
    ].join('\n');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, null]]);
    const compared = [
      'Рунда #424: 2.000 покани за CEC',
      'IRCC на 7 јули 2026 покани 2.000 кандидати од Canadian Experience Class. Прагот изнесуваше 517 поени, 1 поен повеќе отколку во претходната рунда, кога прагот беше 516 поени и беа испратени 4.000 покани.',
    ].join('\n');
    expect(facts(compared, '2026-07-08')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
  });

  it('a short channel post ("француски јазик | 5.000 покани | CRS 420 поени") is Macedonian', () => {
    const post = '🇨🇦 Нова рунда EE #425 | 9.7.2026 | француски јазик | 5.000 покани | CRS 420 поени';
    expect(facts(post, '2026-07-09')).toEqual([['2026-07-09', '425', 'french', 5000, 420, null]]);
  });
});
