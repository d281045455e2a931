import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';
import { numberWordsAsFigures } from '../../src/parse/text/number-words.ts';
import { gluedHeader } from '../../src/parse/text/glued-rows.ts';

/**
 * Session 40 of the reader (issue 14): rows of a week's rounds written with their weekday, in Spanish as in English, and
 * other shapes of made-up pages (test/parse/made-up/) in new words (docs/parser.md "Session 40").
 */

const programs = loadPrograms();
const facts = (text: string, published: string) =>
  parseArticle(text, { programs, published })
    .draws.filter((d) => d.primary)
    .map((d) => [d.date, d.program, d.invitations, d.minCrs]);

describe('Rows of the week between dashes, each with its weekday (p8-139)', () => {
  it('Spanish rows in lower case ("lunes 2 de marzo — PNP — 264 invitaciones — 710 puntos") are four rounds, 710 a cut-off', () => {
    const page = `Cuatro rondas en cuatro días: el resumen semanal\nViernes 6 de marzo de 2026\nEsta semana el IRCC celebró cuatro rondas:\nlunes 2 de marzo — PNP — 264 invitaciones — 710 puntos\nmartes 3 de marzo — CEC — 4.000 invitaciones — 508 puntos\nmiércoles 4 de marzo — francés — 5.500 invitaciones — 397 puntos\njueves 5 de marzo — altos directivos (senior managers), primera ronda de esta categoría — 250 invitaciones — 429 puntos\nTotal de la semana: 10.014 invitaciones.`;
    expect(facts(page, '2026-03-06')).toEqual([
      ['2026-03-02', 'pnp', 264, 710],
      ['2026-03-03', 'cec', 4000, 508],
      ['2026-03-04', 'french', 5500, 397],
      ['2026-03-05', 'managers', 250, 429],
    ]);
  });
  it('English rows that start with the weekday ("Monday, March 2 - PNP - 264 invitations - 710 points") are read as rows', () => {
    const page = `Two rounds this week\nFriday, March 6, 2026\nThis week IRCC held two rounds:\nMonday, March 2 - PNP - 264 invitations - 710 points\nTuesday, March 3 - CEC - 4,000 invitations - 508 points\nThat is all for the week.`;
    expect(facts(page, '2026-03-06')).toEqual([
      ['2026-03-02', 'pnp', 264, 710],
      ['2026-03-03', 'cec', 4000, 508],
    ]);
  });
  it('a Portuguese row ("segunda-feira, 2 de março — PNP — 264 convites — 710 pontos") is read as one', () => {
    const page = `Duas rodadas nesta semana\n6 de março de 2026\nO IRCC realizou duas rodadas nesta semana:\nsegunda-feira, 2 de março — PNP — 264 convites — 710 pontos\nterça-feira, 3 de março — CEC — 4.000 convites — 508 pontos\nEra isso.`;
    expect(facts(page, '2026-03-06')).toEqual([
      ['2026-03-02', 'pnp', 264, 710],
      ['2026-03-03', 'cec', 4000, 508],
    ]);
  });
  it('a hard-wrapped sentence that goes on with a weekday ("… el" / "lunes 2 de marzo …") is still one line (a guard: it passed before)', () => {
    const page = `Nueva ronda de Express Entry\nLunes 2 de marzo de 2026\nEl IRCC celebró una ronda para candidatos del PNP el\nlunes 2 de marzo con 264 invitaciones y un puntaje mínimo de 710 puntos.`;
    expect(facts(page, '2026-03-02')).toEqual([['2026-03-02', 'pnp', 264, 710]]);
  });
});

