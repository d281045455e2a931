import { describe, expect, it } from 'vitest';
import { findInvitations } from '../../src/parse/mentions/invitation-mentions.ts';
import { unfoldColumns } from '../../src/parse/text/print-columns.ts';
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

describe('forums, wire copy and Gulf papers (u36-2, u36-3)', () => {
  it('"Program-specific draws today: PNP (143 ITAs, 775) and FST (400 ITAs, 199)!": the one day of draws told together is each one\'s', () => {
    const page = [
      'Home › Forums › Express Entry › Express Entry Draws',
      'Program-specific draws today: PNP (143 ITAs, 775) and FST (400 ITAs, 199)!',
      '',
      'Raj_Calgary',
      'Star Member',
      'Joined: Feb 3, 2016 · Messages: 412 · Category: FSW',
      'May 26, 2017   #1',
      'Hi all, CIC just published TWO rounds for today, and neither of them is a general one:',
      '',
      'Round #63 – Provincial Nominee Program only',
      'Invitations: 143',
      'Lowest CRS rank: 775',
      '',
      'Round #64 – Federal Skilled Trades only',
      'Invitations: 400',
      'Lowest CRS: 199',
      '',
      'Trades people, check your accounts!!',
      '',
      'nz2canada',
      'Hero Member',
      'May 26, 2017   #2',
      '199 is insane. So basically every FST candidate with a job offer or certificate of qualification got picked.',
      '',
      'SaraH_EE',
      'Newbie',
      'May 26, 2017   #3',
      'Raj_Calgary said:',
      'Trades people, check your accounts!!',
      'Click to expand...',
      "So no regular draw this week? I'm FSW at 421. The last general round on the 17th was 415 (3,687 invitations) and I was at 411 then, missed it by 4 points 😭",
      '',
      'Akhil.M',
      'Champion Member',
      'May 26, 2017   #4',
      "Got it in the FST round!!! Industrial electrician, CRS 352. Can't believe it. Thanks everyone on this forum.",
      '',
      'nz2canada',
      'Hero Member',
      'May 26, 2017   #5',
      "@SaraH_EE my bet is next week will be a general one. They usually don't skip two weeks.",
      '',
      'dps_2017',
      'Member',
      'May 27, 2017   #6',
      'Small correction for the record: 143 is the PNP one and 400 is FST. Someone in the FB group was posting "400 PNP" which is wrong.',
      '',
      'You must log in or register to reply here.',
      'Share: Facebook  Twitter  Reddit  Email  Link',
    ].join('\n');
    // In the headline's order since session 57 (its "(143 ITAs, 775)" is read as a cut-off too).
    expect(facts(page, '2017-05-26')).toEqual([
      ['2017-05-26', '63', 'pnp', 143, 775, null],
      ['2017-05-26', '64', 'fst', 400, 199, null],
    ]);
  });
  it('"And yesterday (Jan 31) there was a general draw too: 730 ITAs, CRS 541": one more round of the news', () => {
    const page = [
      'Express Entry & PNP Canada – Immigration Discussion Group',
      'Admin post · February 1, 2024',
      '',
      '🇫🇷 FRENCH DRAW TODAY 🇫🇷',
      '7,000 ITAs !!! Minimum CRS 365',
      '',
      'And yesterday (Jan 31) there was a general draw too: 730 ITAs, CRS 541.',
      '',
      'Francophones, this is your moment. Who got it? 👇',
      '',
      '❤️👍😮 2.4K · 701 comments · 312 shares',
      '',
      'Comments · Most relevant',
      'Yasmine B. — ITA avec 372!!! Merci mon Dieu 🙏',
      'Tunde A. — 7000?? Is this a typo? The last French one was only 1,000 in December',
      '    Group Admin — Not a typo. Biggest French draw so far. December 7 was 1,000 at 470.',
      "Hassan R. — 541 for general yesterday is crazy, I'm 529. French classes start Monday 😂",
      'Claire D. — Tie break for the French draw: September 8, 2023, 09:47:27 UTC',
      '    Neha M. — so anyone at 365 who entered the pool before Sept 8 got it?',
      '        Claire D. — yes',
    ].join('\n');
    expect(facts(page, '2024-02-01')).toEqual([
      ['2024-02-01', null, 'french', 7000, 365, '2023-09-08'],
      ['2024-01-31', null, 'general', 730, 541, null],
    ]);
  });
  it('"The following day, 1,250 candidates … received invitations" is the next round, not an earlier one; the headline\'s "3,750 candidates invited" is the two rounds\' total', () => {
    const page = [
      'GULF NEWS',
      'UAE | Gulf | World | Business | Your Money | Jobs | Visa & Immigration',
      'Canada PR: Teachers and tradespeople invited in back-to-back Express Entry draws',
      '3,750 candidates invited; trades round cut-off stands at 505',
      'Published: September 19, 2025 10:05 By Huda Ata, Special to Gulf News',
      'Dubai: Canada held two category-based Express Entry rounds this week, targeting education workers and skilled tradespeople — two groups well represented among expatriates in the UAE.',
      'On Wednesday, September 17, Immigration, Refugees and Citizenship Canada (IRCC) invited 2,500 candidates with experience in education occupations, such as early childhood educators and elementary school teachers. The minimum Comprehensive Ranking System (CRS) score was 462.',
      "The following day, 1,250 candidates in trade occupations — electricians, plumbers, welders, carpenters and others — received invitations to apply. That round required at least 505 points. IRCC's tie-breaking rule for the trades round was November 5, 2024 at 22:36:09 UTC.",
      'Dubai-based consultant Anil Fernandes said UAE residents should note that only work experience in eligible occupations in the past three years counts toward a category. "A carpenter who moved into site supervision in Abu Dhabi may or may not qualify. You must check the NOC code carefully," he said.',
      'Government fees for a principal applicant, including the right of permanent residence fee, now total CAD 1,525 (about Dh4,050).',
      'Get Updates on Topics You Choose',
      'By signing up, you agree to our Privacy Policy and Terms of Use.',
    ].join('\n');
    expect(facts(page, '2025-09-19')).toEqual([
      ['2025-09-18', null, 'trades', 1250, 505, '2024-11-05'],
      ['2025-09-17', null, 'education', 2500, 462, null],
    ]);
  });
  it('"…nearly six times the previous record" compares a figure, not the round: "on 13th February issued 27,332 invitations" stays the news', () => {
    const page = [
      'Hindustan Times',
      'Home / Chandigarh / Canada invites record 27,332; CRS cut-off dips to 75',
      'Canada invites record 27,332; CRS cut-off dips to 75',
      'Jubilation among Punjabi students in Canada, many of whom were on expiring work permits',
      'By HT Correspondent, Chandigarh',
      'UPDATED ON FEB 14, 2021 01:23 AM IST',
      'In a move that has left immigration experts stunned, Canada on 13th February issued 27,332 invitations to apply (ITAs) for permanent residence in a single Express Entry draw, nearly six times the previous record.',
      'Draw No. 176, which was restricted to Canadian Experience Class (CEC) candidates, had a minimum Comprehensive Ranking System (CRS) score of just 75 points, meaning virtually every CEC candidate in the pool was invited.',
      'The tie-breaking rule was September 12, 2020 at 15:31:40 UTC.',
      'Most of those invited are believed to be already living in Canada, including a large number of Punjabi international students who graduated from colleges in Brampton, Surrey and Winnipeg.',
      '"My son paid nearly Rs 18 lakh for his diploma. His work permit ends in August. This morning he called at 5am and said \'Papa, ITA aa gaya\'," said Harjinder Singh of Nawanshahr.',
      'Immigration consultant Kamaljit Kaur of Mohali said the Saturday draw was unusual. "IRCC rarely holds draws on weekends. The minister clearly wants to meet the 4,01,000 target for 2021 using people already in the country."',
      'Canada had earlier invited 654 provincial nominees on February 10.',
    ].join('\n');
    expect(facts(page, '2021-02-14')).toEqual([['2021-02-13', '176', 'cec', 27332, 75, '2020-09-12']]);
  });
});

describe('two columns of a printed page (print-columns.ts)', () => {
  it('a table whose cells are parted by runs of spaces is left as it is', () => {
    const table = [
      'ROUNDS HELD THIS WEEK',
      'Tue 2 Jul   Round 299   Provincial Nominee Program     920 ITAs   CRS 739',
      'Thu 4 Jul   Round 300   Trade occupations            1,800 ITAs   CRS 436',
      'Fri 5 Jul   Round 301   Healthcare occupations       3,750 ITAs   CRS 445',
    ].join('\n');
    expect(unfoldColumns(table)).toBe(table);
  });
  it('prose in two columns reads the left column, then the right (a line after the run of two-column lines comes after both)', () => {
    const page = [
      'Immigration, Refugees and Citizenship Canada on Friday     of Canadian work experience in a senior',
      'held an Express Entry round for senior managers, in-       role. The round also came one day',
      'viting 500 candidates to apply for permanent res-          after a French-language draw that',
      'idence. The minimum CRS score was 392.',
    ].join('\n');
    expect(unfoldColumns(page).split('\n')).toEqual([
      'Immigration, Refugees and Citizenship Canada on Friday',
      'held an Express Entry round for senior managers, in-',
      'viting 500 candidates to apply for permanent res-',
      'of Canadian work experience in a senior',
      'role. The round also came one day',
      'after a French-language draw that',
      'idence. The minimum CRS score was 392.',
    ]);
  });
});

