import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/**
 * Session 34 of the reader (issue 14): each case is the shape of a made-up page (test/parse/made-up/) the reader got wrong
 * (docs/parser.md "Session 34").
 */

const programs = loadPrograms();
const announced = (text: string, published?: string) => parseArticle(text, { programs, ...(published ? { published } : {}) }).draws.filter((d) => d.primary);
const drawsOf = (text: string, published: string) => parseArticle(text, { programs, published }).draws.map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);
const facts = (text: string, published: string) => announced(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

describe('a headline with the round, a sentence with its day, then a list of its facts (u1-208)', () => {
  it('the day named before "Here are the details:" is the listed round\u2019s', () => {
    expect(
      facts(
        'Express Entry Draw #150: 3,515 CEC invitations at 440\nMaple Path Consulting | Blog | May 29, 2020\nIRCC held another round of invitations on Thursday, May 28, 2020. Here are the details:\nDraw number: 150\nProgram: Canadian Experience Class\nInvitations issued: 3,515\nMinimum CRS score: 440\nTie-breaking rule: March 7, 2020 at 10:36:59 UTC\nThe cut-off fell from the previous CEC round on May 15 (3,371 ITAs, 447 points).',
        '2020-05-29',
      ),
    ).toEqual([['2020-05-28', '150', 'cec', 3515, 440]]);
  });
  it('without the introduction too', () => {
    expect(
      facts(
        'Express Entry Draw #150: 3,515 CEC invitations at 440\nMaple Path Consulting | Blog | May 29, 2020\nIRCC held another round of invitations on Thursday, May 28, 2020.\nDraw number: 150\nProgram: Canadian Experience Class\nInvitations issued: 3,515\nMinimum CRS score: 440',
        '2020-05-29',
      ),
    ).toEqual([['2020-05-28', '150', 'cec', 3515, 440]]);
  });
});

describe('"held two simultaneous rounds on May 30, one for FST and one for PNP candidates", then a heading and facts for each (u1-210)', () => {
  it('both headed rounds are announced, each with the day of the sentence that introduced them', () => {
    expect(
      facts(
        'IRCC holds two program-specific draws\nNorthgate Law | Insights | May 31, 2018\nOn May 30, 2018, Immigration, Refugees and Citizenship Canada held two simultaneous rounds of invitations, one targeting Federal Skilled Trades candidates and one targeting Provincial Nominee Program candidates.\nFederal Skilled Trades round\n- Invitations: 500\n- Lowest-ranked score: 288\nProvincial Nominee Program round\n- Invitations: 200\n- Lowest-ranked score: 902',
        '2018-05-31',
      ),
    ).toEqual([
      ['2018-05-30', null, 'fst', 500, 288],
      ['2018-05-30', null, 'pnp', 200, 902],
    ]);
  });
});

describe('"B.C. invites 96 skilled workers in latest provincial nominee draw" (u3-137)', () => {
  it('a province written as its abbreviation tells that province\u2019s round, not an Express Entry draw', () => {
    expect(
      announced(
        'B.C. invites 96 skilled workers in latest provincial nominee draw\nCoast Daily | April 9, 2026\nThe B.C. Provincial Nominee Program invited 96 skilled workers on Tuesday, in a draw focused on health-care workers.\n- health-care professionals: 61 invitations, minimum score 85\n- early childhood educators: 23 invitations, minimum score 82',
        '2026-04-09',
      ),
    ).toEqual([]);
  });
  it('so does "P.E.I. invites 120 candidates"', () => {
    expect(
      announced('P.E.I. invites 120 candidates in its monthly nominee draw\nIsland News | June 20, 2024\nThe province invited 120 candidates on Thursday with a minimum score of 65.', '2024-06-20'),
    ).toEqual([]);
  });
});

describe('a Spanish page: a headline "falls below 500", and "without a job offer nor a provincial nomination" (u3-302)', () => {
  it('"baja de 500" is no cut-off, and a provincial nomination candidates lacked is no program', () => {
    expect(
      facts(
        'Express Entry: el puntaje mínimo baja de 500 por primera vez\nRedacción Norte | 21 de marzo de 2015\nEl viernes 20 de marzo, Ciudadanía e Inmigración Canadá invitó a 1.620 candidatos con un puntaje CRS mínimo de 481.\nEs la primera vez que el corte queda por debajo de 500 puntos: por fin recibieron invitación candidatos sin oferta de empleo ni nominación provincial.',
        '2015-03-21',
      ),
    ).toEqual([['2015-03-20', null, 'general', 1620, 481]]);
  });
});

describe('a Portuguese page with a heading per round: "Quinta-feira, 6 de agosto – FST", "Convites: 250", "Critério de desempate: perfis enviados até …" (u3-312)', () => {
  const page =
    'Express Entry: duas rodadas na mesma semana\nPor Redação | 7 de agosto de 2020\nO Canadá realizou duas rodadas do Express Entry nesta semana.\nQuarta-feira, 5 de agosto – todos os programas\nConvites: 3.900\nPontuação mínima: 476\nCritério de desempate: perfis enviados até 27 de julho de 2020, às 01:02:47 UTC\nQuinta-feira, 6 de agosto – Federal Skilled Trades (FST)\nConvites: 250\nPontuação mínima: 415';
  it('each heading dates its round (a weekday is no dateline\u2019s place), the labelled count is the invitations', () => {
    expect(facts(page, '2020-08-07')).toEqual([
      ['2020-08-05', null, 'general', 3900, 476],
      ['2020-08-06', null, 'fst', 250, 415],
    ]);
  });
  it('the tie-break is the day profiles were sent by, not a round\u2019s day', () => {
    expect(announced(page, '2020-08-07').map((d) => d.tieBreak)).toEqual(['2020-07-27T01:02:47Z', null]);
  });
  it('the Spanish forms too: "Invitaciones emitidas: 1.500", "Regla de desempate: perfiles creados hasta el …"', () => {
    const es =
      'Express Entry: nueva ronda para el CEC\nRedacción | 10 de septiembre de 2025\nJueves, 4 de septiembre – Clase de Experiencia Canadiense\nInvitaciones emitidas: 1.000\nPuntaje mínimo: 534\nRegla de desempate: perfiles creados hasta el 19 de julio de 2025 a las 17:23:12 UTC';
    expect(announced(es, '2025-09-05').map((d) => [d.date, d.program, d.invitations, d.minCrs, d.tieBreak])).toEqual([['2025-09-04', 'cec', 1000, 534, '2025-07-19T17:23:12Z']]);
  });
});

describe('round numbers in Spanish, Portuguese and French labels (u3-306, u3-313, u3-323, u3-327, u3-330)', () => {
  const numbers = (text: string) => announced(text, '2024-06-01').map((d) => d.drawNumber);
  const page = (line: string) => `Express Entry\nRedacción | 1 de junio de 2024\n${line}`;
  it('"la ronda n.º 77", "Rodada nº 272", "sorteo número 240", "la ronde d\u2019invitations no 176", "Número de ronda: 302", "Ronde : 341"', () => {
    expect(numbers(page('IRCC realizó ayer la ronda n.º 298, con 3.000 invitaciones y un puntaje mínimo de 522.'))).toEqual(['298']);
    expect(numbers(page('Rodada nº 298 – sexta-feira, 31 de maio\nConvites: 3.000\nPontuação mínima: 522'))).toEqual(['298']);
    expect(numbers(page('IRCC a tenu hier la ronde d\u2019invitations no 298 : 3 000 invitations, note minimale de 522.'))).toEqual(['298']);
    expect(numbers(page('Número de ronda: 298\nFecha: 31 de mayo de 2024\nInvitaciones: 3.000\nPuntaje mínimo: 522'))).toEqual(['298']);
  });
  it('not "la ronda no 500 …": the Spanish and Portuguese "no" are words, not "No."', () => {
    expect(numbers(page('IRCC realizó ayer una ronda con 3.000 invitaciones y un puntaje mínimo de 522; la ronda no 500 candidatos más como se esperaba.'))).toEqual([null]);
  });
});

describe('a recap or tracker of this week\u2019s rounds (u3-227, u3-320, u1-233)', () => {
  const rows = (text: string, published: string) => announced(text, published).map((d) => [d.date, d.program, d.invitations, d.minCrs]);
  it('"Express Entry Roundup: Three Rounds This Week" over a table: each row of this week is announced', () => {
    expect(
      rows(
        'Express Entry Roundup: Three Rounds This Week\nHarbour Immigration | Weekly roundup | June 7, 2024\nIRCC held three rounds of invitations this week. Here are the results:\nDate | Round type | Invitations | Minimum CRS\nJune 4, 2024 | No program specified | 2,985 | 676\nJune 5, 2024 | French language proficiency | 1,200 | 410\nJune 6, 2024 | Canadian Experience Class | 3,000 | 522\nLast week also saw a PNP round on May 30 (2,985 invitations at 676).',
        '2024-06-07',
      ).sort(),
    ).toEqual([
      ['2024-06-04', 'general', 2985, 676],
      ['2024-06-05', 'french', 1200, 410],
      ['2024-06-06', 'cec', 3000, 522],
    ]);
  });
  it('a tracker\u2019s rows of last week are not this week\u2019s news, and "Total this week so far" is no round', () => {
    const page =
      'Express Entry Draw Tracker - week of June 3, 2024\nUpdated Thursday, June 6, 2024\nTHIS WEEK: IRCC has held two rounds.\nRound | Date | Type | ITAs | Min CRS\n#301 | Tue, June 4 | No program specified | 2,985 | 676\n#302 | Wed, June 5 | French language proficiency | 1,200 | 410\nTotal this week so far: 4,185 invitations in 2 rounds\nLAST WEEK\n#299 | Tue, May 28 | Provincial Nominee Program | 920 | 739\n#300 | Thu, May 30 | Canadian Experience Class | 3,000 | 522';
    expect(rows(page, '2024-06-06').sort()).toEqual([
      ['2024-06-04', 'general', 2985, 676],
      ['2024-06-05', 'french', 1200, 410],
    ]);
  });
  it('a summary of the week that does not call its rounds news (no "held", "new", "results") announces none (p2-004)', () => {
    expect(
      rows(
        "Express Entry draws this week: summary\nHere is a roundup of this week's draws.\nDate | Draw Type | ITAs | Minimum CRS\nJune 4, 2024 | No program specified | 2,985 | 676\nJune 5, 2024 | French language proficiency | 1,200 | 410",
        '2024-06-07',
      ),
    ).toEqual([]);
  });
  it('a tracker with no round this week announces none', () => {
    const page =
      'Express Entry Draw Tracker - week of June 10, 2024\nUpdated Monday, June 10, 2024\nTHIS WEEK\nNo rounds yet.\nLAST WEEK\nRound | Date | Type | ITAs | Min CRS\n#301 | Tue, June 4 | No program specified | 2,985 | 676\n#302 | Wed, June 5 | French language proficiency | 1,200 | 410';
    expect(rows(page, '2024-06-10')).toEqual([]);
  });
});

describe('"Campus & Classroom | Education | May 3, 2025" under the headline, and "A day later, on Friday, …" (u3-131, u1-133)', () => {
  const page =
    'Teachers get first Express Entry round of their own\nCampus & Classroom | Education | May 3, 2025\nCanada has held its first Express Entry round for people who work in education.\nOn Thursday, May 1, Immigration, Refugees and Citizenship Canada invited 1,000 candidates in education occupations. The minimum Comprehensive Ranking System score was 479.\nA day later, on Friday, the department invited 500 candidates in health-care and social services occupations, with a minimum score of 510.';
  it('a section\u2019s one word between bars is the byline\u2019s, not a round\u2019s day and category; the round is May 1\u2019s', () => {
    expect(facts(page, '2025-05-03')[0]).toEqual(['2025-05-01', null, 'education', 1000, 479]);
  });
  it('the round told "a day later" is news too', () => {
    expect(facts(page, '2025-05-03')).toEqual([
      ['2025-05-01', null, 'education', 1000, 479],
      ['2025-05-02', null, 'healthcare', 500, 510],
    ]);
  });
});

describe('a forum digest: "Weekly summary posted August 22, 2015", "The big news came on Friday, August 21: CIC held …" (u3-203)', () => {
  it('the round is of the day the sentence gives, not of the byline\u2019s day, and members "with PNP nominations" name no program', () => {
    expect(
      facts(
        'Forum Digest: Week of August 17-21\nCanadaPR Community Boards | Weekly summary posted August 22, 2015\nThe big news came on Friday, August 21: CIC held a new round of invitations, sending 1,523 ITAs to candidates with a CRS score of 456 or higher. Members reported scores from 456 to 470, and a few with PNP nominations.',
        '2015-08-22',
      ),
    ).toEqual([['2015-08-21', null, 'general', 1523, 456]]);
  });
  it('a dateline\u2019s place is still one ("OTTAWA, August 21 - …" dates no round)', () => {
    expect(
      facts('Express Entry round\nNews desk | August 22, 2015\nOTTAWA, August 21 - CIC held a new round of invitations yesterday, sending 1,523 ITAs with a CRS cut-off of 456.', '2015-08-22'),
    ).toEqual([['2015-08-21', null, 'general', 1523, 456]]);
  });
});

describe('"Four rounds this week, including a round for a new category" (u3-239)', () => {
  it('a round for a new category is news, not a page about a category being added', () => {
    expect(
      facts(
        'This Week in Express Entry (July 20-24, 2026)\nCrossroads Digest | July 24, 2026\nFour rounds this week, including a round for a new category that got everyone talking.\n- Round #427 (Mon, July 20) - Provincial Nominee Program: 511 invitations, CRS 744\n- Round #428 (Tue, July 21) - Canadian Experience Class: 2,000 invitations, CRS 516\n- Round #429 (Wed, July 22) - French-language proficiency: 5,000 invitations, CRS 399\n- Round #430 (Thu, July 23) - Skilled Military Recruits: 4 invitations, CRS 368',
        '2026-07-24',
      ).sort(),
    ).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744],
      ['2026-07-21', '428', 'cec', 2000, 516],
      ['2026-07-22', '429', 'french', 5000, 399],
      ['2026-07-23', '430', 'military', 4, 368],
    ]);
  });
});

