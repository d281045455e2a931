import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 58's audit of the Swedish and Brazilian Portuguese glossaries (src/parse/text/gloss-swedish.ts, gloss-portuguese.ts;
 * docs/parser.md "Swedish and Brazilian Portuguese", "Audit (session 58)"): pages written for the audit from IRCC's figures, each
 * with the draws it announces.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Swedish (audit, session 58)', () => {
  it('two rounds: "bjöds 507 kandidater från … in", "fick 3 000 sökande i CEC en inbjudan"', () => {
    const page = [
      'Två dragningar på två dagar',
      'Veckan började intensivt för den som väntar på besked från Kanada.',
      'Tisdagen den 4 augusti (dragning 431) bjöds 507 kandidater från de provinsiella nomineringsprogrammen in. Lägsta poäng: 768.',
      'Dagen därpå, onsdag 5 augusti, fick 3 000 sökande i CEC en inbjudan (dragning 432). Lägsta poäng: 516.',
      'Nästa dragning väntas redan nästa vecka.',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it('a cut-off told as a limit: "Poänggränsen hamnade på 523", "vilket är högre än förra gången"', () => {
    const page = [
      'Igår tisdag bjöd IRCC in 1 000 kandidater i Canadian Experience Class (dragning #436). Poänggränsen hamnade på 523, vilket är högre än förra gången.',
      'Det är alltså fortfarande svårt att få inbjudan om man inte har arbetat i Kanada. Vi håller er uppdaterade!',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
  });

  it('"Tisdag 23/6", "ned från 518 i föregående CEC-dragning", "Dragningen har nummer 420"', () => {
    const page = [
      'CEC-dragning: gränsen sjönk till 516',
      'Tisdag 23/6 bjöd IRCC in 4 000 kandidater i Canadian Experience Class. Lägsta CRS-poäng var 516, ned från 518 i föregående CEC-dragning den 27 maj, då 3 000 bjöds in.',
      'Dragningen har nummer 420.',
    ].join('\n');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, null]]);
  });

  it('"I förrgår", "PNP-dragning (nummer 435)"', () => {
    const page = [
      'Dragning för provinsnominerade',
      'I förrgår, måndag 17 augusti, hölls en PNP-dragning (nummer 435). Endast 442 inbjudningar skickades och lägsta poäng var 760.',
      'Tie-break: 7 augusti 2026 kl. 18.01.56 UTC',
      'Observera att poängen inkluderar de 600 extrapoängen för en provinsnominering.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, '2026-08-07']]);
  });

  it('"den 9:e juli", "5 000 fransktalande sökande", "Dragningen är nummer 425 i ordningen"', () => {
    const page = [
      'Franskdragning den 9:e juli',
      'Igår, torsdagen den 9:e juli, bjöd IRCC in 5 000 fransktalande sökande. Lägsta CRS-poängen var 420 – betydligt högre än de 399 som gällde i juni. Dragningen är nummer 425 i ordningen.',
      'Tie-break: 15/5/2026 kl. 08:04 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-10')).toEqual([['2026-07-09', '425', 'french', 5000, 420, '2026-05-15']]);
  });

  it('a card\'s "Regel för lika poäng" in Swedish time', () => {
    const page = [
      'Express Entry 21 juli 2026: CEC',
      'Dragning: #428',
      'Datum: 2026-07-21',
      'Antal inbjudningar: 2 000',
      'Lägsta poäng: 516',
      'Regel för lika poäng: 26 maj 2026 kl. 19:33:03 svensk tid (17:33:03 UTC)',
    ].join('\n');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('a forecast ("gränsen hamnar runt 515–520 poäng") and a province\'s own draw announce nothing', () => {
    const forecast = [
      'När kommer nästa dragning?',
      'Många av er har frågat när nästa CEC-dragning blir. IRCC meddelar aldrig datum i förväg, men om mönstret håller kan nästa omgång komma tisdag 7 juli.',
      'Förra gången bjöds 4 000 sökande in med en lägsta poäng på 516. Vår prognos är att gränsen hamnar runt 515–520 poäng och att runt 3 000 inbjudningar skickas.',
      'Vad tror du? Skriv i kommentarerna!',
    ].join('\n');
    const province = [
      'Ontario bjöd in 1 200 kandidater',
      'Provinsen Ontario höll i går den 8 juli en egen dragning inom OINP:s Human Capital Priorities-ström. 1 200 inbjudningar skickades till personer i Express Entry-poolen med minst 470 poäng.',
      'Det här är alltså inte en federal Express Entry-dragning, men den som får en nominering får 600 extrapoäng.',
    ].join('\n');
    expect(facts(forecast, '2026-07-02')).toEqual([]);
    expect(facts(province, '2026-07-09')).toEqual([]);
  });
});

describe('Brazilian Portuguese (audit, session 58)', () => {
  it('a cut-off compared with the round before: "ficou em 523 pontos, mais alta que na rodada anterior"', () => {
    const page = [
      'Ontem (18/08), o Canadá convidou 1.000 candidatos da Canadian Experience Class (CEC) na rodada #436. A nota de corte ficou em 523 pontos, mais alta que na rodada anterior.',
      'Quem não tem experiência de trabalho no Canadá ainda precisa esperar por um sorteio geral.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
  });

  it('"contra 518 na rodada anterior"', () => {
    const page = [
      'Ontem (18/08), o Canadá convidou 1.000 candidatos da Canadian Experience Class (CEC) na rodada #436. A nota de corte ficou em 523 pontos, contra 518 na rodada anterior.',
      'Quem não tem experiência de trabalho no Canadá ainda precisa esperar por um sorteio geral.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
  });

  it('a card with "Programa:" before the program\'s full name, the tie-break in Brasília time', () => {
    const page = [
      'Express Entry – 21 de julho de 2026',
      'Rodada: #428',
      'Programa: Canadian Experience Class',
      'Convites: 2.000',
      'Nota de corte: 516',
      'Regra de desempate: 26/05/2026 às 14h33min03s (horário de Brasília)',
    ].join('\n');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('a yearly recap and a forecast announce nothing', () => {
    const recap = [
      'Retrospectiva 2025: o ano do Express Entry',
      'Em 2025, o IRCC realizou dezenas de sorteios. O maior foi o da CEC em 10 de dezembro, com 6.000 convites e nota de corte de 520. A menor nota de corte do ano foi a dos sorteios de francês, que chegou a 399 em 17 de dezembro.',
      'No total, mais de 100 mil convites foram emitidos no ano. Em 2026 a expectativa é de ainda mais sorteios por categoria.',
    ].join('\n');
    const forecast = [
      'Quando será o próximo sorteio do Express Entry?',
      'Muitos leitores perguntam quando sai o próximo sorteio da CEC. O IRCC não divulga datas, mas, se o padrão se mantiver, a próxima rodada pode acontecer na terça-feira, 7 de julho.',
      'Na última rodada, foram 4.000 convites com nota de corte de 516. Nossa previsão: cerca de 3.000 convites e nota de corte em torno de 515 a 520 pontos, mais alta que em maio.',
      'E você, o que acha? Comente abaixo!',
    ].join('\n');
    expect(facts(recap, '2026-01-02')).toEqual([]);
    expect(facts(forecast, '2026-07-02')).toEqual([]);
  });
});
