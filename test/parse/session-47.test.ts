import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 47 of the reader (issue 14): rules from the made-up sets u24 and u26 (docs/parser.md "Session 47").
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('"four draws in four days" over a table of them (u24-2-14)', () => {
  const french = [
    'Entrée express : quatre tirages en quatre jours, dont un premier pour les cadres supérieurs',
    "Le Courrier de l'immigration | 6 mars 2026",
    '',
    "Semaine chargée pour IRCC. Voici le bilan des rondes d'invitations du 2 au 5 mars 2026 :",
    '',
    'Date | Ronde | Volet | Invitations | Score minimal',
    '2 mars | 399 | Candidats des provinces | 264 | 710',
    '3 mars | 400 | Expérience canadienne | 4 000 | 508',
    '4 mars | 401 | Francophones | 5 500 | 397',
    '5 mars | 402 | Cadres supérieurs avec expérience canadienne | 250 | 429',
    '',
    'La nouveauté : la toute première ronde pour les cadres supérieurs ayant une expérience de travail au Canada, avec une règle de départage fixée au 19 août 2025 à 15:10:18 UTC.',
  ].join('\n');
  const rows = [
    ['2026-03-02', '399', 'pnp', 264, 710, null],
    ['2026-03-03', '400', 'cec', 4000, 508, null],
    ['2026-03-04', '401', 'french', 5500, 397, null],
    ['2026-03-05', '402', 'managers', 250, 429, '2025-08-19'],
  ];

  it('a French table whose program column is headed "Volet": each row of the four days is news', () => {
    expect(facts(french, '2026-03-06')).toEqual(rows);
  });

  it('the same page in English', () => {
    const english = [
      'Express Entry: four draws in four days, including a first for senior managers',
      'The Immigration Courier | March 6, 2026',
      'Here are the rounds of invitations from March 2 to 5, 2026:',
      'Date | Round | Stream | Invitations | Minimum score',
      'March 2 | 399 | Provincial nominees | 264 | 710',
      'March 3 | 400 | Canadian Experience | 4,000 | 508',
      'March 4 | 401 | Francophones | 5,500 | 397',
      'March 5 | 402 | Senior managers with Canadian experience | 250 | 429',
    ].join('\n');
    expect(facts(english, '2026-03-06')).toEqual(rows.map((r, i) => (i === 3 ? [...r.slice(0, 5), null] : r)));
  });

  it('"three draws in three days": a row four days before the page is not one of them (guard)', () => {
    const three = [
      'Express Entry: three draws in three days',
      'March 6, 2026',
      'Date | Round | Program | Invitations | Minimum CRS',
      'March 5 | 402 | Senior managers | 250 | 429',
      'March 4 | 401 | French-language proficiency | 5,500 | 397',
      'March 3 | 400 | Canadian Experience Class | 4,000 | 508',
      'March 2 | 399 | Provincial Nominee Program | 264 | 710',
    ].join('\n');
    expect(facts(three, '2026-03-06').map((r) => r[1])).toEqual(['402', '401', '400']);
  });
});