describe('provinces\u2019 own rounds beside the federal ones (red-team p8-140, p8-307, p8-331)', () => {
  it('"Ont. (Feb. 18): Human Capital Priorities stream, … 1,200 Express Entry candidates invited, minimum CRS 463" under the week\u2019s rounds is no draw of the news', () => {
    expect(
      facts(
        'French-language draw invites 6,500; provinces also active\nBulletin | February 19, 2025\nIRCC held two Express Entry rounds this week. Here are the details:\nFrench-language proficiency (Feb. 19)\nInvitations: 6,500\nCRS cut-off: 428\nProvincial draws this week\nOnt. (Feb. 18): Human Capital Priorities stream, healthcare occupations, 1,200 Express Entry candidates invited, minimum CRS 463\nN.S. (Feb. 18): 70 letters of interest, Labour Market Priorities for Physicians',
        '2025-02-19',
      ),
    ).toEqual([['2025-02-19', null, 'french', 6500, 428]]);
  });
  it('"Today, Monday: Ontario invited 2,150 French-speaking Express Entry candidates to apply for a provincial nomination" is Ontario\u2019s round', () => {
    expect(
      announced(
        'Express Entry: the week ahead\nMonday, April 20, 2026\nToday, Monday: Ontario invited 2,150 French-speaking Express Entry candidates to apply for a provincial nomination. The lowest CRS score invited was 398.',
        '2026-04-20',
      ),
    ).toEqual([]);
  });
});

