import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/**
 * Session 35 of the reader (issue 14): each case is the shape of a made-up page (test/parse/made-up/) the reader got wrong
 * (docs/parser.md "Session 35").
 */

const programs = loadPrograms();
const announced = (text: string, published?: string) => parseArticle(text, { programs, ...(published ? { published } : {}) }).draws.filter((d) => d.primary);
const facts = (text: string, published: string) => announced(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

describe('"El jueves 9 de abril hubo dos rondas en un mismo día", then a heading with its number for each (p8-207)', () => {
  const page = (intro: string) =>
    `Coronavirus y Express Entry: dos rondas el mismo día\nEl Latino de Toronto | viernes 10 de abril de 2020\nEn plena pandemia, Inmigración Canadá (IRCC) sigue invitando candidatos que ya están en el país o que tienen nominación provincial. ${intro}\nPrimera ronda (n.º 141): Programa de Nominados Provinciales\n606 invitaciones, puntaje mínimo de 698. Desempate: perfiles creados hasta el 18 de diciembre de 2019 a las 11:29:51 UTC.\nSegunda ronda (n.º 142): Clase de Experiencia Canadiense\n3.294 invitaciones, puntaje mínimo de 464.\nLa ronda de la CEC del 23 de marzo había invitado a 3.232 candidatos con 467 puntos.`;
  it('both rounds take the day of the plural sentence', () => {
    expect(facts(page('El jueves 9 de abril hubo dos rondas en un mismo día.'), '2020-04-10')).toEqual([
      ['2020-04-09', '141', 'pnp', 606, 698],
      ['2020-04-09', '142', 'cec', 3294, 464],
    ]);
  });
  it('a singular "ronda" sentence gives its day to one round only', () => {
    const draws = parseArticle(page('El jueves 9 de abril hubo una ronda.'), { programs, published: '2020-04-10' }).draws;
    expect(draws.find((d) => d.program === 'cec')?.date).toBeNull();
  });
});

describe('Spanish and Portuguese weekdays without their date: "este jueves", "Neste sábado (13)" (p8-201, p8-215)', () => {
  const es = (when: string) =>
    `Express Entry: IRCC invita a 1.000 candidatos de la CEC\nRedacción Canadá Hoy | 7 de agosto de 2025\nInmigración, Refugiados y Ciudadanía Canadá (IRCC) realizó el sorteo ${when}.\nNúmero de ronda: 359\nPrograma: Clase de Experiencia Canadiense\nInvitaciones: 1.000\nPuntaje mínimo (CRS): 534`;
  it('"este jueves" in a Thursday page is that day; "el martes" the Tuesday before', () => {
    expect(facts(es('este jueves por la mañana'), '2025-08-07')).toEqual([['2025-08-07', '359', 'cec', 1000, 534]]);
    expect(facts(es('el martes'), '2025-08-07')[0]?.[0]).toBe('2025-08-05');
    expect(facts(es('el jueves pasado'), '2025-08-07')[0]?.[0]).toBe('2025-07-31');
  });
  it('a habit or a future day gives no date', () => {
    expect(facts(es('como suele hacerlo los jueves'), '2025-08-07')[0]?.[0]).toBeNull();
    expect(facts(es('y habrá otro el próximo jueves'), '2025-08-07')[0]?.[0]).toBeNull();
  });
  const pt = (when: string) =>
    `Canadá convida 27.332 candidatos da CEC com pontuação mínima de 75\nPor Ricardo Albuquerque | 14 de fevereiro de 2021\nFoi a maior rodada da história do Express Entry. ${when}, o Departamento de Imigração do Canadá (IRCC) convidou 27.332 candidatos da Canadian Experience Class (CEC) a solicitar a residência permanente.\nNúmero da rodada: 176\nPontuação mínima: 75`;
  it('"Neste sábado (13)": the Saturday the 13th', () => {
    expect(facts(pt('Neste sábado (13)'), '2021-02-14')).toEqual([['2021-02-13', '176', 'cec', 27332, 75]]);
    expect(facts(pt('Na quinta-feira'), '2021-02-14')[0]?.[0]).toBe('2021-02-11');
  });
  it('a day number that does not fall on that weekday gives no date', () => {
    expect(facts(pt('Neste sábado (12)'), '2021-02-14')[0]?.[0]).toBeNull();
  });
});

describe('Spanish and Portuguese conditionals and futures are not facts (p8-204)', () => {
  it('"¿Bajará el puntaje de la CEC de 500?" and "Si IRCC hiciera una ronda de la CEC con 6.000 invitaciones" announce nothing', () => {
    const page =
      '¿Bajará el puntaje de la CEC de 500 antes de fin de año?\nAnálisis | Canadá Express | 10 de agosto de 2026\nEs la pregunta que más recibimos: ¿cuándo bajará el puntaje de la Clase de Experiencia Canadiense (CEC) de 500? La respuesta corta: no parece probable en 2026.\nUn escenario hipotético\nSi IRCC hiciera una ronda de la CEC con 6.000 invitaciones, como en diciembre de 2025, el corte podría bajar a unos 505 puntos.';
    expect(announced(page, '2026-08-10')).toEqual([]);
  });
  it('the same figures told as done are announced', () => {
    const page =
      'IRCC invita a 6.000 candidatos de la CEC con un puntaje de 500\nAnálisis | Canadá Express | 10 de agosto de 2026\nIRCC realizó hoy una ronda de la Clase de Experiencia Canadiense (CEC) con 6.000 invitaciones y un puntaje mínimo de 500.';
    expect(facts(page, '2026-08-10')).toEqual([['2026-08-10', null, 'cec', 6000, 500]]);
  });
});

describe('a recap of last week announces nothing (p8-127)', () => {
  const page = (title: string) =>
    `${title}\nLunes 10 de julio de 2023\nLa semana pasada fue la primera completa con rondas por categorías.\nLa ronda de francés del viernes invitó a 2.300 candidatos con un puntaje mínimo de 439, el más bajo de la semana.`;
  it('"balance de la semana pasada", "Last week\u2019s draws recap"', () => {
    expect(announced(page('Express Entry: balance de la semana pasada'), '2023-07-10')).toEqual([]);
    expect(announced(page('Express Entry: last week\u2019s draws recap'), '2023-07-10')).toEqual([]);
  });
  it('without that lead, the Friday round is announced', () => {
    expect(facts(page('Express Entry: ronda de francés'), '2023-07-10')).toEqual([['2023-07-07', null, 'french', 2300, 439]]);
  });
});

describe('a byline with "| Updated 10:15 IST" after the page\u2019s date (u5-113)', () => {
  it('is the page\u2019s byline, not a day of the draw', () => {
    const page =
      'Canada Express Entry draw 124: CRS cut-off falls to 457, 3,600 ITAs issued\nMumbai | August 21, 2019 | Updated 10:15 IST\nCanada\u2019s Immigration, Refugees and Citizenship Canada (IRCC) held its 124th Express Entry draw on Tuesday, August 20, inviting 3,600 candidates to apply for permanent residence. The minimum Comprehensive Ranking System (CRS) score was 457, nine points lower than in the previous draw.';
    expect(facts(page, '2019-08-21')).toEqual([['2019-08-20', '124', 'general', 3600, 457]]);
  });
});

describe('"a provincial nomination or a qualifying job offer": the 600 points explained, not a PNP round (u5-201)', () => {
  it('the first round stays all-program', () => {
    const page =
      'First Express Entry Draw: 779 Invitations, CRS Cut-Off of 886\nPosted by Maple Path Immigration Consulting | February 2, 2015\nOn Saturday, January 31, 2015, 779 candidates received an Invitation to Apply (ITA) for permanent residence. The lowest-ranked candidate invited had a Comprehensive Ranking System (CRS) score of 886.\nWhat does a score of 886 mean? Everyone invited in this round must have had the additional 600 points that come with either a provincial nomination or a qualifying job offer supported by a Labour Market Impact Assessment (LMIA).';
    expect(facts(page, '2015-02-02')).toEqual([['2015-01-31', null, 'general', 779, 886]]);
  });
});

describe('weekday headings with the day in brackets: "Segunda-feira (17) - Programa de Nomeação Provincial" (u5-339, u5-334)', () => {
  const page =
    'Express Entry: três rodadas em três dias e nota de francês cai para 382\nPor Redação | 19 de agosto de 2026\nO IRCC manteve o ritmo nesta semana com três rodadas seguidas, de segunda a quarta-feira.\nSegunda-feira (17) - Programa de Nomeação Provincial\nConvites: 442\nPontuação mínima: 760\nTerça-feira (18) - Canadian Experience Class\nConvites: 1.000\nPontuação mínima: 523\nQuarta-feira (19) - Proficiência em francês\nConvites: 5.000\nPontuação mínima: 382\nHá duas semanas, em 5 de agosto, a rodada da CEC convidou 3.000 candidatos com nota mínima de 516.';
  it('each heading\u2019s day is its round\u2019s, and "de segunda a quarta-feira" names no day', () => {
    expect(facts(page, '2026-08-19')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760],
      ['2026-08-18', null, 'cec', 1000, 523],
      ['2026-08-19', null, 'french', 5000, 382],
    ]);
  });
  it('"Quinta-feira (1º) - Profissões da educação": the 1st, and the education category in Portuguese', () => {
    const education =
      'Express Entry: IRCC faz a primeira rodada para profissionais da educação\nPor Redação | 2 de maio de 2025\nO IRCC realizou duas rodadas por categoria nesta semana.\nQuinta-feira (1º) - Profissões da educação\nConvites: 1.000\nPontuação mínima: 479\nSexta-feira (2) - Saúde e serviços sociais\nConvites: 500\nPontuação mínima: 510';
    expect(facts(education, '2025-05-02')).toEqual([
      ['2025-05-01', null, 'education', 1000, 479],
      ['2025-05-02', null, 'healthcare', 500, 510],
    ]);
  });
  it('"el martes 1": the Tuesday the 1st, not the last Tuesday', () => {
    const es =
      'Express Entry: 4.300 invitaciones en la segunda ronda general de agosto\nRedacción | 17 de agosto de 2023\nCanadá celebró anteayer, martes, una ronda de invitaciones abierta a candidatos de todos los programas. IRCC invitó a 4.300 candidatos, con un puntaje mínimo de 496 puntos.\nEs la segunda ronda general del mes: la primera, el martes 1, invitó a 2.000 candidatos con un mínimo de 517.';
    const draws = parseArticle(es, { programs, published: '2023-08-17' }).draws;
    expect(draws.filter((d) => d.primary).map((d) => [d.date, d.invitations, d.minCrs])).toEqual([['2023-08-15', 4300, 496]]);
    expect(draws.filter((d) => d.invitations === 2000).map((d) => d.date)).not.toContain('2023-08-15');
  });
});