describe("a live page's entries, each stamped with its round's day", () => {
  it('"[UPDATE 26/08/2024 11:02 ET] PNP round #311 …" under the next day\'s CEC entry: both rounds are news (u24-2-03)', () => {
    const page = [
      'EE Round Tracker — Live',
      'Last refreshed 27/08/2024 13:58 ET | auto-refresh every 5 min',
      '',
      '[UPDATE 27/08/2024 13:50 ET] CEC round #312 posted: 3,300 ITAs | Min CRS 507 | Tie-break 17/04/2024 20:11:20 UTC',
      '[UPDATE 26/08/2024 11:02 ET] PNP round #311: 1,121 ITAs | Min CRS 694 | Tie-break 03/08/2024 18:54:27 UTC',
      '[26/08/2024 08:00 ET] Watching for a PNP/CEC pair this week.',
      '',
      'Recent rounds',
      '# | Date | Type | ITAs | CRS',
      '310 | 15/08/2024 | French | 2,000 | 394',
      '309 | 14/08/2024 | CEC | 3,200 | 509',
      '308 | 13/08/2024 | PNP | 763 | 690',
      '',
      'Get alerts by email • Export CSV • About this tracker',
    ].join('\n');
    expect(facts(page, '2024-08-27')).toEqual([
      ['2024-08-27', '312', 'cec', 3300, 507, '2024-04-17'],
      ['2024-08-26', '311', 'pnp', 1121, 694, '2024-08-03'],
    ]);
  });

  it('"Tue June 27, 2:30 PM ET — All-program round done: 4,300 ITAs …" a day before the healthcare round (u22-3-20)', () => {
    const page = [
      'LIVE: Express Entry draw week — category-based selection begins',
      'Desi Canada Connect · Live updates · June 28, 2023',
      "Pinned: IRCC announced in May that it would start category-based rounds for healthcare, STEM, trades, transport, agriculture and French speakers. This blog follows the week's rounds as they happen.",
      "Wed June 28, 3:10 PM ET — IT'S HERE. The first ever category-based round: Healthcare occupations. 500 invitations, minimum CRS 476. Tie-breaking rule: November 12, 2022 12:47:27 UTC. Nurses, PSWs, physiotherapists — check your accounts! 🩺",
      'Wed June 28, 2:55 PM ET — IRCC page being updated, something is coming.',
      "Wed June 28, 10:00 AM ET — Morning! Yesterday's all-program draw was big, so many of you are asking if we'll get another one today. Stay tuned.",
      'Tue June 27, 4:45 PM ET — Reader "Harjit_Surrey" says he got ITA at 488 and had been in the pool for 14 months. Congrats!',
      'Tue June 27, 2:30 PM ET — All-program round done: 4,300 ITAs, lowest score 486, tie-break June 21, 2023 00:57:04 UTC. Exactly the same cut-off as the June 8 draw (4,800 at 486).',
      'Tue June 27, 9:00 AM ET — Blog opens. The last round was June 8.',
      'Comments are moderated · Share on WhatsApp · Follow us on Telegram',
    ].join('\n');
    expect(facts(page, '2023-06-28')).toEqual([
      ['2023-06-28', null, 'healthcare', 500, 476, '2022-11-12'],
      ['2023-06-27', null, 'general', 4300, 486, '2023-06-21'],
    ]);
  });

  it('a tracker\'s "UPDATE LOG (this week)" of four rounds, "Aug 4, 2026 8:20 AM ET — New round #431: PNP …" (u21-3-36)', () => {
    const page = [
      'EE Draw Tracker 2026 | CanNext Community',
      'Every Express Entry round of 2026, updated within minutes of IRCC',
      'Last updated: August 7, 2026, 6:41 AM ET',
      '🔔 UPDATE LOG (this week)',
      'Aug 7, 2026 6:41 AM ET — New round #434: Transport occupations, 300 ITAs, min CRS 470, tie-break October 11, 2025 at 14:55:49 UTC',
      'Aug 6, 2026 9:03 AM ET — New round #433: French-language proficiency, 5,000 ITAs, min CRS 391',
      'Aug 5, 2026 8:50 AM ET — New round #432: CEC, 3,000 ITAs, min CRS 516',
      'Aug 4, 2026 8:20 AM ET — New round #431: PNP, 507 ITAs, min CRS 768',
      '[Show earlier updates]',
      'FULL TABLE 2026 (latest first)',
      '# | Date | Type | ITAs | CRS',
      '434 | 2026-08-07 | Transport | 300 | 470',
      '433 | 2026-08-06 | French | 5,000 | 391',
      '432 | 2026-08-05 | CEC | 3,000 | 516',
      '431 | 2026-08-04 | PNP | 507 | 768',
      '430 | 2026-07-23 | Military recruits | 4 | 368',
      '429 | 2026-07-22 | French | 5,000 | 399',
      '428 | 2026-07-21 | CEC | 2,000 | 516',
      '427 | 2026-07-20 | PNP | 511 | 744',
      '426 | 2026-07-10 | Senior managers | 500 | 392',
      '[Load more rows]',
      'Totals 2026 so far: 46 rounds · see the stats page',
      'Community notes: This is the first transport round of 2026. Truck drivers in our Brampton group, check your accounts!',
      'Tracker | Stats | CRS Calculator | Discord | About',
    ].join('\n');
    expect(facts(page, '2026-08-07').map((r) => r[1])).toEqual(['434', '433', '432', '431']);
  });

  it('time-only entries under "Wednesday, June 28" and "Tuesday, June 27" headings', () => {
    const page = [
      "Live updates: Express Entry's first category-based draw is here",
      'Last updated: June 28, 2023, 11:40 a.m. ET',
      'Wednesday, June 28',
      "10:12 a.m. ET — It's here. IRCC has held the first-ever healthcare-occupations round: 500 ITAs, lowest-ranked CRS 476.",
      '8:30 a.m. ET — Morning all. Rumours overnight that IRCC would start categories today.',
      'Tuesday, June 27',
      '1:05 p.m. ET — Details of round #251 (no program specified): 4,300 invitations at CRS 486.',
      '11:52 a.m. ET — A new round just appeared on the IRCC page. Numbers coming.',
    ].join('\n');
    expect(facts(page, '2023-06-28')).toEqual([
      ['2023-06-28', null, 'healthcare', 500, 476, null],
      ['2023-06-27', '251', 'general', 4300, 486, null],
    ]);
  });

  it('"8:15 am ET — No draw yet today. Yesterday\'s PNP-only round invited 442 …": an entry of today recalls it; no news (guard)', () => {
    const page = [
      'LIVE BLOG: Express Entry, Tuesday',
      "8:15 am ET — No draw yet today. Yesterday's PNP-only round invited 442 candidates at 760.",
      '12:40 pm ET — Still nothing on the IRCC page.',
      '5:40 pm ET — Nothing today; we will be back tomorrow.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([]);
  });
});

describe("a tracker of this week's rounds", () => {
  it('"This week: two rounds so far …" over a table of "every round since mid-July", its new rows marked "312 🆕" (u22-3-27)', () => {
    const page = [
      'EE Draw Tracker 2024 — community-maintained',
      'Kaldip & volunteers · Updated August 27, 2024, 3:25 PM ET',
      'This week: two rounds so far — a PNP-only round on Monday (#311) and a CEC round today (#312). The table below has every round since mid-July.',
      '# | Date | Program | ITAs | Min CRS | Tie-breaking rule (UTC)',
      '312 🆕 | 2024-08-27 | Canadian Experience Class | 3,300 | 507 | April 17, 2024 at 20:11:20',
      '311 🆕 | 2024-08-26 | Provincial Nominee Program | 1,121 | 694 | August 03, 2024 at 18:54:27',
      '310 | 2024-08-15 | French language proficiency | 2,000 | 394 | July 07, 2024 at 09:46:10',
      '309 | 2024-08-14 | Canadian Experience Class | 3,200 | 509 | March 01, 2024 at 19:23:21',
      '308 | 2024-08-13 | Provincial Nominee Program | 763 | 690 | April 26, 2024 at 10:59:30',
      '307 | 2024-07-31 | Canadian Experience Class | 5,000 | 510 | June 30, 2024 at 20:39:14',
      '306 | 2024-07-30 | Provincial Nominee Program | 964 | 686 | May 27, 2024 at 07:07:21',
      '305 | 2024-07-18 | French language proficiency | 1,800 | 400 | March 08, 2024 at 19:51:40',
      '304 | 2024-07-17 | Canadian Experience Class | 6,300 | 515 | February 03, 2024 at 13:01:06',
      '303 | 2024-07-16 | Provincial Nominee Program | 1,391 | 670 | May 04, 2024 at 13:27:31',
      'Notes',
      '- CEC cut-off today (507) is the lowest CEC score in this table.',
      '- We add rounds within an hour of IRCC posting them. Spotted a mistake? Message us on Telegram.',
      'Pool distribution (as of Aug 25): see separate page',
      'Share · Download CSV · Join the WhatsApp alerts group',
    ].join('\n');
    expect(facts(page, '2024-08-27')).toEqual([
      ['2024-08-27', '312', 'cec', 3300, 507, '2024-04-17'],
      ['2024-08-26', '311', 'pnp', 1121, 694, '2024-08-03'],
    ]);
  });

  it('"With this one, IRCC has issued 113,998 invitations in 58 rounds in 2025" on a live page of this week\'s rounds (u6-337)', () => {
    const page = [
      'Express Entry draws this week: live updates (December 15–17, 2025)',
      'Live page | Last updated December 17, 2025, 9:20 a.m. ET',
      'Wednesday, December 17, 9:20 a.m. — French-language proficiency round (#388)',
      '6,000 invitations | Minimum CRS: 399 | Tie-break: August 24, 2025 at 23:43:05 UTC',
      'That makes three rounds in three days. With this one, IRCC has issued 113,998 invitations in 58 rounds in 2025.',
      'Tuesday, December 16, 8:55 a.m. — Canadian Experience Class round (#387)',
      '5,000 invitations | Minimum CRS: 515 | Tie-break: September 9, 2025 at 18:58:59 UTC',
      "The cut-off dropped five points from last week's CEC round (December 10: 6,000 invitations, CRS 520).",
      'Monday, December 15, 12:40 p.m. — Provincial Nominee Program round (#386)',
      '399 invitations | Minimum CRS: 731 | Tie-break: October 18, 2025 at 07:18:52 UTC',
      "Last week's PNP round, on December 8, invited 1,123 candidates at 729.",
      'Monday, December 15, 8:00 a.m. — Welcome',
      "We're following this week's Express Entry rounds here. Last week IRCC held a PNP round (December 8), a CEC round (December 10) and a healthcare and social services round (December 11: 1,000 invitations, CRS 476).",
      'KEY TAKEAWAYS',
      '- Large CEC rounds continue: 11,000 invitations in two rounds in December.',
      '- French-language rounds are still the easiest path, with cut-offs around 400.',
      '- IRCC rarely holds rounds in the last two weeks of December; this may be the last round of 2025.',
    ].join('\n');
    expect(facts(page, '2025-12-17').map((r) => r[1])).toEqual(['388', '387', '386']);
  });
});

describe('an anniversary feature (u26-4-36)', () => {
  it('"Three years ago today …", "French-language rounds routinely reach 5,000 invitations": no round is news', () => {
    const page = [
      'Three years of category-based Express Entry: how it started',
      'June 28, 2026 · Feature · By Laura Mensah',
      'Three years ago today, on June 28, 2023, IRCC held the first category-based round in Express Entry history. It was small — 500 invitations for healthcare workers, with a minimum CRS score of 476 — but it marked a turning point in how Canada selects economic immigrants.',
      'A week later came the first STEM round (July 5, 2023: 500 invitations, CRS 486) and, on July 7, the first French-language round, which invited 2,300 candidates at 439 points.',
      'What changed',
      'Before 2023, almost every round invited the highest-ranked candidates regardless of occupation. Today, category rounds make up a majority of invitations in some months, and French-language rounds routinely reach 5,000 invitations.',
      'Who won, who lost',
      'Francophones have been the clearest winners: their cut-offs have regularly been 100 points or more below those of CEC rounds. Tech workers have lost ground since STEM was dropped from the category list.',
      'Looking ahead',
      'With physicians, senior managers and military recruits now part of the system, category-based selection looks here to stay.',
      'Read more: Our interactive chart of every Express Entry round since 2015',
    ].join('\n');
    expect(facts(page, '2026-06-28')).toEqual([]);
  });
});

describe('two rounds of one day told in order, and their numbers listed after (u26-1)', () => {
  it('"In the second, only Federal Skilled Trades Program candidates were eligible. IRCC invited 400 …", "rounds No. 63 and No. 64"', () => {
    const page = [
      'CHANNEL 9 NEWS VANCOUVER',
      'LIVE | Traffic | Weather | Local | B.C. | Canada | World | Video',
      'Two Express Entry draws Friday target provincial nominees and skilled trades',
      'Staff | Posted May 26, 2017 4:12 pm | Last Updated May 26, 2017 5:40 pm',
      'The federal government held two separate Express Entry draws on Friday, one for provincial nominees and one for skilled tradespeople.',
      'In the first, Immigration, Refugees and Citizenship Canada invited 143 candidates in the Provincial Nominee Program. The lowest-ranked candidate had 775 points.',
      'In the second, only Federal Skilled Trades Program candidates were eligible. IRCC invited 400, with a minimum score of just 199 points.',
      'The department lists them as rounds No. 63 and No. 64.',
      "It's the first time this year trades workers have had a dedicated round. Construction employers in the Lower Mainland have been lobbying for more welders, electricians and heavy-duty mechanics.",
      'WATCH: B.C. builders say labour shortage could delay projects (2:14)',
      'Share this story',
      'Facebook | Twitter | Email',
      'Trending',
      '1. Lions Gate Bridge lane closures this weekend',
      '2. Canucks name new head coach',
    ].join('\n');
    expect(facts(page, '2017-05-26').map((r) => r.slice(1))).toEqual([
      ['63', 'pnp', 143, 775, null],
      ['64', 'fst', 400, 199, null],
    ]);
  });
  it('"many Manitoba Provincial Nominee Program applicants are now also creating Express Entry profiles" names no round\'s program', () => {
    const page = [
      'WINNIPEG PRAIRIE HERALD',
      'Local | Business | Sports | Opinion | Obituaries',
      'Express Entry invitations climb to 1,000 in latest round',
      'By Tamara Kowalchuk',
      'Thursday, September 8, 2016',
      'Federal immigration officials sent out 1,000 invitations to apply for permanent residence on Wednesday, the most in a single Express Entry round since April.',
      'The minimum Comprehensive Ranking System score was 491 points. Two weeks earlier, only 750 candidates were invited and the cut-off jumped to 538.',
      'It was the 42nd round of invitations since the system was launched in January 2015.',
      'Settlement workers in Winnipeg said many Manitoba Provincial Nominee Program applicants are now also creating Express Entry profiles in the hope of being selected through both routes.',
      '"We\'re getting a lot of calls from people in the pool asking whether 491 means they should wait or pay for another language test," said Leticia Ramos, a counsellor at a downtown newcomer centre.',
      'Immigration, Refugees and Citizenship Canada has promised changes to the points system later this year.',
    ].join('\n');
    expect(facts(page, '2016-09-08')).toEqual([['2016-09-07', '42', 'general', 1000, 491, null]]);
  });
  it('"In Draw #304 on Wednesday, IRCC invited 6,300 … The tie-breaking rule for this round was …": #304\'s, not the first round\'s', () => {
    const page = [
      'Canada issues 7,691 invitations in back-to-back Express Entry draws',
      'Toronto, Jul 18 (ICNS) Canada has issued a total of 7,691 invitations to apply for permanent residence in two Express Entry draws held on consecutive days this week, a development expected to benefit a large number of Indian students and workers.',
      'In Draw #303, held on Tuesday for Provincial Nominee Program candidates, 1,391 invitations were issued with a minimum Comprehensive Ranking System (CRS) score of 670.',
      'In Draw #304 on Wednesday, Immigration, Refugees and Citizenship Canada (IRCC) invited 6,300 candidates under the Canadian Experience Class (CEC), with a cut-off score of 515. The tie-breaking rule for this round was February 03, 2024 at 13:01:06 UTC.',
      'The CEC draw was the largest CEC-only round since 2021 and mainly benefits those already working in Canada, among whom Indians form the biggest group.',
      'Indian nationals received more than 40 per cent of all Express Entry invitations last year, according to official data. ICNS PRB ASH',
    ].join('\n');
    expect(facts(page, '2024-07-18')).toEqual([
      ['2024-07-16', '303', 'pnp', 1391, 670, null],
      ['2024-07-17', '304', 'cec', 6300, 515, '2024-02-03'],
    ]);
  });
  it('a Chinese page\'s byline, glossed to "November 27, 2025 09:15 |:", dates the page, not the round of November 26', () => {
    const page = [
      '加国华人时报 Sino-Canada Times',
      '首页 | 移民 | 留学 | 地产 | 社区 | 视频',
      '快讯：EE第381轮抽签 CEC邀请1,000人 分数线531',
      '2025年11月27日 09:15 | 来源：本报综合',
      '加拿大移民、难民及公民部（IRCC）于当地时间11月26日（周三）进行了第381轮快速通道（Express Entry）抽签，仅针对加拿大经验类（CEC）申请人，共发出1,000份永久居民申请邀请（ITA），最低CRS分数为531分。',
      '平局规则（tie-breaking rule）：2025年10月8日 19:02:26 UTC。',
      '前一天（11月25日）的省提名（PNP）专项抽签邀请了777人，分数线为699分。',
      '移民顾问表示，CEC分数线仍维持在530分以上的高位，许多毕业工签（PGWP）即将到期的中国留学生压力较大，建议考虑法语类别或省提名项目。',
      '相关阅读：',
      '· 2026年移民配额计划公布 经济类移民比例上升',
      '· 安省雇主担保项目最新抽签结果',
      '分享到：微信 | 微博 | Facebook',
    ].join('\n');
    expect(facts(page, '2025-11-27')).toEqual([['2025-11-26', '381', 'cec', 1000, 531, '2025-10-08']]);
  });
});

describe("days told by a diary's headings and in Punjabi (u26-3)", () => {
  it('"Tue Dec 19, 2023" / "Trades draw today …" / "Wed Dec 20, 2023" / "Transport occupations draw — 670 invites": each entry\'s today is its heading\'s day', () => {
    const page = [
      'Trucker to PR — my notebook',
      '(copied from my notes app)',
      '',
      'Tue Dec 19, 2023',
      'Trades draw today. 1,000 invitations, min CRS 425. Not for me, NOC 73300 is transport not trades. Nobody in my WhatsApp group got it either, we are all drivers lol. Did an overnight run to Regina, slept 5 hrs.',
      '',
      'Wed Dec 20, 2023',
      'IT HAPPENED. Transport occupations draw — 670 invites, cut-off 435. My CRS is 441. Saw the notification in a Petro-Canada parking lot in Brandon MB at 2pm and screamed in the cab.',
      'Called wife in Ludhiana, she thought somebody died because I was crying.',
      'To do:',
      '- PCC India (again…)',
      '- medicals, Winnipeg clinic',
      '- employer ref letter from the company, ask Dave in dispatch',
      '- LMIA copy',
      'Best Christmas gift. Thank you God.',
    ].join('\n');
    expect(facts(page, '2023-12-20')).toEqual([
      ['2023-12-19', null, 'trades', 1000, 425, null],
      ['2023-12-20', null, 'transport', 670, 435, null],
    ]);
  });
  it('"Kal (Wednesday) PNP da draw hoya si — 557 ITAs" (yesterday; "si" is "was", not Spanish "if"), "Ajj CEC da draw aaya" (today), under "13 May 2021 · 🌐"', () => {
    const page = [
      'Punjabi Students in Canada 🇨🇦 ਪੰਜਾਬੀ ਸਟੂਡੈਂਟਸ',
      'Jaskaran Gill',
      '13 May 2021 · 🌐',
      '',
      'Update veero 🙏',
      'Kal (Wednesday) PNP da draw hoya si — 557 ITAs, CRS 752.',
      'Ajj CEC da draw aaya — 4,147 ITAs, minimum score 401.',
      '',
      'Mera 398 aa 😭😭 bas 3 number ghat. Next draw ch pakka. Jinna da aa gaya, Waheguru mehar kare, docs jaldi submit karo.',
      '',
      'Two weeks pehlan CEC 400 te si (6,000 ITAs), te hun 401. Pool ch bahut loki ne.',
      '',
      '👍 1.1K   💬 340   ↪ 58',
      '',
      'Top comments',
      'Simran Dhaliwal: Mera aa gaya 405!! 🥹',
      'Harmandeep: veer IELTS dubara de, CLB 9 naal 30+ points jump hunde ne',
      'Rupinder Kaur Sidhu: PNP 752 matlab base 152 😂',
    ].join('\n');
    expect(facts(page, '2021-05-13')).toEqual([
      ['2021-05-12', null, 'pnp', 557, 752, null],
      ['2021-05-13', null, 'cec', 4147, 401, null],
    ]);
  });
});

describe('figures told again, numbers and days in other orders (u26)', () => {
  it('"(08/07/2025)" on a page that writes its days out day first ("09 Jul 2025", "on 7 July and 8 July 2025") is July 8; IRCC\'s copied tie-break "October 2, 2024 at 01:48:36 UTC" shows no order', () => {
    const page = [
      'Home » Canada Immigration News » Express Entry',
      'Express Entry Draws No. 354 & 355: IRCC Invites 3,356 Candidates in Back-to-Back Rounds',
      'Last Updated: 09 Jul 2025 | Author: Team GlobalPath',
      'Table of Contents',
      '1. Draw No. 354 – PNP',
      '2. Draw No. 355 – CEC',
      '3. CRS trend',
      '4. FAQs',
      'IRCC conducted two Express Entry draws this week, on 7 July and 8 July 2025.',
      'Draw No. 354 – Provincial Nominee Program (07/07/2025)',
      'Invitations issued: 356',
      'Minimum CRS: 750',
      'Draw No. 355 – Canadian Experience Class (08/07/2025)',
      'Invitations issued: 3,000',
      'Minimum CRS: 518',
      'Tie-breaking rule: October 2, 2024 at 01:48:36 UTC',
      'CRS trend',
      'The CEC cut-off fell 3 points compared to the 26 June round (521) and 11 points from the 12 June round (529).',
      'FAQs',
      'Q. Is IELTS required for CEC? A. Yes, or CELPIP/PTE Core for English, TEF/TCF for French.',
      'Q. How long is the ITA valid? A. 60 days.',
      'Get Free Counselling | Call +91-98xxxxxx | WhatsApp Us',
    ].join('\n');
    expect(facts(page, '2025-07-09')).toEqual([
      ['2025-07-07', '354', 'pnp', 356, 750, null],
      ['2025-07-08', '355', 'cec', 3000, 518, '2024-10-02'],
    ]);
  });
  it('a thread\'s "3/4 Thu July 4 — Trade occupations / 1,800 invitations · CRS 436 / This was the 300th Express Entry round ever": #300 is that round\'s', () => {
    const page = [
      'Express Entry Watch @EEwatchCA · Jul 5, 2024',
      '3 draws this week 🧵👇 1/4',
      '',
      '2/4 Tue July 2 — PNP',
      '920 invitations · CRS 739',
      '',
      '3/4 Thu July 4 — Trade occupations',
      '1,800 invitations · CRS 436',
      'This was the 300th Express Entry round ever 🎂',
      '',
      '4/4 Fri July 5 — Healthcare occupations',
      '3,750 invitations · CRS 445',
      'Healthcare folks, this is the biggest one for you so far. Congrats! 🩺',
      '💬 22  🔁 97  ❤️ 610  📊 48K',
    ].join('\n');
    expect(facts(page, '2024-07-05')).toEqual([
      ['2024-07-02', null, 'pnp', 920, 739, null],
      ['2024-07-04', '300', 'trades', 1800, 436, null],
      ['2024-07-05', null, 'healthcare', 3750, 445, null],
    ]);
  });
  it('French notes under the week\'s table: "5 000 invitations à 391 points" is a cut-off; "Le seuil de l\'expérience canadienne ne bouge pas (516)" is the CEC round\'s', () => {
    const page = [
      'Blogue | Cabinet Tremblay Immigration — Québec • Montréal',
      "Entrée express : la semaine du 3 août en un coup d'œil",
      '7 août 2026 · Par Me Sophie Tremblay, avocate en immigration · 4 min de lecture',
      "Semaine chargée pour IRCC : quatre rondes d'invitations en quatre jours, du mardi au vendredi. Voici le résumé.",
      'Ronde | Date | Catégorie | IPD | Score SCG minimal',
      'n° 431 | mardi 4 août | Programme des candidats des provinces | 507 | 768',
      "n° 432 | mercredi 5 août | Catégorie de l'expérience canadienne | 3 000 | 516",
      'n° 433 | jeudi 6 août | Compétence linguistique en français | 5 000 | 391',
      'n° 434 | vendredi 7 août | Professions des transports | 300 | 470',
      "Ce qu'il faut retenir",
      '1. La ronde francophone reste de loin la plus accessible : 5 000 invitations à 391 points, un seuil comparable aux rondes de juillet.',
      "2. Le seuil de l'expérience canadienne ne bouge pas (516) malgré le volume plus élevé.",
      '3. Retour des transports, avec une petite ronde de 300 invitations. La dernière ronde de cette catégorie remontait à mars 2024.',
      "Rappel pour nos clients québécois : Entrée express ne mène pas à la résidence permanente au Québec. Si votre projet est de rester au Québec, c'est le Programme de sélection des travailleurs qualifiés (PSTQ) qu'il faut viser.",
      'Vous avez reçu une invitation ? Prenez rendez-vous : nous vérifions votre dossier avant le dépôt.',
      'Catégories : Entrée express, Actualités',
      'Partager : Facebook · LinkedIn · Courriel',
      'Articles similaires',
      'Entrée express : bilan du mois de juillet 2026',
      'PSTQ : nouvelles invitations dans le volet 1',
    ].join('\n');
    expect(facts(page, '2026-08-07').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
      ['2026-08-06', '433', 'french', 5000, 391, null],
      ['2026-08-07', '434', 'transport', 300, 470, null],
    ]);
  });
  it('"French at 382 is the lowest French cut-off of 2026" in a digest\'s notes under "Three rounds this week (Aug 17–21):" is the table\'s French row, of August 19', () => {
    const page = [
      'ExpatCanada Forums — Weekly Digest',
      '"This week in Express Entry" · Friday, August 21, 2026',
      '',
      'Three rounds this week (Aug 17–21):',
      '',
      'Date | Round | Program | Invitations | Min CRS | Tie-break (UTC)',
      'Mon Aug 17 | #435 | Provincial Nominee Program | 442 | 760 | 2026-08-07 18:01:56',
      'Tue Aug 18 | #436 | Canadian Experience Class | 1,000 | 523 | 2026-08-17 22:09:00',
      'Wed Aug 19 | #437 | French-language proficiency | 5,000 | 382 | 2026-03-01 18:34:05',
      '',
      'Community notes:',
      '- CEC back to 1,000 after 3,000 on Aug 5 (516). Ouch.',
      '- French at 382 is the lowest French cut-off of 2026.',
      '- No category draw besides French this week.',
      '',
      'Hot threads this week:',
      '» "AOR to PPR timelines Aug 2026" (88 replies)',
      '» "Does the new job offer rule apply to existing profiles?" (41 replies)',
      '» "TEF vs TCF — which is faster for results?" (27 replies)',
      '',
      'You received this email because you subscribed to Weekly Digest. Manage preferences.',
    ].join('\n');
    expect(facts(page, '2026-08-21').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760, '2026-08-07'],
      ['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17'],
      ['2026-08-19', '437', 'french', 5000, 382, '2026-03-01'],
    ]);
  });
});

