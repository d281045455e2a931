import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 51 of the reader (issue 14): rules from the made-up sets tuned on (docs/parser.md "Session 51").
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('rounds listed under a day (u38)', () => {
  it('a changelog\'s "Added round #63 — 26 May 2017 — …": the number before the dash is no first day of a span', () => {
    const page = [
      'eeTracker.ca',
      'Home | Draw history | CRS calculator | Changelog | About',
      '',
      'Changelog',
      '',
      '2017-05-27',
      'Data',
      ' • Added round #63 — 26 May 2017 — Provincial Nominee Program only — 143 invitations — lowest CRS 775',
      ' • Added round #64 — 26 May 2017 — Federal Skilled Trades only — 400 invitations — lowest CRS 199',
      ' • Both rounds were published under the same timestamp (16:35:48 UTC). They now appear as two separate rows in Draw history instead of one merged row.',
      'Fixes',
      ' • The CRS trend chart no longer shows a "199" dip on the all-program line; program-specific rounds are plotted as separate markers.',
      ' • The Program filter now includes FST and PNP.',
      '',
      '2017-05-18',
      'Data',
      ' • Added round #62 (17 May 2017): 3,687 invitations, CRS 415.',
      'Fixes',
      ' • Fixed date sorting on Safari.',
      '',
      '2017-05-05',
      ' • Added round #61 (4 May 2017).',
      ' • New: CSV export of the full draw history.',
      '',
      '© 2017 eeTracker.ca — not affiliated with IRCC',
    ].join('\n');
    expect(facts(page, '2017-05-27')).toEqual([
      ['2017-05-26', '63', 'pnp', 143, 775, null],
      ['2017-05-26', '64', 'fst', 400, 199, null],
    ]);
  });
  it('"IRCC held not one but two Express Entry rounds:" gives its day to both rounds listed after it', () => {
    const page = [
      'PinoyCanada Pathways Inc.',
      'Your Kabayan Partner to Canada | Makati City • Cavite • Riyadh (partner office)',
      'HOME  SERVICES  CANADA EXPRESS ENTRY  CAREGIVER  TESTIMONIALS  BLOG  CONTACT',
      'TWO Express Entry draws in one day! Trades workers invited at CRS 199',
      'May 27, 2017 | by Ma. Cristina Reyes, Immigration Coordinator',
      'Magandang balita, kabayan! ',
      'Yesterday, Friday May 26, IRCC held not one but two Express Entry rounds:',
      'Draw #63 – Provincial Nominee Program only: 143 invitations, lowest CRS 775',
      'Draw #64 – Federal Skilled Trades only: 400 invitations, lowest CRS 199',
      'Yes, you read that right – 199 points! This is the first time IRCC made a draw just for skilled trades. If you are a welder, electrician, pipefitter, heavy equipment operator or cook working in Saudi, Qatar or here in the Philippines, this is your sign.',
      'Just for reference, the last all-program draw on May 17 invited 3,687 candidates at 415 points, so trades people with CRS in the 200s and 300s had zero chance before.',
      'Requirements for FST (simplified):',
      '- 2 years full-time experience in a skilled trade in the last 5 years',
      '- Job offer OR certificate of qualification from a Canadian province',
      '- IELTS General: CLB 5 speaking & listening, CLB 4 reading & writing',
      'Our client Mang Rodel (welder, Jubail) already got his ITA last night. Congrats po! 🎉',
      'Free assessment via Viber / WhatsApp: 0917 845 2210',
      'Like & share this post so your OFW friends will know!',
      '#ExpressEntry #FSTP #OFW #CanadaPR',
    ].join('\n');
    expect(facts(page, '2017-05-27').sort()).toEqual([
      ['2017-05-26', '63', 'pnp', 143, 775, null],
      ['2017-05-26', '64', 'fst', 400, 199, null],
    ]);
  });
});

describe('days of recording and updating, weeks ago, weekly headlines (u40-1, u40-2)', () => {
  it('a podcast "recorded Thursday morning" is no round\'s day: "Wednesday\'s Express Entry draw #236" is', () => {
    const page = [
      'Canada Calling — Immigration Podcast',
      'EP 112: Draw #236, CRS 491, and what the new Levels Plan means for you',
      'Nov 24, 2022 · 46 min · Explicit? no lol',
      '',
      '▶️ Play   ⬇ Download   ↗ Share',
      '',
      "In this week's episode (recorded Thursday morning ☕):",
      '',
      "🎯 Wednesday's Express Entry draw #236: 4,750 ITAs, minimum CRS 491 — the lowest since all-program draws came back in July. Tie-breaking rule Oct 13, 2022 11:22:17 UTC.",
      '📈 The 2023-2025 Immigration Levels Plan: 465,000 → 485,000 → 500,000 new PRs and what it means for Express Entry',
      '🧑‍⚕️ Rumours about "targeted" draws by occupation next year - real or hype?',
      '📬 Listener mailbag: "my ECA expires in Feb, what now?"',
      '',
      'Guests: none this week, just us 🎙️🎙️',
      'Hosts: Kemi & Rafael',
      '',
      '🔗 Links',
      '• IRCC rounds of invitations',
      '• Levels plan news release',
      '• Our free CRS checklist (link in bio)',
      '',
      '⭐ Leave us a 5-star review pleeeease it helps so much',
      'Related episodes: EP 111 "The 500 barrier" · EP 110 "Why FSW waited 18 months"',
    ].join('\n');
    expect(facts(page, '2022-11-24')).toEqual([['2022-11-23', '236', 'general', 4750, 491, '2022-10-13']]);
  });
  it('"CIC finally updated the rounds page this morning. the 5th round happened yesterday": the round is of yesterday', () => {
    const page = [
      'r/ImmigrationCanada',
      'Posts  Wiki  Rules  Flair',
      'Express Entry - 5th round of invitations is out (Mar 20)',
      'submitted by u/northbound_eng · Saturday, March 21, 2015 · 37 comments',
      '',
      'ok so CIC finally updated the rounds page this morning. the 5th round happened yesterday (technically friday night, the timestamp says 23:59 UTC lol)',
      '',
      '1,620 ITAs',
      'lowest CRS score 481 !!!',
      '',
      'thats the first time its been under 500 since this whole Express Entry thing started in january. no job offer / no nomination needed at 481 basically. still pretty high but its a start',
      '',
      '37 comments · share · save · hide · report',
      'sorted by: best',
      '',
      'u/calgary_or_bust · 1 point',
      'finally under 500 😭 i was starting to think you needed an LMIA to get anything here. im 468 so close but no cigar',
      '',
      '  u/northbound_eng · 2 points',
      '  @calgary_or_bust yea the first 4 rounds were 886, 818, 808 (the CEC one) and 735 so this is a massive drop honestly. give it a few more rounds',
      '',
      'u/ielts_again_ugh · 1 point',
      'does anyone know if they send an email or do i have to keep refreshing mycic?? asking for a friend (me)',
      '',
      '  u/northbound_eng · 1 point',
      '  it shows up in your account, you might get an email but dont count on it',
    ].join('\n');
    expect(facts(page, '2015-03-21')).toEqual([['2015-03-20', '5', 'general', 1620, 481, null]]);
  });
  it('"Two weeks ago, 924 nominees were invited with a minimum of 754" is an earlier round, not a second one of the news', () => {
    const page = [
      'THE DIASPORA DRUM',
      "Canada's voice for the African community",
      'Immigration | 31 March 2022',
      'Express Entry: 919 provincial nominees invited',
      'IRCC held another Express Entry round on Wednesday for candidates in the Provincial Nominee Program only, inviting 919 people to apply for permanent residence.',
      'The lowest-ranked candidate had 785 points, including the 600 points awarded for a provincial nomination. Two weeks ago, 924 nominees were invited with a minimum of 754.',
      'IRCC has not held a round for Canadian Experience Class candidates since September 2021, and Federal Skilled Worker candidates have not been invited since December 2020, which has frustrated many of our readers in Lagos, Nairobi and Accra. The department has not said when all-program rounds will resume.',
      'For now, the provincial route is the only way through Express Entry. Provinces such as Saskatchewan, Nova Scotia and Ontario have all recently invited Express Entry candidates from abroad.',
      'Comments (32) | Share',
    ].join('\n');
    expect(facts(page, '2022-03-31')).toEqual([['2022-03-30', null, 'pnp', 919, 785, null]]);
  });
  it('"Two Express Entry draws this week" over a table of them: both rows of the week are the news', () => {
    const page = [
      'Global Learner Services | Immigration Updates',
      'Posted May 29, 2020',
      'Two Express Entry draws this week',
      'IRCC continued its pattern of program-specific Express Entry draws this week:',
      'Date\tProgram\tInvitations\tLowest CRS score',
      'May 27, 2020\tProvincial Nominee Program\t385\t757',
      'May 28, 2020\tCanadian Experience Class\t3,515\t440',
      'For the CEC round, the tie-breaking rule was March 7, 2020 at 10:36:59 UTC.',
      'Why this matters for you: if you are a graduate working in Canada on a PGWP, the CEC cut-off has dropped from 467 in March to 440 now. If you have one year of skilled Canadian work experience, check whether you are eligible for the CEC and create your profile.',
      'Reminder: our advising appointments are currently held by phone or Zoom only. Book through the Student Portal > Advising > Immigration.',
      'Related updates',
      '• COVID-19: Can I still count online study toward my PGWP?',
      '• Work permit holders who lost their jobs: what you need to know',
    ].join('\n');
    expect(facts(page, '2020-05-29')).toEqual([
      ['2020-05-27', null, 'pnp', 385, 757, null],
      ['2020-05-28', null, 'cec', 3515, 440, '2020-03-07'],
    ]);
  });
  it('"Express Entry: the past seven days" over "Two rounds of invitations took place since our last issue": both rounds', () => {
    const page = [
      'Northvale Technologies · People & Global Mobility',
      'MOBILITY MINUTE — Tuesday, September 25, 2018',
      'Express Entry: the past seven days',
      'Two rounds of invitations took place since our last issue:',
      'Round 99 — Wednesday, September 19: 3,500 invitations to candidates from all programs; minimum CRS 441; tie-breaking rule September 6, 2018 at 10:28:45 UTC.',
      'Round 100 — Monday, September 24: 400 invitations, Federal Skilled Trades Program only; minimum CRS 284; tie-breaking rule February 18, 2018 at 12:31:16 UTC.',
      'What it means for our people',
      "Several colleagues on open or employer-specific work permits have profiles in the pool. Anyone at or above 441 points would have been invited last week; if that's you, tell the mobility team right away so we can issue your employment verification letter. You have 90 days to submit your application.",
      'Reminders',
      '• Work permit expiring before March 31, 2019? Contact mobility@northvale.example by October 5 so we can start your extension or LMIA.',
      '• Our external counsel holds virtual office hours on the first Thursday of every month.',
      'Internal use only — do not forward outside Northvale.',
    ].join('\n');
    expect(facts(page, '2018-09-25')).toEqual([
      ['2018-09-19', '99', 'general', 3500, 441, '2018-09-06'],
      ['2018-09-24', '100', 'fst', 400, 284, '2018-02-18'],
    ]);
  });
});

