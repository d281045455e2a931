import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';
import { findDates } from '../../src/parse/mentions/date-mentions.ts';
import { headlineTellsRounds } from '../../src/parse/primary/headline-news.ts';

/**
 * Session 38 of the reader (issue 14): a round told days before the page is its news only under a headline that tells
 * rounds (docs/parser.md "Session 38"). Each case is the shape of a made-up page (test/parse/made-up/) in new words.
 */

const programs = loadPrograms();
const facts = (text: string, published: string) =>
  parseArticle(text, { programs, published })
    .draws.filter((d) => d.primary)
    .map((d) => [d.date, d.program, d.invitations, d.minCrs]);

describe('A round of a week ago under a headline about something else is background (u3-118, u5-120, u9-335)', () => {
  it('an analysis of the backlog recalling "the most recent" round announces nothing', () => {
    const page = `Analysis: Why workers overseas feel forgotten by Express Entry\nThe Harbour Ledger | Immigration | December 1, 2021\nIt has been almost a year since IRCC last invited candidates from every program. Since then the department has invited people mostly already in Canada.\nEvery round since mid-September has been for provincial nominees only. The most recent, on Nov. 24, invited 613 nominees with a minimum score of 737.\nLawyers say many applicants abroad have given up.`;
    expect(facts(page, '2021-12-01')).toEqual([]);
  });
  it('a Spanish "semana sin rondas" page recalling the last round announces nothing', () => {
    const page = `Otra semana sin rondas para los trabajadores calificados\nPor Ana Ruiz | Noticias del Norte | 20 de octubre de 2021\nLos candidatos de la CEC siguen esperando.\nLa última ronda de Express Entry fue la del 13 de octubre, solo para el Programa de Nominación Provincial: 681 invitaciones con un puntaje mínimo de 720.\nLes avisaremos en cuanto haya una nueva ronda.`;
    expect(facts(page, '2021-10-20')).toEqual([]);
  });
  it('a pool-distribution page naming the last CEC round announces nothing', () => {
    const page = `Express Entry: how the pool looks in June 2025\nNorth Star Migration | June 17, 2025\nIRCC updated the score distribution of active profiles. More than 20,000 profiles sit above 500 points.\nThat explains why CEC rounds keep cutting off above 520: in the last one, on June 12, the cut-off was 529 for 3,000 invitations.`;
    expect(facts(page, '2025-06-17')).toEqual([]);
  });
});

describe('A headline that tells rounds keeps an older round the page reports (guards)', () => {
  const week = `Week in review: PNP and CEC rounds\nNorth Star Migration | September 22, 2025\nOn September 15, a PNP round invited 228 candidates with a minimum CRS of 772.\nOn September 17, IRCC invited 1,000 Canadian Experience Class candidates with scores of at least 534.`;
  it('a week in review reports rounds seven and five days old', () => {
    expect(facts(week, '2025-09-22')).toEqual([
      ['2025-09-15', 'pnp', 228, 772],
      ['2025-09-17', 'cec', 1000, 534],
    ]);
  });
  it('the same rounds under a headline about the pool "this week" are background', () => {
    expect(facts(week.replace('Week in review: PNP and CEC rounds', 'Express Entry: more high scorers in the pool this week'), '2025-09-22')).toEqual([]);
  });
  it("a headline with the round's count reports it five days later", () => {
    const page = `IRCC invites 3,000 Canadian Experience Class candidates\nThe Harbour Ledger | June 17, 2025\nImmigration, Refugees and Citizenship Canada held a Canadian Experience Class round on June 12, inviting 3,000 candidates with a minimum score of 529.`;
    expect(facts(page, '2025-06-17')).toEqual([['2025-06-12', 'cec', 3000, 529]]);
  });
  it('the same story under a headline about the pool is background', () => {
    const page = `Express Entry: more high scorers in the pool this month\nThe Harbour Ledger | June 17, 2025\nImmigration, Refugees and Citizenship Canada held a Canadian Experience Class round on June 12, inviting 3,000 candidates with a minimum score of 529.`;
    expect(facts(page, '2025-06-17')).toEqual([]);
  });
  it('the same story three days later is still news, whatever the headline', () => {
    const page = `Express Entry: more high scorers in the pool this month\nThe Harbour Ledger | June 15, 2025\nImmigration, Refugees and Citizenship Canada held a Canadian Experience Class round on June 12, inviting 3,000 candidates with a minimum score of 529.`;
    expect(facts(page, '2025-06-15')).toEqual([['2025-06-12', 'cec', 3000, 529]]);
  });
});

