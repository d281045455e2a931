import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isCzech } from '../../src/parse/text/gloss-czech.ts';
import { isHungarian } from '../../src/parse/text/gloss-hungarian.ts';
import { isPolish } from '../../src/parse/text/gloss-polish.ts';

/**
 * Hungarian and Czech draw news (src/parse/text/gloss-hungarian.ts, gloss-czech.ts; docs/parser.md "Hungarian and Czech"):
 * glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or
 * another country's round) is glossed and still announces nothing; an English page quoting the languages is not glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Hungarian', () => {
  it('a news item: "csütörtökön, június 5-én", "a 351. Express Entry fordulót", "3 000 jelölt kapott meghívást" and the tie-break', () => {
    const page = [
      'Újabb Express Entry forduló: 3000 meghívó a CEC jelöltjeinek',
      'KanadaHírek | 2025. június 6.',
      'Az IRCC csütörtökön, június 5-én tartotta a 351. Express Entry fordulót a Canadian Experience Class számára. Összesen 3 000 jelölt kapott meghívást, a legalacsonyabb CRS-pontszám 529 volt.',
      'A döntetlenfeloldó szabály: 2025. május 20., 09:14:02 UTC.',
      'A meghívott jelölteknek 60 napjuk van a kérelem benyújtására.',
    ].join('\n');
    expect(facts(page, '2025-06-06')).toEqual([['2025-06-05', '351', 'cec', 3000, 529, '2025-05-20']]);
  });

  it('a forum post: "Tegnap", "a 330. körben", "1 500 jelöltet hívtak meg", "a ponthatár 727 volt"', () => {
    const page = [
      'Magyarok Kanadában fórum › Express Entry',
      'Tegnap a 330. körben csak tartományi jelölteket hívtak: 1 500 jelöltet hívtak meg, a ponthatár 727 volt.',
      'Nekem 480 pontom van, úgyhogy várok tovább. Valaki kapott meghívást közületek?',
    ].join('\n');
    expect(facts(page, '2024-12-03')).toEqual([['2024-12-02', '330', 'pnp', 1500, 727, null]]);
  });

  it("a forecast, a monthly recap and a province's draw are glossed and announce nothing", () => {
    const forecast = [
      'Előrejelzés: mi várható az Express Entryben 2027-ben?',
      'A szakértők szerint a CEC-fordulók ponthatára 510 pont körül lesz, a francia nyelvtudás körökben pedig 5 000 meghívó várható.',
      'Ez nem jogi tanács, csak a korábbi fordulók alapján készült becslés.',
    ].join('\n');
    const recap = [
      'Márciusi összefoglaló: így alakultak az Express Entry fordulók',
      'Márciusban az IRCC három fordulót tartott, és összesen 11 000 meghívót küldött ki.',
      'A legalacsonyabb ponthatár 410 pont volt, a legmagasabb 750 pont. A következő körök áprilisban jönnek.',
    ].join('\n');
    const province = [
      'Ontario tartományi forduló: 1200 meghívó az OINP-ben',
      'Ontario tartomány tegnap 1 200 jelöltet hívott meg a Human Capital Priorities programban. Ez nem a szövetségi Express Entry forduló, hanem a tartomány saját kiválasztása.',
      'A jelölteknek 45 napjuk van a tartományi kérelem benyújtására.',
    ].join('\n');
    for (const [page, english] of [
      [forecast, 'expected'],
      [recap, 'Summary of March'],
      [province, 'provincial draw'],
    ] as const) {
      expect(glossForeign(page)).toContain(english);
      expect(facts(page, '2025-04-01')).toEqual([]);
    }
  });
});

describe('Czech', () => {
  it('a news item: "Ve čtvrtek 5. června 2025", "kolo č. 351", "rozeslalo 3 000 pozvánek", "minimální skóre CRS" and the tie-break', () => {
    const page = [
      'Express Entry: nové kolo pro Canadian Experience Class',
      'Zprávy z Kanady | 6. 6. 2025',
      'Ve čtvrtek 5. června 2025 proběhlo kolo č. 351 pro Canadian Experience Class. IRCC rozeslalo 3 000 pozvánek a minimální skóre CRS bylo 529 bodů.',
      'Pravidlo pro rovnost bodů: 20. 5. 2025 v 09:14:02 UTC.',
      'Uchazeči, kteří pozvánku obdrželi, mají 60 dní na podání žádosti.',
    ].join('\n');
    expect(facts(page, '2025-06-06')).toEqual([['2025-06-05', '351', 'cec', 3000, 529, '2025-05-20']]);
  });

  it('a forum post: "Včera", "330. kolo", "Pozváno bylo 1 500 kandidátů", "nejnižší skóre činilo"', () => {
    const page = [
      'Fórum Češi v Kanadě › Express Entry',
      'Včera proběhlo 330. kolo jen pro PNP. Pozváno bylo 1 500 kandidátů s provinční nominací, nejnižší skóre činilo 727 bodů.',
      'Má tu někdo pozvánku? Já mám 480 bodů, takže čekám dál.',
    ].join('\n');
    expect(facts(page, '2024-12-03')).toEqual([['2024-12-02', '330', 'pnp', 1500, 727, null]]);
  });

  it("a guide, a monthly recap and Australia's round are glossed and announce nothing", () => {
    const guide = [
      'Jak funguje skóre CRS: průvodce systémem Express Entry',
      'Maximální skóre je 1 200 bodů. Například provinční nominace přidá 600 bodů navíc.',
      'V kolech pro všechny programy byla hranice často nad 500 bodů, ale záleží na konkrétním kole.',
    ].join('\n');
    const recap = [
      'Přehled března 2025 v Express Entry',
      'V březnu IRCC uspořádalo tři kola a rozeslalo celkem 11 000 pozvánek.',
      'Nejnižší hranice měsíce byla 410 bodů, nejvyšší 750 bodů. Další kola očekáváme v dubnu.',
    ].join('\n');
    const australia = [
      'Austrálie: nové kolo SkillSelect pozvalo 6 000 kandidátů',
      'Australské ministerstvo vnitra včera rozeslalo 6 000 pozvánek pro vízum subclass 189, minimální skóre bylo 65 bodů.',
      'Na rozdíl od kanadského Express Entry se v Austrálii body počítají jinak.',
    ].join('\n');
    for (const [page, english] of [
      [guide, 'points'],
      [recap, 'Summary of March'],
      [australia, 'invitations'],
    ] as const) {
      expect(glossForeign(page)).toContain(english);
      expect(facts(page, '2025-04-01')).toEqual([]);
    }
  });
});

describe('Other pages', () => {
  it('an English page quoting Hungarian and Czech words stays as written', () => {
    const page = [
      'Express Entry draw #352: 3,000 invitations for the Canadian Experience Class',
      'By Eszter Kovács and Tomáš Dvořák | June 11, 2025',
      'IRCC held a new Express Entry draw on June 10, 2025, issuing 3,000 invitations with a minimum CRS score of 531.',
      'Our readers wrote "megkaptam a meghívót!" and "mám pozvánku, díky všem", and both were very happy with the news.',
    ].join('\n');
    expect(isHungarian(page)).toBe(false);
    expect(isCzech(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-06-11')).toEqual([['2025-06-10', '352', 'cec', 3000, 531, null]]);
    // The same words in a post of the language are glossed.
    const post = 'Megkaptam a meghívót! Tegnap volt a 352. forduló, és a ponthatár 531 volt. Összesen 3 000 jelölt kapott meghívást.';
    expect(glossForeign(post)).toContain('draw #352');
  });

  it('a Polish page is still Polish, not Czech', () => {
    const page = 'Wczoraj było losowanie nr 330 tylko dla PNP: zaproszono 1 500 kandydatów z nominacją prowincyjną, a minimalny wynik CRS wyniósł 727 pkt. Czy ktoś z was dostał zaproszenie?';
    expect(isCzech(page)).toBe(false);
    expect(isPolish(page)).toBe(true);
    const czech = 'Včera proběhlo kolo č. 330 jen pro PNP: pozváno bylo 1 500 kandidátů a minimální skóre CRS bylo 727 bodů. Má někdo pozvánku?';
    expect(isPolish(czech) && !isCzech(czech)).toBe(false);
    expect(glossForeign(czech)).toContain('draw #330');
  });
});
