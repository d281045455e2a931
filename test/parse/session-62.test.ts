import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Session 62 of the reader (issue 14): rules from the made-up set tuned on (docs/parser.md "Session 62"). Each page is written
 * here, not copied from the set.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('captions, scans and datelines (u66)', () => {
  it('a lone sentence of the page\'s own day ("Your update, March 7, 2025.") is no round\'s day: "yesterday\'s round" is the day before', () => {
    const captions = [
      '1',
      '00:00:00,400 --> 00:00:02,900',
      'Your Express Entry update, March 7, 2025.',
      '',
      '2',
      '00:00:02,900 --> 00:00:06,100',
      "Yesterday's French-language round invited 4,500 candidates.",
      '',
      '3',
      '00:00:06,100 --> 00:00:09,000',
      'The minimum score was 410 points.',
    ].join('\n');
    expect(facts(captions, '2025-03-07')).toEqual([['2025-03-06', null, 'french', 4500, 410, null]]);
    const intro = ['Morning briefing', 'Good morning. Today is Friday, March 7, 2025.', "Yesterday's French-language round invited 4,500 candidates, with a cut-off of 410."].join('\n');
    expect(facts(intro, '2025-03-07')).toEqual([['2025-03-06', null, 'french', 4500, 410, null]]);
  });
  it('a date line with its reading time ("30 March 2026, 4:05 PM ET · 3 min read") dates "today" on a page fetched a day later', () => {
    const page = [
      'Maple Route Immigration | Insights',
      'PNP round invites 825',
      '14 April 2025, 5:10 PM ET · 4 min read',
      'Today IRCC held round No. 342, inviting provincial nominees only.',
      'Invitations: 825',
      'Lowest CRS: 764',
    ].join('\n');
    expect(facts(page, '2025-04-15')).toEqual([['2025-04-14', '342', 'pnp', 825, 764, null]]);
  });
  it('a scanned page\'s running head after its page number ("- 7 - THE PRAIRIE COURIER June 2, 2016") and a round\'s number wrapped to the next line', () => {
    const scan = [
      '- 7 -                           THE PRAIRIE COURIER                  June 2, 2016',
      'IMMIGRATION',
      'Another draw, another drop',
      'Ottawa invited 762 candidates in Express Entry draw',
      'No. 35 on Wednesday, June 1, with a lowest score of 483',
      'points for those without a job offer.',
    ].join('\n');
    expect(facts(scan, '2016-06-02')).toEqual([['2016-06-01', '35', 'general', 762, 483, null]]);
  });
  it('a scan\'s day of one look-alike letter ("June l, 2016") is the first', () => {
    const scan = [
      'PRAIRIE IMMlGRATlON BULLETIN    Vol. 2  No. 9',
      'June 2, 2016',
      'EXPRESS ENTRY',
      'Round #35 was held on June l, 2016.',
      'A total of 762 invitations were issued.',
      'Lowest CRS score invited: 483',
    ].join('\n');
    expect(facts(scan, '2016-06-02')).toEqual([['2016-06-01', '35', 'general', 762, 483, null]]);
  });
  it('an alert digest\'s "Daily update ⋅ 3 April 2026" is its own day: a headline and its snippet tell one round', () => {
    const digest = [
      'Google Alerts',
      'express entry',
      'Daily update \u22c5 15 April 2025',
      'NEWS',
      'Express Entry: IRCC invites 825 provincial nominees',
      'Immigration Wire',
      'Canada held a Provincial Nominee Program draw on April 14, 2025, with a minimum CRS of 764...',
      'Flag as irrelevant',
      'Ontario OINP draw invites 1,200 in-demand skills candidates',
      'Toronto Star',
      'The Ontario Immigrant Nominee Program issued invitations...',
      'Flag as irrelevant',
    ].join('\n');
    expect(facts(digest, '2025-04-15')).toEqual([['2025-04-14', null, 'pnp', 825, 764, null]]);
  });
  it('a thread\'s posts under their stamps ("rana_ee • Jul 8, 2025 12:47 PM") are posts, not a list of links nor a wrapped line', () => {
    const thread = [
      'Forum > Express Entry',
      'Thread: March 2025 draws',
      'maple_dreams • Mar 17, 2025 9:12 AM',
      'Any news today? Nothing yet on my side lol',
      'kiran88 • Mar 17, 2025 2:40 PM',
      'PNP draw today, 536 invitations, cut-off 736. Not for me lol',
      'ottawa.bound • Mar 17, 2025 3:05 PM',
      'Thanks for posting, hoping for CEC next.',
    ].join('\n');
    expect(facts(thread, '2025-03-17')).toEqual([['2025-03-17', null, 'pnp', 536, 736, null]]);
  });
  it('a province\'s page with a federal section ("Federal update: … IRCC held round #340 …") tells that round; the province\'s own stays its', () => {
    const page = [
      'Saskatchewan PNP invitations - week of March 17',
      'By Prairie Pathways | Mar 19, 2025',
      'SINP held its regular draw on March 18: 512 invitations in the general draw of its Occupations In-Demand category, minimum score 88.',
      'Federal update: on Monday, March 17, IRCC held Express Entry round #340 for Provincial Nominee Program candidates - 536 invitations, lowest CRS 736.',
      'Share | Email',
    ].join('\n');
    expect(facts(page, '2025-03-19')).toEqual([['2025-03-17', '340', 'pnp', 536, 736, null]]);
    const provinceOnly = page
      .split('\n')
      .filter((l) => !l.startsWith('Federal'))
      .join('\n');
    expect(facts(provinceOnly, '2025-03-19')).toEqual([]);
  });
  it('a scanned column\'s tie-break label at a line\'s end ("… Tie-breaking rule:") takes the day on the next line', () => {
    const scan = [
      'WEEKLY NEWCOMER  |  Thursday, March 5, 2020  |  Page 3',
      'Express Entry cut-off edges up',
      'Immigration, Refugees and Citizenship Canada held',
      'an Express Entry round on Wednesday, inviting',
      '3,900 candidates. The lowest score was 471. Tie-breaking rule:',
      'February 24, 2020 at 06:02:57 UTC.',
    ].join('\n');
    expect(facts(scan, '2020-03-05')).toEqual([['2020-03-04', null, 'general', 3900, 471, '2020-02-24']]);
  });
  it('a changelog\'s rounds told in full and numbered one after another ("Added round 383 / 384 / 385") are all its news', () => {
    const changelog = [
      'CHANGELOG.md',
      '## [2.4.0] - 2025-12-12',
      '### Data',
      '- Added round 383 (2025-12-08, Provincial Nominee Program, 1,123 ITAs, CRS 729)',
      '- Added round 384 (2025-12-10, Canadian Experience Class, 6,000 ITAs, CRS 520)',
      '- Added round 385 (2025-12-11, Healthcare and social services occupations, 1,000 ITAs, CRS 476)',
      '### Fixed',
      '- Dates in the French locale.',
    ].join('\n');
    expect(facts(changelog, '2025-12-12')).toEqual([
      ['2025-12-08', '383', 'pnp', 1123, 729, null],
      ['2025-12-10', '384', 'cec', 6000, 520, null],
      ['2025-12-11', '385', 'healthcare', 1000, 476, null],
    ]);
  });
  it('an Urdu "ڈرا نمبر 436 میں" ("in draw number 436") is no "36 May"; a Persian dateline\'s second calendar in brackets is the page\'s day', () => {
    const urdu = [
      'ایکسپریس انٹری: کینیڈا نے 1,000 دعوت نامے جاری کیے',
      'کینیڈا نے ایکسپریس انٹری ڈرا نمبر 436 میں کینیڈین ایکسپیرینس کلاس کے 1,000 امیدواروں کو دعوت نامے جاری کیے۔',
      'یہ ڈرا 18 اگست 2026 کو ہوا اور کم از کم سی آر ایس اسکور 523 رہا۔',
    ].join('\n');
    // Glossed before: "Express Entry draw 4 May 1,000 candidates were issued." (a number's tail and "میں", in, read as a day of May).
    expect(glossForeign(urdu)).not.toMatch(/\bMay\b/);
    expect(glossForeign(urdu)).toMatch(/\bAugust 18, 2026\b/);
    const persian = [
      'اکسپرس انتری: ۵۳۶ دعوت‌نامه برای نامزدهای استانی با حداقل امتیاز ۷۳۶',
      'خبرگزاری مهاجر | ۲۸ اسفند ۱۴۰۳ (۱۸ مارس ۲۰۲۵)',
      'اداره مهاجرت، پناهندگی و شهروندی کانادا (IRCC) روز دوشنبه ۲۷ اسفند ۱۴۰۳ (۱۷ مارس ۲۰۲۵) قرعه‌کشی جدیدی برای برنامه نامزدی استانی (PNP) برگزار کرد و ۵۳۶ دعوت‌نامه صادر کرد. حداقل امتیاز CRS در این دور ۷۳۶ بود.',
    ].join('\n');
    expect(facts(persian, '2025-03-18').map((f) => f[0])).toEqual(['2025-03-17']);
  });
});