describe('A round weeks old, recalled as the most recent, under a headline that tells none is no late report (u5-103)', () => {
  const page = `Express Entry candidates kept waiting as invitations dry up\nBy Lena Ortiz | Prairie Courier | Tuesday, May 12, 2015\nAlmost a month has gone by since the last invitations, and candidates are anxious.\nThe most recent round, on April 17, invited 715 people with a Comprehensive Ranking System score of 453 or more.\nConsultants say gaps are normal in a new system.`;
  it('announces nothing', () => {
    expect(facts(page, '2015-05-12')).toEqual([]);
  });
  it('the same round under a headline that tells it is still reported late, without its day', () => {
    expect(facts(page.replace('Express Entry candidates kept waiting as invitations dry up', 'IRCC invites 715 in latest Express Entry draw'), '2015-05-12')).toEqual([[null, 'general', 715, 453]]);
  });
});

describe('The CRS scale is no cut-off (u5-231)', () => {
  it('"which awards up to 1,200 points" in an explainer announces nothing', () => {
    const page = `Express Entry is open: what happens next\nPosted January 20, 2015 by Maple Gate Consulting\nExpress Entry opened on January 1, 2015. Candidates are ranked with the Comprehensive Ranking System (CRS), which awards up to 1,200 points.`;
    expect(facts(page, '2015-01-20')).toEqual([]);
  });
  it('"529 out of 1,200" keeps 529', () => {
    const page = `IRCC invites 3,000 CEC candidates\nJune 12, 2025\nIRCC invited 3,000 Canadian Experience Class candidates today with a minimum score of 529 out of 1,200.`;
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-12', 'cec', 3000, 529]]);
  });
});

describe('French "à quoi s\'attendre" and "Nos prévisions" are a forecast\'s lead (u5-322, u10-328)', () => {
  it('a forecast recalling the last round announces nothing', () => {
    const page = `Entrée express : à quoi s'attendre en juillet\nPar Julie Tremblay | 30 juin 2022\nLes rondes ouvertes à tous les programmes doivent reprendre au début de juillet.\nLa dernière ronde a eu lieu le 22 juin. Elle visait uniquement les candidats des provinces : 636 invitations, note minimale de 752.\nNos prévisions : une note minimale au-dessus de 530.`;
    expect(facts(page, '2022-06-30')).toEqual([]);
  });
});

describe('Draw cards: "Round number | 77" lines, "Número: 337", "(#363)" after a program, "Convites (ITAs): 400" (u1-307, u5-333, u9-223, u1-335)', () => {
  it('a card of one-pipe label/value lines is read as "label: value"', () => {
    const page = `Express Entry draw at a glance\nImmiData | June 13, 2025\nRound number | 352\nDate and time | June 12, 2025 at 13:40:54 UTC\nType | Canadian Experience Class\nInvitations | 3,000\nCRS of lowest-ranked candidate | 529`;
    expect(facts(page, '2025-06-13')).toEqual([['2025-06-12', 'cec', 3000, 529]]);
    expect(parseArticle(page, { programs, published: '2025-06-13' }).draws[0]?.drawNumber).toBe('352');
  });
  it('"Número: 337" alone on its line is the round number', () => {
    const page = `Express Entry: 6.500 invitaciones para francófonos\nPor Ana Ruiz | 20 de febrero de 2025\nIRCC realizó el miércoles 19 de febrero una ronda para candidatos con dominio del francés.\nNúmero: 337\nInvitaciones: 6.500\nPuntaje mínimo: 428`;
    expect(
      parseArticle(page, { programs, published: '2025-02-20' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.drawNumber, d.program, d.invitations, d.minCrs]),
    ).toEqual([['337', 'french', 6500, 428]]);
  });
  it('"Canadian Experience Class (#364)" names the round', () => {
    const page = `Express Entry: a CEC round\nNorth Star Migration | September 3, 2025\nToday, Wednesday, September 3 – Canadian Experience Class (#364): 1,000 invitations, minimum CRS 534.`;
    expect(
      parseArticle(page, { programs, published: '2025-09-03' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.drawNumber, d.program]),
    ).toEqual([['364', 'cec']]);
  });
  it('"Convites (ITAs): 400" and "ofícios especializados" over a Federal Skilled Trades card of 2018', () => {
    const page = `Express Entry: sorteio convida 400 profissionais de ofícios especializados\nCanadá Para Brasileiros | 25 de setembro de 2018\nO governo canadense realizou nesta segunda-feira, 24 de setembro de 2018, um sorteio do Express Entry exclusivo para o Federal Skilled Trades Program.\nResumo do sorteio\nNúmero: 100\nData: 24/09/2018\nPrograma: Federal Skilled Trades\nConvites (ITAs): 400\nPontuação mínima (CRS): 284`;
    expect(
      parseArticle(page, { programs, published: '2018-09-25' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]),
    ).toEqual([['2018-09-24', '100', 'fst', 400, 284]]);
  });
  it('guard: "Number of invitations: 1,500" is the count, not a round number', () => {
    const page = `IRCC invites 1,500 in a PNP round\nNorth Star Migration | June 12, 2025\nIRCC held a Provincial Nominee Program round today.\nNumber of invitations: 1,500\nMinimum CRS: 745`;
    expect(
      parseArticle(page, { programs, published: '2025-06-12' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.drawNumber, d.invitations, d.minCrs]),
    ).toEqual([[null, 1500, 745]]);
  });
});

