import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/**
 * Session 37 of the reader (issue 14): each case is the shape of a made-up page (test/parse/made-up/) the reader got wrong
 * (docs/parser.md "Session 37").
 */

const programs = loadPrograms();
const parse = (text: string, published: string) => parseArticle(text, { programs, published }).draws;
const announced = (text: string, published: string) => parse(text, published).filter((d) => d.primary);
const facts = (text: string, published: string) => announced(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

describe('"Round 273 followed on December 7": a round held next, not the earlier round of a "follows" clause; a headline count the rounds add up to is their total (u7-126)', () => {
  const page = `Canada wraps up busy week with 11,650 Express Entry invitations\nThe Capital Observer | Islamabad | December 9, 2023\nISLAMABAD: Canada issued 11,650 invitations to apply for permanent residence in three Express Entry rounds held on consecutive days this week, with a STEM draw the largest of the three.\nRound 272, held on December 6, was open to all programmes. It invited 4,750 candidates, but the minimum Comprehensive Ranking System score rose to 561.\nRound 273 followed on December 7 and targeted French-speaking candidates, with 1,000 invitations and a cut-off of 470.\nRound 274 on December 8 invited 5,900 candidates in STEM occupations. Its minimum score was 481.`;
  it('announces the three rounds with their own figures', () => {
    expect(facts(page, '2023-12-09')).toEqual([
      ['2023-12-06', '272', 'general', 4750, 561],
      ['2023-12-07', '273', 'french', 1000, 470],
      ['2023-12-08', '274', 'stem', 5900, 481],
    ]);
  });
  it('"It followed a PNP draw on December 5 that invited 1,500" is still the earlier round', () => {
    const one = `Canada invites 4,750 in all-program draw\nThe Capital Observer | December 6, 2023\nRound 272, held on December 6, invited 4,750 candidates with a minimum score of 561. It followed a PNP draw on December 5 that invited 1,500 candidates with scores of at least 720.`;
    expect(facts(one, '2023-12-06')).toEqual([['2023-12-06', '272', 'general', 4750, 561]]);
  });
});

describe('"3 draws in 3 days; 11,650 ITAs issued" over three rounds, then "The general draw cut-off of 561 is the highest since …": no fourth round (u1-127)', () => {
  const page = `Express Entry: 3 draws in 3 days; 11,650 ITAs issued\nBy Neha Sharma | Canada Bharat Times | December 9, 2023\nIRCC issued 11,650 Invitations to Apply (ITAs) in three consecutive Express Entry draws this week.\nDraw #272 — General (December 6)\nITAs: 4,750 | Minimum CRS: 561\nDraw #273 — French language proficiency (December 7)\nITAs: 1,000 | Minimum CRS: 470\nDraw #274 — STEM occupations (December 8)\nITAs: 5,900 | Minimum CRS: 481\nThe general draw cut-off of 561 is the highest since the resumption of all-program draws in July 2022. Experts attributed the score to a gap of nearly two months since the last general draw on October 10, which invited 3,725 candidates at 500.`;
  it('announces the three rounds only', () => {
    expect(facts(page, '2023-12-09')).toEqual([
      ['2023-12-06', '272', 'general', 4750, 561],
      ['2023-12-07', '273', 'french', 1000, 470],
      ['2023-12-08', '274', 'stem', 5900, 481],
    ]);
  });
});

describe('A wire dateline left with its dash ("OTTAWA, Jan. 14 -") is the page\'s day; "down from 461 in the previous draw, held on Jan. 6" is that draw\'s day (u10-134)', () => {
  const page = `Express Entry invites 1,518 as minimum drops to 453\nOTTAWA, Jan. 14 -\nImmigration, Refugees and Citizenship Canada invited 1,518 candidates to apply for permanent residence in an Express Entry draw on Wednesday.\nThe minimum Comprehensive Ranking System score was 453, down from 461 in the previous draw, held on Jan. 6, which invited 1,463 candidates.`;
  it('dates the round Wednesday, January 13', () => {
    expect(facts(page, '2016-01-14')).toEqual([['2016-01-13', null, 'general', 1518, 453]]);
  });
  it('"…453, down from 461 in the previous draw, held on Jan. 6": the news round keeps its own day without the dateline', () => {
    const plain = page.replace('OTTAWA, Jan. 14 -\n', '').replace(' on Wednesday', ' on Jan. 13');
    expect(facts(plain, '2016-01-14')).toEqual([['2016-01-13', null, 'general', 1518, 453]]);
  });
});

describe('A byline "NRI Desk | Sep 19, 2015, 08.30 PM IST" is the page\'s day, and "on Friday" the round\'s (u10-119)', () => {
  const page = `Express Entry draw 17: CRS cut-off dips to 450, lowest so far\nNRI Desk | Sep 19, 2015, 08.30 PM IST\nTORONTO: Indian professionals waiting in Canada's Express Entry pool received some good news on Friday, as Citizenship and Immigration Canada (CIC) lowered the minimum Comprehensive Ranking System (CRS) score to 450 in its 17th draw.\nA total of 1,545 candidates were invited to apply for permanent residence in Express Entry draw 17, held on September 18.\nIn the previous draw on September 8, CIC had issued 1,517 invitations with a minimum score of 459.`;
  it('announces round 17 of September 18 with its count and cut-off', () => {
    expect(facts(page, '2015-09-19')).toEqual([['2015-09-18', '17', 'general', 1545, 450]]);
  });
});

describe('"Ottawa invites 250 executives with Canadian experience" over a senior managers round: no CEC round (u10-139)', () => {
  const page = `Senior managers get their own Express Entry draw\nOttawa invites 250 executives with Canadian experience\nBy Peter Walsh | Business | March 6, 2026\nCanada held its first Express Entry round aimed at senior managers with Canadian work experience on Thursday.\nImmigration, Refugees and Citizenship Canada invited 250 candidates in the new senior managers category to apply for permanent residence. The minimum Comprehensive Ranking System score was 429, with a tie-break of Aug. 19, 2025.`;
  it('announces the managers round', () => {
    expect(facts(page, '2026-03-06')).toEqual([['2026-03-05', null, 'managers', 250, 429]]);
  });
  it('"a draw aimed at candidates with Canadian experience" is still CEC', () => {
    const cec = `IRCC invites 3,000\nBy Peter Walsh | March 6, 2026\nOn Thursday, IRCC held a draw aimed at candidates with Canadian experience, inviting 3,000 with a minimum score of 515.`;
    expect(facts(cec, '2026-03-06')).toEqual([['2026-03-05', null, 'cec', 3000, 515]]);
  });
});

describe('"Não houve rodada geral" and program headings over "Convites: 200" lines: each heading is its round of that day (u10-308)', () => {
  const pt = `Express Entry tem duas rodadas no mesmo dia: ofícios especializados e nomeados provinciais\nPor Juliana Ferreira | 31 de maio de 2018\nO IRCC realizou nesta quarta-feira, 30 de maio, duas rodadas de convites do Express Entry voltadas para grupos específicos de candidatos. Não houve rodada geral, aberta a todos os programas.\nFederal Skilled Trades (ofícios especializados)\nConvites: 500\nPontuação mínima: 288\nRegra de desempate: 7 de junho de 2017, às 20:11:13 UTC\nProvincial Nominee Program (nomeação provincial)\nConvites: 200\nPontuação mínima: 902\nRegra de desempate: 23 de março de 2018, às 05:38:02 UTC\nA rodada para ofícios é uma oportunidade rara.`;
  const en = `Express Entry holds two draws on the same day\nBy Juliana Ferreira | May 31, 2018\nIRCC held two program-specific rounds of invitations on Wednesday, May 30. There was no general round open to all programs.\nFederal Skilled Trades\nInvitations: 500\nMinimum score: 288\nProvincial Nominee Program\nInvitations: 200\nMinimum score: 902\nThe trades round is a rare opportunity.`;
  it('announces the FST and the PNP rounds of May 30', () => {
    for (const page of [pt, en])
      expect(facts(page, '2018-05-31')).toEqual([
        ['2018-05-30', null, 'fst', 500, 288],
        ['2018-05-30', null, 'pnp', 200, 902],
      ]);
  });
});

describe('A headline\'s span "September 14–15, 2021" over a table and "PNP: invitations 635 → 521": no round dated the span\'s first day but the first (u7-317)', () => {
  const page = `Express Entry draws: September 14–15, 2021 at a glance\nDraw Watch | Data table | September 16, 2021\nIRCC held two rounds of invitations this week. The CEC cut-off jumped sharply as the size of the round was cut.\nRound | Date | Program | Invitations | Lowest CRS | Tie-breaking rule (UTC)\n#204 | Tue Sep 14, 2021 | Canadian Experience Class | 2,000 | 462 | Sep 11, 2021 10:55:43\n#205 | Wed Sep 15, 2021 | Provincial Nominee Program | 521 | 732 | Feb 24, 2021 10:46:54\nChange vs previous round of the same program\nCEC: invitations 3,000 → 2,000; cut-off 403 → 462 (+59)\nPNP: invitations 635 → 521; cut-off 764 → 732 (−32)`;
  it('never gives the PNP round September 14', () => {
    const pnp = announced(page, '2021-09-16').filter((d) => d.program === 'pnp');
    expect(pnp.map((d) => d.date)).not.toContain('2021-09-14');
  });
});

describe('"Martes 27 de junio – ronda general" and "médicos con experiencia laboral canadiense": Spanish program names (u10-325, u10-338)', () => {
  const general = `Express Entry lanza su primera ronda por categoría: profesionales de la salud\nPor Valentina Herrera | 28 de junio de 2023\nCanadá estrenó esta semana la selección por categorías en Express Entry, con dos rondas en dos días.\nMartes 27 de junio – ronda general\n• Invitaciones: 4.300\n• Puntaje mínimo: 486\nMiércoles 28 de junio – salud\n• Invitaciones: 500\n• Puntaje mínimo: 476`;
  it('reads the Tuesday round as general', () => {
    expect(facts(general, '2023-06-28')).toEqual([
      ['2023-06-27', null, 'general', 4300, 486],
      ['2023-06-28', null, 'healthcare', 500, 476],
    ]);
  });
  const physicians = `Express Entry estrena categoría para médicos: 391 invitaciones con 169 puntos\nPor Javier Domínguez | 20 de febrero de 2026\nCanadá abrió esta semana una nueva vía para médicos que ya trabajan en el país. El jueves 19 de febrero, IRCC realizó la ronda 397 de Express Entry, la primera dirigida a médicos con experiencia laboral canadiense, y al día siguiente llegó una ronda de salud.\nRonda 397 – jueves 19 de febrero\n- Categoría: médicos con experiencia laboral canadiense\n- Invitaciones: 391\n- Puntaje mínimo: 169\nRonda 398 – viernes 20 de febrero\n- Categoría: ocupaciones de salud y servicios sociales\n- Invitaciones: 4.000\n- Puntaje mínimo: 467`;
  it('reads round 397 as the physicians round, and round 398 of the next day, told in full, as news too', () => {
    expect(facts(physicians, '2026-02-20')).toEqual([
      ['2026-02-19', '397', 'physicians', 391, 169],
      ['2026-02-20', '398', 'healthcare', 4000, 467],
    ]);
  });
  it('"enfermeros, médicos, fisioterapeutas" in a list names no physicians round', () => {
    const list = `Express Entry: ronda de salud\nPor Valentina Herrera | 28 de junio de 2023\nEl miércoles 28 de junio IRCC invitó a 500 candidatos de ocupaciones de salud (enfermeros, médicos, fisioterapeutas) con un puntaje mínimo de 476.`;
    expect(facts(list, '2023-06-28')).toEqual([['2023-06-28', null, 'healthcare', 500, 476]]);
  });
});

describe('A round told in full after the news: the newest one when the first is a days-old lead-up, never the news told again (p10-123, p7-201)', () => {
  const liveBlog = `Live: Trades draw makes it three this week\nLive | Northern Routes | September 18, 2025\n8:45 a.m. - On Monday IRCC invited 228 PNP candidates (CRS 746). On Wednesday it invited 2,500 candidates in the education category (CRS 462).\n1:10 p.m. - Thursday brings a trades round: 1,250 invitations, minimum 505.`;
  it("announces Thursday's trades round", () => {
    expect(facts(liveBlog, '2025-09-18').map((f) => f[2])).toContain('trades');
    expect(facts(liveBlog, '2025-09-18').map((f) => f[2])).not.toContain('education');
  });
  const quoted = `Express Entry: IRCC invites 1,800 French-speaking candidates in third draw of the week\nBy Staff Writer | Friday, July 19, 2024\nIRCC wrapped up a busy week on Thursday with a category-based round for candidates with strong French-language skills.\n"Today we invited 1,800 candidates with strong French language proficiency to apply for permanent residence. Minimum CRS score: 400. #ExpressEntry"\n— @CitImmCanada, 11:03 AM · Jul 18, 2024\nThursday's cut-off of 400 is 20 points lower than the 420 required in the previous French-language round on July 8, when 3,200 candidates were invited.`;
  it("does not announce the quoted round a second time on the page's day", () => {
    expect(announced(quoted, '2024-07-19').filter((d) => d.program === 'french')).toHaveLength(1);
  });
});

describe('A correction "IRCC invited 3,200 CEC candidates, not 2,300" / "today\'s round is #384, not #383" takes the figure back (p10-102, p10-112)', () => {
  const page = `Live: Big CEC round on Wednesday\nLive blog | Pathways Weekly | December 10, 2025\n8:30 a.m. - Monday's PNP round invited 1,123 nominees (minimum 729), the biggest PNP round in months.\n1:15 p.m. - ITAs are landing for CEC profiles. Round #383 is live: 6,000 invitations, minimum CRS 520.\n1:40 p.m. - Correction: today's round is #384, not #383 (#383 was Monday's PNP round). The other figures stand.`;
  it('never announces round #383 for the CEC round', () => {
    const cec = announced(page, '2025-12-10').filter((d) => d.program === 'cec');
    expect(cec.map((d) => d.drawNumber)).not.toContain('383');
  });
  const counts = `Draw day blog: CEC round lands\nLive | Maple Pathways | Aug. 14, 2024\n12:20 p.m. - Figures are in: round #309, Canadian Experience Class, 2,300 invitations, minimum score 509.\n1:05 p.m. - CORRECTION: our 12:20 p.m. entry gave the wrong number of invitations. IRCC invited 3,200 CEC candidates, not 2,300. The cut-off (509) is right.`;
  it('never announces 2,300 invitations', () => {
    expect(announced(counts, '2024-08-14').map((d) => d.invitations)).not.toContain(2300);
  });
});

describe('"Express Entry Q2 2026 review" / "Quarterly report": a review announces none of the quarter\'s rounds (p7-117)', () => {
  const page = `Express Entry Q2 2026 review: 33,237 invitations in 15 rounds\nQuarterly report | July 3, 2026\nWith June over, here is how the second quarter of 2026 played out.\nNotable rounds of the quarter\nJune 24 (#421): Physicians, 271 invitations, CRS 223\nJune 25 (#422): Healthcare and social services, 4,000 invitations, CRS 475`;
  it('announces nothing', () => {
    expect(announced(page, '2026-07-03')).toEqual([]);
  });
});

describe('"Express Entry this week: three rounds" over "THIS WEEK\'S ROUNDS" and their table: the week\'s rounds are the news (u10-326, u10-330)', () => {
  const page = `Express Entry this week: three rounds, 4,100 invitations\nWeek of September 25, 2023 | Published September 29\nTHIS WEEK'S ROUNDS\nDate | Round | Type | ITAs | Min CRS\nTue Sep 26 | 265 | No program specified | 3,000 | 504\nWed Sep 27 | 266 | French-language proficiency | 500 | 472\nThu Sep 28 | 267 | Agriculture and agri-food occupations | 600 | 354\nTotal: 4,100\nLAST WEEK, FOR COMPARISON\nSep 19 | General | 3,200 | 531\nSep 20 | Transport occupations | 1,000 | 435`;
  it("announces the three rounds of the week, not last week's", () => {
    expect(facts(page, '2023-09-29')).toEqual([
      ['2023-09-26', '265', 'general', 3000, 504],
      ['2023-09-27', '266', 'french', 500, 472],
      ['2023-09-28', '267', 'agriculture', 600, 354],
    ]);
  });
});

describe('"Citizenship and Immigration Canada said it had issued 1,620 invitations": reported speech, not an earlier round (u10-103)', () => {
  const page = `Express Entry cut-off falls below 500 for first time\nOttawa's new immigration system invites 1,620 skilled workers without job offers\nBY DANIEL MORROW, OTTAWA BUREAU\nSaturday, March 21, 2015\nThe score needed to be invited to immigrate through Canada's new Express Entry system fell below 500 points on Friday, opening the door for the first time to skilled workers who do not already have a job offer or a provincial nomination.\nCitizenship and Immigration Canada said it had issued 1,620 invitations to apply for permanent residence to candidates with at least 481 points under the Comprehensive Ranking System.\nThe earlier rounds set a far higher bar. The cut-off stood at 886 in the first round on Jan. 31 and at 818 a week later, while the Feb. 27 draw invited 1,187 candidates with 735 points or more.`;
  it("announces Friday's round", () => {
    expect(facts(page, '2015-03-21')).toEqual([['2015-03-20', null, 'general', 1620, 481]]);
  });
  it('"An article … reported that IRCC had invited 2,500" under a retraction stays taken back', () => {
    const retraction = `Retraction: No Express Entry draw took place on May 6\nEditor's Note | May 7, 2025\nAn article published on this site on Tuesday reported that IRCC had invited 2,500 candidates in a Canadian Experience Class draw with a minimum score of 519. That report was incorrect and has been removed.\nNo such draw took place.`;
    expect(announced(retraction, '2025-05-07')).toEqual([]);
  });
});

describe('"The last trades-only round, on May 15, also invited 500 candidates, at 332 points": the earlier round keeps its cut-off, and its day stays its own (u10-127)', () => {
  const page = `Trades-only Express Entry draw invites 500\nBy Kevin Olsen | Calgary | Oct. 17, 2019\nThe round invited 500 trades candidates with at least 357 points under the Comprehensive Ranking System.\nThe last trades-only round, on May 15, also invited 500 candidates, at 332 points.`;
  it('gives the news round no day of May 15', () => {
    const news = announced(page, '2019-10-17');
    expect(news.map((d) => [d.invitations, d.minCrs])).toEqual([[500, 357]]);
    expect(news[0]?.date).not.toBe('2019-05-15');
    expect(parse(page, '2019-10-17').find((d) => d.date === '2019-05-15')?.minCrs).toBe(332);
  });
});

describe('"Express Entry recap for this week ⬇️" over the week\'s rounds, one a line: each is news (u10-233)', () => {
  const page = `Canada PR Updates (@canadaprupdates) · October 24, 2024\nExpress Entry recap for this week ⬇️\n📌 Mon, Oct 21 – PNP: 648 ITAs, CRS 791 (tie-break Aug 13, 2024)\n📌 Tue, Oct 22 – CEC: 400 ITAs, CRS 539 (tie-break Oct 19, 2024)\n📌 Wed, Oct 23 – Trade occupations: 1,800 ITAs, CRS 433 (tie-break Mar 12, 2024)\nThe CEC round stays tiny (500 on Oct 9, now 400) and the score is unchanged at 539.`;
  it('announces the three rounds', () => {
    expect(facts(page, '2024-10-24')).toEqual([
      ['2024-10-21', null, 'pnp', 648, 791],
      ['2024-10-22', null, 'cec', 400, 539],
      ['2024-10-23', null, 'trades', 1800, 433],
    ]);
  });
});
