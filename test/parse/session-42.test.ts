import { describe, expect, it } from 'vitest';
import { announcedDraws, rounds } from '../helpers/announced.ts';

/**
 * Session 42 of the reader (issue 14): shapes of made-up pages (test/parse/made-up/) the reader missed, in new words
 * (docs/parser.md "Session 42").
 */

// The rounds' numbers were 275–277 (this set's own); numbers of October 2024 since round-years.ts (session 52) drops a number no
// round of its year had.
describe("a week's rounds counted in Spanish, Portuguese or French over their table (u8-328)", () => {
  const table = `Ronda | Fecha | Programa | Invitaciones | CRS mínimo\n317 | 9 de octubre | Nominados provinciales | 1.613 | 743\n318 | 10 de octubre | Clase de Experiencia Canadiense | 3.000 | 500\n319 | 11 de octubre | Dominio del francés | 2.000 | 394`;
  it('"dos rondas esta semana", "tres rodadas nesta semana", "trois rondes cette semaine": each row of the week is news', () => {
    for (const headline of ['Entrada Express: tres rondas esta semana', 'Express Entry: três rodadas nesta semana', 'Entrée express : trois rondes cette semaine']) {
      const page = `${headline}\nPor Ana Ruiz | 12 de octubre de 2024\nIRCC terminó la semana con sus invitaciones habituales.\n${table}\nEl 25 de septiembre se invitaron 4.000 candidatos con un mínimo de 509.`;
      expect(rounds(page, '2024-10-12')).toEqual([
        ['2024-10-09', '317', 'pnp', 1613, 743],
        ['2024-10-10', '318', 'cec', 3000, 500],
        ['2024-10-11', '319', 'french', 2000, 394],
      ]);
    }
  });
});

describe('a round compared with, its figures in brackets after its day (u2-330)', () => {
  it('"the third in that category, after May 14 (2,000 invitations, minimum 505)" adds no round of the page', () => {
    const page = `Express Entry: three rounds this week\nJuly 6, 2023\nIRCC held three rounds from Tuesday to Thursday.\nRound | Date | Category | Invitations | Minimum CRS\n253 | July 4, 2023 | No program specified | 700 | 511\n254 | July 5, 2023 | STEM occupations | 500 | 486\n255 | July 6, 2023 | Healthcare occupations | 1,500 | 463\nThursday's healthcare round was the third in that category, after May 14 (2,000 invitations, minimum 505).`;
    expect(rounds(page, '2023-07-06')).toEqual([
      ['2023-07-04', '253', 'general', 700, 511],
      ['2023-07-05', '254', 'stem', 500, 486],
      ['2023-07-06', '255', 'healthcare', 1500, 463],
    ]);
  });
});

describe('"… Rounds and a New Category" in a headline (u8-236)', () => {
  it("a week's rounds and the new category they opened are news", () => {
    const week = `Express Entry Weekly: Three Rounds and a New Category for Educators\nMarch 6, 2026\nWhat a week! IRCC held three rounds between Tuesday and Thursday, among them the first for teachers.\nTue, March 3 - CEC - 3,500 ITAs - CRS 511\nWed, March 4 - French-language proficiency - 4,000 ITAs - CRS 402\nThu, March 5 - Education occupations - 900 ITAs - CRS 455`;
    expect(rounds(week, '2026-03-06')).toEqual([
      ['2026-03-03', null, 'cec', 3500, 511],
      ['2026-03-04', null, 'french', 4000, 402],
      ['2026-03-05', null, 'education', 900, 455],
    ]);
  });
});

describe('"That is 5,000 invitations this week." adds up the week\'s rounds (u8-221)', () => {
  it("is no round's count, and the cut-off told next stays with its round", () => {
    const page = `Weekly digest: three draws in three days\nFriday, March 6, 2026\nIRCC held a round every day from Wednesday to Friday.\nRound | Date | Type | ITAs | Min CRS\n#399 | March 4 | Canadian Experience Class | 4,000 | 508\n#400 | March 5 | French-language proficiency | 5,500 | 397\n#401 | March 6 | Senior managers | 250 | 429\nThat's 9,750 invitations this week. The CEC cut-off of 508 is unchanged from February.`;
    expect(rounds(page, '2026-03-06')).toEqual([
      ['2026-03-04', '399', 'cec', 4000, 508],
      ['2026-03-05', '400', 'french', 5500, 397],
      ['2026-03-06', '401', 'managers', 250, 429],
    ]);
  });
});

