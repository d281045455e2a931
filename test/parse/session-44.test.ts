import { describe, expect, it } from 'vitest';
import { announcedDraws, rounds } from '../helpers/announced.ts';

/**
 * Session 44 of the reader (issue 14): round numbers on a draw card's own line, in new words (docs/parser.md "Session 44").
 */

describe("a draw card's number line under a sentence about another round (u16-2-33, u16-2-35)", () => {
  it('"Draw number : 301" opens the card of the round it tells below, not the earlier round the sentence before compared', () => {
    const page = [
      'HEALTHCARE DRAW: 3,750 ITAs at CRS 445 (4 Jul 2024)',
      'By Desk | 05.07.2024',
      'IRCC ne kal ek aur healthcare draw kiya. Pichhla healthcare draw (11.04.2024 ko) 3,500 ITAs at 431 tha.',
      'Draw Summary',
      'Draw number : 301',
      'Date : 04.07.2024',
      'Category : Healthcare occupations',
      'Invitations : 3,750',
      'Minimum CRS : 445',
    ].join('\n');
    expect(rounds(page, '2024-07-05')).toEqual([['2024-07-04', '301', 'healthcare', 3750, 445]]);
  });

  it('"► Numéro : 318" and "Round no. – 210" (a dash, or a hyphen once the text is cleaned) are round numbers on a label line', () => {
    const french = [
      'Nouveau tirage francophone',
      '10/10/2024',
      'IRCC a lancé un nouveau tirage ciblé.',
      '► Numéro : 318',
      '► Date : 10/10/2024',
      '► Catégorie : Compétence linguistique en français',
      '► Invitations : 1 000',
      '► Score minimal : 444',
    ].join('\n');
    expect(rounds(french, '2024-10-10')).toEqual([['2024-10-10', '318', 'french', 1000, 444]]);
    const punjabi = [
      'NEW PNP DRAW, 613 ITA, CRS 737',
      '25/11/2021',
      'IRCC ne kal (24 November 2021) navaan Express Entry draw kitta.',
      'Round no. \u2013 210',
      'Date \u2013 24/11/2021',
      'Program \u2013 PNP',
      'ITAs \u2013 613',
      'Lowest CRS \u2013 737',
    ].join('\n');
    expect(rounds(punjabi, '2021-11-25')).toEqual([['2021-11-24', '210', 'pnp', 613, 737]]);
  });

  // Guards: these read the same before this session's change.
  it('a card under "Here are the details:" of the round just told keeps its number on that round (u1-208)', () => {
    const page = [
      'Express Entry Draw #80: 2,750 ITAs at 446',
      'December 21, 2017',
      'IRCC held another round of invitations on Wednesday, December 20, 2017. Here are the details:',
      'Draw number: 80',
      'Program: No program specified',
      'Invitations issued: 2,750',
      'Minimum CRS score: 446',
      'The cut-off fell by six points compared with the previous round on December 6 (2,750 ITAs, 452 points).',
    ].join('\n');
    expect(rounds(page, '2017-12-21')).toEqual([['2017-12-20', '80', 'general', 2750, 446]]);
  });

  it('"Round \u2013 210 ITAs" is a count, not a round number', () => {
    const page = ['New PNP draw', 'November 25, 2021', 'IRCC held a PNP draw on November 24, 2021 with a lowest score of 737.', 'Round \u2013 613 ITAs'].join('\n');
    expect(rounds(page, '2021-11-25').map((r) => r[1])).toEqual([null]);
  });
});