describe('social posts and videos (u40-1)', () => {
  it('a megathread\'s "Thu Dec 21 | Agriculture & agri-food (#278) | 400 ITAs": the number in brackets after the program', () => {
    const page = [
      'r/ImmigrationCanada',
      'Posted by u/holiday_ITA_mod · Dec 21, 2023 · 📌 Pinned by moderators',
      'IRCC went absolutely feral this week 🎄🎅 4 draws in 4 days — MEGATHREAD',
      '',
      "Keeping everything in one place so the sub doesnt explode. This week's rounds:",
      '',
      'Mon Dec 18 | General (#275) | 1,325 ITAs | CRS 542',
      'Tue Dec 19 | Trade occupations (#276) | 1,000 ITAs | CRS 425',
      'Wed Dec 20 | Transport occupations (#277) | 670 ITAs | CRS 435',
      'Thu Dec 21 | Agriculture & agri-food (#278) | 400 ITAs | CRS 386 | tie-break July 6, 2023 05:44:14 UTC',
      '',
      'Post ur score + NOC + program below ⬇️ and pls search before asking "is my NOC eligible for the trades category" 🙏',
      '',
      '⬆ 876  💬 1.3k',
      '',
      'u/truckin_to_toronto · 14h',
      '73300 gang where u at 🚚🚚 got mine on wednesday with 441!!! merry christmas to meeee 🎁',
      '',
      'u/agri_girl_sk · 9h',
      "386 for agri 😭😭 i'm at 391 and i literally screamed at my laptop. food processing labourer, 2 yrs in Saskatoon. THANK YOU IRCC",
      '',
      'u/general_pool_guy · 8h',
      'meanwhile 542 for general lmao. category draws are great if ur in one, otherwise its pain',
      '',
      '  u/holiday_ITA_mod · 7h',
      '  @general_pool_guy yeah the general one was tiny. rumours say january will have more but who knows',
      '',
      'u/ece_in_ottawa · 7h',
      'no healthcare or french this week?? 😩 guess ill wait till january like everyone else',
      '',
      'u/truckin_to_toronto · 6h',
      '@ece_in_ottawa french was dec 7 and STEM dec 8 so they kinda did everything this month lol',
      '',
      'u/nervous_welder_ab · 5h',
      "trades at 425 and i'm 419 😭😭😭 6 points. SIX. anyone know if they do another trades one soon?",
      '',
      '  u/holiday_ITA_mod · 5h',
      "  @nervous_welder_ab no official schedule for category rounds unfortunately. keep ur profile updated + check if ur spouse can retake IELTS, that's usually the fastest +points",
      '',
      'u/lurker_from_lagos · 3h',
      'saving this thread for my 2024 manifesting 🙏✨',
    ].join('\n');
    expect(facts(page, '2023-12-21')).toEqual([
      ['2023-12-18', '275', 'general', 1325, 542, null],
      ['2023-12-19', '276', 'trades', 1000, 425, null],
      ['2023-12-20', '277', 'transport', 670, 435, null],
      ['2023-12-21', '278', 'agriculture', 400, 386, '2023-07-06'],
    ]);
  });
  it('"ALL PROGRAM DRAW IS BACK!!! July 6, 2022 (#226)" then "after 18 months of nothing for FSW people, IRCC finally did a … round today": the headline\'s round keeps its number', () => {
    const page = [
      'r/ImmigrationCanada',
      'Posted by u/finally_fsw · 6 Jul 2022',
      'ALL PROGRAM DRAW IS BACK!!! 🎉🎉🎉 July 6, 2022 (#226)',
      '',
      'after 18 months of nothing for FSW people, IRCC finally did a no-program-specified round today',
      '',
      '1,500 ITAs',
      'CRS 557',
      'tie break: 13-11-2021 02:20:46 UTC',
      '',
      'yes 557 is brutal but its a START. they said the rounds will get bigger, lets see 🙏🙏',
      '',
      '⬆ 1.1k  💬 402 comments  🏆🏆',
      '',
      'u/not_a_bot_just_sad · 6 Jul 2022',
      '557 💀💀💀 im at 489 so see u in 2024 i guess',
      '',
      '  u/finally_fsw',
      '  @not_a_bot_just_sad dont say that!! first one is always high bc of the backlog of high scorers. itll come down every 2 weeks',
      '',
      'u/throwaway_eca_2022',
      'cant believe it actually happened i was 100% sure theyd delay again. congrats to everyone who got one 🥲',
    ].join('\n');
    expect(facts(page, '2022-07-06')).toEqual([['2022-07-06', '226', 'general', 1500, 557, '2021-11-13']]);
  });
  it('a video\'s auto-generated transcript: "668 invitations and the minimum score" / "was 720 so that\'s basically" is one phrase; "last time on march 4th it was 3900" another round', () => {
    const page = [
      'EXPRESS ENTRY DRAW TONIGHT!! PNP only 668 ITAs 😷 | COVID-19 update',
      'Canada Move Diaries',
      '5.2K views • Streamed live on Mar 18, 2020',
      '👍 301  👎 4  SHARE  SAVE',
      '',
      'Transcript',
      '0:00 [Music]',
      '0:04 hey everybody welcome back to the channel',
      '0:07 so uh this is a quick one tonight',
      '0:10 because ircc literally just posted a new',
      "0:13 express entry draw and it's a little bit",
      '0:16 different so with everything going on',
      '0:19 with the coronavirus they did a pnp only',
      '0:22 draw tonight',
      '0:24 668 invitations and the minimum score',
      "0:28 was 720 so that's basically only people",
      '0:31 who already have a provincial nomination',
      '0:34 um and what they wrote on the website',
      "0:37 is that they're doing program specific",
      '0:40 draws for now to um to limit the number',
      '0:43 of people who need to like travel or',
      '0:46 finish medicals or something like that',
      '0:49 so remember last time on march 4th it was',
      '0:52 3900 for all programs at 471 so this is',
      '0:55 a totally different type of draw',
      "0:58 if you're cec don't panic i think they",
      '1:01 will do a cec one soon maybe next week',
      '1:04 [Music]',
      '1:06 okay let me read some of the super chats',
      "1:09 priya says is fsw dead no i don't think so",
      "1:13 it's just paused i think stay safe guys",
      '1:16 wash your hands',
    ].join('\n');
    expect(facts(page, '2020-03-18')).toEqual([['2020-03-18', null, 'pnp', 668, 720, null]]);
  });
  it('"first all program draw of 2023 just dropped" is of the page\'s day', () => {
    const page = [
      '@canadaimmigrationbestie',
      'first all program draw of 2023 just dropped 🥳🥳 5,500 ITAs min CRS 507 tie break dec 6 2022 11:00:07 UTC!! it went UP from 491 in nov 😤 but way more invites so... pls tell me ur score in the comments 👇👇 #expressentry #crs #canadapr #immigrationtok #newyearnewme #ircc #fyp',
      '♬ original sound - canadaimmigrationbestie',
      '2023-1-11',
    ].join('\n');
    expect(facts(page, '2023-01-11')).toEqual([['2023-01-11', null, 'general', 5500, 507, '2022-12-06']]);
  });
});