describe('Programs listed under "Programs included in this round:" name the round (p6-120, the form of IRCC\'s pages of 2015–2019)', () => {
  const head = `Express Entry – Ministerial Instructions\nMinisterial Instructions respecting invitations to apply for permanent residence under the Express Entry system – May 31, 2017\nNumber of invitations issued: 3,877\nDate and time of round: May 31, 2017 at 12:59:14 UTC\nComprehensive Ranking System (CRS) score of lowest-ranked candidate invited: 413\nPrograms included in this round:\n`;
  it('the four programs as bullets are a round open to all programs', () => {
    const page = `${head}• Federal Skilled Worker Program\n• Canadian Experience Class\n• Federal Skilled Trades Program\n• Provincial Nominee Program\nCandidates eligible for any of the above programs were considered in this round.`;
    expect(facts(page, '2017-05-31')).toEqual([['2017-05-31', 'general', 3877, 413]]);
  });
  it("one program as its only bullet is that program's round", () => {
    const page = `${head.replace('3,877', '400').replace('413', '199')}• Federal Skilled Trades Program\nOnly candidates eligible for the program above were considered.`;
    expect(facts(page, '2017-05-31')).toEqual([['2017-05-31', 'fst', 400, 199]]);
  });
});

describe('A round open to "each of the three federal programs" and the PNP is open to all (p6-131)', () => {
  it('names no single program, so the cut-off is not judged against PNP rounds', () => {
    const page = `Express Entry: 3,900 invited, lowest score 464\nOctober 2, 2019\nIRCC held another Express Entry draw on Wednesday, inviting 3,900 candidates. The lowest-ranked candidate had 464 points.\nThe draw was open to candidates from each of the three federal economic programs and the Provincial Nominee Program.`;
    expect(facts(page, '2019-10-02')).toEqual([['2019-10-02', 'general', 3900, 464]]);
  });
});

const numbered = (text: string, published: string) =>
  parseArticle(text, { programs, published })
    .draws.filter((d) => d.primary)
    .map((d) => [d.date, d.drawNumber, d.program]);

describe("A round's number in brackets after its day, its program or its row (p5-311, p7-134, p8-120)", () => {
  it('"Monday, December 8 (#383): Provincial Nominee Program." gives each round its number', () => {
    const page = `Two draws this week: 7,123 invitations\nDecember 12, 2025 | Weekly roundup\nIRCC held two rounds of invitations this week.\nMonday, December 8 (#383): Provincial Nominee Program. 1,123 invitations, minimum CRS 729.\nWednesday, December 10 (#384): Canadian Experience Class. 6,000 invitations, minimum CRS 520.`;
    expect(numbered(page, '2025-12-12')).toEqual([
      ['2025-12-08', '383', 'pnp'],
      ['2025-12-10', '384', 'cec'],
    ]);
  });
  it('a row between dashes that ends with "(#363)" gives that number', () => {
    const page = `Week in Express Entry: two rounds\nFriday Roundup | September 5, 2025\nThe first week of September brought two federal rounds:\nTuesday, Sept. 2 — PNP — 249 invitations — CRS 772 (#363)\nWednesday, Sept. 3 — CEC — 1,000 invitations — CRS 534 (#364)\nWeek total: 1,249.`;
    expect(numbered(page, '2025-09-05')).toEqual([
      ['2025-09-02', '363', 'pnp'],
      ['2025-09-03', '364', 'cec'],
    ]);
  });
  it('rows of self-describing cells ("#303 | Tuesday, July 16 | …", "Mon Oct 21 | #319 | …") give their numbers', () => {
    const first = `Weekly recap: two Express Entry draws\nJuly 19, 2024\nRounds this week:\n#303 | Tuesday, July 16 | Provincial Nominee Program | 1,391 ITAs | CRS 670 | tie-break May 4, 2024 13:27:31 UTC\n#304 | Wednesday, July 17 | Canadian Experience Class | 6,300 ITAs | CRS 515 | tie-break Feb 3, 2024 13:01:06 UTC\nAnalysis follows.`;
    expect(numbered(first, '2024-07-19')).toEqual([
      ['2024-07-16', '303', 'pnp'],
      ['2024-07-17', '304', 'cec'],
    ]);
    const second = `This Week in Express Entry: two rounds\nNewsletter | October 25, 2024\nROUNDS THIS WEEK\nMon Oct 21 | #319 | Provincial Nominee Program | 648 ITAs | CRS 791\nTue Oct 22 | #320 | Canadian Experience Class | 400 ITAs | CRS 539\nTotal: 1,048 invitations.`;
    expect(numbered(second, '2024-10-25')).toEqual([
      ['2024-10-21', '319', 'pnp'],
      ['2024-10-22', '320', 'cec'],
    ]);
  });
  it('a French heading "Jeudi 7 décembre — connaissance du français (n° 273)" gives its round number 273', () => {
    const page = `Bilan de la semaine : deux rondes Entrée express\nSamedi 9 décembre 2023\nIRCC a relancé les invitations avec deux tirages.\nMercredi 6 décembre — ronde générale (n° 272)\n4 750 invitations ; seuil : 561 points.\nJeudi 7 décembre — connaissance du français (n° 273)\n1 000 invitations ; seuil : 470 points.`;
    expect(numbered(page, '2023-12-09')).toEqual([
      ['2023-12-06', '272', 'general'],
      ['2023-12-07', '273', 'french'],
    ]);
  });
  it('"Since March 2, #1 on our list" is no round number (a guard: a small number after a day is a rank)', () => {
    const page = `New round: 4,000 CEC invitations\nMarch 9, 2026\nIRCC invited 4,000 CEC candidates on March 9, 2026 with a minimum score of 508.\nOur advice since March 2, #1 on our list: keep your profile current.`;
    expect(numbered(page, '2026-03-09')).toEqual([['2026-03-09', null, 'cec']]);
  });
  it('a table whose program cell is "PNP (#308)" gives that round number 308', () => {
    const page = `Express Entry weekly: 2 draws (Aug 13–14)\nThu Aug 15, 2024\nIRCC held two rounds this week, both in the table below.\nProgram | Date | ITAs | CRS\nPNP (#308) | Tue 13 Aug | 763 | 690\nCEC (#309) | Wed 14 Aug | 3,200 | 509\nTotal: 3,963 ITAs this week.`;
    expect(numbered(page, '2024-08-15')).toEqual([
      ['2024-08-13', '308', 'pnp'],
      ['2024-08-14', '309', 'cec'],
    ]);
  });
});

