import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isDutch } from '../../src/parse/text/gloss-dutch.ts';
import { isRomanian } from '../../src/parse/text/gloss-romanian.ts';

/**
 * Dutch and Romanian draw news (src/parse/text/gloss-dutch.ts, gloss-romanian.ts; docs/parser.md "Dutch and Romanian"):
 * glossed into the English the reader knows. An English page that names a Dutch or Romanian writer stays as written.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Dutch', () => {
  it('a news item: the weekday and its day, a count with a point, the cut-off and the tie-break', () => {
    const page = [
      'Nieuwe Express Entry-trekking voor de Canadian Experience Class',
      'Nieuws | 10-07-2024 | Redactie',
      'De Canadese immigratiedienst IRCC heeft dinsdag 9 juli 2024 een nieuwe trekking gehouden binnen het Express Entry-systeem. In ronde 304 ontvingen 3.750 kandidaten een uitnodiging.',
      'De minimale CRS-score bedroeg 515 punten. Voor de tie-breaking rule hanteerde IRCC 4 juni 2024 om 08:12:45 UTC.',
      'Bij de vorige trekking voor deze groep, op 2 juli, werden 920 kandidaten uitgenodigd met een minimumscore van 510.',
      'Het is de derde trekking van deze maand en er worden nog meer rondes verwacht.',
    ].join('\n');
    expect(facts(page, '2024-07-10')).toEqual([['2024-07-09', '304', 'cec', 3750, 515, '2024-06-04']]);
  });

  it('a newsletter\'s table: "Uitnodigingen", "Min. CRS" and days written "02-03-2026"', () => {
    const page = [
      'Nieuwsbrief Canada | week 10',
      'Beste lezer, deze week hield IRCC twee Express Entry-trekkingen. Hieronder het overzicht van de uitnodigingen:',
      'Ronde | Datum | Programma | Uitnodigingen | Min. CRS',
      '#399 | 17-02-2026 | Canadian Experience Class | 6.000 | 508',
      '#400 | 18-02-2026 | Franse taalvaardigheid | 4.500 | 402',
      'Heeft u vragen over uw profiel? Dan helpen wij u graag verder, want een goed profiel is het halve werk.',
    ].join('\n');
    expect(facts(page, '2026-02-20')).toEqual([
      ['2026-02-17', '399', 'cec', 6000, 508, null],
      ['2026-02-18', '400', 'french', 4500, 402, null],
    ]);
  });
});

describe('Romanian', () => {
  it('a blog post: "Ieri", "a 250-a rundă", "2.000 de invitații", "scorul minim" and "regula de departajare"', () => {
    const page = [
      'Express Entry: runda #250 – 2.000 de invitații pentru candidații din Canadian Experience Class',
      'Publicat pe 7 martie 2023 de Ioana Marin',
      'Ieri, 6 martie 2023, IRCC a organizat a 250-a rundă de invitații din sistemul Express Entry, doar pentru candidații din Canadian Experience Class.',
      'Au fost trimise 2.000 de invitații, iar scorul minim a fost de 488 de puncte.',
      'Regula de departajare: 20 februarie 2023, ora 09:41:05 UTC. Față de runda anterioară, pragul a crescut cu cinci puncte.',
      'Sunt mulți cititori care ne întreabă ce înseamnă asta pentru ei și cum își pot crește punctajul.',
    ].join('\n');
    expect(facts(page, '2023-03-07')).toEqual([['2023-03-06', '250', 'cec', 2000, 488, '2023-02-20']]);
  });

  it('two rounds of a week, each with its weekday, and the earlier round of the month told as context', () => {
    const page = [
      'Express Entry: două runde în două zile',
      '12 iunie 2024',
      'IRCC a organizat săptămâna aceasta două runde de invitații în sistemul Express Entry.',
      'Luni, 10 iunie, în runda nr. 301, au fost invitați 1.500 de candidați cu nominalizare provincială. Scorul minim a fost 720 de puncte.',
      'A doua zi, marți, 11 iunie, runda nr. 302 a fost dedicată candidaților francofoni: 2.300 de invitații, scor minim 410.',
      'Pentru comparație, runda din 29 mai a invitat 3.000 de candidați, la un scor de 522 de puncte.',
    ].join('\n');
    expect(facts(page, '2024-06-12')).toEqual([
      ['2024-06-10', '301', 'pnp', 1500, 720, null],
      ['2024-06-11', '302', 'french', 2300, 410, null],
    ]);
  });
});

describe('English pages', () => {
  it('an English page that names Dutch and Romanian writers is not glossed', () => {
    const page = [
      'Express Entry draw #305: 3,750 invitations for the Canadian Experience Class',
      'By Joost van der Berg and Ioana Țăranu, with Marieke de Vries | July 10, 2024',
      'Immigration, Refugees and Citizenship Canada (IRCC) held a new Express Entry draw on July 9, 2024, issuing 3,750 invitations to candidates in the Canadian Experience Class.',
      'The minimum CRS score was 515, and the tie-breaking rule was June 4, 2024 at 08:12:45 UTC.',
      'Quotes from our readers: "Het is een goede dag", wrote one; "Sunt fericit", wrote another, who has been in the pool for a year.',
      'This is the third draw of the month, and more rounds are expected in the coming weeks for candidates in the pool.',
    ].join('\n');
    expect([isDutch(page), isRomanian(page)]).toEqual([false, false]);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2024-07-10')).toEqual([['2024-07-09', '305', 'cec', 3750, 515, '2024-06-04']]);
  });
});
