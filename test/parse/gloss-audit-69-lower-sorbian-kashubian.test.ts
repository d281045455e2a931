import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Audit (session 69) of the Lower Sorbian and Kashubian glossaries (docs/parser.md "Lower Sorbian and Kashubian", "Audit (session
 * 69)"): pages written for the audit that found a problem, each failing before its fix. Figures of IRCC rounds 426 to 437.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 19) ?? null]);

const PREVIOUS_WORDS = ['Pśedcora', 'Przedwczora'];

describe('Lower Sorbian (audit 69)', () => {
  it('"pśedcora" (the day before yesterday) is read, and counts among its own words', () => {
    const page = 'Pśedcora, 4. awgusta 2026, jo IRCC pśepšosył 507 kandidatow z Provincial Nominee Program. Minimalny CRS: 768 dypkow.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    expect(glossForeign(page)).not.toContain(PREVIOUS_WORDS[0]);
  });

  it('a tie-break headed "Rownosć dypkow" with a day written 15.03.2026', () => {
    const page =
      'Źinsa jo IRCC pśepšosył 500 kandidatow z kategorije Senior managers with Canadian Work Experience (kólo cysło 426). Minimalna licba dypkow CRS: 392. Rownosć dypkow: 15.03.2026 01:46:05 UTC.';
    expect(facts(page, '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392, '2026-03-15T01:46:05']]);
  });

  it('two rounds, "cora … źinsa pak …": the first keeps its day', () => {
    const page =
      'Dwě kole w dwěma dnjoma! Cora jo IRCC pśepšosył 442 kandidatow z Provincial Nominee Program (minimalny CRS 760), źinsa pak 1 000 kandidatow z Canadian Experience Class z 523 dypkami.';
    expect(facts(page, '2026-08-18')[0]).toEqual(['2026-08-17', null, 'pnp', 442, 760, null]);
  });

  it("New Zealand's round announces nothing; a year's account is a year in review", () => {
    const newZealand = 'Cora jo Nowa Seelandska pśepšosyła 600 kandidatow ze swójogo pula. To njejo kólo Kanady ani Express Entry.';
    expectNothingAnnounced([[newZealand, '2026-08-12']]);
    const year = 'Lětny pśeglěd 2025: Kanada jo w lěśe 2025 pśewjadła wěcej ako 50 kołow Express Entry.';
    expect(glossForeign(year)).toContain('Year in review 2025');
  });
});

describe('Kashubian (audit 69)', () => {
  it('"przedwczora" and "zaprosył" count among its own words: the page is glossed', () => {
    const page = 'Przedwczora, 4 zélnika 2026, IRCC zaprosył 507 kandidatów z Provincial Nominee Program. Minimalny wënik CRS: 768 pùnktów.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    expect(glossForeign(page)).not.toContain(PREVIOUS_WORDS[1]);
  });

  it('its month names count among its own words; "Reguła remisu" and "ò" before a time make the tie-break', () => {
    const page = 'Kòlejka nr 435 (Provincial Nominee Program): 442 zaproszenia, minimalny wënik CRS: 760.\nReguła remisu: 7 zélnika 2026 ò 18:01:56 UTC.';
    expect(facts(page, '2026-08-17')).toEqual([[null, '435', 'pnp', 442, 760, '2026-08-07T18:01:56']]);
    const post = 'Dzysô kòlejka Express Entry nr 432: 3 000 zaproszeniów dlô Canadian Experience Class, CRS 516. Tie-break: 3 lëpińca 2026 ò 21:35:13 UTC.';
    expect(facts(post, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03T21:35:13']]);
  });

  it('a short channel post "Wczora: kòlejka #434 – Transport – …"', () => {
    expect(facts('Wczora: kòlejka #434 – Transport – 300 zaproszeniów – CRS 470', '2026-08-08')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
  });

  it('"dlô transpòrtu" is the transport round; a hedged count stays no count', () => {
    const page = 'Dzysô IRCC zrobił kòlejkã dlô transpòrtu: przeszło 300 zaproszeniów, minimalny wënik CRS: 470.';
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-07', null, 'transport', null, 470, null]]);
  });

  it('two rounds, "wczora … a dzysô …": both read', () => {
    const page =
      'Dwie kòlejczi pò sobie! Wczora IRCC zaprosył 442 kandidatów z Provincial Nominee Program (przë CRS 760), a dzysô 1 000 kandidatów z Canadian Experience Class przë minimalnym wënikù 523 pùnktë.';
    expect(facts(page, '2026-08-18').map((f) => [f[0], f[2], f[4]])).toEqual([
      ['2026-08-17', 'pnp', 760],
      ['2026-08-18', 'cec', 523],
    ]);
  });

  it("a question about the next round quoting the previous one, and New Zealand's round, announce nothing", () => {
    const question = 'Czedë bãdze nôslédnô kòlejka? Pòprzédnô kòlejka nr 437 zaprosëła 5 000 kandidatów przë CRS 382. Prognoza: kòlejka CEC kòl 520 pùnktów.';
    const newZealand = 'Wczora Nowô Zelandiô zaprosëła 600 kandidatów ze swòji pùlë. To nie je kòlejka Kanadë ani Express Entry.';
    expectNothingAnnounced([
      [question, '2026-08-20'],
      [newZealand, '2026-08-12'],
    ]);
  });
});
