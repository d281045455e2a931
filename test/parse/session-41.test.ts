import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parse-article.ts';
import { announcedDraws, programs, rounds } from '../helpers/announced.ts';

/**
 * Session 41 of the reader (issue 14): shapes of made-up pages (test/parse/made-up/) the reader missed, in new words
 * (docs/parser.md "Session 41").
 */

/** The draws a page announces, each as the fields a case looks at. */
const primary = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.invitations, d.minCrs]);

describe("Express Entry's first year: round numbers in words, and the system's opening day (u1-301, u1-102, u9-302)", () => {
  it('"the new system that opened on January 1" is no round\'s day: the round keeps its number and its own day', () => {
    const page = `Express Entry Round #1: 779 invitations at 886\nFebruary 2, 2015\nCIC has held the very first round of invitations under Express Entry, the new system that opened on January 1.\nRound: #1\nDate: Saturday, January 31, 2015\nInvitations: 779\nLowest CRS score: 886`;
    expect(primary(page, '2015-02-02')).toEqual([['2015-01-31', '1', 779, 886]]);
  });
  it('"its sixth round of invitations", "in Twelfth Draw", "the first-ever draw" on a page of 2015 are rounds 6, 12 and 1', () => {
    const sixth = `Cut-off falls to 453 in sixth draw\nMarch 28, 2015\nCIC on Friday, March 27 invited 1,637 candidates in its sixth round of invitations, with a minimum score of 453.`;
    expect(primary(sixth, '2015-03-28')).toEqual([['2015-03-27', '6', 1637, 453]]);
    const twelfth = `Express Entry: Cut-Off Drops to 463 in Twelfth Draw\nJuly 13, 2015\nCIC held a round on Friday, July 10, 2015, inviting 1,516 candidates with scores of 463 or higher.`;
    expect(primary(twelfth, '2015-07-13')).toEqual([['2015-07-10', '12', 1516, 463]]);
    const first = `Ottawa holds the first-ever Express Entry draw\nFebruary 1, 2015\nOn Saturday, January 31, the department invited 779 candidates with a score of 886 or more.`;
    expect(primary(first, '2015-02-01')).toEqual([['2015-01-31', '1', 779, 886]]);
  });
  it('"round five", "la cinquième ronde", "la ronda 13" on pages of 2015', () => {
    expect(primary(`In round five, held on Friday, March 20, CIC issued 1,620 invitations and the minimum CRS score was 481.`, '2015-03-23')).toEqual([['2015-03-20', '5', 1620, 481]]);
    expect(primary(`CIC a tenu le vendredi 20 mars 2015 la cinquième ronde d'invitations d'Entrée express : 1 620 candidats invités, note minimale de 481 points.`, '2015-03-21')).toEqual([
      ['2015-03-20', '5', 1620, 481],
    ]);
    const thirteen = `Express Entry: la ronda 13 baja a 451 puntos\nRedacción | Latinos en Canadá (Toronto) | 18 de julio de 2015\nCanadá realizó este viernes 17 de julio una nueva ronda: 1.581 invitaciones, con un mínimo de 451 puntos.`;
    expect(primary(thirteen, '2015-07-18')).toEqual([['2015-07-17', '13', 1581, 451]]);
  });
  it('guards: a count within a period, a first of a kind, another round, the round compared with, and any year but 2015', () => {
    const kinds = [
      `CIC held the second draw this month on Friday, July 10, 2015, inviting 1,516 candidates with scores of 463 or higher.`,
      `The round of Friday, March 20, 2015 was the first draw to go below 500: 1,620 invitations at 481.`,
      `CIC held a second round on Friday, March 20, 2015: 1,620 invitations, minimum score 481.`,
      `Unlike the first round, the draw of Friday, March 20, 2015 invited 1,620 candidates with a minimum of 481.`,
      `IRCC held the fifth round of invitations on Wednesday, March 9, 2016, inviting 1,013 candidates with scores of 473 or more.`,
    ];
    const day = (page: string): string => (page.includes('2016') ? '2016-03-10' : page.includes('July') ? '2015-07-13' : '2015-03-21');
    for (const page of kinds) expect(primary(page, day(page)).map((d) => d[1])).toEqual([null]);
  });
});

