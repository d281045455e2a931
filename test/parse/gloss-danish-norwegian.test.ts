import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isDanishOrNorwegian } from '../../src/parse/text/gloss-danish-norwegian.ts';
import { isSwedish } from '../../src/parse/text/gloss-swedish.ts';

/**
 * Danish and Norwegian (Bokmål) draw news (src/parse/text/gloss-danish-norwegian.ts; docs/parser.md "Danish and Norwegian"):
 * glossed into the English the reader knows. Pages that announce nothing stay so; an English page quoting the languages stays as
 * written; a Swedish page is still Swedish.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

const DANISH_NEWS = [
  'Canadaposten.dk – Nyheder',
  'Ny Express Entry-runde for Canadian Experience Class',
  'Af redaktionen · 6. marts 2026',
  'I går, torsdag, gennemførte IRCC runde nr. 405 for Canadian Experience Class. 2.500 kandidater blev inviteret med en minimumsscore på 512 point.',
  'Uafgjort-reglen: 20.02.2026 kl. 10:15:30 UTC.',
  'Del artiklen | Læs også: Sådan får du arbejdstilladelse',
].join('\n');

describe('Danish', () => {
  it('a news item: "I går, torsdag", "runde nr. 405", "2.500 kandidater blev inviteret", "minimumsscore på 512 point", the tie-break', () => {
    expect(facts(DANISH_NEWS, '2026-03-06')).toEqual([['2026-03-05', '405', 'cec', 2500, 512, '2026-02-20']]);
  });

  it('a short forum post: "Runde #331", "1.200 invitationer", "laveste CRS 790", "i dag"', () => {
    const page = 'Ny PNP-runde i dag!\nRunde #331: 1.200 invitationer, laveste CRS 790. Tillykke til alle, der fik en invitation – min score er desværre for lav.';
    expect(facts(page, '2025-01-22')).toEqual([['2025-01-22', '331', 'pnp', 1200, 790, null]]);
  });

  it("a forecast and a province's round are glossed and announce nothing", () => {
    const forecast = [
      'Prognose: Hvad sker der i Express Entry i efteråret?',
      'Skrevet af Mette Holm · 2. september 2025',
      'Vi forventer flere runder for Canadian Experience Class med omkring 3.000 invitationer og en laveste score omkring 520 point.',
      'Det er en prognose og ikke en officiel meddelelse fra IRCC.',
    ].join('\n');
    const province = [
      'Alberta inviterer 300 i en ny provinsrunde',
      '11. juni 2025 · Udvandrernyt',
      'Alberta Advantage Immigration Program holdt i dag en runde, hvor 300 kandidater blev inviteret med en minimumsscore på 65 point. Det er ikke en runde i Express Entry.',
    ].join('\n');
    for (const [page, published] of [
      [forecast, '2025-09-02'],
      [province, '2025-06-11'],
    ] as const) {
      expect(glossForeign(page)).not.toBe(page);
      expect(facts(page, published)).toEqual([]);
    }
  });
});

describe('Norwegian', () => {
  it('a news item: "I dag, onsdag 8. oktober 2025", "trekning nr. 377", "4 500 invitasjoner", "Laveste CRS var 431"', () => {
    const page = [
      'Kanadanytt.no',
      'Stor trekning for franskspråklige kandidater',
      'Publisert 08.10.2025 kl. 18:05',
      'I dag, onsdag 8. oktober 2025, holdt IRCC trekning nr. 377 for franskspråklige kandidater. Det ble sendt ut 4 500 invitasjoner. Laveste CRS var 431.',
      'Tie-breaking-regelen var satt til 30. september 2025 kl. 09:12:44 UTC.',
      'Les også: Slik søker du om arbeidstillatelse',
    ].join('\n');
    expect(facts(page, '2025-10-08')).toEqual([['2025-10-08', '377', 'french', 4500, 431, '2025-09-30']]);
  });

  it("a guide, a monthly recap and another country's round are glossed and announce nothing", () => {
    const guide = [
      'Slik fungerer Express Entry – en guide',
      'Express Entry er systemet Canada bruker for å velge ut søkere. I hver trekning får de med høyest poeng en invitasjon.',
      'Eksempel: 12. juni 2024 ble 3 000 kandidater invitert med minst 522 poeng. Det er et eksempel og ikke en ny trekning.',
      'Les mer om hvordan du regner ut poengene dine.',
    ].join('\n');
    const recap = [
      'Oppsummering av mai: fire trekninger i Express Entry',
      'Dato | Program | Invitasjoner | Laveste CRS',
      '06.05.2025 | CEC | 3 000 | 518',
      '13.05.2025 | PNP | 700 | 745',
      '20.05.2025 | Fransk | 4 000 | 410',
      '27.05.2025 | Helse | 2 500 | 470',
      'Totalt fikk 10 200 kandidater invitasjon i løpet av måneden, og det er flere enn i april.',
    ].join('\n');
    const australia = [
      'Australia: ny trekning i SkillSelect',
      '20. november 2025 · Utvandrerbladet',
      'I går holdt Australias SkillSelect en trekning der 2 800 kandidater ble invitert med laveste poeng 85. Det er ikke Canada og ikke Express Entry, men mange lesere har spurt.',
    ].join('\n');
    for (const [page, published] of [
      [guide, '2024-06-20'],
      [recap, '2025-06-01'],
      [australia, '2025-11-20'],
    ] as const) {
      expect(glossForeign(page)).not.toBe(page);
      expect(facts(page, published)).toEqual([]);
    }
  });
});

describe('English and Swedish pages', () => {
  it('an English page quoting Danish and Norwegian words is not glossed, and reads the facts the Danish page reads', () => {
    const page = [
      'Express Entry draw #405: 2,500 invitations for the Canadian Experience Class',
      'By Staff Writer | March 6, 2026',
      'IRCC held Express Entry draw #405 on March 5, 2026, issuing 2,500 invitations to CEC candidates. The minimum CRS score was 512.',
      'Readers in Copenhagen and Bergen wrote in: "Endelig en runde for os, og 512 point er ikke så højt", and "Gratulerer til alle som fikk invitasjon i denne trekningen!"',
      'The tie-breaking rule was February 20, 2026 at 10:15:30 UTC.',
    ].join('\n');
    expect(isDanishOrNorwegian(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2026-03-06')).toEqual(facts(DANISH_NEWS, '2026-03-06'));
  });

  it('a Swedish page is Swedish, not Danish or Norwegian, and a Danish one not Swedish', () => {
    const swedish = 'Idag hölls en ny dragning i Express Entry och 2 500 sökande bjöds in. Lägsta CRS-poäng var 512, och det är inte så högt. Förra veckan var gränsen högre än så.';
    expect([isSwedish(swedish), isDanishOrNorwegian(swedish)]).toEqual([true, false]);
    expect(isDanishOrNorwegian(DANISH_NEWS)).toBe(true);
    expect(glossForeign(DANISH_NEWS)).toContain('2,500 candidates were invited');
  });
});
