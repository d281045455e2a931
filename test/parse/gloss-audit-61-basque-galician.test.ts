import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * The session-61 audit of the Basque and Galician glossaries (src/parse/text/gloss-basque.ts, gloss-galician.ts; docs/parser.md
 * "Basque and Galician", "Audit (session 61)"): pages written for the audit, each with the draws it announces.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Basque', () => {
  it('"Txanda zenbakia: 435" is the round number', () => {
    const page = [
      'Atzo, astelehenean, IRCCk PNP txanda bat egin zuen: 442 gonbidapen bidali zituen, eta gutxieneko puntuazioa 760koa izan zen.',
      'Txanda zenbakia: 435. Berdinketa-araua: 2026/08/07 18:01:56 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, '2026-08-07']]);
  });
  it('a cut-off before its words: "768 puntuko gutxieneko puntuazioarekin"', () => {
    const page = [
      'Bi Express Entry txanda aste honetan',
      '2026-08-06',
      'IRCCk bi txanda egin ditu aste honetan.',
      'Astelehenean, abuztuaren 4an, 431. txanda egin zen, Provincial Nominee Program programarako: 507 gonbidapen, 768 puntuko gutxieneko puntuazioarekin.',
      'Asteazkenean, abuztuaren 5ean, 432. txanda etorri zen, Canadian Experience Class programarako: 3.000 gonbidapen bidali ziren eta gutxieneko puntuazioa 516koa izan zen.',
      'Berdinketa hausteko araua: 2026ko uztailaren 3a, 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03'],
    ]);
  });
  it('a weekly round-up: "Asteko laburpena", "lau txanda", "Garraio lanbideak"', () => {
    const page = [
      'Asteko laburpena: lau Express Entry txanda',
      'Aste honetan IRCCk lau txanda egin ditu:',
      '- Abuztuaren 4a: 431. txanda, PNP, 507 gonbidapen, gutxieneko puntuazioa 768',
      '- Abuztuaren 5a: 432. txanda, CEC, 3.000 gonbidapen, gutxieneko puntuazioa 516',
      '- Abuztuaren 6a: 433. txanda, Frantsesa, 5.000 gonbidapen, gutxieneko puntuazioa 391',
      '- Abuztuaren 7a: 434. txanda, Garraio lanbideak, 300 gonbidapen, gutxieneko puntuazioa 470',
      'Guztira 8.807 gonbidapen.',
    ].join('\n');
    expect(facts(page, '2026-08-08')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
      ['2026-08-06', '433', 'french', 5000, 391, null],
      ['2026-08-07', '434', 'transport', 300, 470, null],
    ]);
  });
  it('a yearly recap ("urtearen laburpena") announces nothing', () => {
    const page = [
      '2025eko Express Entry urtearen laburpena',
      'Iaz IRCCk 80 txanda baino gehiago egin zituen. Urteko txandarik handiena CEC programakoa izan zen, 5.000 gonbidapenekin eta 520 puntuko gutxieneko puntuazioarekin.',
      'Urte osoan 100.000 gonbidapen baino gehiago bidali ziren.',
    ].join('\n');
    expect(facts(page, '2026-01-03')).toEqual([]);
  });
  it('a hedged count ("5.000 gonbidapen inguru") is not a count', () => {
    const page = ['Gaur, 437. txanda: frantses hiztunentzat 5.000 gonbidapen inguru bidali ditu IRCCk, eta gutxieneko puntuazioa 382 puntukoa izan da.'].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', null, 382, null]]);
  });
  it('a cut-off compared with the previous round\'s ("aurreko CEC txandako 518 puntuen azpitik")', () => {
    const page = [
      'Kanadak 4.000 gonbidapen bidali ditu CEC txandan',
      '2026ko ekainaren 23a',
      'IRCCk gaur 420. txanda egin du: 4.000 hautagaik jaso dute gonbidapena. Gutxieneko puntuazioa 516 puntukoa izan da, aurreko CEC txandako 518 puntuen azpitik.',
    ].join('\n');
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, null]]);
  });
  it('"223ko gutxieneko puntuazioarekin", "mediku" (physicians)', () => {
    const page = [
      'Herenegun, ekainaren 24an, IRCCk 421. txanda egin zuen mediku kanadar esperientziadunentzat: 271 gonbidapen bidali zituen, 223ko gutxieneko puntuazioarekin.',
      'Berdinketa hausteko araua: 2026ko maiatzaren 31, 14:13:49 (Torontoko ordua, EDT).',
    ].join('\n');
    expect(facts(page, '2026-06-26')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, '2026-05-31']]);
  });
  it('"aurrekoan baino 10 puntu gutxiago" leaves the cut-off its own', () => {
    const page = [
      'Osasun arloko 422. txanda: 4.000 gonbidapen',
      'Osteguna, 2026ko ekainaren 25a',
      'IRCCk gaur osasun eta gizarte zerbitzuetako lanbideetarako txanda egin du. 4.000 hautagaik jaso dute gonbidapena; gutxieneko puntuazioa 475 puntukoa izan da, aurrekoan baino 10 puntu gutxiago.',
      'Berdinketa hausteko araua: 2026-05-21 12:14:09 UTC.',
    ].join('\n');
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-25', '422', 'healthcare', 4000, 475, '2026-05-21']]);
  });
});
describe('Galician', () => {
  it('a news item with four of the old words and "ás" is Galician', () => {
    const page = [
      'Express Entry: Canadá convida 1.000 candidatos da Canadian Experience Class',
      'Martes, 18 de agosto de 2026',
      'IRCC celebrou hoxe a rolda n.º 436 do Express Entry. Foron convidados 1.000 candidatos da Canadian Experience Class cunha puntuación CRS mínima de 523 puntos.',
      'Regra de desempate: 17 de agosto de 2026 ás 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });
  it('a yearly recap ("Balance do ano") announces nothing', () => {
    const page = [
      'Balance do ano 2025 no Express Entry',
      'O ano pasado houbo máis de 80 roldas. A maior foi unha rolda da CEC con 5.000 invitacións e un mínimo de 520 puntos.',
      'En total enviáronse máis de 100.000 invitacións.',
    ].join('\n');
    expect(facts(page, '2026-01-03')).toEqual([]);
  });
  it('a guide ("Guía práctica", "Por exemplo") announces nothing', () => {
    const page = [
      'Como calcular a túa puntuación CRS? Guía práctica',
      'A puntuación CRS mide a idade, os estudos, o idioma e a experiencia laboral.',
      'Por exemplo, na rolda da CEC do 21 de xullo de 2026 foron convidados 2.000 candidatos cun mínimo de 516 puntos.',
      'Se queres subir a túa puntuación, mellora o teu francés.',
    ].join('\n');
    expect(facts(page, '2026-08-10')).toEqual([]);
  });
  it('a short post with a hedged count ("arredor de 5.000") is not a count', () => {
    const page = ['Hoxe, rolda 437 para francófonos: arredor de 5.000 invitacións e unha puntuación mínima de 382 puntos.'].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', null, 382, null]]);
  });
  it('a cut-off compared with the previous round\'s ("fronte aos 518")', () => {
    const page = [
      'Canadá envía 4.000 invitacións na rolda da CEC',
      '23.06.2026',
      'IRCC celebrou hoxe a rolda 420: 4.000 candidatos recibiron unha invitación. O CRS mínimo foi de 516 puntos, fronte aos 518 da rolda anterior da CEC.',
    ].join('\n');
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, null]]);
  });
  it('a cut-off compared with the previous round\'s ("por baixo dos 485")', () => {
    const page = [
      'Rolda 422 de saúde: 4.000 invitacións',
      'Xoves, 25 de xuño de 2026',
      'IRCC celebrou hoxe unha rolda para ocupacións de saúde e servizos sociais. Foron convidados 4.000 candidatos; a puntuación mínima foi de 475 puntos, por baixo dos 485 da rolda anterior.',
      'Regra de desempate: 21/05/2026 ás 12:14:09 UTC.',
    ].join('\n');
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-25', '422', 'healthcare', 4000, 475, '2026-05-21']]);
  });
});