describe('a line that opens as a total of the week (red-team p8-102, p8-126, p8-136)', () => {
  it('"Total this week so far: 1,442 invitations" is not the round\u2019s count', () => {
    expect(
      facts(
        'CEC round today: cut-off 523\nExpress Entry Daily | August 18, 2026\nIRCC held a Canadian Experience Class round today with a minimum CRS of 523.\nTotal this week so far: 1,442 invitations',
        '2026-08-18',
      ),
    ).toEqual([['2026-08-18', null, 'cec', null, 523]]);
  });
});

describe('"IRCC held four rounds of invitations from Monday to Thursday this week" over a table (p6-239)', () => {
  it('the rows of the week are its rounds', () => {
    expect(
      facts(
        'Express Entry week: four federal rounds\nMaple Weekly | July 24, 2026\nIRCC held four rounds of invitations from Monday to Thursday this week.\nDate | Category | Invitations | Minimum CRS\nJuly 20 | Provincial Nominee Program | 511 | 744\nJuly 21 | Canadian Experience Class | 2,000 | 516\nJuly 22 | French-language proficiency | 5,000 | 399\nJuly 23 | Skilled military recruits | 4 | 368',
        '2026-07-24',
      ).sort(),
    ).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744],
      ['2026-07-21', null, 'cec', 2000, 516],
      ['2026-07-22', null, 'french', 5000, 399],
      ['2026-07-23', null, 'military', 4, 368],
    ]);
  });
});

