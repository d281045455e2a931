import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Slovenian and Macedonian draw news (docs/parser.md "Slovenian and Macedonian"): gloss-slovenian.ts and gloss-macedonian.ts
 * rewrite them into the English the reader knows; an English page quoting a few of their words stays as it is, and a guide, a
 * forecast, a month's recap or a province's round announces nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Slovenian (gloss-slovenian.ts)', () => {
  it('a news page: "v sredo, 14. maja 2025", "krog št. 349", "izdanih 500 povabil", "najnižja ocena CRS je znašala 510 točk"', () => {
    const page = [
      'Novice | Priseljevanje',
      'Kanada povabila kandidate s kanadskimi izkušnjami',
      'Objavljeno: 15. maj 2025',
      'Kanadsko ministrstvo IRCC je v sredo, 14. maja 2025, izvedlo krog št. 349 v sistemu Express Entry za Canadian Experience Class.',
      'Skupaj je bilo izdanih 500 povabil, najnižja ocena CRS pa je znašala 510 točk.',
      'Pravilo izenačenja: 2. aprila 2025 ob 11:20:05 UTC.',
    ].join('\n');
    expect(facts(page, '2025-05-15')).toEqual([['2025-05-14', '349', 'cec', 500, 510, '2025-04-02']]);
  });

  it('a short post: "Včeraj nov krog: 2.000 povabil, minimalno 480 točk"', () => {
    const page = 'Včeraj (10.3.2026) nov krog za zdravstvo: 2.000 povabil, minimalno 480 točk CRS. Srečno vsem, ki so prejeli povabilo!';
    expect(facts(page, '2026-03-11')).toEqual([['2026-03-10', null, 'healthcare', 2000, 480, null]]);
  });

  it('a guide and a month’s recap announce none of their rounds', () => {
    const guide = ['Vodnik: kako zbrati dovolj točk CRS', 'Na primer, krog 12. junija 2025 je povabil 3.000 kandidatov s pragom 520 točk. Vsak krog ima svoj prag, ki ga ne moremo napovedati.'].join(
      '\n',
    );
    expect(glossForeign(guide)).toContain('Guide');
    expect(facts(guide, '2025-07-01')).toEqual([]);
    const recap = ['Pregled meseca: Express Entry april 2024', 'V aprilu sta bila izvedena dva kroga: 10. aprila 1.280 povabil (549 točk), 11. aprila 4.500 povabil (491 točk).'].join('\n');
    expect(glossForeign(recap)).toContain('Summary of April 2024');
    expect(facts(recap, '2024-05-02')).toEqual([]);
  });
});

describe('Macedonian (gloss-macedonian.ts)', () => {
  it('a news page: "Во средата, 14 мај 2025", "рунда бр. 349", "Беа испратени 500 покани со минимален CRS резултат од 510 поени"', () => {
    const page = [
      'Вести | Имиграција',
      'Нова рунда за кандидати со канадско искуство',
      '15 мај 2025',
      'Во средата, 14 мај 2025, IRCC одржа рунда бр. 349 во системот Express Entry за Canadian Experience Class.',
      'Беа испратени 500 покани со минимален CRS резултат од 510 поени.',
      'Правило за изедначување: 2 април 2025 во 11:20:05 UTC.',
    ].join('\n');
    expect(facts(page, '2025-05-15')).toEqual([['2025-05-14', '349', 'cec', 500, 510, '2025-04-02']]);
  });

  it('a forecast ("Прогноза", "ќе") and a province’s round ("Онтарио", "провинциска рунда") announce nothing', () => {
    const forecast = ['Прогноза: што да очекуваме во март?', 'Експертите очекуваат дека прагот за CEC ќе падне под 520 поени. Во февруари имаше неколку рунди со 4.000 покани.'].join('\n');
    expect(glossForeign(forecast)).toContain('expected');
    expect(facts(forecast, '2026-03-01')).toEqual([]);
    const ontario = ['Онтарио одржа провинциска рунда', '12 јуни 2025', 'Програмата на Онтарио испрати 900 покани. Минимален резултат: 55 поени. Ова не е рунда на Express Entry.'].join('\n');
    expect(glossForeign(ontario)).toContain('Ontario');
    expect(facts(ontario, '2025-06-12')).toEqual([]);
  });
});

describe('an English page quoting Slovenian or Macedonian words is never glossed', () => {
  it('quoted words and names leave the English report as it is', () => {
    const page = [
      'Canada invites 500 CEC candidates',
      'By Maja Kranjc and Goran Petrovski | May 15, 2025',
      'IRCC held a Canadian Experience Class draw on May 14, inviting 500 candidates with a minimum CRS score of 510.',
      'Readers in Ljubljana wrote "danes nov krog, 500 povabil!", and in Skopje "нова рунда, 500 покани".',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-05-15')).toEqual([['2025-05-14', null, 'cec', 500, 510, null]]);
    // The same news as a Slovenian and a Macedonian post is read.
    const sl = 'Včeraj nov krog za Canadian Experience Class: 500 povabil, minimalno 510 točk CRS. Čestitke vsem, ki so prejeli povabilo!';
    expect(facts(sl, '2025-05-15')).toEqual([['2025-05-14', null, 'cec', 500, 510, null]]);
    const mk = 'Вчера нова рунда за Canadian Experience Class: 500 покани, минимален CRS резултат 510 поени. Честитки до сите што добија покана, ќе има уште!';
    expect(facts(mk, '2025-05-15')).toEqual([['2025-05-14', null, 'cec', 500, 510, null]]);
  });
});