describe('tie-break times written in other zones (u16-1-33, u16-1-36, u16-1-40, u16-2-24)', () => {
  const tieBreak = (rule: string, day = '2025-12-18') =>
    announcedDraws(`Express Entry: 5,000 CEC invitations today\n${day}\nIRCC invited 5,000 Canadian Experience Class candidates today with a minimum score of 515.\n${rule}`, day).map(
      (d) => d.tieBreak,
    );
  it('converts each zone to the UTC day and time IRCC states', () => {
    expect(tieBreak("Tie-break: 2025-12-04 21:53:27 (heure de l'Est / EST)")).toEqual(['2025-12-05T02:53:27Z']);
    expect(tieBreak('Règle de départage : 9 septembre 2025 à 0h58 (heure de Paris)')).toEqual(['2025-09-08']);
    expect(tieBreak('Tie-break: 18 Nov 2025, 02:09:00 GST')).toEqual(['2025-11-17T22:09:00Z']);
    expect(tieBreak('Tie-breaking rule – 23/10/2025 at 01:49:59 AM (India time)')).toEqual(['2025-10-22T20:19:59Z']);
    expect(tieBreak('Tie-break: October 9, 2025 at 7:15:02 PM PDT')).toEqual(['2025-10-10T02:15:02Z']);
    expect(tieBreak('Tie-break: 11 Dec 2025 09:30:10 (UTC+4)')).toEqual(['2025-12-11T05:30:10Z']);
    expect(tieBreak('Tie-break: 9 September 2025 at 00:58:11 (hora de Brasília)')).toEqual(['2025-09-09T03:58:11Z']);
  });
  it('keeps the day alone when every reading of a zone agrees on it, and none when they do not', () => {
    // "PST" is Pacific time to some, Philippine time to others: 10:00 is the same UTC day either way; 20:00 is not.
    expect(tieBreak('Tie-break: November 3, 2025 at 10:00:01 PST')).toEqual(['2025-11-03']);
    expect(tieBreak('Tie-break: November 3, 2025 at 20:00:01 PST')).toEqual([null]);
    // "EST" in summer: 19:30 is 23:30 or 00:30 UTC.
    expect(tieBreak('Tie-break: July 3, 2025 at 19:30:00 EST', '2025-07-18')).toEqual([null]);
  });
  it('reads no zone in a lower-case word after the time ("et", "est")', () => {
    expect(tieBreak('Le départage est le 4 décembre 2025 à 23h53 et concerne les profils créés avant.')).toEqual(['2025-12-04']);
  });
});

describe('a numeric byline with its section, "08-09-2022 | Canada PR News" (u16-2-26)', () => {
  it('is the page\'s day, not the round\'s: the round is the one its "Date : 06-09-2022" line gives (day first, as "13-04-2022" shows)', () => {
    const page = `ALL-PROGRAM DRAW IS BACK!\n08-09-2022 | Canada PR News\nDear aspirants, IRCC has conducted another all-program draw.\nDraw No. : 229\nDate : 06-09-2022\nInvitations : 3250\nCRS cut off : 510\nTie-breaking rule : 13-04-2022 at 10:15:00 UTC`;
    expect(announcedDraws(page, '2022-09-08').map((d) => [d.date, d.drawNumber, d.tieBreak])).toEqual([['2022-09-06', '229', '2022-04-13T10:15:00Z']]);
  });
});

