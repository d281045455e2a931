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
