import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/parse/mentions/date-mentions.ts';
import { findDrawNumbers } from '../../src/parse/mentions/draw-number.ts';
import { findTieBreaks } from '../../src/parse/mentions/tie-break.ts';
import { announcedDraws, readDraws, rounds } from '../helpers/announced.ts';

/**
 * Session 46 of the reader (issue 14): labelled totals of several rounds (docs/parser.md "Session 46").
 */

describe('a labelled total over several rounds (p8-304)', () => {
  const page = [
    'Two Express Entry draws on April 9: your questions answered',
    'Northern Pathways Immigration | April 10, 2020',
    'IRCC held two Express Entry rounds on Thursday, April 9, 2020, despite the COVID-19 travel restrictions.',
    'AT A GLANCE: Rounds: 2 | Total invitations: 3,900 | Lowest cut-off: 464 (CEC)',
    'Which programs were targeted?',
    'Round #141 was for Provincial Nominee Program candidates only. Round #142, held a few hours later, was for Canadian Experience Class candidates only.',
    'How many invitations were issued?',
    '606 in the PNP round and 3,294 in the CEC round, for a total of 3,900.',
    'What were the cut-offs?',
    '698 for PNP candidates and 464 for CEC candidates.',
    'What about the tie-breaking rule?',
    'December 18, 2019 at 11:29:51 UTC for the PNP round, and January 4, 2020 at 12:16:45 UTC for the CEC round.',
    'How does this compare with the last rounds?',
    'Date | Program | Invitations | Minimum CRS',
    'April 9, 2020 | PNP | 606 | 698',
    'April 9, 2020 | CEC | 3,294 | 464',
    'March 23, 2020 | CEC | 3,232 | 467',
  ].join('\n');
  const byNumber = (text: string, published: string) =>
    announcedDraws(text, published)
      .map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null])
      .sort((a, b) => String(a[1]).localeCompare(String(b[1])));

  it('"Rounds: 2 | Total invitations: 3,900" is no round\'s count; each round keeps the tie-break told "for" it', () => {
    expect(byNumber(page, '2020-04-10')).toEqual([
      ['2020-04-09', '141', 'pnp', 606, 698, '2019-12-18'],
      ['2020-04-09', '142', 'cec', 3294, 464, '2020-01-04'],
    ]);
  });

  it('"Total invitations: 3,000" in a one-round key-facts box is that round\'s count (guard)', () => {
    const one = ['CEC draw: key facts', 'March 5, 2025', 'Round: #337 | Program: Canadian Experience Class | Total invitations: 4,000 | Minimum CRS: 539'].join('\n');
    expect(announcedDraws(one, '2025-03-05').map((d) => [d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([['337', 'cec', 4000, 539]]);
  });
});

describe('two rounds in one sentence, each with its own figures and tie-break', () => {
  const page = [
    'Two Express Entry draws on April 9',
    'April 10, 2020',
    'IRCC held two Express Entry rounds on Thursday, April 9, 2020: a PNP round inviting 606 candidates at 698 and a CEC round inviting 3,294 at 464.',
    'The tie-breaking rule was December 18, 2019 at 11:29:51 UTC for the PNP round, and January 4, 2020 at 12:16:45 UTC for the CEC round.',
  ].join('\n');

  it('"a CEC round inviting 3,294 at 464" gives the cut-off; "… for the PNP round, and … for the CEC round" two tie-breaks', () => {
    const got = announcedDraws(page, '2020-04-10').map((d) => [d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);
    expect(got).toEqual([
      ['pnp', 606, 698, '2019-12-18'],
      ['cec', 3294, 464, '2020-01-04'],
    ]);
  });

  it('"The tie-breaking rule was June 7 for the previous round and July 8 for this one" never gives the previous round\'s (guard)', () => {
    const one = [
      'CEC draw: 3,000 invited',
      'July 10, 2024',
      'IRCC invited 3,000 Canadian Experience Class candidates today with a minimum score of 515.',
      'The tie-breaking rule was June 7, 2024 for the previous round and July 8, 2024 for this one.',
    ].join('\n');
    const got = announcedDraws(one, '2024-07-10');
    expect(got.map((d) => [d.program, d.invitations, d.minCrs])).toEqual([['cec', 3000, 515]]);
    expect(got[0]?.tieBreak?.slice(0, 10)).not.toBe('2024-06-07');
  });
});

describe('a relative clause on a round the sentence dated (p5-238)', () => {
  // A guard: before this session the reader did not read "3,000 at 521"; once it did, the clause became a round of today.
  it('"…a screenshot of the June 26 round, which invited 3,000 at 521" is that round, not one of today', () => {
    const page = [
      'Express Entry live: Thursday, July 3, 2025',
      'All times ET',
      "3:15 p.m. — RETRACTION: Our 2:40 p.m. entry was wrong. The figures we posted (3,000 CEC invitations, minimum 512) were a misreading of a reader's screenshot of the June 26 round, which invited 3,000 at 521. We did not check it before posting. There has been no new round today. We apologize.",
      '2:40 p.m. — Reports of a new CEC draw: 3,000 ITAs, CRS 512. Confirming now.',
      '11:00 a.m. — Canada Day week is often quiet. The last rounds were a PNP-only draw on June 23 (503 at 742) and a CEC draw on June 26 (3,000 at 521).',
    ].join('\n');
    expect(rounds(page, '2025-07-03')).toEqual([]);
  });
});

describe('round numbers of 2015 written as ordinals (u16-1-03, u2-303, u4-103, u6-301)', () => {
  const numbers = (text: string, published: string) => announcedDraws(text, published).map((d) => d.drawNumber);

  it('"la 11e ronde d\'invitations" on a French page of June 2015 is round 11', () => {
    const page = [
      'Entrée express : 1 575 invitations, note minimale de 469 points',
      'Publié le 29 juin 2015',
      "Citoyenneté et Immigration Canada (CIC) a tenu vendredi dernier, le 26 juin, la 11e ronde d'invitations de son système Entrée express. Au total, 1 575 candidats ont été invités à présenter une demande de résidence permanente. Pour être sélectionné, il fallait cumuler au moins 469 points au Système de classement global (SCG).",
    ].join('\n');
    expect(numbers(page, '2015-06-29')).toEqual(['11']);
  });

  it('"Ce tirage, le 22e depuis janvier, …" is round 22, also once the page is glossed ("This draw, le 22e …")', () => {
    const page = [
      "Immigration au Canada : 1 451 nouvelles invitations dans le cadre d'Entrée express",
      'Abidjan, le 7 décembre 2015 – Rubrique Diaspora & Mobilité',
      'Le Canada a procédé vendredi dernier, 4 décembre 2015, à un nouveau tirage dans le cadre de son système Entrée express, qui gère les demandes de résidence permanente des travailleurs qualifiés.',
      'Ce tirage, le 22e depuis janvier, a permis à 1 451 candidats de recevoir une invitation à présenter une demande. Le score minimal requis au Système de classement global (SCG) était de 461 points.',
      'Le score baisse légèrement',
      'Lors de la ronde précédente, le 27 novembre, 1 559 candidats avaient été invités avec un score minimal de 472 points. La baisse de 11 points est une bonne nouvelle pour les candidats qui se situent juste sous la barre des 470.',
      'Depuis le 4 novembre, le ministère porte un nouveau nom : Immigration, Réfugiés et Citoyenneté Canada (IRCC). Les démarches en ligne, elles, restent les mêmes.',
    ].join('\n');
    expect(numbers(page, '2015-12-07')).toEqual(['22']);
  });

  it('"Friday\'s round was the 10th since Express Entry started" in 2015 is round 10', () => {
    const page = [
      'Canada Express Entry: 1,501 invited as cut-off plunges to 482',
      'June 15, 2015',
      'Citizenship and Immigration Canada (CIC) on Friday, June 12, issued 1,501 invitations to apply (ITAs) for permanent residence, and the minimum Comprehensive Ranking System (CRS) score fell to 482.',
      "Friday's round was the 10th since Express Entry started in January, and brings the total number of invitations this year to more than 11,000.",
    ].join('\n');
    expect(numbers(page, '2015-06-15')).toEqual(['10']);
  });

  it('"Lors de cette sixième ronde" is round 6; "Ce premier tirage" is not read as a number (guard)', () => {
    const sixth = [
      'Entrée express : 1 637 candidats invités',
      'Publié le 30 mars 2015',
      "Citoyenneté et Immigration Canada (CIC) a procédé vendredi dernier, le 27 mars, à une nouvelle ronde d'invitations dans le cadre d'Entrée express.",
      'Lors de cette sixième ronde, 1 637 candidats ont reçu une invitation à présenter une demande (IPD). La note minimale au Système de classement global (SCG) s’établissait à 453 points.',
    ].join('\n');
    expect(numbers(sixth, '2015-03-30')).toEqual(['6']);
    const first = [
      'Entrée express : un premier tirage de 779 invitations',
      '2 février 2015',
      'Citoyenneté et Immigration Canada (CIC) a effectué samedi 31 janvier sa toute première ronde. Au total, 779 candidats ont été invités; le score minimal était de 886 points.',
      "Ce premier tirage visait l'ensemble des programmes gérés par Entrée express.",
    ].join('\n');
    expect(numbers(first, '2015-02-02')).toEqual([null]);
  });

  it('"the draw, the 10th since Express Entry began" on a page of 2017 is not a round number (guard)', () => {
    const page = ['CEC draw', 'May 31, 2017', 'IRCC invited 3,877 candidates today with a minimum score of 413. It was the 10th round since the new year.'].join('\n');
    expect(numbers(page, '2017-05-31')).toEqual([null]);
  });
});

describe('the day a rule was announced (p1-090)', () => {
  it('"Travel restrictions announced on March 16 do not affect …" dates no round: the tie-break told below stays the news round\'s', () => {
    const page = [
      'Express Entry: CRS 467 in draw #140',
      'March 19, 2020',
      'IRCC held Express Entry draw #140 on March 18, 2020, amid the COVID-19 outbreak.',
      'The previous day, 668 PNP candidates were invited with a cut-off of 722.',
      'The cut-off in this round was 467.',
      '',
      'Travel restrictions announced on March 16 do not affect the processing of applications, IRCC said.',
      '',
      'A total of 3,232 invitations were issued. The tie-breaking rule was March 13, 2020 at 19:01:01 UTC.',
    ].join('\n');
    const got = announcedDraws(page, '2020-03-19').map((d) => [d.date, d.drawNumber, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);
    expect(got).toEqual([['2020-03-18', '140', 3232, 467, '2020-03-13']]);
  });
});

describe('cut-offs at the end of a digest line, and "up eight points from" (p10-129, p10-133, p7-120)', () => {
  it('"1,000 healthcare and social services candidates were invited at 476" and "round 379 invited 3,500 candidates in healthcare and social services at 462"', () => {
    const page = [
      'Monday digest: invitations last week',
      'Newsletter | Northern Routes | November 17, 2025',
      'Last week:',
      'On Monday, IRCC ran round 377 for provincial nominees: 714 invitations, minimum 738.',
      'On Wednesday, 1,000 healthcare and social services candidates were invited at 476.',
      'On Friday, round 379 invited 3,500 candidates in healthcare and social services at 462.',
    ].join('\n');
    expect(announcedDraws(page, '2025-11-17').map((d) => [d.invitations, d.minCrs])).toEqual([
      [714, 738],
      [1000, 476],
      [3500, 462],
    ]);
  });

  it('"invited 3,500 candidates in healthcare occupations at 4 p.m. today" reads no cut-off (guard)', () => {
    const page = ['Healthcare draw', 'November 14, 2025', 'IRCC invited 3,500 candidates in healthcare occupations at 4 p.m. today.'].join('\n');
    expect(announcedDraws(page, '2025-11-14').map((d) => [d.invitations, d.minCrs])).toEqual([[3500, null]]);
  });

  it('"The minimum CRS score was 475, up eight points from the 467 of the previous healthcare round on February 20" is today\'s cut-off', () => {
    const page = [
      'Healthcare draw invites 4,000',
      'June 25, 2026',
      'IRCC invited 4,000 candidates in healthcare and social services occupations today. The minimum CRS score was 475, up eight points from the 467 of the previous healthcare round on February 20, which also invited 4,000.',
    ].join('\n');
    expect(rounds(page, '2026-06-25')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475]]);
  });
});

describe('"its third round in three days" and "the same cut-off as" (p9-134)', () => {
  it('the count after "held its third Express Entry round in three days on Wednesday" is that round\'s; "exactly the same cut-off as the first transport round" compares', () => {
    const page = [
      'Third Express Entry draw in three days targets transport workers',
      'December 20, 2023',
      'IRCC held its third Express Entry round in three days on Wednesday, inviting 670 candidates with experience in transport occupations. The minimum CRS score was 435 - exactly the same cut-off as the first transport round on September 20, which invited 1,000 candidates.',
      'On Monday, IRCC invited 1,325 candidates in an all-program round with a minimum score of 542. On Tuesday it held a trades round, inviting 1,000 candidates at 425.',
    ].join('\n');
    expect(rounds(page, '2023-12-20')).toEqual([['2023-12-20', null, 'transport', 670, 435]]);
  });

  it('"IRCC issued 7,500 invitations in three rounds in three days" stays a total (guard)', () => {
    const page = ['Three rounds in three days', 'December 20, 2023', 'IRCC issued 7,500 invitations in three rounds in three days this week.'].join('\n');
    expect(rounds(page, '2023-12-20')).toEqual([]);
  });
});

describe('a by-the-numbers list (p7-138)', () => {
  it('"1,000: invitations issued today …", "533: minimum CRS score, unchanged from …", "October 17, 2025 at 03:39:05 UTC: tie-break time"', () => {
    const page = [
      'Express Entry #378 in numbers',
      'November 12, 2025 | DrawDigest',
      '1,000: invitations issued today to Canadian Experience Class candidates',
      '533: minimum CRS score, unchanged from the October 28 CEC round',
      'October 17, 2025 at 03:39:05 UTC: tie-break time',
      '714: provincial nominees invited on Monday, at a minimum of 738',
      '15,647: invitations issued in October',
    ].join('\n');
    const got = announcedDraws(page, '2025-11-12').map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);
    expect(got).toEqual([['2025-11-12', '378', 'cec', 1000, 533, '2025-10-17']]);
  });
});