describe('Two rounds of one day, each told after (u9-204, u7-305, p5-132, u10-108)', () => {
  it('"two separate rounds on June 9" then "Round #101 was limited to …": a round named by its number alone takes the day', () => {
    const page = `Express Entry: a draw just for Federal Skilled Trades candidates\nJune 11, 2018\nOn Saturday, June 9, 2018, IRCC conducted two separate rounds of invitations under Express Entry.\nRound #101 was limited to candidates with a provincial or territorial nomination: 200 invitations were issued, and the lowest-ranked candidate had 902 points.\nRound #102 was open to candidates of the Federal Skilled Trades Program: 500 invitations with a minimum score of 288.`;
    expect(rounds(page, '2018-06-11')).toEqual([
      ['2018-06-09', '101', 'pnp', 200, 902],
      ['2018-06-09', '102', 'fst', 500, 288],
    ]);
  });
  it('French: "a tenu deux rondes ciblées le même jour" gives its day to the rounds under it', () => {
    const page = `Deux rondes ciblées\nPublié le lundi 11 juin 2018\nLe samedi 9 juin 2018, IRCC a tenu deux rondes ciblées le même jour, sans ronde ouverte à tous les programmes.\nRonde n° 101 — Programme des candidats des provinces\n200 invitations ; score minimum : 902 points.\nRonde n° 102 — Programme des travailleurs de métiers spécialisés\n500 invitations ; score minimum : 288 points.`;
    expect(rounds(page, '2018-06-11')).toEqual([
      ['2018-06-09', '101', 'pnp', 200, 902],
      ['2018-06-09', '102', 'fst', 500, 288],
    ]);
  });
  it('"two program-specific rounds on Saturday, June 9, including the first round ever …": counted rounds of a day, a singular after', () => {
    const page = `Trades and nominees\nJune 9, 2018\nIRCC held two program-specific Express Entry rounds on Saturday, June 9, including the first round ever limited to trades in a year.\nRound #101: Provincial Nominee Program — 200 invitations, lowest score 902\nRound #102: Federal Skilled Trades — 500 invitations, lowest score 288`;
    expect(rounds(page, '2018-06-09')).toEqual([
      ['2018-06-09', '101', 'pnp', 200, 902],
      ['2018-06-09', '102', 'fst', 500, 288],
    ]);
  });
  it('"… less than half the cut-off of recent all-program draws. In a separate round the same day, IRCC invited 200 …": the same day\'s round, news too', () => {
    const page = `Trades get their own draw\nJUNE 10, 2018\nTradespeople got a boost Saturday, when the government held a draw reserved for the Federal Skilled Trades Program.\nIRCC invited 500 trades candidates. The minimum score was 288 points - less than half the cut-off of recent all-program draws.\nIn a separate round the same day, IRCC invited 200 candidates who already hold a provincial nomination, with a minimum score of 902.`;
    expect(rounds(page, '2018-06-10')).toEqual([
      ['2018-06-09', null, 'fst', 500, 288],
      ['2018-06-09', null, 'pnp', 200, 902],
    ]);
  });
});

describe('The day of the news round, kept (u1-219, u1-324, u1-127)', () => {
  it('guard: a headline\'s total of several rounds ("3 draws in 3 days; 11,650 ITAs") does not take the first round\'s day and number', () => {
    const page = `Express Entry: 3 draws in 3 days; 11,650 ITAs issued\nBy Neha Sharma | December 9, 2023\nIRCC issued 11,650 ITAs in three consecutive Express Entry draws this week.\nDraw #272 — General (December 6)\nITAs: 4,750 | Minimum CRS: 561\nDraw #273 — French language proficiency (December 7)\nITAs: 1,000 | Minimum CRS: 470\nDraw #274 — STEM occupations (December 8)\nITAs: 5,900 | Minimum CRS: 481`;
    expect(rounds(page, '2023-12-09').map((d) => [d[0], d[1]])).toEqual([
      ['2023-12-06', '272'],
      ['2023-12-07', '273'],
      ['2023-12-08', '274'],
    ]);
  });
  it('"IRCC held the largest all-program draw in the history of the system today, November 18, 2020": the news, not a record of another round', () => {
    const page = `Largest draw ever: 5,000 invited\nNovember 18, 2020\nIRCC held the largest all-program Express Entry draw in the history of the system today, November 18, 2020.\n- Invitations: 5,000\n- Lowest CRS score: 472`;
    expect(rounds(page, '2020-11-18')).toEqual([['2020-11-18', null, 'general', 5000, 472]]);
  });
  it('"la première depuis l\'entrée en vigueur des changements … le 19 novembre": the day a rule came in is no round\'s', () => {
    const page = `IRCC a tenu mercredi, 30 novembre 2016, la 48e ronde d'invitations d'Entrée express, la première depuis l'entrée en vigueur des changements au Système de classement global le 19 novembre. 559 invitations ont été envoyées, avec un score minimum de 786 points.`;
    expect(rounds(page, '2016-12-01')).toEqual([['2016-11-30', '48', 'pnp', 559, 786]]);
  });
});