describe("study groups' notes (u42-3)", () => {
  it('a Notion note\'s "📌 This week\'s draws (3!)" over a table: each row of the week is news', () => {
    const page = [
      'EE Buddies 🍁 — Week of Feb 12, 2024',
      'Notion · Study group / Weekly notes · Last edited Feb 16, 2024 4:55 PM',
      '',
      "📌 This week's draws (3!)",
      'Day | Type | ITAs | Min CRS',
      'Tue Feb 13 | General (all programs) | 1,490 | 535',
      'Wed Feb 14 | Healthcare occupations | 3,500 | 422',
      'Fri Feb 16 (today) | Agriculture & agri-food | 150 | 437',
      '',
      '💭 Thoughts',
      "• Healthcare 3,500 — nearly as big as October's 3,600 round. Mei (PSW, NOC 33102) got hers 🎉",
      '• General still way above us (535). Our group median is 488.',
      '• Agri round tiny — only 150.',
      '',
      '✅ To-do',
      '☐ Farhan — upload new IELTS TRF number (old one expires in March)',
      '☐ Everyone — look at the category eligibility lists again',
      '☐ Mei — start eAPR document list, 60 days!',
    ].join('\n');
    expect(facts(page, '2024-02-16')).toEqual([
      ['2024-02-13', null, 'general', 1490, 535, null],
      ['2024-02-14', null, 'healthcare', 3500, 422, null],
      ['2024-02-16', null, 'agriculture', 150, 437, null],
    ]);
  });
  it('"1. This week\'s draws (…)" over a list of four rounds, one a day: all four are the week\'s news', () => {
    const page = [
      'Express Entry Study Circle — Week 27 notes',
      'Friday, July 7, 2023 | Note-taker: S. Okafor | Shared doc (comment access)',
      '',
      "1. This week's draws (category-based selection is finally here)",
      '   • Tuesday, July 4 — no program specified — 700 invitations — CRS 511',
      '   • Wednesday, July 5 — STEM occupations (first STEM round ever) — 500 invitations — CRS 486',
      '   • Thursday, July 6 — Healthcare occupations — 1,500 invitations — CRS 463',
      '   • Friday, July 7 (today) — French-language proficiency — 2,300 invitations — CRS 439',
      '   → four rounds in four days, 5,000 ITAs in total.',
      '   Context: the very first category round was healthcare on June 28 (500 ITAs, 476), a day after the June 27 all-program round (4,300 at 486).',
      '',
      "2. Who's eligible for what",
      '   • Lin (NOC 21231, software engineer): STEM ✔ — but 482, so missed by 4 points 😭',
      '   • Mateus: TEF results due in August → French category',
      '   • Aisha (RN): healthcare — already has 470, would have been invited on Thursday if her profile had been in the pool',
      '',
      '3. Action items',
      '   • Everyone: re-check NOC codes against the category lists (6 months of continuous experience in the last 3 years)',
      '   • Next session: Friday, July 14, 7 pm ET',
    ].join('\n');
    expect(facts(page, '2023-07-07')).toEqual([
      ['2023-07-04', null, 'general', 700, 511, null],
      ['2023-07-05', null, 'stem', 500, 486, null],
      ['2023-07-06', null, 'healthcare', 1500, 463, null],
      ['2023-07-07', null, 'french', 2300, 439, null],
    ]);
  });
});

describe('posts, texts and data files (u42-2, u42-3)', () => {
  it('"a PNP-only round (200 invitations, lowest score 902) and a Federal Skilled Trades round (500 invitations, …)": two rounds, each with its figures', () => {
    const page = [
      'Leo Tremblay @leo_immig@mstdn.ca',
      'Two #ExpressEntry rounds today (May 30): a PNP-only round (200 invitations, lowest score 902) and a Federal Skilled Trades round (500 invitations, lowest score 288).',
      'Tie-break for the FST round: June 7, 2017 at 20:11:13 UTC. Good day to be a welder 🔧',
      'May 30, 2018, 16:48 · Mastodon for Android',
      '4 boosts · 9 favourites',
    ].join('\n');
    expect(facts(page, '2018-05-30')).toEqual([
      ['2018-05-30', null, 'pnp', 200, 902, null],
      ['2018-05-30', null, 'fst', 500, 288, '2017-06-07'],
    ]);
  });
  it('an SMS "PNP 290 ITAs @ CRS 673 | FST 505 ITAs @ CRS 241": two rounds parted by the bar', () => {
    const page = ['EE: 2 draws today (01/11/2017). PNP 290 ITAs @ CRS 673 | FST 505 ITAs @ CRS 241. -CanVisaTXT'].join('\n');
    expect(facts(page, '2017-11-01')).toEqual([
      ['2017-11-01', null, 'pnp', 290, 673, null],
      ['2017-11-01', null, 'fst', 505, 241, null],
    ]);
  });
  it('an account named "Canada PR Tracker" posting "IRCC just held round #341" is news, not a tracker\'s history', () => {
    const page = [
      'Canada PR Tracker 🇨🇦 @CanPRtracker',
      '1/6 🚨 Express Entry update: IRCC just held round #341 — a French-language proficiency draw.',
      "2/6 Invitations issued: 7,500. Minimum CRS: 379. That's the biggest French round of 2025 so far.",
      '3/6 Tie-breaking rule: March 6, 2025 at 02:53:27 UTC.',
      '4/6 For comparison, the previous French round on March 6 invited 4,500 candidates at 410. The cut-off dropped 31 points in two weeks.',
      '5/6 If you have NCLC 7+ in French, get those TEF/TCF results into your profile NOW. The category is clearly a priority this year.',
      '6/6 Full breakdown + pool numbers on our site (link in bio). Repost to help someone in the pool 🙏',
      '3:14 PM · Mar 21, 2025 · 48.2K Views',
    ].join('\n');
    // Dated since session 58: "IRCC just held round #341" is the page's day (docs/parser.md "Session 58").
    expect(facts(page, '2025-03-21').slice(0, 1)).toEqual([['2025-03-21', '341', 'french', 7500, 379, '2025-03-06']]);
  });
  it('a CSV export whose status column is blank but on the newest rows ("…,NEW"): read as a table, its NEW rows the news', () => {
    const page = [
      'EE_rounds_2020 - Sheet1.csv   (exported 2020-05-28 09:14 EDT)',
      'round,date,program,itas,min_crs,tiebreak_utc,status',
      '141,2020-04-09,PNP,606,698,2019-12-18 11:29:51,',
      '142,2020-04-09,CEC,3294,464,2020-01-04 12:16:45,',
      '143,2020-04-15,PNP,118,808,2020-03-18 10:30:55,',
      '144,2020-04-16,CEC,3782,455,2020-01-20 17:37:33,',
      '145,2020-04-29,PNP,589,692,2020-03-11 13:46:21,',
      '146,2020-04-30,CEC,3311,452,2019-10-10 19:15:28,',
      '147,2020-05-13,PNP,529,718,2020-03-19 12:53:21,',
      '148,2020-05-14,CEC,3371,447,2019-12-23 10:01:06,',
      '149,2020-05-27,PNP,385,757,2020-04-27 10:19:01,NEW',
      '150,2020-05-28,CEC,3515,440,2020-03-07 10:36:59,NEW',
    ].join('\n');
    expect(facts(page, '2020-05-28')).toEqual([
      ['2020-05-27', '149', 'pnp', 385, 757, '2020-04-27'],
      ['2020-05-28', '150', 'cec', 3515, 440, '2020-03-07'],
    ]);
  });
});