describe('a newsletter\u2019s "This week: 1,980 general ITAs and a French round at 388" over the week\u2019s rounds (u5-221)', () => {
  it('announces each round of this week, and "general ITAs" names the all-program round', () => {
    const page =
      'Express Entry Pulse | March 27, 2024\nThis week: 1,980 general ITAs and a French round at 388\nMonday, March 25: General round, 1,980 invitations, CRS 524, tie-break February 25, 2024 14:42:38 UTC.\nTuesday, March 26: French-language proficiency, 1,500 invitations, CRS 388, tie-break March 10, 2024 20:06:26 UTC.\nCompared with the March 12 general draw (2,850 at 525), the cut-off is down only a point. The other March round, a transport draw on March 13, invited 975 candidates at 430.';
    expect(facts(page, '2024-03-27')).toEqual([
      ['2024-03-25', null, 'general', 1980, 524],
      ['2024-03-26', null, 'french', 1500, 388],
    ]);
  });
});

describe('Spanish forecasts and recaps of rounds already covered announce nothing (p9-121, p8-116)', () => {
  it('"¿Habrá ronda de Express Entry este miércoles?"', () => {
    const page =
      '¿Habrá ronda de Express Entry este miércoles? Lo que sabemos\nRedacción | lunes 22 de julio de 2024\nTras una semana intensa, muchos candidatos se preguntan si IRCC repetirá el patrón esta semana.\nLa semana pasada, el martes 16 de julio, IRCC invitó a 1.391 candidatos del Programa de Nominados Provinciales con un mínimo de 670 puntos. El miércoles pasado llegó la ronda de la Clase de Experiencia Canadiense (CEC): 6.300 invitaciones con un mínimo de 515.';
    expect(announced(page, '2024-07-22')).toEqual([]);
  });
  it('"repasamos las rondas de la semana pasada, que ya cubrimos en su momento"', () => {
    const page =
      'Resumen semanal de Express Entry: lo que pasó del 10 al 14 de noviembre\nCanadá Migra | lunes 17 de noviembre de 2025\nComo cada lunes, repasamos las rondas de la semana pasada, que ya cubrimos en su momento:\nlunes 10: PNP — 714 invitaciones — CRS mínimo 738\nmiércoles 12: CEC — 1.000 invitaciones — CRS mínimo 533';
    expect(announced(page, '2025-11-17')).toEqual([]);
  });
});