describe('leads that are no news: expectations, where the cut-off is heading, anniversaries (u1-223, u2-140, p5-224)', () => {
  it('"All-Program Draws Return in July: What Scores Should You Expect?" over "most recently on June 8 (932 invitations, minimum 796)"', () => {
    const page = [
      'All-Program Express Entry Draws Return in July: What Scores Should You Expect?',
      'Insights | Palisade Immigration Law | June 10, 2022',
      'The minister has confirmed that invitations for Federal Skilled Worker and Canadian Experience Class candidates will resume in early July 2022.',
      'PNP-only rounds have kept running every two weeks this year, most recently on June 8 (932 invitations, minimum 796).',
    ].join('\n');
    expect(rounds(page, '2022-06-10')).toEqual([]);
  });

  it('"Where is the Express Entry cut-off heading for the rest of 2026?" over the last cycle\'s rounds', () => {
    const page = [
      'Where is the Express Entry cut-off heading for the rest of 2026?',
      'By Neha Gill | June 5, 2026',
      'The latest cycle looked like this:',
      'May 25 – PNP – 334 invitations – CRS 805',
      'May 27 – CEC – 3,000 invitations – CRS 518',
      'May 28 – French – 4,500 invitations – CRS 409',
    ].join('\n');
    expect(rounds(page, '2026-06-05')).toEqual([]);
  });

  it('"10 YEARS OF EXPRESS ENTRY" over "Most recent: 23 Jan 2025 — CEC, 4,000 ITAs @ 527"', () => {
    const page = ['Express Entry Daily (Telegram)', '10 YEARS OF EXPRESS ENTRY', '31 January 2015 → the first ever round: 779 ITAs, CRS 886', 'Most recent: 23 Jan 2025 — CEC, 4,000 ITAs @ 527'].join(
      '\n',
    );
    expect(rounds(page, '2025-01-31')).toEqual([]);
  });

  it("a round of the page's day under such a lead is still news (guard)", () => {
    const page = ['What scores should you expect next? CEC draw today', 'March 5, 2025', 'IRCC invited 4,000 Canadian Experience Class candidates today with a minimum CRS of 539.'].join('\n');
    expect(rounds(page, '2025-03-05')).toEqual([['2025-03-05', null, 'cec', 4000, 539]]);
  });
});

describe('the last round recalled as a pronoun, and the levels plan in Spanish (u18-1-29, u6-306, u7-309)', () => {
  it('"El último, celebrado el 16 de noviembre …, invitó a 2.427 candidatos" under a page on the new CRS points is background', () => {
    const page = [
      'Express Entry: lo que cambia con los nuevos puntos del CRS',
      'Por Redacción Canadá Hoy | 21 de noviembre de 2016',
      'Desde el sábado 19 de noviembre rigen las modificaciones al Sistema de Clasificación Integral (CRS) de Express Entry anunciadas por el Ministerio de Inmigración, Refugiados y Ciudadanía (IRCC). Estos son los cambios principales:',
      '1. Oferta de empleo: ahora vale 50 puntos, o 200 si se trata de un cargo gerencial de alto nivel (NOC 00), en lugar de los 600 de antes.',
      '2. Estudios en Canadá: se otorgan 15 puntos por un diploma o certificado de uno o dos años y 30 por títulos de tres años o más, maestrías o doctorados.',
      '3. Exención de LMIA: ciertos titulares de permisos de trabajo ya no necesitan una evaluación de impacto en el mercado laboral para que su oferta cuente.',
      '4. Plazo más largo: quienes reciban una invitación tendrán 90 días, y no 60, para presentar su solicitud.',
      '¿Cuándo será el próximo sorteo?',
      'El último, celebrado el 16 de noviembre con las reglas anteriores, invitó a 2.427 candidatos con un mínimo de 470 puntos. IRCC no ha anunciado la fecha de la próxima ronda, que será la primera con el nuevo sistema.',
      'Nuestro consejo: entre a su perfil y verifique su nuevo puntaje. Los candidatos que tenían una oferta de empleo verán cómo su puntaje baja, mientras que los estudiantes internacionales graduados en Canadá podrían ganar posiciones.',
    ].join('\n');
    expect(rounds(page, '2016-11-21')).toEqual([]);
  });

  it('"presentó esta semana el plan de niveles de inmigración" over "la ronda del lunes 29 de octubre"', () => {
    const page = [
      'Canadá aumentará la inmigración: ¿qué significa el nuevo plan para Express Entry?',
      'El Diario Hispano de Toronto | 2 de noviembre de 2018',
      'El ministro de Inmigración presentó esta semana el plan de niveles de inmigración 2019-2021.',
      'En la ronda del lunes 29 de octubre se invitó a 3.900 candidatos con un puntaje mínimo de 442.',
    ].join('\n');
    expect(rounds(page, '2018-11-02')).toEqual([]);
  });

  it('"The latest, on May 24, invited 4,800 candidates" on a page about the new categories is background', () => {
    const page = [
      'Immigration Insider Canada',
      'News | Analysis | Express Entry | Study | Newsletter',
      "It's official: Express Entry will now pick candidates by occupation and French skills",
      'May 31, 2023 · By Laura Pinto',
      'Immigration Minister Sean Fraser announced on Wednesday the first categories that will be used for "category-based selection" in Express Entry, a power Parliament gave the department last year.',
      'Starting this summer, IRCC will be able to hold rounds of invitations reserved for candidates who have:',
      '1. strong French-language proficiency, or work experience in',
      '2. healthcare occupations,',
      '3. science, technology, engineering and math (STEM) professions,',
      '4. trades such as carpenters, plumbers and contractors,',
      '5. transport occupations,',
      '6. agriculture and agri-food occupations.',
      'Candidates need at least six months of continuous work experience in an eligible occupation within the last three years to qualify for an occupational category.',
      'What it means for the pool',
      'Regular rounds will continue. The latest, on May 24, invited 4,800 candidates with a cut-off of 488. Analysts expect category rounds to have lower cut-offs than general rounds, because fewer candidates will compete for them.',
      '"This is the biggest change since the Comprehensive Ranking System was introduced," said Vancouver lawyer Ken Ito. "A nurse with 450 points suddenly has a realistic chance."',
      'Dates for the first category-based rounds have not been announced.',
      'What you can do now',
      '• Make sure your NOC 2021 code is correct in your profile.',
      '• Update work history so the department can match you to a category.',
      '• If you speak French, take the TEF Canada or TCF Canada.',
      'Sign up for our newsletter to get an alert when the first category round happens.',
    ].join('\n');
    expect(rounds(page, '2023-05-31')).toEqual([]);
  });
});

describe('bylines that date the page, not the round (u21-1-39, u21-3-28, u21-4-05)', () => {
  const days = (text: string, published: string) => announcedDraws(text, published).map((d) => d.date);

  it('"Fri 24 Jul 2026 14.20 BST" over "The round, held on Thursday": the round is of Thursday', () => {
    const page = [
      'The Northern Post',
      'World › Americas › Canada',
      'Canada invites just four people in first Express Entry draw for military recruits',
      'Oliver Grant, North America correspondent',
      'Fri 24 Jul 2026 14.20 BST',
      "Canada's immigration department has held the smallest round of invitations in Express Entry's history, inviting four candidates in a draw reserved for skilled military recruits.",
      'The round, held on Thursday, was the first under a category created to help the Canadian Armed Forces recruit foreign nationals with in-demand skills. The lowest-ranked invitee scored 368 points, and the tie-breaking rule was set at 2 June 2026 at 20:11:26 UTC.',
      'By contrast, the previous round — a French-language draw on 22 July — invited 5,000 people with a cut-off of 399.',
      '"The number is tiny because the pool of eligible candidates is tiny. You need an offer from the forces before you can even be considered," said Vancouver immigration lawyer Daniel Park.',
      'The Department of National Defence has said it wants to recruit hundreds of pilots, doctors and engineers from abroad.',
    ].join('\n');
    expect(days(page, '2026-07-24')).toEqual(['2026-07-23']);
  });

  it('"August 25, 2016 | Rohit Mehra | 3 comments" over "In Wednesday\'s draw (August 24)"', () => {
    const page = [
      'NRI Junction | Canada Corner',
      'CRS shoots up to 538 in Express Entry draw; only 750 invited',
      'August 25, 2016 | Rohit Mehra | 3 comments',
      "Bad news for most Indian applicants in the Express Entry pool. In Wednesday's draw (August 24), Immigration, Refugees and Citizenship Canada (IRCC) invited just 750 candidates, and the minimum Comprehensive Ranking System (CRS) score jumped to 538.",
    ].join('\n');
    expect(days(page, '2016-08-25')).toEqual(['2016-08-24']);
  });

  it('"Clara Beaulieu, Initiative de journalisme local – 2 février 2024" over "a envoyé jeudi 7 000 invitations"', () => {
    const page = [
      "Le Franco — L'hebdomadaire des francophones de l'Alberta",
      'Accueil | Actualités | Communauté | Éducation | Arts | Opinion | Avis publics',
      'IMMIGRATION FRANCOPHONE',
      "Record : 7 000 candidats d'expression française invités à immigrer",
      'Clara Beaulieu, Initiative de journalisme local – 2 février 2024',
      "Immigration, Réfugiés et Citoyenneté Canada (IRCC) a envoyé jeudi 7 000 invitations à présenter une demande de résidence permanente à des candidats francophones du bassin d'Entrée express. Il s'agit de la plus importante ronde jamais tenue pour cette catégorie depuis le lancement des tirages par catégories, en juin dernier.",
      'Le score minimal exigé a chuté à 365 points, un creux pour les rondes francophones. En décembre, il fallait encore 470 points pour être invité.',
      "« Pour nos communautés, c'est un signal fort. Des milliers de familles pourraient choisir l'Alberta », estime Martine Lachance, coordonnatrice du Réseau en immigration francophone de l'Alberta.",
      "Ottawa s'est fixé une cible de 6 % d'immigrants d'expression française à l'extérieur du Québec pour 2024, puis de 7 % en 2025.",
      "Rien ne garantit toutefois que les personnes invitées s'installeront dans l'Ouest : Entrée express ne les oblige pas à choisir une province en particulier, à moins d'avoir obtenu une nomination provinciale.",
      "Le Programme des candidats de l'Alberta (AAIP) offre depuis 2021 un volet pour les candidats francophones, rappelle l'organisme.",
      'Les candidats invités ont 60 jours pour déposer leur dossier complet.',
      'Partager cet article : Facebook · LinkedIn · Courriel',
      'Articles connexes',
      "– Saint-Isidore : la relève agricole passe par l'immigration",
      '– Campus Saint-Jean : hausse des inscriptions internationales',
    ].join('\n');
    expect(days(page, '2024-02-02')).toEqual(['2024-02-01']);
  });
});

describe('a year review names a day after its own (u21-3-25, a false alert before)', () => {
  it('"Highest all-program cut-off: 468 (Jan 4, 2,902 ITAs)" in a review of 2017 posted on January 3, 2018 announces nothing', () => {
    const page = [
      'r/ImmigrationCanada • Posted by u/pool_stats_guy • Jan 3, 2018',
      '2017 Express Entry year in review (all rounds, summary + some charts)',
      'Happy new year all. I put together the whole of 2017 from the IRCC pages:',
      '- Total rounds: 30 (incl. 2 PNP-only and 2 FST-only)',
      '- Highest all-program cut-off: 468 (Jan 4, 2,902 ITAs)',
      '- Lowest all-program cut-off: 413 (May 31, 3,877 ITAs)',
      '- Last round of the year: Dec 20, 2,750 ITAs at 446',
    ].join('\n');
    expect(rounds(page, '2018-01-03')).toEqual([]);
  });
});