describe("press releases, newsletters and employers' pages (u42-1)", () => {
  it('a search box\'s "Search the Knowledge Hub..." and a breadcrumb "Knowledge Hub > Canada > Express Entry" are furniture: the weekly roundup\'s headline leads its table', () => {
    const page = [
      'Brightwater Talent Mobility',
      'Home | Services | Industries | Knowledge Hub | Careers | Contact',
      'Search the Knowledge Hub...',
      'Knowledge Hub > Canada > Express Entry',
      '',
      'Express Entry Weekly Roundup: Four Rounds in Four Days (July 4–7, 2023)',
      'July 7, 2023 | Reading time: 5 minutes',
      '',
      'This week Immigration, Refugees and Citizenship Canada (IRCC) held four Express Entry rounds, including the first rounds for STEM occupations and for French-language proficiency under category-based selection.',
      '',
      'Date | Round | Category | Invitations | Minimum CRS | Tie-breaking rule (UTC)',
      'July 4, 2023 | #253 | No program specified | 700 | 511 | July 1, 2023 09:31:32',
      'July 5, 2023 | #254 | STEM occupations | 500 | 486 | November 23, 2022 00:01:29',
      'July 6, 2023 | #255 | Healthcare occupations | 1,500 | 463 | June 19, 2023 06:41:05',
      'July 7, 2023 | #256 | French-language proficiency | 2,300 | 439 | January 20, 2023 17:18:32',
      '',
      'Key takeaways',
      "1. Category-based rounds are producing lower cut-offs. All three category rounds this week had cut-offs below the 511 required in Tuesday's all-program round.",
      '2. French ability carries significant weight. The French-language round invited the largest number of candidates this week.',
      "3. Healthcare selection is accelerating. This week's healthcare round was three times larger than the first healthcare round held on June 28.",
      '',
      'What is category-based selection?',
      "In 2023, the Minister of Immigration gained authority to invite Express Entry candidates who meet specific criteria tied to Canada's economic goals. Candidates must still be eligible for one of the Express Entry programs; the category determines which candidates are considered in a given round.",
      '',
      'What this means for your workforce',
      'If your foreign national employees work in eligible STEM, healthcare, trades, transport or agriculture occupations, or have strong French skills, they may be eligible for rounds with lower cut-offs. Contact your Brightwater advisor for an individual assessment.',
      '',
      'About the author',
      'The Brightwater Canada Immigration Team advises employers on work permits and permanent residence strategy for their foreign national staff.',
      '',
      'Share: LinkedIn | X | Email',
      'Related: Category-based selection: eligible NOC codes | Understanding CRS points for French',
      '',
      'Subscribe to our weekly immigration roundup',
      'Email address: [          ] Subscribe',
      '© 2023 Brightwater Talent Mobility Inc. | Privacy | Terms | Cookie settings',
    ].join('\n');
    expect(facts(page, '2023-07-07')).toEqual([
      ['2023-07-04', '253', 'general', 700, 511, '2023-07-01'],
      ['2023-07-05', '254', 'stem', 500, 486, '2022-11-23'],
      ['2023-07-06', '255', 'healthcare', 1500, 463, '2023-06-19'],
      ['2023-07-07', '256', 'french', 2300, 439, '2023-01-20'],
    ]);
  });
  it('an MP\'s "summary of federal news" is a newsletter, not a summary of draws: "On Wednesday, IRCC held its second … round" is news', () => {
    const page = [
      'Weekly Update from Parliament Hill',
      'From the office of Luc Arsenault, MP for Nipissing–Timiskaming',
      'Friday, July 14, 2023',
      '',
      'Good afternoon,',
      '',
      'Here is a summary of federal news that matters to our region this week.',
      '',
      '1. Francophone immigration',
      'On Wednesday, Immigration, Refugees and Citizenship Canada held its second Express Entry round for candidates with strong French-language skills. A total of 3,800 candidates received invitations to apply for permanent residence. The minimum Comprehensive Ranking System score was 375.',
      '',
      'Francophone newcomers play an important role in the vitality of communities in Northern Ontario. Employers in our region who wish to recruit French-speaking workers can contact my office for information on federal programs.',
      '',
      '2. Rural broadband',
      'Two new projects under the Universal Broadband Fund were confirmed for communities in our riding.',
      '',
      '3. Wildfire season',
      'Residents are reminded to consult provincial fire restrictions before travelling to Crown land.',
      '',
      'My office remains open throughout the summer. Please do not hesitate to contact us.',
      '',
      'Luc Arsenault, MP',
      'Constituency office: 705-555-0123',
      'Unsubscribe | Privacy notice',
    ].join('\n');
    expect(facts(page, '2023-07-14')).toEqual([['2023-07-12', null, 'french', 3800, 375, null]]);
  });
  it('a wire\'s dateline "(Marketwired - Feb. 2, 2015)" and a firm that "today commented" date no round: Round #1 was on January 31', () => {
    const page = [
      'FOR IMMEDIATE RELEASE',
      '',
      'First Express Entry Round Sets High Bar: 779 Invitations Issued',
      '',
      "VANCOUVER, BRITISH COLUMBIA--(Marketwired - Feb. 2, 2015) - Pacific Gateway Immigration Law Corporation today commented on the results of the first round of invitations under Canada's new Express Entry system.",
      '',
      'Citizenship and Immigration Canada (CIC) conducted Round #1 on Saturday, January 31, 2015. A total of 779 candidates received invitations to apply for permanent residence. All invited candidates had a Comprehensive Ranking System (CRS) score of at least 886 points.',
      '',
      'Because a score above 600 is only possible with a provincial nomination or a qualifying offer of arranged employment, the results indicate that every candidate invited in this first round held either a nomination or a job offer supported by a Labour Market Impact Assessment.',
      '',
      '"The first round confirms that, in the early weeks of the system, additional points for a job offer or nomination are decisive," said Harjit Sandhu, principal lawyer at the firm. "We expect the minimum score to decrease as CIC conducts more rounds throughout 2015."',
      '',
      'Express Entry launched on January 1, 2015 and manages applications for the Federal Skilled Worker Program, the Federal Skilled Trades Program, the Canadian Experience Class and a portion of the Provincial Nominee Program.',
      '',
      'About Pacific Gateway Immigration Law Corporation',
      'Pacific Gateway Immigration Law Corporation is a Vancouver law firm practising exclusively in Canadian immigration and citizenship law.',
      '',
      'Contact Information:',
      'Pacific Gateway Immigration Law Corporation',
      'Angela Wu, Office Manager',
      '604-555-0196',
      'info@pacificgateway-law.example',
      '',
      '- 30 -',
    ].join('\n');
    expect(facts(page, '2015-02-02')).toEqual([['2015-01-31', '1', 'general', 779, 886, null]]);
  });
});

describe('live blogs and comparisons with other countries (u42-4)', () => {
  it('a live blog\'s "10:41 ET CONFIRMED — IRCC has posted round No. 117": an entry stamped with its time and zone, of the page\'s day', () => {
    const page = [
      'IMMIGRATION DESK — LIVE',
      'Wednesday, May 15, 2019',
      "12:18 ET  That's it from us for now. A reminder that trades-only rounds have been rare: this is only the fifth since 2017.",
      '11:02 ET  Tie-breaking rule for No. 117: August 29, 2018 at 08:32:03 UTC. Anyone with exactly 332 points who created their profile after that time was not invited.',
      '10:41 ET  CONFIRMED — IRCC has posted round No. 117: a Federal Skilled Trades draw. 500 invitations, minimum CRS 332.',
      "10:15 ET  Reports on consultant forums of invitations landing in FST-only profiles. Waiting for the department's page to update.",
      "09:30 ET  Morning all. No draw expected today as far as anyone knows — the last one was two weeks ago. We'll keep an eye out.",
    ].join('\n');
    expect(facts(page, '2019-05-15').map((d) => d.slice(0, 5))).toEqual([['2019-05-15', '117', 'fst', 500, 332]]);
  });
  it('a live blog\'s "Recap for late arrivals: Round 176, …" is an entry, not a recap page', () => {
    const page = [
      'The Prairie Standard',
      'LIVE | Express Entry: 27,332 invitations in one round — what we know',
      'Saturday February 13, 2021',
      'Follow along as we report reaction to the largest Express Entry draw ever held.',
      "19:20 — Recap for late arrivals: Round 176, CEC only, 27,332 invitations, minimum CRS 75, tie-break September 12, 2020 at 15:31:40 UTC. The department's previous CEC draw, on January 21, invited 4,626 at 454.",
      '17:05 — Minister Mendicino on Twitter: "Those with experience here are already helping us fight COVID-19 — we want them to stay." The department says the round was designed to reach essentially every eligible CEC candidate in the pool.',
      '15:40 — A consultant in Surrey tells us her phone "has not stopped since 7 a.m." She has 31 clients with invitations today; two of them had scores under 300.',
      '13:10 — Why 75? That is the score of the lowest-ranked CEC candidate in the pool who was invited. It is not a new "threshold"; the department simply invited everyone above a very low bar.',
      '10:02 — CONFIRMED: Immigration, Refugees and Citizenship Canada has published the details. 27,332 invitations. Canadian Experience Class only. Minimum Comprehensive Ranking System score: 75.',
      "08:45 — Unusual: a Saturday round. Forum users report ITAs arriving overnight. IRCC's page has not been updated.",
      'Share this live blog | Comment',
    ].join('\n');
    expect(facts(page, '2021-02-13').map((d) => d.slice(1, 5))).toEqual([['176', 'cec', 27332, 75]]);
  });
  it("\"Canada's cut-off jumps to 534 while Australia's SkillSelect holds at 60\": a page on both countries' rounds tells the Canadian one", () => {
    const page = [
      'Migration Matters — a newsletter on points-tested immigration',
      "Canada's cut-off jumps to 534 while Australia's SkillSelect holds at 60",
      '7 May 2016 | Posted by J. Whitfield | Comparisons',
      'Two countries, two very different weeks for skilled migrants.',
      'In Canada, draw number 33 under Express Entry took place on Friday, 6 May. Only 799 candidates received an invitation to apply (ITA), and the minimum Comprehensive Ranking System score jumped to 534. The previous Canadian round, on 20 April, had invited 1,018 people with a cut-off of 468.',
      'In Australia, the fortnightly SkillSelect invitation round for the Skilled Independent (subclass 189) visa went ahead as usual, with the pass mark for most occupations sitting at 60 points. Pro-rata occupations — accountants, ICT business analysts, software engineers among them — needed between 65 and 70.',
      'Why the divergence?',
      "- Canada's pool ranks everyone against everyone. When the department holds a smaller round, the threshold rises for all candidates, regardless of occupation.",
      '- Australia ranks within occupations and caps some groups (occupation ceilings). A points score that would be competitive in one occupation can sit in the queue for months in another.',
      "- Canada gives 600 points for a provincial nomination or an LMIA-backed job offer. Australia's equivalent — state nomination under subclass 190 — takes the applicant out of the 189 queue altogether.",
      "The effect is that Canada's cut-off is far more volatile. A 66-point jump from one round to the next would be unthinkable in SkillSelect, where the pass mark rarely moves by more than five points in a year.",
      'Our take: Canadian candidates in the 450-500 band should not panic. Small rounds with high cut-offs have been followed by larger rounds before, and the department is still catching up on its annual target.',
      'Filed under: Canada, Australia, Express Entry, SkillSelect',
      'Share this: Twitter | Facebook | LinkedIn',
    ].join('\n');
    expect(facts(page, '2016-05-07')).toEqual([['2016-05-06', '33', 'general', 799, 534, null]]);
  });
});