describe('two rounds of one day, the day told once (u26, u21)', () => {
  it('a digest\'s "Two draws yesterday — PNP 200 @ 902 and FST 500 @ 288" over "CIC ran two separate rounds yesterday (May 30):": both of May 30', () => {
    const page = [
      'CanadaMigrants Forum — Daily Digest',
      'Thursday, May 31, 2018',
      '',
      'You are receiving this digest because you follow "Express Entry Draws".',
      '',
      'NEW THREAD: Two draws yesterday — PNP 200 @ 902 and FST 500 @ 288',
      'posted by trade_hopeful_yyc',
      '',
      'CIC ran two separate rounds yesterday (May 30):',
      '1) Provincial Nominee Program: 200 invitations, lowest CRS 902. Tie-breaking rule: March 23, 2018 at 05:38:02 UTC',
      '2) Federal Skilled Trades: 500 invitations, lowest CRS 288. Tie-breaking rule: June 7, 2017 at 20:11:13 UTC',
      '',
      'First FST draw of 2018. Welders, carpenters, chefs — check your inbox!',
      '',
      '2 replies:',
      '  kamal_welder: got it!!! 301 points, red seal welder, AINP nomination pending too',
      '  sara_v: no general draw?? last general was May 23 (3,500 / 440)',
      '',
      'OTHER ACTIVE THREADS',
      '- "Medical for PR - how long in Manila?" (14 new replies)',
      '- "Proof of funds 2018 updated amounts" (6 new replies)',
      '- "AOR to eCOPR timeline tracker — May ITAs" (22 new replies)',
      '',
      'Unsubscribe | Manage notifications | Forum rules',
    ].join('\n');
    expect(facts(page, '2018-05-31')).toEqual([
      ['2018-05-30', null, 'pnp', 200, 902, '2018-03-23'],
      ['2018-05-30', null, 'fst', 500, 288, '2017-06-07'],
    ]);
  });
  it('"🚨 TWO Express Entry rounds today — April 9, 2020" over "#141 Provincial Nominee Program …" and "#142 Canadian Experience Class …": both of April 9', () => {
    const page = [
      'Canada Immigration Updates 📢',
      '📌 pinned',
      '',
      '🚨 TWO Express Entry rounds today — April 9, 2020',
      '',
      '#141 Provincial Nominee Program',
      '— invitations: 606',
      '— minimum CRS: 698',
      '— tie-break: December 18, 2019 at 11:29:51 UTC',
      '',
      '#142 Canadian Experience Class',
      '— invitations: 3,294',
      '— minimum CRS: 464',
      '— tie-break: January 4, 2020 at 12:16:45 UTC',
      '',
      'IRCC is now only inviting PNP + CEC because of COVID travel restrictions. FSW candidates outside Canada — nothing for you this time 😞',
      '',
      '#ExpressEntry #CEC #PNP',
      '👁 18.2K   edited  22:14',
    ].join('\n');
    expect(facts(page, '2020-04-09')).toEqual([
      ['2020-04-09', '141', 'pnp', 606, 698, '2019-12-18'],
      ['2020-04-09', '142', 'cec', 3294, 464, '2020-01-04'],
    ]);
  });
  it('"two separate Express Entry draws on Friday", then the first and the second told in turn: both of that Friday', () => {
    const page = [
      'Gulf Daily Tribune',
      'Home > Expat Life > Immigration',
      'Canada holds two Express Entry rounds on Friday for trades and provincial nominees',
      'By Staff Reporter',
      'Dubai, May 27, 2017',
      "Canada's immigration department conducted two separate rounds of invitations under its Express Entry system on Friday, one reserved for provincial nominees and the other for skilled tradespersons.",
      'In round 63, 143 candidates under the Provincial Nominee Program were invited with a minimum Comprehensive Ranking System (CRS) score of 775.',
      'In round 64, 400 candidates eligible for the Federal Skilled Trades Program were invited, with the minimum score at just 199 points. It is the first round ever held exclusively for the trades program.',
      'Electricians, welders, heavy-equipment mechanics and chefs working in the UAE could benefit, consultants said, provided they hold a job offer or a certificate of qualification from a Canadian province.',
      '"Many tradespeople in the Gulf assumed Express Entry was only for engineers and IT people. This draw shows otherwise," said Faisal Rahman, a Dubai-based licensed Canadian immigration consultant.',
      'The last all-programme draw, on May 17, invited 3,687 candidates with a cut-off of 415.',
      'Share: Facebook | Twitter | WhatsApp | Email',
    ].join('\n');
    expect(facts(page, '2017-05-27')).toEqual([
      ['2017-05-26', '63', 'pnp', 143, 775, null],
      ['2017-05-26', '64', 'fst', 400, 199, null],
    ]);
  });
});