describe('false alerts of the set to tune on (u38), put right', () => {
  it('"n\'a plus tenu de tirage … depuis le 14 septembre 2021 (2 000 invitations à 462 points)": the round in brackets is of that day, not of the Saturday a quote told before (no alert)', () => {
    const page = [
      'ICI Radio-Canada | Info > Société',
      "Il y a un an, le tirage géant qui a changé la donne d'Entrée express",
      'Publié le 13 février 2022',
      'Jean-François Gagnon',
      'Partager',
      "Le 13 février 2021, Immigration, Réfugiés et Citoyenneté Canada (IRCC) créait la surprise en invitant d'un seul coup 27 332 candidats de la catégorie de l'expérience canadienne, avec un score minimal de 75 points. Un an plus tard, plusieurs de ces immigrants sont devenus résidents permanents… mais la machine s'est enrayée pour les autres.",
      "« Je m'en souviendrai toute ma vie : un samedi matin, j'ai reçu le courriel et j'ai pleuré dans ma cuisine », raconte Priya, une infirmière auxiliaire installée à Brampton, qui avait alors 401 points.",
      "Un an plus tard, l'arriéré est considérable. Selon les plus récentes données, plus de 1,8 million de demandes de tous types sont en attente de traitement à IRCC.",
      "Pour alléger ce fardeau, Ottawa n'a plus tenu de tirage destiné à la catégorie de l'expérience canadienne depuis le 14 septembre 2021 (2 000 invitations à 462 points), et aucun tirage pour les travailleurs qualifiés du volet fédéral depuis décembre 2020. Seuls les candidats des programmes provinciaux continuent d'être invités, toutes les deux semaines.",
      'Le plus récent tirage PNP, le 2 février, a invité 1 070 candidats ayant au moins 674 points.',
      'Le ministre Sean Fraser promet une reprise « prochainement », sans avancer de date.',
      "Au Québec, qui gère sa propre sélection, le programme Arrima n'est pas concerné par cette pause.",
      'À lire aussi :',
      'Immigration : le délai de traitement des demandes de citoyenneté explose',
      "Des travailleurs étrangers attendent leur permis depuis plus d'un an",
    ].join('\n');
    expect(facts(page, '2022-02-13')).toEqual([]);
  });
  it('a dashboard\'s card ("🟦 PNP" over "30 May 2024"): the bare day under a card\'s title is its round\'s, not the page\'s dateline', () => {
    const page = [
      'ExpressEntry.watch',
      'Draws · Categories · Pool · Alerts 🔔',
      'Dashboard · Friday, May 31, 2024',
      '',
      '[LIVE] Two rounds in two days after a five-week pause',
      '',
      '🟦 PNP',
      '30 May 2024',
      '2,985 ITAs',
      'CRS ≥ 676',
      'Tie-break 19/01/2024 18:32:21 UTC',
      '',
      '🟩 CEC   [NEW TODAY]',
      '31 May 2024',
      '3,000 ITAs',
      'CRS ≥ 522',
      'Tie-break 19/03/2024 18:58:58 UTC',
      '',
      'Pool size (May 28): 210,814',
      'Days since the round before these: 36 (Apr 24, French, 1,400 / 410)',
    ].join('\n');
    expect(facts(page, '2024-05-31')).toEqual([
      ['2024-05-30', null, 'pnp', 2985, 676, '2024-01-19'],
      ['2024-05-31', null, 'cec', 3000, 522, '2024-03-19'],
    ]);
  });
  it('Punjabi: "ਦੋ ਦਿਨਾਂ ’ਚ 4,421" is two days\' total, "ਲਗਾਤਾਰ ਦੋ … ਡਰਾਅ" two draws, "ਅਗਲੇ ਦਿਨ ਮੰਗਲਵਾਰ" the next day; "600 ਅੰਕ ਜੁੜਨ" are points added, no cut-off', () => {
    const page = [
      'ਕੈਨੇਡਾ ਪੰਜਾਬੀ ਟਾਈਮਜ਼',
      'ਮੁੱਖ ਪੰਨਾ | ਕੈਨੇਡਾ | ਪੰਜਾਬ | ਇਮੀਗ੍ਰੇਸ਼ਨ | ਕਾਰੋਬਾਰ | ਖੇਡਾਂ | ਈ-ਪੇਪਰ',
      'ਇਮੀਗ੍ਰੇਸ਼ਨ',
      'ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ: ਦੋ ਦਿਨਾਂ ’ਚ 4,421 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਪੀਆਰ ਦਾ ਸੱਦਾ, CEC ਕੱਟ-ਆਫ਼ ਘਟ ਕੇ 507',
      'ਸੁਰਿੰਦਰ ਸਿੰਘ ਮਾਵੀ, ਬਰੈਂਪਟਨ',
      'ਪ੍ਰਕਾਸ਼ਿਤ: 28 ਅਗਸਤ 2024, 08:40 ਵਜੇ',
      'ਬਰੈਂਪਟਨ: ਇਮੀਗ੍ਰੇਸ਼ਨ, ਰਿਫ਼ਿਊਜੀਜ਼ ਐਂਡ ਸਿਟੀਜ਼ਨਸ਼ਿਪ ਕੈਨੇਡਾ (IRCC) ਨੇ ਇਸ ਹਫ਼ਤੇ ਸੋਮਵਾਰ ਅਤੇ ਮੰਗਲਵਾਰ ਨੂੰ ਲਗਾਤਾਰ ਦੋ ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਡਰਾਅ ਕੱਢ ਕੇ ਕੁੱਲ 4,421 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਪੱਕੀ ਰਿਹਾਇਸ਼ (ਪੀਆਰ) ਲਈ ਅਪਲਾਈ ਕਰਨ ਦਾ ਸੱਦਾ ਦਿੱਤਾ ਹੈ।',
      'ਸੋਮਵਾਰ, 26 ਅਗਸਤ ਨੂੰ ਹੋਏ ਡਰਾਅ ਨੰਬਰ 311 ਵਿੱਚ ਸੂਬਾਈ ਨਾਮਜ਼ਦਗੀ ਪ੍ਰੋਗਰਾਮ (PNP) ਵਾਲੇ 1,121 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਇਨਵੀਟੇਸ਼ਨ ਟੂ ਅਪਲਾਈ (ITA) ਭੇਜੇ ਗਏ। ਇਸ ਡਰਾਅ ਦਾ ਘੱਟੋ-ਘੱਟ CRS ਸਕੋਰ 694 ਰਿਹਾ। ਸੂਬਾਈ ਨਾਮਜ਼ਦਗੀ ਦੇ 600 ਅੰਕ ਜੁੜਨ ਕਾਰਨ ਇਸ ਸ਼੍ਰੇਣੀ ਦਾ ਕੱਟ-ਆਫ਼ ਹਮੇਸ਼ਾ ਉੱਚਾ ਰਹਿੰਦਾ ਹੈ।',
      'ਅਗਲੇ ਦਿਨ ਮੰਗਲਵਾਰ, 27 ਅਗਸਤ ਨੂੰ ਡਰਾਅ ਨੰਬਰ 312 ਤਹਿਤ ਕੈਨੇਡੀਅਨ ਐਕਸਪੀਰੀਅੰਸ ਕਲਾਸ (CEC) ਦੇ 3,300 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਸੱਦਾ ਮਿਲਿਆ ਅਤੇ ਕੱਟ-ਆਫ਼ 507 ਅੰਕਾਂ ’ਤੇ ਆ ਗਿਆ। 14 ਅਗਸਤ ਨੂੰ ਹੋਏ ਪਿਛਲੇ CEC ਡਰਾਅ ਵਿੱਚ 3,200 ਸੱਦੇ 509 ਅੰਕਾਂ ’ਤੇ ਜਾਰੀ ਹੋਏ ਸਨ।',
      'ਟਾਈ-ਬ੍ਰੇਕਿੰਗ ਨਿਯਮ',
      'ਡਰਾਅ 311 (PNP): 3 ਅਗਸਤ 2024, 18:54:27 UTC',
      'ਡਰਾਅ 312 (CEC): 17 ਅਪ੍ਰੈਲ 2024, 20:11:20 UTC',
      'ਇਸ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਕੱਟ-ਆਫ਼ ਦੇ ਬਰਾਬਰ ਅੰਕਾਂ ਵਾਲੇ ਜਿਨ੍ਹਾਂ ਉਮੀਦਵਾਰਾਂ ਨੇ ਆਪਣੀ ਪ੍ਰੋਫ਼ਾਈਲ ਇਸ ਸਮੇਂ ਤੋਂ ਪਹਿਲਾਂ ਜਮ੍ਹਾਂ ਕਰਵਾਈ ਸੀ, ਸਿਰਫ਼ ਉਨ੍ਹਾਂ ਨੂੰ ਹੀ ਸੱਦਾ ਮਿਲਿਆ।',
      'ਮਿਸੀਸਾਗਾ ਦੀ ਲਾਇਸੈਂਸਸ਼ੁਦਾ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਲਾਹਕਾਰ ਹਰਪ੍ਰੀਤ ਕੌਰ ਗਿੱਲ (RCIC) ਨੇ ਦੱਸਿਆ ਕਿ ਕੱਟ-ਆਫ਼ ਵਿੱਚ ਦੋ ਅੰਕਾਂ ਦੀ ਗਿਰਾਵਟ ਛੋਟੀ ਜਾਪਦੀ ਹੈ, ਪਰ ਵਰਕ ਪਰਮਿਟ ਖ਼ਤਮ ਹੋਣ ਦੇ ਨੇੜੇ ਖੜ੍ਹੇ ਸੈਂਕੜੇ ਪੰਜਾਬੀ ਨੌਜਵਾਨਾਂ ਲਈ ਇਹ ਵੱਡੀ ਰਾਹਤ ਹੈ। “ਜਿਨ੍ਹਾਂ ਕੋਲ ਇੱਕ ਸਾਲ ਦਾ ਕੈਨੇਡੀਅਨ ਤਜਰਬਾ ਹੈ ਤੇ IELTS ਵਿੱਚ CLB 9 ਹੈ, ਉਹ ਹੁਣ 500 ਦੇ ਨੇੜੇ-ਤੇੜੇ ਪਹੁੰਚ ਰਹੇ ਹਨ,” ਉਨ੍ਹਾਂ ਕਿਹਾ।',
      'ਜ਼ਿਕਰਯੋਗ ਹੈ ਕਿ ਫ਼ੈਡਰਲ ਸਰਕਾਰ ਨੇ ਆਰਜ਼ੀ ਵਸਨੀਕਾਂ ਦੀ ਗਿਣਤੀ ਘਟਾਉਣ ਦਾ ਐਲਾਨ ਕੀਤਾ ਹੋਇਆ ਹੈ, ਜਿਸ ਕਾਰਨ ਕੈਨੇਡਾ ਵਿੱਚ ਪਹਿਲਾਂ ਤੋਂ ਮੌਜੂਦ ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਤਰਜੀਹ ਮਿਲ ਰਹੀ ਹੈ।',
      'ਸੱਦਾ ਮਿਲਣ ਵਾਲੇ ਉਮੀਦਵਾਰਾਂ ਕੋਲ ਪੂਰੀ ਅਰਜ਼ੀ ਜਮ੍ਹਾਂ ਕਰਵਾਉਣ ਲਈ 60 ਦਿਨ ਹੁੰਦੇ ਹਨ।',
      'ਸਾਂਝਾ ਕਰੋ: Facebook | WhatsApp | X | ਈਮੇਲ',
      'ਹੋਰ ਖ਼ਬਰਾਂ',
      'ਓਨਟਾਰੀਓ PNP: ਮਾਸਟਰਜ਼ ਗ੍ਰੈਜੂਏਟ ਸਟ੍ਰੀਮ ਦਾ ਨਵਾਂ ਡਰਾਅ',
      'ਸਰੀ ਵਿੱਚ ਤੀਆਂ ਦਾ ਮੇਲਾ ਧੂਮਧਾਮ ਨਾਲ ਸਮਾਪਤ',
      'ਪੀਜੀਡਬਲਿਊਪੀ ਨਿਯਮਾਂ ’ਚ ਬਦਲਾਅ: ਕਿਹੜੇ ਕੋਰਸ ਹੋਏ ਬਾਹਰ?',
    ].join('\n');
    expect(facts(page, '2024-08-28').map((d) => d.slice(0, 5))).toEqual([
      ['2024-08-27', '312', 'cec', 3300, 507],
      ['2024-08-26', '311', 'pnp', 1121, 694],
    ]);
  });
});