describe("another country's rounds beside Canada's (u42-4)", () => {
  it('"Canada invited 600 candidates in an agriculture and agri-food round of Express Entry on Thursday" beside New Zealand\'s points: Canada\'s round is told', () => {
    const page = [
      'Two Pools',
      'Canada targets farm workers as New Zealand resets its Skilled Migrant points',
      '29 September 2023 · by Hemi Walters',
      "Canada invited 600 candidates in an agriculture and agri-food round of Express Entry on Thursday, 28 September. The minimum CRS was 354 and the tie-break date and time was 12 June 2023, 10:23:21 UTC. It is the first round ever for the category, and the cut-off is one of the lowest in Express Entry's history outside the old trades-only rounds and the 2021 CEC round.",
      'Meanwhile in Wellington, the government is days away from switching on its new Skilled Migrant Category points system on 9 October. The old scale is gone; the new one gives candidates six points to reach, from qualifications, income or occupational registration plus New Zealand work experience.',
      'The contrast is instructive.',
      "Canada: occupation as a lane. Agriculture workers still need to qualify for an Express Entry program and still compete on CRS — just against a smaller group. Last week's transport round (1,000 invitations at 435) worked the same way.",
      'New Zealand: occupation as a credential. Under the new SMC, registration in a profession or a high salary substitutes for points directly, with no competitive pool at all. If you have six points and a job, you apply.',
      "Which is better? Canada's approach keeps a ranking, which means it can ration. New Zealand's removes the ranking, which makes it predictable — but there is no throttle except the job offer.",
      'For farm workers, the Canadian round is a real opportunity. For the 354 number to mean anything over time, though, IRCC will need to hold agriculture rounds regularly.',
      'Share · Save · Comments',
    ].join('\n');
    expect(facts(page, '2023-09-29')).toEqual([['2023-09-28', null, 'agriculture', 600, 354, '2023-06-12']]);
  });
});

describe('threads and quotes (u42-2, u42-4)', () => {
  it('a thread\'s "2/5 500 invitations.": the post\'s place is no thousands ("5 500"), nor a day', () => {
    const page = [
      'Immigration Desk @immdesk_ca',
      '1/5 BREAKING: the first-ever category-based Express Entry round is here. Healthcare occupations. 🩺',
      '2/5 500 invitations. Lowest CRS invited: 476. Round number 252.',
      '3/5 Tie-breaking rule: November 12, 2022 12:47:27 UTC.',
      '4/5 It came a day after an all-program draw that invited 4,300 with a cut-off of 486 — so healthcare workers got in 10 points lower.',
      '5/5 STEM, trades, transport, agriculture and French rounds are expected next. Follow for alerts 🔔',
      '6:02 PM · Jun 28, 2023',
    ].join('\n');
    expect(facts(page, '2023-06-28')).toEqual([['2023-06-28', '252', 'healthcare', 500, 476, '2022-11-12']]);
  });
  it('a firm\'s "two invitations and forty nervous phone calls", quoted, is no count of the round', () => {
    const page = [
      'The Harbourview Courier',
      'Home | News | Politics | Business | Canada | World | Opinion',
      "LIVE: Express Entry's first round of invitations",
      'Live updates · Saturday, Jan. 31, 2015 · Last updated 4:12 p.m. ET',
      'By Marisa Quenneville, Immigration reporter',
      'Share  Tweet  Email',
      "4:12 p.m. — It's official. Citizenship and Immigration Canada has published the ministerial instruction for Round #1 under Express Entry: 779 candidates were invited to apply for permanent residence. The lowest-ranked candidate who got an invitation had 886 points under the Comprehensive Ranking System (CRS).",
      '3:40 p.m. — What does 886 mean? The CRS tops out at 1,200. A provincial nomination or a job offer supported by a Labour Market Impact Assessment is worth 600 on its own, so a score that high means, in practice, that nearly everyone invited today already had one of the two.',
      '2:55 p.m. — A reader in Mississauga writes: "I have 452 points and a master\'s degree. Is there any hope?" Lawyers we spoke to say the department has promised more frequent rounds and that the threshold should come down as the pool fills. Nobody is willing to say how fast.',
      '1:05 p.m. — Immigration lawyers say clients have been refreshing their MyCIC accounts all morning. One Toronto firm told us it had "two invitations and forty nervous phone calls" by noon.',
      '11:20 a.m. — A reminder of how this works: candidates create an online profile, are ranked against everyone else in the pool, and the department periodically invites the top of the list. Those invited have 60 days to submit a complete application.',
      "10:30 a.m. — Good morning and welcome to our live coverage. The department said the first draw under the new system, which launched on Jan. 1, would take place this weekend. We'll post the numbers as soon as they are out.",
      'Related: What is Express Entry? A primer | Five things employers need to know about LMIAs',
    ].join('\n');
    expect(facts(page, '2015-01-31')).toEqual([['2015-01-31', '1', 'general', 779, 886, null]]);
  });
});

describe('chats and API responses (u42-2, u42-3)', () => {
  it('a chat\'s "• Tue: all programs, 3,200 invitations" under "two draws this week so far": the bullet\'s weekday is the round\'s day', () => {
    const page = [
      '#general  |  EE Study Buddies 2023',
      'Wednesday, September 20th',
      'Farah  1:55 PM',
      'two draws this week so far 👇',
      '• Tue: all programs, 3,200 invitations, CRS 531',
      '• today: transport occupations, 1,000 invitations, CRS 435 (tie-break June 17, 2023 at 06:44:01 UTC)',
      'Marco  1:58 PM',
      '435 for transport is wild. any truckers here?? 🚚',
      'Farah  2:01 PM',
      '@Marco my cousin, NOC 73300. telling him now',
      'Jin  2:10 PM',
      "531 for general though... I'll keep studying for TEF 😩",
      '3 replies  Last reply today at 2:22 PM',
    ].join('\n');
    expect(facts(page, '2023-09-20')).toEqual([
      ['2023-09-19', null, 'general', 3200, 531, null],
      ['2023-09-20', null, 'transport', 1000, 435, '2023-06-17'],
    ]);
  });
  it('a YAML response\'s "previous:" block ("number: 338") is the earlier round\'s, not the new one\'s (its "tie_breaking_rule" read since session 63)', () => {
    const page = [
      '# GET https://eetrack.dev/api/draws/latest?format=yaml',
      '# fetched 2025-03-06 16:40 UTC',
      'draw:',
      '  number: 339',
      '  held_on: 2025-03-06',
      '  category: French language proficiency (Version 1)',
      '  invitations: 4500',
      '  lowest_crs: 410',
      '  tie_breaking_rule: 2025-02-11T07:47:29Z',
      'previous:',
      '  number: 338',
      '  held_on: 2025-03-03',
      '  category: Provincial Nominee Program',
      '  invitations: 725',
      '  lowest_crs: 667',
      'source: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html',
    ].join('\n');
    expect(facts(page, '2025-03-06')).toEqual([['2025-03-06', null, 'french', 4500, 410, '2025-02-11']]);
  });
});