describe("wire datelines and a video's views line date the page, not the round (u21-1-12, u21-1-19, u21-3-40)", () => {
  const got = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.tieBreak?.slice(0, 10) ?? null]);

  it('"Toronto/New Delhi, Feb 14 (IPN) Canada has invited …" then "The round (#176), held on Saturday"', () => {
    const page = [
      'Canada invites record 27,332 Express Entry candidates; CRS falls to 75',
      'Toronto/New Delhi, Feb 14 (IPN) Canada has invited a record 27,332 candidates to apply for permanent residence in a single Express Entry round, with the minimum score crashing to just 75 points, a development that is expected to benefit thousands of Indians working or studying in the country.',
      'The round (#176), held on Saturday, was open only to candidates in the Canadian Experience Class (CEC). The tie-breaking rule was September 12, 2020 at 15:31:40 UTC.',
      'The previous largest round had invited 5,000 candidates. That compares with the 654 Provincial Nominee Program candidates invited on February 10 with a cut-off of 720.',
      '"Practically everyone in the pool who qualifies for CEC got an invitation. I have never seen anything like this in 20 years of practice," said Toronto-based immigration lawyer Sanjay Kapoor.',
      'Immigration minister Marco Mendicino has said Canada will rely on people already in the country to meet its target of 401,000 new permanent residents in 2021, with border restrictions limiting arrivals from abroad.',
      'Indian nationals made up the largest share of invitations issued through Express Entry in 2020, according to IRCC data.',
      'IPN SKR KP',
    ].join('\n');
    expect(got(page, '2021-02-14')).toEqual([['2021-02-13', '176', 'cec', '2020-09-12']]);
  });

  it('"MANILA, Feb. 3 -- Canada has held its first Express Entry round limited to the Federal Skilled Worker Program" then "conducted on Thursday (Feb. 2)"', () => {
    const page = [
      'Philippine News Wire',
      'Canada holds first-ever Express Entry draw for Federal Skilled Workers only',
      'MANILA, Feb. 3 -- Canada has held its first Express Entry round limited to the Federal Skilled Worker Program, inviting 3,300 candidates to apply for permanent residence.',
      'The round, conducted on Thursday (Feb. 2) Canadian time, had a minimum Comprehensive Ranking System (CRS) score of 489. Candidates at 489 points were invited if they entered the pool before 29 March 2022 at 16:09:00 UTC, under the tie-breaking rule.',
      'It came a day after a Provincial Nominee Program round that invited 893 candidates at 733.',
      'Filipino engineers, accountants and nurses who applied from the Philippines are most likely to be in the Federal Skilled Worker category, the Commission on Filipinos Overseas said in an advisory, reminding applicants to deal only with licensed consultants.',
      '(PNW) GLM/RSV',
    ].join('\n');
    expect(got(page, '2023-02-03')).toEqual([['2023-02-02', null, 'fsw', '2022-03-29']]);
  });

  it('"1,03,452 views  1 Mar 2024" over "Dosto kal (29 February) IRCC ne French language proficiency draw kiya"', () => {
    const page = [
      'French Draw CRS 336!! 😱 Lowest EVER | Express Entry Draw #287 Full Analysis (Hindi)',
      'Canada Wala Bhai • 212K subscribers',
      '1,03,452 views  1 Mar 2024',
      'Dosto kal (29 February) IRCC ne French language proficiency draw kiya — 2,500 ITAs aur minimum CRS sirf 336! Yeh French category ka ab tak ka sabse kam cut-off hai.',
      'Video mein:',
      '0:00 Intro',
      '0:48 Draw #287 details – 2,500 ITA, CRS 336',
      '3:15 Kya French seekhna worth hai? TEF vs TCF',
      '7:40 Parso wala general draw (1,470 ITA @ 534) ka comparison',
      '10:05 Aapke sawaal',
      '👉 French classes ke liye link description mein',
      '👉 Join Telegram: CanadaWalaBhai',
      '#ExpressEntry #FrenchDraw #CanadaPR #Hindi',
      'Top comment: "Bhai maine 2023 mein French chhod di thi 😭" — 2.1K likes',
    ].join('\n');
    expect(got(page, '2024-03-01')).toEqual([['2024-02-29', '287', 'french', null]]);
  });
});

describe('u21: a byline with "•", "since March 2024 (975 ITAs at 430)", "climbed to 538", nominees entering the pool (u21-1-13, u21-4-39, u21-1-02)', () => {
  it('"16 September 2021 • 7:00am" dates the page: "on Tuesday" is September 14, and "A day later, on Wednesday" a second round', () => {
    const page = [
      'The London Evening Gazette',
      'Money › Emigration',
      'Canada resumes Canadian Experience Class draws as cut-off jumps to 462',
      'By Harriet Cole',
      '16 September 2021 • 7:00am',
      'Canada has restarted invitations for skilled workers already in the country after a four-week pause, but the score needed has risen sharply.',
      'Immigration, Refugees and Citizenship Canada (IRCC) invited 2,000 Canadian Experience Class candidates on Tuesday, with the lowest-ranked invitee scoring 462 points. The previous CEC round, on 19 August, had invited 3,000 at 403.',
      'A day later, on Wednesday, a separate round for the Provincial Nominee Program invited 521 candidates with a minimum score of 732.',
      'Thousands of Britons live in Canada on International Experience Canada working holiday permits, and many use the year of Canadian work to qualify for the CEC.',
      '"A 59-point jump is a signal that Ottawa is turning down the tap," said Emily Watson, a London-based solicitor specialising in Canadian immigration. "People on working holiday permits that are about to expire should look seriously at provincial routes."',
      'Those living in the UK and applying under the Federal Skilled Worker route have not been invited since December.',
      'Share | Comment (23)',
    ].join('\n');
    expect(rounds(page, '2021-09-16')).toEqual([
      ['2021-09-14', null, 'cec', 2000, 462],
      ['2021-09-15', null, 'pnp', 521, 732],
    ]);
  });

  it('"the first for transport occupations since March 2024 (975 ITAs at 430)" leaves the table\'s transport round its own figures', () => {
    const page = [
      'Express Entry Weekly Wrap — Week of August 3–8, 2026',
      'Published: Saturday, August 8, 2026',
      "Four rounds, four programs. Here's the full breakdown.",
      '| Round | Date | Program | ITAs | Min. CRS | Tie-breaking rule (UTC) |',
      '| 431 | 2026-08-04 | Provincial Nominee Program | 507 | 768 | 2026-05-15 15:58:19 |',
      '| 432 | 2026-08-05 | Canadian Experience Class | 3,000 | 516 | 2026-07-03 21:35:13 |',
      '| 433 | 2026-08-06 | French-language proficiency | 5,000 | 391 | 2026-03-18 23:32:40 |',
      '| 434 | 2026-08-07 | Transport occupations | 300 | 470 | 2025-10-11 14:55:49 |',
      'Total ITAs this week: 8,807.',
      "Transport is back: Friday's round was the first for transport occupations since March 2024 (975 ITAs at 430).",
      'Next week: expect another PNP round on Monday or Tuesday if IRCC keeps its pattern.',
      'Share | Post | Copy link',
    ].join('\n');
    expect(rounds(page, '2026-08-08')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
      ['2026-08-06', '433', 'french', 5000, 391],
      ['2026-08-07', '434', 'transport', 300, 470],
    ]);
  });

  it('"after the minimum score in the latest Express Entry draw climbed to 538 points" is the cut-off; "provincial nominees entered the pool" names no program', () => {
    const page = [
      'Hindustan Courier » NRI » Canada',
      'Canada Express Entry cut-off shoots up to 538',
      'Anjali Mehra | New Delhi | Updated: Aug 25, 2016, 09:14 IST',
      'Thousands of Indian professionals hoping to migrate to Canada received a jolt after the minimum score in the latest Express Entry draw climbed to 538 points.',
      'Immigration, Refugees and Citizenship Canada (IRCC) invited 750 candidates on Wednesday in the 41st draw under the system. In the previous draw, held on August 10, 754 candidates were invited with a cut-off of 490.',
      '"A jump of 48 points in two weeks is unusual, but not unheard of. It usually means a large number of provincial nominees entered the pool just before the draw," said Ravinder Sandhu, a Toronto-based immigration lawyer who advises clients from Punjab and Delhi.',
      'The score is the highest for a regular draw in more than a year. Indian nationals have consistently been the largest group among those invited.',
      'Consultants in Chandigarh advised applicants not to withdraw their profiles. "Profiles remain valid for 12 months. The score will come down once the draw sizes go up again," said Manpreet Gill of a Mohali-based visa advisory.',
      'IRCC has said it is reviewing the Comprehensive Ranking System, and changes to the points for job offers are expected before the end of the year.',
      'RELATED',
      'Canada Express Entry: 755 invited, CRS at 488',
      'Why your IELTS score matters more than ever for Canada PR',
      'Canada student visa: what changes for Indian students this year',
    ].join('\n');
    expect(rounds(page, '2016-08-25')).toEqual([['2016-08-24', '41', 'general', 750, 538]]);
  });

  it('"The minimum score rose 20 points from the last all-program round to 470" stays read as before (guard)', () => {
    const page = [
      'Express Entry round 118: CRS cut-off jumps to 470',
      'May 29, 2019',
      'IRCC invited 3,350 candidates in an all-program round today, Wednesday, May 29. The minimum score rose 20 points from the last all-program round to 470, the highest since December 2016.',
    ].join('\n');
    expect(rounds(page, '2019-05-29')).toEqual([['2019-05-29', '118', 'general', 3350, 470]]);
  });
});

describe('u21: a doctored screenshot, a round size that dropped to 1,000, a general FAQ (u21-3-24, u21-2-40, u21-2-11)', () => {
  it('"Screenshot of \'10,000 ITA CEC draw at CRS 430\' is doctored" … "Rating: FAKE" announces nothing', () => {
    const page = [
      'SachKhoj Pakistan — fact-checking in English and Urdu',
      "Fact check: Screenshot of '10,000 ITA CEC draw at CRS 430' is doctored",
      'By Usman Tariq | October 15, 2024',
      'A screenshot showing a supposed IRCC page with the headline "Round #318 – Canadian Experience Class – 10,000 invitations – CRS 430" has been shared widely in Pakistani Facebook groups for Canadian immigration since Sunday.',
      'Our finding: The screenshot is edited. ❌',
      "- IRCC's real round #318 was held on October 10, 2024. It was a French-language proficiency round with 1,000 invitations and a minimum score of 444.",
      '- The most recent real CEC round was on October 9, 2024: 500 invitations at 539.',
      '- A PNP round on October 7 invited 1,613 candidates at 743.',
      '- The fake image uses an old IRCC page layout from 2021 and a font that IRCC does not use.',
      'We used a reverse image search and found the original template in a 2021 YouTube thumbnail.',
      'یہ تصویر جعلی ہے۔ براہ کرم آگے نہ بھیجیں۔',
      'Rating: FAKE',
      'How to check yourself: always open canada.ca directly, never through links in WhatsApp.',
      'Share | Report a claim',
    ].join('\n');
    expect(rounds(page, '2024-10-15')).toEqual([]);
  });

  it('"The CEC cut-off rose 7 points from 516 as the round size dropped to 1,000" gives no cut-off of 1,000', () => {
    const page = [
      'Great Lakes Migration Consult, Abuja',
      'Two Express Entry draws in two days: what this means for you',
      'Tuesday, 18 August 2026',
      'Draw 435 (Monday, 17 August) — Provincial Nominee Program',
      '442 invitations, lowest score 760. Tie-breaking rule: 7 August 2026 at 18:01:56 UTC.',
      'Draw 436 (today) — Canadian Experience Class',
      '1,000 invitations, lowest score 523. Tie-breaking rule: 17 August 2026 at 11:09:00 pm WAT.',
      'What this means for you',
      '- The CEC cut-off rose 7 points from 516 as the round size dropped to 1,000.',
      '- Nigerians abroad without Canadian experience should focus on provincial streams and French.',
      '- A nomination is worth 600 points: PNP cut-offs near 760 show nominees are invited quickly.',
      'Free assessment via WhatsApp | Follow us on X',
    ].join('\n');
    expect(rounds(page, '2026-08-18')).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760],
      ['2026-08-18', '436', 'cec', 1000, 523],
    ]);
  });

  it('"Express Entry: Frequently Asked Questions" recalling the round of 13 February 2021 announces nothing', () => {
    const page = [
      'Al Noor Migration Advisors',
      'Home > Canada > Express Entry FAQ',
      'Express Entry: Frequently Asked Questions',
      'Q: How often does IRCC hold Express Entry draws?',
      'A: There is no fixed schedule. In most years rounds took place roughly every two weeks, often on a Wednesday, but IRCC has held them on other weekdays and even on a Saturday.',
      'Q: What is the lowest CRS score ever invited?',
      'A: 75, in the Canadian Experience Class round of 13 February 2021, when 27,332 candidates were invited. It was an exceptional, pandemic-era round and should not be used as a benchmark.',
      'Q: What is the tie-breaking rule?',
      'A: When several candidates have the cut-off score, IRCC invites those who submitted their profiles earliest. IRCC publishes the date and time, in UTC, of the last profile invited. Add 4 hours for UAE time.',
      'Q: Can I enter the pool while living in the UAE?',
      'A: Yes. Most of our clients apply from Dubai, Abu Dhabi and Sharjah as Federal Skilled Worker candidates.',
      'Q: How long is an Invitation to Apply valid?',
      'A: 60 days.',
      'Q: What is the current cut-off?',
      'A: Cut-offs change with every round. See our live draw tracker or call our advisors.',
      'Still have questions? Book a consultation.',
    ].join('\n');
    // The page has no date of its own.
    expect(rounds(page, '')).toEqual([]);
  });

  it('"Express Entry this week: PNP, trades and healthcare draws (FAQ)" still announces its week (guard)', () => {
    const page = [
      'Express Entry this week: PNP, trades and healthcare draws (FAQ)',
      'July 6, 2024 | Immigration News Canada',
      'IRCC held three Express Entry draws this week. We answer the most common questions.',
      'What draws took place?',
      '- Tuesday, July 2: Provincial Nominee Program, 920 invitations, minimum CRS 739 (tie-break February 2, 2024).',
      '- Thursday, July 4: Trade occupations, 1,800 invitations, minimum CRS 436 (tie-break July 16, 2023).',
    ].join('\n');
    expect(rounds(page, '2024-07-06')).toEqual([
      ['2024-07-02', null, 'pnp', 920, 739],
      ['2024-07-04', null, 'trades', 1800, 436],
    ]);
  });
});

