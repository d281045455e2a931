import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/**
 * Session 36 of the reader (issue 14): each case is the shape of a made-up page (test/parse/made-up/) the reader got wrong
 * (docs/parser.md "Session 36").
 */

const programs = loadPrograms();
const parse = (text: string, published: string) => parseArticle(text, { programs, published }).draws;
const announced = (text: string, published: string) => parse(text, published).filter((d) => d.primary);

describe('"Desde 28 de maio, quando o IRCC convidou 4.500 …, não houve nenhuma nova rodada": the day of the round the clause tells (u7-340)', () => {
  const pt = `Por que não houve rodada do Express Entry nas últimas duas semanas?\nCanadá Descomplicado | 12/06/2026 | Coluna semanal\nDesde 28 de maio, quando o IRCC convidou 4.500 candidatos francófonos com nota de corte de 409, não houve nenhuma nova rodada. Para quem acompanha o Express Entry, duas semanas parecem uma eternidade.\nDica da semana\nAproveite a pausa para revisar seu perfil.`;
  const en = `Why has there been no Express Entry draw for two weeks?\nThe Settler | June 12, 2026\nSince May 28, when IRCC invited 4,500 French-speaking candidates with a cut-off of 409, there has been no new round. Pauses like this are not rare.`;
  it('announces nothing, and the round keeps its own day', () => {
    for (const page of [pt, en]) {
      expect(announced(page, '2026-06-12')).toEqual([]);
      expect(parse(page, '2026-06-12').find((d) => d.invitations === 4500)?.date).toBe('2026-05-28');
    }
  });
  it('"since May 28" alone still gives no round its day', () => {
    const page = `Express Entry pool grows\nThe Settler | June 12, 2026\nSince May 28, 4,500 more candidates have entered the pool, with scores above 409.`;
    expect(parse(page, '2026-06-12').find((d) => d.invitations === 4500)?.date ?? null).not.toBe('2026-05-28');
  });
});

describe('"Weekly Recap: November 16–20, 2020" over "Wednesday\'s draw (#167)": the weekday, counted back from the page, is the round\'s day (u9-211, p10-126)', () => {
  const page = `Weekly Immigration Recap: November 16–20, 2020\nThe Friday Roundup | November 20, 2020\nExpress Entry\nWednesday's draw (#167) was the largest all-program round so far: 5,000 invitations, with a minimum CRS of 472. The cut-off came down from 478 on November 5.\nHave a great weekend.`;
  it('dates the round Wednesday, November 18', () => {
    expect(announced(page, '2020-11-20').map((d) => [d.date, d.drawNumber, d.invitations, d.minCrs])).toEqual([['2020-11-18', '167', 5000, 472]]);
  });
});

describe("A video's byline \"Channel · 12,408 views · May 30, 2019\" is the page's day, not the round's (u9-208)", () => {
  const page = `Express Entry Draw #118 | CRS JUMPS to 470 | 3,350 ITAs | What Happened?\nCanadaPR with Arjun · 12,408 views · May 30, 2019\nIn this video I break down yesterday's Express Entry draw (May 29, 2019). IRCC invited 3,350 candidates, but the minimum CRS went up to 470.`;
  it('dates the round May 29 and keeps 3,350 as its count', () => {
    expect(announced(page, '2019-05-30').map((d) => [d.date, d.drawNumber, d.invitations, d.minCrs])).toEqual([['2019-05-29', '118', 3350, 470]]);
  });
});