describe("cards under an introduction and a digest's arrows (u40-3, u42-4)", () => {
  it('a digest\'s "PNP draw #374 → 302 ITAs | CRS 761": the arrow points from the round\'s number to its figures, no change from 374 to 302', () => {
    const page = [
      '🍁 Canada PR Hub | Express Entry & PNP Updates',
      '📌 WEEKLY DIGEST — 27 to 31 Oct 2025',
      '',
      'Express Entry this week:',
      '1️⃣ Mon 27/10 — PNP draw #374 → 302 ITAs | CRS 761',
      '2️⃣ Tue 28/10 — CEC draw #375 → 1,000 ITAs | CRS 533',
      '3️⃣ Wed 29/10 — French proficiency draw #376 → 6,000 ITAs | CRS 416 | tie-break 08 Sep 2025 15:27:09 UTC',
      '📊 Total invitations this week: 7,302',
      '',
      'Provinces:',
      '🔹 BC PNP tech draw — 58 invitations, min score 118',
      '🔹 Alberta AAIP Express Entry stream — 224 NOIs',
      '🔹 OINP French-Speaking Skilled Worker — 612 invitations',
      '',
      '⚠️ Reminder: IRCC never asks for payment on WhatsApp. Beware of fake "ITA confirmation" calls.',
      '💬 Join discussion: @CanadaPRHubChat',
      '👁 14.2K   edited  18:06',
    ].join('\n');
    expect(facts(page, '2025-10-31')).toEqual([
      ['2025-10-27', '374', 'pnp', 302, 761, null],
      ['2025-10-28', '375', 'cec', 1000, 533, null],
      ['2025-10-29', '376', 'french', 6000, 416, '2025-09-08'],
    ]);
  });
  it('"a provincial nominee round on Monday, a Canadian Experience Class round on Tuesday." then "Round 311 — Monday, 26 August 2024" and its fields: each card its own round', () => {
    const page = [
      'CRS Watch',
      'Home | Latest draws | CRS calculator | Guides | Newsletter | About',
      'Search…',
      "Two rounds, two directions: reading this week's PNP and CEC draws",
      'Wednesday, 28 August 2024 | by Farah Siddiqui | 11 min read',
      'IRCC is back to its summer rhythm: a provincial nominee round on Monday, a Canadian Experience Class round on Tuesday.',
      'Round 311 — Monday, 26 August 2024',
      '- Program: Provincial Nominee Program',
      '- Invitations: 1,121',
      '- Minimum CRS: 694',
      'Round 312 — Tuesday, 27 August 2024',
      '- Program: Canadian Experience Class',
      '- Invitations: 3,300',
      '- Minimum CRS: 507',
      '- Tie-breaking rule: 17 April 2024, 20:11:20 UTC',
      'Figure 1 plots the CEC cut-off for every CEC-only round since May. It slopes gently down: 522 at the end of May, 515 in mid-July, 510 and 509 after that, and now 507. Each step is small, but together they add up to 15 points in three months.',
      "Figure 2 shows the PNP cut-off on the same timescale. It is noisier — 676, 663, 739, 670, 686, 690, and now 694 — because a PNP cut-off is mostly the nomination's 600 points plus whatever base score the lowest nominee happens to have. There is no trend to read.",
      "Figure 3 is the one to watch: the cumulative CEC invitations since May, plotted against a straight-line path to what we estimate to be this year's CEC allocation. The dots have run slightly ahead of the line since July.",
      'What that means',
      'If IRCC is ahead of its CEC pace, it can afford smaller rounds in the autumn. Smaller rounds mean cut-offs stop falling. Our central estimate is that the CEC cut-off settles between 505 and 515 through October.',
      'For PNP candidates, nothing changes: if you hold a nomination, you will be invited in the next PNP round.',
      'Methodology and data sources | Previous CRS Watch: August 15',
      'Share on X · LinkedIn · Email',
      'About the author',
      'Farah Siddiqui is a data analyst and the editor of CRS Watch. She does not provide immigration advice.',
      'You may also like',
      '- The tie-breaking rule, explained with examples',
      '- Every CEC round since 2020, in one chart',
      '- Why PNP cut-offs tell you almost nothing',
      '3 comments',
      "Ravi K. · 2 days ago: I'm at 505 with CEC. Fingers crossed for September.",
      'Mel T. · 2 days ago: Great breakdown, the Figure 3 idea is clever.',
      "Farah Siddiqui · 1 day ago: Thanks Mel! We'll update it after every round.",
      '© 2024 CRS Watch · Privacy · Terms',
    ].join('\n');
    expect(facts(page, '2024-08-28')).toEqual([
      ['2024-08-26', '311', 'pnp', 1121, 694, null],
      ['2024-08-27', '312', 'cec', 3300, 507, '2024-04-17'],
    ]);
  });
});

describe('Bengali (u40-4)', () => {
  it('"সব প্রোগ্রামের ড্র" is a draw of all programs (not the CEC its list of programs names), "226তম রাউন্ড" the 226th round', () => {
    const page = [
      'কানাডা এক্সপ্রেস এন্ট্রি: ১৮ মাস পর সব প্রোগ্রামের ড্র শুরু, কাট-অফ 557',
      'ঢাকা, 7 জুলাই 2022 | অভিবাসন ডেস্ক',
      'দীর্ঘ প্রায় ১৮ মাস বিরতির পর কানাডা আবার সব প্রোগ্রামের (ফেডারেল স্কিলড ওয়ার্কার, কানাডিয়ান এক্সপেরিয়েন্স ক্লাস ও ফেডারেল স্কিলড ট্রেডস) প্রার্থীদের জন্য এক্সপ্রেস এন্ট্রি ড্র চালু করেছে।',
      'গতকাল বুধবার (6 জুলাই 2022) অনুষ্ঠিত ড্রতে 1,500 জন প্রার্থীকে আমন্ত্রণ জানানো হয়েছে। ন্যূনতম সিআরএস স্কোর ছিল 557।',
      'এটি এক্সপ্রেস এন্ট্রির 226তম রাউন্ড। টাই-ব্রেকিং সময় ধরা হয়েছে 13 নভেম্বর 2021, 02:20:46 ইউটিসি।',
      'কোভিড মহামারির কারণে ডিসেম্বর 2020-এর পর থেকে বাংলাদেশসহ বিদেশে থাকা এফএসডব্লিউ প্রার্থীরা কোনো আমন্ত্রণ পাননি। ফলে নতুন এই ড্র হাজারো বাংলাদেশির মনে আশার আলো জাগিয়েছে।',
      'তবে 557 স্কোর অনেক বেশি। অভিবাসন পরামর্শক রাশেদুল হাসান বলেন, "আগামী কয়েক মাসে আমন্ত্রণের সংখ্যা বাড়লে স্কোর ধীরে ধীরে 500-এর নিচে নামতে পারে। এখনই আইইএলটিএস স্কোর বাড়ানোর চেষ্টা করুন।"',
    ].join('\n');
    expect(facts(page, '2022-07-07')).toEqual([['2022-07-06', '226', 'general', 1500, 557, '2021-11-13']]);
  });
});

