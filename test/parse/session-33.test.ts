import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/**
 * Session 33 of the reader (issue 14): each case is the shape of a made-up page (test/parse/made-up/) the reader got wrong
 * (docs/parser.md "Session 33").
 */

const programs = loadPrograms();
const announced = (text: string, published?: string) => parseArticle(text, { programs, ...(published ? { published } : {}) }).draws.filter((d) => d.primary);
const facts = (text: string, published: string) => announced(text, published).map((d) => [d.date, d.program, d.invitations, d.minCrs]);

describe('"Nurses were among the 1,000 candidates invited today in the healthcare category"', () => {
  it('the group among the invited names no program, the category after "among" does', () => {
    expect(
      facts(
        'Nurses and PSWs among 1,000 invited\nDecember 11, 2025 | Newcomer Blog\nNurses, PSWs and other health workers were among the 1,000 candidates invited today in the healthcare and social services category. The minimum CRS was 476.',
        '2025-12-11',
      ),
    ).toEqual([['2025-12-11', 'healthcare', 1000, 476]]);
  });
  it('French-speaking nurses among the invited of a healthcare round, under a "Francophone" headline, are no French round (p4-317, p4-330)', () => {
    expect(
      facts(
        'Francophone nurses and PSWs among 1,000 invited\nDecember 11, 2025 | Montreal Newcomer Blog\nFrench-speaking nurses, PSWs and other health workers were among the 1,000 candidates invited today in the healthcare and social services category. The minimum CRS was 476.',
        '2025-12-11',
      ),
    ).toEqual([['2025-12-11', 'healthcare', 1000, 476]]);
    expect(
      facts(
        "French-speaking PSWs among 4,000 invited\nJune 25, 2026 | Lagos Migrant Times\nFrench-speaking PSWs, nurses and care aides were among the 4,000 people invited today in IRCC's health and social services round, which had a minimum CRS of 475.",
        '2026-06-25',
      ),
    ).toEqual([['2026-06-25', 'healthcare', 4000, 475]]);
  });
  it('a program named before "were among those" is still one group of several, not the round\u2019s', () => {
    expect(
      facts(
        'Express Entry draw\nJune 25, 2026 | Blog\nIRCC invited 4,000 candidates today with a minimum CRS of 475. Canadian Experience Class candidates were among those invited.',
        '2026-06-25',
      ).map((f) => f[1]),
    ).not.toContain('cec');
  });
});

describe('"candidates with Canadian experience and strong French skills"', () => {
  it('the category after a program named as the candidates\u2019 quality names the round (p4-331)', () => {
    expect(
      facts(
        "Canadian experience and French: who got today's 800 ITAs?\nNovember 15, 2024 | Desi Immigration Hub\nToday's draw invited 800 candidates with canadian experience and strong French skills. The lowest score was 478.",
        '2024-11-15',
      ),
    ).toEqual([['2024-11-15', 'french', 800, 478]]);
  });
  it('a Canadian Experience Class round told alone stays CEC', () => {
    expect(facts('Express Entry\nNovember 15, 2024 | Hub\nToday\u2019s draw invited 800 candidates with Canadian experience. The lowest score was 478.', '2024-11-15').map((f) => f[1])).toEqual([
      'cec',
    ]);
  });
});

