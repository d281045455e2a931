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
  it('a forum post\'s "Today\'s draw" counts from its stamp ("raj » Sat Jan 31, 2015 9:14 am"), not from the day the thread was read', () => {
    const page = [
      'Re: First Express Entry draw thread',
      'raj_in_mississauga » Sat Jan 31, 2015 9:14 am',
      "Today's draw invited 779 candidates and the lowest score was 886. Only job offers and nominations this time.",
      'moonlightmaple » Mon Feb 02, 2015 11:02 am',
      'Congrats to everyone who got one!',
    ].join('\n');
    expect(facts(page, '2015-02-02')).toEqual([['2015-01-31', null, 'general', 779, 886, null]]);
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

describe('puzzles, quizzes, listings and print columns (u52)', () => {
  it('a crossword clue that leaves a number\'s end blank ("one hundred and twenty-___ candidates") gives no figure, not 100', () => {
    const page = [
      'THE FRIDAY CROSSWORD - June 13, 2025',
      'Theme: This week in Express Entry',
      'ACROSS',
      "1. Tuesday's provincial-nominee round invited one hundred and twenty-___ candidates (4)",
      '3. Its cut-off: seven hundred and eighty-___ points (4)',
      'SOLUTION',
      'Across: 1 FIVE · 3 FOUR',
    ].join('\n');
    expect(facts(page, '2025-06-13').filter(([, , , invitations, minCrs]) => invitations === 100 || minCrs === 700)).toEqual([]);
  });
  it('an online quiz\'s radio buttons ("( ) French-language proficiency   (•) Trade occupations   ( ) Healthcare") give the chosen answer only', () => {
    const page = [
      'Weekly News Quiz - October 25, 2024',
      'Question 3 of 8 · Immigration',
      'Express Entry held rounds on three days in a row this week.',
      "Tuesday's Canadian Experience Class round was unusually small. How many invitations?",
      '( ) 4,000   ( ) 1,350   (•) 400   ( ) 3,000',
      'Correct! Just 400 ITAs, at a cut-off of 539.',
      'Question 4 of 8 · Immigration',
      'On Wednesday, which category got 1,800 invitations at a minimum score of 433?',
      '( ) French-language proficiency   (•) Trade occupations   ( ) Healthcare   ( ) STEM',
      'Not quite. It was the trades category.',
    ].join('\n');
    expect(facts(page, '2024-10-25')).toEqual([
      ['2024-10-22', null, 'cec', 400, 539, null],
      ['2024-10-23', null, 'trades', 1800, 433, null],
    ]);
  });
  it('a print column broken before the tie-break\'s day ("…submitted their profile before" / "Oct. 26, 2020 at 22:44:19 UTC") is one sentence', () => {
    const page = [
      'Express Entry cut-off climbs to 478',
      'Ottawa invited 4,500 candidates on Thursday,',
      'and the minimum score rose to 478.',
      'IRCC said only candidates who sub-',
      'mitted their profile before',
      'Oct. 26, 2020 at 22:44:19 UTC',
      'were invited.',
    ].join('\n');
    expect(facts(page, '2020-11-06')).toEqual([['2020-11-05', null, 'general', 4500, 478, '2020-10-26']]);
    const monthBroken = [
      'Business leaders get own Express Entry round',
      'Ottawa invited 250 senior managers on Thursday with a minimum score of 429;',
      'the tie-break date was Aug.',
      '19, 2025 at 15:10:18 UTC.',
    ].join('\n');
    expect(facts(monthBroken, '2026-03-06')).toEqual([['2026-03-05', null, 'managers', 250, 429, '2025-08-19']]);
  });
  it('"the highest of the year so far" ranks the cut-off: the count after it ("as 3,350 candidates received invitations") is the round\'s', () => {
    const listing =
      "MCHN   Desi Nation Tonight - Immigration desk: Wednesday's Express Entry draw raised the cut-off to 470 points, the highest of the year so far, as 3,350 candidates received invitations.";
    expect(facts(['TV TONIGHT - FRIDAY, MAY 31, 2019', listing].join('\n'), '2019-05-31')).toEqual([['2019-05-29', null, 'general', 3350, 470, null]]);
  });
  it('a dateline "February 14, 2021 | Nûçe: Rojhat Amed" (the page\'s day, a label, a name) is no day of the round the body dates', () => {
    const page = [
      'Canada invites 27,332 candidates in one day: minimum CRS score 75!',
      'February 14, 2021 | Nûçe: Rojhat Amed',
      'IRCC on Saturday, February 13, held draw #176 of the Express Entry system where 27,332 candidates were invited to apply for permanent residence. The minimum CRS score was 75.',
    ].join('\n');
    expect(facts(page, '2021-02-14')).toEqual([['2021-02-13', '176', 'cec', 27332, 75, null]]);
  });
  it('a draw card\'s "June 3, 2024 | Program: Provincial Nominee Program" or "… | Update: Canadian Experience Class" is no dateline', () => {
    const page = ['Express Entry draw results', 'June 3, 2024 | Program: Provincial Nominee Program', 'ITAs: 2,985 | Minimum CRS: 676'].join('\n');
    expect(facts(page, '2024-06-04')).toEqual([['2024-06-03', null, 'pnp', 2985, 676, null]]);
    const update = ['Express Entry draw results', 'July 8, 2024 | Update: Canadian Experience Class', 'ITAs: 3,200 | Minimum CRS: 520'].join('\n');
    expect(facts(update, '2024-07-09')).toEqual([['2024-07-08', null, 'cec', 3200, 520, null]]);
  });
  it('a broadcast\'s closed captions all in capitals ("THE FEDERAL GOVERNMENT INVITED 3,232 CANDIDATES …") are read as ordinary text', () => {
    const page = [
      'CITYLINE NEWS AT 6 - CLOSED CAPTION TRANSCRIPT - MONDAY, MARCH 23, 2020',
      '>> GOOD EVENING. THE PROVINCE IS',
      'ORDERING ALL NON-ESSENTIAL',
      'BUSINESSES TO CLOSE.',
      '>> WITH TRAVEL RESTRICTED, OTTAWA HELD AN',
      'EXPRESS ENTRY DRAW TODAY ONLY',
      'FOR PEOPLE WHO ARE MOSTLY',
      'ALREADY HERE.',
      'THE FEDERAL GOVERNMENT INVITED',
      '3,232 CANDIDATES FROM THE',
      'CANADIAN EXPERIENCE CLASS TO',
      'APPLY FOR PERMANENT RESIDENCE.',
      'THE MINIMUM SCORE WAS 467.',
    ].join('\n');
    expect(facts(page, '2020-03-23')).toEqual([['2020-03-23', null, 'cec', 3232, 467, null]]);
  });
  // A table's rows in capitals ("150,2020-05-28,CEC,3515,440,…,NEW") stay as written: session-51.test.ts's CSV export shows it.
});

describe('days told back from the page (the glossary audits of session 55)', () => {
  it('"Two days ago" under "Breaking news" is not the page\'s day (the tag dates a round the page tells without a day as today\'s)', () => {
    const page = ['Breaking news: Express Entry', 'Two days ago IRCC held a CEC draw that invited 3,000 candidates with a minimum CRS of 529.'].join('\n');
    expect(facts(page, '2025-06-14')).toEqual([[null, null, 'cec', 3000, 529, null]]);
  });
  it('"The day before yesterday IRCC held …" opens a sentence about the news, not about the draw before it', () => {
    const page = ['Express Entry news', 'The day before yesterday IRCC held a PNP draw that invited 125 candidates with a minimum CRS of 784.'].join('\n');
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-10', null, 'pnp', 125, 784, null]]);
  });
});