describe('a day said relative to the page, and another round written on it (guard)', () => {
  it('"IRCC held a PNP draw today" on a page updated a day later, under "Update: On May 31, IRCC held a CEC draw": the PNP round is not of May 31', () => {
    const page = [
      'Express Entry: CEC draw invites 3,000',
      'May 30, 2024 — Updated May 31, 2024',
      'IRCC held a PNP draw today, inviting 2,985 candidates with a cut-off of 676.',
      'Update: On May 31, IRCC held a Canadian Experience Class draw, inviting 3,000 candidates with a cut-off of 522.',
    ].join('\n');
    expect(facts(page, '2024-05-31').filter((r) => r[2] === 'pnp' && r[0] === '2024-05-31')).toEqual([]);
  });
});

describe('days and cut-offs in more shapes (u26)', () => {
  it('a newsletter\'s "MON 18/12 – Draw #275 – …", "TUE 19/12 – …": a weekday and a day past 12 tell the order', () => {
    const page = [
      'From: Maplewood Immigration Weekly <news@maplewood-immigration.example>',
      'Subject: 4 draws in 4 days – your end-of-year Express Entry wrap',
      'Date: Fri, Dec 22, 2023',
      'Hi friend,',
      'IRCC clearly wanted to finish 2023 with a bang. Four Express Entry rounds this week, one per day, Monday to Thursday:',
      'MON 18/12 – Draw #275 – General (all programs) – 1,325 ITAs – CRS 542',
      'TUE 19/12 – Draw #276 – Trade occupations – 1,000 ITAs – CRS 425',
      'WED 20/12 – Draw #277 – Transport occupations – 670 ITAs – CRS 435',
      'THU 21/12 – Draw #278 – Agriculture & agri-food – 400 ITAs – CRS 386',
      "That's 3,395 invitations in four days.",
      'Our take: the general cut-off keeps creeping up (542!), while the category rounds are where the opportunity is. An agri-food worker at 386 got an ITA this week, while a software developer at 540 did not. If your occupation fits a category, make sure your profile shows it clearly.',
      "Office hours over the holidays: closed Dec 25–26 and Jan 1. We will still send a flash email if there's a draw.",
      'Merry Christmas and happy holidays,',
      'Joanne & the Maplewood team',
      '---',
      'Maplewood Immigration Consulting Inc. · RCIC-IRB · Calgary, Alberta',
      'Unsubscribe · Manage preferences · Forward to a friend',
    ].join('\n');
    expect(facts(page, '2023-12-22')).toEqual([
      ['2023-12-18', '275', 'general', 1325, 542, null],
      ['2023-12-19', '276', 'trades', 1000, 425, null],
      ['2023-12-20', '277', 'transport', 670, 435, null],
      ['2023-12-21', '278', 'agriculture', 400, 386, null],
    ]);
  });
  it('"Their cut-off was far lower: 491 points." is the STEM round\'s cut-off', () => {
    const page = [
      'THE CANADIAN SENTINEL',
      'Canada | Immigration',
      'STEM workers get 4,500 Express Entry invitations, a day after general draw',
      'Published April 12, 2024',
      'By Leah Sorensen',
      "Immigration Minister Marc Miller's department held two Express Entry rounds this week, including the first draw for science, technology, engineering and math workers in four months.",
      'On Wednesday, Immigration, Refugees and Citizenship Canada invited 1,280 candidates from all programs in a general round. The minimum Comprehensive Ranking System score was 549, one of the highest in years.',
      'On Thursday, round 293 invited 4,500 candidates in STEM occupations such as software developers, data scientists and civil engineers. Their cut-off was far lower: 491 points. The tie-breaking rule was February 25, 2024 at 11:55:12 UTC.',
      'The gap shows how category-based selection has split the pool. A software engineer with 500 points had no chance in the general draw, but was invited in the STEM round.',
      'Miller has said IRCC will publish its 2024 category priorities this spring and may remove some occupations from the STEM list.',
      'Tech industry groups welcomed the round. "Canada competes with the United States for the same people," said Owen Leclerc of a Toronto-based tech council.',
      'The department has also capped new study permits, which critics say could shrink the future pool of Canadian Experience Class candidates.',
    ].join('\n');
    expect(facts(page, '2024-04-12').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2024-04-10', null, 'general', 1280, 549, null],
      ['2024-04-11', '293', 'stem', 4500, 491, '2024-02-25'],
    ]);
  });
});

describe('"just held" dates only a round the sentence names (guard, p9-125)', () => {
  it('"UPDATE, 3:40 p.m.: IRCC has just held the first-ever category-based Express Entry round." over the story of Tuesday\'s round keeps Tuesday\'s round of Tuesday', () => {
    const page = [
      'Express Entry: 4,300 invited in all-program round, cut-off 486',
      'By Karen Liu | June 28, 2023 - Updated 3:40 p.m. ET',
      'UPDATE, 3:40 p.m.: IRCC has just held the first-ever category-based Express Entry round. 500 candidates with work experience in healthcare occupations were invited, with a minimum CRS score of 476.',
      'IRCC held an all-program Express Entry draw on Tuesday, inviting 4,300 candidates to apply for permanent residence. The minimum Comprehensive Ranking System score was 486.',
    ].join('\n');
    expect(facts(page, '2023-06-28').filter((r) => r[2] === 'general' && r[0] === '2023-06-28')).toEqual([]);
  });
});