describe('scripts and languages of the set to tune on (u38-4)', () => {
  it('Hindi: "मंगलवार को" (on Tuesday), "251वां राउंड" (the 251st round), "टाई-ब्रेकिंग नियम"; "8 जून के ड्रॉ में भी कट-ऑफ 486" is that earlier draw\'s (no round number 486)', () => {
    const page = [
      'होम › विदेश › NRI न्यूज़',
      'कनाडा PR: एक्सप्रेस एंट्री ड्रॉ में 4,300 लोगों को न्योता, कट-ऑफ 486 पर टिका',
      'Edited By: रश्मि शर्मा | Updated: 28 Jun 2023, 07:52 AM IST',
      'कनाडा में बसने का सपना देख रहे भारतीयों के लिए अच्छी खबर है। इमिग्रेशन, रिफ्यूजी एंड सिटिजनशिप कनाडा (IRCC) ने मंगलवार को एक्सप्रेस एंट्री का नया ड्रॉ निकाला, जिसमें 4,300 उम्मीदवारों को स्थायी निवास (PR) के लिए आवेदन करने का निमंत्रण (ITA) भेजा गया।',
      'हाइलाइट्स',
      '- ऑल-प्रोग्राम ड्रॉ में 4,300 ITA जारी',
      '- न्यूनतम CRS स्कोर 486',
      '- 8 जून के ड्रॉ में भी कट-ऑफ 486 ही था',
      'यह एक्सप्रेस एंट्री सिस्टम का 251वां राउंड था और इसमें किसी खास प्रोग्राम की शर्त नहीं रखी गई थी। यानी फेडरल स्किल्ड वर्कर, कैनेडियन एक्सपीरियंस क्लास, फेडरल स्किल्ड ट्रेड्स और प्रोविंशियल नॉमिनी प्रोग्राम, चारों के उम्मीदवार इसमें शामिल थे। सबसे कम स्कोर वाले चुने गए उम्मीदवार के 486 अंक थे।',
      'टाई-ब्रेकिंग नियम के तहत 21 जून 2023 को 00:57:04 UTC (भारतीय समयानुसार सुबह 6:27 बजे) से पहले प्रोफाइल जमा करने वाले 486 अंक वाले उम्मीदवारों को ही निमंत्रण मिला।',
      '8 जून को हुए पिछले ड्रॉ में 4,800 लोगों को बुलाया गया था। इस बार संख्या कुछ कम रही, लेकिन कट-ऑफ में कोई बदलाव नहीं हुआ।',
      'IRCC ने हाल ही में कैटेगरी आधारित ड्रॉ (हेल्थकेयर, STEM, ट्रेड्स, ट्रांसपोर्ट, कृषि और फ्रेंच भाषा) की घोषणा की है, जिनका पहला राउंड जल्द होने की उम्मीद है। जानकारों का कहना है कि इससे पंजाब, गुजरात और हरियाणा से गए उन युवाओं को फायदा मिल सकता है जो हेल्थकेयर और ट्रेड्स में काम कर रहे हैं।',
      'ITA पाने वाले उम्मीदवारों को 60 दिनों के भीतर पूरा आवेदन जमा करना होगा।',
      'ये भी पढ़ें',
      'कनाडा स्टडी वीज़ा: अब GIC की रकम दोगुनी करने की तैयारी',
      'अमेरिका H-1B: ऑनलाइन रिन्यूअल का पायलट प्रोजेक्ट शुरू',
    ].join('\n');
    expect(facts(page, '2023-06-28')).toEqual([['2023-06-27', '251', 'general', 4300, 486, '2023-06-21']]);
  });
  it('Chinese: "三天内共发出11,650份" is the three rounds\' total, not the STEM round\'s count', () => {
    const page = [
      '加国生活网 首页 > 新闻 > 移民留学',
      '本周快速通道连抽三轮 STEM类别一次邀请5900人',
      '2023-12-08 10:26 来源：本站综合 编辑：林晓',
      '加拿大移民部（IRCC）本周接连举行三轮快速通道（Express Entry）抽签，三天内共发出11,650份永久居民申请邀请（ITA）。',
      '第272轮 全类别抽签（12月6日）',
      '邀请4,750人，最低CRS分数561分。同分规则时间为2023年11月8日06:00:13 UTC。这一分数是今年以来全类别抽签的最高分。',
      '第273轮 法语能力类别（12月7日）',
      '邀请1,000人，最低分数470分。',
      '第274轮 STEM职业类别（12月8日）',
      '邀请5,900人，最低分数481分，同分规则时间为2023年9月7日09:24:49 UTC。这是今年7月首轮STEM抽签（500人）之后的第二轮STEM专场，邀请规模大幅增加。',
      '分析人士指出，由于第272轮全类别抽签的分数高达561分，大部分在加国内的留学生和工签持有人难以获邀，而类别抽签正在成为主要渠道。STEM类别涵盖软件工程师、数据科学家、电气工程师等24个职业。',
      '此前，移民部在11月公布的移民水平计划中维持2024年48.5万、2025年50万的永居目标。',
      '相关新闻：',
      '· 安省雇主担保移民（OINP）本周邀请逾千人',
      '· 留学生校外打工每周20小时上限将延长至明年4月',
      '评论(36) 分享到：微信 微博 QQ空间',
    ].join('\n');
    expect(facts(page, '2023-12-08')).toEqual([
      ['2023-12-06', '272', 'general', 4750, 561, '2023-11-08'],
      ['2023-12-07', '273', 'french', 1000, 470, null],
      ['2023-12-08', '274', 'stem', 5900, 481, '2023-09-07'],
    ]);
  });
  it('Chinese: "不分類別抽籤" is a round of no program specified (general), not the CEC named later', () => {
    const page = [
      '加拿大台灣新聞網',
      '首頁｜僑社｜移民｜生活｜財經',
      '快速通道本週兩度抽籤 技工類門檻僅415分',
      '2020-08-07 11:20　記者 林雅婷／多倫多報導',
      '加拿大移民部本週連續兩天舉行快速通道（Express Entry）抽籤。8月5日（三）進行的第158輪為不分類別抽籤，共邀請3,900人申請永久居留，最低分數476分，同分規則時間為2020年7月27日01:02:47 UTC。',
      '隔天8月6日（四），移民部再針對聯邦技工類（FST）舉行專場抽籤，邀請250人，最低分數415分；同分規則時間為2020年6月2日09:35:31 UTC。這是自2019年10月以來首次FST專場抽籤。',
      '受新冠肺炎疫情影響，移民部自3月起多以加拿大經驗類（CEC）及省提名（PNP）的專場抽籤為主，不分類別的抽籤則在7月才恢復。',
      '旅加台灣移民顧問陳先生表示，FST的門檻雖然較低，但申請人必須具備加拿大雇主的工作offer或省級技工證書，「很多在加國做廚師、水電的台灣朋友其實符合資格，只是不知道要選FST」。',
      '【更多新聞】',
      '‧ 安省進入重啟第三階段 餐廳室內用餐恢復',
      '‧ 駐多倫多辦事處提醒：護照延期申請流程',
    ].join('\n');
    expect(facts(page, '2020-08-07')).toEqual([
      ['2020-08-05', '158', 'general', 3900, 476, '2020-07-27'],
      ['2020-08-06', null, 'fst', 250, 415, '2020-06-02'],
    ]);
  });
  it('Vietnamese: "hôm thứ Tư (23/11)" is on Wednesday, "vòng rút thăm Express Entry thứ 236" round 236; "Thứ Năm, 24/11/2022 - 08:05" is the page\'s dateline', () => {
    const page = [
      'Thời Báo Việt Canada',
      'Trang chủ | Cộng đồng | Di trú | Kinh tế | Đời sống | Rao vặt',
      'Di trú',
      'Express Entry: Canada mời 4.750 ứng viên, điểm CRS giảm còn 491',
      'Thứ Năm, 24/11/2022 - 08:05',
      'TORONTO – Bộ Di trú, Tị nạn và Quốc tịch Canada (IRCC) hôm thứ Tư (23/11) đã tổ chức vòng rút thăm Express Entry thứ 236, gửi 4.750 thư mời nộp đơn xin thường trú (ITA) cho ứng viên thuộc mọi chương trình.',
      'Điểm CRS tối thiểu của vòng này là 491, giảm 3 điểm so với vòng ngày 9/11 (494 điểm, cũng 4.750 thư mời).',
      'Quy tắc phân định (tie-breaking rule): 13/10/2022 lúc 11:22:17 UTC.',
      'Kể từ khi nối lại các vòng rút thăm cho mọi chương trình vào tháng 7, điểm CRS đã giảm gần như liên tục, từ 557 xuống dưới mức 500 như hiện nay.',
      'Theo Kế hoạch Mức độ Di trú 2023–2025 công bố đầu tháng này, Canada đặt mục tiêu tiếp nhận 465.000 thường trú nhân mới trong năm 2023 và 500.000 vào năm 2025.',
      'Luật sư di trú Nguyễn Minh Tâm tại Mississauga cho biết nhiều du học sinh Việt Nam đã tốt nghiệp và có một năm kinh nghiệm làm việc tại Canada hiện có điểm trong khoảng 480–500, nên “cơ hội đang đến rất gần”.',
      'Ứng viên nhận thư mời có 60 ngày để nộp hồ sơ hoàn chỉnh.',
      'Chia sẻ: Facebook | Zalo | Email',
      'Tin liên quan',
      '» Ontario tăng lương tối thiểu lên 15,50 đô/giờ',
      '» Canada gia hạn chính sách cho du học sinh làm thêm hơn 20 giờ/tuần',
    ].join('\n');
    expect(facts(page, '2022-11-24')).toEqual([['2022-11-23', '236', 'general', 4750, 491, '2022-10-13']]);
  });
  it('Arabic: "الجولة رقم ٢٧١" is round 271, "قاعدة كسر التعادل … بالتوقيت العالمي المنسق" the tie-break in UTC, "أقل بكثير من السحوبات العامة التي تجاوز 500" a bound', () => {
    const page = [
      'عرب كندا نيوز',
      'الرئيسية | أخبار كندا | هجرة ولجوء | اقتصاد | جاليات | اتصل بنا',
      'الخميس ٢٦ أكتوبر ٢٠٢٣ - ١١ ربيع الآخر ١٤٤٥ هـ',
      'هجرة ولجوء',
      'كندا تدعو ٣٦٠٠ من العاملين في قطاع الرعاية الصحية لتقديم طلبات الإقامة الدائمة',
      'أوتاوا – عرب كندا نيوز',
      'أجرت وزارة الهجرة واللاجئين والمواطنة الكندية (IRCC) اليوم الخميس جولة جديدة من سحوبات نظام الدخول السريع (Express Entry) خُصصت لأصحاب المهن الصحية، وجّهت خلالها ٣٦٠٠ دعوة للتقديم (ITA) على الإقامة الدائمة.',
      'وبلغ الحد الأدنى لنقاط نظام التصنيف الشامل (CRS) في هذه الجولة، وهي الجولة رقم ٢٧١، ‏٤٣١ نقطة.',
      'وحددت الوزارة قاعدة كسر التعادل بتاريخ ٢٤ مايو ٢٠٢٣ الساعة ١٩:٤٧:٥١ بالتوقيت العالمي المنسق، أي أن المرشحين الحاصلين على ٤٣١ نقطة لم يتلقوا الدعوة إلا إذا قدموا ملفاتهم قبل هذا التاريخ.',
      'ويُعد هذا ثالث سحب مخصص لقطاع الرعاية الصحية منذ إطلاق السحوبات القائمة على الفئات في صيف هذا العام، إذ دعا السحب السابق في ٦ يوليو ١٥٠٠ مرشح بحد أدنى ٤٦٣ نقطة.',
      'وتشمل فئة الرعاية الصحية ٣٥ مهنة، من بينها الأطباء العامون والممرضون المسجلون ومساعدو التمريض والصيادلة وأخصائيو العلاج الطبيعي.',
      'ويقول المستشار المرخص في الهجرة سامر الحلبي من ميسيساغا إن هذا السحب «فرصة ذهبية للأطباء والممرضين العرب الذين يعملون في كندا أو لديهم خبرة في بلدانهم»، مشيراً إلى أن الحد الأدنى أقل بكثير من السحوبات العامة التي تجاوزت ٥٠٠ نقطة.',
      'شارك: فيسبوك | واتساب | تويتر | تيليغرام',
      'اقرأ أيضاً',
      '• أونتاريو ترفع الحد الأدنى للأجور إلى ١٦٫٥٥ دولاراً',
      '• كيف تحصل على معادلة شهادتك الطبية في كندا؟',
    ].join('\n');
    expect(facts(page, '2023-10-26')).toEqual([['2023-10-26', '271', 'healthcare', 3600, 431, '2023-05-24']]);
  });
  it('Nepali: "२,७५० जनालाई … निम्तो पठाएको" (invitations sent to 2,750), "बुधबार" (Wednesday), "जनवरी १० को ड्रको तुलनामा" (compared with the draw of January 10)', () => {
    const page = [
      'नेपाली क्यानडियन पोस्ट',
      '२०१८ जनवरी २५, बिहीबार',
      'एक्सप्रेस इन्ट्रीमा २,७५० जनालाई निम्तो, न्यूनतम अंक ४४४',
      'ओटावा। क्यानडा सरकारले बुधबार एक्सप्रेस इन्ट्री प्रणालीअन्तर्गत नयाँ ड्र गर्दै २,७५० जनालाई स्थायी बसोबासको आवेदन दिन निम्तो पठाएको छ। यसपटक न्यूनतम CRS अंक ४४४ रहेको छ, जुन जनवरी १० को ड्रको तुलनामा २ अंकले कम हो।',
      'टाई-ब्रेकिङ नियम: जनवरी १७, २०१८, १२:३३:०० UTC',
      'सन् २०१८ मा क्यानडाले आर्थिक वर्गमा १ लाख ७७ हजारभन्दा बढी आप्रवासी भित्र्याउने लक्ष्य राखेको छ। नेपालबाट स्किल्ड वर्कर श्रेणीमा आवेदन दिनेहरूको संख्या पनि बढ्दो छ।',
      'प्रतिक्रिया दिनुहोस्',
    ].join('\n');
    expect(facts(page, '2018-01-25')).toEqual([['2018-01-24', null, 'general', 2750, 444, '2018-01-17']]);
  });
});

