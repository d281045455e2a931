import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Wolof and Malagasy draw news (src/parse/text/gloss-wolof.ts, gloss-malagasy.ts; docs/parser.md "Wolof and Malagasy"): glossed
 * into English. Pages that announce nothing stay so; an English page quoting the languages is not glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Wolof', () => {
  it('a news item: "woo na 2 800 nit", "tirage No. 447", "Poñ CRS bu gën a tuuti", the tie-break', () => {
    const page = [
      'Xibaar Kanadaa: IRCC woo na 2 800 nit ci Express Entry',
      '14 sulet 2026',
      'Tey, talaata 14 sulet 2026, IRCC amal na tirage No. 447 ci Express Entry, mu jëm ci ñi am liggéey ci Kanadaa (Canadian Experience Class).',
      '- Ñaata woo lañu: 2 800',
      '- Poñ CRS bu gën a tuuti: 518',
      '- Règle de départage: 9 sulet 2026, 11:20:05 UTC',
      'Ñi ñu woo, ñoom ñépp am nañu 518 poñ walla lu ko ëpp.',
    ].join('\n');
    expect(facts(page, '2026-07-14')).toEqual([['2026-07-14', '447', 'cec', 2800, 518, '2026-07-09']]);
  });

  it('a short post told the day after: "Démb, àjjuma 6 nowàmbar", "ñi xam Faransee", "CRS bu gën a tuuti mooy"', () => {
    const page = 'Démb, àjjuma 6 nowàmbar, IRCC def na tirage bu jëm ci ñi xam Faransee bu baax: woo nañu 5 000 nit, CRS bu gën a tuuti mooy 408. Sargal nañu ñépp ñi ñu woo.';
    expect(facts(page, '2026-11-07')).toEqual([['2026-11-06', null, 'french', 5000, 408, null]]);
  });

  it("a guide and a province's own round announce nothing", () => {
    const guide = [
      'Nan lañuy waññee poñ CRS ci Express Entry?',
      'Sa at, sa njàng ak sa liggéey ñoo lay may poñ. Ñi xam Faransee bu baax am nañu poñ yu ëpp.',
      'Misaal: ku am 480 poñ, su tirage bu jëm ci Faransee amee, mën nañu la woo.',
      'Bind nu ci kàddu yi ci suuf.',
    ].join('\n');
    const province = ['Ontario woo na 900 nit ñu nekk ci Express Entry', 'Démb, Ontario (OINP) yónnee na 900 "notification of interest" ñi am poñ CRS diggante 430 ak 470. Du tirage bu Kanadaa.'].join(
      '\n',
    );
    expect(glossForeign(guide)).toContain('points');
    expect(glossForeign(province)).toContain('Yesterday, Ontario (OINP) issued 900');
    expect(facts(guide, '2026-05-02')).toEqual([]);
    expect(facts(province, '2026-05-02')).toEqual([]);
  });
});

describe('Malagasy', () => {
  it('a news item: "androany", "faha-452", "Fanasana", "CRS farafahakeliny", "Fitsipika fanapahana"', () => {
    const page = [
      'Kanada: olona 3 000 no nasaina androany',
      '9 Septambra 2026',
      "Androany Alarobia 9 Septambra 2026, nanao fisintonana Express Entry faha-452 ho an'ny Canadian Experience Class ny IRCC.",
      '- Fanasana: 3 000',
      '- CRS farafahakeliny: 516',
      '- Fitsipika fanapahana: 2 Septambra 2026, 07:41:12 UTC',
    ].join('\n');
    expect(facts(page, '2026-09-09')).toEqual([['2026-09-09', '452', 'cec', 3000, 516, '2026-09-02']]);
  });

  it('a short post told the day after: "Omaly Alakamisy 14 Mey", "nanasa olona 1 500", "402 ny isa CRS ambany indrindra"', () => {
    const page = "Omaly Alakamisy 14 Mey, nanasa olona 1 500 ny IRCC tamin'ny fisintonana ho an'ireo mahay teny frantsay. 402 ny isa CRS ambany indrindra.";
    expect(facts(page, '2026-05-15')).toEqual([['2026-05-14', null, 'french', 1500, 402, null]]);
  });

  it('a yearly recap and a forecast announce nothing', () => {
    const recap = [
      'Bilan 2025: ny fisintonana Express Entry tamin’ny taona 2025',
      '| Daty | Programa | Fanasana | CRS |',
      '| 12/03/2025 | Frantsay | 4 000 | 410 |',
      '| 02/07/2025 | CEC | 3 000 | 518 |',
      'Tamin’ny taona 2025, olona maro no nasaina.',
    ].join('\n');
    const forecast = [
      'Inona no andrasana amin’ny fisintonana manaraka?',
      "Ny fisintonana CEC teo aloha dia nanasa olona 3 000 tamin'ny 518. Mety hidina ny isa CRS ambany indrindra, saingy tsy azo antoka izany.",
    ].join('\n');
    expect(glossForeign(recap)).toContain('Year in review');
    expect(glossForeign(forecast)).toContain('The previous CEC draw');
    expect(facts(recap, '2026-01-05')).toEqual([]);
    expect(facts(forecast, '2025-07-20')).toEqual([]);
  });
});

describe('an English page quoting Wolof and Malagasy', () => {
  it('stays as it is', () => {
    const page =
      'Canada invited 3,000 candidates today. Wolof readers say "tey" for today and "woo nañu" for invited; Malagasy readers call a round a "fisintonana" and say "nasaina" and "tamin\'ny". The minimum CRS score was 515.';
    expect(glossForeign(page)).toBe(page);
  });
});