describe('u21: rounds the week\'s news came after, a Portuguese "depois de", a French monthly recap (u21-4-10, u21-4-30, u21-4-28, u21-4-23)', () => {
  it('"Both category rounds follow a Provincial Nominee Program-only round on July 2 that invited 920 candidates at 739 points" is background', () => {
    const page = [
      'The Pinoy Times Canada — Winnipeg | Toronto | Calgary | Vancouver',
      'COMMUNITY · IMMIGRATION',
      'Good news for nurses and trades workers: two Express Entry category rounds this week',
      'July 5, 2024 | By Maricel Dizon',
      'Canada invited 3,750 Express Entry candidates with healthcare work experience on Friday, the largest healthcare category round to date. The minimum CRS score was 445.',
      'Trades round on Thursday',
      'Trades workers also got their turn. On Thursday, July 4, IRCC held a trade occupations round, inviting 1,800 candidates with scores of at least 436.',
      'Both category rounds follow a Provincial Nominee Program-only round on July 2 that invited 920 candidates at 739 points.',
      'Many Filipino nurses, nurse aides and personal support workers in Canada have been waiting for a healthcare round since February.',
      '"It\'s a big relief. My work permit expires in October," said Jocelyn, a registered practical nurse in Winnipeg who received her invitation Friday morning.',
      'Related stories',
      "– Caregiver pilots: what's changing",
      '– Manitoba PNP invites 500 in skilled worker draw',
    ].join('\n');
    expect(rounds(page, '2024-07-05')).toEqual([
      ['2024-07-05', null, 'healthcare', 3750, 445],
      ['2024-07-04', null, 'trades', 1800, 436],
    ]);
  });

  it('"Both come after Monday\'s PNP-only round, which invited 228 provincial nominees" is background', () => {
    const page = [
      'Maple Gate Immigration Consulting — Calgary, AB',
      'Express Entry Draws #367 and #368: Education and Trades Back-to-Back',
      'September 18, 2025 · 5 min read',
      'Two category rounds in two days:',
      'Draw #367 — Education occupations — Wednesday, September 17, 2025',
      'ITAs: 2,500',
      'Lowest CRS: 462',
      'Tie-break: July 9, 2025 04:24:19 UTC',
      'Draw #368 — Trade occupations — Thursday, September 18, 2025',
      'ITAs: 1,250',
      'Lowest CRS: 505',
      'Tie-break: November 5, 2024 22:36:09 UTC',
      "Both come after Monday's PNP-only round, which invited 228 provincial nominees with a cut-off of 746.",
      'Why is the trades cut-off so high?',
      'At 505, the trades cut-off is far above the 433 needed in the last trades round in October 2024. The 2025 trades list is shorter, and many candidates with high language scores now qualify.',
      'Education is the surprise of the week: 2,500 ITAs, more than double the first education round in May.',
      'Want a profile review? Book a 30-minute call.',
    ].join('\n');
    expect(rounds(page, '2025-09-18')).toEqual([
      ['2025-09-17', '367', 'education', 2500, 462],
      ['2025-09-18', '368', 'trades', 1250, 505],
    ]);
  });

  it('"A ronda surge dois dias depois de um sorteio reservado ao Programa de Nomeados Provinciais (574 convites, 711 pontos)" under "8 de janeiro de 2026, 11:20"', () => {
    const page = [
      'MUNDO PORTUGUÊS',
      'Comunidades | Canadá',
      'Canadá convida 8000 candidatos a residência permanente e arranca 2026 em força',
      '8 de janeiro de 2026, 11:20',
      'O Governo canadiano enviou esta quarta-feira 8000 convites a candidatos da Classe de Experiência Canadiana (CEC), no âmbito do sistema Express Entry. A pontuação mínima exigida foi de 511 pontos.',
      'Trata-se do maior número de convites numa só ronda desde fevereiro de 2021.',
      'A ronda surge dois dias depois de um sorteio reservado ao Programa de Nomeados Provinciais (574 convites, 711 pontos).',
      'Na comunidade portuguesa de Toronto, muitos trabalhadores da construção civil com autorização de trabalho temporária esperam há anos por uma oportunidade. "É uma boa notícia, mas quem não tem inglês suficiente continua de fora", lamenta Manuel Sousa, da Aliança dos Clubes e Associações Portuguesas do Ontário.',
      'O plano de imigração de Otava para 2026 prevê 380 mil novos residentes permanentes.',
      'Partilhar: Facebook | X | E-mail',
    ].join('\n');
    expect(rounds(page, '2026-01-08')).toEqual([['2026-01-07', null, 'cec', 8000, 511]]);
  });

  it('"Bilan du mois d\'avril 2025" announces nothing', () => {
    const page = [
      'Horizon Canada Conseil — Bruxelles | Liège',
      'Accueil  Nos services  Actualités  Contact',
      "Bilan du mois d'avril 2025 : Entrée express au ralenti",
      '30/04/2025 — Rubrique : Actualités Canada',
      'Chères lectrices, chers lecteurs,',
      "Comme chaque fin de mois, voici notre bilan des rondes d'invitations Entrée express.",
      "Avril a été un mois calme : Immigration, Réfugiés et Citoyenneté Canada (IRCC) n'a organisé que deux rondes, toutes deux réservées aux candidats du Programme des candidats des provinces (PCP).",
      'Date | N° | Programme | Invitations | Score SCG minimum',
      '14/04/2025 | 342 | Candidats des provinces | 825 | 764',
      '28/04/2025 | 343 | Candidats des provinces | 421 | 727',
      'Total du mois : 1 246 invitations.',
      'Aucune ronde francophone en avril, après trois rondes records entre février et mars (6 500 invitations le 19 février, 4 500 le 6 mars et 7 500 le 21 mars, avec un seuil descendu à 379 points).',
      "Qu'en retenir pour les candidats belges ?",
      'Si vous avez un NCLC 7 ou plus en français, votre profil reste très compétitif : les rondes francophones reprendront probablement en mai ou en juin. Profitez de cette accalmie pour mettre à jour votre profil (expérience, test linguistique encore valide, preuve de fonds).',
      'Notre prochain bilan paraîtra fin mai.',
      "Prendre rendez-vous | S'inscrire à la newsletter",
      '© Horizon Canada Conseil SRL — Avenue Louise, Bruxelles',
    ].join('\n');
    expect(rounds(page, '2025-04-30')).toEqual([]);
  });
});

describe('"This week in Express Entry" anywhere in the lead makes a page of the week (u21-1-21)', () => {
  it('a bulletin\'s "This week in Express Entry: four draws in four days" over a table announces all four rows', () => {
    const page = [
      'BRITONS ABROAD',
      'Weekly Bulletin · Canada',
      'This week in Express Entry: four draws in four days',
      'Saturday 8 July 2023',
      'It was the busiest week in Express Entry history. Immigration, Refugees and Citizenship Canada ran four rounds of invitations between Tuesday and Friday, three of them under the new category-based system.',
      'Date | Round | Category | ITAs | Min CRS',
      '4 July 2023 | 253 | No program specified | 700 | 511',
      '5 July 2023 | 254 | STEM occupations | 500 | 486',
      '6 July 2023 | 255 | Healthcare occupations | 1,500 | 463',
      '7 July 2023 | 256 | French language proficiency | 2,300 | 439',
      "In total 5,000 invitations were issued this week. Last week's healthcare round (28 June) invited 500 at 476, so Thursday's cut-off was 13 points lower.",
      'For readers in the UK: the French-language round was the first of its kind, and the 439 cut-off shows how valuable a good TEF result can be.',
      'Next week: we look at how IEC working holiday participants can use their year in Canada for the CEC.',
      'Unsubscribe | Manage preferences',
    ].join('\n');
    expect(rounds(page, '2023-07-08').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2023-07-04', '253', 'general', 700, 511],
      ['2023-07-05', '254', 'stem', 500, 486],
      ['2023-07-06', '255', 'healthcare', 1500, 463],
      ['2023-07-07', '256', 'french', 2300, 439],
    ]);
  });
});

describe('a section "Also this week: French-language round" (u21-4-37)', () => {
  it('announces the round it heads, with "with scores as low as 397"; the round both followed stays background', () => {
    const page = [
      'Financial Courier | Economy | Labour',
      'Express Entry: first senior managers draw follows 5,500-ITA French round',
      'March 5, 2026 | By Daniel Okafor',
      'Ottawa on Thursday held the first Express Entry round reserved for senior managers with Canadian work experience, inviting 250 candidates with a minimum CRS score of 429.',
      'The new category, one of several added for 2026, targets executives in TEER 0 senior management occupations who have worked in Canada.',
      'Also this week: French-language round',
      'On Wednesday, March 4, IRCC invited 5,500 candidates in a French-language proficiency round, with scores as low as 397.',
      "Both rounds follow Tuesday's Canadian Experience Class draw, which needed 508 points.",
      'Business groups welcomed the managers\' stream. "Companies keep losing leaders whose work permits run out," said the Canadian Chamber of Commerce\'s policy director.',
      'Related: Immigration levels plan 2026-2028: what employers need to know',
    ].join('\n');
    expect(rounds(page, '2026-03-05')).toEqual([
      ['2026-03-05', null, 'managers', 250, 429],
      ['2026-03-04', null, 'french', 5500, 397],
    ]);
  });
});

