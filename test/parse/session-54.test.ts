import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 54 of the reader (issue 14): rules from the made-up sets tuned on (docs/parser.md "Session 54").
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('software around draw tracking, quizzes and bulletins (u50)', () => {
  it('an e-mail digest\'s preview parts its days with middle dots ("· Tue Sep 26: 3,000 ITAs … · Wed Sep 27: …"): one round each', () => {
    const page = [
      'Inbox',
      'Express Entry Weekly                                                   Fri, Sep 29',
      '3 draws this week: all-program, French and — finally — agriculture',
      'This week in Express Entry · Tue Sep 26: 3,000 ITAs, no program specified, minimum 504 · Wed Sep 27: French-language proficiency, 500 ITAs, minimum 472 · Thu Sep 28: agriculture & agri-food occupations, 600 ITAs, minimum 354. Plus: what the new tie-break...',
      'CRS Coach                                                              Thu, Sep 28',
      'Your weekly study plan — CELPIP Listening Part 4',
    ].join('\n');
    expect(facts(page, '2023-09-29').sort()).toEqual(
      [
        ['2023-09-26', null, 'general', 3000, 504, null],
        ['2023-09-27', null, 'french', 500, 472, null],
        ['2023-09-28', null, 'agriculture', 600, 354, null],
      ].sort(),
    );
  });
  it('a terminal\'s table with underscored labels ("MIN_CRS", "TIE_BREAK_UTC") is read as a table; the previous round under "--prev 1" is not news', () => {
    const page = [
      '$ eedraw latest',
      'ROUND  PROGRAM                      ITAS  MIN_CRS  TIE_BREAK_UTC',
      '240    Federal Skilled Worker       3300  489      2022-03-29 16:09:00',
      '$ eedraw latest --prev 1',
      'ROUND  PROGRAM                      ITAS  MIN_CRS  TIE_BREAK_UTC',
      '239    Provincial Nominee Program   893   733      2022-12-09 10:49:57',
      '$ eedraw latest --json | jq .program_code',
      '"FSW"',
    ].join('\n');
    expect(facts(page, undefined)).toEqual([[null, '240', 'fsw', 3300, 489, '2022-03-29']]);
  });
  it('a terminal\'s rows whose long program name runs into the count ("Education occupations (v1) 2,500"), under "3 rounds since Mon 2025-09-15": each round since that day', () => {
    const page = [
      '$ eedraws list --since 2025-09-15 --tz America/Toronto',
      '3 rounds since Mon 2025-09-15',
      '',
      'ROUND  DATE        PROGRAM                    ITAS   MIN_CRS  TIE_BREAK (America/Toronto)',
      '366    2025-09-15  Provincial Nominee Program   228    746      2025-03-31 09:39:06 EDT',
      '367    2025-09-17  Education occupations (v1) 2,500    462      2025-07-09 00:24:19 EDT',
      '368    2025-09-18  Trade occupations (v2)     1,250    505      2024-11-05 17:36:09 EST',
      '',
      'total ITAs: 3,978',
      '$ _',
    ].join('\n');
    expect(facts(page, '2025-09-18').sort()).toEqual(
      [
        ['2025-09-15', '366', 'pnp', 228, 746, '2025-03-31'],
        ['2025-09-17', '367', 'education', 2500, 462, '2025-07-09'],
        ['2025-09-18', '368', 'trades', 1250, 505, '2024-11-05'],
      ].sort(),
    );
  });
  it('"IRCC held four Express Entry draws this week, including …:" over four lines: all four are the news, though the intro and the first share a sentence', () => {
    const page = [
      'Shri Durga Mandir – Weekly Newsletter',
      'Sunday, July 9, 2023',
      '🙏 Jai Mata Di 🙏',
      'This week at the Mandir',
      '• Sawan Shivratri Jal Abhishek – Saturday, July 15, 6:00 am onwards',
      '• Sunday Satsang & Bhandara – 11:00 am',
      '• Hindi classes summer session – Saturdays 10 am',
      'Community Announcements',
      'EXPRESS ENTRY – BUSY WEEK!',
      'IRCC held four Express Entry draws this week, including the first ever STEM round and the first French-language round:',
      'Tuesday, July 4 – All programs – 700 invitations – minimum CRS 511',
      'Wednesday, July 5 – STEM occupations – 500 invitations – minimum CRS 486',
      'Thursday, July 6 – Healthcare occupations – 1,500 invitations – minimum CRS 463',
      'Friday, July 7 – French language proficiency – 2,300 invitations – minimum CRS 439',
      'Congratulations to the nurses, software engineers and all the families from our mandir who received invitations. Please pray for those still waiting.',
      'Volunteers needed for parking duty on Saturday.',
      'Donations: Interac e-Transfer to donations@durgamandir.example',
    ].join('\n');
    expect(facts(page, '2023-07-09').sort()).toEqual(
      [
        ['2023-07-04', null, 'general', 700, 511, null],
        ['2023-07-05', null, 'stem', 500, 486, null],
        ['2023-07-06', null, 'healthcare', 1500, 463, null],
        ['2023-07-07', null, 'french', 2300, 439, null],
      ].sort(),
    );
  });
  it('a quiz\'s questions with bare answers in brackets ("invited how many candidates? (700)", "Its cut-off? (511)") read as statements; a question without its count stays without it', () => {
    const page = [
      'The Weekly Express Entry Quiz — July 7, 2023',
      'Four rounds in four days! This was the first full week of category-based selection. Ten questions, answers below.',
      '1. Tuesday, July 4: an all-program round invited how many candidates? (700)',
      '2. What was its cut-off? (511)',
      '3. Wednesday, July 5: the first-ever STEM round. How many ITAs? (500)',
      '4. The STEM cut-off? (486)',
      '5. Thursday, July 6: a healthcare round. How many? (1,500)',
      '6. Its minimum score? (463)',
      '7. Friday, July 7 (today): the first French-language proficiency round. How many invitations? (2,300)',
      '8. Its cut-off? (439)',
      '9. Which was the largest round of the week? (French, 2,300)',
      '10. Which round had the highest cut-off? (The all-program round, 511)',
      'Week total: 5,000 invitations.',
      'Results: 9–10 = Express Entry whiz · 6–8 = well informed · 0–5 = subscribe to our newsletter!',
      'Quiz archive | Share on WhatsApp | Print',
    ].join('\n');
    expect(facts(page, '2023-07-07').sort()).toEqual(
      [
        ['2023-07-04', null, 'general', null, 511, null],
        ['2023-07-05', null, 'stem', 500, 486, null],
        ['2023-07-06', null, 'healthcare', null, 463, null],
        ['2023-07-07', null, 'french', 2300, 439, null],
      ].sort(),
    );
  });
});