describe('Pages that are no news of a round: another country\'s round, "Will …?", "The Week Ahead", "Bilan 2025" (p3-128, p5-109, p8-101, p4-112)', () => {
  it('"Australia\'s latest SkillSelect round invited 7,800 … minimum of 70 points" is no Express Entry draw', () => {
    const page = `Australia and Canada: who invites more?\nAugust 14, 2026 | Mobility Weekly\nAustralia's latest SkillSelect round invited 7,800 candidates for the subclass 189 visa with a minimum of 70 points.\nCanada's last French-language Express Entry draw, on August 6, invited 5,000 candidates with a minimum CRS of 391.\nCanada has not held a round this week.`;
    expect(parseArticle(page, { programs, published: '2026-08-14' }).draws.filter((d) => d.invitations === 7800 || d.minCrs === 70)).toEqual([]);
  });
  it('a headline asking "Will the cut-off drop …?" over the last round is a forecast', () => {
    const page = `Will the Express Entry cut-off drop below 490 before Christmas?\nAnalysis | November 24, 2022\nThe most recent round, on November 23, invited 4,750 candidates at 491, down three points from 494 on November 9.\nOur model puts the next cut-off around 486 to 489.`;
    expect(facts(page, '2022-11-24')).toEqual([]);
  });
  it('"The Week Ahead" over last week\'s rounds announces none', () => {
    const page = `The Week Ahead: Express Entry, August 24, 2026\nMaple newsletter | Monday, August 24, 2026\nHere is where things stand as the new week begins.\nLast week at a glance (August 17–21)\nMon | Provincial Nominee Program | 442 invitations | CRS 760\nNo round yet this week.`;
    expect(facts(page, '2026-08-24')).toEqual([]);
  });
  it('"Bilan 2025" over the year\'s last round announces none', () => {
    const page = `Bilan 2025 : l'année Entrée express en chiffres\n3 janvier 2026 · La Lettre\nEn 2025, IRCC a envoyé au total 113 998 invitations.\nLe dernier tirage de l'année visait les candidats francophones : 6 000 invitations, avec une note minimale du SCG de 399.`;
    expect(facts(page, '2026-01-03')).toEqual([]);
  });
  it('guard: "Canada invites 3,000 …" beside a line on Australia stays news', () => {
    const page = `Canada invites 3,000 Canadian Experience Class candidates\nAugust 14, 2026 | Mobility Weekly\nIRCC invited 3,000 Canadian Experience Class candidates today with a minimum CRS of 518.\nAustralia's SkillSelect round last week invited 7,800 with a minimum of 70 points.`;
    expect(facts(page, '2026-08-14')).toEqual([['2026-08-14', 'cec', 3000, 518]]);
  });
});

describe('"rounds of 1,000 invitations at 534 three times since August": figures of several rounds (p5-110)', () => {
  const page = `MPs question officials on Express Entry\nParliament Bureau | October 9, 2025\nMembers of the immigration committee pressed senior IRCC officials on Wednesday about recent Canadian Experience Class draws.\n"You have held CEC rounds of 1,000 invitations at 534 three times since August," one MP said.`;
  it('announces no round of Wednesday', () => {
    expect(facts(page, '2025-10-09')).toEqual([]);
  });
  it('guard: "… a minimum CRS of 520, three times the size of the last round" keeps the round\'s figures', () => {
    const news = `IRCC invites 3,000 CEC candidates\nParliament Bureau | October 9, 2025\nIRCC invited 3,000 Canadian Experience Class candidates today with a minimum CRS of 520, three times the size of the last round.`;
    expect(facts(news, '2025-10-09')).toEqual([['2025-10-09', 'cec', 3000, 520]]);
  });
});