describe('French, Portuguese and English asides (u26-4)', () => {
  it('"… n\'était que de 439 points, bien en deçà des seuils observés lors des rondes ouvertes à tous les programmes": all programs are compared with, not the round\'s; "Cette 256e ronde"', () => {
    const page = [
      'Accueil > Actualités > Politique > Immigration',
      'IMMIGRATION',
      'Entrée express : Ottawa invite 2300 candidats francophones à demander la résidence permanente',
      'Jean-Philippe Côté',
      'Publié le 7 juillet 2023 à 14 h 12',
      'Mis à jour à 16 h 40',
      'Partager sur Facebook | Partager sur X | Copier le lien',
      "Immigration, Réfugiés et Citoyenneté Canada (IRCC) a tenu vendredi la toute première ronde d'invitations d'Entrée express réservée aux candidats qui maîtrisent le français.",
      "Au total, 2300 invitations à présenter une demande (IPD) ont été envoyées. Le score minimal exigé au Système de classement global (SCG) n'était que de 439 points, bien en deçà des seuils observés lors des rondes ouvertes à tous les programmes.",
      "Cette 256e ronde depuis la création du système, en 2015, s'inscrit dans la nouvelle sélection par catégorie annoncée à la fin mai par le ministre Sean Fraser.",
      'Pour faire partie de la catégorie, il fallait avoir obtenu au moins un niveau 7 des Niveaux de compétence linguistique canadiens (NCLC) dans les quatre habiletés en français.',
      "« C'est un signal fort pour les communautés francophones en situation minoritaire, qui manquent cruellement de main-d'œuvre », estime Martine Lavoie, directrice d'un organisme d'accueil de Moncton.",
      "Rappelons que le Québec sélectionne lui-même ses travailleurs qualifiés et ne participe pas à Entrée express : les personnes invitées vendredi s'établiront donc dans les autres provinces et territoires.",
      "La semaine dernière, une première ronde thématique, consacrée aux professions de la santé, avait déjà permis d'inviter 500 personnes.",
      "IRCC promet d'autres rondes ciblées d'ici l'automne, notamment pour les métiers spécialisés, les transports et l'agroalimentaire.",
      'À lire aussi',
      'Les délais pour la citoyenneté raccourcissent, selon IRCC',
      "Main-d'œuvre : les régions réclament plus de travailleurs temporaires",
    ].join('\n');
    expect(facts(page, '2023-07-07')).toEqual([['2023-07-07', '256', 'french', 2300, 439, null]]);
  });
  it('Portuguese "A rodada, de número 252, foi exclusiva …"', () => {
    const page = [
      'AGÊNCIA NOTÍCIAS DO MUNDO',
      'Internacional',
      'Canadá realiza primeira rodada do Express Entry voltada a profissionais de saúde',
      'Da redação, São Paulo — 28/06/2023 • 15h47 • Atualizado às 18h02',
      'O Ministério da Imigração, Refugiados e Cidadania do Canadá (IRCC) realizou nesta quarta-feira (28) o primeiro sorteio do programa Express Entry baseado em categorias profissionais. A rodada, de número 252, foi exclusiva para candidatos com experiência em ocupações da área da saúde.',
      'Foram emitidos 500 convites para solicitar a residência permanente. A pontuação mínima exigida no CRS (Comprehensive Ranking System) foi de 476 pontos.',
      'Pela regra de desempate, só receberam convite os candidatos com 476 pontos que criaram o perfil antes de 12 de novembro de 2022, às 12:47:27 UTC.',
      'Enfermeiros, médicos, fisioterapeutas, farmacêuticos e técnicos de laboratório estão entre as 35 ocupações contempladas.',
      'Segundo o governo canadense, novas rodadas por categoria devem ocorrer ao longo do ano, incluindo áreas STEM, ofícios especializados, transporte, agricultura e candidatos com domínio do francês.',
      'Para brasileiros que atuam na saúde, especialistas alertam que o reconhecimento do diploma continua sendo uma etapa à parte, conduzida pelas províncias.',
      'Compartilhe: WhatsApp | Facebook | X',
      'Tags: Canadá, imigração, Express Entry, saúde',
    ].join('\n');
    expect(facts(page, '2023-06-28')).toEqual([['2023-06-28', '252', 'healthcare', 500, 476, '2022-11-12']]);
  });
  it('"… targeted at education occupations, a category added earlier this year": the category\'s day, not an earlier round', () => {
    const page = [
      'Teachers Abroad Network',
      'IRCC holds first-ever Express Entry draw for education occupations',
      'Published: 2025-05-01',
      'Updated: 2025-05-01 17:40 EDT',
      'Today Canada held its first Express Entry round of invitations targeted at education occupations, a category added earlier this year in response to teacher shortages across the country.',
      'The numbers',
      '1,000 invitations to apply (ITAs)',
      'Cut-off: 479 CRS points',
      'Tie-break: profiles submitted before 2024-08-10 10:35:55 UTC',
      'Eligible occupations in the category include elementary and secondary school teachers, early childhood educators and assistants, instructors of persons with disabilities and educational support workers.',
      "What if I'm a teacher outside Canada?",
      'You can qualify with foreign experience, but you will usually need your credentials assessed and, to work in a classroom, certification from the provincial regulator.',
      'Our members in the UK, Ireland and the Philippines have asked whether this will become a regular draw. IRCC has not published a schedule, but the 2025 plan mentions education as a priority.',
      'Join the discussion in our forum (34 replies)',
    ].join('\n');
    expect(facts(page, '2025-05-01')).toEqual([['2025-05-01', null, 'education', 1000, 479, '2024-08-10']]);
  });
  it('"Vale lembrar que, no início do mês, a rodada para candidatos francófonos teve corte de 446 pontos": an earlier round, not a rival program of the education round', () => {
    const page = [
      'Portal Brasileiros no Canadá',
      'Início › Imigração › Express Entry',
      'Professores e profissionais de ofícios recebem convites em rodadas seguidas do Express Entry',
      '18 de setembro de 2025, 16:20 — por Camila Ferreira',
      'O IRCC realizou duas rodadas por categoria nesta semana, em dias consecutivos.',
      'Na quarta-feira (17), a rodada 367 foi voltada a ocupações da área de educação: 2.500 convites, com nota de corte de 462 pontos no CRS. Foi apenas a segunda vez que a categoria de educação teve um sorteio próprio.',
      'Nesta quinta-feira (18), foi a vez dos ofícios especializados (trades). A rodada 368 emitiu 1.250 convites, com pontuação mínima de 505.',
      'Resumo:',
      'Rodada 367 | 17/09/2025 | Educação | 2.500 convites | CRS 462',
      'Rodada 368 | 18/09/2025 | Ofícios (trades) | 1.250 convites | CRS 505',
      'Entre as ocupações de educação estão professores do ensino fundamental e médio, educadores da primeira infância e assistentes de educadores. Já a lista de trades inclui eletricistas, encanadores, carpinteiros, soldadores e mecânicos, entre outros.',
      'Vale lembrar que, no início do mês, a rodada para candidatos francófonos teve corte de 446 pontos.',
      'Leia também:',
      '→ Como validar seu diploma de professor no Canadá',
      '→ Quanto ganha um eletricista em Ontário',
    ].join('\n');
    expect(facts(page, '2025-09-18')).toEqual([
      ['2025-09-17', '367', 'education', 2500, 462, null],
      ['2025-09-18', '368', 'trades', 1250, 505, null],
    ]);
  });
  it('"avec un score minimal de… 75 points": the pause before the figure', () => {
    const page = [
      'INTERNATIONAL | AMÉRIQUES',
      'Canada : un tirage historique de 27 332 invitations pour les résidents temporaires',
      'Par Antoine Garnier, correspondant à Montréal',
      'Publié le 14 février 2021 à 10h30',
      "C'est du jamais vu depuis la création du système Entrée express. Samedi 13 février, le gouvernement canadien a invité d'un coup 27 332 candidats de la catégorie de l'expérience canadienne (CEC) à demander la résidence permanente, avec un score minimal de… 75 points.",
      "Ce seuil dérisoire s'explique simplement : Ottawa a choisi d'inviter la quasi-totalité des candidats de la catégorie présents dans la réserve, pour la plupart des étudiants étrangers diplômés et des travailleurs temporaires déjà installés au Canada.",
      "En cas d'égalité, les profils soumis avant le 12 septembre 2020 à 15:31:40 UTC ont été retenus.",
      "La pandémie a fait chuter les arrivées d'immigrants en 2020, et le gouvernement de Justin Trudeau mise sur les personnes déjà présentes sur le territoire pour atteindre sa cible de 401 000 nouveaux résidents permanents en 2021.",
      "Parmi les bénéficiaires figurent de nombreux jeunes Français titulaires d'un PVT qui ont accumulé une année d'expérience de travail qualifiée au Canada.",
      'Partager cet article | Réagir (48)',
    ].join('\n');
    expect(facts(page, '2021-02-14')).toEqual([['2021-02-13', null, 'cec', 27332, 75, '2020-09-12']]);
  });
});

describe('the round numbered just before the news, under a heading of its own (u26-3)', () => {
  it('an alert\'s "📌 Draw #320 — CEC" and "📌 Draw #319 — PNP (yesterday, 21 Oct)", each over its figures: both are news', () => {
    const page = [
      '*EE DRAW ALERT* 🔔',
      '22/10/2024 · 4:05 pm',
      '',
      '📌 *Draw #320 — CEC*',
      'Invitations: 400',
      'CRS cut-off: 539',
      'Tie-break: 19 Oct 2024, 21:53:18 UTC',
      '',
      '📌 *Draw #319 — PNP* (yesterday, 21 Oct)',
      'Invitations: 648',
      'CRS cut-off: 791',
      '',
      'Only 400 CEC 😕 and cut-off 539 again, same as Oct 9. Keep your profiles updated, language retakes help!',
      '',
      'Reply with your CRS if you got the ITA 🎉',
    ].join('\n');
    expect(facts(page, '2024-10-22')).toEqual([
      ['2024-10-22', '320', 'cec', 400, 539, '2024-10-19'],
      ['2024-10-21', '319', 'pnp', 648, 791, null],
    ]);
  });
  it('Hinglish "Aaj round 240 hua …" and "Aur kal (1 Feb) round 239 PNP ka tha:" over its bullets: both are news', () => {
    const page = [
      '*Canada Jaana Hai 🇨🇦 — Updates*',
      '2 Feb 2023',
      '',
      '🔥🔥 *FSW-ONLY DRAW AAYA HAI* 🔥🔥',
      '',
      'Bhai log finally! Aaj round *240* hua, sirf Federal Skilled Worker ke liye:',
      '• ITAs: *3,300*',
      '• CRS cut-off: *489*',
      '• Tie-break: March 29, 2022, at 16:09:00 UTC',
      '',
      'Aur kal (1 Feb) round *239* PNP ka tha:',
      '• ITAs: *893*',
      '• CRS: *733*',
      '',
      'Yeh pehli baar hai ki sirf FSW ke liye draw hua. Jinka score 489+ hai aur CEC nahi hai, unke liye golden chance 🙌',
      'Apna profile check karo aur 60 din mein documents ready rakho.',
      '',
      '_Forward karo apne doston ko_ 📲',
      '10:18 AM',
    ].join('\n');
    expect(facts(page, '2023-02-02')).toEqual([
      ['2023-02-02', '240', 'fsw', 3300, 489, '2022-03-29'],
      ['2023-02-01', '239', 'pnp', 893, 733, null],
    ]);
  });
  it('"Yesterday\'s PNP round (#306) invited 964 candidates at 686." in one sentence under the news: background (guard)', () => {
    const page = [
      'Express Entry draw #307: CEC cut-off drops to 510*',
      'July 31, 2024',
      'IRCC invited 5,000** Canadian Experience Class candidates today, its second large CEC round this month.',
      'At a glance',
      'Invitations: 5,000** (−1,300 vs. July 17)',
      'Minimum CRS: 510* (down 5 points)',
      'Tie-break: June 30, 2024 at 20:39:14 UTC',
      "Yesterday's PNP round (#306) invited 964 candidates at 686.",
      'IRCC has now issued 11,300 CEC invitations in July, after the July 17 round of 6,300 at 515.',
      '* Score of the lowest-ranked candidate invited; ties broken by profile submission time.',
      '** Invitations issued; the number of applications eventually received may differ.',
    ].join('\n');
    expect(facts(page, '2024-07-31')).toEqual([['2024-07-31', '307', 'cec', 5000, 510, '2024-06-30']]);
  });
});