describe('Hinglish days, a Spanish "frente a los 454 …, celebrada el 21 de enero", a byline with a city (u21-3-17, u21-4-11, p4-117)', () => {
  it('"Aaj 27 Aug 2024 ko IRCC ne draw no. 312 kiya" … "Kal PNP tha (1121 ITA @ 694), aaj CEC." … "agla draw 2 hafte mein"', () => {
    const page = [
      '*🇨🇦 CEC DRAW AA GAYA!!* 🎉🎉',
      'Aaj 27 Aug 2024 ko IRCC ne draw no. 312 kiya',
      '👉 Sirf CEC',
      '👉 3300 ITA',
      '👉 Cut-off CRS 507',
      'Kal PNP tha (1121 ITA @ 694), aaj CEC. Jisko ITA mila sab ko badhai ho 🙏🙏',
      'Jinka 500-506 hai, tension mat lo, agla draw 2 hafte mein aa sakta hai.',
      '_Forwarded from: Canada PR Help Group (Ludhiana)_',
    ].join('\n');
    const got = readDraws(page, '2024-08-27').map((d) => [d.primary, d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);
    expect(got).toEqual([
      [true, '2024-08-27', '312', 'cec', 3300, 507],
      [false, '2024-08-26', null, 'pnp', 1121, 694],
    ]);
  });

  it('"La puntuación mínima exigida fue de apenas 75 puntos sobre 1.200, frente a los 454 de la ronda anterior …, celebrada el 21 de enero"', () => {
    const page = [
      'DIARIO DE IBERIA',
      'Internacional | América | Canadá',
      'Canadá invita a 27.332 extranjeros a pedir la residencia permanente en una sola jornada',
      'El Gobierno de Trudeau rebaja a 75 puntos el listón de su sistema de inmigración para quienes ya trabajan en el país',
      'Lucía Fernández Ortega',
      'Toronto - 14 feb 2021 - 09:30 CET',
      'Canadá ha dado un golpe de timón a su política migratoria en plena pandemia. El sábado, el Ministerio de Inmigración (IRCC) envió 27.332 invitaciones para solicitar la residencia permanente a todos los candidatos de la Clase de Experiencia Canadiense inscritos en Express Entry, su sistema de selección por puntos.',
      'La puntuación mínima exigida fue de apenas 75 puntos sobre 1.200, frente a los 454 de la ronda anterior para esta misma clase, celebrada el 21 de enero. Nunca se habían enviado tantas invitaciones en un solo día.',
      'El país se ha fijado el objetivo de admitir a 401.000 nuevos residentes permanentes en 2021, pero el cierre de fronteras hace difícil que lleguen desde el extranjero. Por eso el Gobierno apuesta por quienes ya están dentro: estudiantes graduados y trabajadores temporales.',
      'Entre los beneficiados hay jóvenes españoles que llegaron con el programa Experiencia Internacional Canadá (el llamado working holiday) y acumularon un año de trabajo cualificado.',
      '"Fue una sorpresa total; me desperté con el correo", cuenta desde Vancouver una ingeniera madrileña de 29 años.',
      'Noticias relacionadas',
      'Canadá prorroga el cierre de su frontera con EE UU',
    ].join('\n');
    expect(rounds(page, '2021-02-14')).toEqual([['2021-02-13', null, 'cec', 27332, 75]]);
  });

  it('"March 5, 2026 | Videsh Visa Guru, Chandigarh" dates the page; "IRCC ne aaj … draw kiya" is today\'s, "Kal French draw hua tha" yesterday\'s', () => {
    const page = [
      'Pehla Senior Managers draw: 250 ITAs, CRS 429',
      'March 5, 2026 | Videsh Visa Guru, Chandigarh',
      'IRCC ne aaj senior managers with Canadian work experience category ka pehla draw kiya. Sirf 250 logon ko invite mila, cut-off 429.',
      'Kal French draw hua tha jismein 5,500 ITAs gaye the, cut-off 397. Parson CEC draw mein 4,000 ITAs at 508.',
      'Is hafte 10,014 invitations ho chuke hain.',
    ].join('\n');
    const got = readDraws(page, '2026-03-05').map((d) => [d.primary, d.date, d.program]);
    expect(got.slice(0, 2)).toEqual([
      [true, '2026-03-05', 'managers'],
      [false, '2026-03-04', 'french'],
    ]);
  });

  it('"kal" with a future ("agla draw kal ho sakta hai") dates no round; "aaj" dates today', () => {
    const page = ['CEC draw update', 'August 27, 2024', 'IRCC ne aaj CEC draw kiya: 3300 ITA, cut-off 507. Agla draw kal ho sakta hai, 2,000 ITAs expected.'].join('\n');
    expect(rounds(page, '2024-08-27')).toEqual([['2024-08-27', null, 'cec', 3300, 507]]);
  });
});

describe('a list of tie-breaks by round number under its heading (u21-4-35)', () => {
  it('"Tie-break times, for the curious:" / "#259 — June 30, 2023 at 11:45:05 UTC" / … gives each round its own', () => {
    const page = [
      'THE POOL — a weekly Express Entry newsletter',
      'Issue 58 · Friday, August 4, 2023',
      'This week in Express Entry: three draws, three different programs',
      'Hi everyone,',
      "Here's what happened this week:",
      '▶ Tue, Aug 1 — All-program round (#259): 2,000 ITAs, CRS 517',
      '▶ Wed, Aug 2 — French-language proficiency (#260): 800 ITAs, CRS 435',
      '▶ Thu, Aug 3 — Trade occupations (#261): 1,500 ITAs, CRS 388',
      'The trades round was the first of its kind, and its 388 cut-off is the lowest for any non-French round this year.',
      'Tie-break times, for the curious:',
      '#259 — June 30, 2023 at 11:45:05 UTC',
      '#260 — July 31, 2023 at 09:57:30 UTC',
      '#261 — June 7, 2023 at 07:03:08 UTC',
      'Reader question of the week',
      '"I\'m an electrician with 14 months of Canadian experience but my CRS is 402. Should I wait for another trades round?" Short answer: yes, keep your profile updated, and check that your NOC (72200) is in the list.',
      'See you next Friday,',
      '— M.',
      'Forward to a friend · Unsubscribe · View in browser',
    ].join('\n');
    expect(announcedDraws(page, '2023-08-04').map((d) => [d.drawNumber, d.tieBreak?.slice(0, 10) ?? null])).toEqual([
      ['259', '2023-06-30'],
      ['260', '2023-07-31'],
      ['261', '2023-06-07'],
    ]);
  });

  it('"#259 — June 30, 2023" without such a heading is no tie-break (guard)', () => {
    const page = ['Express Entry this week', 'August 4, 2023', 'Tue, Aug 1 — All-program round (#259): 2,000 ITAs, CRS 517', 'Earlier rounds:', '#258 — July 12, 2023'].join('\n');
    expect(announcedDraws(page, '2023-08-04').map((d) => d.tieBreak)).toEqual([null]);
  });
});

describe('u21: days a page tells in other ways (u21-1-25, u21-3-11, u21-4-07)', () => {
  const days = (text: string, published: string) => announcedDraws(text, published).map((d) => d.date);

  it('"… could be among 4,500 people invited to apply for permanent residence Thursday": the count and its day stay', () => {
    const page = [
      'Waterloo Region Chronicle',
      'LOCAL · BUSINESS',
      'Tech workers get Express Entry boost as Ottawa invites 4,500 in STEM draw',
      'Kyle Henderson',
      'Friday, April 12, 2024',
      'Hundreds of software developers, engineers and data scientists in Waterloo Region could be among 4,500 people invited to apply for permanent residence Thursday in a round reserved for science, technology, engineering and math occupations.',
      'The minimum score was 491 points. Under the tie-breaking rule, candidates with exactly 491 were invited if they had created their profile before Feb. 25, 2024 at 6:55:12 a.m. ET.',
      'It came a day after an all-program round that invited 1,280 people at a cut-off of 549.',
      '"We have about a dozen staff on work permits waiting on this," said Natalie Chen, head of people at a Kitchener software firm. "A STEM draw this size is huge for local tech."',
      'Waterloo immigration lawyer Amir Hassan said it was the first STEM round since December. "The cut-off came in lower than many expected for a round this large."',
    ].join('\n');
    expect(rounds(page, '2024-04-12')).toEqual([['2024-04-11', null, 'stem', 4500, 491]]);
  });

  it('"Yesterday\'s Express Entry round (December 19) was the last of 2019" is the news, not an earlier round', () => {
    const page = [
      'LankaMaple Community Newsletter',
      'Issue 48 | Friday, December 20, 2019',
      "Season's greetings from the LankaMaple team! 🎄",
      '1. IMMIGRATION CORNER',
      "Yesterday's Express Entry round (December 19) was the last of 2019. IRCC issued 3,200 invitations to apply, and the minimum CRS score was 469. This was the 133rd round since Express Entry started in 2015.",
      'Tie-breaking rule: November 14, 2019 at 08:41:33 UTC.',
      'With this round, IRCC issued a record number of invitations in 2019. Members who are in the pool with scores near 470 should be ready when rounds resume in January.',
      '2. COMMUNITY NEWS',
      '- Thai Pongal celebration at Scarborough Civic Centre, January 18. Volunteers needed.',
      '- Our Sinhala and Tamil language classes restart January 11.',
      '- Congratulations to the Mississauga Lions cricket team on the indoor title!',
      '3. NOTICES',
      'Free tax clinic dates for February will be announced in the next issue.',
      'To unsubscribe, reply with "REMOVE". LankaMaple is a volunteer-run, non-profit group.',
    ].join('\n');
    expect(days(page, '2019-12-20')).toEqual(['2019-12-19']);
  });

  it('"Agriculture & agri-food category draw just now — 600 ITAs, min CRS 354" is of the page\'s day', () => {
    const page = ['🚜 EE Draw Alerts', 'Agriculture & agri-food category draw just now — 600 ITAs, min CRS 354. First ever agri round! 🌾'].join('\n');
    expect(days(page, '2023-09-28')).toEqual(['2023-09-28']);
  });

  it('"Candidates could be invited in a round of 4,500" stays no round (guard)', () => {
    const page = ['STEM draw forecast', 'April 12, 2024', 'Software developers could be invited in a STEM round of 4,500 next week.'].join('\n');
    expect(rounds(page, '2024-04-12')).toEqual([]);
  });
});

describe('"One year ago today: the CRS 75 draw" (u22-3-15, a false alert of the day before)', () => {
  it('"On February 13, 2021, a Saturday, IRCC invited 27,332 …" under "Issue 61 · Sunday, February 13, 2022" announces nothing', () => {
    const page = [
      'The Maple Ledger — a newsletter for new and future immigrants',
      'Issue 61 · Sunday, February 13, 2022',
      'One year ago today: the CRS 75 draw',
      'Remember where you were? On February 13, 2021, a Saturday, IRCC invited 27,332 Canadian Experience Class candidates with a cut-off of 75 points. Basically every CEC profile in the pool got an invitation.',
      'Readers wrote in:',
      '"I was at a wedding in Mississauga. My phone blew up with WhatsApp messages. I had 431 and thought it was a joke." — Navjot',
      '"I had 68. SIXTY-EIGHT. Missed it by seven points. Got my ITA in June at 357 anyway." — Aiko',
      'Where are we now?',
      'A year later the picture is very different. CEC rounds stopped after September 14, 2021 (2,000 invitations at 462), and FSW draws have not happened since December 2020. Since then IRCC has only been running PNP-only rounds — the latest, on February 2, invited 1,070 candidates at 674.',
      'The backlog is the reason IRCC gives. Our take: expect all-program draws to return some time this year, but nobody has a date.',
      'Also in this issue',
      '• How to keep your profile valid (expiry after 12 months)',
      '• Reader Q&A: can I update my job offer after ITA?',
      'Forward to a friend · Unsubscribe',
    ].join('\n');
    expect(rounds(page, '2022-02-13')).toEqual([]);
    expect(readDraws(page, '2022-02-13').map((d) => [d.date, d.invitations, d.minCrs])[0]).toEqual(['2021-02-13', 27332, 75]);
  });
});

describe("tie-breaks told in a city's time (u22-2-40, u22-2-36)", () => {
  const tieBreaks = (sentence: string) => findTieBreaks(sentence, findDates(sentence, { published: { year: 2026, month: 8, day: 20 }, lastMonth: null })).map((t) => t.time?.zone);

  it('"Tie-break: 08 Aug 2026, 00:01:56 (Dhaka)" is Bangladesh time, so August 7 in UTC', () => {
    const page = ['Two draws this week', 'August 20, 2026', 'Monday: Provincial Nominee Program', 'ITAs: 442 | Cut-off: 760 | Tie-break: 08 Aug 2026, 00:01:56 (Dhaka)'].join('\n');
    expect(announcedDraws(page, '2026-08-20').map((d) => d.tieBreak)).toEqual(['2026-08-07T18:01:56Z']);
    expect(tieBreaks('Tie-break: 08 Aug 2026, 00:01:56 (Lagos)')).toEqual(['westAfrica']);
  });

  it('"March 8, 2026 at 7:02:28 p.m. (Mexico City)" is March 9 in UTC', () => {
    expect(tieBreaks('Tie-breaking rule: March 8, 2026 at 7:02:28 p.m. (Mexico City)')).toEqual(['mexico']);
    const page = ['PNP draw', 'June 24, 2026', 'IRCC invited 955 provincial nominees on June 22 with a minimum score of 730.', 'Tie-breaking rule: March 8, 2026 at 7:02:28 p.m. (Mexico City)'].join(
      '\n',
    );
    expect(announcedDraws(page, '2026-06-24').map((d) => d.tieBreak?.slice(0, 10))).toEqual(['2026-03-09']);
  });

  it('"14:02 est la limite" still names no zone (guard)', () => {
    expect(tieBreaks('Règle de départage : 8 mars 2026 à 14:02 est la limite')).not.toContain('est');
  });
});

describe('bylines in more shapes date the page, not the round (u22: six wrong days)', () => {
  const days = (text: string, published: string) => announcedDraws(text, published).map((d) => d.date);

  it('"February 20, 2026 | 07:40 GMT+7"', () => {
    const page = [
      'World | Americas',
      'Canada invites 391 doctors in first Express Entry draw for physicians',
      'February 20, 2026 | 07:40 GMT+7',
      'Canada on Thursday (Feb. 19) held its first Express Entry round reserved for physicians with Canadian work experience, inviting 391 doctors to apply for permanent residence.',
      'The minimum Comprehensive Ranking System score was 169, far below the scores needed in other rounds, reflecting the small number of candidates in the new category.',
      'Canadian provinces face a shortage of family doctors. Millions of Canadians do not have a regular physician.',
      'Foreign-trained doctors, including those from Vietnam, must usually pass Canadian licensing exams and complete residency training before they can practise.',
      'Related: Vietnamese students in Canada: new work permit rules explained',
    ].join('\n');
    expect(days(page, '2026-02-20')).toEqual(['2026-02-19']);
  });

  it('"October 20, 2016 · Makati City · 🌏"', () => {
    const page = [
      'PinoyCanada Visa Hub',
      'October 20, 2016 · Makati City · 🌏',
      '🇨🇦 EXPRESS ENTRY UPDATE, kabayan! Last night (Manila time) IRCC held round #45 of Express Entry — 1,804 invitations issued and the minimum CRS dropped to 475. The draw is dated October 19, 2016 in Ottawa.',
      "That's the most invitations in a single round since Express Entry began. Nurses, caregivers-turned-skilled workers and IT folks with 470+ points — stay ready! Send us a PM for a free CRS check. 📩",
      '👍 312   💬 58 comments   ↪ 41 shares',
      'Like · Comment · Share',
    ].join('\n');
    expect(days(page, '2016-10-20')).toEqual(['2016-10-19']);
  });

  it('"February 14, 2021 · by Luis Ortega, RCIC-affiliated advisor"', () => {
    const page = [
      'NorteVisa Consulting — Guadalajara · Monterrey · CDMX  (English edition)',
      'Historic Express Entry draw: 27,332 CEC candidates invited with a CRS of just 75',
      'February 14, 2021 · by Luis Ortega, RCIC-affiliated advisor',
      'Yesterday, Saturday February 13, 2021, IRCC held the largest Express Entry round ever: 27,332 invitations to Canadian Experience Class candidates, with a minimum Comprehensive Ranking System score of 75.',
      'Round: 176',
      'Tie-breaking rule: September 12, 2020 at 10:31:40 a.m. Mexico City time (15:31:40 UTC)',
      'Essentially every CEC candidate in the pool received an invitation. The previous round, on Wednesday February 10, was PNP-only and invited 654 candidates at 720.',
      'What this means for Mexicans in Canada',
      'If you are working in Canada on a work permit — including those who came through the CUSMA (T-MEC) professional category or a PGWP after studying — and you have 12 months of skilled Canadian work experience, you very likely got an ITA. You have 60 days to submit a complete application. Start your police certificates from Mexico (Constancia de Antecedentes) immediately.',
      'If you are outside Canada, this round did not include you. FSW candidates have not been invited since December.',
      'Questions? Write to us — we reply in English or Spanish.',
    ].join('\n');
    expect(days(page, '2021-02-14')).toEqual(['2021-02-13']);
  });

  it('"2016-11-17 08:40 | Editor: Lily Zhao | Views 3,214"', () => {
    const page = [
      'MapleBridge.ca 枫桥 | Chinese-Canadian community portal — English section',
      'Home > News > Immigration',
      'Express Entry draw No. 47: 2,427 ITAs, minimum CRS 470 — the last round before the new points rules',
      '2016-11-17 08:40 | Editor: Lily Zhao | Views 3,214',
      'IRCC issued 2,427 invitations to apply yesterday (November 16, 2016) in Express Entry round No. 47. The lowest score invited was 470.',
      'The draw came two weeks after the November 2 round (2,080 invitations, 472 points) and only three days before the large changes that take effect on November 19:',
      '- Points for a job offer go down from 600 to 50 (200 for senior managers in NOC 00)',
      "- New points for Canadian study: 15 for a one- or two-year credential, 30 for a three-year degree, master's or PhD",
      '- Time to submit an application after an ITA goes from 60 to 90 days',
      '- Some LMIA-exempt work permit holders (e.g. intra-company transferees) can claim job offer points',
      'Many readers in our WeChat group asked whether people who already have 600 job-offer points will lose them. Yes — profiles will be recalculated automatically on November 19.',
      "For students from China who graduated from Canadian colleges and universities, the study points are good news. A UBC master's graduate with CEC experience could gain 30 points.",
      'Comments (18)',
      'lao_wang_vancouver: Finally the 600 points are gone. Better for international students.',
      'Jenny_T: I am 461. Hope the next round is lower!',
      'Zhang_Wei_TO: Does a diploma from a private career college count? Anyone know?',
      "Editor reply: Only if it is from a Canadian post-secondary institution and the program was at least 8 months. Check IRCC's guide.",
      'Sunny_Richmond: My cousin in Shenyang has an LMIA job offer at a restaurant in Burnaby. After the 19th he only gets 50 points? That is very sad for him.',
      'Editor reply: Yes, a NOC B job offer will be worth 50 points from November 19.',
      'xiaomei_2016: The 90 days is helpful. Getting the no-criminal-record certificate (无犯罪记录证明) from my hometown police took 6 weeks last time.',
      'alex_hz: Anyone know if IRCC will do a bigger draw in December?',
      'Related: Quebec Skilled Worker (PEQ) changes | Study permit approval rates for China 2016',
      'Popular this week',
      '1. How to transfer RMB for proof of funds legally',
      '2. Vancouver rental market: November update',
      '3. Chinese New Year events in Richmond and Markham',
      '4. Notarial certificates from China: what IRCC accepts',
      'Newsletter: get MapleBridge immigration news every Friday — Subscribe',
      'About us | Advertise | 联系我们 | Privacy',
      '© 2016 MapleBridge Media',
    ].join('\n');
    expect(days(page, '2016-11-17')).toEqual(['2016-11-16']);
  });

  it('"Por Redacción | 25 de agosto de 2016 | 11:42 hrs"', () => {
    const page = [
      'MUNDO | MIGRACIÓN',
      'Canadá emite 750 invitaciones de Express Entry; el puntaje mínimo se dispara a 538',
      'Por Redacción | 25 de agosto de 2016 | 11:42 hrs',
      'CIUDAD DE MÉXICO.- El gobierno de Canadá realizó este miércoles la ronda 41 del sistema Express Entry, en la que invitó a 750 candidatos a solicitar la residencia permanente, informó el Ministerio de Inmigración, Refugiados y Ciudadanía (IRCC).',
      'El puntaje mínimo del Sistema Integral de Clasificación (CRS) fue de 538 puntos, un salto considerable frente a los 490 puntos del sorteo del 10 de agosto, cuando se emitieron 754 invitaciones.',
      'Especialistas consultados por este medio señalaron que el alza probablemente se debe a la llegada al grupo de un número elevado de candidatos con nominación provincial u oferta de empleo, que suman 600 puntos adicionales.',
      '"Para los profesionistas mexicanos el mensaje es claro: sin oferta de empleo ni nominación provincial, el camino es cada vez más competitivo", apuntó María Fernanda Ruiz, consultora regulada con oficinas en Guadalajara y Toronto.',
      'Cabe recordar que los ciudadanos mexicanos requieren visa para viajar a Canadá desde 2009, aunque el gobierno de Justin Trudeau se comprometió a eliminar el requisito antes de que termine el año.',
      'Etiquetas: Canadá · migración · empleo · visas',
      'Comentarios (12)',
    ].join('\n');
    expect(days(page, '2016-08-25')).toEqual(['2016-08-24']);
  });

  it('"21 de noviembre de 2024 | Por Lic. Andrea Salgado, RCIC"', () => {
    const page = [
      'MapleMx Asesoría Migratoria',
      'Inicio | Servicios | Express Entry | Estudiar en Canadá | Blog | Agenda tu cita',
      'Ronda #327 de Express Entry: 3,000 invitaciones para profesionales de la salud',
      '21 de noviembre de 2024 | Por Lic. Andrea Salgado, RCIC',
      'Ayer, miércoles 20 de noviembre, IRCC realizó la ronda #327 de Express Entry, dirigida a la categoría de ocupaciones de la salud.',
      '• Invitaciones: 3,000',
      '• CRS mínimo: 463',
      '• Regla de desempate: 21 de octubre de 2024 a las 16:12:39 UTC',
      'Para ponerlo en contexto, el martes hubo una ronda de la Clase de Experiencia Canadiense con apenas 400 invitaciones y un corte de 539, y el lunes una ronda PNP de 174 invitaciones con 816 puntos.',
      'Si eres enfermera, médico general, fisioterapeuta o trabajas como asistente de enfermería (NOC 33102) y tienes al menos seis meses de experiencia continua, esta categoría puede ser tu mejor oportunidad.',
      '📲 Escríbenos por WhatsApp y revisamos tu perfil sin costo.',
    ].join('\n');
    expect(days(page, '2024-11-21')).toEqual(['2024-11-20']);
  });

  it('"Physicians w/ Canadian experience" is the physicians category, not CEC (u22-3-37)', () => {
    const page = ['EE Weekly Tracker · Week of June 22–26, 2026', 'Published June 26, 2026', 'Four rounds this week:', 'Wed 24/06/2026 | Physicians w/ Canadian experience | 271 ITAs | CRS 223'].join(
      '\n',
    );
    expect(announcedDraws(page, '2026-06-26').map((d) => d.program)).toEqual(['physicians']);
  });
});

describe('u22: a week\'s rounds "one of them in a brand-new category"; "Resumo da semana" (u22-2-28, u22-4-14)', () => {
  it('"Last week IRCC held two category-based Express Entry rounds, one of them in a brand-new category" announces both', () => {
    const page = [
      'Lachance Mehta Avocats / Lawyers — Montréal · Ottawa',
      'Express Entry: first education-sector round and a healthcare round end a busy week',
      'Monday, May 5, 2025',
      'Last week IRCC held two category-based Express Entry rounds, one of them in a brand-new category.',
      'Thursday, May 1 — Education occupations (round 344)',
      '1,000 invitations were issued. The lowest-ranked candidate invited had 479 points. Tie-breaking rule: August 10, 2024 at 6:35:55 a.m. ET.',
      'Friday, May 2 — Healthcare and social services occupations (round 345)',
      '500 invitations; minimum score 510. Tie-breaking rule: July 21, 2024 at 12:31:17 a.m. ET.',
      'The education category covers elementary and secondary school teachers, early childhood educators and assistants, and instructors of persons with disabilities. Earlier in the week, a PNP round on April 28 invited 421 nominees.',
      'For teachers and ECEs',
      'If you hold a provincial teaching certificate or ECE registration, make sure your Express Entry profile lists your education occupation as your primary occupation with the correct NOC 2021 code. Candidates outside Canada are eligible too.',
      'For healthcare workers',
      'The healthcare cut-off was unusually high (510) with a small draw size. We expect larger healthcare rounds later this year.',
      'This publication is for information purposes only and does not constitute legal advice. Contact us at 514-XXX-XXXX.',
    ].join('\n');
    expect(rounds(page, '2025-05-05')).toEqual([
      ['2025-05-01', '344', 'education', 1000, 479],
      ['2025-05-02', '345', 'healthcare', 500, 510],
    ]);
  });

  it('"Resumo da semana no Express Entry" announces every row of its week', () => {
    const page = [
      'Portal Brasileiros no Exterior',
      'Canadá | Resumo da semana no Express Entry: rodada geral, saúde e agroalimentar',
      'Por Redação | 17/02/2024 às 10h30',
      'Semana movimentada no Express Entry. O IRCC realizou três rodadas de convites entre terça e sexta-feira:',
      'Data | Rodada | Programa/Categoria | Convites | Nota mínima',
      '13/02/2024 | nº 283 | Geral (todos os programas) | 1.490 | 535',
      '14/02/2024 | nº 284 | Profissões da saúde | 3.500 | 422',
      '16/02/2024 | nº 285 | Agricultura e agroalimentar | 150 | 437',
      'A rodada de saúde foi a grande notícia: 3.500 convites com nota de 422, bem abaixo da geral. Enfermeiros, técnicos de enfermagem e cuidadores (NOC 33102) com experiência qualificada nos últimos três anos podiam ser chamados.',
      'Já a rodada agroalimentar foi pequena — apenas 150 convites —, mas mostra que o IRCC continua usando todas as categorias anunciadas em 2023.',
      'Leia também: Canadá vai limitar permissões de estudo em 2024',
    ].join('\n');
    expect(
      rounds(page, '2024-02-17')
        .map((r) => r[1])
        .sort(),
    ).toEqual(['283', '284', '285']);
    // Session 48: with "agroalimentar" a program, "apenas 150 convites —, mas mostra que o IRCC continua usando todas as categorias
    // anunciadas em 2023" keeps its count (the year is the categories'), and the healthcare row keeps its program.
    expect(rounds(page, '2024-02-17').sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ['2024-02-13', '283', 'general', 1490, 535],
      ['2024-02-14', '284', 'healthcare', 3500, 422],
      ['2024-02-16', '285', 'agriculture', 150, 437],
    ]);
  });

  it('"IRCC announces a new category for trades" still announces nothing (guard)', () => {
    const page = [
      'IRCC announces a new category for trades',
      'June 1, 2023',
      'The department said the new category will be used in rounds later this year. The last round, on May 31, invited 589 candidates at 791.',
    ].join('\n');
    expect(rounds(page, '2023-06-01')).toEqual([]);
  });
});