describe('More days of the news round (u5-115, u5-224)', () => {
  it('"held an unusual draw on Monday, inviting only candidates who are already likely to be in the country": told as done, not a forecast', () => {
    const page = `Ottawa holds CEC-only draw\nMarch 24, 2020\nAs borders closed, the department held an unusual Express Entry draw on Monday, inviting only candidates who are already likely to be in the country.\nIt invited 3,232 candidates in the Canadian Experience Class. The minimum score was 467.`;
    expect(rounds(page, '2020-03-24')).toEqual([['2020-03-23', null, 'cec', 3232, 467]]);
  });
  it('guard: "IRCC is likely to hold a draw on Monday" stays a forecast', () => {
    const page = `What to expect\nMarch 20, 2020\nIRCC is likely to hold a draw on Monday, inviting about 3,000 candidates with a minimum of 470.`;
    expect(rounds(page, '2020-03-20')).toEqual([]);
  });
  it('a draw card\'s title "📢 EXPRESS ENTRY DRAW | February 19, 2025" dates its round', () => {
    const page = `📢 EXPRESS ENTRY DRAW | February 19, 2025\nPosted by Francophone Pathways\nFrench-language proficiency round\n🔹 Invitations: 6,500\n🔹 Minimum CRS: 428`;
    expect(rounds(page, '2025-02-19')).toEqual([['2025-02-19', null, 'french', 6500, 428]]);
  });
});

const withTieBreak = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Cut-offs and tie-breaks in other shapes (u3-309, u9-309)', () => {
  it('French: "Le candidat le moins bien classé parmi les invités avait 438 points" is the cut-off, and the tie-break after it the round\'s', () => {
    const page = `Entrée express : le seuil descend à 438 points\nPar Julie Tremblay | 31 janvier 2019\nBonne nouvelle pour les candidats : la ronde d'invitations tenue le mercredi 30 janvier par IRCC a affiché le seuil le plus bas depuis l'automne 2017.\nLe ministère a envoyé 3 350 invitations, à tous les programmes confondus. Le candidat le moins bien classé parmi les invités avait 438 points au Système de classement global.\nLa règle de départage a joué : seuls ceux dont le profil avait été soumis avant le 26 avril 2018 à 05:00:46 UTC ont été invités.\nLes deux rondes précédentes de janvier comptaient chacune 3 900 invitations, avec des seuils de 449 points (le 9 janvier) et de 443 points (le 23 janvier).`;
    expect(withTieBreak(page, '2019-01-31')).toEqual([['2019-01-30', 'general', 3350, 438, '2018-04-26']]);
    // The rules alone read it (not only the learned fallback), with no figure in the headline.
    const plain = page.replace('le seuil descend à 438 points', 'une nouvelle ronde');
    const rulesOnly = parseArticle(plain, { programs, published: '2019-01-31', figureModel: null }).draws.filter((d) => d.primary);
    expect(rulesOnly.map((d) => [d.minCrs, d.tieBreak?.slice(0, 10)])).toEqual([[438, '2018-04-26']]);
  });
  it('a FAQ\'s "What was the tie-breaking rule?" with its answer on the next line', () => {
    const page = `FSTP draw: 500 invited\nOctober 17, 2019\nIRCC held draw #128 on October 16, 2019 for the Federal Skilled Trades Program.\nHow many were invited?\n500 candidates.\nWhat was the cut-off?\nThe minimum score was 357.\nWhat was the tie-breaking rule?\nMarch 4, 2019 at 20:36:42 UTC. Candidates with exactly 357 points who created their profile before that time were invited.`;
    expect(withTieBreak(page, '2019-10-17')).toEqual([['2019-10-16', 'fst', 500, 357, '2019-03-04']]);
  });
});