describe("recaps with this week's rounds, notification lists (u50)", () => {
  it("a year's review that counts \"three rounds in three days\" in its last week: all three are news, not only today's and yesterday's", () => {
    const page = [
      '2025: The Express Entry Year in Review',
      'Wednesday, December 17, 2025 · Year-End Special',
      'This is our last recap of the year — and IRCC made it a busy final week, with three rounds in three days.',
      'This week',
      '• Monday, Dec. 15 — Provincial Nominee Program: 399 invitations, minimum 731 points',
      '• Tuesday, Dec. 16 — Canadian Experience Class: 5,000 invitations, minimum 515',
      '• Today, Dec. 17 — French-language proficiency: 6,000 invitations, minimum 399',
      'The year in numbers',
      '58 rounds | 113,998 invitations | 6 draw types',
      'Biggest round: 7,500 (French, March 21), cut-off 379',
      'Highest cut-off: 855 (PNP, September 29)',
      'Themes of 2025',
      '1. French took centre stage. French-language rounds were the largest of the year, several at 6,000 or more.',
      '2. CEC rounds shrank, then grew. From 500-invitation rounds in the spring to 5,000 and 6,000 in December.',
      '3. Education and healthcare became regulars. The first education round (May 1) invited 1,000 at 479.',
      '4. No all-program rounds at all.',
      'Looking ahead',
      'The 2026–2028 levels plan keeps economic immigration high but shifts more selection toward people already in Canada.',
      'Thanks for reading in 2025! Subscribe to get our January outlook.',
    ].join('\n');
    expect(facts(page, '2025-12-17').sort()).toEqual(
      [
        ['2025-12-15', null, 'pnp', 399, 731, null],
        ['2025-12-16', null, 'cec', 5000, 515, null],
        ['2025-12-17', null, 'french', 6000, 399, null],
      ].sort(),
    );
  });
  it('a month\'s recap whose lead tells "the full month, including the two rounds held this week": those two are news, the month\'s table is not', () => {
    const page = [
      'EXPRESS ENTRY MONTHLY | July 2024 in Review',
      'Posted: 31 July 2024 | Category: Monthly recaps',
      'July was the busiest month of the year so far, with nine rounds across five draw types. Here is the full month, including the two rounds held this week.',
      'Round | Date | Type | ITAs | Min. CRS',
      '299 | 2 Jul | PNP | 920 | 739',
      '300 | 4 Jul | Trade occupations | 1,800 | 436',
      '301 | 5 Jul | Healthcare | 3,750 | 445',
      '302 | 8 Jul | French | 3,200 | 420',
      '303 | 16 Jul | PNP | 1,391 | 670',
      '304 | 17 Jul | CEC | 6,300 | 515',
      '305 | 18 Jul | French | 1,800 | 400',
      '306 | 30 Jul | PNP | 964 | 686',
      '307 | 31 Jul | CEC | 5,000 | 510',
      "THIS WEEK'S NEWS",
      'Tuesday, 30 July: IRCC invited 964 provincial nominees; the lowest score invited was 686.',
      'Today, 31 July: a Canadian Experience Class round followed, with 5,000 invitations and a cut-off of 510, five points lower than the CEC round two weeks ago.',
      'The month in numbers',
      '• Total ITAs in July: 25,125',
      '• Lowest cut-off: 400 (French, 18 July)',
      '• Highest cut-off: 739 (PNP, 2 July)',
      'What to expect in August',
      'If the pattern holds, expect another PNP/CEC pair mid-month and at least one category round.',
      'Share: Facebook | X | LinkedIn | Email',
      'Previous recap: June 2024 in Review →',
    ].join('\n');
    expect(facts(page, '2024-07-31').sort()).toEqual(
      [
        ['2024-07-30', '306', 'pnp', 964, 686, null],
        ['2024-07-31', '307', 'cec', 5000, 510, null],
      ].sort(),
    );
  });
  it('a phone\'s notifications, each under its app and when it came ("EE Tracker Yesterday, 10:31 AM", "EE Tracker Wednesday"): each round is news, of its own day', () => {
    const page = [
      '9:26',
      'Friday, July 7',
      'EE Tracker                                                          14m ago',
      'French-language round: 2,300 ITAs, CRS 439',
      'Category-based selection · tap for tie-break and details',
      'EE Tracker                                                Yesterday, 10:31 AM',
      'Healthcare round: 1,500 ITAs, CRS 463',
      'EE Tracker                                                          Wednesday',
      'STEM round: 500 ITAs, CRS 486',
      'EE Tracker                                                            Tuesday',
      'All-program round #253: 700 ITAs, CRS 511',
      'Calendar                                                                 now',
      'Biometrics appointment — Mon 10:00 AM',
    ].join('\n');
    expect(facts(page, '2023-07-07').sort()).toEqual(
      [
        ['2023-07-07', null, 'french', 2300, 439, null],
        ['2023-07-06', null, 'healthcare', 1500, 463, null],
        ['2023-07-05', null, 'stem', 500, 486, null],
        ['2023-07-04', '253', 'general', 700, 511, null],
      ].sort(),
    );
  });
  it('a notification stamped "2m ago" in a list that also holds older ones dates the round it brings: the page\'s day', () => {
    const page = [
      'Notification Centre                                   Thursday, 19 December',
      'EXPRESS ENTRY WATCH                                              2m ago',
      'Round #133 just published',
      '3,200 invitations · lowest CRS 469 · tie-break Nov 14, 2019 08:41:33 UTC',
      'WEATHER                                                          1h ago',
      'Snowfall warning in effect for Toronto — 10 to 15 cm expected tonight.',
      'EXPRESS ENTRY WATCH                                           Yesterday',
      'Reminder: your saved score (466) is 6 points below the last cut-off (472).',
      'MESSAGES                                                      Yesterday',
      'Aunty: Did you get the invitation yet??',
      'Clear all',
    ].join('\n');
    expect(facts(page, '2019-12-19')).toEqual([['2019-12-19', '133', 'general', 3200, 469, '2019-11-14']]);
  });
});