describe('a lead that counts its rounds (u26-4)', () => {
  it('"IRCC realizó dos rondas dirigidas esta semana" over its two rounds: "Antes de estas dos rondas, IRCC había hecho un sorteo solo para candidatos del PNP el 2 de julio" is not a third', () => {
    const page = [
      'Inmigrar a Canadá Hoy',
      'Express Entry: dos rondas por categoría en 48 horas',
      '5 de julio de 2024 · Por Andrés Molina · Noticias',
      '¡Buenas noticias para oficios y salud! IRCC realizó dos rondas dirigidas esta semana:',
      'Ronda #300 – Jueves 4 de julio de 2024',
      'Categoría: ocupaciones de oficios (trades)',
      'Invitaciones: 1.800',
      'CRS mínimo: 436',
      'Ronda #301 – Viernes 5 de julio de 2024',
      'Categoría: ocupaciones de salud',
      'Invitaciones: 3.750',
      'CRS mínimo: 445',
      'Desempate: 7 de mayo de 2024 21:27:04 UTC',
      '¿Qué significa para ti?',
      'Si trabajas como electricista, soldador, plomero o carpintero, o en enfermería, fisioterapia o como auxiliar de enfermería, estas rondas confirman que la selección por categoría es hoy la vía más rápida para quienes no alcanzan los puntajes de las rondas generales.',
      'Antes de estas dos rondas, IRCC había hecho un sorteo solo para candidatos del PNP el 2 de julio (920 invitaciones, 739 puntos).',
      '📌 Guarda este artículo y compártelo con tus amigos que sueñan con Canadá.',
      'Etiquetas: Express Entry, oficios, salud, CRS',
    ].join('\n');
    expect(facts(page, '2024-07-05')).toEqual([
      ['2024-07-04', '300', 'trades', 1800, 436, null],
      ['2024-07-05', '301', 'healthcare', 3750, 445, '2024-05-07'],
    ]);
  });
});

describe('a French weekly table (u28-4)', () => {
  it('"Trois rondes d\'invitations cette semaine" over a table whose tie-breaks read "29 déc. 2025 12:47:31 UTC": each row of the week, with its tie-break', () => {
    const page = [
      'Cabinet Lemieux Immigration — Blogue',
      'Le point hebdo Entrée express | Semaine du 16 au 20 mars 2026',
      'Publié le vendredi 20 mars 2026',
      "Trois rondes d'invitations cette semaine, dont une nouvelle ronde francophone. Voici le détail, tel que publié par IRCC :",
      'Date | Ronde | Programme | Invitations | Score CRS minimal | Règle de départage',
      '16 mars 2026 | 403 | Candidats des provinces (PCP) | 362 | 742 | 5 oct. 2025 20:35:25 UTC',
      "17 mars 2026 | 404 | Catégorie de l'expérience canadienne | 4 000 | 507 | 11 mai 2025 18:57:31 UTC",
      '18 mars 2026 | 405 | Connaissance du français | 4 000 | 393 | 29 déc. 2025 12:47:31 UTC',
      'Notre analyse',
      'Le seuil de la CEC recule légèrement : le 17 février, 6 000 candidats avaient été invités à 508 points. Côté francophone, le seuil de 393 demeure sous la barre des 400.',
      "Vous êtes dans le bassin ? Réservez une consultation de 30 minutes avec l'une de nos consultantes réglementées (CRIC).",
      'Catégories : Entrée express, Résidence permanente | Tags : tirage, SCG, francophones',
    ].join('\n');
    expect(facts(page, '2026-03-20').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2026-03-16', '403', 'pnp', 362, 742, '2025-10-05'],
      ['2026-03-17', '404', 'cec', 4000, 507, '2025-05-11'],
      ['2026-03-18', '405', 'french', 4000, 393, '2025-12-29'],
    ]);
  });
});

describe('bylines of more shapes date the page, not the round (u28)', () => {
  it('a Chinese page\'s "2025年3月22日（星期六） 香港時間 09:20" (glossed "March 22, 2025 () 09:20") over "當地時間3月21日（星期五）": the round of March 21', () => {
    const page = [
      '楓葉港聞網 | 加國新聞 > 移民',
      '快速通道法語類別再發7,500份邀請 最低分數跌至379分',
      '2025年3月22日（星期六）  香港時間 09:20',
      '',
      '加拿大移民、難民及公民部（IRCC）於當地時間3月21日（星期五）進行第341輪快速通道（Express Entry）抽籤，專門邀請具備法語能力的申請人，合共發出7,500份申請永久居留邀請（ITA），最低綜合排名分數（CRS）為379分。',
      '同分決勝規則（tie-breaking rule）時間為2025年3月6日 02:53:27 UTC。',
      '今次是法語類別今年第三輪大規模抽籤，分數較2月（428分）及3月初（410分）的兩輪進一步下降。',
      '移民顧問陳先生表示，不少持有BNO簽證或經「救生艇計劃」來加的港人正積極學習法語。「法語達到NCLC 7，加上加拿大工作經驗，基本上有很大機會獲邀。」',
      '此外，IRCC本月稍早宣布，由3月25日起，工作邀請（job offer）將不再為申請人帶來額外分數。',
      '【相關新聞】',
      '· 港人救生艇計劃：開放工作簽證延期申請',
      '· 多倫多租金連續第六個月回落',
      '分享：Facebook | WhatsApp | 複製連結',
    ].join('\n');
    expect(facts(page, '2025-03-22')).toEqual([['2025-03-21', '341', 'french', 7500, 379, '2025-03-06']]);
  });
  // Session 48: "…379 points, un niveau nettement plus accessible que celui des candidats de l'expérience canadienne" compares with
  // the CEC, not the round's program, so the tie-break line after it stays with the French round.
  it('"Par Nathalie Verhaegen — samedi 22 mars 2025" over "Hier, vendredi 21 mars": the round of March 21, its tie-break too', () => {
    const page = [
      "BelgesduMonde.be — Le portail des Belges à l'étranger",
      'Accueil > Destinations > Canada',
      "Canada : 7 500 francophones invités d'un coup, les Belges en profitent",
      'Par Nathalie Verhaegen — samedi 22 mars 2025',
      "Bonne nouvelle pour les Belges qui rêvent du Canada. Hier, vendredi 21 mars, le ministère fédéral de l'Immigration (IRCC) a invité 7 500 candidats du système Entrée express maîtrisant le français à demander la résidence permanente.",
      "Le score minimal exigé était de 379 points, un niveau nettement plus accessible que celui des candidats de l'expérience canadienne. La règle de départage fixée par Ottawa est le 6 mars 2025 à 02 h 53 min 27 s (UTC) : parmi les candidats à 379 points, seuls ceux ayant créé leur profil avant ce moment ont été invités.",
      'Ce tirage contraste avec celui du 17 mars, réservé aux candidats des programmes provinciaux, dont le seuil avait grimpé à 736 points.',
      "Pour les Wallons et les Bruxellois, un avantage supplémentaire : un bon résultat au TEF Canada peut rapporter jusqu'à 50 points additionnels lorsqu'il est combiné à un bon niveau d'anglais.",
      'Nos conseils :',
      '- Passez le TEF ou le TCF Canada le plus tôt possible ;',
      "- Faites évaluer votre diplôme belge (EDE) auprès de WES ou d'un autre organisme désigné ;",
      '- Préparez vos extraits de casier judiciaire de Belgique et de tous les pays où vous avez vécu.',
      'Partager : Facebook · LinkedIn · WhatsApp',
      'Articles liés : Visa vacances-travail Canada 2025 : les quotas belges | Vivre au Nouveau-Brunswick : témoignage',
    ].join('\n');
    expect(facts(page, '2025-03-22')).toEqual([['2025-03-21', null, 'french', 7500, 379, '2025-03-06']]);
  });
});

describe('"Thursday, March 2, 2017 — Staff" is a byline (u28-1-05)', () => {
  it("the page's date is no round's: the round \"on Wednesday\" is not given the byline's Thursday", () => {
    const page = [
      'Ottawa widens skilled-immigrant intake as Express Entry bar drops to 434',
      'Thursday, March 2, 2017 — Staff',
      'The federal immigration department invited 3,884 candidates to apply for permanent residence and set the minimum Comprehensive Ranking System score at 434.',
    ].join('\n');
    expect(facts(page, '2017-03-02').map((r) => r[0])).not.toContain('2017-03-02');
  });
  it('"Thursday, February 2, 2023 – Federal Skilled Worker" is a round\'s heading, not a byline (guard)', () => {
    const page = [
      'First FSW-only draw: Express Entry this week',
      'February 3, 2023',
      'IRCC held two Express Entry rounds this week.',
      'Wednesday, February 1, 2023 – PNP',
      'Round #239: 893 invitations, minimum CRS 733.',
      'Thursday, February 2, 2023 – Federal Skilled Worker',
      'Round #240: 3,300 invitations, minimum CRS 489.',
    ].join('\n');
    expect(facts(page, '2023-02-03').map((r) => [r[0], r[1]])).toContainEqual(['2023-02-02', '240']);
  });
});