describe('Cut-offs kept (u1-133, u5-305, u5-112)', () => {
  it('"inviting 500 healthcare and social services workers at a minimum of 510" is a cut-off; "at a minimum of 500 people" is not', () => {
    const page = `Two targeted draws\nMay 3, 2025\nOn Friday, May 2, IRCC held a targeted draw, inviting 500 healthcare and social services workers at a minimum of 510.`;
    expect(rounds(page, '2025-05-03')).toEqual([['2025-05-02', null, 'healthcare', 500, 510]]);
    const count = `A draw next week\nMay 3, 2025\nOn Friday, May 2, IRCC invited at a minimum of 500 people in a healthcare draw.`;
    expect(parseArticle(count, { programs, published: '2025-05-03', figureModel: null }).draws.map((d) => d.minCrs)).not.toContain(500);
  });
  it('French: "les 600 points accordés à toute nomination provinciale" are a nomination\'s points, not a second cut-off', () => {
    const page = `Entrée express : une ronde pour les candidats des provinces\nPublié le 1er décembre 2016\nLa ronde no 48, tenue le mercredi 30 novembre 2016, a permis d'inviter 559 candidats du Programme des candidats des provinces. La note minimale exigée était de 786 points, un seuil élevé qui s'explique par les 600 points accordés à toute nomination provinciale.`;
    expect(rounds(page, '2016-12-01')).toEqual([['2016-11-30', '48', 'pnp', 559, 786]]);
  });
  it('"332 points - more than 100 points below what candidates in the all-program rounds have needed": the rounds compared with lend no program', () => {
    const page = `Trades draw\nMay 16, 2019\nIRCC invited 500 trades candidates on Wednesday, May 15, 2019. The minimum score was 332 points - more than 100 points below what candidates in the all-program rounds have needed this year.`;
    expect(rounds(page, '2019-05-16')).toEqual([['2019-05-15', null, 'fst', 500, 332]]);
  });
});

const programOnly = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.program, d.minCrs]);

describe('Programs kept (u9-207, u3-326, u5-138, u1-323, u3-337)', () => {
  it('a headline\'s program stays when the body recalls an earlier round of that program ("The previous FST draw was on May 30")', () => {
    const page = `⚡️ FST-ONLY DRAW TODAY ⚡️\nSeptember 24, 2018\nRound #100\n📩 ITAs: 400\n📉 Lowest CRS: 284\nThe previous FST draw was on May 30, 2018 (500 ITAs, CRS 288).`;
    expect(programOnly(page, '2018-09-24')).toEqual([['2018-09-24', 'fst', 284]]);
  });
  it('"The PNP round is the largest … This is the first CEC-only round since September 2021" under two rounds: no doubt on either program', () => {
    const page = `Two rounds this week – key facts\nPublished May 31, 2024\nROUND #296\nDate: Thursday, May 30, 2024\nProgram: Provincial Nominee Program\nInvitations: 2,985\nMinimum CRS: 676\nROUND #297\nDate: Friday, May 31, 2024\nProgram: Canadian Experience Class\nInvitations: 3,000\nMinimum CRS: 522\nCONTEXT\n- The PNP round is the largest PNP-only round on record.\n- This is the first CEC-only round since September 2021.`;
    expect(programOnly(page, '2024-05-31')).toEqual([
      ['2024-05-30', 'pnp', 676],
      ['2024-05-31', 'cec', 522],
    ]);
  });
  it('"It was the fourth draw of the week, after rounds for provincial nominees on Monday, the CEC on Tuesday …" puts no doubt on the round\'s program', () => {
    const page = `Senior managers get their own draw\nMarch 6, 2026\nCanada held its first Express Entry round for senior managers on Thursday, inviting 250 executives. The round had a minimum score of 429.\nIt was the fourth draw of the week, after rounds for provincial nominees on Monday, the Canadian Experience Class on Tuesday and French speakers on Wednesday.`;
    expect(programOnly(page, '2026-03-06')).toEqual([['2026-03-05', 'managers', 429]]);
  });
  it('French "tous programmes confondus" is an all-program round; "le seuil remonte de 66 points" is a margin, not a cut-off', () => {
    const page = `Entrée express : 799 invitations au 33e tirage\nDakar Immigration Info | 9 mai 2016\nLe gouvernement canadien a effectué le vendredi 6 mai 2016 le 33e tirage d'Entrée express, tous programmes confondus.\n- Nombre d'invitations : 799\n- Score SCG minimum : 534\nLe seuil remonte de 66 points par rapport au tirage du 20 avril (1 018 invitations, 468 points).`;
    expect(programOnly(page, '2016-05-09')).toEqual([['2016-05-06', 'general', 534]]);
    // In 2023 no cut-off band names the program: the words do.
    const later = `Entrée express : 4 300 invitations\n28 juin 2023\nLe gouvernement canadien a effectué le mardi 27 juin 2023 un tirage d'Entrée express, tous programmes confondus : 4 300 invitations, score minimum de 486.`;
    expect(programOnly(later, '2023-06-28')).toEqual([['2023-06-27', 'general', 486]]);
  });
  it('Spanish "reclutas militares calificados" is the military recruits\' category', () => {
    const page = `Express Entry: la primera ronda para reclutas militares\n24 de julio de 2026\nEl jueves 23 de julio, IRCC realizó la primera ronda de la nueva categoría de reclutas militares calificados y emitió apenas 4 invitaciones.\nPuntaje CRS mínimo: 368`;
    expect(programOnly(page, '2026-07-24')).toEqual([['2026-07-23', 'military', 368]]);
  });
});