describe('Bylines of community summaries and program headings (u9-227, u7-236, u9-230)', () => {
  it('"r/ImmigrationCanada · summary by mods · July 24, 2026" is the page\'s day: "Yesterday (July 23)" is the round\'s', () => {
    const page = `[Community summary] Wait... a military draw with 4 ITAs?\nr/ImmigrationCanada · summary by mods · July 24, 2026\nYesterday (July 23), IRCC ran the first-ever Express Entry round for "Skilled Military Recruits". Numbers:\n- 4 (four) invitations\n- Minimum CRS 368\n- Tie-break June 2, 2026`;
    expect(announced(page, '2026-07-24').map((d) => [d.date, d.program, d.invitations, d.minCrs])).toEqual([['2026-07-23', 'military', 4, 368]]);
  });
  it('a post\'s "@NorthboundPR · Jul 23, 2026" still dates the round it posts', () => {
    const page = `@NorthboundPR · Jul 23, 2026\nFIRST EVER Skilled Military Recruits draw\n• ITAs: 4 (yes, four)\n• Min CRS: 368\n• Tie-break: June 2, 2026 20:11:26 UTC`;
    expect(announced(page, '2026-07-23').map((d) => [d.date, d.program, d.invitations, d.minCrs])).toEqual([['2026-07-23', 'military', 4, 368]]);
  });
  it('"Provincial Nominee Program – January 5, 2026" over its round is that round\'s heading, not an author\'s byline', () => {
    const page = `Express Entry Opens 2026 With 8,574 Invitations in Two Draws\nCanadaImmigrationHub.com · News · January 8, 2026\nIRCC started the new year with two Express Entry rounds this week.\nProvincial Nominee Program – January 5, 2026\nDraw #389 invited 574 candidates with a provincial nomination. The minimum CRS was 711.\nCanadian Experience Class – January 7, 2026\nDraw #390 invited 8,000 CEC candidates with a minimum CRS of 511.`;
    expect(announced(page, '2026-01-08').map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([
      ['2026-01-05', '389', 'pnp', 574, 711],
      ['2026-01-07', '390', 'cec', 8000, 511],
    ]);
  });
});

describe('A FAQ\'s "How many candidates were invited? 6,000 – the biggest CEC round of 2025" (u9-326)', () => {
  const page = (answer: string) =>
    `Express Entry CEC draw: your questions answered\nBy Newsroom | True North Immigration Hub | December 11, 2025\nIRCC held a large Canadian Experience Class (CEC) round on Wednesday, December 10.\n${answer}\nWhat was the cut-off score?\n520 CRS points.\nHow does it compare with recent CEC rounds?\nSince the summer, IRCC has mostly held CEC rounds of 1,000 invitations with cut-offs between 531 and 534.`;
  it("reads the answer as the round's count, not the 1,000 of earlier rounds", () => {
    expect(announced(page('How many candidates were invited?\n6,000 – the biggest CEC round of 2025.'), '2025-12-11').map((d) => [d.date, d.invitations, d.minCrs])).toEqual([
      ['2025-12-10', 6000, 520],
    ]);
    expect(announced(page('Candidates invited: 6,000'), '2025-12-11').map((d) => d.invitations)).toEqual([6000]);
  });
});

describe('French: "a tenu vendredi une ronde" and "en vigueur depuis le 1er janvier" (u9-317, u9-301)', () => {
  it('the weekday dates the round; a comparison\'s "(511 le 4 juillet)" three days before does not', () => {
    const page =
      "Entrée express : première ronde réservée aux francophones, 2 300 invitations\nPar Stéphanie Bouchard | Francité Immigration (Québec) | 7 juillet 2023\nC'est une première historique pour la francophonie canadienne : Immigration, Réfugiés et Citoyenneté Canada (IRCC) a tenu vendredi une ronde d'invitations Entrée express ciblant uniquement les candidats ayant de solides compétences en français.\nLes chiffres\n- Ronde no 256\n- Catégorie : compétences linguistiques en français\n- Invitations : 2 300\n- Score SCG minimal : 439\n- Règle de départage : 20 janvier 2023 à 17:18:32 UTC\nCette ronde clôt une semaine chargée en rondes par catégorie : le 5 juillet, 500 candidats en STIM avaient été invités (486 points) et le 6 juillet, 1 500 travailleurs de la santé (463 points).\nAvec un seuil de 439, bien inférieur aux rondes générales (511 le 4 juillet), la catégorie francophone devient la voie la plus prometteuse pour les candidats bilingues.";
    expect(announced(page, '2023-07-07').map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([['2023-07-07', '256', 'french', 2300, 439]]);
  });
  it('"depuis le 1er janvier" opens a time, and leaves the round its day', () => {
    const page = `Entrée express : Ottawa lance sa toute première ronde d'invitations\nPar Julie Tremblay | Le Courrier de l'Immigration (Montréal) | 2 février 2015\nCitoyenneté et Immigration Canada (CIC) a tenu samedi, le 31 janvier, la première ronde d'invitations (no 1) du nouveau système Entrée express, en vigueur depuis le 1er janvier.\nAu total, 779 candidats ont reçu une invitation à présenter une demande de résidence permanente. Il fallait au moins 886 points.`;
    expect(announced(page, '2015-02-02').map((d) => [d.date, d.invitations, d.minCrs])).toEqual([['2015-01-31', 779, 886]]);
  });
});

describe('"Sin sorteos de Express Entry desde el 28/05/2026": no news (p4-111, p4-138)', () => {
  it('announces nothing', () => {
    const page = `Sin sorteos de Express Entry desde el 28/05/2026\n16 de junio de 2026 · Newsletter Rumbo Norte\nEl último sorteo fue una ronda para francófonos: 4.500 invitaciones con un puntaje mínimo de 409.\nYa son casi tres semanas sin rondas.`;
    expect(announced(page, '2026-06-16')).toEqual([]);
  });
});

describe('A correction of a weekday: "previously said the draw took place on Thursday. It took place on Wednesday, September 20." (p9-108)', () => {
  it("the written day, one before the weekday, is the round's", () => {
    const page = `First Express Entry draw for transport workers invites 1,000\nBy Marc Olivier | September 21, 2023\nCorrection: This story previously said the draw took place on Thursday. It took place on Wednesday, September 20.\nIRCC held the first-ever Express Entry round for candidates with work experience in transport occupations, inviting 1,000 candidates with a minimum Comprehensive Ranking System score of 435.`;
    expect(announced(page, '2023-09-21').map((d) => [d.date, d.program, d.invitations, d.minCrs])).toEqual([['2023-09-20', 'transport', 1000, 435]]);
  });
});

describe('A policy lead ("Canada to resume all-programme Express Entry draws in July") over "The most recent provincial nominee draw was held on 13 April" (u9-135, u9-236, u9-136)', () => {
  const page = (headline: string, first: string, published: string) =>
    `${headline}\nBy Adaeze Nwosu | Lagos | ${published}\n${first}\nSince then, Immigration, Refugees and Citizenship Canada has only invited provincial nominees.\nMr Fraser said the department had reduced its backlog enough to restart draws.\nThe most recent provincial nominee draw was held on 13 April, when 787 candidates were invited with a minimum score of 782.`;
  it('announces nothing', () => {
    expect(
      announced(
        page(
          'Canada to resume all-programme Express Entry draws in July, minister says',
          'Canada will resume Express Entry invitations for the Federal Skilled Worker programme in early July, Immigration Minister Sean Fraser announced on Friday.',
          '22 April 2022',
        ),
        '2022-04-22',
      ),
    ).toEqual([]);
  });
  it('a lead that tells the round still announces it', () => {
    expect(
      announced(page('Express Entry: 787 provincial nominees invited', 'IRCC invited 787 provincial nominees in its latest Express Entry draw.', '14 April 2022'), '2022-04-14').map((d) => [
        d.date,
        d.program,
        d.invitations,
        d.minCrs,
      ]),
    ).toEqual([['2022-04-13', 'pnp', 787, 782]]);
  });
});

describe('Rounds under a heading of earlier ones ("La semaine précédente", "Rappel des dernières rondes") are compared with (u9-321, u9-334)', () => {
  const page = (heading: string) =>
    `Entrée express : 3 200 francophones invités, seuil à 420\nPar Louis-Philippe Caron | Le Carrefour des Nouveaux Arrivants (Sherbrooke) | 8 juillet 2024\nOttawa a conclu lundi une série de quatre rondes d'invitations en une semaine avec une ronde consacrée aux candidats francophones.\nRonde no 302 (8 juillet 2024)\nCatégorie : compétence linguistique en français\nInvitations : 3 200\nScore minimal : 420\n${heading}\n2 juillet : Programme des candidats des provinces, 920 invitations, 739 points\n4 juillet : métiers, 1 800 invitations, 436 points\n5 juillet : professions de la santé, 3 750 invitations, 445 points\nPour les candidats qui vivent hors Québec, le français demeure l'atout le plus payant du système, et IRCC vise 6 % d'immigrants francophones hors Québec en 2024.`;
  it('only the round of the page is announced', () => {
    expect(announced(page('La semaine précédente'), '2024-07-08').map((d) => [d.date, d.program, d.invitations])).toEqual([['2024-07-08', 'french', 3200]]);
    expect(announced(page('Rappel des dernières rondes'), '2024-07-08').map((d) => d.program)).toEqual(['french']);
  });
  it('a Monday digest\'s "Last week:" still announces its rounds (p10-133)', () => {
    const digest = `Monday digest: PNP, CEC and healthcare invitations last week\nNewsletter | Northern Routes | November 17, 2025\nLast week:\nOn Monday, IRCC ran round 377 for provincial nominees: 714 invitations, minimum 738.\nOn Wednesday, round 378 invited 1,000 CEC candidates with a cut-off of 533.`;
    expect(announced(digest, '2025-11-17').map((d) => [d.date, d.drawNumber])).toEqual([
      ['2025-11-10', '377'],
      ['2025-11-12', '378'],
    ]);
  });
});

describe('Earlier rounds in French, Spanish and Portuguese: "avaient été invités", "la más reciente", "sem rodada nesta semana" (u9-313, u9-337, u9-338)', () => {
  it('"Le 31 mai, 5 956 candidats avaient été invités avec 380 points" is no round of the week', () => {
    const page = `Entrée express : 6 000 invitations pour l'expérience canadienne, le seuil tombe à 368\nPar Antoine Marchal | Vivre au Canada (Lyon) | 11 juin 2021\nCette semaine encore, IRCC a organisé deux rondes d'invitations ciblées.\nMercredi 9 juin, le Programme des candidats des provinces (PCP) : 940 candidats invités, score minimum de 711 points.\nJeudi 10 juin, la Catégorie de l'expérience canadienne (CEC) : 6 000 invitations, score minimum de 368 points.\nC'est le seuil le plus bas pour une ronde CEC depuis la ronde exceptionnelle du 13 février (75 points). Le 31 mai, 5 956 candidats avaient été invités avec 380 points.`;
    expect(
      announced(page, '2021-06-11')
        .map((d) => [d.date, d.program, d.invitations])
        .sort(),
    ).toEqual([
      ['2021-06-09', 'pnp', 940],
      ['2021-06-10', 'cec', 6000],
    ]);
  });
  it('a policy page\'s "la más reciente, el 24 de mayo, invitó a 4.800" is background', () => {
    const page = `Canadá anuncia las categorías de las nuevas rondas de Express Entry\nPor Andrea Salazar | Canadá Paso a Paso | 31 de mayo de 2023\nEl ministro de Inmigración presentó hoy las seis categorías que se usarán en las rondas de Express Entry basadas en categorías, que comenzarán este verano.\nPara participar en una ronda de categoría se necesitan al menos seis meses de experiencia.\n¿Cuándo será la primera ronda?\nIRCC no ha dado una fecha. Las rondas generales continúan: la más reciente, el 24 de mayo, invitó a 4.800 candidatos con un mínimo de 488 puntos.`;
    expect(announced(page, '2023-05-31')).toEqual([]);
  });
  it('"Express Entry: sem rodada nesta semana até agora" announces nothing', () => {
    const page = `Express Entry: sem rodada nesta semana até agora\nPor Rodrigo Almeida | Canadá Sem Segredos | 12 de junho de 2024\nQuem acompanha o Express Entry está ansioso: já se passaram quase duas semanas sem nenhuma rodada de convites.\nAs últimas rodadas foram:\n- 30 de maio: PNP, 2.985 convites, nota mínima de 676;\n- 31 de maio: CEC, 3.000 convites, nota mínima de 522.`;
    expect(announced(page, '2024-06-12')).toEqual([]);
  });
  it('"À Québec, le MIFI a pour sa part invité 1 150 candidats d\'Arrima, avec un score minimal de 604" is Quebec\'s round (p4-131)', () => {
    const page = `Double actualité pour l'immigration économique\n21 juillet 2026 | Le Fil Immigration Québec\nÀ Ottawa, IRCC a invité aujourd'hui 2 000 candidats de la catégorie de l'expérience canadienne; la note minimale du SCG était de 516.\nÀ Québec, le MIFI a pour sa part invité 1 150 candidats d'Arrima, avec un score minimal de 604.\nHier, 511 candidats des provinces avaient été invités dans Entrée express (744).`;
    expect(announced(page, '2026-07-21').map((d) => [d.date, d.program, d.invitations, d.minCrs])).toEqual([['2026-07-21', 'cec', 2000, 516]]);
  });
});

describe('The rounds a page tells as several are of one week (u9-313)', () => {
  it('"On May 31, 5,956 CEC candidates were invited" under "two rounds this week" on June 11 is not one of them', () => {
    const page = `Express Entry: two more targeted rounds\nThe Settler | June 11, 2021\nIRCC held two targeted rounds this week.\nWednesday, June 9: Provincial Nominee Program, 940 candidates invited, minimum score 711.\nThursday, June 10: Canadian Experience Class, 6,000 invitations, minimum score 368.\nOn May 31, 5,956 CEC candidates were invited with 380 points.`;
    expect(
      announced(page, '2021-06-11')
        .map((d) => [d.date, d.program])
        .sort(),
    ).toEqual([
      ['2021-06-09', 'pnp'],
      ['2021-06-10', 'cec'],
    ]);
  });
});

describe('A table of the week\'s rounds under "three category-based draws in three days" (u9-117, u9-218, u3-234)', () => {
  it('a "Draw" cell "STEM occupations (#254)" gives the round\'s program and number, and each row of the week is news', () => {
    const page = `Express Entry: Canada holds three category-based draws in three days\nNRI Bulletin | Toronto | July 8, 2023\nCanada's new category-based Express Entry draws arrived in quick succession this week, with IRCC holding rounds for STEM professionals, health-care workers and French speakers on consecutive days.\nDraw | Date | Invitations | Minimum CRS | Tie-break\nSTEM occupations (#254) | July 5 | 500 | 486 | Nov 23, 2022\nHealthcare occupations (#255) | July 6 | 1,500 | 463 | June 19, 2023\nFrench language proficiency (#256) | July 7 | 2,300 | 439 | Jan 20, 2023\nThe STEM round was small, though, at just 500 invitations.\nThe first health-care draw, held on June 28, invited 500 candidates with a minimum score of 476.`;
    expect(announced(page, '2023-07-08').map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([
      ['2023-07-05', '254', 'stem', 500, 486],
      ['2023-07-06', '255', 'healthcare', 1500, 463],
      ['2023-07-07', '256', 'french', 2300, 439],
    ]);
  });
  it('"Express Entry This Week: Three Draws" over a table announces each row', () => {
    const page = `Express Entry This Week: Three Draws, 11,650 Invitations\nWeekly recap | ImmigrationPortal.ca staff | December 8, 2023\nIRCC wrapped up a busy week with three Express Entry draws in three days. Here's the summary:\nDate | Round | Type | ITAs | Min CRS\nDec 6 | #272 | General (all programs) | 4,750 | 561\nDec 7 | #273 | French language proficiency | 1,000 | 470\nDec 8 | #274 | STEM occupations | 5,900 | 481\nThe general draw's cut-off of 561 is the highest of the year.`;
    expect(announced(page, '2023-12-08').map((d) => d.drawNumber)).toEqual(['272', '273', '274']);
  });
  it('"IRCC held two category rounds at the end of this week" introduces both', () => {
    const page = `First-Ever Education Draw, Plus a Healthcare Round\nThe Weekly Landing | May 3, 2025\nIRCC held two category rounds at the end of this week, including one for a brand-new category.\nRound #344 - Education occupations - Thursday, May 1\n1,000 invitations | minimum CRS 479\nRound #345 - Healthcare and social services occupations - Friday, May 2\n500 invitations | minimum CRS 510`;
    expect(
      announced(page, '2025-05-03')
        .map((d) => [d.date, d.drawNumber])
        .sort(),
    ).toEqual([
      ['2025-05-01', '344'],
      ['2025-05-02', '345'],
    ]);
  });
});

describe('Digests, Spanish tables and live trackers of the week (u9-228, u9-318, u7-322, p5-230)', () => {
  it('"Express Entry Digest – Week of August 17" announces each round of its week ("Another predictable week" is no forecast)', () => {
    const page = `Express Entry Digest – Week of August 17, 2026\nSent by Canuck Pathways · Thursday, August 20, 2026\nHi friends,\nAnother predictable week: PNP on Monday, CEC on Tuesday, French on Wednesday.\n• Round #435 (Aug 17) – Provincial Nominee Program: 442 invitations, CRS 760, tie-break August 7, 2026\n• Round #436 (Aug 18) – Canadian Experience Class: 1,000 invitations, CRS 523, tie-break August 17, 2026\n• Round #437 (Aug 19) – French-language proficiency: 5,000 invitations, CRS 382, tie-break March 1, 2026`;
    expect(announced(page, '2026-08-20').map((d) => d.drawNumber)).toEqual(['435', '436', '437']);
  });
  it('"Fecha | Ronda | Programa | Invitaciones | CRS mínimo | Desempate" under "tres rondas en tres días": each row, "2.000" two thousand', () => {
    const page = `Express Entry: tres rondas en tres días\nPor Andrea Salazar | Canadá Paso a Paso | 4 de agosto de 2023\nIRCC cerró una semana muy activa con tres rondas de invitaciones consecutivas, entre el martes 1 y el jueves 3 de agosto.\nFecha | Ronda | Programa | Invitaciones | CRS mínimo | Desempate\n1 de agosto | 259 | General (todos los programas) | 2.000 | 517 | 30/06/2023 11:45:05 UTC\n2 de agosto | 260 | Francés | 800 | 435 | 31/07/2023 09:57:30 UTC\n3 de agosto | 261 | Oficios (trades) | 1.500 | 388 | 07/06/2023 07:03:08 UTC\nLa ronda francófona tuvo un corte de 435, más alto que el de la ronda del 12 de julio (3.800 invitaciones, 375 puntos).`;
    expect(
      announced(page, '2023-08-04')
        .map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])
        .sort(),
    ).toEqual([
      ['2023-08-01', '259', 'general', 2000, 517],
      ['2023-08-02', '260', 'french', 800, 435],
      ['2023-08-03', '261', 'trades', 1500, 388],
    ]);
  });
  it('a heading "Tuesday, July 4 — No program specified" is no dateline, and "• Round #254" under "Wednesday, July 5 — STEM" is that round\'s', () => {
    const page = `Express Entry live: category-based draws, week of July 4, 2023\nLive tracker — last updated Thursday, July 6, 2023, 11:20 a.m. ET\nWednesday, July 5 — STEM occupations (Version 1)\n• Round #254\n• Invitations: 500\n• Lowest CRS: 486\nThe first STEM round ever. The first healthcare round, on June 28, invited 500 candidates at 476.\nTuesday, July 4 — No program specified\n• Round #253\n• Invitations: 700\n• Lowest CRS: 511`;
    const draws = parse(page, '2023-07-06');
    expect(draws.find((d) => d.program === 'stem')?.drawNumber).toBe('254');
    expect(draws.find((d) => d.invitations === 700)?.date).toBe('2023-07-04');
  });
  it('"in our 1:55 p.m. update we called this round #306. IRCC lists it as round #305": not 306', () => {
    const page = `Live: Express Entry French-language draw — Thursday, July 18, 2024\n2:25 p.m. ET — Correction: in our 1:55 p.m. update we called this round #306. IRCC lists it as round #305. (#304 was yesterday's CEC round.)\n1:55 p.m. — Round #306: 1,800 French-proficient candidates invited, lowest CRS 400.`;
    expect(announced(page, '2024-07-18').map((d) => d.drawNumber)).not.toContain('306');
  });
});

describe('"Last Express Entry draw before rule changes", rows "June 12, 2015 – 1,501 ITAs – CRS 482" (u9-103, u9-102, p5-329)', () => {
  it('"the last draw before …" is the news, not an earlier round', () => {
    const page = `Last Express Entry draw before rule changes invites 2,427\nBy Business Desk | November 17, 2016\nImmigration, Refugees and Citizenship Canada invited 2,427 Express Entry candidates to apply for permanent residence on Wednesday, in what is expected to be the last round before major changes to the points system take effect on Saturday.\nThe minimum score required was 470 points, down two points from the previous round on November 2, when 2,080 candidates were invited with a cut-off of 472.\nThe size of the Nov. 16 draw is the largest of the year so far.`;
    expect(announced(page, '2016-11-17').map((d) => [d.date, d.invitations, d.minCrs])).toEqual([['2016-11-16', 2427, 470]]);
  });
  it('a list of rounds with their days first is no set of datelines, and leaves the news its round', () => {
    const page = `Canada invites 1,575 in latest Express Entry draw; CRS cut-off falls to 469\nDesi Canada Times Correspondent | Toronto | June 27, 2015\nCanada has issued 1,575 invitations to apply (ITAs) for permanent residence in the 11th Express Entry draw, held on Friday, June 26.\nThe lowest-ranked candidate to be invited had a Comprehensive Ranking System score of 469.\nRecent Express Entry draws:\nJune 26, 2015 – 1,575 ITAs – CRS 469\nJune 12, 2015 – 1,501 ITAs – CRS 482\nMay 22, 2015 – 1,361 ITAs – CRS 755`;
    expect(announced(page, '2015-06-27').map((d) => [d.date, d.invitations, d.minCrs])).toEqual([['2015-06-26', 1575, 469]]);
  });
  it('"the CRS changes of 19.11.2016" is no round\'s day', () => {
    const page = `Express Entry: 2,427 ITAs, cut-off 470\nThe Settler | November 16, 2016\nDraw 47 took place today: 2,427 invitations; the cut-off is 470.\nIt is the last draw before the CRS changes of 19.11.2016.`;
    expect(announced(page, '2016-11-16').map((d) => d.date)).not.toContain('2016-11-19');
  });
});

describe('"… weighing whether to stay … should note the latest results: on Monday, August 12, IRCC invited 3,600" (u9-110); "its first round for physicians, followed a day later by …" (u9-128)', () => {
  it('the round after the colon is told as held', () => {
    const page = `Express Entry draw: 3,600 invited with cut-off of 466\nCampus & Careers | August 13, 2019\nRecent graduates weighing whether to stay in Canada should note the latest Express Entry results: on Monday, August 12, Immigration, Refugees and Citizenship Canada invited 3,600 candidates to apply for permanent residence. The minimum Comprehensive Ranking System score was 466.`;
    expect(announced(page, '2019-08-13').map((d) => [d.date, d.invitations, d.minCrs])).toEqual([['2019-08-12', 3600, 466]]);
  });
  it('a forecast before the colon stays one', () => {
    const page = `Today's CEC round: our prediction\nJanuary 21, 2021 | Opinion\nWhat we expect today: a Canadian Experience Class draw of about 4,700 invitations with a minimum CRS of 455.`;
    expect(announced(page, '2021-01-21')).toEqual([]);
  });
  it('both rounds of "first … round for physicians, followed a day later by a large health-care draw" are news', () => {
    const page = `Canada holds first Express Entry draw for doctors, then invites 4,000 health workers\nBy Ifeoma Eze | Diaspora | 21 February 2026\nCanada has held its first Express Entry round for physicians, followed a day later by a large health-care draw.\nOn Thursday, 19 February, IRCC invited 391 candidates in the new physicians category. The minimum CRS score was 169.\nOn Friday, 20 February, IRCC invited 4,000 candidates in a healthcare and social services round with a minimum score of 467.`;
    expect(
      announced(page, '2026-02-21')
        .map((d) => d.program)
        .sort(),
    ).toEqual(['healthcare', 'physicians']);
  });
});
