import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { ocrDigits } from '../../src/parse/text/ocr-digits.ts';

/**
 * Session 55 of the reader (issue 14): rules from the made-up sets tuned on (docs/parser.md "Session 55").
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('scans, calendar entries, spreadsheets and forum posts (u52)', () => {
  it('an OCR\'d clipping\'s look-alike digits ("4,5OO", "the l66th round", "2O2O at 22:44:l9 UTC") are read as digits', () => {
    const page = [
      'THE VALLEY COURIER    FRIDAY, NOVEMBER 6, 2O2O    B3',
      'Express Entry cut-off',
      'climbs to 478',
      'Ottawa invited 4,5OO candi-',
      'dates on Thursday in the l66th',
      'round of the Express Entry sys-',
      'tem. The minimum score rose to 478.',
      'Ties were broken for profiles sub-',
      'mitted before Oct. 26, 2O2O at 22:44:l9 UTC.',
    ].join('\n');
    expect(facts(page, '2020-11-06')).toEqual([['2020-11-05', '166', 'general', 4500, 478, '2020-10-26']]);
  });
  it('a scan\'s "6,OOO at 52O" is 6,000 at 520, never 6 invitations; words and codes with the same letters stay as written', () => {
    expect(ocrDigits('The Dec. 1O round invited 6,OOO at 52O, up from 5l5.')).toBe('The Dec. 10 round invited 6,000 at 520, up from 515.');
    // Without a real digit a run is a word ("lO", "Ol"): left as written.
    expect(ocrDigits('IRCC, CO2, lO, Ol and I 2 stay; A1l is a page')).toBe('IRCC, CO2, lO, Ol and I 2 stay; A1l is a page');
  });
  it('a letter-spaced heading ("I N   R E V I E W") is read as its words: a month in review announces nothing', () => {
    const page = [
      'SUNRISE IMMIGRATION CONSULTANTS',
      'JULY 2023 - EXPRESS ENTRY',
      'I N   R E V I E W',
      'Two all-program rounds this month:',
      'Jul 4 ..... 700 invited ..... CRS 511',
      'Jul 11 .... 800 invited ..... CRS 505',
      'Is your score above 500? Call us.',
    ].join('\n');
    expect(facts(page)).toEqual([]);
  });
  it('a calendar entry pasted as its file ("DESCRIPTION:… invited 3\\,334 candidates.\\n\\n…"): its escaped commas and new lines are read', () => {
    const page = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:20170112-dropin@newcomer.example',
      'DTSTAMP:20170112T161500Z',
      'SUMMARY:Drop-in clinic after Express Entry Round #52',
      "DESCRIPTION:Yesterday's Express Entry round (#52\\, held January 11\\, 2017) invited 3\\,334 candidates. The lowest score invited was 459.\\n\\nCome to our free drop-in.",
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    expect(facts(page, '2017-01-12')).toEqual([['2017-01-11', '52', 'general', 3334, 459, null]]);
  });
  it('a forum member\'s signature ("FSW | CRS 494 | profile Apr 2022 | ITA: Feb 2, 2023 | AOR: ?") is their own score, no round', () => {
    const page = [
      'Forum > Express Entry > 2023 ITA Club',
      'Thread: FSW-only round - post your timelines',
      '#2 | lagos2toronto | 03-02-2023, 08:22 AM',
      'ITA!!!! Outland FSW. Crying at work.',
      'Sig: FSW | CRS 494 | profile Apr 2022 | ITA: Feb 2, 2023 | AOR: ?',
    ].join('\n');
    expect(facts(page, '2023-02-03')).toEqual([]);
  });
  it('a scoreboard\'s "THIS WEEK (3 rounds)" over its table ("RND | DATE | PROGRAM | ITAs | CRS"): each row of the week is news', () => {
    const page = [
      'CRS WATCH - LIVE SCORES                         Thu 2024-08-15 · 16:05 ET',
      'THIS WEEK  (3 rounds)',
      'RND  DATE        PROGRAM   ITAs    CRS   TIE-BREAK (UTC)        STATUS',
      '308  2024-08-13  PNP        763    690   2024-04-26 10:59:30    FINAL',
      '309  2024-08-14  CEC      3,200    509   2024-03-01 19:23:21    FINAL',
      '310  2024-08-15  FRENCH   2,000    394   2024-07-07 09:46:10    FINAL',
      'WEEK TOTAL: 5,963 ITAs',
    ].join('\n');
    expect(facts(page, '2024-08-15')).toEqual([
      ['2024-08-13', '308', 'pnp', 763, 690, '2024-04-26'],
      ['2024-08-14', '309', 'cec', 3200, 509, '2024-03-01'],
      ['2024-08-15', '310', 'french', 2000, 394, '2024-07-07'],
    ]);
  });
  it('a spreadsheet\'s rows marked "NEW" in its Notes column, days written "26-May-17", empty notes elsewhere: the marked rows are news', () => {
    const page = [
      'EE Rounds Tracker 2017 (view only) - Google Sheets',
      'Round\tDate\tProgram\tITAs\tMin CRS\tNotes',
      '61\t04-May-17\tAll programs\t3,796\t423\t',
      '62\t17-May-17\tAll programs\t3,687\t415\t',
      '63\t26-May-17\tPNP only\t143\t775\tNEW (added 26-May-17 13:05)',
      '64\t26-May-17\tFST only\t400\t199\tNEW (added 26-May-17 13:05)',
    ].join('\n');
    expect(facts(page, '2017-05-26')).toEqual([
      ['2017-05-26', '63', 'pnp', 143, 775, null],
      ['2017-05-26', '64', 'fst', 400, 199, null],
    ]);
  });
});