describe('u22: pages that are no news in more shapes (monthly accounts, projections, "aucune ronde", a pool distribution)', () => {
  it('"Express Entry in March 2026: nearly 21,000 invited in nine rounds" on April 1 announces nothing', () => {
    const page = [
      'BUSINESS',
      'Express Entry in March 2026: nearly 21,000 invited in nine rounds',
      'By Helen Sarkis',
      'April 1, 2026',
      'Canada issued 20,982 invitations through Express Entry in March across nine rounds, making it one of the busiest months since 2023.',
      'Here is the full list:',
      'Round | Date | Type | Invitations | Cut-off',
      '399 | 2026-03-02 | Provincial Nominee Program | 264 | 710',
      '400 | 2026-03-03 | Canadian Experience Class | 4,000 | 508',
      '401 | 2026-03-04 | French-language proficiency | 5,500 | 397',
      '402 | 2026-03-05 | Senior managers | 250 | 429',
      '403 | 2026-03-16 | Provincial Nominee Program | 362 | 742',
      '404 | 2026-03-17 | Canadian Experience Class | 4,000 | 507',
      '405 | 2026-03-18 | French-language proficiency | 4,000 | 393',
      '406 | 2026-03-30 | Provincial Nominee Program | 356 | 802',
      '407 | 2026-03-31 | Canadian Experience Class | 2,250 | 509',
      'The CEC cut-off fell to 507 in mid-March before rising to 509. French rounds accounted for nearly half of all invitations.',
      'Analysts expect April to follow the same pattern.',
    ].join('\n');
    expect(rounds(page, '2026-04-01')).toEqual([]);
  });

  it('"Canadá cerró enero …", "Las tres rondas del mes" announces nothing', () => {
    const page = [
      'El Observador Porteño',
      'Sociedad > Emigrar',
      'Canadá cerró enero con 11.150 invitaciones en Express Entry',
      'Las tres rondas del mes muestran un puntaje en baja: de 449 a 438 puntos',
      'Lunes 4 de febrero de 2019',
      'Para los argentinos que evalúan instalarse en Canadá, enero dejó buenas noticias. El sistema Express Entry, que administra las solicitudes de residencia permanente de trabajadores calificados, realizó tres rondas de invitaciones durante el mes y el puntaje de corte bajó en cada una de ellas:',
      '- 9 de enero: 3.900 invitaciones, puntaje mínimo 449',
      '- 23 de enero: 3.900 invitaciones, puntaje mínimo 443',
      '- 30 de enero: 3.350 invitaciones, puntaje mínimo 438',
      'En total, 11.150 candidatos recibieron la invitación en el primer mes del año, frente a 5.500 en enero de 2018.',
      '"El puntaje de 438 es el más bajo desde hace casi un año. Un profesional de 30 años, con título universitario, buen inglés y tres años de experiencia puede rondar esos valores", explicó Martín Echeverría, asesor migratorio en Buenos Aires.',
      'El plan de niveles de inmigración de Canadá prevé 81.400 admisiones por la vía económica federal en 2019.',
      'Compartir en WhatsApp | Facebook | Twitter',
      'Más leídas: Working Holiday en Canadá: cuándo abre el cupo 2019',
    ].join('\n');
    expect(rounds(page, '2019-02-04')).toEqual([]);
  });

  it('"¿Bajará el CRS de 500 …? Nuestra proyección", "20 de octubre de 2022 · Lectura: 6 min" announces nothing', () => {
    const page = [
      'Andes Migración Consultores — Santiago · Vancouver',
      'Blog / Express Entry',
      '¿Bajará el CRS de 500 antes de fin de año? Nuestra proyección para Express Entry',
      '20 de octubre de 2022 · Lectura: 6 min',
      'Desde la reanudación de los sorteos generales en julio, el puntaje de corte no ha hecho más que bajar. En el último sorteo, el 12 de octubre, IRCC invitó a 4.250 candidatos con un mínimo de 500 puntos, tras 3.750 invitaciones con 504 puntos el 28 de septiembre y 3.250 con 510 el 14 de septiembre.',
      'Nuestra proyección (no oficial):',
      'Sorteo estimado | Invitaciones | CRS estimado',
      '26 de octubre | 4.500–5.000 | 494–498',
      '9 de noviembre | 4.750–5.000 | 490–495',
      'Diciembre | 5.000 | 485–492',
      '¿Qué significa para los chilenos? Con un puntaje de 480, un ingeniero de 32 años con inglés CLB 9 podría recibir invitación antes de fin de año si la tendencia continúa. Recomendamos mantener vigentes los resultados de IELTS y la evaluación de títulos (ECA).',
      'Agenda una evaluación gratuita →',
    ].join('\n');
    expect(rounds(page, '2022-10-20')).toEqual([]);
  });

  it('"Aucune ronde d\'invitations Entrée express n\'a eu lieu cette semaine" over "• 30 mai 2024 — Programme des candidats des provinces" announces nothing', () => {
    const page = [
      'Helvetia Mobilité Internationale — Genève · Lausanne',
      'Veille Entrée express — semaine du 3 au 7 juin 2024',
      'Publié le 7 juin 2024',
      "Aucune ronde d'invitations Entrée express n'a eu lieu cette semaine. Pour mémoire, les derniers tirages remontent à la semaine dernière :",
      '• 30 mai 2024 — Programme des candidats des provinces : 2 985 invitations, score minimal 676',
      "• 31 mai 2024 — Catégorie de l'expérience canadienne : 3 000 invitations, score minimal 522",
      "Aucun tirage par catégorie n'a eu lieu depuis le 24 avril (français : 1 400 invitations, 410 points).",
      "Notre lecture : les tirages ciblant la maîtrise du français restent la meilleure porte d'entrée pour nos clients suisses romands. Un score NCLC 7 en français, même sans expérience canadienne, peut suffire si le tirage francophone reprend au niveau observé au printemps.",
      'Prochaine veille : vendredi 14 juin.',
      'Contact | Mentions légales | Se désabonner',
    ].join('\n');
    expect(rounds(page, '2024-06-07')).toEqual([]);
  });

  it('"Distribución de puntajes CRS en el pool" announces nothing', () => {
    const page = [
      'Puente Norte Migraciones — Medellín',
      'Distribución de puntajes CRS en el pool de Express Entry',
      'Publicado: 10 de febrero de 2026',
      'IRCC actualizó la distribución de puntajes de los candidatos activos en el pool (datos al 8 de febrero de 2026):',
      'Rango CRS | Candidatos',
      '601-1200 | 468',
      '501-600 | 21.317',
      '451-500 | 68.942',
      '401-450 | 63.115',
      '351-400 | 55.870',
      '301-350 | 24.806',
      '0-300 | 7.612',
      'Total | 242.130',
      'Desde el último sorteo (6 de febrero, dominio del francés: 8.500 invitaciones con 400 puntos) el número de perfiles en el rango 451-500 volvió a subir. La ronda PNP del 3 de febrero (423 invitaciones, 749 puntos) apenas movió la parte alta.',
      '¿Estás entre 451 y 500? Hablemos de cómo sumar puntos con francés o una nominación provincial.',
    ].join('\n');
    expect(rounds(page, '2026-02-10')).toEqual([]);
  });

  it('"Also this week: British Columbia invited 181 tech workers in its PNP draw, and IRCC confirmed …" is a province\'s round (u22-4-25)', () => {
    const page = [
      'The Friday Pool — This week in Express Entry',
      'Sep 29, 2023',
      "Three rounds, three very different cut-offs. Here's what happened:",
      'Tuesday — all programs: 3,000 invitations, minimum CRS 504. Down from 531 last week, but still above 500.',
      'Wednesday — French-language proficiency: 500 invitations, minimum CRS 472. A small round, and a higher cut-off than francophones got used to in July.',
      'Thursday — agriculture and agri-food: 600 invitations, minimum CRS 354. The first round ever for this category, and the lowest cut-off of any round this year.',
      'Also this week: British Columbia invited 181 tech workers in its PNP draw, and IRCC confirmed that open work permits for some spouses will be extended.',
      'See you next Friday.',
      '— The Friday Pool team',
    ].join('\n');
    expect(rounds(page, '2023-09-29').map((r) => r[2])).toEqual(['general', 'french', 'agriculture']);
  });

  it('"Express Entry in March 2026" on a page of March 26, 2026 is still news of its month (guard)', () => {
    const page = ['Express Entry in March 2026: CEC round today', 'March 26, 2026', 'IRCC invited 4,000 Canadian Experience Class candidates today with a minimum score of 507.'].join('\n');
    expect(rounds(page, '2026-03-26')).toEqual([['2026-03-26', null, 'cec', 4000, 507]]);
  });
});