describe('Counts kept (u10-110, u7-106, u7-212)', () => {
  it('"its first draw open to all programs in a year and a half on Wednesday, inviting 1,500 candidates": how long since, not a period\'s total', () => {
    const page = `All-program draws are back\nJuly 7, 2022\nIRCC held its first Express Entry draw open to all programs in a year and a half on Wednesday, inviting 1,500 candidates to apply for permanent residence. The minimum score was 557.`;
    expect(rounds(page, '2022-07-07')).toEqual([['2022-07-06', null, 'general', 1500, 557]]);
    // By the rules, not only the learned fallback.
    expect(parseArticle(page, { programs, published: '2022-07-07', figureModel: null }).draws.map((d) => d.invitations)).toEqual([1500]);
  });
  it('guard: "IRCC invited 110,000 candidates in a year" is still a period\'s total', () => {
    const page = `A record year\nDecember 30, 2022\nIRCC invited 110,000 candidates in a year, with a last draw on November 23, 2022 at a cut-off of 491.`;
    expect(parseArticle(page, { programs, published: '2022-12-30', figureModel: null }).draws.map((d) => d.invitations)).not.toContain(110000);
  });
  it('"In round No. 63, 143 invitations went to provincial nominees": a round\'s number before the comma is no thousands group', () => {
    const page = `Two rounds on one day\nMay 27, 2017\nOn Friday, May 26, 2017, IRCC held two rounds. In round No. 63, 143 invitations went to provincial nominees; the lowest-ranked candidate had 775 points.`;
    expect(rounds(page, '2017-05-27')).toEqual([['2017-05-26', '63', 'pnp', 143, 775]]);
  });
  it('"went to 3,350 candidates, down from 3,900 in each of the previous four rounds": the total is the compared figure\'s; a byline with "·" dates the page', () => {
    const page = `Morning Brief: cut-off dips to 438\nImmiDesk Daily · Thursday, January 31, 2019\nYesterday's round, the 110th under Express Entry, went to 3,350 candidates, down from 3,900 in each of the previous four all-program rounds. The lowest score invited fell to 438.`;
    expect(rounds(page, '2019-01-31')).toEqual([['2019-01-30', '110', 'general', 3350, 438]]);
  });
});

const announced = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.program, d.invitations, d.minCrs]);

