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