describe('a claimed draw the page calls fake (red-team pages p5-106, p5-113, p5-205, p5-223)', () => {
  it('a fact check\u2019s quoted post is no draw: its figures are taken back', () => {
    const text = [
      'Fact check: No, IRCC did not hold a 10,000-invitation CEC draw',
      'Verification Team | January 15, 2025',
      'Claim: A post shared thousands of times on Tuesday read:',
      '"NEW Express Entry draw - January 14, 2025',
      'Program: Canadian Experience Class',
      'Invitations: 10,000',
      'Minimum CRS: 480"',
      'Verdict: False. No such draw took place.',
      'The most recent rounds were a Provincial Nominee Program draw on January 7 (471 invitations, CRS 793) and a CEC draw on January 8 (1,350 invitations, CRS 542).',
    ].join('\n');
    expect(facts(text, '2025-01-15')).toEqual([]);
  });
  it('a live blog\u2019s update that a claim "is false", "is fake" takes back the claim\u2019s figures, and only them', () => {
    const live = [
      'Live: Will IRCC hold an Express Entry draw today?',
      'Live Updates | July 9, 2025',
      '11:20 am ET: No draw yet.',
      'UPDATE 1:45 pm: Several accounts on X are posting that IRCC has just held a healthcare draw with 2,500 invitations and a cut-off of 472. We are checking.',
      'UPDATE 2:05 pm: That claim is false. IRCC\u2019s rounds page shows no new round.',
    ].join('\n');
    expect(facts(live, '2025-07-09')).toEqual([]);
    const watch = [
      'Express Entry watch: Wednesday, May 13, 2026',
      '2:40 p.m. \u2014 A screenshot going around on Telegram claims "CEC draw today: 2,500 ITAs, CRS 512". It is fake: IRCC\u2019s rounds page shows no round today.',
    ].join('\n');
    expect(facts(watch, '2026-05-13')).toEqual([]);
    const forward = [
      'Fact check: No, IRCC did not hold a 10,000-invitation CEC draw today',
      'By Staff Writer | July 14, 2025',
      'A message circulating in WhatsApp groups since this morning claims that IRCC has held a surprise draw. The forward reads:',
      '"SURPRISE DRAW TODAY!! IRCC just held an Express Entry CEC draw \u2013 10,000 ITAs at CRS 505. Forward to all groups"',
      'Forwarded many times',
      'This is false. No Express Entry round has been held today.',
    ].join('\n');
    expect(facts(forward, '2025-07-14')).toEqual([]);
  });
  it('the real draw told after the denial is still read', () => {
    const text =
      'CEC draw today\nJuly 8, 2025 | Desk\nPosts on Telegram claimed a 10,000-invitation draw this morning. That is false. IRCC did hold a Canadian Experience Class draw today: 3,000 invitations, with a minimum CRS of 518.';
    expect(facts(text, '2025-07-08')).toEqual([['2025-07-08', 'cec', 3000, 518]]);
    const sameSentence =
      'CEC draw today\nJuly 8, 2025 | Desk\nIRCC invited 3,000 Canadian Experience Class candidates today with a minimum CRS of 518; posts claiming a 10,000-invitation draw are fake.';
    expect(facts(sameSentence, '2025-07-08')).toEqual([['2025-07-08', 'cec', 3000, 518]]);
  });
});

describe('readers\u2019 comments, an "On this day" box and "One year ago today" (red-team pages p5-306, p5-321, p5-339)', () => {
  it('a comment under the article is no news of the page\u2019s day', () => {
    const text = [
      'Express Entry: CEC draw invites just 400, CRS 539',
      'Nov 19, 2024',
      'IRCC held another small CEC round today: 400 ITAs at a minimum of 539 points.',
      'Comments (2)',
      'Dev M. \u00b7 Nov 19, 2024 \u2014 537, missed by 2 points again',
      'Meera \u00b7 Nov 19, 2024 \u2014 Healthcare got 3,750 ITAs with a minimum score of 445 back in July. When is the next one?',
    ].join('\n');
    expect(facts(text, '2024-11-19')).toEqual([['2024-11-19', 'cec', 400, 539]]);
  });
  it('an "On this day \u00b7 1 yr ago" box under a forecast announces nothing', () => {
    const text = [
      'Express Entry forecast: what to expect for the rest of July 2025',
      'By Analysis Desk | 2025-07-18',
      'No Express Entry draw has taken place since July 8. Here is what our analysts expect for the coming weeks.',
      'Our prediction for the next CEC round: between 1,000 and 3,000 invitations.',
      'On this day \u00b7 1 yr ago',
      'Thu 18 Jul: IRCC invites 1,800 French speakers with a minimum CRS of 400',
    ].join('\n');
    expect(facts(text, '2025-07-18')).toEqual([]);
  });
  it('"One year ago today, IRCC invited 1,980 candidates" is no draw of the page\u2019s day', () => {
    const text = [
      'Job-offer points removed from CRS starting today',
      '25.03.2025 | Policy',
      'From today, candidates no longer receive 50 or 200 CRS points for an arranged employment offer.',
      'One year ago today, IRCC invited 1,980 candidates in an all-program round with a minimum CRS of 524, when job-offer points still counted.',
    ].join('\n');
    expect(facts(text, '2025-03-25')).toEqual([]);
  });
});