describe('a story published again: its "today" is the day it was first written (p9-228, p9-230, p9-232)', () => {
  const body =
    'OTTAWA - Immigration, Refugees and Citizenship Canada today invited 3,000 candidates in the Canadian Experience Class to apply for permanent residence.\nThe minimum Comprehensive Ranking System score was 516, the same as in the July 21 CEC round.';
  it('"This article was originally published on August 5, 2026" five days before', () => {
    const page = `IRCC invites 3,000 Canadian Experience Class candidates\nRepublished from Prairie Newcomer News | Posted August 10, 2026\nThis article was originally published on August 5, 2026 and is republished here with permission.\n${body}`;
    expect(facts(page, '2026-08-10')).toEqual([['2026-08-05', null, 'cec', 3000, 516]]);
  });
  it('"Publicado originalmente em 6 de agosto de 2026"', () => {
    const page =
      'Express Entry: IRCC convida 5.000 candidatos francófonos\nPublicado originalmente em 6 de agosto de 2026 | Republicado em 11 de agosto de 2026\nA IRCC realizou nesta quinta-feira uma nova rodada de convites para candidatos com proficiência em francês. Foram 5.000 convites, com pontuação mínima de 391 no CRS.';
    expect(facts(page, '2026-08-11')).toEqual([['2026-08-06', null, 'french', 5000, 391]]);
  });
  it('a wire story "OTTAWA, Aug. 19 - … today" posted two days later', () => {
    const page =
      'Canada invites 5,000 French speakers in third Express Entry draw this week\nWire service | Posted August 21, 2026\nOTTAWA, Aug. 19 - Canada invited 5,000 French-speaking candidates to apply for permanent residence today, its third Express Entry draw in three days.\nThe minimum Comprehensive Ranking System score in the French-language round was 382.';
    expect(facts(page, '2026-08-21')).toEqual([['2026-08-19', null, 'french', 5000, 382]]);
  });
  it('a year-old story from the archive announces nothing', () => {
    const page = `CEC draw invites 1,000 as cut-off jumps to 534\nOriginally published August 7, 2025 | Republished August 20, 2026\nEditor's note: This story was first published on August 7, 2025.\nImmigration, Refugees and Citizenship Canada held a Canadian Experience Class draw today, inviting 1,000 candidates with a minimum CRS score of 534.`;
    expect(announced(page, '2026-08-20')).toEqual([]);
    expect(facts(page, '2025-08-08')).toEqual([['2025-08-07', null, 'cec', 1000, 534]]);
  });
});