describe('Rounds compared with, not announced (u9-119, u5-316, u1-218)', () => {
  it('"after September\'s first round of 600 with a cut-off of 354" under December\'s four rounds is no fifth round', () => {
    const page = `Four Express Entry draws in four days\nDecember 22, 2023\nIRCC closed the year with a busy week, holding four rounds from Monday to Thursday.\nMonday, Dec. 18 – All programs – 1,325 ITAs – CRS 542\nTuesday, Dec. 19 – Trade occupations – 1,000 ITAs – CRS 425\nWednesday, Dec. 20 – Transport occupations – 670 ITAs – CRS 435\nThursday, Dec. 21 – Agriculture and agri-food occupations – 400 ITAs – CRS 386\nThe agriculture round is the second, after September's first round of 600 with a cut-off of 354.`;
    expect(announced(page, '2023-12-22').map((d) => d[1])).toEqual(['general', 'trades', 'transport', 'agriculture']);
  });
  it('"beating the 4,500 invitations of the October 14 and November 5 rounds": the rounds beaten are no news', () => {
    const page = `Express Entry results: November 18, 2020\nRound 167 | November 18, 2020 | No program specified | 5,000 invitations | Minimum CRS 472\nThis is the largest all-program round since Express Entry began, beating the 4,500 invitations of the October 14 and November 5 rounds.`;
    expect(announced(page, '2020-11-18')).toEqual([['2020-11-18', 'general', 5000, 472]]);
  });
  it('"Six Months of Pandemic Express Entry Draws" is a review: "the cut-off went from 467 on March 23 to 431 on June 25" announces nothing', () => {
    const page = `Six Months of Pandemic Express Entry Draws: What the CEC-Only Rounds Mean for You\nBlog | October 20, 2020\nBetween March and June 2020, IRCC held only program-specific rounds.\nThe CEC-only cut-off went from 467 on March 23 to 431 on June 25.`;
    expect(announced(page, '2020-10-20')).toEqual([]);
  });
});

describe('The draw a headline tells the news after (u1-120)', () => {
  it('"CEC cut-off drops to 368 after PNP draw this week": the headline\'s cut-off is the CEC round\'s, and so is the tie-break told with it', () => {
    const page = `Express Entry: CEC cut-off drops to 368 after PNP draw this week\nIndo-Canadian Observer | Friday, June 11, 2021\nIRCC held two Express Entry draws this week.\nOn Wednesday, June 9, 940 candidates in the Provincial Nominee Program were invited, with a minimum score of 711.\nOn Thursday, June 10, 6,000 Canadian Experience Class candidates received invitations. The lowest score was 368, down from 380 in the May 31 CEC draw. The tie-break rule was April 28, 2021 at 05:45:14 UTC.`;
    expect(withTieBreak(page, '2021-06-11')).toEqual([
      ['2021-06-10', 'cec', 6000, 368, '2021-04-28'],
      ['2021-06-09', 'pnp', 940, 711, null],
    ]);
  });
});

describe('A byline with a source label and a trailing part (p6-119)', () => {
  it('"Source: Maple Leaf Network | 2025-11-13 08:05 | Machine translation" dates the page: the headline\'s round number stays', () => {
    const page = `Canada Express Entry 378th draw: CEC category 1,000 people\nSource: Maple Leaf Network | 2025-11-13 08:05 | Machine translation\nOn November 12, IRCC carried out an Express Entry lottery for the Canadian Experience Class: 1,000 invitations, the lowest score 533 points.`;
    expect(rounds(page, '2025-11-13')).toEqual([['2025-11-12', '378', 'cec', 1000, 533]]);
  });
});

describe('The round a round came after (p8-221)', () => {
  it('"Um dia depois da primeira rodada para médicos, o IRCC realizou nesta sexta-feira uma rodada para profissionais da saúde": Friday is the healthcare round\'s', () => {
    const page = `Saúde: IRCC convida 4 mil profissionais\nPortal Canadá Brasil | 20/02/2026\nUm dia depois da primeira rodada para médicos, o IRCC realizou nesta sexta-feira uma rodada para profissionais da saúde e serviços sociais.\nNúmero da rodada: 398\nConvites: 4.000\nPontuação mínima: 467`;
    expect(rounds(page, '2026-02-20')).toEqual([['2026-02-20', '398', 'healthcare', 4000, 467]]);
  });
  it('English: "A day after the first round for physicians, IRCC held a round for healthcare …" names the healthcare round', () => {
    const page = `Healthcare round\nFebruary 20, 2026\nA day after the first round for physicians, IRCC held a round for healthcare and social services occupations on Friday, February 20: 4,000 invitations, minimum score 467.`;
    expect(rounds(page, '2026-02-20')).toEqual([['2026-02-20', null, 'healthcare', 4000, 467]]);
  });
});