describe('a weekly recap of the week just ended (blind pages u1-217, u1-226, u1-229)', () => {
  it('"Weekly Express Entry Recap", "Week in Review", "Weekly … Roundup" announce the week\u2019s rounds, not only the last one', () => {
    const body = [
      'Maple Leaf Weekly | April 17, 2020',
      'For the second week in a row, IRCC held two program-specific Express Entry rounds.',
      'Wednesday, April 15 \u2013 Provincial Nominee Program (round #143)',
      '- Invitations: 118',
      '- Minimum CRS: 808',
      'Thursday, April 16 \u2013 Canadian Experience Class (round #144)',
      '- Invitations: 3,782',
      '- Minimum CRS: 455',
      'Last week\u2019s April 9 rounds invited 606 PNP candidates (minimum 698).',
    ];
    const expected = [
      ['2020-04-15', 'pnp', 118, 808],
      ['2020-04-16', 'cec', 3782, 455],
    ];
    for (const headline of ['Weekly Express Entry Recap: April 13\u201317, 2020', 'Express Entry Week in Review (April 13\u201317, 2020)', 'Weekly Express Entry Roundup: two rounds']) {
      expect(facts([headline, ...body].join('\n'), '2020-04-17'), headline).toEqual(expected);
    }
    // A month's recap is still no news.
    expect(facts(['Monthly Express Entry recap: April 2020', ...body].join('\n'), '2020-04-17')).not.toContainEqual(['2020-04-15', 'pnp', 118, 808]);
  });
  it('"Tue, Jul 4 \u2013 General (all programs), round #253: \u2026" is a row dated July 4, not a dateline', () => {
    const text = [
      'Express Entry Week in Review: Four Draws in Four Days (July 4\u20137, 2023)',
      'Northbound Advisors | July 8, 2023',
      'IRCC held a round of invitations every day from Tuesday to Friday.',
      'Tue, Jul 4 \u2013 General (all programs), round #253: 700 ITAs, min CRS 511',
      'Wed, Jul 5 \u2013 STEM occupations, round #254: 500 ITAs, min CRS 486',
    ].join('\n');
    expect(announced(text, '2023-07-08').map((d) => [d.date, d.drawNumber])).toEqual([
      ['2023-07-04', '253'],
      ['2023-07-05', '254'],
    ]);
  });
});

describe('"fell 12 points from the May 31 round (5,956 invitations, 380)" (blind page u1-312)', () => {
  it('a draw named by its day after "from the", "than the" is compared with, not the news of a page whose news is its table', () => {
    const text = [
      'This week in Express Entry: PNP and CEC draws, 6,940 invitations',
      'ImmiData Weekly | June 11, 2021',
      'Draw | Date | Program | ITAs | CRS',
      '#191 | June 9, 2021 | Provincial Nominee Program | 940 | 711',
      '#192 | June 10, 2021 | Canadian Experience Class | 6,000 | 368',
      'KEY POINTS',
      '- The CEC cut-off fell 12 points from the May 31 round (5,956 invitations, 380).',
      '- 368 is the lowest CEC cut-off since February.',
    ].join('\n');
    const got = facts(text, '2021-06-11');
    expect(got).toContainEqual(['2021-06-10', 'cec', 6000, 368]);
    expect(got.filter((d) => d[0] === '2021-05-31')).toEqual([]);
  });
});

describe('a round recalled below the opening of a page that does not speak of draws (blind pages u1-103, u1-105, u1-114, u1-316)', () => {
  it('"The most recent round was on May 31, with 3,877 invitations" in a CRS explainer\u2019s FAQ is no news', () => {
    const text = [
      'CRS changes now in effect: points for French and siblings',
      'Immigrate North | June 7, 2017',
      'The Comprehensive Ranking System changed on June 6, 2017. Here is what is different in the grid and who benefits.',
      'French-language skills: 15 additional points for candidates with NCLC 7 or higher.',
      'Sibling in Canada: 15 points if you or your spouse has a brother or sister in Canada.',
      'The additional points are still capped at 600 in total.',
      'FAQ',
      'Do I need to update my profile?',
      'Yes, if you have a sibling in Canada or French test results.',
      'The most recent round was on May 31, with 3,877 invitations and a cut-off of 413.',
    ].join('\n');
    expect(facts(text, '2017-06-07')).toEqual([]);
  });
  it('"The June 26 round invited 3,350 candidates at 462" under a pool update is no news', () => {
    const text = [
      'Express Entry pool: how many candidates are ahead of you?',
      'By A. Writer | South Asian Link | July 5, 2019',
      'New figures show how crowded the Express Entry pool has become. As of early July, there were about 131,000 active profiles.',
      'The band between 441 and 450 has grown sharply.',
      'Consultants say the pool is growing faster than before.',
      'Many candidates are stuck just below the line.',
      'The June 26 round invited 3,350 candidates at 462.',
    ].join('\n');
    expect(facts(text, '2019-07-05')).toEqual([]);
  });
  it('a digest\u2019s item "IRCC held an Express Entry draw on September 1" is still its news', () => {
    const text = [
      'Canada extended measures for PGWP distance learning',
      'On September 1, 2023, the Government of Canada extended measures for the Post-Graduation Work Permit.',
      'Students have until the end of the year.',
      'Schools welcomed the news.',
      'Employers too.',
      'IRCC held an Express Entry draw on September 1, 2023, inviting 1,500 candidates with a minimum CRS score of 496.',
    ].join('\n');
    expect(facts(text, '2023-09-05').map((d) => [d[2], d[3]])).toEqual([[1500, 496]]);
  });
});

