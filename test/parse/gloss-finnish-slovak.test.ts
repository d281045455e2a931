import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { glossCzech, isCzech } from '../../src/parse/text/gloss-czech.ts';
import { isFinnish } from '../../src/parse/text/gloss-finnish.ts';
import { isSlovak } from '../../src/parse/text/gloss-slovak.ts';

/**
 * Finnish and Slovak draw news (src/parse/text/gloss-finnish.ts, gloss-slovak.ts; docs/parser.md "Finnish and Slovak"): glossed
 * into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting the languages is not glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Finnish', () => {
  it('a news item: "Tiistaina 11.3.2025", "kierroksen numero 339", "Kutsuja lähetettiin 1 250", "alin CRS-pistemäärä oli" and the tie-break', () => {
    const page = [
      'Express Entry: uusi kierros Canadian Experience Class -hakijoille',
      'Kanada-uutiset | 12.3.2025',
      'Tiistaina 11.3.2025 IRCC järjesti Canadian Experience Class -kierroksen numero 339. Kutsuja lähetettiin 1 250, ja alin CRS-pistemäärä oli 529.',
      'Tasapelisääntö: 2.3.2025 klo 10:15:30 UTC.',
      'Kutsun saaneilla hakijoilla on 60 päivää aikaa jättää hakemus.',
    ].join('\n');
    expect(facts(page, '2025-03-12')).toEqual([['2025-03-11', '339', 'cec', 1250, 529, '2025-03-02']]);
  });

  it('a forum post: "Eilen", "IRCC kutsui 800 hakijaa", "alin CRS"', () => {
    const page = ['Aihe: PNP-kierros eilen', 'Eilen tuli taas provinssikierros: IRCC kutsui 800 hakijaa, alin CRS 745. Itse odottelen vielä CEC-kierrosta, minulla on 470 pistettä.'].join('\n');
    expect(facts(page, '2024-10-02')).toEqual([['2024-10-01', null, 'pnp', 800, 745, null]]);
  });

  it('a forecast, a monthly recap and a guide are glossed and announce nothing', () => {
    const forecast = [
      'Ennuste: mitä Express Entry tuo tullessaan vuonna 2027?',
      'Odotamme, että CEC-kierroksilla alin CRS on noin 510 pistettä ja ranskan kielen kierroksilla lähetetään jopa 5 000 kutsua.',
      'Tämä ei ole oikeudellinen neuvo, vaan arvio aiempien kierrosten perusteella.',
    ].join('\n');
    const recap = [
      'Lokakuun 2025 kuukausikatsaus: Express Entry',
      'Lokakuussa IRCC järjesti neljä kierrosta ja lähetti yhteensä 11 000 kutsua.',
      'CEC-kierros 8.10.2025: 3 000 kutsua, alin CRS 534. Seuraava katsaus joulukuussa!',
    ].join('\n');
    const guide = [
      'Express Entry -opas: näin CRS-pisteet lasketaan',
      'Esimerkkejä: provinssin nimitys tuo 600 pistettä, ja ranskan kielen taito voi tuoda jopa 50 pistettä lisää.',
      'Kaikki ohjelmat eivät ole samanlaisia, joten tarkista oma tilanteesi ennen kuin haet.',
    ].join('\n');
    for (const [page, english] of [
      [forecast, 'Forecast'],
      [recap, 'Summary of October 2025'],
      [guide, 'guide'],
    ] as const) {
      expect(glossForeign(page)).toContain(english);
      expect(facts(page, '2025-11-03')).toEqual([]);
    }
  });
});

describe('Slovak', () => {
  it('a news item: "V utorok 11. marca 2025", "kolo č. 339", "pozvalo 1 250 kandidátov", "s minimálnym skóre CRS" and the tie-break', () => {
    const page = [
      'Kanada: nové kolo Express Entry pre Canadian Experience Class',
      'Správy z Kanady | 12. 3. 2025',
      'V utorok 11. marca 2025 sa uskutočnilo kolo č. 339 pre Canadian Experience Class. IRCC pozvalo 1 250 kandidátov s minimálnym skóre CRS 529.',
      'Pravidlo nerozhodnosti: 2. marca 2025 o 10:15:30 UTC.',
      'Kandidáti, ktorí dostali pozvánku, majú 60 dní na podanie žiadosti.',
    ].join('\n');
    expect(facts(page, '2025-03-12')).toEqual([['2025-03-11', '339', 'cec', 1250, 529, '2025-03-02']]);
  });

  it('a forum post: "Včera", "ďalšie PNP kolo", "800 pozvánok, min. CRS 745"', () => {
    const page = 'Včera bolo ďalšie PNP kolo: 800 pozvánok, min. CRS 745. Ja mám 470 bodov, takže ešte čakám na svoje kolo.';
    expect(facts(page, '2024-10-02')).toEqual([['2024-10-01', null, 'pnp', 800, 745, null]]);
  });

  it("a monthly recap, a forecast and another country's round are glossed and announce nothing", () => {
    const recap = [
      'Prehľad za október 2025: Express Entry',
      'V októbri IRCC uskutočnilo štyri kolá a spolu poslalo 11 000 pozvánok.',
      'Najnižšia hranica bola 410 bodov, najvyššia 750 bodov. Ďalšie kolá očakávame v novembri.',
    ].join('\n');
    const forecast = [
      'Predpoveď: čo prinesie Express Entry v roku 2027?',
      'Odborníci očakávajú, že hranica v kolách pre CEC bude okolo 510 bodov a vo francúzskych kolách bude až 5 000 pozvánok.',
    ].join('\n');
    const zealand = [
      'Nový Zéland: nové kolo pozvánok pre kvalifikovaných migrantov',
      'Nový Zéland včera pozval 500 uchádzačov s minimálnym počtom 160 bodov. Na rozdiel od kanadského Express Entry sa tu body počítajú inak.',
    ].join('\n');
    for (const [page, english] of [
      [recap, 'Summary of October 2025'],
      [forecast, 'expected'],
      [zealand, 'candidates'],
    ] as const) {
      expect(glossForeign(page)).toContain(english);
      expect(facts(page, '2025-11-03')).toEqual([]);
    }
  });
});

describe('Other pages', () => {
  it('an English page quoting Finnish and Slovak words stays as written', () => {
    const page = [
      'Express Entry draw #352: 3,000 invitations for the Canadian Experience Class',
      'By Aino Virtanen and Zuzana Horváthová | June 11, 2025',
      'IRCC held a new Express Entry draw on June 10, 2025, issuing 3,000 invitations with a minimum CRS score of 531.',
      'Our readers wrote "sain kutsun tänään!" and "mám pozvánku, ďakujem všetkým", and both were very happy with the news.',
    ].join('\n');
    expect(isFinnish(page)).toBe(false);
    expect(isSlovak(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-06-11')).toEqual([['2025-06-10', '352', 'cec', 3000, 531, null]]);
    // The same words in a post of the language are glossed.
    expect(glossForeign('Sain kutsun tänään! Kierroksen numero 352 kutsui 3 000 hakijaa, ja alin CRS oli 531 pistettä.')).toMatch(/draw #352/i);
    expect(glossForeign('Mám pozvánku, ďakujem všetkým! Dnes bolo kolo č. 352, pozvali 3 000 kandidátov a hranica bola 531 bodov.')).toContain('draw #352');
  });

  it('a Czech page is still glossed as Czech, not as Slovak', () => {
    const czech = 'Včera proběhlo kolo č. 330 jen pro PNP: pozváno bylo 1 500 kandidátů a minimální skóre CRS bylo 727 bodů. Má někdo pozvánku?';
    expect(isCzech(czech)).toBe(true);
    expect(glossForeign(czech)).toBe(glossCzech(czech));
    const slovak = 'Včera bolo kolo č. 330 len pre PNP: pozvaných bolo 1 500 kandidátov a minimálne skóre CRS bolo 727 bodov. Má niekto pozvánku?';
    expect(isCzech(slovak)).toBe(false);
    expect(glossForeign(slovak)).toContain('draw #330');
  });
});