describe('cut-offs told after a count in more shapes (u22-1-20, u22-4-09, u22-4-20)', () => {
  const cutoffs = (text: string, published: string) => announcedDraws(text, published).map((d) => d.minCrs);

  it('"invited 7,000 candidates whose scores were as low as 365"', () => {
    const page = [
      'Back-to-back Express Entry draws',
      'February 2, 2024',
      'On February 1, a French-language proficiency draw invited 7,000 candidates whose scores were as low as 365 — the largest ever targeted draw.',
    ].join('\n');
    expect(cutoffs(page, '2024-02-02')).toEqual([365]);
  });

  it('"PNP: 940 convites | corte 711" and "CEC: 6.000 convites | corte 368"', () => {
    const page = ['🚨 DUAS RODADAS ESSA SEMANA NO EXPRESS ENTRY!', '📅 09/06/2021 — PNP: 940 convites | corte 711', '📅 10/06/2021 — CEC: 6.000 convites | corte 368'].join('\n');
    expect(cutoffs(page, '2021-06-11')).toEqual([711, 368]);
  });

  it('"(1 000 invitations, 523 points)" in a French list of the week', () => {
    const page = [
      'Canada : trois tirages Entrée express en trois jours',
      'Publié le 20 août 2026',
      "Immigration, Réfugiés et Citoyenneté Canada (IRCC) a enchaîné cette semaine trois rondes d'invitations :",
      '– lundi 17 août, un tirage réservé au Programme des candidats des provinces (442 invitations, score minimal de 760) ;',
      "– mardi 18 août, un tirage de la catégorie de l'expérience canadienne (1 000 invitations, 523 points) ;",
    ].join('\n');
    expect(cutoffs(page, '2026-08-20')).toEqual([760, 523]);
  });

  it('"(1 000 invitations, 12 points)" is no cut-off below the lowest score a round has had (guard)', () => {
    const page = ['CEC draw', 'August 18, 2026', 'IRCC invited 1,000 CEC candidates today (1 000 invitations, 12 points).'].join('\n');
    expect(cutoffs(page, '2026-08-18')).toEqual([null]);
  });
});

describe('u22: a French clock in hours, minutes and seconds; a round that "did not include FSW candidates"; Spanish "ocupaciones sanitarias"', () => {
  it('"Départage : 24 février 2020, 06 h 02 min 57 s UTC" is the tie-break to the second, and 57 is no cut-off (u22-4-07)', () => {
    const page = [
      'Entrée Express : 3 900 ITA au tirage n°138, CRS 471',
      'Actualités | 5 mars 2020',
      "IRCC a procédé hier, mercredi, au tirage n°138 d'Entrée Express. Aucun programme n'était précisé.",
      '▶ Invitations : 3 900',
      '▶ Score minimal : 471 points',
      '▶ Départage : 24 février 2020, 06 h 02 min 57 s UTC',
    ].join('\n');
    expect(announcedDraws(page, '2020-03-05').map((d) => [d.drawNumber, d.invitations, d.minCrs, d.tieBreak])).toEqual([['138', 3900, 471, '2020-02-24T06:02:57Z']]);
  });

  it('"This round did not include FSW candidates" leaves the CEC round its program (u22-2-21)', () => {
    const page = [
      'CEC draw: 6,300 invited',
      'July 18, 2024',
      'IRCC invited 6,300 Canadian Experience Class candidates on Wednesday, July 17, 2024. The lowest score invited was 515.',
      'If you are outside Canada',
      'This round did not include FSW candidates. Watch for category-based and general rounds.',
    ].join('\n');
    expect(rounds(page, '2024-07-18')).toEqual([['2024-07-17', null, 'cec', 6300, 515]]);
  });

  it('"los candidatos con experiencia en ocupaciones sanitarias" is the healthcare category (u22-4-13)', () => {
    const page = [
      'Canadá estrena su selección por categorías con 500 invitaciones',
      'Madrid | 29 jun 2023',
      'El Gobierno de Canadá celebró este miércoles el primer sorteo basado en categorías. Solo podían recibir invitación los candidatos con experiencia en ocupaciones sanitarias: se enviaron 500 invitaciones y la puntuación mínima fue de 476.',
    ].join('\n');
    expect(announcedDraws(page, '2023-06-29').map((d) => d.program)).toEqual(['healthcare']);
  });
});

describe('a numeric tie-break day with a time in a day-first zone (u22-2-33, u21-2-29)', () => {
  it('"Tie-break: 06/10/2025 07:24:31 IST" is October 6 (India writes the day first)', () => {
    const page = [
      'PNP draw',
      '8 January 2026, 11:30 IST',
      'Round 389 — Provincial Nominee Program',
      'Date: 5 January 2026',
      'ITAs: 574',
      'CRS cut-off: 711',
      'Tie-break: 06/10/2025 07:24:31 IST',
    ].join('\n');
    expect(announcedDraws(page, '2026-01-08').map((d) => d.tieBreak)).toEqual(['2025-10-06T01:54:31Z']);
  });

  it('"Tie-break: 06/10/2025 07:24:31 ET" stays unread: the order is not told (guard)', () => {
    const page = ['PNP draw', 'January 8, 2026', 'Round 389 — Provincial Nominee Program', 'Date: January 5, 2026', 'ITAs: 574', 'CRS cut-off: 711', 'Tie-break: 06/10/2025 07:24:31 ET'].join('\n');
    expect(announcedDraws(page, '2026-01-08').map((d) => d.tieBreak)).toEqual([null]);
  });
});