describe("a consultant's week and a video's two rounds (u40-1)", () => {
  it('"What a week in Express Entry 🗓️👇" over three rounds each with its weekday: all three are the week\'s news', () => {
    const page = [
      'Samuel Okafor, RCIC • 1st',
      'Regulated Canadian Immigration Consultant | Express Entry • Healthcare professionals • Educators',
      'May 2, 2025 • Edited • 🌐',
      '',
      'What a week in Express Entry 🗓️👇',
      '',
      '🔹 Mon, Apr 28 — PNP (Round #343): 421 ITAs, min. CRS 727',
      '🔹 Thu, May 1 — EDUCATION occupations (Round #344): 1,000 ITAs, min. CRS 479 🍎 ← the FIRST ever education draw!',
      '🔹 Fri, May 2 — Healthcare & social services (Round #345): 500 ITAs, min. CRS 510 🩺',
      '',
      "Teachers, ECEs and education assistants: this is the category we've been waiting on for a year. Several of my ECE clients are celebrating today 🎉",
      '',
      'Healthcare: 510 is higher than many expected. Small round = high score. Expect bigger rounds later in the year.',
      '',
      '📌 If you received an ITA this week:',
      '1. Do NOT change your NOC on the e-APR unless your duties genuinely differ',
      '2. Reference letters must match the category occupation',
      "3. Proof of funds still applies if you're not CEC/job-offer exempt",
      '',
      'Congrats to everyone invited! 🇨🇦',
      '',
      '#ExpressEntry #RCIC #EducationCategory #Healthcare #Teachers #ECE #CanadaImmigration',
      '',
      '👍❤️👏 538 • 74 comments • 46 reposts',
    ].join('\n');
    expect(facts(page, '2025-05-02')).toEqual([
      ['2025-04-28', '343', 'pnp', 421, 727, null],
      ['2025-05-01', '344', 'education', 1000, 479, null],
      ['2025-05-02', '345', 'healthcare', 500, 510, null],
    ]);
  });
  it('a transcript\'s "yesterday ircc did a general draw no" / "program specified but only 800" / "invitations and …": one phrase, yesterday\'s round', () => {
    const page = [
      "Express Entry French Draw TODAY 🇫🇷 3800 ITAs at 375?! + yesterday's tiny draw",
      'Immigration avec Nadia',
      '22K views · Jul 12, 2023',
      '',
      'Transcript (auto-generated)',
      '0:00 hi everyone bonjour à tous welcome back',
      '0:03 okay so two draws back to back we need',
      '0:06 to talk about this',
      '0:08 yesterday ircc did a general draw no',
      '0:11 program specified but only 800',
      '0:14 invitations and the score was 505 so',
      '0:18 a really tiny draw and people were',
      '0:21 very upset in the comments',
      '0:24 i saw you guys',
      '0:26 but then today boom a french language',
      '0:29 proficiency draw three thousand eight',
      '0:32 hundred invitations 3800 and the minimum',
      '0:36 score was 375',
      '0:39 375 for real so if you speak french at',
      '0:42 nclc 7 and you have a profile',
      '0:45 honestly this is your moment',
      '0:48 [Music]',
      '0:50 a lot of you ask me is it too late to',
      "0:53 learn french no it's not too late it",
      '0:56 takes time but look at these numbers',
      '0:59 okay so the tcf canada and the tef canada',
      '1:03 are both accepted',
    ].join('\n');
    expect(
      facts(page, '2023-07-12')
        .map((d) => d.slice(0, 4))
        .sort(),
    ).toEqual([
      ['2023-07-11', null, 'general', 800],
      ['2023-07-12', null, 'french', 3800],
    ]);
  });
});

describe("a month's list (u40-3)", () => {
  it('"Express Entry Draw June 2025: total 6 draws happened in the June month" on July 1 is an account of a past month: no news', () => {
    const page = [
      'Express Entry Draw June 2025: total 6 draws happened in the June month, see complete list',
      'Updated: 01 Jul 2025, 10:05 AM IST',
      "In the month of June 2025, Canada's immigration department IRCC has done total 6 Express Entry draws. In these draws 3 draws was for Provincial Nominee Program, 2 draws was for Canadian Experience Class and one draw was for healthcare and social services. Total 7,405 peoples have been invited in the month.",
      'Check draw wise details:',
      '2 June – PNP – 277 invitation – CRS 726',
      '4 June – Healthcare and social services – 500 invitation – CRS 504',
      '10 June – PNP – 125 invitation – CRS 784',
      '12 June – CEC – 3,000 invitation – CRS 529',
      '23 June – PNP – 503 invitation – CRS 742',
      '26 June – CEC – 3,000 invitation – CRS 521',
      'What happened in the CEC draws?',
      'In CEC draws the cut off score came down from 529 to 521 in the month, which is a good news for the candidates who are working in Canada.',
      'In July month, experts are saying that French and trade draws also can happen.',
      'Also read: Canada Open Work Permit new rules for spouses',
    ].join('\n');
    expect(facts(page, '2025-07-01')).toEqual([]);
  });
});

describe('Japanese (u40-4)', () => {
  it('"ドローを2回実施しました" (held two draws) over cards "第239回　州推薦プログラム（PNP）": two rounds, each with its number', () => {
    const page = [
      'カナダ移住ナビ',
      'ニュース一覧 ＞ エクスプレスエントリー',
      '今週のエクスプレスエントリー：初のFSW限定ドローで3,300名に招待状',
      '2023年2月3日（金）',
      'カナダ移民局（IRCC）は今週、エクスプレスエントリーのドローを2回実施しました。',
      '■ 2月1日（水）第239回　州推薦プログラム（PNP）',
      '招待数：893名',
      '最低CRSスコア：733点',
      '■ 2月2日（木）第240回　連邦熟練労働者プログラム（FSW）',
      '招待数：3,300名',
      '最低CRSスコア：489点',
      'タイブレークルール：2022年3月29日 16:09:00 UTC',
      'FSW（Federal Skilled Worker）のみを対象としたドローは、2015年にエクスプレスエントリーが始まって以来初めてです。カナダでの就労経験がない海外在住の申請者にとっては、大きなチャンスと言えるでしょう。',
      'なお、前回の全プログラム対象ドロー（1月18日）では5,500名が招待され、最低点は490点でした。',
      'ワーキングホリデーや留学を経てカナダで働いている方はCEC、日本から直接申請する方はFSWが主な対象になります。英語スコア（IELTS・CELPIP）の見直しもお忘れなく。',
      '▶ 無料カウンセリングのご予約はこちら',
      'シェア：LINE | X | Facebook',
      '関連記事：2023年の移民目標は46万5,000人 ／ IELTS一般モジュール対策',
    ].join('\n');
    expect(facts(page, '2023-02-03')).toEqual([
      ['2023-02-01', '239', 'pnp', 893, 733, null],
      ['2023-02-02', '240', 'fsw', 3300, 489, '2022-03-29'],
    ]);
  });
});

describe('alert digests (u42-2)', () => {
  it("a Google Alerts digest: each item's round of its day is news (\"Tuesday's round (#326)\" and today's healthcare round)", () => {
    const page = [
      'Google Alerts',
      '"express entry"',
      'Daily update ⋅ November 20, 2024',
      'NEWS',
      'IRCC invites 3,000 healthcare workers in new Express Entry round',
      'Canadian Newcomer Times',
      'Immigration, Refugees and Citizenship Canada issued 3,000 invitations to apply today to candidates in healthcare occupations, with a minimum CRS score of 463 ...',
      'Flag as irrelevant',
      'Express Entry: only 400 CEC candidates invited as cut-off hits 539',
      'Settle North',
      "In Tuesday's round of invitations (#326), IRCC invited 400 Canadian Experience Class candidates. The lowest score invited was 539 ...",
      'Flag as irrelevant',
      'Quebec sends 1,450 Arrima invitations ahead of year-end',
      'Le Courrier des Immigrants',
      "... the province's latest invitation round focused on applicants with a validated job offer outside Montreal ...",
      'Flag as irrelevant',
      'See more results | Edit this alert',
      'You have received this email because you have subscribed to Google Alerts.',
      'Unsubscribe',
    ].join('\n');
    expect(facts(page, '2024-11-20').sort()).toEqual([
      ['2024-11-19', '326', 'cec', 400, 539, null],
      ['2024-11-20', null, 'healthcare', 3000, 463, null],
    ]);
  });
  it("a Talkwalker Alerts digest: today's round #345 and yesterday's #344, each an item of its own", () => {
    const page = [
      'Talkwalker Alerts',
      'Alert: "Express Entry" | May 2, 2025',
      'NEWS',
      'Express Entry: IRCC invites 500 healthcare and social services candidates',
      'CanadaHire Journal — 2 hours ago',
      'IRCC held a healthcare and social services round today, issuing 500 invitations with a minimum CRS of 510. Round #345 used a tie-breaking rule of July 21, 2024 at 04:31:17 UTC.',
      'First-ever education occupations draw: 1,000 teachers and ECEs invited',
      'Class Act Migration Blog — 1 day ago',
      "Yesterday's round #344 invited 1,000 candidates in education occupations, such as elementary teachers and early childhood educators. The lowest CRS was 479.",
      'Alberta Advantage Immigration Program opens new Tourism stream',
      'Rocky Mountain Post — 1 day ago',
      'The province will accept applications from ...',
      'Edit alert | Unsubscribe | Talkwalker Alerts',
    ].join('\n');
    expect(facts(page, '2025-05-02').sort()).toEqual([
      ['2025-05-01', '344', 'education', 1000, 479, null],
      ['2025-05-02', '345', 'healthcare', 500, 510, '2024-07-21'],
    ]);
  });
});