describe('Tie-breaks listed by program ("Tie-breaks: PNP …; CEC …") go to the round of each program (p5-311, p7-208)', () => {
  it('each round gets its own tie-break, not the first one alone', () => {
    const page = `Express Entry weekly: 2 draws\nThu Aug 15, 2024\nIRCC held two rounds this week.\nOn Tuesday, a PNP round invited 763 candidates with a minimum CRS of 690.\nOn Wednesday, a CEC round invited 3,200 with a minimum CRS of 509.\nTie-breaks: PNP 2024-04-26 10:59:30 UTC; CEC 2024-03-01 19:23:21 UTC.`;
    expect(parseArticle(page, { programs, published: '2024-08-15' }).draws.map((d) => [d.program, d.tieBreak])).toEqual([
      ['pnp', '2024-04-26T10:59:30Z'],
      ['cec', '2024-03-01T19:23:21Z'],
    ]);
  });
});

describe('A change told with its old value alone ("the cut-off dropped from 522 in May") (u5-223)', () => {
  it('leaves the round its own cut-off (it had disputed it)', () => {
    const page = `Weekly recap\nJuly 19, 2024\nOn Wednesday, IRCC invited 6,300 CEC candidates with a minimum CRS of 515.\nAnalysis\nThe cut-off dropped from 522 in May.`;
    expect(facts(page, '2024-07-19')).toEqual([['2024-07-17', 'cec', 6300, 515]]);
  });
  it("announces no second round with the old value (a second clause of the page's analysis)", () => {
    const page = `Weekly recap: three draws\nJuly 19, 2024\nRounds this week:\n#304 | Wednesday, July 17 | Canadian Experience Class | 6,300 ITAs | CRS 515\nAnalysis\nThe CEC round is the largest since February 2021, and the cut-off dropped from 522 in May.`;
    expect(facts(page, '2024-07-19')).toEqual([['2024-07-17', 'cec', 6300, 515]]);
  });
  it('a value told with its round\'s day ("fell six points, from 445 on December 12 to 439") still names that round (a guard)', () => {
    const page = `Express Entry #107 invites 3,900 at 439\nDecember 20, 2018\nRound #107\nDate: December 19, 2018\nInvitations issued: 3,900\nMinimum CRS score: 439\nIRCC wrapped up 2018 with its second round in eight days. The minimum score fell six points, from 445 on December 12 to 439.`;
    expect(facts(page, '2018-12-20')).toEqual([['2018-12-19', 'general', 3900, 439]]);
  });
});