describe('bots, dashboards and plain-text tables (u38-3)', () => {
  it('a bot\'s dot leaders ("Program ........ Federal Skilled Trades", "Invitations .... 500") part a label from its value', () => {
    const page = [
      '#express-entry-draws',
      '📌 Pinned  🔔 Notifications  🔍 Search',
      '',
      'DrawWatcher  BOT  Today at 8:12 AM',
      '🇨🇦 New Express Entry round — #117',
      'Program ........ Federal Skilled Trades',
      'Draw date ...... 2019-05-15',
      'Invitations .... 500',
      'Lowest CRS ..... 332',
      'Tie-break ...... August 29, 2018 at 08:32:03 UTC',
      'Source: canada.ca — ministerial instructions',
      '👍 21  🔨 9  😮 4',
      '',
      'priya_welder  Today at 8:15 AM',
      'FST only again, 332 this time vs 284 back in September. brutal',
      '',
      'kmacd  Today at 8:19 AM',
      "@priya_welder still way below the all-program ones (450 on May 1). you'll be fine with a certificate of qualification",
      '',
      'DrawWatcher  BOT  Today at 8:20 AM',
      'Reminder: IRCC does not announce rounds in advance. Use !crs to check your score.',
    ].join('\n');
    expect(facts(page, '2019-05-15')).toEqual([['2019-05-15', '117', 'fst', 500, 332, '2018-08-29']]);
  });
  it('a dashboard\'s card titled by badges ("[NEW] [CEC]") names its round\'s program', () => {
    const page = [
      'EXPRESS ENTRY LIVE · Dashboard',
      '[Draws] [CRS trend] [Pool] [Alerts]',
      'Thursday, April 9, 2020 · 2 new rounds today',
      '',
      '[NEW] [PNP]',
      'Round #141',
      '606 invitations',
      'Min. CRS 698',
      'Tie-break: 2019-12-18 11:29:51 UTC',
      '',
      '[NEW] [CEC]',
      'Round #142',
      '3,294 invitations',
      'Min. CRS 464',
      'Tie-break: 2020-01-04 12:16:45 UTC',
      '',
      'Combined today: 3,900 ITAs',
      'Previous round: #140 · Mar 23 · CEC · 3,232 · 467',
      'YTD 2020: 9 rounds · 26,500 ITAs',
      'Status: IRCC continues to hold program-specific rounds during COVID-19 travel restrictions.',
    ].join('\n');
    expect(facts(page, '2020-04-09')).toEqual([
      ['2020-04-09', '141', 'pnp', 606, 698, '2019-12-18'],
      ['2020-04-09', '142', 'cec', 3294, 464, '2020-01-04'],
    ]);
  });
  it("a newsletter's table lined up with spaces is read as a table: the week's two rounds, not the week's total", () => {
    const page = [
      'THIS WEEK IN EXPRESS ENTRY — Aug 3–7, 2020',
      'Newsletter #31 · Friday, August 7, 2020 · View in browser',
      '',
      'Two rounds this week: an all-program draw on Wednesday and the first FST-only round of the year on Thursday.',
      '',
      'Day   Date          Round   Program                 ITAs    Cut-off',
      'Wed   05 Aug 2020   #158    All programs            3,900   476',
      'Thu   06 Aug 2020   #159    Federal Skilled Trades    250   415',
      '',
      'Week total: 4,150 invitations.',
      '',
      'Context: the last all-program round (#155, July 8) also invited 3,900, at 478. The PNP/CEC pair on July 22–23 invited 557 and 3,343.',
      '',
      "What we're watching: whether IRCC keeps alternating PNP+CEC weeks with all-program weeks.",
      '',
      'Unsubscribe | Forward to a friend',
    ].join('\n');
    expect(facts(page, '2020-08-07')).toEqual([
      ['2020-08-05', '158', 'general', 3900, 476, null],
      ['2020-08-06', '159', 'fst', 250, 415, null],
    ]);
  });
  it('rows lined up with spaces whose cells label their figures ("920 ITAs", "CRS 739") under "ROUNDS HELD THIS WEEK": each round of the week', () => {
    const page = [
      '📌 NOTICE BOARD — Express Entry desk',
      'Week of 1 July 2024 (posted Fri 5 Jul 2024)',
      '',
      'ROUNDS HELD THIS WEEK',
      'Tue 2 Jul   Round 299   Provincial Nominee Program     920 ITAs   CRS 739',
      'Thu 4 Jul   Round 300   Trade occupations            1,800 ITAs   CRS 436',
      'Fri 5 Jul   Round 301   Healthcare occupations       3,750 ITAs   CRS 445',
      'Week total: 6,470 invitations',
      '',
      'OTHER NOTICES',
      '• Office closed Mon 1 July (Canada Day).',
      '• The trades round is the first since 19 December 2023 (1,000 at 425).',
      '• Reminder: you have 60 days to submit your application after an ITA.',
      '• Document clinic moved to Thursdays, 2–4 pm.',
    ].join('\n');
    expect(facts(page, '2024-07-05')).toEqual([
      ['2024-07-02', '299', 'pnp', 920, 739, null],
      ['2024-07-04', '300', 'trades', 1800, 436, null],
      ['2024-07-05', '301', 'healthcare', 3750, 445, null],
    ]);
  });
});