describe('a live blog\u2019s correction: "In our 11:10 a.m. entry we wrote that 6,000 … 515. IRCC\u2019s page says 5,000 and 510." (p9-112)', () => {
  it('alerts neither withdrawn figure', () => {
    const page =
      'LIVE: Express Entry draw watch - Wednesday, July 31\nLast updated: 2:05 p.m. ET\n12:20 p.m. - CORRECTION: In our 11:10 a.m. entry we wrote that 6,000 candidates were invited with a minimum score of 515. IRCC\u2019s page says 5,000 and 510. We\u2019ve fixed the entry below.\n11:10 a.m. - It\u2019s a CEC draw. Round #307: 5,000 Canadian Experience Class candidates invited, minimum CRS 510.';
    const draws = parseArticle(page, { programs, published: '2024-07-31' }).draws;
    expect(draws.filter((d) => d.invitations === 6000 || d.minCrs === 515)).toEqual([]);
  });
});

describe('Spanish and Portuguese round numbers (u5-306, u5-314, u5-325)', () => {
  it('"É a 56ª rodada desde a criação do sistema", "Os números da rodada 140", "Ronda 251 (todos los programas)"', () => {
    const pt = (line: string) =>
      `Express Entry: nota de corte cai para 434\nPor Redação | 2 de março de 2017\nO governo do Canadá realizou nesta quarta-feira (1º) mais uma rodada de convites do Express Entry. Foram emitidos 3.884 convites, e a nota de corte caiu para 434 pontos no CRS.\n${line}`;
    expect(facts(pt('É a 56ª rodada desde a criação do sistema, em janeiro de 2015.'), '2017-03-02')).toEqual([['2017-03-01', '56', 'general', 3884, 434]]);
    expect(facts(pt('Os números da rodada 56 mostram a queda.'), '2017-03-02')[0]?.[1]).toBe('56');
  });
  it('not a count within a year: "a 12ª rodada de 2017", nor "rodada 3" (a small number)', () => {
    const pt = (line: string) =>
      `Express Entry: nota de corte cai para 434\nPor Redação | 2 de março de 2017\nO governo do Canadá realizou nesta quarta-feira (1º) mais uma rodada de convites do Express Entry. Foram emitidos 3.884 convites, e a nota de corte caiu para 434 pontos no CRS. ${line}`;
    expect(facts(pt('É a 12ª rodada de 2017.'), '2017-03-02')[0]?.[1]).toBeNull();
    expect(facts(pt('É a 25ª rodada do ano.'), '2017-03-02')[0]?.[1]).toBeNull();
  });
});

