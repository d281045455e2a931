import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { glossFrench } from '../../src/parse/text/gloss-french.ts';
import { isItalian } from '../../src/parse/text/gloss-italian.ts';
import { isPolish } from '../../src/parse/text/gloss-polish.ts';

/**
 * Polish and Italian draw news (src/parse/text/gloss-polish.ts, gloss-italian.ts; docs/parser.md "Polish and Italian"): glossed
 * into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's draw) is
 * glossed and still announces nothing; an English page quoting the languages, and a French page, are not glossed as them.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Polish', () => {
  it('a news item: "We czwartek, 5 czerwca", "runda nr 351", "wysłano 3 000 zaproszeń", "próg punktowy" and the tie-break', () => {
    const page = [
      'Nowa runda Express Entry dla kandydatów z Canadian Experience Class',
      'Wiadomości z Kanady | 6 czerwca 2025 r.',
      'We czwartek, 5 czerwca 2025 r., w rundzie nr 351 dla Canadian Experience Class wysłano 3 000 zaproszeń.',
      'Próg punktowy wyniósł 529 pkt. Zasada rozstrzygania remisów: 20 maja 2025 r., godz. 09:14:02 UTC.',
      'Kandydaci, którzy otrzymali zaproszenie, mają 60 dni na złożenie wniosku.',
    ].join('\n');
    expect(facts(page, '2025-06-06')).toEqual([['2025-06-05', '351', 'cec', 3000, 529, '2025-05-20']]);
  });

  it('a forum post: "Wczoraj", "zaproszono 1 500 kandydatów z nominacją prowincyjną", "minimalny wynik CRS"', () => {
    const page = [
      'Forum Polaków w Kanadzie › Express Entry',
      'Wczoraj było losowanie nr 330 tylko dla PNP: zaproszono 1 500 kandydatów z nominacją prowincyjną, a minimalny wynik CRS wyniósł 727 pkt.',
      'Czy ktoś z was dostał zaproszenie? Ja mam 480 punktów i czekam dalej.',
    ].join('\n');
    expect(facts(page, '2024-12-03')).toEqual([['2024-12-02', '330', 'pnp', 1500, 727, null]]);
  });

  it("a forecast, a monthly recap and a province's draw are glossed and announce nothing", () => {
    const forecast = [
      'Prognoza Express Entry na 2027 rok: czego się spodziewać?',
      'W tym roku spodziewamy się losowań dla CEC z progiem około 510 pkt oraz rund dla osób francuskojęzycznych po 5 000 zaproszeń.',
      'To nie jest porada prawna, a jedynie nasza ocena na podstawie dotychczasowych rund.',
    ].join('\n');
    const recap = [
      'Podsumowanie marca 2025 w Express Entry',
      'W marcu IRCC przeprowadziło trzy rundy zaproszeń i wysłało łącznie 11 000 zaproszeń.',
      'Najniższy próg miesiąca wynosił 410 pkt, a najwyższy 750 pkt. Kolejne losowania już w kwietniu.',
    ].join('\n');
    const province = [
      'Ontario: nowe losowanie w programie prowincyjnym OINP',
      'Prowincja Ontario zaprosiła wczoraj 1 200 kandydatów w strumieniu Human Capital Priorities. To nie jest losowanie Express Entry, a program prowincji.',
      'Kandydaci mają 45 dni na złożenie wniosku do prowincji, która następnie może ich nominować; dla wielu osób jest to szansa na pobyt stały.',
    ].join('\n');
    for (const [page, english] of [
      [forecast, 'what to expect'],
      [recap, 'summary'],
      [province, 'yesterday'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2025-04-01')).toEqual([]);
    }
  });
});

describe('Italian', () => {
  it('a news item: "Martedì 4 marzo 2025", "round n. 340", "Sono stati inviati 4.000 inviti", "punteggio CRS minimo" and "Regola di spareggio"', () => {
    const page = [
      'Express Entry: nuovo sorteggio per i candidati CEC',
      'Notizie dal Canada – 5 marzo 2025',
      'Martedì 4 marzo 2025 IRCC ha tenuto il round n. 340 riservato alla Canadian Experience Class. Sono stati inviati 4.000 inviti con un punteggio CRS minimo di 512.',
      'Regola di spareggio: 12/01/2025 alle 10:22:31 UTC.',
      "Chi ha ricevuto l'invito ha 60 giorni per presentare la domanda di residenza permanente.",
    ].join('\n');
    expect(facts(page, '2025-03-05')).toEqual([['2025-03-04', '340', 'cec', 4000, 512, '2025-01-12']]);
  });

  it('a week\'s list: "Lunedì 9/6 – PNP: 700 inviti, CRS minimo 760", one round each day', () => {
    const page = [
      'Settimana Express Entry: due sorteggi',
      'Canada Oggi › Notizie › 13 giugno 2025',
      'Riepilogo della settimana:',
      'Lunedì 9/6 – PNP: 700 inviti, CRS minimo 760',
      'Mercoledì 11/6 – Sanità: 2.500 inviti, CRS minimo 470',
      "Commenta qui sotto se hai ricevuto l'invito!",
    ].join('\n');
    expect(facts(page, '2025-06-13')).toEqual([
      ['2025-06-09', null, 'pnp', 700, 760, null],
      ['2025-06-11', null, 'healthcare', 2500, 470, null],
    ]);
  });

  it("a guide and a year's recap are glossed and announce nothing", () => {
    const guide = [
      'Guida: come funziona il punteggio CRS di Express Entry',
      'Il punteggio massimo è di 1.200 punti. Per esempio, con una nomina provinciale si ottengono 600 punti in più.',
      'Nei round per tutti i programmi la soglia è stata spesso sopra i 500 punti, ma dipende dal sorteggio.',
    ].join('\n');
    const recap = [
      'Il 2024 in cifre: un anno di Express Entry',
      'Il 2024 si chiude con 98 round di inviti e oltre 98.000 inviti a presentare domanda. Il punteggio minimo più basso è stato di 336 punti.',
      'Cosa aspettarsi dal 2025? Più sorteggi per categoria e meno round per tutti i programmi.',
    ].join('\n');
    for (const [page, english] of [
      [guide, 'guide'],
      [recap, 'in numbers'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2025-01-02')).toEqual([]);
    }
  });
});

describe('Other pages', () => {
  it('an English page quoting Polish and Italian words stays as written', () => {
    const page = [
      'Express Entry draw #352: 3,000 invitations for the Canadian Experience Class',
      'By Łukasz Zieliński and Giulia Bianchi | June 11, 2025',
      'IRCC held a new Express Entry draw on June 10, 2025, issuing 3,000 invitations with a minimum CRS score of 531.',
      'Our readers wrote "jest zaproszenie!" and "ho ricevuto l\'invito", and both were very happy with the news.',
    ].join('\n');
    expect(isPolish(page)).toBe(false);
    expect(isItalian(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
  });

  it('a French page still goes to the French glossary', () => {
    const page = [
      'Entrée express : nouveau tirage pour les candidats de la catégorie Expérience canadienne',
      'Le ministère a invité 3 000 candidats lors du tirage du 4 mars 2025, avec un score minimum de 512 points.',
      "Il s'agit du tirage no 340. Les candidats invités ont 60 jours pour déposer leur demande, selon IRCC, dans les délais prévus par les règles.",
    ].join('\n');
    expect(isItalian(page)).toBe(false);
    expect(glossForeign(page)).toBe(glossFrench(page));
  });
});