describe('a year-to-date label (invitation-mentions.ts)', () => {
  it('"YTD ITAs: 21,000" is the year\'s running total, no round\'s count', () => {
    expect(findInvitations('YTD ITAs: 21,000.', 'YTD ITAs: 21,000.')).toEqual([]);
    expect(findInvitations('ITAs: 3,500.', 'ITAs: 3,500.').map((f) => f.value)).toEqual([3500]);
  });
});

describe('French and Spanish pages (u38-2)', () => {
  it('Swiss thousands: "Invitations : 3\'350" is 3,350 (it had read 3)', () => {
    const page = [
      'Helvetia Immigration Conseil — Genève | Lausanne',
      'Blog › Entrée express',
      'Tirage #118 : le seuil remonte à 470 points',
      'Publié le 30.05.2019 par Laurent Favre, consultant réglementé (CRIC)',
      'Mercredi 29.05.2019, IRCC a tenu un nouveau tirage Entrée express ouvert à tous les programmes. Voici les chiffres :',
      "• Invitations : 3'350",
      '• Score SCG minimum : 470',
      '• Règle de départage : 23.05.2019 à 10:18:56 UTC',
      "C'est une hausse de 20 points par rapport au tirage général du 1er mai (3'350 invitations à 450 points). Entre les deux, le tirage du 15 mai n'était réservé qu'aux métiers spécialisés, ce qui a laissé le bassin se remplir pendant quatre semaines.",
      'Notre lecture',
      "Plus l'intervalle entre deux tirages généraux est long, plus le seuil grimpe. Rien d'anormal donc, et nous nous attendons à un retour vers 460-465 points si IRCC reprend un rythme de deux semaines en juin.",
      'Ce que cela signifie pour nos clients romands',
      'La plupart de nos clients suisses se situent entre 440 et 470 points. Les leviers les plus efficaces restent :',
      '1. Améliorer le score au test de langue (IELTS ou TEF Canada) ;',
      "2. Passer le TEF en plus de l'IELTS pour les points de bilinguisme ;",
      '3. Faire évaluer le diplôme du conjoint (ECA) ;',
      '4. Viser un programme provincial (PNP) pour les 600 points.',
      'Une question sur votre profil ? Premier entretien de 30 minutes offert (CHF 0.–).',
      'Partager : LinkedIn | Facebook | E-mail',
      'Articles récents',
      "– Le TEF Canada est-il plus facile que l'IELTS ?",
      "– Fonds d'établissement 2019 : les nouveaux montants",
    ].join('\n');
    expect(facts(page, '2019-05-30')).toEqual([['2019-05-29', '118', 'general', 3350, 470, '2019-05-23']]);
  });
  it('a French forum\'s "score mini 775" is the round\'s cut-off', () => {
    const page = [
      'Forum Expat-Canada.fr › Canada › Résidence permanente › Entrée express',
      "Sujet : Deux tirages aujourd'hui !! PNP + métiers spécialisés",
      'Page 1 sur 2 · Répondre · Rechercher dans ce sujet',
      '',
      'nico_lyon69 » ven. 26 mai 2017 18:42',
      'Salut à tous,',
      "Grosse surprise ce vendredi : IRCC a fait DEUX tirages le même jour, et aucun pour l'ensemble du bassin.",
      '- tirage n°63 : uniquement les candidats PNP → 143 invitations, score mini 775',
      '- tirage n°64 : uniquement les Travailleurs de métiers spécialisés (FST) → 400 invitations, score mini 199 (!!!)',
      "Vous avez bien lu, 199 points. C'est la première fois qu'ils font un tirage réservé aux métiers (électriciens, plombiers, soudeurs, cuisiniers, etc.).",
      "Si vous avez un CAP/BEP et une expérience dans un métier du groupe B de la CNP, c'est LE moment de vérifier votre éligibilité FST...",
      'Des gens ici ont été invités ?',
      '',
      'Caro_Bzh » ven. 26 mai 2017 19:05',
      "Mon conjoint est chaudronnier, profil en FST depuis mars avec 312 pts… ITA reçue ce matin !!! On n'y croit pas encore 😭",
      "Merci nico pour l'info, j'aurais jamais pensé à aller voir.",
      '',
      'jeanmi » ven. 26 mai 2017 19:31',
      'Félicitations Caro !',
      "Par contre pour nous les FSW c'est la douche froide, le dernier tirage général (le 17 mai) était à 415 et là rien pour nous cette semaine.",
      '',
      'nico_lyon69 » ven. 26 mai 2017 19:40',
      '@jeanmi patience, ils en font un général tous les 15 jours en ce moment, normalement la semaine prochaine.',
      '@Caro_Bzh bravo !! Pense à ouvrir un sujet pour ton suivi de dossier 😉',
      '',
      'Caro_Bzh » ven. 26 mai 2017 20:12',
      "Promis ! Et petite précision pour ceux qui cherchent : il faut l'offre d'emploi OU le certificat de qualification provincial pour être éligible au FST, on avait le Sceau rouge par une équivalence.",
    ].join('\n');
    expect(facts(page, '2017-05-26')).toEqual([
      ['2017-05-26', '63', 'pnp', 143, 775, null],
      ['2017-05-26', '64', 'fst', 400, 199, null],
    ]);
  });
  it('"Resumen de noviembre 2022" is a month\'s recap: no news, though its table lists the month\'s rounds', () => {
    const page = [
      'Canadá Fácil — Tu guía para emigrar desde España',
      'Resumen de noviembre 2022: ¿qué pasó en Express Entry?',
      'Publicado el 1 de diciembre de 2022 · Lucía Fernández',
      'Cada mes repasamos lo más importante de Express Entry para que no os perdáis nada. Estos fueron los datos de noviembre:',
      'Las rondas de noviembre',
      'Ronda | Fecha | Invitaciones | CRS mínimo',
      '#235 | 9 de noviembre | 4.750 | 494',
      '#236 | 23 de noviembre | 4.750 | 491',
      'Total del mes: 9.500 invitaciones. Con estas dos rondas el IRCC ya ha superado las 46.000 invitaciones en 2022, a pesar de haber pasado la primera mitad del año invitando solo a nominados provinciales.',
      'Lo que hay que saber',
      '- La nota mínima ha bajado en todas las rondas desde julio (de 557 a 491 puntos).',
      '- El IRCC ha anunciado que a partir de 2023 podrá hacer rondas por sectores (sanidad, STEM, oficios...) y por idioma francés.',
      '- Con el nuevo plan de niveles 2023-2025, la meta de Express Entry sube a 82.880 admisiones en 2023.',
      '¿Habrá ronda en diciembre? Nadie lo sabe, pero en los últimos años el IRCC ha hecho una o dos antes de Navidad.',
      '¿Os ha servido este resumen? ¡Compartidlo!',
      'Facebook · Twitter · Telegram',
      'Entradas relacionadas',
      '· Cómo calcular tus puntos CRS paso a paso',
      '· Homologar el título universitario español con WES',
    ].join('\n');
    expect(facts(page, '2022-12-01')).toEqual([]);
  });
  it('"muy por debajo de los 441 que se pidieron en la ronda general" names the round compared with, not the news\'s program; "Publicado: 25/09/2018" is the page\'s line', () => {
    const page = [
      'EL PITAZO EN EL EXTERIOR | Migración',
      'Canadá invitó a 400 trabajadores de oficios calificados a pedir la residencia',
      'Publicado: 25/09/2018 | 10:15 am',
      'Redacción | Caracas',
      'El Gobierno de Canadá realizó este lunes 24 de septiembre una ronda de invitaciones de Express Entry exclusiva para el Programa Federal de Trabajadores Calificados en Oficios (FSTP), en la que invitó a 400 candidatos a solicitar la residencia permanente.',
      'Se trata de la ronda N° 100 del sistema desde su creación en 2015. El puntaje mínimo exigido fue de 284 puntos en el Sistema Integral de Clasificación (CRS), muy por debajo de los 441 que se pidieron en la ronda general de la semana pasada.',
      'El Ministerio de Inmigración (IRCC) aplicó la regla de desempate: entre los candidatos con 284 puntos solo recibieron invitación quienes crearon su perfil antes del 18 de febrero de 2018 a las 12:31:16 UTC.',
      '¿Quiénes califican?',
      'Electricistas, plomeros, soldadores, mecánicos, carpinteros, cocineros y panaderos, entre otros oficios, siempre que tengan una oferta de trabajo en Canadá o un certificado de calificación emitido por una provincia.',
      'Para los venezolanos que han salido del país con experiencia en oficios técnicos, especialmente del sector petrolero, este programa es una de las vías más accesibles, aunque exige un nivel básico de inglés o francés certificado (CLB 5 en expresión oral).',
      'Expertos consultados recomiendan no confiar en gestores que prometen "visas garantizadas" y revisar toda la información en el sitio oficial del Gobierno de Canadá.',
      'Lee también: Colombia, Chile y Canadá, los destinos preferidos de los migrantes venezolanos en 2018',
    ].join('\n');
    expect(facts(page, '2018-09-25')).toEqual([['2018-09-24', '100', 'fst', 400, 284, '2018-02-18']]);
  });
});