describe('French round numbers (u16-2-17, u8-336)', () => {
  it('"Tirage Entrée Express n° 131 du 27/11/2019" names round 131', () => {
    const page = [
      'Le blog',
      'Tirage Entrée Express n° 131 du 27/11/2019 : 3 600 ITA, score minimum 471',
      'Publié le 28/11/2019',
      'IRCC a invité 3 600 candidats de tous les programmes le 27 novembre 2019, avec un score minimum de 471.',
    ].join('\n');
    expect(rounds(page, '2019-11-28')).toEqual([['2019-11-27', '131', 'general', 3600, 471]]);
  });

  it('"- Mardi 2 septembre – candidats des provinces (no 363) : 249 invitations": each day\u2019s line has its round number in brackets', () => {
    const page = [
      'Trois rondes cette semaine',
      '5 septembre 2025',
      'IRCC a tenu trois rondes d\u2019invitations du 2 au 4 septembre.',
      '- Mardi 2 septembre \u2013 candidats des provinces (no 363) : 249 invitations, score minimal de 772.',
      '- Mercredi 3 septembre \u2013 expérience canadienne (no 364) : 1 000 invitations, score minimal de 534.',
      '- Jeudi 4 septembre \u2013 compétences en français (no 365) : 4 500 invitations, score minimal de 446.',
    ].join('\n');
    expect(rounds(page, '2025-09-05').map((r) => [r[0], r[1]])).toEqual(
      expect.arrayContaining([
        ['2025-09-02', '363'],
        ['2025-09-03', '364'],
        ['2025-09-04', '365'],
      ]),
    );
    // Not a bracket that opens no day's line.
    expect(rounds('Express Entry\n5 septembre 2025\nIRCC a invité 249 candidats des provinces (no 363) le 2 septembre 2025, score minimal de 772.', '2025-09-05').map((r) => r[1])).toEqual([null]);
  });
});

describe("a round's number in a card's or a row's cell (u18-2-30, u18-2-21, p2-324, u16-1-14)", () => {
  it('"Round #385 · Dec 11, 2025" under a program heading is the card\u2019s line, not the page\u2019s dateline', () => {
    const page = [
      'DrawDesk.ca - Live Express Entry results',
      'Thursday, December 11, 2025',
      'TODAY',
      'Healthcare and social services occupations',
      'Round #385 \u00b7 Dec 11, 2025',
      'ITAs: 1,000 | CRS: 476',
      'Tie-break: Nov 26, 2025 07:44:30 UTC',
    ].join('\n');
    expect(rounds(page, '2025-12-11')).toEqual([['2025-12-11', '385', 'healthcare', 1000, 476]]);
  });

  it('"June 19, 2024 / CEC / 3000 invitations / min. CRS 522 / #303": the last cell of a day\u2019s row', () => {
    expect(rounds('Express Entry draw\nJune 19, 2024 / CEC / 3000 invitations / min. CRS 522 / #303', '2024-06-20')).toEqual([['2024-06-19', '303', 'cec', 3000, 522]]);
    // Not a tag at the end of a row without a day.
    expect(rounds('Express Entry draw\nJune 20, 2024\nCEC / 3000 invitations / min. CRS 522 / #303', '2024-06-20').map((r) => r[1])).toEqual([null]);
  });

  it('"#100 \u00b7 24 Sep 2018 \u00b7 Federal Skilled Trades" opens a tracker\u2019s latest-draw card', () => {
    const page = ['EE Draw Tracker', 'Last updated: September 24, 2018', 'LATEST DRAW', '#100 \u00b7 24 Sep 2018 \u00b7 Federal Skilled Trades', 'Invitations: 400', 'Minimum CRS: 284'].join('\n');
    expect(rounds(page, '2018-09-24')).toEqual([['2018-09-24', '100', 'fst', 400, 284]]);
  });
});

describe('tie-break rules in translated words (p6-106, p6-111, p3-302)', () => {
  it('"Rule of departure of the ex aequo: 15/07/2025 at 17:30:33 UTC" (a machine translation of "règle de départage des ex aequo")', () => {
    const page =
      'New CEC draw\nJuly 22, 2025\nIRCC invited 3,000 Canadian Experience Class candidates on July 22, 2025. The minimum score was 518.\nRule of departure of the ex aequo: 15/07/2025 at 17:30:33 UTC.';
    expect(announcedDraws(page, '2025-07-22').map((d) => d.tieBreak)).toEqual(['2025-07-15T17:30:33Z']);
  });

  it('"Candidates tied at 399 were split by the date of submission: August 24, 2025 at 23:43:05 UTC"', () => {
    const page =
      'French draw\nSeptember 3, 2025\nIRCC invited 4,500 French-speaking candidates on September 3, 2025, with a minimum score of 399. Candidates tied at 399 were split by the date of submission: August 24, 2025 at 23:43:05 UTC.';
    expect(announcedDraws(page, '2025-09-03').map((d) => d.tieBreak)).toEqual(['2025-08-24T23:43:05Z']);
    // Not a leaving: "His departure on …".
    expect(
      announcedDraws(
        'French draw\nSeptember 3, 2025\nIRCC invited 4,500 French-speaking candidates on September 3, 2025, with a minimum score of 399. The minister\u2019s departure on August 24, 2025 at 23:43 UTC was not announced.',
        '2025-09-03',
      ).map((d) => d.tieBreak),
    ).toEqual([null]);
  });
});