describe('a message\u2019s emphasis around figures (blind page u1-221)', () => {
  it('"Invitations: *5,956*", "**380**", "_Broadcast_" read as the words inside', () => {
    const text = [
      '*EXPRESS ENTRY DRAW \u2013 31 MAY 2021*',
      '_Broadcast from a consultancy_',
      'IRCC has held a new *Canadian Experience Class* draw today:',
      '\u25aa\ufe0f Invitations: *5,956*',
      '\u25aa\ufe0f Minimum CRS: **380**',
    ].join('\n');
    expect(facts(text, '2021-05-31')).toEqual([['2021-05-31', 'cec', 5956, 380]]);
  });
});

describe('a province\u2019s row or labelled line in a digest (red-team pages p6-221, p6-223, p6-239)', () => {
  it('"British Columbia | Oct 15 | … healthcare | 67 ITAs | minimum 88", "Saskatchewan: 399 invitations on July 23" are no federal round', () => {
    const text = [
      'PNP weekly: Ontario, BC and Saskatchewan invite while IRCC stays quiet',
      'Maple Pathways Weekly | October 18, 2024',
      'Provincial programs did all the inviting this week.',
      'Province | Date | Stream | Invitations | Score',
      'British Columbia | Oct 15 | Skills Immigration \u2013 targeted healthcare | 67 ITAs | minimum 88',
      'Saskatchewan: 399 invitations on October 17 in its International Skilled Worker category, minimum EOI score 81.',
    ].join('\n');
    expect(facts(text, '2024-10-18')).toEqual([]);
  });
});

describe('a news release\u2019s dateline over a later given date (red-team page p6-110)', () => {
  it('"June 28, 2023\u2014Ottawa\u2014 \u2026 Today, IRCC held \u2026" read on June 29 (its "Date modified") tells June 28\u2019s round', () => {
    const text = [
      'Canada launches first Express Entry round for health care workers',
      'News release',
      'June 28, 2023\u2014Ottawa\u2014Canada\u2019s health care system needs more workers. Today, Immigration, Refugees and Citizenship Canada (IRCC) held its first-ever category-based round of invitations, inviting 500 candidates with work experience in health care occupations.',
      'The minimum Comprehensive Ranking System score in today\u2019s round was 476.',
      'Date modified: 2023-06-29',
    ].join('\n');
    expect(facts(text, '2023-06-29')).toEqual([['2023-06-28', 'healthcare', 500, 476]]);
    // Read a week later, its "today" is still the dateline's day.
    expect(facts(text, '2023-07-05').map((d) => d[0])).toEqual(['2023-06-28']);
  });
});

describe('a year in review\u2019s rows of rounds (red-team page p6-217)', () => {
  it('"December 2, 2024 \u2013 Provincial Nominee Program \u2013 676 invitations \u2013 CRS 705" is no release\u2019s dateline: the review announces nothing', () => {
    const text = [
      '2024 in review: Express Entry and provincial draws by the numbers',
      'Maple Pathways Weekly | January 3, 2025',
      '2024 was a year of targeted selection.',
      'The federal year ended with these rounds in December:',
      'December 2, 2024 \u2013 Provincial Nominee Program \u2013 676 invitations \u2013 CRS 705',
      'December 3, 2024 \u2013 French language proficiency \u2013 800 invitations \u2013 CRS 466',
    ].join('\n');
    expect(facts(text, '2025-01-03')).toEqual([]);
  });
});