describe('more French and Spanish pages (u38-2)', () => {
  it('"…538 puntos CRS, casi 50 más que en el sorteo anterior": only the difference is the earlier round\'s, so "la ronda número 41" stays the news\'s; "Publicado el 25/08/2016 por …" is the page\'s line', () => {
    const page = [
      'Emigrar a Canadá | El blog de Marta',
      'Inicio  Express Entry  Visados  Vivir en Toronto  Contacto',
      'EXPRESS ENTRY: LA NOTA DE CORTE SE DISPARA A 538 PUNTOS',
      'Publicado el 25/08/2016 por Marta G. · Categoría: Express Entry · 7 comentarios',
      'Pues nada, chicos, otra vez a esperar. Ayer miércoles el IRCC celebró la ronda número 41 de Express Entry y la puntuación mínima se fue hasta los 538 puntos CRS, casi 50 más que en el sorteo anterior.',
      'Los datos oficiales de la ronda del 24 de agosto de 2016:',
      '- Invitaciones enviadas: 750',
      '- Puntuación CRS mínima: 538',
      '- Programa: todos (sin programa específico)',
      'Para que os hagáis una idea del salto, en la ronda del 10 de agosto invitaron a 754 personas y la nota se quedó en 490. Nadie en los grupos de Facebook se lo esperaba.',
      '¿Por qué ha subido tanto? El IRCC no da explicaciones, pero lo más probable es que haya entrado de golpe mucha gente con nominación provincial (que suma 600 puntos) y que hayan querido "limpiar" el pool de nominados antes de volver a bajar.',
      'Mi consejo de siempre: no perdáis el tiempo mirando la nota cada quince días y poneos con el IELTS. Subir de 7 a 8 en cada banda puede daros más de 30 puntos.',
      'Yo sigo con 452, así que me queda un buen trecho...',
      'Etiquetas: Express Entry, CRS, ronda de invitaciones, Canadá',
      'Compartir: Facebook · Twitter · WhatsApp',
      '7 comentarios',
      'Jorge (Valencia) — 25/08/2016 a las 10:14',
      'Madre mía, 538. Yo con 470 pensaba que en septiembre me tocaba...',
      'Marta G. — 25/08/2016 a las 11:02',
      'Paciencia, Jorge. En cuanto baje la oleada de PNP vuelve a su sitio, ya verás.',
    ].join('\n');
    expect(facts(page, '2016-08-25')).toEqual([['2016-08-24', '41', 'general', 750, 538, null]]);
  });
  it('"le 165e depuis 2015" is IRCC\'s round number', () => {
    const page = [
      'Seneweb | Diaspora',
      "Immigration : le Canada invite 4 500 candidats, les Sénégalais à l'affût",
      'Par Aïssatou Ndiaye | jeudi 15 octobre 2020 à 09:47 | 2 commentaires',
      'Le Canada a procédé ce mercredi 14 octobre 2020 à un nouveau tirage de son système Entrée express, le 165e depuis 2015. Au total, 4 500 candidats de tous les programmes ont été invités à déposer une demande de résidence permanente.',
      "Le score minimum exigé était de 471 points, identique à celui du tirage précédent. En cas d'égalité, seuls les profils enregistrés avant le 1er septembre 2020 à 12:11:23 UTC ont été retenus.",
      "C'est le plus gros tirage ouvert à tous les programmes depuis le début de la pandémie. Ottawa avait annoncé vouloir rattraper le retard pris sur ses objectifs d'immigration pour 2020.",
      "À Dakar, les cabinets de conseil en immigration constatent un regain d'intérêt. « Les jeunes diplômés qui parlent français et anglais ont de vraies chances, mais il faut viser plus de 470 points, donc un excellent niveau en anglais », prévient Ousmane Diop, consultant aux Almadies.",
      'Attention aux arnaques : aucune agence ne peut garantir une invitation. Le profil Entrée express se crée gratuitement sur le site officiel du gouvernement canadien.',
      'Commentaires (2)',
      "Moussa_Thies — Ça nous donne encore de l'espoir. Mon score est à 448 😔",
      "Fatou D. — Bon courage à tous les candidats, il faut passer le TEF et l'IELTS !",
    ].join('\n');
    expect(facts(page, '2020-10-15')).toEqual([['2020-10-14', '165', 'general', 4500, 471, '2020-09-01']]);
  });
});

describe("a newsletter's greeting (u36-4)", () => {
  it('"Good morning!" is no opening sentence: "IRCC ran a draw every single day from Monday to Thursday this week" makes the table\'s rows the week\'s rounds', () => {
    const page = [
      'Subject: Your Friday EE digest: 4 draws, 10,014 invitations',
      'Preheader: PNP, CEC, French and senior managers — all in one week',
      'From: The Express Lane <digest@expresslane.news>',
      '',
      'THE EXPRESS LANE',
      'Friday, March 6, 2026 | Issue #147',
      '',
      "Good morning! IRCC ran a draw every single day from Monday to Thursday this week. Here's the scorecard.",
      '',
      "THIS WEEK'S ROUNDS",
      'Day | Round | Program | ITAs | Cut-off | Tie-break (UTC)',
      'Mon Mar 2 | 399 | Provincial Nominee Program | 264 | 710 | 2025-08-07 18:02',
      'Tue Mar 3 | 400 | Canadian Experience Class | 4,000 | 508 | 2025-06-24 22:35',
      'Wed Mar 4 | 401 | French-language proficiency | 5,500 | 397 | 2025-10-10 18:18',
      'Thu Mar 5 | 402 | Senior managers with Canadian work experience | 250 | 429 | 2025-08-19 15:10',
      '',
      'THE TAKEAWAY',
      "Round 402 was the first senior-managers round ever — a brand-new category for 2026. Only 250 spots, but a cut-off of 429 means candidates with strong Canadian management experience don't need a 500+ score anymore.",
      '',
      'CEC held at 508, basically flat from the 508 on February 17 but with 2,000 fewer invitations.',
      '',
      'READER MAILBAG',
      "\"I got an ITA under French but I'm also eligible for CEC. Which program do I pick?\" — You don't pick; you apply under the program(s) you're eligible for in your e-APR. See our guide.",
      '',
      'SPONSORED',
      'Book a 20-minute profile review with a licensed RCIC — $49.',
      '',
      'Forward this to a friend in the pool.',
      "You're receiving The Express Lane because you signed up on expresslane.news.",
      'Unsubscribe · Manage preferences · Privacy',
    ].join('\n');
    expect(facts(page, '2026-03-06')).toEqual([
      ['2026-03-02', '399', 'pnp', 264, 710, '2025-08-07'],
      ['2026-03-03', '400', 'cec', 4000, 508, '2025-06-24'],
      ['2026-03-04', '401', 'french', 5500, 397, '2025-10-10'],
      ['2026-03-05', '402', 'managers', 250, 429, '2025-08-19'],
    ]);
  });
});

describe('wire copy and consultancies (u36-3, u38-1)', () => {
  it('"…invited 2,427 …, days before changes to the points system take effect": what comes next is split off, so the round\'s clause is no context', () => {
    const page = [
      'Canada issues 2,427 invites days before Express Entry overhaul',
      'Toronto, Nov 17 (IANS) Canada on Wednesday invited 2,427 Express Entry candidates to apply for permanent residency, the largest number in a single round so far this year, days before changes to the points system take effect.',
      'The minimum Comprehensive Ranking System (CRS) score in the draw, No. 47 since the system was launched in January 2015, was 470, according to Immigration, Refugees and Citizenship Canada (IRCC).',
      'The previous round, held on November 2, invited 2,080 candidates with a cut-off of 472.',
      'From November 19, a job offer will fetch 50 or 200 points instead of 600, while candidates who completed post-secondary studies in Canada will receive up to 30 additional points. Applicants will also get 90 days, up from 60, to submit their applications after being invited.',
      'Immigration experts said the reforms would benefit the large number of Indian students in Canadian colleges.',
      'Indians form one of the largest groups among those invited under Express Entry.',
      '--IANS',
      'pk/ksk',
    ].join('\n');
    expect(facts(page, '2016-11-17').map((d) => d.slice(0, 4))).toEqual([['2016-11-16', '47', 'general', 2427]]);
  });
  it('"10 Years of Express Entry: From CRS 886 to Today": "to today" is not the page\'s day, so the first round of 2015 is no news', () => {
    const page = [
      'Falcon Crest Migration Services – Abu Dhabi',
      'Khalidiya | Al Ain | ☎ +971 2 666 1580 | WhatsApp +971 50 218 9044',
      '10 Years of Express Entry: From CRS 886 to Today',
      '31 January 2025 | Insights',
      'Exactly 10 years ago, on 31 January 2015, Canada held its very first Express Entry round. Only 779 candidates were invited, and the minimum score was a massive 886 – basically only people with LMIA job offers or provincial nominations.',
      'Milestones over the decade:',
      '• 1 March 2017 – 3,884 invitations at 434, one of the lowest all-program scores ever.',
      '• 13 February 2021 – The famous CEC round: 27,332 invitations at only 75 points.',
      '• 15 March 2023 – 7,000 invitations at 490, a record all-program round.',
      '• June 2023 – Category-based selection begins (healthcare, STEM, trades, transport, agriculture, French).',
      "What changed for UAE expats? In the early years, an engineer in Abu Dhabi with CLB 9 and a master's degree could get an ITA with 440-450 points. Today, general rounds are rare, and targeted categories and PNPs are the main pathways for people outside Canada.",
      'Falcon Crest has served more than 4,000 families in the UAE since 2012 and we are proud to have grown with the Express Entry system.',
      'Celebrate with us: FREE profile assessment + 10% off our IELTS & French packages this February!',
      'Book now via WhatsApp.',
      'Related: Express Entry in 2025 – what the new levels plan means | Arranged employment points removed',
    ].join('\n');
    expect(facts(page, '2025-01-31')).toEqual([]);
  });
});