describe('A value compared "from the 520 of December 10" or "below the 408 of November 28" is that round\'s (p9-212)', () => {
  it("no round of December 10 is announced, and the week's tie-breaks go to their rounds", () => {
    const page = `Express Entry week: two draws, 5,399 invitations\nCanada Visa Desk | December 17, 2025\nIRCC held two rounds of invitations this week.\nMon, Dec 15: Provincial Nominee Program: 399 invitations, CRS 731\nTue, Dec 16: Canadian Experience Class: 5,000 invitations, CRS 515\nThe PNP cut-off of 731 is nine points below the 740 of December 1, and the CEC cut-off fell five points from the 520 of December 10, when 6,000 were invited.\nTie-breaks: PNP October 18, 2025 at 07:18:52 UTC; CEC September 9, 2025 at 18:58:59 UTC.`;
    expect(
      parseArticle(page, { programs, published: '2025-12-17' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.date, d.program, d.invitations, d.minCrs, d.tieBreak]),
    ).toEqual([
      ['2025-12-15', 'pnp', 399, 731, '2025-10-18T07:18:52Z'],
      ['2025-12-16', 'cec', 5000, 515, '2025-09-09T18:58:59Z'],
    ]);
  });
});

describe('"Under the 500 barrier" is a level, not a round compared with', () => {
  it("keeps the round's cut-off told in the same sentence", () => {
    const page = `New Express Entry round: 3,000 CEC invitations\nApril 8, 2026\nIRCC invited 3,000 Canadian Experience Class candidates on April 8, 2026. Scores fell under the 500 barrier, with a minimum of 491.`;
    expect(facts(page, '2026-04-08')).toEqual([['2026-04-08', 'cec', 3000, 491]]);
  });
});

describe('"Week at a glance" over the week\'s rounds announces each of them (p8-334, p4-239)', () => {
  it('three rounds of the week are news, each with its tie-break by program', () => {
    const page = `Express Entry week at a glance: first physicians round\nMedPath Canada | February 20, 2026\nAT A GLANCE: WEEK OF FEBRUARY 16\nRounds: 3\nMonday, Feb. 16: Provincial Nominee Program, 279 invitations, minimum CRS 789\nTuesday, Feb. 17: Canadian Experience Class, 6,000 invitations, minimum CRS 508\nFriday, Feb. 20: Healthcare and social services occupations, 4,000 invitations, minimum CRS 467\nTie-breaks: PNP September 5, 2025; CEC March 16, 2025; healthcare December 9, 2025`;
    expect(
      parseArticle(page, { programs, published: '2026-02-20' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.date, d.program, d.invitations, d.minCrs, d.tieBreak]),
    ).toEqual([
      ['2026-02-16', 'pnp', 279, 789, '2025-09-05'],
      ['2026-02-17', 'cec', 6000, 508, '2025-03-16'],
      ['2026-02-20', 'healthcare', 4000, 467, '2025-12-09'],
    ]);
  });
});

describe('Tie-breaks listed by program under a table of the week (p5-311)', () => {
  it("go to the table's rows, each by its program", () => {
    const page = `Express Entry weekly: 2 draws, 3,963 ITAs (Aug 13–14)\nThu Aug 15, 2024\nIRCC held two rounds this week, both in the table below.\nProgram | Date | ITAs | CRS\nPNP | Tue 13 Aug | 763 | 690\nCEC | Wed 14 Aug | 3,200 | 509\nTie-breaks: PNP 2024-04-26 10:59:30 UTC; CEC 2024-03-01 19:23:21 UTC.\nTotal: 3,963 ITAs this week.`;
    expect(
      parseArticle(page, { programs, published: '2024-08-15' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.date, d.program, d.tieBreak]),
    ).toEqual([
      ['2024-08-13', 'pnp', '2024-04-26T10:59:30Z'],
      ['2024-08-14', 'cec', '2024-03-01T19:23:21Z'],
    ]);
  });
});