describe("reviews with this week's rounds, app releases, quizzes with Q: and A: (u50)", () => {
  it("\"November 2020 in Review (so far) - and yesterday's draw\": a month's review whose headline tells yesterday's round, which is news", () => {
    const page = [
      "November 2020 in Review (so far) — and yesterday's draw",
      'Immigration Roundup Blog | 26 November 2020',
      "November has been the month of 5,000. Here's where things stand.",
      'Rounds this month',
      '5 Nov — all programs — 4,500 ITAs — CRS 478',
      '18 Nov — all programs — 5,000 ITAs — CRS 472',
      '25 Nov — all programs — 5,000 ITAs — CRS 469',
      "JUST IN: Yesterday's round matched the record size of 5,000 invitations, and the cut-off dropped three more points to 469.",
      'Why are rounds getting bigger?',
      "IRCC has a target of 341,000 new permanent residents in 2020 and is far behind it because of the pandemic. Bigger rounds are one way to catch up, even if many invited candidates can't travel yet.",
      "What's next?",
      'Another round is expected around December 9. If the cut-off keeps falling at this pace, candidates in the mid-460s may get invited before Christmas.',
      'Tags: Express Entry, CRS, monthly review',
    ].join('\n');
    expect(facts(page, '2020-11-26')).toEqual([['2020-11-25', null, 'general', 5000, 469, null]]);
  });
  it('"Here is January so far, with this week\'s two new rounds at the top": both rounds of this week are news, January\'s earlier ones are not', () => {
    const page = [
      'January 2026: Month-to-date review',
      'Express Entry Watch | 22 Jan 2026',
      "Here is January so far, with this week's two new rounds at the top.",
      'NEW THIS WEEK',
      'Round 391 — Tuesday 20 January 2026 — Provincial Nominee Program — 681 invitations — min. 746 — tie-breaking rule 19 November 2025, 04:09:11 UTC',
      'Round 392 — Wednesday 21 January 2026 — Canadian Experience Class — 6,000 invitations — min. 509 — tie-breaking rule 29 October 2025, 04:35:24 UTC',
      'EARLIER IN JANUARY',
      'Round 389 — 5 January — PNP — 574 — 711',
      'Round 390 — 7 January — CEC — 8,000 — 511',
      'Month to date: 4 rounds, 15,255 invitations.',
      'Takeaways',
      '– CEC is back in a big way: 14,000 invitations in two rounds, after a 2025 in which many CEC rounds were 1,000 or smaller.',
      '– The CEC cut-off has slipped two points since the start of the month.',
      '– No category round yet in 2026. French is overdue.',
      'Next review: February 2.',
    ].join('\n');
    expect(facts(page, '2026-01-22').sort()).toEqual(
      [
        ['2026-01-20', '391', 'pnp', 681, 746, '2025-11-19'],
        ['2026-01-21', '392', 'cec', 6000, 509, '2025-10-29'],
      ].sort(),
    );
  });
  it("an app's release line (\"Version 4.0.2 Nov 24, 2022\") is the page's date, not the round's (no day rather than a wrong one)", () => {
    const page = [
      "What's New",
      'Version 4.0.2                                                  Nov 24, 2022',
      "Hotfix for yesterday's draw: round #236 (Nov 23) was briefly displayed with the previous round's cut-off. The correct figures are 4,750 invitations and a minimum CRS of 491. If you got a \"You would have been invited\" alert by mistake, we're sorry!",
      'Also in this update: the home-screen widget now refreshes within 5 minutes of a new round.',
      'Ratings & Reviews   4.6 out of 5   12K Ratings',
    ].join('\n');
    expect(facts(page, '2022-11-24')).toEqual([[null, null, 'general', 4750, 491, null]]);
  });
  it('a quiz\'s "Q: How many … were invited?" and "A: 5,956." on the next line read as the statement they make', () => {
    const page = [
      "PR Pathways Quiz: Yesterday's record-low CEC draw",
      'June 1, 2021',
      "Test yourself on yesterday's Express Entry round of invitations (Monday, May 31, 2021).",
      'Q: How many Canadian Experience Class candidates were invited?',
      'A: 5,956.',
      'Q: What was the minimum CRS score?',
      'A: 380 — the lowest of any CEC round except the exceptional February 13 draw (75).',
      'Q: What was the tie-breaking rule?',
      'A: 28/05/2021 at 14:45:22 UTC.',
      'Q: Why an odd number like 5,956 rather than a round 6,000?',
      "A: IRCC doesn't explain, but it may have topped up the May total after the smaller May 20 round (1,842 invitations).",
      'Think you know Express Entry? Take our full 25-question quiz.',
    ].join('\n');
    expect(facts(page, '2021-06-01')).toEqual([['2021-05-31', null, 'cec', 5956, 380, '2021-05-28']]);
  });
});