describe('a Portuguese page: "nesta quarta-feira (14)", a byline "15/08/2024 06h30", a tie-break "1º de março de 2024" and a round that "pode acontecer" (p9-104)', () => {
  it('the round is Wednesday the 14th, with its tie-break; the one that may come is no round', () => {
    const page =
      'Canadá convida 3,2 mil candidatos da CEC no Express Entry; nota mínima cai para 509\nPor Redação | 15/08/2024 06h30\nO governo do Canadá realizou nesta quarta-feira (14) uma nova rodada de convites do Express Entry voltada a candidatos da Canadian Experience Class (CEC). Foram emitidos 3.200 convites, e a pontuação mínima no CRS foi de 509 pontos.\nA regra de desempate desta quarta foi 1º de março de 2024, às 19:23:21 (UTC).\nSe o padrão se repetir, uma nova rodada pode acontecer ainda nesta quinta-feira (15).';
    const draws = announced(page, '2024-08-15');
    expect(draws.map((d) => [d.date, d.program, d.invitations, d.minCrs, d.tieBreak])).toEqual([['2024-08-14', 'cec', 3200, 509, '2024-03-01T19:23:21Z']]);
  });
  it('"Desde 1º de janeiro" is no round\u2019s day, and "nenhum sorteio desde 28/05/2026" announces nothing', () => {
    const guide =
      'Express Entry: o que muda em 2015\nPor Mariana Souza | 8 de janeiro de 2015\nDesde 1º de janeiro, o Canadá passou a usar um novo sistema: o Express Entry. A pontuação máxima é de 1.200 pontos.';
    expect(announced(guide, '2015-01-08').map((d) => d.date)).not.toContain('2015-01-01');
    const none =
      'Express Entry: nenhum sorteio desde 28/05/2026\n17 de junho de 2026 · Rota Canadá Newsletter\nO último sorteio foi para falantes de francês: 4.500 convites, com pontuação mínima de 409.';
    expect(announced(none, '2026-06-17')).toEqual([]);
  });
});