describe('Figures written in words are read as figures (p10-203, p10-212, p3-210)', () => {
  it('a page that spells out every figure gives the round its figures', () => {
    const page = `Four Thousand CEC Invitations as Cut-Off Dips to Five Hundred and Twelve\nBy A. Writer | March 4, 2026\nCanada sent out four thousand invitations to apply on Wednesday in a draw reserved for the Canadian Experience Class.\nThe minimum Comprehensive Ranking System score needed was five hundred and twelve, three points lower than the five hundred and fifteen required in the previous CEC round on February 18.`;
    expect(facts(page, '2026-03-04')).toEqual([['2026-03-04', 'cec', 4000, 512]]);
  });
  it('writes numbers of a hundred or more as figures, two numbers apart, and leaves small numbers and hyphenated bands as words', () => {
    expect(numberWordsAsFigures('inviting two thousand three hundred and three thousand eight hundred candidates')).toBe('inviting 2,300 and 3,800 candidates');
    expect(numberWordsAsFigures('six hundred and eighty-one nominees needed seven hundred and forty-six points')).toBe('681 nominees needed 746 points');
    expect(numberWordsAsFigures('Fourteen Thousand invitations, two points lower')).toBe('14,000 invitations, two points lower');
    expect(numberWordsAsFigures('to stay in the five-hundred-and-tens')).toBe('to stay in the five-hundred-and-tens');
    expect(numberWordsAsFigures('Foram 4 mil convites; 7,5 mil no total; custa $4 mil')).toBe('Foram 4,000 convites; 7,500 no total; custa $4 mil');
  });
});

describe('"First rounds of 2026" is news of the year\'s first rounds, not a year\'s recap (p8-309)', () => {
  it("a tracker of this week's rounds announces both", () => {
    const page = `Express Entry draw tracker: first rounds of 2026\nPathway Pulse | January 7, 2026\nThis week's rounds\nExpress Entry Draw #390 — January 7, 2026\nProgram: Canadian Experience Class\nInvitations: 8,000\nMinimum CRS: 511\nExpress Entry Draw #389 — January 5, 2026\nProgram: Provincial Nominee Program\nInvitations: 574\nMinimum CRS: 711`;
    expect(numbered(page, '2026-01-07')).toEqual([
      ['2026-01-07', '390', 'cec'],
      ['2026-01-05', '389', 'pnp'],
    ]);
  });
  it('"Express Entry rounds of 2025: the year in numbers" stays a recap (a guard)', () => {
    const page = `Express Entry rounds of 2025: the year in numbers\nPathway Pulse | December 30, 2025\nExpress Entry Draw #388 — December 17, 2025\nProgram: French-language proficiency\nInvitations: 6,000\nMinimum CRS: 399`;
    expect(numbered(page, '2025-12-30')).toEqual([]);
  });
});

describe('The new categories in other words (p3-237, p4-237, p8-228, u9-129, u9-328)', () => {
  it('"doctors with Canadian work experience" are the physicians\' round', () => {
    const page = `Doctors invited to apply for permanent residence\nJune 24, 2026 | Clinic News\nIRCC invited 271 doctors with Canadian work experience today; the minimum CRS was 223.`;
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-24', 'physicians', 271, 223]]);
  });
  it('managers in French, in Portuguese and "a round reserved for managers"', () => {
    const fr = `Entrée express : les gestionnaires de retour\nvendredi 10 juillet 2026\nVendredi 10 juillet, IRCC a tenu un tirage pour les gestionnaires ayant de l'expérience au Canada : 500 invitations, note minimale de 392.`;
    expect(facts(fr, '2026-07-10')).toEqual([['2026-07-10', 'managers', 500, 392]]);
    const pt = `Express Entry faz rodada para gestores seniores\n5 de março de 2026\nO IRCC convidou hoje 250 gestores seniores com experiência de trabalho no Canadá. A pontuação mínima foi de 429.`;
    expect(facts(pt, '2026-03-05')).toEqual([['2026-03-05', 'managers', 250, 429]]);
    const en = `Canada holds Express Entry round for managers\nOTTAWA, March 5, 2026\nCanada invited 250 candidates on Thursday in an Express Entry round reserved for managers. The lowest score was 429.`;
    expect(facts(en, '2026-03-05')).toEqual([['2026-03-05', 'managers', 250, 429]]);
  });
});