describe('quiz options (u50)', () => {
  it('a quiz\'s options on one line ("a) 755   b) 482   c) 453") are no round\'s figures: no wrong cut-off or program from them (the answers line gives its round no day of this week, so nothing is announced)', () => {
    const page = [
      'Monday Pop Quiz: Express Entry edition',
      'June 15, 2015 — posted in Quizzes',
      'Express Entry is barely five months old, and Friday brought another round. Test what you know. Answers at the bottom!',
      '1. On Friday, June 12, IRCC held the 10th round of invitations. How many candidates were invited?',
      '   a) 779   b) 1,361   c) 1,501   d) 2,000',
      '2. What was the minimum CRS score in that round?',
      '   a) 755   b) 482   c) 453   d) 469',
      '3. The round before it, on May 22, had a very high cut-off. Why?',
      '   a) A technical glitch   b) Only candidates with job offers or nominations were reached   c) It was FSW only',
      '4. How many CRS points does a provincial nomination give you?',
      '   a) 200   b) 400   c) 600',
      '5. How long is an Express Entry profile valid?',
      '   a) 6 months   b) 12 months   c) 24 months',
      'Answers: 1-c (1,501 invitations). 2-b (482). 3-b (the May 22 cut-off was 755). 4-c. 5-b.',
      'How did you do? Tell us in the comments.',
    ].join('\n');
    expect(facts(page, '2015-06-15')).toEqual([]);
  });
});