describe('Round numbers listed on a line of their own (u7-140, u9-106)', () => {
  it('"Draws 435, 436 and 437:" over three rows gives each row its number, in the order of their days', () => {
    const page = `Three draws this week\n20 August 2026\nIRCC held three Express Entry draws this week.\nDraws 435, 436 and 437:\n- Tuesday, 18 August: Canadian Experience Class, 1,000 ITAs, CRS cut-off 523\n- Monday, 17 August: Provincial Nominee Program, 442 ITAs, CRS cut-off 760\n- Wednesday, 19 August: French-language proficiency, 5,000 ITAs, CRS cut-off 382`;
    expect(rounds(page, '2026-08-20').map((d) => [d[0], d[1]])).toEqual([
      ['2026-08-18', '436'],
      ['2026-08-17', '435'],
      ['2026-08-19', '437'],
    ]);
  });
  it('"IRCC numbered the rounds 63 and 64." under two rounds of one day: in the order the page tells them', () => {
    const page = `Two program-specific draws\nOTTAWA, May 26 (Wire) — Canada invited 543 candidates on Friday in two separate rounds.\nIn the Provincial Nominee Program round, 143 candidates were invited with a minimum score of 775. A second round for the Federal Skilled Trades Program invited 400 candidates with scores as low as 199.\nIRCC numbered the rounds 63 and 64.`;
    expect(rounds(page, '2017-05-26').map((d) => [d[1], d[2]])).toEqual([
      ['63', 'pnp'],
      ['64', 'fst'],
    ]);
  });
  it("guard: a list of numbers with a round's figures, or more rounds than numbers, gives no number", () => {
    const more = `Three draws this week\n20 August 2026\nDraws 435 and 436:\n- Monday, 17 August: Provincial Nominee Program, 442 ITAs, CRS cut-off 760\n- Tuesday, 18 August: Canadian Experience Class, 1,000 ITAs, CRS cut-off 523\n- Wednesday, 19 August: French-language proficiency, 5,000 ITAs, CRS cut-off 382`;
    expect(rounds(more, '2026-08-20').map((d) => d[1])).toEqual([null, null, null]);
  });
});

describe('A round number after its day and a colon (u7-219)', () => {
  it('"French-language proficiency, Wednesday July 12: #258, 3,800 ITAs, lowest score 375" is round 258', () => {
    const page = `Express Entry Insider | July 14, 2023\nTwo more rounds this week\nAll-program, Tuesday July 11: #257, 800 ITAs, lowest score 505\nFrench-language proficiency, Wednesday July 12: #258, 3,800 ITAs, lowest score 375`;
    expect(rounds(page, '2023-07-14').map((d) => [d[0], d[1]])).toEqual([
      ['2023-07-11', '257'],
      ['2023-07-12', '258'],
    ]);
  });
  it('guard: "on July 12: #3 of the month" is a count within a period', () => {
    const page = `A round on July 12: #3 of the month, 800 ITAs, lowest score 505.`;
    expect(parseArticle(page, { programs, published: '2023-07-13' }).draws.map((d) => d.drawNumber)).not.toContain('3');
  });
});

describe('A machine translation\'s "lottery" (p6-131)', () => {
  it('"the 155th lottery since the framework was launched" is round 155 (a count from 100 up)', () => {
    const page = `Canada's Express Entry invites 3,900 people\nJuly 9, 2020\nOn July 8, 2020 the Canadian Immigration Bureau issued 3,900 invitations in an all-program lottery, the lowest score 478 points. This was the 155th lottery since the framework was launched.`;
    expect(rounds(page, '2020-07-09').map((d) => [d[0], d[1]])).toEqual([['2020-07-08', '155']]);
  });
});

describe('Spanish: the most awaited round, and its cut-off (u7-327)', () => {
  it('"llegó la ronda más esperada: 6.300 candidatos … recibieron su invitación. El corte quedó en 515 puntos" is a round held', () => {
    const page = `Express Entry: dos rondas en dos días\nCanadá para Venezolanos | 18/07/2024\nEl martes 16 de julio le tocó al Programa de Nominados Provinciales (PNP): 1.391 invitaciones, con un puntaje mínimo de 670.\nAyer, miércoles 17 de julio, llegó la ronda más esperada: 6.300 candidatos de la Clase de Experiencia Canadiense (CEC) recibieron su invitación. El corte quedó en 515 puntos.`;
    expect(rounds(page, '2024-07-18')).toEqual([
      ['2024-07-16', null, 'pnp', 1391, 670],
      ['2024-07-17', null, 'cec', 6300, 515],
    ]);
  });
  it('guard: "una ronda esperada para el jueves" is still a forecast', () => {
    const page = `Express Entry\n18/07/2024\nSe espera una ronda esperada para el jueves con 3.000 invitaciones y un corte de 520 puntos.`;
    expect(rounds(page, '2024-07-18')).toEqual([]);
  });
});