describe('"Last Thursday (Feb. 19):" in a Monday briefing dates that round; "last Friday, IRCC invited …" in passing stays context (p7-237)', () => {
  it('both rounds of last week are announced, each with its day and program', () => {
    const page = `Monday briefing: physicians and healthcare rounds close last week\nMonday, February 23, 2026 — Weekly newsletter\nGood morning. Last week ended with two category-based rounds.\nLast Thursday (Feb. 19): the first-ever round for physicians with Canadian work experience. IRCC invited 391 candidates with a minimum CRS score of just 169.\nLast Friday (Feb. 20): a healthcare and social services round with 4,000 invitations and a cut-off of 467.`;
    expect(facts(page, '2026-02-23')).toEqual([
      ['2026-02-19', 'physicians', 391, 169],
      ['2026-02-20', 'healthcare', 4000, 467],
    ]);
  });
  it('a policy page\'s "last Friday, IRCC invited 7,500 …" announces nothing (a guard)', () => {
    const page = `Canada scraps job-offer points in Express Entry\nMarch 25, 2025\nCanada has removed the points awarded for job offers in Express Entry, a change that takes effect today.\nRecent rounds have focused on French speakers; last Friday, IRCC invited 7,500 French-speaking candidates with a cut-off of 379.`;
    expect(facts(page, '2025-03-25')).toEqual([]);
  });
});

describe('"4 mil profissionais" is 4,000 (p8-221, p7-329)', () => {
  it('a Portuguese headline\'s "4 mil" count is four thousand, never 4', () => {
    const page = `Saúde: IRCC convida 4 mil profissionais com nota mínima de 467\nPortal | 20/02/2026\nO IRCC realizou nesta sexta-feira, 20 de fevereiro de 2026, uma rodada para profissionais da saúde e serviços sociais. Foram 4 mil convites, com corte de 467 pontos.`;
    expect(facts(page, '2026-02-20')).toEqual([['2026-02-20', 'healthcare', 4000, 467]]);
  });
});

describe('The lowest invited score in French, Portuguese and Spanish words (p8-236, p8-217, u7-321, p7-329, p9-137, p2-418)', () => {
  const cutoff = (text: string, published: string) => parseArticle(text, { programs, published }).draws.find((d) => d.primary)?.minCrs ?? null;
  it("reads each wording as the round's cut-off", () => {
    expect(
      cutoff(
        `Entrée express : 763 invitations\n8 mai 2026\nLe 8 mai 2026, Immigration, Réfugiés et Citoyenneté Canada a invité 763 candidats de tous les programmes, et le dernier candidat invité avait 484 points.`,
        '2026-05-08',
      ),
    ).toBe(484);
    expect(
      cutoff(
        `Entrée express : 500 invitations\n8 mai 2026\nLe 8 mai 2026, IRCC a invité 500 candidats du secteur de la santé. Le plus faible score retenu dans ce tirage est de 476 points.`,
        '2026-05-08',
      ),
    ).toBe(476);
    expect(cutoff(`Express Entry: 700 convites\n8 de maio de 2026\nEm 8 de maio de 2026, o IRCC convidou apenas 700 candidatos da CEC, e o último convidado tinha 511 pontos.`, '2026-05-08')).toBe(
      511,
    );
    expect(cutoff(`Express Entry: 3.294 invitaciones\n8 de mayo de 2026\nEl 8 de mayo de 2026, IRCC invitó a 3.294 candidatos de la CEC con un mínimo de 464 puntos.`, '2026-05-08')).toBe(464);
    expect(cutoff(`IRCC invites 471 PNP candidates\nMay 8, 2026\nIRCC invited 471 PNP candidates on May 8, 2026. The bar: 793.`, '2026-05-08')).toBe(793);
  });
});

describe('"invitó a 4.000 francófonos" counts the francophones invited (p4-139)', () => {
  it('reads the Spanish count', () => {
    const page = `Express Entry: ronda de francés\n15 de abril de 2026\nEl miércoles 15 de abril de 2026 IRCC invitó a 4.000 francófonos con un puntaje mínimo de 410.`;
    expect(facts(page, '2026-04-15')).toEqual([['2026-04-15', 'french', 4000, 410]]);
  });
});