describe("a brief's section of this week's news (u50)", () => {
  it('a policy brief\'s section "What happened this week": its round of this week is news (the all-program round the day before stays lost: one round is chosen first, and the brief tells no count)', () => {
    const page = [
      'POLICY BRIEF | Centre for Labour Mobility Studies',
      'Targeting by occupation: what the first category-based Express Entry round tells us',
      'June 30, 2023 · By Dr. Ana Petrović and Liam Chen · 6 min read',
      'Key takeaways',
      '- This week IRCC ran its first round under the new category-based selection authority.',
      '- The first category round targeted health workers and was small: 500 invitations.',
      '- A regular all-program round the day before remained large.',
      'What happened this week',
      'On Tuesday, June 27, IRCC held a general round (no program specified) that invited 4,300 candidates with a minimum CRS score of 486.',
      'On Wednesday, June 28, it followed with the first healthcare occupations round. It issued 500 invitations; the lowest-ranked candidate invited had 476 points, and the tie-breaking rule was set at November 12, 2022 12:47:27 UTC.',
      'Analysis',
      'The 10-point gap between the two cut-offs is modest. We had expected a larger discount for health workers, given that the category was designed to reach candidates with lower human capital scores but in-demand occupations. A small first round, however, mostly selects the highest scorers within the category, so the gap is likely to widen in larger rounds.',
      'Policy recommendations',
      '1. Publish the expected annual number of invitations per category.',
      '2. Report, after each round, how many invited candidates were already working in Canada.',
      '3. Coordinate category targets with provincial nominee allocations to avoid double-counting.',
      'About the Centre',
      'The Centre for Labour Mobility Studies is an independent, non-partisan research institute. This brief does not represent the views of its funders.',
      'Download PDF (212 KB) | Cite this brief | Subscribe to briefs',
    ].join('\n');
    expect(facts(page, '2023-06-30')).toEqual([['2023-06-28', null, 'healthcare', 500, 476, '2022-11-12']]);
  });
});

