import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 53 of the reader (issue 14): rules from the made-up sets tuned on (docs/parser.md "Session 53").
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('bylines, forum quotes, dot leaders and spoken figures (u48)', () => {
  it('a byline’s date then sections listed with commas ("February 15, 2021 | Career Advice, Immigration | by Maya Chen") is no round’s day: "On Saturday" is', () => {
    const page = [
      'HireCanada Careers Blog',
      'Job Search | Resumes | Interviews | Immigration',
      '27,332 ITAs: The weekend Express Entry draw that changed everything for CEC workers',
      'February 15, 2021 | Career Advice, Immigration | by Maya Chen',
      'On Saturday, IRCC did something no one expected: it invited 27,332 Canadian Experience Class candidates in a single round — round #176 — with a minimum CRS score of just 75.',
      'The tie-breaking rule was September 12, 2020 at 15:31:40 UTC.',
      'For comparison, the biggest round before this one invited 5,000 candidates.',
      'Why so many?',
      'With borders mostly closed, IRCC is turning to people already in Canada to meet its 2021 immigration target. Almost every CEC candidate in the pool got an invitation.',
      'What to do if you got an ITA',
      '- Ask your current and past employers for reference letters now — they take time.',
      '- Keep working. Your work permit status is important while your PR is being processed.',
      '- If your work permit expires soon, look into a bridging open work permit.',
      "Didn't get one?",
      'Every month of skilled Canadian work experience counts toward CEC eligibility. Browse 18,000+ skilled jobs on HireCanada »',
      'Tags: Express Entry, CEC, PGWP',
      'Share | Save | Print',
    ].join('\n');
    expect(facts(page, '2021-02-15')).toEqual([['2021-02-13', '176', 'cec', 27332, 75, '2020-09-12']]);
  });
  it('a forum post’s "Quote (Priya.S @ 21 March 2015 - 12:31 AM)" is when the quoted post was written, not the round’s day', () => {
    const page = [
      'Express Entry draw #5 — CRS drops to 481!!',
      'Forum › Immigration to Canada › Express Entry',
      'Page 14 of 22   « Prev  1 … 13  14  15 … 22  Next »',
      '',
      'Posted 21 March 2015 - 02:14 AM',
      'ontario_bound_07',
      'Member · 212 posts',
      '',
      'Quote (kaveh_to @ 20 March 2015 - 11:40 PM)',
      '> anybody else refreshing the CIC page every 5 minutes? someone said friday...',
      '',
      'Quote (Priya.S @ 21 March 2015 - 12:31 AM)',
      "> It's up!!! 1620 invitations, lowest score 481. Finally under 500",
      '',
      "Can confirm. The ministerial instructions page now shows round #5, dated March 20, 2015: 1,620 invitations, and the lowest-ranked candidate invited had 481 CRS points. I'm at 493 with no job offer and no nomination and the ITA landed in my MyCIC account about twenty minutes ago.",
      'For everyone who said it would stay in the 700s after the 735 in February... not so fast!',
      'Anyone know how long we have to submit the e-APR? 60 days right?',
      '',
      'Reply   Quote   Report',
      '',
      'Posted 21 March 2015 - 02:29 AM',
      'kaveh_to',
      'Member · 48 posts',
      '',
      'Quote (ontario_bound_07)',
      '> Anyone know how long we have to submit the e-APR? 60 days right?',
      '',
      '60 days from the date of the ITA, yes. Start on police certificates first, some countries take 6+ weeks. Congrats man!!',
      '',
      'Reply   Quote   Report',
    ].join('\n');
    expect(facts(page, '2015-03-21')).toEqual([['2015-03-20', '5', 'general', 1620, 481, null]]);
  });
  it('a bot’s dot leaders after an abbreviated label ("Min. CRS ........ 475")', () => {
    const page = [
      'Canada Express Entry Community',
      '📣・announcements',
      'ee-announcer  BOT  — 09/02/2020',
      '@Draw Alerts',
      '**🚨 ALL-PROGRAM DRAW — ROUND #162 🚨**',
      '```',
      'Date ............ 2020-09-02',
      'Program ......... No program specified (FSW, CEC, FST, PNP)',
      'Invitations ..... 4,200',
      'Min. CRS ........ 475',
      'Tie-break ....... 2020-08-16 01:22:18 UTC',
      'Draw time ....... 14:17:32 UTC (10:17 a.m. ET)',
      '```',
      'Second all-program round in four weeks (Aug 5 was 3,900 at 476). FSW candidates outside Canada are included again 🎉',
      '📌 Discuss in #draw-talk · ITA checklist pinned in #ita-help',
      '🇨🇦 412  🎉 260  🙏 95',
    ].join('\n');
    expect(facts(page, '2020-09-02')).toEqual([['2020-09-02', '162', 'general', 4200, 475, '2020-08-16']]);
  });
  it('a voice note’s spoken figures: "Four thousand two fifty invitations" is 4,250', () => {
    const page = [
      'Voice note transcript',
      "so — hi everyone, quick one. Draw 233 just came out, like literally five minutes ago. Four thousand two fifty invitations, and the cut-off is five hundred. Exactly five hundred. Ugh. I'm at four ninety-eight so... next time I guess.",
      "It's all programs again, no PNP-only, no CEC-only. And the size keeps going up by five hundred every time, so the next one should be, what, four seven fifty? If that happens we might finally be under five hundred.",
      'Anyway, for the people in the group who are at like five-ten, five-twenty, you should have it already, go check. Okay, bye, love you all.',
      '(transcribed automatically)',
    ].join('\n');
    expect(facts(page, undefined)).toEqual([[null, '233', 'general', 4250, 500, null]]);
  });
  it('a voice note’s "the cut-off was three fifty-seven" is 357; the last round’s "three thirty-two" stays context', () => {
    const page = [
      '🎤 Voice message — Harjit (Trades & Tickets PR group) · Oct 17, 2019 · 1:48',
      '[Auto-transcript]',
      "Hey guys, Harjit here, sorry for the voice note, I'm on site and can't type with the gloves. So, uh, for anyone who missed it — yesterday IRCC did a trades-only draw. Federal Skilled Trades only. Five hundred invitations and the cut-off was three fifty-seven. Three five seven. So if you're a red seal guy with a job offer or a certificate from a province and you were sitting around three-sixty, check your account, seriously. My buddy from the Edmonton pipefitter group got one with three sixty-two.",
      'Last FST round was back in May and it was, what, three thirty-two? So it went up a bit, but still way lower than the regular draws which are in the four-sixties now.',
      "Um, other thing — don't forget your ECA doesn't matter for FST but your cert of qualification does, so have that scanned. Okay. That's it. Talk later.",
      '[Transcript may contain errors]',
    ].join('\n');
    expect(facts(page, '2019-10-17')).toEqual([['2019-10-16', null, 'fst', 500, 357, null]]);
  });
  it('a voice note’s "They invited FOUR people. … With a cut-off of three sixty-eight"', () => {
    const page = [
      'Voice note · 24 Jul 2026 · 0:58 · Transcript',
      "Hey, it's Dani. Did you see the military one yesterday? The skilled military recruits category — the new one. They invited FOUR people. Four! Total. With a cut-off of three sixty-eight. I thought the page was broken when I saw it. I guess it's just the people who already have a Canadian Armed Forces job offer so it's tiny. Anyway not relevant for us, but funny. Okay, call me tonight, I want to talk about the French test booking. Bye.",
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([['2026-07-23', null, 'military', 4, 368, null]]);
  });
});

describe('weeks and digests (u48)', () => {
  it('a headline’s "(week ending July 7, 2023)" names the week of its table’s rounds, though its lead speaks of the new categories', () => {
    const page = [
      'JobsPortal.ca — Career Blog',
      'Jobs | Companies | Salaries | Career Blog',
      'Express Entry Weekly: four draws, two new categories (week ending July 7, 2023)',
      '07/07/2023 · Newcomer Careers',
      "What a week. IRCC's new category-based selection went into full swing, with a round almost every day.",
      'Date | Round | Category | ITAs | Min CRS',
      'Jul 4 | 253 | No program specified | 700 | 511',
      'Jul 5 | 254 | STEM occupations | 500 | 486',
      'Jul 6 | 255 | Healthcare occupations | 1,500 | 463',
      'Jul 7 | 256 | French-language proficiency | 2,300 | 439',
      'The healthcare round on June 28 was the first category-based draw; this week IRCC added STEM and French-language rounds.',
      'What it means for your job search',
      'If you work in one of the 82 occupations covered by the new categories, your work experience now matters more than your total CRS. Check that your NOC code is correct in your Express Entry profile — it decides which category you qualify for.',
      'Hot categories on JobsPortal.ca this week:',
      '• Registered nurses — 2,140 openings',
      '• Software developers — 1,860 openings',
      '• Data scientists — 410 openings',
      '• Bilingual customer service — 980 openings',
      'Search jobs by NOC code »',
      'Related articles: How to find your NOC 2021 code · Writing a Canadian-style resume',
    ].join('\n');
    expect(facts(page, '2023-07-07').sort()).toEqual(
      [
        ['2023-07-04', '253', 'general', 700, 511, null],
        ['2023-07-05', '254', 'stem', 500, 486, null],
        ['2023-07-06', '255', 'healthcare', 1500, 463, null],
        ['2023-07-07', '256', 'french', 2300, 439, null],
      ].sort(),
    );
  });
  it('a wire digest’s section "POLICY & REGULATION" above its item does not make the item policy news', () => {
    const page = [
      'CANADA WIRE DIGEST',
      'Monday, February 2, 2015 | Morning edition',
      'Headlines | Markets | Policy | Regions | Subscribe',
      '',
      'POLICY & REGULATION',
      '',
      'OTTAWA — Ottawa issues first invitations under new Express Entry system',
      'Citizenship and Immigration Canada said it held round #1 of invitations under Express Entry on Saturday, Jan. 31, one month after the new system replaced first-come, first-served processing for federal economic immigration. The department invited 779 candidates to apply for permanent residence. The lowest-ranked candidate invited had a Comprehensive Ranking System score of 886, a bar that immigration lawyers said effectively limited the round to people holding a provincial nomination or a job offer backed by a labour market assessment, each worth 600 points. CIC said it expects to hold rounds "regularly" through 2015 but did not publish a schedule. (Wire staff)',
      '',
      'CALGARY — Oilpatch layoffs spread to service firms as crude hovers near US$45 (Wire staff)',
      '',
      "OTTAWA — Bank of Canada's surprise rate cut still rippling through mortgage market, lenders say (Wire staff)",
      '',
      'TORONTO — Retail sales figures due Friday; economists expect post-holiday dip (Wire staff)',
      '',
      'Digest distributed to subscribers at 6 a.m. ET. Reproduction prohibited without licence.',
    ].join('\n');
    expect(facts(page, '2015-02-02')).toEqual([['2015-01-31', '1', 'general', 779, 886, null]]);
  });
});

describe('newsletters and associations (u48)', () => {
  it('"The same day, in round No. 63, IRCC invited 143 …" under the headline’s round is one more round of that day, not a teaser', () => {
    const page = [
      'PRAIRIE MOTOR CARRIERS ASSOCIATION',
      'Driver & Technician Workforce Update — May 29, 2017',
      '',
      'Federal trades round: 400 invited with scores as low as 199',
      '',
      'Members recruiting heavy-duty equipment technicians (NOC 7312) and transport truck mechanics from abroad should take note. On Friday, May 26, Immigration, Refugees and Citizenship Canada held an Express Entry round reserved for the Federal Skilled Trades Program, round No. 64. It invited 400 candidates, and the minimum Comprehensive Ranking System score was just 199.',
      '',
      'The same day, in round No. 63, IRCC invited 143 candidates with provincial nominations; the cut-off for that round was 775.',
      '',
      'Why it matters for carriers',
      'Technicians who qualify under FST usually score well below the 415-to-425 range of recent all-program rounds, so a trades-only round gives them a real chance. Candidates need a valid job offer or a certificate of qualification from a provincial authority, plus CLB 5 in speaking and listening.',
      '',
      'Please note: long-haul drivers (NOC 7511) are NOT eligible under the Federal Skilled Trades Program. Carriers looking for drivers should keep using provincial nominee streams and the LMIA process.',
      '',
      'Our HR committee meets June 14 in Regina. Contact the office to reserve a seat.',
    ].join('\n');
    expect(facts(page, '2017-05-29').sort()).toEqual(
      [
        ['2017-05-26', '64', 'fst', 400, 199, null],
        ['2017-05-26', '63', 'pnp', 143, 775, null],
      ].sort(),
    );
  });
  it('a memo’s contents line "In today\'s memo: vaccine deliveries, a record immigration draw, …" tells no round of today', () => {
    const page = [
      'MONDAY MORNING MEMO',
      'February 15, 2021 — Family Day in B.C., Alberta, Saskatchewan, Manitoba, Ontario and New Brunswick',
      '',
      "In today's memo: vaccine deliveries, a record immigration draw, and what's open on the holiday.",
      '',
      'VACCINES',
      'Pfizer shipments are back to full volume this week after a month of delays, Ottawa says. Moderna deliveries remain uneven.',
      '',
      'IMMIGRATION — THE DRAW EVERYONE IS TALKING ABOUT',
      'On Saturday, IRCC sent 27,332 invitations to Canadian Experience Class candidates in a single Express Entry round, more than five times the previous record. The minimum CRS score was just 75. In practice, almost every CEC candidate in the pool was invited. Lawyers say the move is about meeting the 401,000 target for 2021 with people already in the country while borders stay closed.',
      '',
      "WHAT'S OPEN TODAY",
      'Most grocery stores keep regular hours; liquor and cannabis stores vary by province; government offices and banks are closed where Family Day is a statutory holiday.',
      '',
      'ONE LAST THING',
      'Snow-day photos from readers, page 12.',
      '',
      'Forward to a colleague | Subscribe',
    ].join('\n');
    expect(facts(page, '2021-02-15')).toEqual([['2021-02-13', null, 'cec', 27332, 75, null]]);
  });
});

describe('chyrons, channel cards and round numbers (u48)', () => {
  it('"round 100 of the system" is round 100 (not a count "of" something)', () => {
    const page = [
      'WorkNorth Jobs',
      'Find jobs | Post a job | Salaries | Career Advice',
      'Career Advice › Immigration & Work Permits',
      'Federal Skilled Trades draw: 400 tradespeople invited with CRS as low as 284',
      'Sept. 25, 2018 | by Daniel Okafor',
      'Canada held an Express Entry round just for the Federal Skilled Trades Program on Monday, Sept. 24 — round 100 of the system.',
      'The numbers',
      'Invitations: 400',
      'Lowest CRS score: 284',
      'Tie-breaking rule: February 18, 2018 at 12:31:16 UTC',
      'The trades round came five days after the regular all-program round on September 19, which invited 3,500 candidates with 441 points or more.',
      'Who benefits?',
      'Under the FST, you need either a job offer of at least one year from up to two employers or a certificate of qualification from a Canadian province or territory. The trades most often seen in FST applications are:',
      '- Electricians (NOC 7241)',
      '- Welders (NOC 7237)',
      '- Heavy-duty equipment mechanics (NOC 7312)',
      '- Carpenters (NOC 7271)',
      '- Cooks (NOC 6322)',
      'If you have a certificate of qualification, your CRS score gets a boost too — and an employer who offers you a position may help you with a provincial nomination.',
      'Browse 1,240 open trades jobs across Canada »',
      'Set up a job alert | Upload your resume',
      'Was this article helpful? Yes | No',
    ].join('\n');
    expect(facts(page, '2018-09-25')).toEqual([['2018-09-24', '100', 'fst', 400, 284, '2018-02-18']]);
  });
  it('a channel card’s "#341 · 21.03.2025" line: the number before a numeric day is the round’s', () => {
    const page = [
      '🇨🇦 CRS Watch | Express Entry Draws',
      '🔵⚪🔴 FRENCH DRAW ALERT 🔵⚪🔴',
      '',
      '#341 · 21.03.2025',
      '🗣 French-language proficiency',
      '📨 7,500 invitations',
      '📉 Minimum score: 379',
      '🧷 Tie-breaking: 2025-03-06 02:53:27 UTC',
      '',
      '📌 Biggest French round ever — bigger than Feb 19 (6,500 / 428) and March 6 (4,500 / 410).',
      '📌 Cut-off under 400 for the first time in 2025 😮',
      "Francophones, c'est le moment! 🥐 Bonne chance 🍀",
      '',
      '👁 31.2K · 09:47',
    ].join('\n');
    expect(facts(page, '2025-03-21')).toEqual([['2025-03-21', '341', 'french', 7500, 379, '2025-03-06']]);
  });
  it('a chyron’s "ROUND #123: 3,600 INVITED TO APPLY FOR PERMANENT RESIDENCE" is the count', () => {
    const page = ['BREAKING | EXPRESS ENTRY ROUND #123: 3,600 INVITED TO APPLY FOR PERMANENT RESIDENCE', 'MINIMUM CRS SCORE 466 — UP FROM 459 IN PREVIOUS ALL-PROGRAM DRAW'].join('\n');
    expect(facts(page, undefined)).toEqual([[null, '123', 'general', 3600, 466, null]]);
  });
  it('a chyron’s "1,500 INVITED • MINIMUM CRS 557": the count before a bullet', () => {
    const page = [
      'LIVE | 2:47 PM ET | WED JULY 6, 2022',
      'EXPRESS ENTRY RESUMES: FIRST ALL-PROGRAM DRAW SINCE DEC. 2020',
      '1,500 INVITED • MINIMUM CRS 557',
      'NEXT: WILDFIRE UPDATE FROM THE B.C. INTERIOR',
    ].join('\n');
    expect(facts(page, '2022-07-06')).toEqual([['2022-07-06', null, 'general', 1500, 557, null]]);
  });
});

describe('sums and looks back (u48)', () => {
  it('"That is 3,900 invitations in a single day" under the two rounds a sentence introduced is their sum, no third round', () => {
    const page = [
      'True North Movers Ltd.',
      'Local Moving | Long Distance | International | Storage | Blog',
      'Express Entry keeps going during COVID-19: two draws on April 9',
      'Posted April 10, 2020 in Immigration News',
      'Even with travel restrictions in place, Immigration, Refugees and Citizenship Canada is still inviting candidates to apply for permanent residence. On Thursday, April 9, IRCC held two Express Entry rounds:',
      'Provincial Nominee Program: 606 invitations, CRS 698 minimum',
      'Canadian Experience Class: 3,294 invitations, CRS 464 minimum',
      'That is 3,900 invitations in a single day, all for people who are mostly already living in Canada.',
      "What this means if you're planning a move",
      "Most CEC candidates already live here — so an invitation often means a move between provinces rather than across an ocean. If you're a CEC candidate thinking of moving after you get your PR:",
      "- Long-distance moves are considered an essential service in most provinces; we're still operating with distancing measures.",
      '- Our crews wear masks and gloves and disinfect truck surfaces between jobs.',
      '- Virtual video surveys are available for all estimates.',
      'Stay safe, and congratulations to everyone who received an ITA this week!',
      'Get a free virtual quote | 1-877-555-0160',
      'Related: Moving during COVID-19: our safety protocols',
    ].join('\n');
    expect(facts(page, '2020-04-10').sort()).toEqual(
      [
        ['2020-04-09', null, 'pnp', 606, 698, null],
        ['2020-04-09', null, 'cec', 3294, 464, null],
      ].sort(),
    );
  });
  it('"Express Entry turns six: a look back at the very first draw": "Just 779 candidates were invited" ("just" as "only") is no fresh news', () => {
    const page = [
      'RemitWise Blog',
      'Send Money | Exchange Rates | App | Blog',
      'Express Entry turns six: a look back at the very first draw',
      'January 31, 2021 · Community · 5 min read',
      'Six years ago today, on January 31, 2015, Canada held the very first Express Entry round of invitations. Just 779 candidates were invited, and every one of them had at least 886 points — in practice, people holding a provincial nomination or an approved job offer.',
      'A few milestones from those early days:',
      '- February 20, 2015: the first CEC-only round, 849 invitations at 808 points',
      '- March 20, 2015: the cut-off fell below 500 for the first time — 1,620 invitations at 481',
      '- November 2016: points for job offers were reduced and points for Canadian study were added',
      '- 2020: a record 107,350 invitations despite the pandemic',
      'Many of our long-time customers arrived through Express Entry. Some told us what they remember from their first month:',
      '"I sent money home the week I got my first paycheque, before I even bought a winter coat." — Anjali, Calgary',
      '"The exchange rate was terrible that winter. I wish I\'d moved my savings earlier." — Tomás, Halifax',
      'Thinking of sending money home? Compare our rates »',
      'Share your Express Entry story in the comments below.',
    ].join('\n');
    expect(facts(page, '2021-01-31')).toEqual([]);
  });
});

describe('recaps and provincial items (u48)', () => {
  it('a channel’s "2021 IN NUMBERS — Express Entry wrap-up" posted in January 2022 announces none of 2021’s rounds', () => {
    const page = [
      'Express Entry Daily 🍁',
      '📊 2021 IN NUMBERS — Express Entry wrap-up 📊',
      '',
      '🔢 42 rounds held in 2021',
      '✉️ 114,224 invitations in total (a record 🏆)',
      '🇨🇦 Most of them went to CEC candidates already in Canada',
      '',
      'Key moments 👇',
      '🥇 13 Feb — the famous CEC round: 27,332 ITAs, CRS 75 (!!)',
      '📉 Lowest CEC cut-off after that: 357 (June 24 and July 22)',
      '🛑 Last CEC round: 14 Sept — 2,000 ITAs, CRS 462',
      '🏛 PNP-only rounds every two weeks since then, last one 22 Dec: 746 ITAs, CRS 720',
      '🚫 FSW: zero all-program rounds in 2021 😞',
      '',
      "What's next in 2022? 🤔 IRCC says the backlog comes first. We'll keep posting every draw here 🔔",
      '',
      '#ExpressEntry #2021Recap',
      '👁 9.7K',
    ].join('\n');
    expect(facts(page, '2022-01-02')).toEqual([]);
  });
  it('a digest’s "▸ Ontario\'s nominee program issued 1,204 invitations in its skilled trades stream" is a province’s round, not one of the week’s three', () => {
    const page = [
      'WIRE WEEKLY | CANADA IMMIGRATION DIGEST',
      'Thursday, August 20, 2026 | Covering Aug. 14–20',
      '',
      'EXPRESS ENTRY — 3 ROUNDS THIS WEEK',
      '▸ Mon Aug. 17 — Round #435, Provincial Nominee Program: 442 invitations, minimum CRS 760',
      '▸ Tue Aug. 18 — Round #436, Canadian Experience Class: 1,000 invitations, minimum CRS 523 (tie-breaking rule: August 17, 2026 at 22:09:00 UTC)',
      '▸ Wed Aug. 19 — Round #437, French-language proficiency: 5,000 invitations, minimum CRS 382',
      'Weekly total: 6,442 invitations.',
      '',
      'PROVINCIAL',
      "▸ Ontario's nominee program issued 1,204 invitations in its skilled trades stream.",
      '▸ Manitoba held a draw for international graduates: 312 letters of advice to apply.',
      '',
      'STUDY & WORK PERMITS',
      '▸ IRCC says study permit approvals for the fall term are down 18% year over year.',
      '',
      'Compiled from government and agency releases. Licensed subscribers only.',
    ].join('\n');
    expect(facts(page, '2026-08-20').sort()).toEqual(
      [
        ['2026-08-17', '435', 'pnp', 442, 760, null],
        ['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17'],
        ['2026-08-19', '437', 'french', 5000, 382, null],
      ].sort(),
    );
  });
});

describe('forum threads (u48)', () => {
  it('a thread titled "Re: CEC draw 357 — June 2021 ITA thread": 357 (a cut-off, no round of 2021) is no later round that outnumbers #194', () => {
    const page = [
      'Re: CEC draw 357 — June 2021 ITA thread',
      '« Reply #2,318 on: June 25, 2021, 07:55:12 AM »',
      '',
      'Quote from: yyz_analyst on June 24, 2021, 11:02:40 AM',
      '> CEC draw #194 is up: 6,000 ITAs, minimum 357. Lowest CEC cut-off since the big February round.',
      '',
      'Quote from: sunny_in_surrey on June 24, 2021, 11:30:09 AM',
      '> Did the PNP one happen too or only CEC this week?',
      '',
      'Yes, both happened. To put it all in one place for the people joining this thread late:',
      '- Wednesday (June 23): PNP-only — 1,002 invitations, lowest score 742',
      '- Thursday (June 24): CEC-only — 6,000 invitations, lowest score 357',
      'The PNP one is the biggest PNP round of the year so far. The CEC number keeps dropping (368 two weeks ago, 357 now).',
      '',
      'Still nothing for FSW, which has been frozen since December. Sorry guys.',
      '',
      'Quote from: mira_pgwp on June 25, 2021, 07:12:33 AM',
      "> Is 357 going to be the floor? I'm 349 and my PGWP runs out in October 😬",
      '',
      "Nobody can tell, but with 6,000 every two weeks I wouldn't be surprised to see it dip into the low 350s. Update your work experience the moment you hit another year.",
      '',
      '« Last Edit: June 25, 2021, 08:03:41 AM by ee_mod_tom »',
      'Report to moderator   Logged',
    ].join('\n');
    expect(facts(page, '2021-06-25').filter((f) => f[2] === 'cec')).toEqual([['2021-06-24', '194', 'cec', 6000, 357, null]]);
  });
});

describe('chats (u48)', () => {
  it('a WhatsApp export: its messages after the first are no headline, so Friday’s FST round they recall is not the news; "DRAW IS OUT" / "3877 ITAs, CRS 413" is', () => {
    const page = [
      'WhatsApp Chat with EE 2017 Aspirants 🇨🇦',
      '[31/05/2017, 08:12:44] Arjun Mehta: Good morning all. Anyone heard anything? Last wednesday nothing, only that special FST + PNP round on friday',
      '[31/05/2017, 08:13:20] Neha G: Nothing yet. CIC site still shows the 26th',
      "[31/05/2017, 08:47:02] +1 (416) 555-0142: Friday one was 400 FST only, cutoff 199. Doesn't help us lol",
      '[31/05/2017, 09:19:37] Arjun Mehta: 😩',
      '[31/05/2017, 09:21:51] Sanjay: DRAW IS OUT',
      '[31/05/2017, 09:21:58] Sanjay: 3877 ITAs, CRS 413 🔥🔥',
      '[31/05/2017, 09:22:10] Neha G: WHAT. 413?????',
      '[31/05/2017, 09:22:31] Sanjay: yes. 65th round. all programs. Lowest ever for a regular draw',
      "[31/05/2017, 09:23:02] Arjun Mehta: I'm 417!!!!! checking my account",
      '[31/05/2017, 09:24:45] Arjun Mehta: <Media omitted>',
      '[31/05/2017, 09:24:50] Arjun Mehta: GOT IT 🙏🙏🙏',
      '[31/05/2017, 09:25:12] Neha G: Congratulations!!! 🎉',
      "[31/05/2017, 09:26:40] +1 (416) 555-0142: Congrats bro. I'm 409, so close",
      '[31/05/2017, 09:31:05] Sanjay: Next one will be lower for sure, they are doing 3500+ every two weeks',
      '[31/05/2017, 09:33:18] Neha G: Arjun please share your document checklist in the group',
      '[31/05/2017, 09:40:02] Arjun Mehta: will do tonight after work',
    ].join('\n');
    expect(facts(page, '2017-05-31')).toEqual([[null, null, 'general', 3877, 413, null]]);
  });
});

describe('round numbers on cards (u38, u18)', () => {
  it('a bot card\u2019s "No. 331 · 2025-01-07" line is the round\u2019s number and day, not a dateline', () => {
    const page = ['#draw-feed', 'EE-Notifier  BOT  Yesterday at 11:12 AM', '🟦 PNP round', 'No. 331 · 2025-01-07', '471 invitations · cut-off 793'].join('\n');
    expect(facts(page, '2025-01-08')).toEqual([['2025-01-07', '331', 'pnp', 471, 793, null]]);
  });

  it('"Friday, Feb. 20, 2026 — (number 398)": a round\u2019s number in brackets after "number"', () => {
    const page = [
      'Express Entry: healthcare round',
      'Friday, Feb. 20, 2026 — (number 398)',
      'IRCC invited 4,000 candidates in healthcare and social services occupations. The minimum CRS score was 467.',
    ].join('\n');
    expect(facts(page, '2026-02-20')).toEqual([['2026-02-20', '398', 'healthcare', 4000, 467, null]]);
  });
});

describe('card rows in capitals (u46)', () => {
  it('a week card’s "● MON 28 APR   PNP   #343" rows: the number after the program in capitals is the round’s', () => {
    const page = [
      'EE PULSE — Week 18 recap',
      'Fri 02 May 2025',
      '3 ROUNDS THIS WEEK  |  1,921 ITAs  |  lowest cut-off 479',
      '● MON 28 APR   PNP   #343',
      '   421 invitations · CRS 727',
      '● THU 01 MAY   EDUCATION  #344   [NEW CATEGORY]',
      '   1,000 invitations · CRS 479',
      '● FRI 02 MAY   HEALTHCARE & SOCIAL SERVICES  #345',
      '   500 invitations · CRS 510',
      'Status chips:  CEC ⏸ no round since Feb 5   French ⏸ none since Mar 21   STEM ✖ dropped from 2025 categories',
      'Pool watch ›   Predictor ›   Archive ›',
    ].join('\n');
    expect(facts(page, '2025-05-02').sort()).toEqual(
      [
        ['2025-04-28', '343', 'pnp', 421, 727, null],
        ['2025-05-01', '344', 'education', 1000, 479, null],
        ['2025-05-02', '345', 'healthcare', 500, 510, null],
      ].sort(),
    );
  });
});