describe('English leads (u5-212, u5-228)', () => {
  it('"If you were off the internet this weekend: on Saturday, February 13, 2021, IRCC invited 27,332 …" is no hypothesis; a weekend recap is news', () => {
    const page =
      'Weekend megathread recap: the 27,332 CEC draw\nPosted by the moderator team | February 15, 2021\nIf you were off the internet this weekend: on Saturday, February 13, 2021, IRCC invited 27,332 Canadian Experience Class candidates with a minimum CRS of 75.';
    expect(facts(page, '2021-02-15')).toEqual([['2021-02-13', null, 'cec', 27332, 75]]);
    expect(facts(page.replace('If you were off the internet this weekend', 'If you score well'), '2021-02-15')).toEqual([]);
  });
  it('"IRCC Holds First Physicians Draw, Followed by 4,000 Healthcare Invitations": both rounds are news', () => {
    const page =
      'IRCC Holds First Physicians Draw, Followed by 4,000 Healthcare Invitations\nFebruary 21, 2026 | Okafor Mendes Immigration Lawyers\nThis week IRCC ran its first Express Entry round for the new category of physicians with Canadian work experience. On Thursday, February 19, 391 doctors were invited with a minimum CRS of 169.\nThe next day, Friday, February 20, a healthcare and social services round invited 4,000 candidates with a cut-off of 467.';
    expect(facts(page, '2026-02-21')).toEqual([
      ['2026-02-20', null, 'healthcare', 4000, 467],
      ['2026-02-19', null, 'physicians', 391, 169],
    ]);
  });
});

describe('French "IRCC vient d\u2019inviter 7 000 candidats" (p9-126)', () => {
  it('has just invited', () => {
    const page =
      'EN DIRECT | Entrée express : suivez la ronde d\u2019invitations de ce jeudi\nJeudi 1er février 2024 - Mis à jour à 15 h 10\n12 h 40 - C\u2019est officiel : IRCC vient d\u2019inviter 7 000 candidats francophones, avec un score minimal de 365. C\u2019est la plus importante ronde francophone à ce jour.\n11 h 05 - Toujours rien. Rappel : hier, IRCC a invité 730 candidats dans une ronde ouverte à tous les programmes, au score minimal de 541.\n9 h 00 - Bonjour! La dernière ronde francophone remonte au 7 décembre (1 000 invitations, 470 points). Nous suivons le site d\u2019IRCC toute la journée.';
    expect(facts(page, '2024-02-01')).toEqual([['2024-02-01', null, 'french', 7000, 365]]);
  });
});

describe('a Monday newsletter on last week: "On Monday, …" is last week\u2019s Monday (p9-229)', () => {
  const page = (title: string) =>
    `${title}\nWeekly Newsletter | Monday, July 27, 2026\nWelcome back. Here\u2019s what happened in Express Entry last week.\nOn Monday, IRCC invited 511 provincial nominees with a minimum CRS score of 744.\nOn Wednesday, a French-language round invited 5,000 candidates at 399.`;
  it('both weekdays are last week\u2019s', () => {
    expect(facts(page('Last week in Express Entry: four draws in four days'), '2026-07-27').map((d) => d[0])).toEqual(['2026-07-20', '2026-07-22']);
  });
  it('without that lead "On Monday" in a Monday page is that day', () => {
    const today = 'Express Entry: a PNP round\nWeekly Newsletter | Monday, July 27, 2026\nOn Monday, IRCC invited 511 provincial nominees with a minimum CRS score of 744.';
    expect(facts(today, '2026-07-27').map((d) => d[0])).toEqual(['2026-07-27']);
  });
});