describe('a day told in another country\u2019s time beside Canada\u2019s (red-team page p6-119)', () => {
  it('"Beijing time November 13 at 00:45 (Canadian time November 12 in the morning)" dates the round November 12', () => {
    const text = [
      'Canada Express Entry draw: CEC category 1,000 people, score line 533 points',
      'Source: Maple Leaf Network | 2025-11-13 08:05',
      'Beijing time November 13 at 00:45 (Canadian time November 12 in the morning), IRCC carried out an Express Entry lottery for the Canadian Experience Class (CEC), issuing 1,000 invitations (ITA), the lowest score 533 points.',
    ].join('\n');
    expect(facts(text, '2025-11-13').map((d) => d[0])).toEqual(['2025-11-12']);
  });
});

describe('"On the same day, IRCC also held a separate draw" (blind page u1-107)', () => {
  it('takes the day of the round told before it, and is one more round of the news', () => {
    const text = [
      'Skilled trades get their own Express Entry draw',
      'By A. Writer | Herald | May 27, 2017',
      'Tradespeople got good news Friday when IRCC held the first draw aimed only at the Federal Skilled Trades Program.',
      'IRCC invited 400 Federal Skilled Trades candidates, and the minimum Comprehensive Ranking System score was only 199.',
      'On the same day, IRCC also held a separate draw for Provincial Nominee Program candidates, inviting 143 people with a minimum score of 775.',
    ].join('\n');
    expect(facts(text, '2017-05-27')).toEqual([
      ['2017-05-26', 'fst', 400, 199],
      ['2017-05-26', 'pnp', 143, 775],
    ]);
  });
});

describe('a round told in Asian time, a day ahead of Ottawa (red-team pages p7-230, p7-238, p7-240)', () => {
  it('"at 00:10 KST on 17 December … In Canada it was still Tuesday 16 December" is December 16\u2019s round', () => {
    const text = [
      'Canada invites 5,000 Canadian Experience Class candidates',
      '17 December 2025, 08:00 KST',
      'Canada\u2019s immigration department held a Canadian Experience Class round at 00:10 KST on 17 December. In Canada, it was still Tuesday 16 December, and IRCC dates the round 16 December 2025.',
      'Canada invited 5,000 candidates with a minimum Comprehensive Ranking System score of 515.',
    ].join('\n');
    expect(facts(text, '2025-12-16')).toEqual([['2025-12-16', 'cec', 5000, 515]]);
    const manila =
      'Canada\u2019s first CEC draw of 2025\nManila | January 9, 2025\nCanada held a Canadian Experience Class draw at 12:02 a.m. Philippine time on Thursday, January 9, inviting 1,350 candidates with a minimum CRS of 542.';
    expect(facts(manila, '2025-01-08').map((d) => d[0])).not.toContain('2025-01-09');
  });
  it('an evening abroad ("around 11 pm IST on Friday") is still the day of the round', () => {
    const text =
      'IRCC\u2019s French draw\nBy our correspondent, Chandigarh\nThe results landed around 11 pm IST on Friday, February 6, 2026: IRCC invited 8,500 French-proficient candidates with a cut-off of 400.';
    expect(facts(text, '2026-02-07')).toEqual([['2026-02-06', 'french', 8500, 400]]);
  });
});

describe('the same week a year before, the same cut-off as the previous round (red-team pages p7-119, p7-134)', () => {
  it('"In the same week of 2024, IRCC held a PNP round on December 2 (676 invitations, CRS 705)" is no news of this week', () => {
    const text = [
      'Three Express Entry draws this week',
      'December 12, 2025 | Weekly roundup',
      'IRCC held three rounds of invitations this week.',
      'Monday, December 8: Provincial Nominee Program. 1,123 invitations, minimum CRS 729.',
      'In the same week of 2024, IRCC held a PNP round on December 2 (676 invitations, CRS 705).',
    ].join('\n');
    expect(facts(text, '2025-12-12')).toEqual([['2025-12-08', 'pnp', 1123, 729]]);
  });
  it('", exactly the same cut-off as the previous CEC round on February 17, which invited 6,000" is that round\u2019s, not the news\u2019s', () => {
    const text = [
      'We had clients on both sides of today\u2019s 508 cut-off.',
      'Blog | Consulting | March 3, 2026',
      'Today\u2019s Canadian Experience Class round (#400) invited 4,000 candidates with a minimum CRS of 508, exactly the same cut-off as the previous CEC round on February 17, which invited 6,000.',
    ].join('\n');
    expect(facts(text, '2026-03-03')).toEqual([['2026-03-03', 'cec', 4000, 508]]);
  });
});