describe('Russian and Tagalog posts (u38-4)', () => {
  it('Russian: "Итоги недели" is a weekly recap, "три раунда подряд" three rounds, "1️⃣ 17.08 —" a list\'s item before its day, "кандидаты с французским языком" the French round', () => {
    const page = [
      'Иммиграция в Канаду | Express Entry 🇨🇦',
      '📊 Итоги недели Express Entry (17–19.08.2026)',
      'IRCC провёл три раунда подряд:',
      '1️⃣ 17.08 — PNP, раунд №435: 442 приглашения, мин. CRS 760 (tie-break: 07.08.2026 18:01:56 UTC)',
      '2️⃣ 18.08 — CEC, №436: 1 000 приглашений, CRS 523 (tie-break: 17.08.2026 22:09:00 UTC)',
      '3️⃣ 19.08 — кандидаты с французским языком, №437: 5 000 приглашений, CRS 382 (tie-break: 01.03.2026 18:34:05 UTC)',
      'Итого за неделю: 6 442 ITA.',
      'Для CEC по-прежнему нужно 520+, а франкоязычные проходят с баллами под 400. Вывод очевиден — учим французский 🇫🇷',
      'Разбор ваших профилей — в комментариях 👇',
      '👁 5,1K  19 авг в 18:02',
    ].join('\n');
    expect(facts(page, '2026-08-19').map((d) => [d[0], d[2], d[3], d[4]])).toEqual([
      ['2026-08-17', 'pnp', 442, 760],
      ['2026-08-18', 'cec', 1000, 523],
      ['2026-08-19', 'french', 5000, 382],
    ]);
  });
  it('Tagalog: "ngayong linggo: 4 na draw" (four draws this week), "Lunes (Hunyo 22)" (Monday, June 22)', () => {
    const page = [
      'Kabayan Immigration Hub',
      'Express Entry ngayong linggo: 4 na draw, 9,226 ITAs 🇨🇦',
      'Hunyo 26, 2026 · 3 min basahin',
      'Sunod-sunod ang mga draw ngayong linggo! Narito ang buod mula Lunes hanggang Huwebes:',
      'Lunes (Hunyo 22) — Provincial Nominee Program: 955 ITAs, CRS 730 — Draw #419',
      'Martes (Hunyo 23) — Canadian Experience Class: 4,000 ITAs, CRS 516 — Draw #420 (tie-break: Abril 14, 2026, 00:03:10 UTC)',
      'Miyerkules (Hunyo 24) — Physicians with Canadian work experience: 271 ITAs, CRS 223 — Draw #421',
      'Huwebes (Hunyo 25) — Healthcare & social services: 4,000 ITAs, CRS 475 — Draw #422 (tie-break: Mayo 21, 2026, 12:14:09 UTC)',
      'Para sa ating mga kababayang nurse at caregiver, malaking bagay ang 4,000 ITAs sa healthcare draw. Pero tandaan: kailangan ng hindi bababa sa 6 na buwang tuloy-tuloy na work experience sa isang eligible na trabaho sa loob ng huling 3 taon.',
      'Yung 223 sa physicians draw ay hindi typo — para lang ito sa mga doktor na may Canadian work experience, kaya mababa talaga ang cut-off.',
      '📩 Mag-message sa amin para sa libreng CRS assessment.',
      'Mga tag: ExpressEntry, CEC, Healthcare, PNP',
    ].join('\n');
    expect(facts(page, '2026-06-26').map((d) => d.slice(0, 5))).toEqual([
      ['2026-06-22', '419', 'pnp', 955, 730],
      ['2026-06-23', '420', 'cec', 4000, 516],
      ['2026-06-24', '421', 'physicians', 271, 223],
      ['2026-06-25', '422', 'healthcare', 4000, 475],
    ]);
  });
});