describe('"This week so far: 3,900 invitations" is a running total, no dispute of the round\'s count (p8-129)', () => {
  it("keeps the round's own count", () => {
    const page = `Express Entry tracker, week of April 13, 2020\nUpdated Thursday, April 16, 2020\nNew today: a CEC-only round, 3,782 invitations, minimum CRS 455.\nThis week so far: 3,900 invitations.`;
    expect(facts(page, '2020-04-16')).toEqual([['2020-04-16', 'cec', 3782, 455]]);
  });
});

describe('"half the 4,000 of the June 23 round" compares; a FAQ\'s answer goes with its question (p4-230, p7-136)', () => {
  it("the round told \"today\" keeps the page's day, and the FAQ's tie-break is the round's", () => {
    const page = `Express Entry: CEC invitations halved\nJuly 7, 2026 · Lakeside Immigration\nIRCC invited 2,000 Canadian Experience Class candidates today, half the 4,000 of the June 23 round.\nThe lowest score was 517.\nFAQ\nQ: What was the tie-break? A: December 29, 2025.`;
    expect(
      parseArticle(page, { programs, published: '2026-07-07' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.date, d.program, d.invitations, d.minCrs, d.tieBreak]),
    ).toEqual([['2026-07-07', 'cec', 2000, 517, '2025-12-29']]);
  });
});

describe("A headline's program over the week's total is no round of its own for the tie-breaks (p8-334)", () => {
  it("the physicians' tie-break goes to the physicians' round", () => {
    const page = `Express Entry week at a glance: first physicians round\nMedPath Canada | February 20, 2026\nAT A GLANCE: WEEK OF FEBRUARY 16\nRounds: 2\nTotal invitations: 4,391\nThursday, Feb. 19: Physicians with Canadian work experience, 391 invitations, minimum CRS 169\nFriday, Feb. 20: Healthcare and social services occupations, 4,000 invitations, minimum CRS 467\nTie-breaks: physicians January 3, 2026; healthcare December 9, 2025`;
    expect(
      parseArticle(page, { programs, published: '2026-02-20' })
        .draws.filter((d) => d.primary)
        .map((d) => [d.date, d.program, d.tieBreak]),
    ).toEqual([
      ['2026-02-19', 'physicians', '2026-01-03'],
      ['2026-02-20', 'healthcare', '2025-12-09'],
    ]);
  });
});

describe('A tie-break told with its clock in a channel\'s post ("⏱ Tie-break: 12 February 2026, 09:24 AM IST") (p5-228)', () => {
  const tieBreak = (line: string) =>
    parseArticle(`Aaj ka Express Entry draw\n📅 30 March 2026\n🏛 Program: PNP\n📩 ITAs: 356\n🎯 Minimum CRS: 802\n${line}`, { programs, published: '2026-03-30' }).draws.find((d) => d.primary)
      ?.tieBreak ?? null;
  it("is the round's tie-break, not the post's byline; India's time is 5:30 ahead of UTC", () => {
    expect(tieBreak('⏱ Tie-break: 12 February 2026, 09:24 AM IST')).toBe('2026-02-12');
    expect(tieBreak('⏱ Tie-break: 12 February 2026, 09:24:10 AM IST')).toBe('2026-02-12T03:54:10Z');
    expect(tieBreak('⏱ Tie-break: 12 February 2026, 02:10:05 AM IST')).toBe('2026-02-11T20:40:05Z');
  });
});

describe('Reworded tie-break labels ("Tie rule:", "the rule of tiebreaker") (p6-119)', () => {
  it('reads the day after them', () => {
    const tb = (line: string) =>
      parseArticle(`Express Entry: CEC round\nOctober 20, 2025\nIRCC invited 1,000 CEC candidates on October 20, 2025 with a minimum score of 534.\n${line}`, {
        programs,
        published: '2025-10-20',
      }).draws.find((d) => d.primary)?.tieBreak ?? null;
    expect(tb('Tie rule: 2025-10-17 03:39:05 UTC.')).toBe('2025-10-17T03:39:05Z');
    expect(tb('The rule of tiebreaker was applied on October 17, 2025 at 03:39:05 UTC.')).toBe('2025-10-17T03:39:05Z');
  });
});

