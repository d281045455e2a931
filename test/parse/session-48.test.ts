import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 48 of the reader (issue 14): rules from the made-up sets tuned on (docs/parser.md "Session 48").
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('a dateline with its time before the day (u24-1-09)', () => {
  it('"Philippine Daily Inquirer / 05:08 AM January 31, 2019" is the page\'s day, not the round\'s: "held on Wednesday" is', () => {
    const page = [
      "Canada's Express Entry cutoff falls to 438 in latest draw",
      'By: Jhoanna R. Dizon - Reporter / @JhoannaINQ',
      'Philippine Daily Inquirer / 05:08 AM January 31, 2019',
      'MANILA, Philippines — Canada invited 3,350 skilled workers to apply for permanent residence in its latest Express Entry draw, held on Wednesday (Ottawa time), with the cutoff score dropping to 438.',
      'The lower minimum Comprehensive Ranking System score is good news for Filipino caregivers, nurses and technicians who are already working in Canada, as well as skilled workers at home who have been waiting in the pool.',
      'The draw was the third this month. The previous one, on Jan. 23, invited 3,900 at 443.',
      'Canada aims to admit 330,800 new permanent residents this year, according to its multiyear immigration levels plan.',
      'The Philippine Overseas Employment Administration reminded applicants to deal only with licensed agencies, and warned that Express Entry does not require an agency or an "immigration fee" to create a profile.',
      'Read Next',
      "Canada's new caregiver pilots to open in June",
    ].join('\n');
    expect(facts(page, '2019-01-31')).toEqual([['2019-01-30', null, 'general', 3350, 438, null]]);
  });
});

describe("a forum post's stamp (u24-2-25)", () => {
  it('"rajat_fsw » Sat Mar 21, 2015 12:41 am" is when the post was written: "Draw of yesterday, March 20" is the round\'s day', () => {
    const page = [
      'MapleMove Forums » Express Entry » ITA Club 2015',
      'Topic: 5th EE draw - 1620 invitations, cut-off 481!!!  (Page 1 of 14)',
      '',
      'rajat_fsw » Sat Mar 21, 2015 12:41 am',
      'Guys CIC just updated the page. Draw of yesterday, March 20: 1,620 ITAs, lowest score 481. First time under 500 without a job offer or PNP!!',
      'My score is 476... so close :(',
      '',
      'kiwi_to_calgary » Sat Mar 21, 2015 1:03 am',
      'GOT IT!!! 489 here, FSW, NOC 2171. Email came around 8pm EST, almost missed it.',
      '',
      'Moosejaw2014 » Sat Mar 21, 2015 1:20 am',
      'Compare that to the first ones - 886, then 818, then 735 last month. Massive drop. Seems they finally ran out of the LMIA/PNP people.',
      '',
      'rajat_fsw » Sat Mar 21, 2015 1:35 am',
      '@kiwi congrats man. Lets hope the next one goes to 470.',
      '',
      'Prakash_ON » Sat Mar 21, 2015 2:02 am',
      '476 too. Same boat bro. Retaking IELTS in April just in case.',
      '',
      'Reply • Quote • Report',
      'Board index • The team • Delete all board cookies • All times are UTC - 5 hours',
    ].join('\n');
    expect(facts(page, '2015-03-21')).toEqual([['2015-03-20', '5', 'general', 1620, 481, null]]);
  });
});

describe("a round's heading is no dateline (u2-130, u24-2-25)", () => {
  it('"PNP draw – Monday, August 17: 442 invitations …": the day is the round\'s, not a city\'s dateline', () => {
    const page = [
      'Express Entry update: PNP and CEC draws this week, CEC cut-off at 523',
      'Pakistan Canada Post | Tuesday, August 18, 2026',
      'IRCC has held two new Express Entry draws, on Monday and Tuesday.',
      'PNP draw – Monday, August 17: 442 invitations, minimum CRS 760, tie-break August 7, 2026 at 18:01:56 UTC.',
      'CEC draw – Tuesday, August 18: 1,000 invitations, minimum CRS 523, tie-break August 17, 2026 at 22:09:00 UTC.',
      "The CEC cut-off rose seven points from the previous CEC draw on August 5, when 3,000 candidates were invited at 516. Today's round was also much smaller.",
      'Earlier this month IRCC also held a French-language draw on August 6 (5,000 invitations, CRS 391) and a transport occupations draw on August 7 (300 invitations, CRS 470).',
      'For Pakistani candidates outside Canada without Canadian experience or French, the options remain limited: provincial nomination and the category-based draws (healthcare, trades, transport) are the main routes. A French-language draw may follow later this week if IRCC keeps to its recent pattern.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760, '2026-08-07'],
      ['2026-08-18', null, 'cec', 1000, 523, '2026-08-17'],
    ]);
  });
});