describe('site chrome and chat exports (u28)', () => {
  it('a TV site\'s "Watch Live | Local | Canada | Health | Weather | Traffic" is its sections, not a healthcare round: the CEC round of today', () => {
    const page = [
      'CKTV NEWS TORONTO',
      'Watch Live | Local | Canada | Health | Weather | Traffic',
      'Despite COVID-19 travel ban, Ottawa invites 3,232 to apply for permanent residence',
      'By CKTV News Staff | Published Monday, March 23, 2020 5:48PM EDT | Last Updated Monday, March 23, 2020 6:20PM EDT',
      '',
      'The federal government held an Express Entry draw today limited to candidates in the Canadian Experience Class, a program for people who already have at least one year of skilled work experience in Canada.',
      'Immigration, Refugees and Citizenship Canada invited 3,232 candidates, with a minimum Comprehensive Ranking System score of 467. The tie-breaking rule was set at November 25, 2019 at 14:00:35 UTC.',
      'Immigration officials said they chose to invite only CEC candidates because many are already in Canada and will not be affected by the travel restrictions announced last week.',
      'Last Wednesday, the department held a round for provincial nominees only, inviting 668 people at a cut-off of 720.',
      'Lawyers say the move signals the department intends to keep the immigration system running even as borders close.',
      '"Most of these people are working in Toronto right now — in hospitals, in grocery supply chains, in tech," said immigration lawyer Priya Anand. "It makes sense to keep them."',
      'Applicants who cannot obtain documents such as police certificates because of office closures abroad will not have their applications refused, IRCC said, and will be given extra time.',
      'WATCH: How COVID-19 is affecting newcomers in the GTA (2:41)',
      'Share on Facebook | Share on Twitter | Email',
      'Related Stories: Canada closes border to non-essential travel | Ontario declares state of emergency',
    ].join('\n');
    expect(facts(page, '2020-03-23')).toEqual([['2020-03-23', null, 'cec', 3232, 467, '2019-11-25']]);
  });
  it("a chat export's \"[10/07/2026, 6:05 PM] Hiren Patel: Kale (9 July) French draw aavyo …\": the message's stamp is no round's day", () => {
    const page = [
      '🇨🇦 Canada PR – Gujarati Samaj Group',
      '[10/07/2026, 6:05 PM] Hiren Patel: Jay Shri Krishna badha ne 🙏',
      '[10/07/2026, 6:05 PM] Hiren Patel: *Kale (9 July) French draw aavyo:* 5,000 ITA, CRS 420',
      '[10/07/2026, 6:06 PM] Hiren Patel: *Aaje (10 July) Senior Managers draw:* 500 ITA, CRS 392 ‼️',
      '[10/07/2026, 6:06 PM] Hiren Patel: Senior managers vala draw pela pan aavyo hato March ma (250 ITA @ 429), aa vakhte double ITA ane cut-off ochho',
      '[10/07/2026, 6:09 PM] Kinjal Shah: Maro husband manager che, Canadian experience 1 varsh nu che... eligible hase?',
      '[10/07/2026, 6:11 PM] Hiren Patel: Kinjal ben, NOC TEER 0 senior management joie ane Canada ma work experience, RCIC ne puchhi lo',
      '[10/07/2026, 6:12 PM] Dhruv (Surat): French valu toh chalu j rahese, 5000 at 420 pan saru che 👌',
      '[10/07/2026, 6:15 PM] Kinjal Shah: Thank you bhai 🙏',
    ].join('\n');
    expect(facts(page, '2026-07-10')).toEqual([
      ['2026-07-09', null, 'french', 5000, 420, null],
      ['2026-07-10', null, 'managers', 500, 392, null],
    ]);
  });
  it('French "ce sont les rondes no 75 et no 76" under the day\'s two rounds: each its number', () => {
    const page = [
      'ForumMaghrebCanada.com › Immigration au Canada › Entrée Express (fédéral)',
      'Re: Suivi des tirages Entrée Express 2017',
      'Rachid_MTL | 02/11/2017 à 09h14',
      'Salam tout le monde,',
      'Hier (mercredi 1er novembre) il y a eu DEUX rondes Entrée Express en même temps :',
      '- une pour les candidats des provinces (PNP) : 290 invitations, score minimum 673',
      '- une pour les métiers spécialisés (FST) : 505 invitations, score minimum 241',
      'Sur le site de CIC ce sont les rondes no 75 et no 76.',
      'Pas de tirage général donc… Pour ceux qui attendent avec 430-440, patience.',
      'Karima84 | 02/11/2017 à 11h02',
      "Merci Rachid. Le dernier général (18 octobre) était à 436, j'espère qu'il va baisser avant la fin de l'année.",
      'Youssef.QC | 02/11/2017 à 13h47',
      'FST à 241 ?? Dommage que mon métier (technicien) ne soit pas dans la liste…',
    ].join('\n');
    expect(facts(page, '2017-11-02')).toEqual([
      ['2017-11-01', '75', 'pnp', 290, 673, null],
      ['2017-11-01', '76', 'fst', 505, 241, null],
    ]);
  });
});

describe("a table's header is not a site's sections (guard)", () => {
  it('"Date | Round | Program | Invitations | Minimum CRS" still heads its rows', () => {
    const page = [
      'Express Entry: two rounds this week',
      'March 6, 2026',
      'Date | Round | Program | Invitations | Minimum CRS',
      'March 5 | 402 | Senior managers | 250 | 429',
      'March 4 | 401 | French | 5,500 | 397',
    ].join('\n');
    expect(facts(page, '2026-03-06').map((r) => r[1])).toEqual(['402', '401']);
  });
});

describe('pages that are no news (u28)', () => {
  it('a forum guide "Started by … · Sep 25, 2024 · 📌 Sticky": its example rounds are no news', () => {
    const page = [
      'Immigration Talk Forum › Express Entry › Guides & FAQs',
      '[GUIDE] How the tie-breaking rule actually works (with real examples)',
      'Started by RCIC_Volunteer_Sam · Sep 25, 2024 · 📌 Sticky',
      '',
      'Every time a round comes out people ask "the CRS was 507, I have 507, why no ITA?" Here\'s the answer.',
      '',
      "When several candidates have the same score as the cut-off, IRCC doesn't invite all of them. They use the date and time each profile was submitted. Only people at the cut-off score who submitted BEFORE the tie-break timestamp get invited.",
      '',
      'Example 1 – CEC round of 27 August 2024 (#312):',
      '  3,300 invitations, minimum CRS 507, tie-break April 17, 2024 at 20:11:20 UTC.',
      '  → A candidate at 507 who entered the pool on April 10 = invited. At 507 entering on May 2 = not invited.',
      '',
      'Example 2 – CEC round of 19 September 2024:',
      '  4,000 invitations, minimum CRS 509, tie-break November 06, 2023 at 20:17:35 UTC.',
      '  → Here only people at 509 who had been in the pool since before Nov 6, 2023 made it.',
      '',
      'Important:',
      '1. The timestamp is your profile SUBMISSION time, not when you updated it.',
      '2. Updating your profile does not reset your timestamp (unless you create a new profile).',
      "3. Creating a new profile DOES reset it. Don't do that unless your old one expired.",
      '4. All times are in UTC. Convert to your local time zone.',
      '',
      'Questions below 👇 (please read the whole post first)',
      '',
      'Reply · Quote · Report',
    ].join('\n');
    expect(facts(page, '2024-09-25')).toEqual([]);
  });
  it('"Bilan d\'avril 2026 : sept rondes …" on May 1: a past month\'s account', () => {
    const page = [
      'Immigrer.Québec — Chroniques',
      "Bilan d'avril 2026 : sept rondes et 15 797 invitations",
      '1er mai 2026 · Par la rédaction',
      'Avril a été un mois chargé pour Entrée express. Récapitulatif :',
      '2 avril — Métiers spécialisés : 3 000 invitations (477)',
      '13 avril — PCP : 324 invitations (786)',
      '14 avril — Expérience canadienne : 2 000 invitations (515)',
      '15 avril — Français : 4 000 invitations (419)',
      '27 avril — PCP : 473 invitations (795)',
      '28 avril — Expérience canadienne : 2 000 invitations (514)',
      '29 avril — Français : 4 000 invitations (400)',
      "Ce qu'il faut retenir",
      "Les rondes francophones représentent plus de la moitié des invitations du mois. Le seuil de la catégorie de l'expérience canadienne reste stable autour de 515 points.",
      'Ce mois-ci, nous surveillerons la publication de la prochaine mise à jour des catégories.',
      'Partager sur Facebook · Imprimer',
    ].join('\n');
    expect(facts(page, '2026-05-01')).toEqual([]);
  });
  it('a radio site\'s "CJRV 101.9 NEWSTALK — Local. Live. Listening." over "Ten years of Express Entry": the anniversary is the lead', () => {
    const page = [
      'CJRV 101.9 NEWSTALK — Local. Live. Listening.',
      'Home | News | Shows | Podcasts | Contests | Listen Live',
      "Ten years of Express Entry: how Canada's points race changed",
      'Posted Jan 31, 2025 at 7:05 am by the Newsroom',
      '',
      "It was a Saturday morning in January 2015 when Canada's then-new Express Entry system held its very first round of invitations. Ten years ago today, 779 people were invited to apply for permanent residence, and every one of them needed at least 886 points — only possible with a job offer or a provincial nomination.",
      'A decade later, the system looks very different. On our morning show, immigration consultant Dev Patel walked listeners through some of the moments that stand out.',
      "The February 2021 round that invited 27,332 Canadian Experience Class candidates with a cut-off of just 75 points is still the largest single draw in the system's history. Many of those invited were already living and working in this city.",
      'In 2023, the government began choosing candidates by occupation and French ability, starting with a healthcare round of 500 invitations at 476 points in late June that year.',
      'And the most recent round, on January 23, invited 4,000 Canadian Experience Class candidates with a minimum of 527 points.',
      '"People forget how experimental it was at the start," Patel said. "Nobody knew whether the cut-off would be 400 or 900."',
      'You can hear the full interview on our podcast feed.',
      'TAGS: immigration, Express Entry, anniversary',
      'Share | Tweet | Email',
    ].join('\n');
    expect(facts(page, '2025-01-31')).toEqual([]);
  });
  it('Portuguese "Retrospectiva 2025": a year\'s account', () => {
    const page = [
      'Canadá Sem Fronteiras',
      'Retrospectiva 2025: o ano em que o francês dominou o Express Entry',
      '30 de dezembro de 2025 · Por Juliana Prado',
      'Se 2024 foi o ano das incertezas, 2025 foi o ano das categorias. Relembre os destaques:',
      'Janeiro: CEC com nota de 542 e apenas 1.350 convites no dia 8.',
      'Março: o maior sorteio francófono do ano — 7.500 convites com CRS 379 (21/03).',
      'Maio: estreia da categoria de educação, com 1.000 convites (CRS 479).',
      'Setembro a novembro: CEC com apenas 1.000 convites por rodada e nota acima de 530.',
      'Dezembro: fechamento forte, com 5.000 convites CEC (515) no dia 16 e 6.000 francófonos (399) no dia 17.',
      'No total, foram mais de 100 mil convites no ano. Para 2026, a expectativa é de novas categorias, incluindo médicos e militares.',
      'Feliz Ano Novo e boa sorte no pool! 🎉',
    ].join('\n');
    expect(facts(page, '2025-12-30')).toEqual([]);
  });
  it('a thread "CEC cut-offs in 2025 have basically frozen": an analysis', () => {
    const page = [
      'CRS Nerd 📊 @crs_nerd · Oct 10, 2025',
      'CEC cut-offs in 2025 have basically frozen. Thread on why 🧵',
      '',
      '1/ The last three CEC-only rounds:',
      '• Aug 7 – 1,000 ITAs – 534',
      '• Sep 3 – 1,000 ITAs – 534',
      '• Oct 1 – 1,000 ITAs – 534',
      'Same size, same score. Three times in a row.',
      '',
      '2/ Compare June: two CEC rounds of 3,000 each, at 529 (Jun 12) and 521 (Jun 26). Bigger rounds → lower cut-off. Simple.',
      '',
      '3/ IRCC is prioritising French, healthcare and PNP. CEC gets 1,000 every ~4 weeks, which just skims the top.',
      '',
      "4/ Unless the 2026–2028 levels plan (due Nov 1) boosts federal high-skilled targets, don't expect CEC under 530 this year.",
      '',
      '5/ Best move for CEC candidates at 500–530: French (even NCLC 5 gives points), or a provincial nomination.',
      '💬 88  🔁 301  ❤️ 1.2K',
    ].join('\n');
    expect(facts(page, '2025-10-10')).toEqual([]);
  });
});