describe('"N invitations issued in back-to-back draws" is their total (u16-1-31)', () => {
  it("gives no round the headline's total", () => {
    const page = `Express Entry: 3,820 invitations issued in back-to-back draws; CEC cut-off at 515\nJuly 18, 2024\nDraw #304 – Provincial Nominee Program (July 16)\nNumber of invitations: 1,391\nMinimum CRS score: 670\nDraw #305 – Canadian Experience Class (July 17)\nNumber of invitations: 6,300\nMinimum CRS score: 515`;
    expect(rounds(page, '2024-07-18').map((d) => [d[0], d[3]])).toEqual([
      ['2024-07-17', 6300],
      ['2024-07-16', 1391],
    ]);
  });
});

describe("a site's menu above the headline (u16-1-01, u16-2-01)", () => {
  it('"Home | Express Entry | Provincial Nominee Programs | Study" names no program of the round', () => {
    const page = `Maple News\nHome | Express Entry | Provincial Nominee Programs | Quebec | Study | Work\nExpress Entry: Sixth Draw Sees CRS Fall to 453\nMarch 28, 2015\nCIC held its sixth draw on March 27, 2015: 1,637 candidates received an invitation. The minimum score was 453 points.`;
    expect(rounds(page, '2015-03-28')).toEqual([['2015-03-27', '6', 'general', 1637, 453]]);
  });
});

describe("a week's rounds under dated headings, the headline's sum after the rounds it counts (u16-2-32, u16-2-36)", () => {
  it('"15/02/2024 – Draw #285 – Geral (sem programa específico)" heads its round; "— 8.400 convites!" after "2 draws" is their sum', () => {
    const page = `Brasil no Canadá\nSEMANA CHEIA: 2 draws do Express Entry em 2 dias — 3.256 convites!\nPublicado em 17/02/2024\nO IRCC fez duas rodadas seguidas. Confira:\n15/02/2024 – Draw #285 – Geral (sem programa específico)\n• Convites: 1.490\n• CRS mínimo: 534\n16/02/2024 – Draw #286 – Ocupações de saúde\n• Convites: 1.766\n• CRS mínimo: 420`;
    expect(rounds(page, '2024-02-17')).toEqual([
      ['2024-02-15', '285', 'general', 1490, 534],
      ['2024-02-16', '286', 'healthcare', 1766, 420],
    ]);
  });
  it('"2 ĐỢT MỜI EXPRESS ENTRY — TỔNG 3.256 THƯ MỜI" is two draws and their sum; "(giờ Việt Nam)" is the tie-break\'s zone', () => {
    const page = `TUẦN 15–16/02/2024: 2 ĐỢT MỜI EXPRESS ENTRY — TỔNG 3.256 THƯ MỜI\nNgày 17.02.2024 | Chuyên mục: Tin Express Entry\n🔸 Đợt #285 — 15/02/2024 — No program specified\nSố ITA: 1.490 | CRS tối thiểu: 534\nTie-breaking rule: 01/02/2024 lúc 20:33:44 (giờ Việt Nam)\n🔸 Đợt #286 — 16/02/2024 — Healthcare occupations\nSố ITA: 1.766 | CRS tối thiểu: 420`;
    expect(announcedDraws(page, '2024-02-17').map((d) => [d.date, d.drawNumber, d.invitations, d.minCrs, d.tieBreak])).toEqual([
      ['2024-02-15', '285', 1490, 534, '2024-02-01T13:33:44Z'],
      ['2024-02-16', '286', 1766, 420, null],
    ]);
  });
});

describe('draw cards under a byline with bars: "Draw #344 | 01/05/2025" under its program\'s heading (u16-2-38)', () => {
  it("each card is its round, with the heading's program and the card's day", () => {
    const page = `TWO CATEGORY DRAWS THIS WEEK: TRADES (1,800 @ 436) & FRENCH (3,200 @ 420)\n6th July, 2024 | By Ada Obi | 3 Comments\nIRCC held two category-based Express Entry draws on Thursday and Friday:\nTRADE OCCUPATIONS — FIRST EVER!\nDraw #305 | 05/07/2024\nInvitations: 1,800\nCut-off CRS: 436\nFRENCH-LANGUAGE PROFICIENCY\nDraw #306 | 08/07/2024\nInvitations: 3,200\nCut-off CRS: 420\nTie-break: 14/06/2024 at 13:05:11 (WAT)`;
    expect(announcedDraws(page, '2024-07-08').map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak])).toEqual([
      ['2024-07-05', '305', 'trades', 1800, 436, null],
      ['2024-07-08', '306', 'french', 3200, 420, '2024-06-14T12:05:11Z'],
    ]);
  });
});