describe('"yesterday" and "the day before yesterday" in Spanish, Portuguese and French; a byline with a weekday (red-team p8-206, p8-209, p8-234)', () => {
  it('"Anteayer, IRCC realizó una ronda …" is two days before the page; "Ayer …" one', () => {
    expect(
      drawsOf(
        'Express Entry: ronda del PNP el lunes y de la CEC el martes\nBlog Migrar | miércoles, 22 de julio de 2026\nAnteayer, IRCC realizó una ronda del Programa de Nominados Provinciales: 511 invitaciones, con un puntaje mínimo de 744 puntos.\nAyer llegó el turno de la Clase de Experiencia Canadiense: 2.000 invitaciones, con un puntaje mínimo de 516.',
        '2026-07-22',
      ),
    ).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744],
      ['2026-07-21', null, 'cec', 2000, 516],
    ]);
  });
  it('"Hier, jeudi, le ministère a invité 3 200 candidats" is the day before the page', () => {
    expect(
      facts(
        'Entrée express : 3 200 invitations avant les Fêtes\nNouvelles | vendredi 20 décembre 2019\nHier, jeudi, le ministère a invité 3 200 candidats de tous les programmes à présenter une demande, avec une note minimale de 469 points.',
        '2019-12-20',
      ).map((d) => d[0]),
    ).toEqual(['2019-12-19']);
  });
  it('"Noticias Inmigración Canadá | jueves 8 de septiembre de 2016" is the byline, not the round\u2019s day; "vuelve a bajar de 500" is no cut-off', () => {
    expect(
      facts(
        'Express Entry: el puntaje vuelve a bajar de 500 con 1.000 invitaciones\nNoticias Inmigración Canadá | jueves 8 de septiembre de 2016\nEn la ronda No. 42, celebrada ayer miércoles 7 de septiembre, Citizenship and Immigration Canada (CIC) envió 1.000 invitaciones. El puntaje mínimo fue de 491 puntos.',
        '2016-09-08',
      ),
    ).toEqual([['2016-09-07', '42', 'general', 1000, 491]]);
  });
});