describe("a programme's own grid (u50)", () => {
  it('"score at least 67 on the FSW selection grid" is the programme\'s pass mark, no cut-off: the FSW round told under "Why it\'s in the news this week" keeps its own 489 (the PNP round of the day before, told as "The day before", stays background)', () => {
    const page = [
      'Explainer: the Federal Skilled Worker Program (FSWP)',
      'February 3, 2023',
      'The Federal Skilled Worker Program is one of three federal economic programs managed through Express Entry. It is aimed at skilled workers with foreign work experience who meet minimum language and education requirements and score at least 67 on the FSW selection grid.',
      "Why it's in the news this week",
      'On Thursday, February 2, IRCC held its first-ever round limited to FSW candidates (round #240). It issued 3,300 invitations with a minimum CRS score of 489. The tie-breaking rule was March 29, 2022 at 16:09:00 UTC.',
      'The day before, on Wednesday, February 1, a Provincial Nominee Program round (#239) invited 893 candidates with a minimum score of 733.',
      'FSW at a glance',
      '• Minimum work experience: one year of continuous, full-time skilled work (TEER 0–3) in the last 10 years',
      '• Minimum language: CLB 7',
      '• Proof of funds: required unless you have a valid job offer or are authorized to work in Canada',
      'How is the 67-point grid different from the CRS?',
      'The grid is a pass/fail eligibility test. The CRS ranks eligible candidates against each other in the pool.',
      'Read next: CEC explained · FSTP explained · How the CRS works',
    ].join('\n');
    expect(facts(page, '2023-02-03')).toEqual([['2023-02-02', '240', 'fsw', 3300, 489, '2022-03-29']]);
  });
});

describe('a Marathi radio bulletin (u50)', () => {
  it('a Marathi radio\'s "दर शनिवारी" (every Saturday, its schedule) and "बातमीपत्र:" (bulletin) before its dateline: no round of the page\'s Saturday (the second round of Friday has no day rather than a wrong one)', () => {
    const page = [
      "मराठी रेडिओ कॅनडा — दर शनिवारी सकाळी ८ वाजता, 'आपलं कॅनडा'",
      'बातमीपत्र: शनिवार, २७ मे २०१७',
      'स्किल्ड ट्रेड्ससाठी पहिलाच स्वतंत्र ड्रॉ: केवळ १९९ गुणांवर ४०० आमंत्रणे',
      'एक्स्प्रेस एन्ट्री प्रणालीत शुक्रवारी (२६ मे) एक नवा प्रयोग झाला. IRCC ने एकाच दिवशी दोन स्वतंत्र ड्रॉ घेतले.',
      '• ड्रॉ #६३ — प्रांतीय नामांकन (PNP) असलेले उमेदवार: १४३ आमंत्रणे, किमान CRS ७७५.',
      '• ड्रॉ #६४ — फेडरल स्किल्ड ट्रेड्स (FST): ४०० आमंत्रणे, किमान CRS फक्त १९९.',
      'इलेक्ट्रिशियन, प्लंबर, वेल्डर, शेफ अशा व्यवसायांतील उमेदवारांसाठी ही मोठी संधी आहे. मात्र FST साठी कॅनडातील नोकरीची ऑफर किंवा प्रांतीय पात्रता प्रमाणपत्र (certificate of qualification) आवश्यक असते, हे लक्षात ठेवा.',
      'तुलनेसाठी: १७ मे रोजीच्या सर्वसाधारण ड्रॉमध्ये ३,६८७ जणांना ४१५ गुणांवर आमंत्रण मिळाले होते.',
      'पुढील भागात: ६ जूनपासून भावंडांसाठी (sibling in Canada) मिळणारे अतिरिक्त गुण आणि फ्रेंच भाषेसाठीचे बोनस गुण — सविस्तर चर्चा.',
      'ऐका: live.marathiradio.ca | श्रोत्यांचे प्रश्न: +1 905 555 0177',
    ].join('\n');
    expect(facts(page, '2017-05-27').sort()).toEqual(
      [
        [null, '64', 'fst', 400, 199, null],
        ['2017-05-26', '63', 'pnp', 143, 775, null],
      ].sort(),
    );
  });
});

describe('a programme’s own grid, for the figure-role model too', () => {
  it('"at least 67 points on the selection grid" is no cut-off, neither by the rules nor by the model that fills what they leave', () => {
    const page = 'IRCC held a round for FSW candidates today, inviting 3,300. Candidates must score at least 67 points on the selection grid.';
    expect(facts(page, '2023-02-02')).toEqual([['2023-02-02', null, 'fsw', 3300, null, null]]);
  });
});
