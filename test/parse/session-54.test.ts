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