describe("a headline's two rounds and a card's label lines (u28-1)", () => {
  it('"7,000 ITAs for French speakers at CRS 365, general draw cut-off 541": two rounds, each its figures', () => {
    const page = [
      'THE BHARAT HERALD | NRI | Canada',
      "Canada's Express Entry: 7,000 ITAs for French speakers at CRS 365, general draw cut-off 541",
      'Two back-to-back draws this week; Indian applicants without French see little relief',
      'By Meera Krishnan | New Delhi | Updated: 02 Feb 2024, 10:42 AM IST',
      '',
      "Canada's Immigration, Refugees and Citizenship Canada (IRCC) held two Express Entry draws this week, including the biggest-ever round for French-speaking candidates.",
      'Draw #281 (31-01-2024): General (all programs) — 730 ITAs, minimum CRS 541',
      'Draw #282 (01-02-2024): French language proficiency — 7,000 ITAs, minimum CRS 365, tie-break 08-09-2023 09:47:27 UTC',
      'The general round was the third of January, each smaller than the last. For Indian IT professionals and students without French, the cut-off above 540 is a big hurdle.',
      'The French round, on the other hand, dipped deep into the pool. Immigration experts in Chandigarh and Hyderabad say enrolment in French classes has risen sharply after IRCC began category-based draws last year.',
      '"Students are now asking for TEF Canada coaching along with IELTS," said the director of a language institute in Ahmedabad.',
      "Meanwhile, Canada's announcement of a two-year cap on new study permits has added to the uncertainty for Indian students.",
      'Also read: Canada caps study permits: What it means for Indian students | Express Entry: How many points for French?',
    ].join('\n');
    expect(facts(page, '2024-02-02').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2024-01-31', '281', 'general', 730, 541, null],
      ['2024-02-01', '282', 'french', 7000, 365, '2023-09-08'],
    ]);
  });
  it('"Ronda #194 — jueves 24 de junio" / "Programa: … (CEC)" under a headline of the CEC cut-off; "más de 27 mil" is no count', () => {
    const page = [
      'EL LATINO DE TORONTO',
      'Inicio | Comunidad | Inmigración | Deportes | Entretenimiento | Clasificados',
      'Express Entry: Canadá realiza dos sorteos esta semana y la puntuación CEC baja a 357',
      'Por Redacción | 25 de junio de 2021',
      '',
      'El Ministerio de Inmigración, Refugiados y Ciudadanía de Canadá (IRCC) realizó dos nuevas rondas de invitaciones del sistema Express Entry esta semana.',
      'Ronda #193 — miércoles 23 de junio de 2021',
      'Programa: Programa de Nominación Provincial (PNP)',
      'Invitaciones: 1.002',
      'Puntaje mínimo CRS: 742',
      'Ronda #194 — jueves 24 de junio de 2021',
      'Programa: Clase de Experiencia Canadiense (CEC)',
      'Invitaciones: 6.000',
      'Puntaje mínimo CRS: 357',
      'Regla de desempate: 17 de febrero de 2021 a las 10:15:50 UTC',
      'El puntaje mínimo para la CEC es el más bajo desde el histórico sorteo de febrero, cuando se invitó a más de 27 mil candidatos.',
      'Muchos trabajadores y estudiantes graduados de México, Colombia, Brasil y Perú que ya se encuentran en Canadá con permiso de trabajo podrían recibir su invitación en esta ronda.',
      '"Es una gran oportunidad para quienes tienen experiencia laboral canadiense", comentó Ana Lucía Ramírez, consultora regulada de inmigración en Mississauga.',
      'Recuerde: después de recibir la invitación, tiene 60 días para presentar su solicitud completa de residencia permanente.',
      'Compartir: Facebook | WhatsApp | Twitter',
      'Noticias relacionadas:',
      '- Cómo validar su título universitario en Canadá',
      '- Nuevas vías a la residencia para trabajadores esenciales',
    ].join('\n');
    expect(facts(page, '2021-06-25').sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['2021-06-23', '193', 'pnp', 1002, 742, null],
      ['2021-06-24', '194', 'cec', 6000, 357, '2021-02-17'],
    ]);
  });
});

describe("round numbers in a thread's list and a Spanish post (u28)", () => {
  it('"1/ Wed Feb 1 — #239 — Provincial Nominee Program": a day, the number and the program between dashes', () => {
    const page = [
      'Canada Draw Bot 🇨🇦 @CanDrawBot · Feb 2, 2023',
      "🧵 Two Express Entry rounds in two days. Here's what happened 👇",
      '',
      '1/ Wed Feb 1 — #239 — Provincial Nominee Program',
      '▪️ 893 invitations',
      '▪️ lowest score 733',
      '',
      '2/ Thu Feb 2 — #240 — Federal Skilled Worker ONLY 🤯',
      '▪️ 3,300 invitations',
      '▪️ lowest score 489',
      '▪️ tie-break: 2022-03-29 16:09:00 UTC',
      'First ever FSW-specific round since Express Entry launched in 2015.',
      '',
      "3/ Why? IRCC's new authority (Bill C-19) lets them pick by program, and they want to use up FSW targets after the long pause.",
      '',
      '4/ Is CEC next? Nobody knows. The all-program rounds in January were 5,500 each (507 then 490). /end',
      '🔁 1.1K  ❤️ 3.9K',
    ].join('\n');
    expect(
      facts(page, '2023-02-02')
        .map((r) => r[1])
        .sort(),
    ).toEqual(['239', '240']);
  });
  it('"El #42: 1000 invitaciones y mínimo de 491 puntos": the number, then the round\'s count', () => {
    const page = [
      'ForoMexicanosEnCanada.com',
      'Índice del foro › Residencia permanente › Express Entry 2016 — ¿quién más está en el pool?',
      'Re: Express Entry 2016 - ¿quién más está en el pool?',
      'Mensaje por ingeniero_gdl » Jue Sep 08, 2016 10:22 am',
      '¡Ayer hubo sorteo! El #42: 1000 invitaciones y mínimo de 491 puntos. Ya van subiendo las invitaciones, en el verano eran como 750 cada vez.',
      'Yo sigo en 468, así que a esperar…',
      'Mensaje por LauraMTY » Jue Sep 08, 2016 12:47 pm',
      'Gracias por avisar. ¿Alguien sabe si ya van a cambiar los puntos de la oferta de empleo (LMIA)? Dicen que en noviembre.',
      'Mensaje por ingeniero_gdl » Jue Sep 08, 2016 1:15 pm',
      '@LauraMTY eso se rumora, pero nada oficial todavía.',
    ].join('\n');
    expect(facts(page, '2016-09-08').map((r) => r[1])).toEqual(['42']);
  });
});

describe('a number that ends a day heading is not read between dashes (guard)', () => {
  it('"Thursday, Feb. 19 — #397" alone on its line gives no number by the dash rule', async () => {
    const { findDrawNumbers } = await import('../../src/parse/mentions/draw-number.ts');
    expect(findDrawNumbers('Thursday, Feb. 19 - #397').map((m) => m.value)).toEqual([]);
    expect(findDrawNumbers('1/ Wed Feb 1 - #239 - Provincial Nominee Program').map((m) => m.value)).toEqual(['239']);
  });
});

describe("a week's list with days and no year, and Tagalog's two draws (u28)", () => {
  it('"RESUMO DA SEMANA (30/06 a 06/07)" over "• 02/07 – PNP: 920 convites, CRS 739": the page\'s order makes the list\'s days July 2, 4, 5', () => {
    const page = [
      'Brasileiros no Canadá – Express Entry & PR 🇧🇷🇨🇦',
      'Moderador Thiago R. · 6 de julho de 2024 · 🌎',
      '📌 RESUMO DA SEMANA (30/06 a 06/07)',
      'Semana movimentada, pessoal! Três rodadas:',
      '• 02/07 – PNP: 920 convites, CRS 739',
      '• 04/07 – Trades (ofícios): 1.800 convites, CRS 436',
      '• 05/07 – Saúde (healthcare): 3.750 convites, CRS 445',
      'Nada de CEC nem de francês essa semana. Quem recebeu ITA, conta aqui nos comentários! 👇',
      '👍❤️ 212 · 87 comentários · 14 compartilhamentos',
      'Camila Souza: Recebi na de saúde!!! Enfermeira, 447 pontos 🙏',
      'Rafael M.: parabéns Camila!! eu to em 498 CEC esperando…',
    ].join('\n');
    expect(facts(page, '2024-07-06')).toEqual([
      ['2024-07-02', null, 'pnp', 920, 739, null],
      ['2024-07-04', null, 'trades', 1800, 436, null],
      ['2024-07-05', null, 'healthcare', 3750, 445, null],
    ]);
  });
});
