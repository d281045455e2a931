import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Icelandic and Maltese draw news (docs/parser.md "Icelandic and Maltese"): gloss-icelandic.ts and gloss-maltese.ts rewrite
 * them into the English the reader knows; an English page quoting a few of their words stays as it is, and a guide, a forecast,
 * a month's recap or a province's round announces nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Icelandic (gloss-icelandic.ts)', () => {
  it('a news page: "Á miðvikudaginn, 14. maí 2025", "lota nr. 349", "fengu 500 umsækjendur … boð", "Lágmarkið var 510 stig"', () => {
    const page = [
      'Fréttir | Innflytjendamál',
      'Kanada bauð 500 umsækjendum með kanadíska starfsreynslu',
      '15. maí 2025',
      'Á miðvikudaginn, 14. maí 2025, hélt IRCC lotu nr. 349 í Express Entry-kerfinu fyrir Canadian Experience Class.',
      'Þá fengu 500 umsækjendur boð um að sækja um fasta búsetu. Lágmarkið var 510 stig.',
      'Jafnteflisreglan: 2. apríl 2025 kl. 11:20:05 UTC.',
    ].join('\n');
    expect(facts(page, '2025-05-15')).toEqual([['2025-05-14', '349', 'cec', 500, 510, '2025-04-02']]);
  });

  it('a short post: "Í gær: 2.000 boð fyrir heilbrigðisstarfsfólk, lágmark 480 stig"', () => {
    const page = 'Í gær (10.3.2026) var ný lota fyrir heilbrigðisstarfsfólk: 2.000 boð, lágmark 480 stig. Til hamingju þeir sem fengu boð!';
    expect(facts(page, '2026-03-11')).toEqual([['2026-03-10', null, 'healthcare', 2000, 480, null]]);
  });

  it('a guide and a month’s recap announce none of their rounds', () => {
    const guide = ['Leiðarvísir: hvernig safnar maður CRS-stigum?', 'Dæmi: í lotu nr. 352 (12. júní 2025) fengu 3.000 umsækjendur boð og lágmarkið var 520 stig. Hver lota hefur sitt lágmark.'].join(
      '\n',
    );
    expect(glossForeign(guide)).toContain('Guide');
    expect(facts(guide, '2025-07-01')).toEqual([]);
    const recap = ['Mánaðaryfirlit: Express Entry í apríl 2024', 'Í apríl voru tvær lotur: 10. apríl fengu 1.280 boð (549 stig), 11. apríl 4.500 boð (491 stig).'].join('\n');
    expect(glossForeign(recap)).toContain('Summary of April 2024');
    expect(facts(recap, '2024-05-02')).toEqual([]);
  });
});

describe('Maltese (gloss-maltese.ts)', () => {
  it('a news page: "L-Erbgħa, 14 ta\' Mejju 2025", "draw numru 349", "500 kandidat irċevew stedina", "Il-punteġġ minimu CRS kien ta\' 510"', () => {
    const page = [
      'Aħbarijiet | Emigrazzjoni',
      'Il-Kanada tistieden kandidati b’esperjenza Kanadiża',
      '15 ta’ Mejju 2025',
      'L-Erbgħa, 14 ta’ Mejju 2025, IRCC għamlet draw numru 349 tal-Canadian Experience Class.',
      '500 kandidat irċevew stedina biex japplikaw għar-residenza permanenti. Il-punteġġ minimu CRS kien ta’ 510.',
      'Tie-break: 2 ta’ April 2025 fl-11:20:05 UTC.',
    ].join('\n');
    expect(facts(page, '2025-05-15')).toEqual([['2025-05-14', '349', 'cec', 500, 510, '2025-04-02']]);
  });

  it('a short post: "Il-bieraħ draw għas-saħħa: 2,000 stedina, b\'minimu ta\' 480 punt"', () => {
    const page = "Il-bieraħ (10/03/2026) saret draw għas-saħħa: 2,000 stedina b'minimu ta' 480 punt. Prosit lil kull min irċieva stedina!";
    expect(facts(page, '2026-03-11')).toEqual([['2026-03-10', null, 'healthcare', 2000, 480, null]]);
  });

  it('a forecast ("X\'nistennew") and a province’s round ("Il-provinċja ta\' Ontario") announce nothing', () => {
    const forecast = ["X'nistennew f'Marzu?", "L-esperti jistennew li l-punteġġ minimu għas-CEC jinżel taħt il-520. Fi Frar kien hemm draws b'4,000 stedina u punteġġ minimu ta' 530."].join('\n');
    expect(glossForeign(forecast)).toContain('What to expect');
    expect(facts(forecast, '2026-03-01')).toEqual([]);
    const ontario = [
      'Ontario tistieden 900 kandidat',
      '12 ta’ Ġunju 2025',
      'Il-provinċja ta’ Ontario għamlet draw tal-OINP: 900 stedina b’punteġġ minimu ta’ 55 punt. Din mhix draw tal-Express Entry.',
    ].join('\n');
    expect(glossForeign(ontario)).toContain('province of Ontario');
    expect(facts(ontario, '2025-06-12')).toEqual([]);
  });
});

describe('an English page quoting Icelandic or Maltese words is never glossed', () => {
  it('quoted words and names leave the English report as it is', () => {
    const page = [
      'Canada invites 500 CEC candidates',
      'By Sigríður Þórðardóttir and Ġorġ Borġ | May 15, 2025',
      'IRCC held a Canadian Experience Class draw on May 14, inviting 500 candidates with a minimum CRS score of 510.',
      'Readers in Reykjavík wrote "í gær, 500 boð!", and in Valletta "il-bieraħ, 500 stedina, punteġġ 510".',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-05-15')).toEqual([['2025-05-14', null, 'cec', 500, 510, null]]);
    // The same news as an Icelandic and a Maltese post is read.
    const is = 'Í gær var ný lota fyrir Canadian Experience Class: 500 boð, lágmark 510 stig. Til hamingju allir sem fengu boð!';
    expect(facts(is, '2025-05-15')).toEqual([['2025-05-14', null, 'cec', 500, 510, null]]);
    const mt = "Il-bieraħ saret draw għall-Canadian Experience Class: 500 stedina b'minimu ta' 510 punt. Prosit lil kull min irċieva stedina!";
    expect(facts(mt, '2025-05-15')).toEqual([['2025-05-14', null, 'cec', 500, 510, null]]);
  });
});