describe("a Q&A's three rounds in one sentence (u42-4)", () => {
  it('"a PNP round on November 18 (174 invitations, minimum CRS 816), a CEC round on November 19 (400 invitations, 539) and a healthcare … round on November 20 (3,000 …)": three rounds, each with its day', () => {
    const page = [
      'Five questions for a consultant after a three-draw week',
      'November 21, 2024 · Q&A',
      'IRCC held three Express Entry rounds between Monday and Wednesday this week: a PNP round on November 18 (174 invitations, minimum CRS 816), a CEC round on November 19 (400 invitations, 539) and a healthcare occupations round on November 20 (3,000 invitations, 463). We asked Montreal consultant Giulia Ferreira-Santos what to make of them.',
      '1. An 816 PNP cut-off with 174 invitations — what happened there?',
      "It's a small clean-up round. A handful of nominees came into the pool since the last PNP round, and everyone with a nomination scores above 700 anyway. I wouldn't read anything into 816.",
      '2. The CEC round was only 400. Why so small?',
      'The department is managing toward lower targets next year. Tiny CEC rounds with cut-offs near 540 are how you slow down without stopping.',
      "3. Healthcare at 3,000 is the week's real news?",
      'Absolutely. A cut-off of 463 reaches a lot of nurses, personal support workers and lab technicians who had given up on Express Entry.',
      '4. Who should be worried?',
      "Anyone in the general pool without Canadian experience, French or a category occupation. There's been no all-program round since April.",
      '5. What do you tell clients this week?',
      "Check whether your job fits a category. If it does, make sure your NOC code and duties are documented. That's where the invitations are.",
    ].join('\n');
    expect(facts(page, '2024-11-21').map((d) => d.slice(0, 4))).toEqual([
      ['2024-11-18', null, 'pnp', 174],
      ['2024-11-19', null, 'cec', 400],
      ['2024-11-20', null, 'healthcare', 3000],
    ]);
  });
});

describe('round numbers in posts and notes (u42-2, u42-3)', () => {
  it('an SMS "ExpressEntry #385 | Healthcare & social services | …": the hashtag\'s word before the number', () => {
    const page = ['ExpressEntry #385 | Healthcare & social services | 1,000 ITAs | CRS 476 | tie-break 2025-11-26 07:44:30 UTC. Info: eealerts.ca/385', 'Txt STOP to opt out'].join('\n');
    expect(facts(page, undefined)).toEqual([[null, '385', 'healthcare', 1000, 476, '2025-11-26']]);
  });
  it('"#109 is out!! 3,900 ITAs, CRS 443": the number announced', () => {
    const page = [
      '#express-entry',
      '──────── January 23, 2019 ────────',
      'sana_b — Today at 12:31 PM',
      '#109 is out!! 3,900 ITAs, CRS 443',
      'tie-break: January 2, 2019 at 03:55:26 UTC',
      'sana_b — Today at 12:31 PM',
      '6 points lower than the draw two weeks ago (449)',
      'ravi_to — Today at 12:35 PM',
      "I'M IN 😭😭😭 444 points, profile from December",
      '🎉 22   ❤️ 11',
    ].join('\n');
    expect(facts(page, '2019-01-23')).toEqual([['2019-01-23', '109', 'general', 3900, 443, '2019-01-02']]);
  });
  it('a quoted note "> **#376 · French language proficiency (Version 1)** · 29 Oct 2025 · …": the number opens the line', () => {
    const page = [
      '# crs-cutoff-bot 🍁',
      '',
      '![data](https://img.shields.io/badge/data-2025--10--29-brightgreen) ![runs](https://img.shields.io/badge/cron-every%2015%20min-blue)',
      '',
      "Polls IRCC's rounds-of-invitations page every 15 minutes and posts new Express Entry rounds to Mastodon and Bluesky.",
      '',
      '## Latest round',
      '',
      '> **#376 · French language proficiency (Version 1)** · 29 Oct 2025 · 6,000 invitations · CRS ≥ 416 · tie-break 2025-09-08 15:27:09 UTC',
      '',
      '_This section is regenerated by the GitHub Action on every new round. Last run: 2025-10-29 14:00 UTC._',
      '',
      '## Setup',
      '',
      '```bash',
      'git clone https://github.com/example/crs-cutoff-bot',
      'cd crs-cutoff-bot && pip install -r requirements.txt',
      'cp .env.example .env   # add MASTODON_TOKEN, BSKY_APP_PASSWORD',
      'python -m bot --dry-run',
      '```',
      '',
      '## Why?',
      '',
      "IRCC doesn't offer notifications, and refreshing the page all day is bad for everyone's health.",
      '',
      '## License',
      '',
      'Apache-2.0',
    ].join('\n');
    expect(facts(page, '2025-10-29')).toEqual([['2025-10-29', '376', 'french', 6000, 416, '2025-09-08']]);
  });
});

describe("a wire's dateline (u42-1)", () => {
  it('"TORONTO, Aug. 28, 2024 /CNW/ - IRCC conducted … No. 312 on August 27": the wire\'s day is the release\'s, and the tie-break goes to round 312', () => {
    const page = [
      'Canada Issues 3,300 Invitations to Canadian Experience Class Candidates in Express Entry Round 312',
      'Northbridge Immigration Advisors notes continued decline in the CEC cut-off score',
      '',
      'NEWS PROVIDED BY',
      'Northbridge Immigration Advisors Inc.',
      'Aug 28, 2024, 08:00 ET',
      '',
      'Share this article',
      'Facebook | X | LinkedIn | Email',
      '',
      'TORONTO, Aug. 28, 2024 /CNW/ - Immigration, Refugees and Citizenship Canada (IRCC) conducted Express Entry round of invitations No. 312 on August 27, 2024, issuing 3,300 invitations to apply (ITAs) for permanent residence to candidates in the Canadian Experience Class (CEC). The minimum Comprehensive Ranking System (CRS) score among invited candidates was 507.',
      '',
      'IRCC applied the tie-breaking rule to this round. The tie-break date and time was April 17, 2024 at 20:11:20 UTC; candidates with a score of 507 were invited only if they had submitted their Express Entry profile before that moment.',
      '',
      'The round follows the previous CEC-specific round on August 14, 2024, in which 3,200 candidates were invited with a minimum score of 509. The cut-off has now declined in each of the last three CEC rounds.',
      '',
      '"Candidates with Canadian work experience in the 500 to 510 range should ensure their profiles and supporting documents are current," said Miriam Okafor, Managing Director of Northbridge Immigration Advisors. "Invited candidates have 60 days to submit a complete application."',
      '',
      'Key figures - Round 312',
      '- Date of round: August 27, 2024',
      '- Program: Canadian Experience Class',
      '- Invitations issued: 3,300',
      '- Lowest-ranked candidate invited: 507 CRS points',
      '- Tie-breaking rule: April 17, 2024 at 20:11:20 UTC',
      '',
      'About Northbridge Immigration Advisors Inc.',
      'Northbridge Immigration Advisors Inc. is a Toronto-based firm of licensed Regulated Canadian Immigration Consultants (RCICs) serving skilled workers and employers across Canada.',
      '',
      '-30-',
      '',
      'For further information: Media contact: Daniel Tremblay, Communications Lead, Northbridge Immigration Advisors Inc., media@northbridge-immigration.example, 416-555-0182',
      '',
      'SOURCE Northbridge Immigration Advisors Inc.',
    ].join('\n');
    expect(facts(page, '2024-08-28')).toEqual([['2024-08-27', '312', 'cec', 3300, 507, '2024-04-17']]);
  });
});

describe("an SMS's day (u42-2)", () => {
  it('"EE ALERT 27-Jun: new round, all programs.": a day and a month\'s abbreviation joined by a hyphen, no year', () => {
    const page = ['EE ALERT 27-Jun: new round, all programs. 4,300 ITAs, min CRS 486. More: mpw.ca/ee', 'Reply STOP to end'].join('\n');
    expect(facts(page, '2023-06-27')).toEqual([['2023-06-27', null, 'general', 4300, 486, null]]);
  });
});

describe("a machine translation's score (u40-3)", () => {
  it('"with the minimal punctuation of 510 points" (Portuguese "pontuação mínima" machine-translated) is the round\'s cut-off', () => {
    const page = [
      'Canada makes two raffles in two days for educators and health professionals',
      'Immigration | 02/05/2025 às 19h05',
      'By Carla Mendes',
      'The Canada realized in this week two rounds of invitations of the Express Entry by categories, one for professionals of the education and other for the area of the health.',
      'On Thursday (1º), the IRCC sent 1,000 invitations for candidates in occupations of education, like teachers of early childhood and assistants of teacher. The minimal score of the CRS was 479 points. It was the first raffle of this new category.',
      'Already on Friday (2), were invited 500 candidates of the category of health and social services, with the minimal punctuation of 510 points.',
      'The categories were reformulated by the government in February, which included the education and removed the transport and STEM.',
      'For the Brazilians, the professionals of health and education with experience have good chances, but need to do the validation of the diploma and the language exam.',
      'SEE ALSO',
      '• Portugal: new rules of the golden visa',
      '• How much costs to live in Toronto in 2025',
    ].join('\n');
    expect(facts(page, '2025-05-02')).toEqual([
      ['2025-05-01', null, 'education', 1000, 479, null],
      ['2025-05-02', null, 'healthcare', 500, 510, null],
    ]);
  });
});