describe("an e-mail's date and a UK dateline (u36-3, u36-4)", () => {
  it('an e-mail\'s "Date: Monday, February 2, 2015" among "Subject:" and "From:" is when it was sent: "On Saturday" dates the first round (January 31)', () => {
    const page = [
      "Subject: Express Entry's first draw: 779 invitations",
      'From: Prairie Immigration Law LLP <updates@prairieimmigration.ca>',
      'Date: Monday, February 2, 2015',
      '',
      'PRAIRIE IMMIGRATION LAW — Client Update',
      '',
      'The first Express Entry draw',
      '',
      'On Saturday, Citizenship and Immigration Canada (CIC) conducted the first round of invitations under the new Express Entry system, launched on January 1.',
      '',
      '• Candidates invited: 779',
      '• Minimum Comprehensive Ranking System score: 886',
      '',
      'Because the lowest score was 886, every candidate invited must have had either a provincial nomination or a job offer supported by a Labour Market Impact Assessment (each worth 600 points). CIC has said future rounds will be held regularly and scores are expected to fall as the pool grows.',
      '',
      'What you should do now',
      '1. If you have not created an Express Entry profile, do so now — it is free.',
      '2. Register with Job Bank if you do not have a job offer.',
      '3. Talk to us about provincial nominee options in Saskatchewan and Manitoba.',
      '',
      'This update is general information and not legal advice.',
      'Prairie Immigration Law LLP · Regina, SK',
      'Unsubscribe from client updates',
    ].join('\n');
    expect(facts(page, '2015-02-02')).toEqual([['2015-01-31', '1', 'general', 779, 886, null]]);
  });
  it('"Friday 24 July 2026 09:12, UK" is the page\'s dateline: "Round 430, held on 23/07/2026" keeps its day, number and cut-off', () => {
    const page = [
      'Sky News',
      'Home | UK | World | Politics | Money | Science & Tech',
      "Canada's first immigration draw for military recruits invites just four people",
      'Friday 24 July 2026 09:12, UK',
      "Canada's first Express Entry round for skilled military recruits has invited only four candidates to apply for permanent residence.",
      'Round 430, held on 23/07/2026, had a minimum Comprehensive Ranking System score of 368, according to Immigration, Refugees and Citizenship Canada.',
      'The category is open to foreign nationals who have been recruited by the Canadian Armed Forces in a skilled trade or specialist role. Ottawa has been trying to boost recruitment amid pressure from NATO allies to raise defence spending.',
      'Related Topics',
      'Canada · Immigration',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
  });
});

describe("consultancies' datelines (u38-1)", () => {
  it('"14 Feb 2021 | … | 👁 12,480 views" is the page\'s line, and "In a move nobody was expecting" no forecast: "yesterday (Saturday, 13 February 2021)" dates the round', () => {
    const page = [
      'Visa Vikas Immigration Services',
      'Rajouri Garden, New Delhi | Chandigarh | Toll free: 1800-120-4471 | WhatsApp: +91 88005 21930',
      'Home › Canada › Express Entry › Blog',
      'HISTORIC! Express Entry draw #176 invites 27,332 CEC candidates – CRS only 75',
      '14 Feb 2021 | Visa Vikas News Desk | 👁 12,480 views',
      'In a move nobody was expecting, IRCC yesterday (Saturday, 13 February 2021) conducted the biggest Express Entry draw in history. Draw #176 invited 27,332 candidates under the Canadian Experience Class with a minimum CRS score of just 75 points.',
      'Tie-breaking rule: 12 September 2020 at 15:31:40 UTC (21:01:40 IST)',
      'Basically every CEC candidate in the pool got an ITA. Most of them are Indian students who completed their PGWP and are working in Canada.',
      'Just three weeks back, on 21 January, the CEC draw invited 4,626 people with 454 points – so this is a drop of 379 points in one shot!',
      'Key takeaways:',
      '→ Canada wants to achieve its target of 401,000 new PRs in 2021.',
      '→ Focus is on people already inside Canada.',
      '→ Students: Study visa now = PR later. Canada is rewarding international graduates.',
      'Planning study in Canada for Sept 2021 intake? Free counselling for colleges in Ontario & BC. IELTS 6.0 accepted*.',
      'Our banner: 5,000+ happy clients | 15 years of trust | ICCRC consultant on panel',
      'BOOK FREE ASSESSMENT',
      'Tags: #ExpressEntry #CEC #CanadaPR #PGWP',
      'Share on: WhatsApp | Facebook | Telegram',
      'Related Posts',
      '• PNP draw 10 Feb 2021: 654 invitations at 720',
      '• How to apply for PGWP extension',
      '• Top 10 colleges for Indian students',
    ].join('\n');
    expect(facts(page, '2021-02-14')).toEqual([['2021-02-13', '176', 'cec', 27332, 75, '2020-09-12']]);
  });
  it('"Date: 01-12-2016 | Posted in: …" is the page\'s line: "draw No. 48 on 30-11-2016" keeps its day', () => {
    const page = [
      'AL-NOOR IMMIGRATION & VISA SERVICES (Regd.)',
      'Main Boulevard, Gulberg III, Lahore | Ph: 042-35781146 | WhatsApp: 0321-4470932',
      'Home | Canada | Australia | UK Study | IELTS | News | Contact',
      'Express Entry Draw No. 48: Only PNP Candidates Invited – 559 ITAs at CRS 786',
      'Date: 01-12-2016 | Posted in: Canada Immigration News',
      'Assalam-o-Alaikum dear clients and followers,',
      'Immigration, Refugees and Citizenship Canada (IRCC) conducted Express Entry draw No. 48 on 30-11-2016 and, for the first time ever, invited ONLY candidates who hold a provincial nomination.',
      'Total ITAs: 559',
      'Lowest CRS score: 786',
      'This was the first draw after the new CRS rules came into force on 19 November 2016. Under the new rules, arranged employment (LMIA) gives 50 or 200 points instead of 600, and Canadian study now gives extra points.',
      'Note: CRS 786 looks very high but remember the nomination itself carries 600 points, so the core score of these candidates was around 186 and above.',
      'For comparison, the previous draw held on 16 November 2016 (under the old rules) invited 2,427 candidates with a cut-off of 470.',
      'What should Pakistani applicants do now?',
      "1. Apply for Provincial Nominee Programs (Saskatchewan, Nova Scotia) where you don't need job offer.",
      '2. Improve IELTS – each band matters. Our IELTS classes start every Monday.',
      '3. Keep your police certificate and medical ready, ITA gives only 90 days.',
      'MashaAllah our 3 clients received their PR nomination this month. Are you next?',
      'Free assessment: send your CV with IELTS result on WhatsApp 0321-4470932',
      'Share on Facebook | WhatsApp',
      'Disclaimer: Al-Noor is a visa facilitation company, not a government agency.',
    ].join('\n');
    expect(facts(page, '2016-12-01')).toEqual([['2016-11-30', '48', 'pnp', 559, 786, null]]);
  });
});

describe("a bot's card and a tracker's mark (u38-3)", () => {
  it('a bot\'s three columns lined up with spaces ("Round   Invitations   Minimum CRS") are a table: the round\'s count and cut-off', () => {
    const page = [
      'Express Entry Hub › #📢-draw-alerts',
      '',
      'CRS Bot ✔ APP — 10/12/2022 10:17 AM',
      '@Draw Alerts',
      'Express Entry Round 233',
      'Round      Invitations   Minimum CRS',
      '233        4,250         500',
      'Type: All programs (no program specified)',
      'Tie-breaking rule: 10/10/2022 17:10:53 UTC',
      'Previous: #232 — 3,750 @ 504 (Sep 28)',
      'canada.ca/express-entry-rounds',
      '🎉 87  😭 12',
      '',
      'dee.ops — 10/12/2022 10:21 AM',
      '500 on the nose lol. made it with 501',
      '',
      'vik — 10/12/2022 10:24 AM',
      'sizes up 500 every round since end of august. 496 next?',
    ].join('\n');
    expect(facts(page, '2022-10-12').map((d) => d.slice(1))).toEqual([['233', 'general', 4250, 500, '2022-10-10']]);
  });
  it('a tracker\'s "◀ NEW" in a cell past the header\'s last marks its newest row as the news', () => {
    const page = [
      'EE 2022 — community tracker (view only)',
      'Sheet: All-program rounds    Last updated: 24/11/2022 09:05',
      '',
      '#\tDate\tITAs\tCut-off\tTie-break (UTC)\tWeeks since prev.',
      '226\t06/07/2022\t1500\t557\t13/11/2021 02:20:46\t—',
      '227\t20/07/2022\t1750\t542\t30/12/2021 15:29:35\t2',
      '228\t03/08/2022\t2000\t533\t06/01/2022 14:29:50\t2',
      '229\t17/08/2022\t2250\t525\t28/12/2021 11:03:15\t2',
      '230\t31/08/2022\t2750\t516\t16/04/2022 18:24:41\t2',
      '231\t14/09/2022\t3250\t510\t08/01/2022 10:24:52\t2',
      '232\t28/09/2022\t3750\t504\t02/05/2022 17:17:32\t2',
      '233\t12/10/2022\t4250\t500\t10/10/2022 17:10:53\t2',
      '234\t26/10/2022\t4750\t496\t09/05/2022 09:04:20\t2',
      '235\t09/11/2022\t4750\t494\t06/06/2022 20:48:23\t2',
      '236\t23/11/2022\t4750\t491\t13/10/2022 11:22:17\t2\t◀ NEW',
      'Total\t\t35750',
      '',
      'All-program rounds | Pool | Notes',
    ].join('\n');
    expect(facts(page, '2022-11-24')).toEqual([['2022-11-23', '236', 'general', 4750, 491, '2022-10-13']]);
  });
});

describe("a data repository's README (u38-3)", () => {
  it('two rows marked "🆕" under "Latest rounds" are both news; "[data: updated 2025-05-14]" is when the page changed, no round\'s day', () => {
    const page = [
      'ee-draws / README.md',
      '',
      '[latest round: #347 · CEC · 547]  [data: updated 2025-05-14]  [license: CC0]',
      '',
      '# ee-draws',
      "Machine-readable history of Canada's Express Entry rounds of invitations (CSV + JSON), updated within an hour of each IRCC publication.",
      '',
      '## Latest rounds (updated 2025-05-14)',
      '| No. | Date | Type | ITAs | CRS |',
      '|---:|---|---|---:|---:|',
      '| 🆕 347 | 2025-05-13 | CEC | 500 | 547 |',
      '| 🆕 346 | 2025-05-12 | PNP | 511 | 706 |',
      '',
      '## History (excerpt)',
      '| No. | Date | Type | ITAs | CRS |',
      '|---:|---|---|---:|---:|',
      '| 345 | 2025-05-02 | Healthcare & social services | 500 | 510 |',
      '| 344 | 2025-05-01 | Education | 1,000 | 479 |',
      '| 343 | 2025-04-28 | PNP | 421 | 727 |',
      '',
      'Full history: `data/rounds.csv`',
      '',
      '## Usage',
      '```',
      'curl -s https://raw.example/ee-draws/main/data/latest.json',
      '```',
      '',
      '## Contributing',
      'PRs welcome. Please cite the ministerial instruction URL for every row.',
    ].join('\n');
    expect(facts(page, '2025-05-14')).toEqual([
      ['2025-05-13', '347', 'cec', 500, 547, null],
      ['2025-05-12', '346', 'pnp', 511, 706, null],
    ]);
  });
});

describe("a dashboard's badge (u38-3)", () => {
  it('"ROUND 394 ● FRENCH (2026 v2) ● NEW" under a tracker\'s name is its new round (without a day: none is written)', () => {
    const page = [
      '[EE TRACKER] ▸ Dashboard ▸ French',
      'Fri, Feb 6 2026 · 11:52 ET',
      '',
      'ROUND 394  ● FRENCH (2026 v2)  ● NEW',
      '8,500 invitations',
      'CRS floor 400',
      'Tie-break Feb 3, 2026 · 11:11:44 UTC',
      'Biggest French round on record (previous record: 7,500 on Mar 21, 2025)',
      '',
      'KPIs',
      '2026 rounds: 6 · ITAs YTD: 24,178',
      'Last CEC: Jan 21 · 6,000 · 509',
      'Last PNP: Feb 3 · 423 · 749',
      '',
      'Share card · Export PNG',
    ].join('\n');
    expect(facts(page, '2026-02-06').map((d) => d.slice(1))).toEqual([['394', 'french', 8500, 400, '2026-02-03']]);
  });
});

describe('Spanish and French breaking posts (u38-2)', () => {
  it('"🚨 ÚLTIMA HORA" tags a breaking post: its one round is of the page\'s day', () => {
    const page = [
      '🚨 ÚLTIMA HORA | Express Entry ronda #376 – Francés 🇫🇷',
      '✅ 6.000 invitaciones',
      '📉 CRS mínimo: 416',
      '📅 Hoy, 29/10/2025',
      '¿Ya revisaste tu cuenta? 👉 Únete al canal: t.me/CanadaVzla',
    ].join('\n');
    expect(facts(page, '2025-10-29')).toEqual([['2025-10-29', '376', 'french', 6000, 416, null]]);
  });
  it('a short French wire ("Ottawa a invité mercredi 4250 candidats …") is read as French: Wednesday, the page\'s own day', () => {
    const page = [
      'TVA Nouvelles | Actualités > Politique',
      'Entrée express : le seuil descend à 500 points',
      'Agence QMI',
      'Mis à jour le 12 octobre 2022 à 17 h 56',
      "Ottawa a invité mercredi 4250 candidats à l'immigration à présenter une demande de résidence permanente, lors de la 233e ronde d'invitations du système Entrée express.",
      "Le score minimal exigé au Système de classement global (SCG) s'établissait à 500 points, soit quatre de moins qu'il y a deux semaines. Il s'agit du plus bas seuil depuis la reprise des tirages tous programmes confondus, en juillet dernier.",
      "En cas d'égalité, Immigration, Réfugiés et Citoyenneté Canada (IRCC) a appliqué la règle de départage en date du 10 octobre 2022 à 17 h 10 min 53 s UTC.",
      "Depuis juillet, IRCC augmente le nombre d'invitations à chaque ronde — de 1500 au départ à 4250 aujourd'hui — afin d'atteindre sa cible de 55 900 admissions dans le cadre d'Entrée express en 2022.",
      'Ces invitations ne touchent pas directement le Québec, qui sélectionne lui-même ses travailleurs qualifiés au moyen de sa plateforme Arrima.',
      "Vous avez un scoop à nous transmettre ? Écrivez-nous à l'adresse jenvoie@tva.ca",
      'Sur le même sujet',
      "Pénurie de main-d'œuvre : le gouvernement Legault veut plus de travailleurs temporaires",
    ].join('\n');
    expect(facts(page, '2022-10-12')).toEqual([['2022-10-12', '233', 'general', 4250, 500, '2022-10-10']]);
  });
  it('guard: "Côté provinces : le Nouveau-Brunswick a invité 312 candidats …" is a province\'s round, now that more pages read as French', () => {
    const page = [
      "L'essentiel de la semaine en immigration — 14 novembre 2025",
      "Cette semaine, IRCC a tenu trois rondes d'invitations d'Entrée express :",
      '• lundi 10 novembre : Programme des candidats des provinces — 714 invitations, score minimal de 738 ;',
      "• mercredi 12 novembre : catégorie de l'expérience canadienne — 1 000 invitations, score minimal de 533 ;",
      '• vendredi 14 novembre (ce matin) : professions de la santé et des services sociaux — 3 500 invitations, score minimal de 462, règle de départage au 2 décembre 2024.',
      'Au total : 5 214 invitations cette semaine, contre 7 302 lors de la semaine du 27 octobre.',
      'Depuis le 1er janvier : 49 rondes, 86 699 invitations.',
      'Côté provinces : le Nouveau-Brunswick a invité 312 candidats de son volet Entrée express mardi.',
      'À surveiller : la prochaine ronde réservée aux francophones, la dernière remontant au 29 octobre (6 000 invitations, 416 points).',
    ].join('\n');
    expect(facts(page, '2025-11-14').map((d) => d.slice(0, 5))).toEqual([
      ['2025-11-10', null, 'pnp', 714, 738],
      ['2025-11-12', null, 'cec', 1000, 533],
      ['2025-11-14', null, 'healthcare', 3500, 462],
    ]);
  });
});

describe("a live blog's stamps (u36-3)", () => {
  it('a live blog\'s stamp on its own line ("Mar 05, 2026 17:58 IST") dates the entry under it: round 402 of March 5', () => {
    const page = [
      'News18',
      'Home » World » Canada Express Entry Draw Week LIVE Updates: IRCC Invites Senior Managers In Fourth Round In Four Days',
      'Canada Express Entry Draw Week LIVE Updates: IRCC Invites Senior Managers In Fourth Round In Four Days',
      'Curated By: News18 World Desk',
      'Last Updated: March 05, 2026, 18:30 IST',
      'Follow News18 on Google',
      'Mar 05, 2026 18:30 IST',
      "That brings the week's total to 10,014 invitations across four rounds. We will be back with more updates next week.",
      'Mar 05, 2026 17:58 IST',
      'NEW ROUND (No. 402): Senior managers with Canadian work experience — 250 invitations, minimum CRS 429. Tie-breaking rule: August 19, 2025 at 15:10:18 UTC. This is the first ever round for this new category.',
      'Mar 05, 2026 11:00 IST',
      'Quick recap of the week so far:',
      'Mon 2 Mar – PNP – 264 ITAs – CRS 710',
      'Tue 3 Mar – CEC – 4,000 ITAs – CRS 508',
      'Wed 4 Mar – French – 5,500 ITAs – CRS 397',
      'Mar 04, 2026 18:22 IST',
      'French-language draw (No. 401) done: 5,500 invited at 397. Run at 11:55:47 UTC.',
      'Mar 03, 2026 17:45 IST',
      'CEC draw (No. 400): 4,000 invitations at a cut-off of 508, same as the previous CEC round on February 17. Tie-break: June 24, 2025 at 22:35:48 UTC.',
      'Mar 02, 2026 20:10 IST',
      'First draw of the week (No. 399): IRCC invited 264 provincial nominees; lowest score 710.',
      'Mar 02, 2026 19:30 IST',
      "Welcome to our live coverage of this week's Express Entry rounds. IRCC's 2026 plan includes new categories for senior managers, physicians, researchers and military recruits.",
      'Tags: Canada, Express Entry, IRCC, Immigration',
    ].join('\n');
    expect(facts(page, '2026-03-05').filter((d) => d[1] === '402')).toEqual([['2026-03-05', '402', 'managers', 250, 429, '2025-08-19']]);
  });
});