describe('A byline whose source is named with a draw word ("Draw Watch | Data table | September 16, 2021") is the byline (u7-317)', () => {
  const page = `Express Entry draws: September 14–15, 2021 at a glance\nDraw Watch | Data table | September 16, 2021\nIRCC held two rounds of invitations this week. The CEC cut-off jumped sharply.\nRound | Date | Program | Invitations | Lowest CRS\n#204 | Tue Sep 14, 2021 | Canadian Experience Class | 2,000 | 462\n#205 | Wed Sep 15, 2021 | Provincial Nominee Program | 521 | 732\nCEC: invitations 3,000 → 2,000; cut-off 403 → 462 (+59)`;
  it("dates no round the page's day", () => {
    expect(facts(page, '2021-09-16').filter(([date]) => date === '2021-09-16')).toEqual([]);
  });
  it('guard: "CEC draw | 3,000 ITAs | June 12, 2025" is no byline', () => {
    const news = `Express Entry results\nCEC draw | Express Entry | June 12, 2025\nIRCC invited 3,000 candidates today with a minimum CRS of 529.`;
    expect(facts(news, '2025-06-12')).toEqual([['2025-06-12', 'cec', 3000, 529]]);
  });
});

describe('A live page or tracker of "the week of July 4" tells the week\'s rounds (u7-322)', () => {
  const page = `Express Entry live: category-based draws, week of July 4, 2023\nLive tracker — last updated Thursday, July 6, 2023, 11:20 a.m. ET\nThursday, July 6 — Healthcare occupations\n• Invitations: 1,500\n• Lowest CRS: 463\nWednesday, July 5 — STEM occupations\n• Invitations: 500\n• Lowest CRS: 486\nTuesday, July 4 — No program specified\n• Invitations: 700\n• Lowest CRS: 511\nA small all-program round; the cut-off rose 25 points from June 27 (486).`;
  it('announces the three rounds', () => {
    expect(facts(page, '2023-07-06')).toEqual([
      ['2023-07-06', 'healthcare', 1500, 463],
      ['2023-07-05', 'stem', 500, 486],
      ['2023-07-04', 'general', 700, 511],
    ]);
  });
});

describe('A round heading\'s "(19/09)" is its day (u9-307)', () => {
  const page = `Express Entry: duas rodadas na mesma semana\nPor Ana Souza | Canadá Hoje | 25 de setembro de 2018\nO IRCC realizou duas rodadas de convites entre quarta-feira (19) e segunda-feira (24).\nRodada 99 – todos os programas (19/09)\n- Convites: 3.500\n- Pontuação mínima: 441\nRodada 100 – Federal Skilled Trades (24/09)\n- Convites: 400\n- Pontuação mínima: 284\nA rodada geral convidou 400 candidatos a menos que a anterior, de 5 de setembro, que teve 3.900 convites.`;
  it('dates each round by its heading', () => {
    expect(facts(page, '2018-09-25')).toEqual([
      ['2018-09-19', 'general', 3500, 441],
      ['2018-09-24', 'fst', 400, 284],
    ]);
  });
  it('"(05/09)" in an English heading could be either order and dates nothing; "(19/09)" cannot', () => {
    expect(findDates('Round 99 – all programs (05/09)', { published: { year: 2018, month: 9, day: 25 }, lastMonth: null })).toEqual([]);
    expect(findDates('Round 99 – all programs (19/09)', { published: { year: 2018, month: 9, day: 25 }, lastMonth: null }).map((d) => d.value)).toEqual([{ year: null, month: 9, day: 19 }]);
  });
});

describe('headlineTellsRounds', () => {
  it.each([
    ['Your Express Entry Week: Two Rounds in Six Days', true],
    ['Express Entry: duas rodadas em menos de uma semana', true],
    ['Monday memo: three rounds last week', true],
    ['Last week in Express Entry: a French round', true],
    ['Express Entry: more high scorers in the pool this week', false],
    ['IRCC holds second category-based Express Entry round', true],
    ['', true],
    ['Express Entry backlog grows as CEC and FSW draws stay on hold', false],
    ['Semana sin rondas de Express Entry: esto es lo que sabemos', false],
    ['¿Por qué no hubo sorteo de Express Entry esta semana?', false],
    ['Guía 2026: cómo funcionan las rondas de Express Entry este año', false],
  ])('%s → %s', (headline, tells) => {
    expect(headlineTellsRounds(headline)).toBe(tells);
  });
});