describe('"500 trades candidates invited" over "IRCC held a Federal Skilled Trades round" in 2019 (red-team p8-315)', () => {
  it('before the trades category existed, a trades round was the Federal Skilled Trades program\u2019s', () => {
    expect(
      announced(
        '500 trades candidates invited\nPrairie Immigration | October 17, 2019\nIRCC held a Federal Skilled Trades round this week. Round: #128. Invitations: 500. Minimum CRS: 357.',
        '2019-10-17',
      ).map((d) => d.program),
    ).toEqual(['fst']);
  });
});

describe('"IRCC invita a 1.000 candidatos"; "la ronda no fue de 3.000 invitaciones …, sino de apenas 1.000" (red-team p8-201)', () => {
  it('the present tense "invita" invites, and a figure denied before the one told instead is not the round\u2019s', () => {
    expect(
      facts(
        'Express Entry: IRCC invita a 1.000 candidatos de la CEC\nRedacción | 7 de agosto de 2025\nContra lo que muchos esperaban, la ronda no fue de 3.000 invitaciones como las tres anteriores, sino de apenas 1.000.\nInvitaciones: 1.000\nPuntaje mínimo (CRS): 534',
        '2025-08-07',
      ),
    ).toEqual([[null, null, 'cec', 1000, 534]]);
  });
});