describe('a weekly round-up over a table: "(11–14 JUN 2024) : 2 DRAWS, 4,499 ITAs !!", "Total ITAs : 4,499" (u16-2-40)', () => {
  it("each row of the headline's days is news; the sums and a row's cut-off told again make no round", () => {
    const page = `EXPRESS ENTRY WEEKLY ROUND-UP (11–14 JUN 2024) : 2 DRAWS, 4,499 ITAs !!\nPosted 15.06.2024 | Team Hub\nIs hafte IRCC ne 2 draws kitte. Poori details hethaan table vich :\nDraw | Date | Category | ITAs | CRS\n298 | 11.06.2024 | Canadian Experience Class | 3,000 | 522\n299 | 13.06.2024 | Provincial Nominee Program | 1,499 | 663\nTotal ITAs : 4,499\n✅ CEC waala draw – CRS sirf 522!! Vadiya mauka.`;
    expect(rounds(page, '2024-06-15')).toEqual([
      ['2024-06-11', '298', 'cec', 3000, 522],
      ['2024-06-13', '299', 'pnp', 1499, 663],
    ]);
  });
});

describe('"IRCC held four rounds …, three of them under the new category-based selection" (u16-1-26)', () => {
  it('is news of the rounds held, not a story about a new category', () => {
    const page = `Weekly Recap: Three Express Entry Draws, Including the First Category-Based Rounds\nSaturday, July 8, 2023 · by Team North\nWhat a week. IRCC held three rounds of invitations between Wednesday and Friday, two of them under the new category-based selection.\nWednesday, July 5 — STEM occupations (#254)\nCRS: 486 | ITAs: 500\nThursday, July 6 — Healthcare occupations (#255)\nCRS: 463 | ITAs: 1,500\nFriday, July 7 — French-language proficiency (#256)\nCRS: 439 | ITAs: 2,300`;
    expect(rounds(page, '2023-07-08')).toEqual([
      ['2023-07-05', '254', 'stem', 500, 486],
      ['2023-07-06', '255', 'healthcare', 1500, 463],
      ['2023-07-07', '256', 'french', 2300, 439],
    ]);
  });
});

describe('"le candidat le moins bien classé à avoir été invité totalisait 673 points" (u16-1-09)', () => {
  it('is the cut-off', () => {
    const page = `Entrée express : 290 candidats des provinces invités\n2 novembre 2017\nIRCC a tenu le 1er novembre 2017 une ronde pour les candidats du Programme des candidats des provinces. IRCC a invité 290 candidats, et le candidat le moins bien classé à avoir été invité totalisait 673 points.`;
    expect(rounds(page, '2017-11-02')).toEqual([['2017-11-01', null, 'pnp', 290, 673]]);
  });
});

describe('a page about a BC PNP round that recalls the last federal draw (u16-2-16)', () => {
  it('"BC PNP: nueva ronda … y Express Entry BC" announces no Express Entry draw', () => {
    const bc = `Canadá Fácil | Blog de inmigración\nInicio • Express Entry • PNP • Estudiar\nBC PNP: nueva ronda de invitaciones para Skills Immigration y Express Entry BC (16/10/2019)\nPublicado el 17/10/2019 por Ana\nAyer el gobierno de British Columbia (BC PNP, no IRCC) mandó invitaciones en sus categorías:\nCategoría | Puntaje mínimo BC\nEEBC – Skilled Worker | 95\nSI – Skilled Worker | 95\nTotal de invitaciones: 380\nPor cierto, el último draw federal fue el 10/10/2019: 3,900 ITAs con CRS mínimo de 464.`;
    expect(rounds(bc, '2019-10-17')).toEqual([]);
  });
  it('"Publicado el 17/10/2019" is the page\'s date line, not a round\'s day', () => {
    const federal = `Express Entry draw: 3,900 ITAs at CRS 464; BC PNP invites 412\nPublicado el 17/10/2019\nIRCC held an Express Entry draw on October 16, 2019: 3,900 ITAs with a minimum CRS of 464. British Columbia invited 412 candidates the day before.`;
    expect(rounds(federal, '2019-10-17')).toEqual([['2019-10-16', null, 'general', 3900, 464]]);
  });
});

