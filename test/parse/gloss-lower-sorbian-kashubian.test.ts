import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isLowerSorbian } from '../../src/parse/text/gloss-lower-sorbian.ts';
import { isKashubian } from '../../src/parse/text/gloss-kashubian.ts';

/**
 * Lower Sorbian and Kashubian draw news (src/parse/text/gloss-lower-sorbian.ts, gloss-kashubian.ts; docs/parser.md "Lower Sorbian
 * and Kashubian"): glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a
 * province's or another country's round) is glossed and still announces nothing; an English page quoting a few of their words is
 * not glossed; a page of a neighbour language is not taken for theirs. Figures from IRCC's record (rounds 424 to 429).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Lower Sorbian', () => {
  it('a news item: "źinsa", "kólo cysło 428", the spaced count, the cut-off and the tie-break', () => {
    const page = [
      'Powěsći z Kanady',
      '21. julija 2026',
      'Źinsa jo IRCC w kólo cysło 428 pśepšosył 2 000 kandidatow z Canadian Experience Class. Minimalna licba dypkow CRS jo była 516.',
      'Pšawidło za rownosć dypkow: 26. maja 2026 w 17:33:03 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('"cora" with a weekday, and a short channel post', () => {
    const news = 'Cora, pónjeźelu 20. julija, jo Kanada pśepšosyła 511 luźi z Provincial Nominee Program. Minimalny CRS jo był 744 dypkow.';
    expect(facts(news, '2026-07-21')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const post = 'Źinsa: francojske kólo, 5 000 pśepšosenjow, min. 399 dypkow. Gratulacije!';
    expect(facts(post, '2026-07-22')).toEqual([['2026-07-22', null, 'french', 5000, 399, null]]);
  });

  it('a weekly round-up with two rounds', () => {
    const page = [
      'Toś ten tyźeń dwě kole Express Entry',
      '• 7. julija 2026: Canadian Experience Class – 2 000 pśepšosenjow, minimalny CRS 517',
      '• 9. julija 2026: francojske kólo – 5 000 pśepšosenjow, minimalny CRS 420',
    ].join('\n');
    expect(facts(page, '2026-07-10').map((f) => f.slice(0, 5))).toEqual([
      ['2026-07-07', null, 'cec', 2000, 517],
      ['2026-07-09', null, 'french', 5000, 420],
    ]);
  });

  it("a guide, a forecast, a province's and another country's round announce nothing", () => {
    const guide = 'Nawod: kak funkcioněrujo Express Entry? Na pśikład jo kólo 428 (21. julija 2026) pśepšosyło 2 000 kandidatow z 516 dypkami. Kótaž ma wěcej dypkow, dostanjo pśepšosenje.';
    const forecast = 'Prognoza: pśiducy tyźeń wócakujomy nowe kólo z něźi 3 000 pśepšosenjami. Minimalna licba dypkow buźo snaź wokoło 520.';
    const province = 'Źinsa jo prowinca Ontario w swójom programje Human Capital Priorities pśepšosyła 1 200 kandidatow z Express Entry, z 480 dypkami. To njejo federalne kólo IRCC.';
    const australia = 'Awstralija teke pśepšosujo: cora jo Awstralija pśepšosyła 8 000 luźi, minimalnje 65 dypkow. To njejo kólo Express Entry.';
    for (const page of [guide, forecast, province, australia]) expect(isLowerSorbian(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, province, australia].map((page) => [page, '2026-07-22'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "něźi" (about), "wěcej ako" (more than), "až do" (up to)', () => {
    for (const hedge of ['něźi 2 000', 'wěcej ako 2 000', 'až do 2 000']) {
      const page = `Źinsa jo IRCC w kólo cysło 428 (Canadian Experience Class) pśepšosył ${hedge} kandidatow. Minimalny CRS jo był 516.`;
      expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', null, 516, null]]);
    }
  });
});

describe('Kashubian', () => {
  it('a news item: "dzysô", "kòlejka nr 428", the spaced count, the cut-off and the tie-break', () => {
    const page = [
      'Nowinë z Kanadë',
      '21 lëpińca 2026',
      'Dzysô w kòlejce Express Entry nr 428 IRCC zaprosył 2 000 kandidatów z Canadian Experience Class. Minimalny wënik CRS: 516.',
      'Tie-break: 26 môja 2026 17:33:03 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('"wczora" with a weekday, and a short channel post', () => {
    const news = 'Wczora, w pòniedzôłk 20 lëpińca, Kanada zaprosëła 511 lëdzy z Provincial Nominee Program przë minimalnym wënikù 744 pùnktë.';
    expect(facts(news, '2026-07-21')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const post = 'Dzysô nowô kòlejka! 5 000 zaproszeniów dlô francëskòjãzëkòwëch, przë CRS 399.';
    expect(facts(post, '2026-07-22')).toEqual([['2026-07-22', null, 'french', 5000, 399, null]]);
  });

  it('a weekly round-up with two rounds', () => {
    const page = [
      'Ten tidzéń dwie kòlejczi Express Entry',
      '| dzéń | program | zaproszenia | CRS |',
      '| wtórk 7.07 | Canadian Experience Class | 2 000 | 517 |',
      '| czwiôrtk 9.07 | francësczi jãzëk | 5 000 | 420 |',
    ].join('\n');
    expect(facts(page, '2026-07-10').map((f) => f.slice(0, 5))).toEqual([
      ['2026-07-07', null, 'cec', 2000, 517],
      ['2026-07-09', null, 'french', 5000, 420],
    ]);
  });

  it("a guide, a month's recap, a province's and another country's round announce nothing", () => {
    const guide = 'Pòradnik: jak dostac zaproszenié? Przëmiôr: 21 lëpińca 2026 zaproszonëch bëło 2 000 lëdzy przë CRS 516. Wiãcy pùnktów dô wiãcy szansów.';
    const recap = [
      'Miesãczny przezéranié: lëpińc 2026',
      '| 7.07 | Canadian Experience Class | 2 000 zaproszeniów | 517 pùnktów |',
      '| 9.07 | francësczi jãzëk | 5 000 zaproszeniów | 420 pùnktów |',
    ].join('\n');
    const province = 'Prowincjô Ontario dzysô zaprosëła 1 200 kandidatów z pùlë Express Entry. To nie je federalnô kòlejka IRCC.';
    const australia = 'Aùstralëjô téż zaprosëła wczora 8 000 lëdzy, przë minimalnym wënikù 65 pùnktë. To nie je kòlejka Express Entry.';
    for (const page of [guide, recap, province, australia]) expect(isKashubian(page)).toBe(true);
    expectNothingAnnounced([guide, recap, province, australia].map((page) => [page, '2026-07-22'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "òkòło" (about), "wiãcy jak" (more than), "jaż do" (up to)', () => {
    for (const hedge of ['òkòło 2 000', 'wiãcy jak 2 000', 'jaż do 2 000']) {
      const page = `Dzysô w kòlejce Express Entry nr 428 (Canadian Experience Class) IRCC zaprosył ${hedge} kandidatów. Minimalny wënik CRS: 516.`;
      expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', null, 516, null]]);
    }
  });
});

describe('Lower Sorbian and Kashubian against their neighbours', () => {
  it('an English page quoting a few of their words stays as it is', () => {
    const english = 'In Lower Sorbian an invitation is "pśepšosenje" and in Kashubian a round is a "kòlejka". IRCC held draw #428 on July 21, 2026: 2,000 invitations, minimum CRS 516.';
    expect(isLowerSorbian(english)).toBe(false);
    expect(isKashubian(english)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    // The boundary: a Lower Sorbian and a Kashubian sentence of the same facts are glossed.
    expect(glossForeign('Źinsa jo IRCC pśepšosył 2 000 kandidatow w kólo cysło 428.')).toContain('Today IRCC invited 2,000 candidates');
    expect(glossForeign('Dzysô IRCC zaprosył 2 000 kandidatów w kòlejce nr 428.')).toContain('Today IRCC invited 2,000 candidates');
  });

  it('Upper Sorbian, Polish, Czech, Slovak and Slovenian pages are taken for neither, and each of the two not for the other', () => {
    const upperSorbian = 'Dźensa je IRCC w kole čisło 428 2 000 kandidatow z Canadian Experience Class přeprosył. Minimalna hódnota CRS bě 516.';
    const polish = 'Dziś w losowaniu nr 428 Kanada zaprosiła 2 000 kandydatów z Canadian Experience Class. Minimalny wynik CRS wyniósł 516 punktów.';
    const czech = 'Dnes Kanada v kole č. 428 pozvala 2 000 kandidátů z Canadian Experience Class. Minimální skóre CRS bylo 516 bodů.';
    const slovak = 'Dnes Kanada v kole č. 428 pozvala 2 000 kandidátov z Canadian Experience Class. Minimálne skóre CRS bolo 516 bodov.';
    const slovenian = 'Danes je Kanada v krogu št. 428 povabila 2 000 kandidatov iz Canadian Experience Class. Najnižje število točk CRS je bilo 516.';
    for (const page of [upperSorbian, polish, czech, slovak, slovenian]) {
      expect(isLowerSorbian(page), page).toBe(false);
      expect(isKashubian(page), page).toBe(false);
    }
    expect(glossForeign(upperSorbian)).toContain('minimum CRS score');
    const lower = 'Źinsa jo IRCC w kólo cysło 428 pśepšosył 2 000 kandidatow. Minimalny CRS jo był 516 dypkow.';
    const kashubian = 'Dzysô w kòlejce nr 428 IRCC zaprosył 2 000 kandidatów. Minimalny wënik CRS: 516.';
    expect(isKashubian(lower)).toBe(false);
    expect(isLowerSorbian(kashubian)).toBe(false);
    expect(facts(lower, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, null]]);
    expect(facts(kashubian, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, null]]);
  });
});