describe('a line labelled as an earlier round\u2019s: "Rodada anterior da categoria: … – 1.000 convites – 476 pontos" (red-team p8-221)', () => {
  it('its figures are that round\u2019s, not the news\u2019s', () => {
    expect(
      facts(
        'Saúde: IRCC convida 4 mil profissionais com nota mínima de 467\nPortal Canadá | 20 de fevereiro de 2026\nO IRCC realizou hoje uma rodada para profissionais da saúde e serviços sociais.\nNúmero da rodada: 398\nConvites: 4.000\nPontuação mínima: 467\nRodada anterior da categoria: 11 de dezembro de 2025 – 1.000 convites – 476 pontos',
        '2026-02-20',
      ),
    ).toEqual([['2026-02-20', '398', 'healthcare', 4000, 467]]);
  });
  it('"Previous CEC round: 3,000 invitations, minimum 518" too', () => {
    expect(
      facts('CEC round today\nDesk | August 7, 2025\nIRCC held a CEC round today.\nInvitations: 1,000\nMinimum CRS: 534\nPrevious CEC round: 3,000 invitations, minimum 518', '2025-08-07'),
    ).toEqual([['2025-08-07', null, 'cec', 1000, 534]]);
  });
});

describe('day-first numeric dates in Spanish, Portuguese and French lines (red-team p8-214, p8-215, p8-216, p8-221)', () => {
  it('"Critério de desempate: 09/12/2025 às 18:22:06 UTC" is December 9', () => {
    expect(
      announced(
        'Saúde: IRCC convida 4 mil profissionais\nPortal Canadá | 20 de fevereiro de 2026\nO IRCC realizou hoje uma rodada para profissionais da saúde.\nConvites: 4.000\nPontuação mínima: 467\nCritério de desempate: 09/12/2025 às 18:22:06 UTC',
        '2026-02-20',
      ).map((d) => d.tieBreak),
    ).toEqual(['2025-12-09T18:22:06Z']);
  });
  it('an English line keeps an ambiguous "06/10/2025" unread', () => {
    expect(announced('CEC round\nDesk | June 12, 2025\nThe draw of 06/10/2025 invited 3,000 CEC candidates with a minimum CRS of 518.', '2025-06-12').map((d) => d.date)).toEqual([null]);
  });
  it('"Ontem (04/03/2026) tinha havido um sorteio para francófonos": a round that had been held is an earlier one, not the news', () => {
    expect(
      facts(
        'Canadá: primeiro sorteio para quadros superiores\nLisboa, 5 de março de 2026 - Emigração & Carreira\nO IRCC convidou hoje 250 gestores seniores com experiência de trabalho no Canadá. A pontuação mínima foi de 429.\nOntem (04/03/2026) tinha havido um sorteio para francófonos, com 5.500 convites e mínimo de 397.',
        '2026-03-05',
      ).map((d) => d[0]),
    ).toEqual(['2026-03-05']);
  });
});