describe('figures that are changes or marks, and keycap digits (red-team pages p5-219, p5-309, p5-328, p7-312)', () => {
  it('"+250 ITAs", "(+250)" are a change, not the count', () => {
    const text = 'Express Entry draw #229: +250 ITAs, CRS down 8 points to 525\nAugust 17, 2022\nIRCC held an all-program draw today.\nInvitations: 2,250 (+250)\nMinimum CRS: 525';
    expect(facts(text, '2022-08-17').map((d) => [d[2], d[3]])).toEqual([[2250, 525]]);
  });
  it('"plunges 254 points to 481" gives the cut-off 481', () => {
    const text = 'Express Entry: CRS cut-off plunges 254 points to 481\nMarch 20, 2015\nIRCC invited 1,620 candidates in today\u2019s all-program draw.';
    expect(facts(text, '2015-03-20').map((d) => d[3])).toEqual([481]);
  });
  it('"seuil sous la barre des 400" is a mark the cut-off fell under, not the cut-off', () => {
    const text =
      'Entr\u00e9e express : 6 000 invitations pour les francophones, seuil sous la barre des 400\n17 d\u00e9cembre 2025\nIRCC a invit\u00e9 aujourd\u2019hui 6 000 candidats francophones; la note minimale du SCG \u00e9tait de 399.';
    expect(facts(text, '2025-12-17').map((d) => d[3])).toEqual([399]);
  });
  it('keycap digits ("4\ufe0f\u20e30\ufe0f\u20e30\ufe0f\u20e30\ufe0f\u20e3") read as the number', () => {
    const text = '\ud83d\udea8 CEC DRAW TODAY\nMarch 17, 2026\nIRCC held a Canadian Experience Class draw today.\nITAs: 4\ufe0f\u20e30\ufe0f\u20e30\ufe0f\u20e30\ufe0f\u20e3\nMinimum CRS: 507';
    expect(facts(text, '2026-03-17')).toEqual([['2026-03-17', 'cec', 4000, 507]]);
  });
});

describe('a round\u2019s time before 05:00 UTC (session 32\u2019s known limit p3-311)', () => {
  it('"July 18, 2015 at 00:04:00 UTC, which is 8:04 pm Friday in Ottawa" is no July 18 round', () => {
    const text = [
      'Express Entry: 1,581 invitations in tonight\u2019s draw',
      'Posted Friday, 8:40 pm ET',
      'CIC has just published the results of the 13th round of invitations: 1,581 candidates were invited, and the lowest CRS score was 451.',
      'The official record gives the round\u2019s time as July 18, 2015 at 00:04:00 UTC, which is 8:04 pm Friday in Ottawa.',
    ].join('\n');
    expect(facts(text, '2015-07-17').map((d) => d[0])).toEqual(['2015-07-17']);
  });
});

describe('several rounds told in Spanish, Portuguese or French (blind page u1-338)', () => {
  it('"IRCC realizó tres rondas de invitaciones esta semana" announces each row of the week; "frente al sorteo del 8 de julio" compares', () => {
    const text = [
      'Semana intensa en Express Entry: tres sorteos y 9.491 invitaciones',
      'Latinos en Canad\u00e1 | 19 de julio de 2024',
      'IRCC realiz\u00f3 tres rondas de invitaciones esta semana.',
      'Sorteo #303 \u2013 martes 16 de julio \u2013 Programa de Nominados Provinciales (PNP): 1.391 invitaciones, CRS m\u00ednimo 670',
      'Sorteo #304 \u2013 mi\u00e9rcoles 17 de julio \u2013 Canadian Experience Class (CEC): 6.300 invitaciones, CRS m\u00ednimo 515',
      'En franc\u00e9s, el puntaje baj\u00f3 20 puntos frente al sorteo del 8 de julio (3.200 invitaciones, 420 puntos).',
    ].join('\n');
    expect(facts(text, '2024-07-19')).toEqual([
      ['2024-07-16', 'pnp', 1391, 670],
      ['2024-07-17', 'cec', 6300, 515],
    ]);
  });
});