describe('a French page of two rounds told in cards, then compared with other months (u8-337)', () => {
  const cards = `Santé : premier tirage pour les enseignants, suivi d'une ronde de 3 500 invitations\nPublié le 14 novembre 2025\nIRCC a tenu cette semaine un tirage pour l'éducation, avant d'enchaîner avec une grande ronde pour les professions de la santé.\nJeudi 13 novembre – éducation\nTirage no 377\nInvitations : 1 000\nScore minimal : 474\nVendredi 14 novembre – santé et services sociaux\nTirage no 378\nInvitations : 3 500\nScore minimal : 462`;
  const healthcare = (page: string) => announcedDraws(page, '2025-11-14').find((d) => d.drawNumber === '378') ?? null;
  it("keeps the news round's figures when a later sentence tells a round of another month", () => {
    const page = `${cards}\nPour la catégorie santé, ce tirage égale le plus grand de la catégorie, celui de juillet 2025 (3 500 invitations à 475). En octobre, la ronde ne comptait que 2 500 invitations, avec un minimum de 472.`;
    expect(healthcare(page)).toMatchObject({ date: '2025-11-14', program: 'healthcare', invitations: 3500, minCrs: 462 });
  });
});

describe('"Terça, 4/8 – Provincial Nominee Program": a weekday with its day and month, no year (u4-319)', () => {
  it('dates each round when the weekday falls on that day, and none when it does not', () => {
    const page = (first: string) =>
      `Express Entry: duas rodadas nesta semana\nPor Ana | 8 de outubro de 2025\nO IRCC fez duas rodadas de convites:\n${first} – Provincial Nominee Program (rodada #370): 345 convites, nota mínima 778\nQuarta, 8/10 – Canadian Experience Class (rodada #371): 1.000 convites, nota mínima 534`;
    expect(rounds(page('Terça, 7/10'), '2025-10-08').map((d) => d[0])).toEqual(['2025-10-07', '2025-10-08']);
    expect(rounds(page('Segunda, 7/10'), '2025-10-08').map((d) => d[0])).not.toContain('2025-10-07');
  });
});

describe('"IRCC held two separate rounds of invitations, one of them the first-ever round for …" (u8-205)', () => {
  it('gives its day to both rounds told under it', () => {
    const page = `Two Express Entry Draws on the Same Day\nJune 1, 2017\nOn Wednesday, May 31, 2017, IRCC held two separate rounds of invitations, one of them a round for the Provincial Nominee Program.\nRound #65 - Provincial Nominee Program\nInvitations: 135\nMinimum CRS score: 775\nRound #66 - No program specified\nInvitations: 3,877\nMinimum CRS score: 413`;
    expect(rounds(page, '2017-06-01')).toEqual([
      ['2017-05-31', '65', 'pnp', 135, 775],
      ['2017-05-31', '66', 'general', 3877, 413],
    ]);
  });
});

describe("a headline's round told again in the list of a day's rounds (u2-205)", () => {
  it('takes the day of "held two rounds on the same day"', () => {
    const page = `All-Program Round Invites 3,877 at 413\nJune 1, 2017\nOn Wednesday, May 31, 2017, IRCC held two Express Entry rounds on the same day. For the first time in weeks, IRCC held a round open to all programs.\nThe two draws:\n- Round 65 - Provincial Nominee Program: 135 invitations, minimum CRS 775\n- Round 66 - No program specified: 3,877 invitations, minimum CRS 413`;
    expect(rounds(page, '2017-06-01').sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ['2017-05-31', '65', 'pnp', 135, 775],
      ['2017-05-31', '66', 'general', 3877, 413],
    ]);
  });
});