describe("Quebec's own round told in Arabic is no Express Entry draw (p7-339)", () => {
  it("announces nothing: Quebec's ministry is not IRCC", () => {
    const page = `كيبيك: دعوة 1022 مرشحاً عبر منصة أريما\nمغاربة كندا | 11 سبتمبر 2024\nأعلنت وزارة الهجرة والفرنسة والاندماج في كيبيك (MIFI) أنها وجّهت يوم 10 سبتمبر 2024 ما مجموعه 1022 دعوة عبر منصة Arrima لتقديم طلب الانتقاء الدائم ضمن برنامج العمال المهرة (PRTQ)، وكان الحد الأدنى للنقاط 595 نقطة.`;
    expect(facts(page, '2024-09-11')).toEqual([]);
  });
});

describe("A headline's second round does not lend its program to the first round the body names (p10-222)", () => {
  it('"…, Then Nearly 1,000 Transport ITAs" over "Round #288 … All programs." keeps #288 open to all programs', () => {
    const page = `Back-to-Back: 2,850 All-Program Invitations, Then Nearly 1,000 Transport ITAs\nExpress Entry Roundup | March 13, 2024\nIRCC has held two Express Entry rounds this week, one on Tuesday and one today.\nRound #288 – Tuesday, March 12\nAll programs. 2,850 invitations. Minimum CRS: 525.\nRound #289 – Wednesday, March 13\nTransport occupations. 975 invitations. Minimum CRS: 430.`;
    expect(numbered(page, '2024-03-13')).toEqual([
      ['2024-03-12', '288', 'general'],
      ['2024-03-13', '289', 'transport'],
    ]);
  });
  it('a headline naming one program still names the round the body tells by number (a guard)', () => {
    const page = `Express Entry CEC draw: 3,000 invited\nMarch 13, 2024\nRound #288 – Wednesday, March 13\n3,000 invitations. Minimum CRS: 525.`;
    expect(numbered(page, '2024-03-13')).toEqual([['2024-03-13', '288', 'cec']]);
  });
});

describe('A glued table whose first column is the round\'s number ("DrawDateProgramITAsCRS") (p4-240)', () => {
  it('reads the header as numbered, not "Draw dateDraw Type…" (the draw\'s date, a guard)', () => {
    expect(gluedHeader('DrawDateProgramITAsCRS')).toEqual({ invFirst: true, numbered: true });
    expect(gluedHeader('Draw dateDraw TypeCRS cut-off scoreITAs issued')).toEqual({ invFirst: false, numbered: false });
  });
  it('gives each row its number, count and cut-off', () => {
    const page = `IRCC held two rounds this week: PNP and CEC\nMay 29, 2020 | CanaPath Blog\nDrawDateProgramITAsCRS\n149May 27, 2020PNP385757\n150May 28, 2020CEC3,515440`;
    expect(parseArticle(page, { programs, published: '2020-05-29' }).draws.map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([
      ['2020-05-27', '149', 'pnp', 385, 757],
      ['2020-05-28', '150', 'cec', 3515, 440],
    ]);
  });
});

describe("A tie-break a correction takes back is no round's (p9-124, p10-110)", () => {
  it('"we wrote the tie-break as May 21, 2025. IRCC\'s page gives May 12" leaves no May 21 tie-break', () => {
    const page = `Healthcare round: 2,500 invited\nOctober 15, 2025\nIRCC held round 373 today, October 15, 2025, for healthcare and social services occupations: 2,500 invitations, minimum CRS 472, tie-break May 21, 2025.\nCorrection: in an earlier version of this story we wrote the tie-break as May 21, 2025. IRCC's page gives May 12, 2025 at 23:17:30 UTC. We regret the error.`;
    const draw = parseArticle(page, { programs, published: '2025-10-15' }).draws.find((d) => d.primary);
    expect([draw?.date, draw?.program, draw?.invitations, draw?.minCrs]).toEqual(['2025-10-15', 'healthcare', 2500, 472]);
    expect(draw?.tieBreak).not.toBe('2025-05-21');
  });
});
