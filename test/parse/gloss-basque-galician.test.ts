import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Basque and Galician draw news (src/parse/text/gloss-basque.ts, gloss-galician.ts; docs/parser.md "Basque and Galician"):
 * Basque glossed into English, Galician's own words into the Spanish the reader reads. Pages that announce nothing stay so; an
 * English page quoting the languages is not glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Basque', () => {
  it('a news item: "412. txanda", "2.500 gonbidapen bidali ditu", "Gutxieneko puntuazioa", the tie-break', () => {
    const page = [
      'Kanadak 2.500 gonbidapen bidali ditu CEC programan',
      '2026ko martxoaren 11a | Erredakzioa',
      'IRCCk gaur Express Entry txanda berri bat egin du. 412. txanda izan da, Canadian Experience Class programako hautagaientzat.',
      'Guztira 2.500 pertsonak jaso dute gonbidapena. Gutxieneko puntuazioa 519 CRS puntukoa izan da.',
      'Berdinketa hausteko araua: 2026ko martxoaren 2a, 08:15:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-03-11')).toEqual([['2026-03-11', '412', 'cec', 2500, 519, '2026-03-02']]);
  });

  it('a short post: "Atzo, urriaren 7an", "650 hautagaik", "745eko muga"', () => {
    const page = 'Atzo, urriaren 7an, PNP txanda bat egin zuen Kanadak Express Entry sisteman. 650 hautagaik jaso zuten gonbidapena, 745eko CRS mugarekin.';
    expect(facts(page, '2025-10-08')).toEqual([['2025-10-07', null, 'pnp', 650, 745, null]]);
  });

  it('a guide and a monthly recap are glossed and announce nothing', () => {
    const guide = [
      'Nola lortu Express Entry gonbidapena? Gida osoa',
      '1. CRS puntuazioa: adina, ikasketak eta hizkuntza. Gehienez 1.200 puntu.',
      '2. Adibidez, 2025eko ekainaren 4ko CEC txandak 2.000 gonbidapen bidali zituen 529ko mugarekin.',
      'Galderarik baduzu, idatzi iezaguzu.',
    ].join('\n');
    const recap = [
      'Express Entry: irailaren laburpena',
      'Irailean IRCCk lau txanda egin zituen. Hona hemen hilabetearen laburpena:',
      '- Irailak 2: CEC, 1.500 gonbidapen, 534 CRS',
      '- Irailak 16: PNP, 700 gonbidapen, 712 CRS',
      'Guztira 2.200 gonbidapen.',
    ].join('\n');
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('monthly recap');
    expect(facts(guide, '2025-10-01')).toEqual([]);
    expect(facts(recap, '2025-10-01')).toEqual([]);
  });
});

describe('Galician', () => {
  it('a news item: "hoxe", "rolda n.º 415", "Invitacións emitidas", the tie-break', () => {
    const page = [
      'Canadá convida 3.500 candidatos na rolda 415 do Express Entry',
      '10/06/2026 · Redacción',
      'IRCC celebrou hoxe unha nova rolda de invitacións para a Canadian Experience Class.',
      'Datos da rolda n.º 415:',
      '- Invitacións emitidas: 3.500',
      '- Puntuación CRS mínima: 518',
      '- Regra de desempate: 2 de xuño de 2026 ás 10:11:12 UTC',
    ].join('\n');
    expect(facts(page, '2026-06-10')).toEqual([['2026-06-10', '415', 'cec', 3500, 518, '2026-06-02']]);
  });

  it('a news item told the day after: "onte, venres 6 de marzo", "rolda número 401", "Foron 6.500 as invitacións"', () => {
    const page = [
      'Nova rolda francófona no Express Entry',
      '7 de marzo de 2026',
      'Canadá realizou onte, venres 6 de marzo, unha rolda de Express Entry para candidatos con dominio do francés. Foron 6.500 as invitacións, e a puntuación mínima foi de 401 puntos.',
      'A rolda número 402 é a segunda do mes para os francófonos.',
    ].join('\n');
    expect(facts(page, '2026-03-07')).toEqual([['2026-03-06', '402', 'french', 6500, 401, null]]);
  });

  it("a forecast and a province's own round announce nothing", () => {
    const forecast = [
      'Previsións do Express Entry para o outono: que podemos esperar?',
      '3 de setembro de 2026 · Blog',
      'Na última rolda, o 1 de setembro, a CEC invitou 3.000 candidatos cun corte de 520. Cremos que a tendencia seguirá así.',
      'Non son certezas, só previsións.',
    ].join('\n');
    const province = [
      'Ontario convida 900 candidatos do Express Entry',
      '12 de xullo de 2026',
      'O programa provincial de Ontario emitiu onte 900 notificacións de interese a candidatos con puntuacións CRS entre 430 e 470. Lembre que a nominación tamén engade 600 puntos, e despois chega unha invitación federal.',
    ].join('\n');
    expect(glossForeign(forecast)).toContain('ronda');
    expect(glossForeign(province)).toContain('ayer');
    expect(facts(forecast, '2026-09-03')).toEqual([]);
    expect(facts(province, '2026-07-12')).toEqual([]);
  });
});

describe('an English page quoting Basque and Galician', () => {
  it('stays as it is', () => {
    const page =
      'Canada invited 3,000 candidates today. Basque readers call a round a "txanda" and an invitation a "gonbidapen"; Galician readers say "rolda" and "hoxe". The minimum CRS score was 515.';
    expect(glossForeign(page)).toBe(page);
  });
});