describe("the headline's round, told after a round of another program (p2-720, p2-722, p1-036, p10-106 …)", () => {
  it('"Express Entry: French draw" over a PNP round of March 17 and a French round of March 21: the French round is the news', () => {
    const page =
      'Express Entry: French draw\nRound #338 on March 17 invited 536 PNP candidates (CRS 736). Round #339, on March 21, 2025, invited 7,500 French-speaking candidates, with a cut-off of 379.';
    expect(rounds(page, '2025-03-21')).toEqual([['2025-03-21', '339', 'french', 7500, 379]]);
  });

  // Guards: a headline that tells two rounds, and one with no program, announce as before.
  it('"Primera ronda para docentes … y nueva ronda de salud" tells two rounds: both stay news (u8-333)', () => {
    const page = [
      'Primera ronda para docentes en Express Entry y nueva ronda de salud',
      'Redacción | 2 de mayo de 2025',
      'IRCC estrenó la categoría de educación con una ronda de invitaciones el jueves 1 de mayo y, un día después, celebró una ronda para profesionales de la salud y servicios sociales.',
      'Educación – 1 de mayo de 2025',
      '- Ronda: #344',
      '- Invitaciones: 1.000',
      '- Puntaje CRS mínimo: 479',
      'Salud y servicios sociales – 2 de mayo de 2025',
      '- Ronda: #345',
      '- Invitaciones: 500',
      '- Puntaje CRS mínimo: 510',
    ].join('\n');
    expect(rounds(page, '2025-05-02').map((r) => r[1])).toEqual(['344', '345']);
  });
});

describe("the page's own day (p9-113)", () => {
  it('"Good morning and welcome to today\u2019s tracker" dates no round: last week\u2019s rounds told before it stay last week\u2019s', () => {
    const page = [
      'Express Entry draw tracker: live updates for Thursday, July 25',
      'Updated 5:30 p.m. ET',
      "5:30 p.m. - No draw today. IRCC has not held a round of invitations since last Thursday. We'll pick up again next week.",
      '11:00 a.m. - Reader question: why are there no all-program rounds any more? The last one was on April 23 (2,095 invitations, minimum 529).',
      '9:30 a.m. - Where things stand: last week IRCC held three rounds on three consecutive days - a PNP round on Tuesday, July 16 (1,391 invitations, CRS 670), a CEC round on Wednesday, July 17 (6,300, 515) and a French-language round on Thursday, July 18 (1,800, 400). This week, nothing so far.',
      "9:00 a.m. - Good morning and welcome to today's tracker.",
    ].join('\n');
    expect(rounds(page, '2024-07-25')).toEqual([]);
  });
});

describe('a round the site already reported (p7-232)', () => {
  it('"Monday\u2019s PNP round, which we reported on Monday, invited 228 nominees" is no news of a live page two days later', () => {
    const page = [
      'LIVE: Express Entry draw watch \u2014 Wednesday, September 17, 2025',
      'All times Eastern (ET). Newest updates at the bottom.',
      "8:00 a.m. \u2014 Good morning. No round yet today. Monday's PNP round, which we reported on Monday, invited 228 nominees with a cut-off of 746. IRCC often follows with a second round midweek.",
      "9:45 a.m. \u2014 Still nothing on IRCC's rounds page. Readers are asking about the education category, which last had a round on May 1 (1,000 invitations at 479).",
      "11:36 a.m. \u2014 It's here! IRCC has run an education occupations round this morning.",
      '11:45 a.m. \u2014 The details: 2,500 invitations, minimum CRS 462. That\u2019s 17 points lower than the May 1 education round and two and a half times the size.',
      '12:10 p.m. \u2014 The tie-break: July 9, 2025 at 04:24:19 UTC.',
    ].join('\n');
    expect(rounds(page, '2025-09-17')).toEqual([['2025-09-17', null, 'education', 2500, 462]]);
  });
});