describe('a table of the week with day-first dates and a running total of the year (p9-218, p9-219)', () => {
  it('every row of the week is announced with its day; "has now invited 35,500 … this year" is no round\u2019s count', () => {
    const page =
      'This week\u2019s Express Entry draws: PNP, CEC, French and senior managers\nBy Ravi Sharma | 10 July 2026\nIRCC held four rounds of invitations this week, ending with a second draw for senior managers on Friday.\nDate | Category | Invitations | Lowest CRS | Tie-break\n06/07/26 | Provincial Nominee Program | 534 | 708 | 04/06/26\n07/07/26 | Canadian Experience Class | 2,000 | 517 | 29/12/25\n09/07/26 | French language proficiency | 5,000 | 420 | 15/05/26\n10/07/26 | Senior managers | 500 | 392 | 15/03/26\nThe French cut-off of 420 is 11 points higher than the 409 of 28/05/26. IRCC has now invited 35,500 candidates through French-language rounds this year.';
    const got = facts(page, '2026-07-10').sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(got).toEqual([
      ['2026-07-06', null, 'pnp', 534, 708],
      ['2026-07-07', null, 'cec', 2000, 517],
      ['2026-07-09', null, 'french', 5000, 420],
      ['2026-07-10', null, 'managers', 500, 392],
    ]);
  });
});

describe('Monday newsletters on last week (p10-126, p10-133)', () => {
  it('"Week in review: PNP and CEC rounds", "Last week was a two-draw week": both rounds, last week\u2019s days', () => {
    const page =
      'Week in review: PNP and CEC rounds\nMonday newsletter | Maple Pathways | September 2, 2024\nHappy Labour Day. Last week was a two-draw week.\nOn Monday, IRCC invited 1,121 candidates in a PNP round. The lowest score was 694.\nOn Tuesday, 3,300 CEC candidates were invited; the cut-off was 507.';
    expect(facts(page, '2024-09-02')).toEqual([
      ['2024-08-26', null, 'pnp', 1121, 694],
      ['2024-08-27', null, 'cec', 3300, 507],
    ]);
  });
  it('"Monday digest: PNP, CEC and healthcare invitations last week": each round is news', () => {
    const page =
      'Monday digest: PNP, CEC and healthcare invitations last week\nNewsletter | Northern Routes | November 17, 2025\nLast week:\nOn Monday, IRCC ran round 377 for provincial nominees: 714 invitations, minimum 738.\nOn Wednesday, round 378 invited 1,000 CEC candidates with a cut-off of 533.';
    expect(facts(page, '2025-11-17')).toEqual([
      ['2025-11-10', '377', 'pnp', 714, 738],
      ['2025-11-12', '378', 'cec', 1000, 533],
    ]);
  });
});

describe('a live blog\u2019s "CORRECTION to our 1:12 p.m. entry: it listed the cut-off as 512, a typing error." (p10-105)', () => {
  it('the withdrawn cut-off is no round\u2019s', () => {
    const page =
      'Live blog: CEC draw day, Wednesday, Feb. 5\nLive | Pathway North | February 5, 2025\n3:50 p.m. ET - CORRECTION to our 1:12 p.m. entry: it listed the cut-off as 512, a typing error. Today\u2019s minimum CRS is 521. The number of invitations (4,000) was correct.\n1:12 p.m. ET - Round 335 is out: Canadian Experience Class, 4,000 invitations, cut-off 512.';
    const draws = parseArticle(page, { programs, published: '2025-02-05' }).draws;
    expect(draws.filter((d) => d.minCrs === 512)).toEqual([]);
    expect(draws.filter((d) => d.primary).map((d) => [d.drawNumber, d.program, d.invitations])).toEqual([['335', 'cec', 4000]]);
  });
});
