import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isSwedish } from '../../src/parse/text/gloss-swedish.ts';
import { isPortuguese } from '../../src/parse/text/gloss-portuguese.ts';

/**
 * Swedish and Brazilian Portuguese draw news (src/parse/text/gloss-swedish.ts, gloss-portuguese.ts; docs/parser.md "Swedish and
 * Brazilian Portuguese"): Swedish glossed into the English the reader knows; Portuguese, which the reader mostly reads by its own
 * rules, glossed only where it misses. Pages that announce nothing stay so; an English page quoting Swedish stays as written.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Swedish', () => {
  it('a news item: "i går, tisdag 14 april", "dragning nummer 412", "1 800 personer bjöds in", "Lägsta CRS-poäng var" and the tie-break', () => {
    const page = [
      'Kanadabloggen – Nyheter',
      'Ny dragning för transportyrken i Express Entry',
      'Publicerad 15 april 2026 kl. 09.30',
      'Den kanadensiska migrationsmyndigheten IRCC höll i går, tisdag 14 april 2026, dragning nummer 412 för sökande inom transportyrken. 1 800 personer bjöds in att ansöka om permanent uppehållstillstånd. Lägsta CRS-poäng var 468.',
      'Tie-break-regeln: 9 april 2026 kl. 13:05:44 UTC.',
      'Förra veckan hölls en dragning för Canadian Experience Class med 3 000 inbjudningar och 511 poäng.',
    ].join('\n');
    expect(facts(page, '2026-04-15')).toEqual([['2026-04-14', '412', 'transport', 1800, 468, '2026-04-09']]);
  });

  it('a short post: "Idag", "2 750 inbjudningar", "minst 471 poäng" for healthcare', () => {
    const page = 'Idag kom en ny dragning för hälso- och sjukvård! Hela 2 750 inbjudningar och minst 471 poäng. Är det någon här som har fått inbjudan? Grattis till alla som väntat länge 🎉';
    expect(facts(page, '2025-08-21')).toEqual([['2025-08-21', null, 'healthcare', 2750, 471, null]]);
  });

  it('a forecast, a guide and a monthly recap are glossed and announce nothing', () => {
    const forecast = [
      'Prognos: så kan Express Entry se ut i höst',
      'Kanadaportalen | 3 september 2025',
      'Vi tror att dragningarna för fransktalande fortsätter med runt 5 000 inbjudningar och att gränsen för CEC stannar kring 520 poäng.',
      'Detta är en prognos och inte ett officiellt besked från IRCC.',
    ].join('\n');
    const guide = [
      'Guide: så fungerar Express Entry',
      'Express Entry är det system som Kanada använder för att välja ut sökande. Vid varje dragning bjuds de med högst poäng in.',
      'Exempel: den 5 mars 2024 bjöds 2 850 sökande in med en lägsta poäng på 524. Det är ett exempel och inte en ny dragning.',
      'Läs mer om hur du räknar ut dina poäng och vilka dokument som behövs.',
    ].join('\n');
    const recap = [
      'Sammanfattning av juni: fyra dragningar i Express Entry',
      'Datum | Program | Inbjudningar | Lägsta poäng',
      '02/6 | CEC | 3 000 | 518',
      '10/6 | PNP | 800 | 742',
      '17/6 | Franska | 4 500 | 410',
      '25/6 | Hantverksyrken | 1 500 | 463',
      'Totalt bjöds 9 800 sökande in under månaden, och det är fler än i maj.',
    ].join('\n');
    for (const [page, published] of [
      [forecast, '2025-09-03'],
      [guide, '2024-03-20'],
      [recap, '2025-07-01'],
    ] as const) {
      expect(glossForeign(page)).not.toBe(page);
      expect(facts(page, published)).toEqual([]);
    }
  });

  it("a province's draw and another country's draw are glossed and announce nothing federal", () => {
    const province = [
      'Ontario bjöd in 1 250 sökande i provinsens egen dragning',
      '12 mars 2025 · Kanadanytt',
      'Ontario Immigrant Nominee Program (OINP) höll i dag en dragning för sökande med jobberbjudande. 1 250 personer bjöds in och lägsta poäng var 58. Det är inte en dragning i Express Entry.',
    ].join('\n');
    const australia = [
      'Australien: ny dragning i SkillSelect',
      '20 november 2025 · Utvandrarbladet',
      'Australiens SkillSelect höll i går en dragning där 3 000 sökande bjöds in, och lägsta poäng var 85. Det är inte Kanada och inte Express Entry, men många läsare har frågat.',
    ].join('\n');
    expect(glossForeign(province)).not.toBe(province);
    expect(facts(province, '2025-03-12')).toEqual([]);
    expect(glossForeign(australia)).not.toBe(australia);
    expect(facts(australia, '2025-11-20')).toEqual([]);
  });
});

describe('Brazilian Portuguese', () => {
  it('a tie-break "desta rodada" after a sentence of earlier rounds is this round\'s', () => {
    const page = [
      'Canadá convida 4.000 candidatos da CEC no sorteio nº 402',
      'Por Redação Morar Fora · 19 de fevereiro de 2026 às 18h10',
      'O Canadá realizou nesta quinta-feira (19) o sorteio nº 402 do Express Entry, exclusivo para a Canadian Experience Class, e emitiu 4.000 convites para candidatos com pontuação mínima de 509 pontos.',
      'Foi a segunda rodada da CEC em fevereiro. Em 5 de fevereiro, o corte foi de 512 pontos; em 22 de janeiro, de 515.',
      'Você ainda não recebeu o convite? Também vale conferir se o seu perfil está atualizado, já que as rodadas são frequentes.',
      'De acordo com o IRCC, a regra de desempate desta rodada foi 2 de fevereiro de 2026, às 11:41:20 UTC.',
    ].join('\n');
    expect(isPortuguese(page)).toBe(true);
    expect(facts(page, '2026-02-19')).toEqual([['2026-02-19', '402', 'cec', 4000, 509, '2026-02-02']]);
  });

  it('a Portuguese page without that phrase, and a Spanish one with it, are read as they are', () => {
    const portuguese = [
      'Novo sorteio do Express Entry: 1.500 convites para francês',
      'O IRCC realizou hoje uma rodada para candidatos com proficiência em francês. Foram 1.500 convites e a nota de corte foi de 420 pontos.',
      'Você fala francês? Então também pode ser chamado, já que as rodadas são frequentes e não há nota fixa.',
    ].join('\n');
    const spanish = [
      'Nuevo sorteo de Express Entry: 1.500 invitaciones para francés',
      'El IRCC realizó hoy una ronda para candidatos con dominio del francés. Se emitieron 1.500 invitaciones y el puntaje mínimo fue de 420 puntos.',
      'La regla de desempate desta ronda fue el 3 de marzo de 2025. Usted también puede ser invitado si su perfil está actualizado.',
    ].join('\n');
    expect(glossForeign(portuguese)).toBe(portuguese);
    expect(isPortuguese(spanish)).toBe(false);
    expect(glossForeign(spanish)).toBe(spanish);
  });
});

describe('English pages', () => {
  it('an English page quoting a few Swedish and Portuguese words is not glossed', () => {
    const page = [
      'Express Entry draw #412: 1,800 invitations for transport occupations',
      'By Staff Writer | April 15, 2026',
      'IRCC held Express Entry draw #412 on April 14, 2026, issuing 1,800 invitations to candidates in transport occupations. The minimum CRS score was 468.',
      'Readers wrote in: "Äntligen en dragning för oss, och 468 poäng är inte så högt", said one from Göteborg; "a regra de desempate desta rodada" asked another.',
      'The tie-breaking rule was April 9, 2026 at 13:05:44 UTC, and more rounds are expected this month for candidates in the pool.',
    ].join('\n');
    expect([isSwedish(page), isPortuguese(page)]).toEqual([false, false]);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2026-04-15')).toEqual([['2026-04-14', '412', 'transport', 1800, 468, '2026-04-09']]);
  });
});