describe('u22: a screenshot\'s words, Portuguese "mínimo de 462 pontos", a live blog stamped with weekdays', () => {
  it('"[image] Screenshot: IRCC rounds page — "… · Tie-breaking rule: June 10, 2025 at 15:59:25 UTC"" gives the tie-break (u22-3-35)', () => {
    const page = [
      'r/ImmigrationCanada',
      'Posted by u/pgwp_clock_ticking · 2026-01-07',
      '8,000 CEC ITAs today at 511!!! Happy new year indeed 🎆',
      '[image] Screenshot: IRCC rounds page — "Canadian Experience Class · 8,000 invitations · lowest score 511 · Tie-breaking rule: June 10, 2025 at 15:59:25 UTC"',
      'My PGWP ends in March and I had 514. I literally screamed at work. Biggest CEC round in years?',
      'Flair: ITA Received 🎉',
      '512 comments · Share · Save',
      'u/hamilton_hustle · 203 points',
      'Biggest since the 2021 days for sure. Last CEC in December was 5,000 at 515.',
      'u/manila_to_montreal · 118 points',
      'Got it at 512!!! Salamat sa lahat ng tips dito 🙏',
      'u/tehran_dev_TO · 74 points',
      "511 with tie-break in June 2025 means basically everyone at 511 got in. I'm 509, dying inside.",
      '  u/pgwp_clock_ticking · 31 points',
      '  Next one will be lower, hang in there.',
      'u/lahore_nurse_rn · 40 points',
      'Any healthcare round expected this month?',
      'u/AutoModerator · 1 point',
      'Reminder: do not share your UCI or application number.',
    ].join('\n');
    expect(announcedDraws(page, '2026-01-07').map((d) => d.tieBreak)).toEqual(['2025-06-10T15:59:25Z']);
  });

  it('"2.500 convites, mínimo de 462 pontos (ronda n.º 367)" and the next day\'s "1.250 convites, mínimo de 505 pontos" (u22-4-18)', () => {
    const page = [
      'Rumo ao Norte — Emigrar para o Canadá',
      'Express Entry: rondas de educação e de ofícios em dias seguidos',
      'Publicado a 19 de setembro de 2025 por Rui Carvalho',
      'O IRCC voltou às rondas por categoria, e logo duas em dias consecutivos:',
      'Quarta-feira, 17 de setembro — Educação: 2.500 convites, mínimo de 462 pontos (ronda n.º 367)',
      'Quinta-feira, 18 de setembro — Ofícios (trades): 1.250 convites, mínimo de 505 pontos (ronda n.º 368)',
      'A ronda de educação é a segunda de sempre nesta categoria; a primeira, a 1 de maio, tinha convidado 1.000 candidatos com 479 pontos. Educadores de infância e professores auxiliares são os grandes beneficiados.',
      'Para quem trabalha em Portugal como eletricista ou canalizador, lembrem-se: para entrar na categoria de ofícios é preciso ter pelo menos seis meses de experiência contínua numa das profissões elegíveis nos últimos três anos.',
      'Comentários (7)',
    ].join('\n');
    expect(rounds(page, '2025-09-19')).toEqual([
      ['2025-09-17', '367', 'education', 2500, 462],
      ['2025-09-18', '368', 'trades', 1250, 505],
    ]);
  });

  it('"Fri 4:38 PM — ✅ Healthcare and social services round is out" is Friday\'s round; "Thu 3:02 PM — 🩺 Physicians …" Thursday\'s (u22-3-36)', () => {
    const page = [
      'LIVE BLOG: Healthcare week in Express Entry',
      'Naija Nurses in Canada (NNC) community · Updated Friday, February 20, 2026, 4:40 PM ET',
      'All times Eastern. Newest first.',
      'Fri 4:38 PM — ✅ Healthcare and social services round is out: 4,000 invitations, minimum CRS 467. Tie-break December 9, 2025 at 1:22:06 PM ET.',
      "Fri 11:00 AM — Lots of you asking if yesterday's physicians round means no healthcare round this week. Not necessarily… watching.",
      'Thu 5:15 PM — Dr. Amaka (family physician, Winnipeg) confirms she got her ITA in the physicians round. Congrats, Doc! 👩🏾‍⚕️',
      'Thu 3:02 PM — 🩺 Physicians with Canadian work experience round: 391 invitations, minimum CRS 169 (yes, one-six-nine). Tie-breaking rule: January 2, 2026 at 10:25:14 PM ET.',
      'Thu 9:30 AM — Blog opens. Reminder: the physicians category only covers doctors with at least one year of Canadian work experience.',
      'Join NNC WhatsApp · Donate to keep the blog ad-free · Share',
    ].join('\n');
    expect(readDraws(page, '2026-02-20').map((d) => [d.date, d.program])).toEqual([
      ['2026-02-20', 'healthcare'],
      ['2026-02-19', 'physicians'],
    ]);
  });
});

describe('"30 May 2024 — Provincial Nominee Program (Draw No. 296)" is a round\'s heading, not a dateline (u22-2-20)', () => {
  it('each heading gives its round its day', () => {
    const page = [
      'Faisal & Co. Immigration Consultants — Islamabad | Rawalpindi',
      'Express Entry resumes after 5 weeks: PNP and CEC rounds on 30 and 31 May',
      'Saturday, 1 June 2024',
      'After a five-week pause, IRCC held two Express Entry draws this week.',
      '30 May 2024 — Provincial Nominee Program (Draw No. 296)',
      '• Invitations: 2,985',
      '• CRS cut-off: 676',
      '• Tie-breaking: 19 January 2024, 11:32:21 PM PKT',
      '31 May 2024 — Canadian Experience Class (Draw No. 297)',
      '• Invitations: 3,000',
      '• CRS cut-off: 522',
      '• Tie-breaking: 19 March 2024, 11:58:58 PM PKT',
      'The PNP round is one of the largest ever; the CEC round is the first CEC-only round since 2021.',
      'What it means for Pakistani applicants',
      'Those inside Canada (PGWP holders, spouses on open work permits) gained the most. For applicants in Pakistan, provincial nomination is currently the strongest route — Saskatchewan, Alberta and Ontario have been active this spring.',
      'Call 051-XXXXXXX or visit us at Blue Area.',
    ].join('\n');
    expect(announcedDraws(page, '2024-06-01').map((d) => [d.date, d.drawNumber])).toEqual([
      ['2024-05-30', '296'],
      ['2024-05-31', '297'],
    ]);
  });

  it('"May 3, 2024 — IRCC held a CEC round" keeps its dateline reading (guard)', () => {
    const page = ['CEC draw', 'May 3, 2024 — IRCC held a Canadian Experience Class round on Thursday, inviting 2,000 candidates with a minimum score of 522.'].join('\n');
    expect(announcedDraws(page, '2024-05-03').map((d) => d.date)).toEqual(['2024-05-02']);
  });
});

describe("a diary entry's number (p3-222)", () => {
  it('"My Express Entry journey, entry #37" is no round number; "Express Entry #290" still is', () => {
    expect(findDrawNumbers('My Express Entry journey, entry #37 - August 7, 2026')).toEqual([]);
    expect(findDrawNumbers('Express Entry #290: 3,000 CEC candidates invited').map((m) => m.value)).toEqual(['290']);
  });
});

describe("a province's round in the headline, the federal round recalled below (u8-139)", () => {
  it('"Ontario invites skilled workers in latest provincial draw" over "The most recent federal Express Entry draw …, on July 7" announces nothing', () => {
    const page = [
      'Ontario invites skilled workers in latest provincial draw',
      'Overseas Pakistanis desk | July 16, 2025',
      "Ontario's provincial nominee program has issued new invitations in its Employer Job Offer streams, targeting candidates in health care and skilled trades.",
      'This was a provincial draw, not a federal Express Entry round, and invited candidates need a job offer from an Ontario employer. Those who are later nominated can add 600 points to their Express Entry score if they have a profile in the federal pool.',
      'The most recent federal Express Entry draw for provincial nominees, on July 7, invited 356 candidates with a minimum CRS score of 750.',
      "Pakistani nurses and personal support workers with Ontario job offers are advised to check eligibility on the province's website.",
    ].join('\n');
    expect(rounds(page, '2025-07-16')).toEqual([]);
  });
});

describe('a section "What changed from last week" holds last week\'s rounds (u8-324)', () => {
  it('"The September 19 round invited 3,200" under it is no round of the tracker\'s week', () => {
    const page = [
      'Express Entry draw tracker: three rounds this week',
      'Updated September 28, 2023',
      'IRCC held three Express Entry rounds of invitations this week, including the first ever round for agriculture and agri-food occupations.',
      'Round | Date | Type | ITAs | Min CRS',
      '#265 | Sept 26 | All programs | 3,000 | 504',
      '#266 | Sept 27 | French language proficiency | 500 | 472',
      '#267 | Sept 28 | Agriculture and agri-food | 600 | 354',
      'What changed from last week',
      'The all-program cut-off fell from 531 on September 19 to 504. The September 19 round invited 3,200, followed by 1,000 transport invitations at 435 on September 20.',
    ].join('\n');
    expect(rounds(page, '2023-09-28').map((r) => r[1])).toEqual(['265', '266', '267']);
  });
});

describe('French "avait déjà mené une ronde" is an earlier round (u24-2-22)', () => {
  it('"La semaine dernière, IRCC avait déjà mené une ronde … (668 invitations, 720 points)" leaves the news its own', () => {
    const page = [
      "Immigration : malgré la pandémie, Ottawa invite 3 232 candidats de l'expérience canadienne",
      "La Presse francophone de l'Ouest | Mardi 24 mars 2020",
      "Malgré la fermeture des frontières, Immigration, Réfugiés et Citoyenneté Canada (IRCC) a tenu lundi une ronde d'invitations d'Entrée express réservée aux candidats de la catégorie de l'expérience canadienne (CEC).",
      "Au total, 3 232 personnes ont été invitées, avec un score minimal de 467. Le départage s'est fait au 25 novembre 2019 à 14:00:35 UTC.",
      'La semaine dernière, IRCC avait déjà mené une ronde réservée aux candidats des programmes provinciaux (668 invitations, 720 points). Le ministère explique cibler les candidats qui se trouvent probablement déjà au Canada.',
      "« C'est un signal fort pour les étudiants étrangers diplômés », estime la professeure Nadia Haddad, de l'Université de Saint-Boniface.",
      'Vos commentaires (7) • Imprimer • Partager',
    ].join('\n');
    expect(rounds(page, '2020-03-24')).toEqual([['2020-03-23', null, 'cec', 3232, 467]]);
  });
});

describe("a sentence listing the week's rounds, each with its day (u24-1-26)", () => {
  it('"IRCC held a general round on Wednesday, a French-language round on Thursday and, today, the largest STEM round so far (round 274, …)"', () => {
    const page = [
      'Latest Express Entry Draws – Complete List',
      'Last updated: December 8, 2023',
      "This week's update: three draws in three days! IRCC held a general round on Wednesday, a French-language round on Thursday and, today, the largest STEM round so far (round 274, tie-breaking rule September 07, 2023 at 09:24:49 UTC). They are the top three rows below.",
      'Draw # | Date | Round type | Invitations | CRS',
      '274 | 2023-12-08 | STEM occupations | 5,900 | 481',
      '273 | 2023-12-07 | French language proficiency | 1,000 | 470',
      '272 | 2023-12-06 | General | 4,750 | 561',
      '271 | 2023-10-26 | Healthcare occupations | 3,600 | 431',
      '270 | 2023-10-25 | French language proficiency | 300 | 486',
      '269 | 2023-10-24 | Provincial Nominee Program | 1,548 | 776',
      '268 | 2023-10-10 | No program specified | 3,725 | 500',
      '267 | 2023-09-28 | Agriculture and agri-food | 600 | 354',
      '266 | 2023-09-27 | French language proficiency | 500 | 472',
      'Note: the general round of December 6 included provincial nominees, which is why its cut-off (561) is so high.',
      'See also: CRS calculator | Express Entry eligibility checker | Our draw predictions',
      '© 2023 Pathfinder Immigration Inc.',
    ].join('\n');
    expect(announcedDraws(page, '2023-12-08').map((d) => [d.date, d.drawNumber, d.program, d.tieBreak?.slice(0, 10) ?? null])).toEqual([
      ['2023-12-06', '272', 'general', null],
      ['2023-12-08', '274', 'stem', '2023-09-07'],
      ['2023-12-07', '273', 'french', null],
    ]);
  });
});
