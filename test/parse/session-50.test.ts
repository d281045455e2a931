import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 50 of the reader (issue 14): rules from the made-up sets tuned on (docs/parser.md "Session 49").
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('printed pages and accessible versions (u36-1)', () => {
  it('a client alert\'s words broken at line ends ("Invita-" / "tions") join again, and its footnote marks ("¹") are no figures', () => {
    const page = [
      'MAPLE & STRAND LLP                                        Immigration Law Update',
      'February 23, 2015                                                   Page 1 of 2',
      'EXPRESS ENTRY: THIRD ROUND TARGETS',
      'CANADIAN EXPERIENCE CLASS ONLY',
      'On February 20, 2015, Citizenship and Immigra-',
      'tion Canada (CIC) conducted Round 3 under the',
      'new Express Entry system, issuing 849 Invita-',
      'tions to Apply (ITAs) for permanent residence.',
      'Unlike the first two rounds, this round was lim-',
      'ited to candidates eligible under the Canadian',
      'Experience Class (CEC).¹ The lowest-ranked can-',
      'didate invited had a Comprehensive Ranking Sys-',
      'tem (CRS) score of 808.',
      'The two earlier rounds, held January 31 and Feb-',
      'ruary 7, each invited 779 candidates, at mini-',
      'mum scores of 886 and 818 respectively.² Scores',
      'at this level are, in practice, attainable only',
      'by candidates holding a provincial nomination or',
      'a qualifying arranged offer of employment (600',
      'additional points in either case).',
      'What this means for our clients',
      '• Employers supporting foreign workers should',
      '  confirm whether a Labour Market Impact As-',
      '  sessment (LMIA) can support a job offer.',
      '• Candidates with Canadian work experience who',
      '  entered the pool in January should keep their',
      '  profiles current; CIC has not said how often',
      '  program-specific rounds will occur.',
      '• Invited candidates have 60 days to submit a',
      '  complete application.',
      'MAPLE & STRAND LLP                                        Immigration Law Update',
      'February 23, 2015                                                   Page 2 of 2',
      'We will continue to monitor the rounds and re-',
      'port on any changes to the ranking criteria.',
      '________________________',
      '¹ Ministerial Instructions respecting invitations to apply for permanent residence under the',
      'Express Entry system, Round 3 (February 20, 2015).',
      '² See our client alerts of February 2 and February 9, 2015.',
      'This update is provided for general information only and does not constitute legal advice.',
      '© 2015 Maple & Strand LLP | Toronto | Vancouver                                           2',
    ].join('\n');
    expect(facts(page, '2015-02-23')).toEqual([['2015-02-20', '3', 'cec', 849, 808, null]]);
  });
  it('a newspaper column\'s hyphenated lines ("can-" / "didates", "Com-" / "prehensive") read as one sentence', () => {
    const page = [
      'FARM & RANCH WEEKLY • Wednesday, February 21, 2024 • Page 11',
      'LABOUR',
      'Ag workers get first',
      'shot at PR-only draw',
      'By Lorraine McAllister',
      "Ottawa's first Express En-",
      'try round aimed at agricul-',
      "ture wasn't large, but pro-",
      'ducers who rely on temporary',
      'foreign workers are paying at-',
      'tention.',
      'Last Friday (Feb. 16), Immi-',
      'gration, Refugees and Citizen-',
      'ship Canada invited 150 can-',
      'didates with experience in',
      'agriculture and agri-food oc-',
      'cupations to apply for perma-',
      'nent residence. The lowest-',
      'ranked candidate had a Com-',
      'prehensive Ranking System',
      'score of 437. Ties were bro-',
      'ken by the time candidates',
      'entered the pool, with a cut-',
      'off of Jan. 29, 2024 at 03:32:58',
      'UTC.',
      'Eligible occupations include',
      'farm supervisors, specialized',
      'livestock workers, butchers',
      'in processing plants and',
      'agricultural service contrac-',
      'tors.',
      '"A hundred and fifty is a drop',
      'in the bucket," said a hog pro-',
      'ducer near Steinbach. "But it',
      'tells my guys there\'s a path."',
      '▶ CONTINUED ON PAGE 14',
    ].join('\n');
    expect(facts(page, '2024-02-21')).toEqual([['2024-02-16', null, 'agriculture', 150, 437, '2024-01-29']]);
  });
  it('a monthly\'s headline ("… among 1,500 invited" on a page of August 7) is the body\'s round of August 3, of the same program and count', () => {
    const page = [
      '8 | THE JOURNEYMAN | AUGUST 7, 2023',
      'IMMIGRATION',
      'Trades get their own Express Entry round',
      'Welders, electricians and carpenters among 1,500 invited',
      'Ottawa held its first category-based Express Entry round for skilled trades on Thursday, August 3, inviting',
      '1,500 candidates to apply for permanent residence. The minimum Comprehensive Ranking Sys-',
      'tem score was 388, far below the cut-offs of more than 500 seen in recent all-program rounds.',
      'The round – the 261st since Express Entry began – was open to candidates with at least six months',
      'of work experience in one of ten trades occupations, including carpenters, plumbers, electricians,',
      'welders, heavy-duty equipment mechanics and contractors and supervisors in the building trades.',
      '"Our members have been telling Ottawa for years that the points system shuts them out," said',
      'Local 118 business manager Dale Fournier. "This is a start."',
      'Union locals that employ temporary foreign workers are encouraging members to speak with',
      'a regulated consultant about whether they qualify.',
      'THE JOURNEYMAN is published monthly by the Council of Building and Construction Trades.',
      'Letters to the editor: editor@journeyman.example.org                                     8',
    ].join('\n');
    expect(facts(page, '2023-08-07')).toEqual([['2023-08-03', '261', 'trades', 1500, 388, null]]);
  });
  it('a page printed in two columns reads the left column, then the right', () => {
    const page = [
      'BUSINESS IN VANCOUVER-ISLAND REVIEW     JULY 13, 2026     PAGE 5',
      'TALENT',
      "Ottawa's senior-managers stream draws 500",
      'Employers see a rare opening for executives already in Canada',
      'Immigration, Refugees and Citizenship Canada on Friday     of Canadian work experience in a senior management',
      'held an Express Entry round for senior managers, in-       role. The round also came one day after a French-',
      'viting 500 candidates to apply for permanent res-          language proficiency draw that invited 5,000',
      'idence. The minimum CRS score was 392, and the tie-      candidates at 420.',
      'breaking rule was 15/03/2026 01:46 UTC.                        "The signal is that Ottawa wants experienced',
      '   The category, launched this year, is open to can-    leaders who are already here," said Nanaimo-based',
      'didates with at least one year                             HR consultant Colleen Brar.',
      '                                                                                      BIVR 5',
    ].join('\n');
    expect(facts(page, '2026-07-13')).toEqual([['2026-07-10', null, 'managers', 500, 392, '2026-03-15']]);
  });
  it('a notice of the "distribution of CRS scores" announces nothing, though it names the latest rounds', () => {
    const page = [
      'NOTICE – Express Entry pool: distribution of CRS scores',
      'December 15, 2023',
      'Ministerial Instructions and Express Entry | Notices',
      'The following table shows the distribution of CRS scores of candidates in the Express Entry pool as of December 10, 2023.',
      'CRS score range | Number of candidates',
      '601–1200 | 512',
      '501–600 | 13,027',
      '451–500 | 56,815',
      '491–500 | 12,434',
      '481–490 | 11,960',
      '471–480 | 12,207',
      '461–470 | 10,582',
      '451–460 | 9,632',
      '401–450 | 58,917',
      '351–400 | 53,288',
      '301–350 | 27,941',
      '0–300 | 7,804',
      'Total | 218,304',
      'For context, the most recent all-program round, on December 6, 2023, had a cut-off of 561 with 4,750 invitations. The STEM round of December 8 invited 5,900 candidates at a minimum of 481.',
      'Distributions are published for information only and do not indicate the score that will be required in future rounds.',
      'Date modified: 2023-12-15',
    ].join('\n');
    expect(facts(page, '2023-12-15')).toEqual([]);
  });
  it('skip links, a cookie banner and a breadcrumb ("Breadcrumb navigation: Home > … > Latest draws") are no headline: the round "a day after" a PNP draw stays context', () => {
    const page = [
      'Skip to main content',
      'Skip to main menu',
      'Skip to accessibility settings',
      'We value your privacy. This site uses cookies and similar technologies. [Accept all] [Necessary only] [Settings]',
      'Accessible version — Return to full site',
      'Breadcrumb navigation: Home > Canada > Express Entry > Latest draws',
      'Express Entry: CEC draw invites 1,000 at 534',
      'Thursday, 7 August 2025 — Updated 16:05 ET',
      'By Daniel Osei',
      'Photo description: A woman holding a Canadian permanent resident card in front of a window.',
      'Listen to this article (3 min)',
      'Immigration, Refugees and Citizenship Canada (IRCC) issued 1,000 invitations to Canadian Experience Class candidates today in Express Entry round 359.',
      "The minimum Comprehensive Ranking System (CRS) score was 534. IRCC's tie-breaking rule was 3 August 2025 at 06:22:02 UTC, meaning that candidates with 534 points who created their profile before that time received an invitation.",
      "Today's round came a day after a Provincial Nominee Program draw that invited 225 candidates with a minimum of 739.",
      'The CEC cut-off has now stayed above 520 for most of the year, as IRCC keeps CEC rounds small while it reduces permanent resident targets.',
      'Related: Express Entry draws 2025 — full list',
      'Related: How to check your CRS score',
      'Advertisement (skip)',
      'Footer: About us | Accessibility | Contact | © 2025',
    ].join('\n');
    expect(facts(page, '2025-08-07')).toEqual([['2025-08-07', '359', 'cec', 1000, 534, '2025-08-03']]);
  });
  it('an AMP page\'s "⚡ AMP", "Skip to article" and "Search | Subscribe" are controls: "back-to-back rounds this week" tells both', () => {
    const page = [
      '⚡ AMP',
      'Skip to article',
      'MapleMove News',
      'Search | Subscribe',
      'Home / Express Entry / Draws',
      'Express Entry: CEC draw invites 6,000 a day after PNP round',
      'Updated Jan. 21, 2026 — 3:18 p.m. ET',
      'By Staff | 4 min read',
      '[Image: Toronto skyline in winter — photo credit: stock]',
      'Share: 𝕏 | Facebook | Reddit | Email',
      'IRCC ran back-to-back Express Entry rounds this week.',
      "Today's Canadian Experience Class round (No. 392) issued 6,000 invitations. The cut-off was 509, and the tie-breaking rule was October 29, 2025 at 04:35:24 UTC.",
      'Yesterday, round No. 391 invited 681 Provincial Nominee Program candidates with a minimum score of 746 (tie-breaking rule: November 19, 2025 at 04:09:11 UTC).',
      'The CEC round was smaller than the January 7 round, which invited 8,000 candidates at 511.',
      'Advertisement',
      'Most read',
      '1. CRS cut-offs 2026: month by month',
      '2. New Express Entry categories announced',
      '3. How long does PR processing take now?',
      '🍪 We use cookies for analytics and ads. Accept · Reject',
      'Exit AMP view',
    ].join('\n');
    expect(facts(page, '2026-01-21')).toEqual([
      ['2026-01-21', '392', 'cec', 6000, 509, '2025-10-29'],
      ['2026-01-20', '391', 'pnp', 681, 746, '2025-11-19'],
    ]);
  });
});
