import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 52 of the reader (issue 14): rules from the made-up sets tuned on (docs/parser.md "Session 52").
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('rules and calendars (u44)', () => {
  it('an encyclopaedia\'s "2021 in Canadian immigration" timeline, edited in January 2022: its "7 January" is 2021\'s, no news', () => {
    const page = [
      '2021 in Canadian immigration',
      'From the encyclopedia',
      '← 2020 | 2021 | 2022 →',
      'The following is a timeline of events related to immigration to Canada in 2021.',
      'Incumbents',
      'Minister of Immigration, Refugees and Citizenship: Marco Mendicino (until 26 October); Sean Fraser (from 26 October)',
      'Events',
      'January',
      '7 January – IRCC holds a Canadian Experience Class (CEC)-only Express Entry round, issuing 4,750 invitations with a minimum Comprehensive Ranking System (CRS) score of 461.',
      'February',
      '13 February – The largest Express Entry round to date: 27,332 invitations to CEC candidates at a minimum score of 75.',
      'April',
      '16 April – 6,000 CEC invitations at 417.',
      '29 April – 6,000 CEC invitations at 400.',
      'May',
      '6 May – Temporary resident to permanent resident pathway opens for essential workers and international graduates.',
      '31 May – 5,956 CEC invitations at 380.',
      'June',
      '24 June – 6,000 CEC invitations at 357, the lowest CEC cut-off of the year other than the February round (matched on 22 July).',
      'September',
      '14 September – Final CEC round of the year: 2,000 invitations at 462. CEC rounds are subsequently paused.',
      '29 September – PNP-only rounds continue every two weeks (761 invitations at 742).',
      'December',
      '22 December – Last round of the year, PNP only: 746 invitations at 720.',
      'Statistics',
      'Express Entry rounds held: 42',
      'Invitations issued: 114,224 (CEC: 99,653 in 17 rounds; PNP: 14,571 in 25 rounds)',
      'No Federal Skilled Worker or all-program rounds were held during the year.',
      'See also: Express Entry; Comprehensive Ranking System; Immigration Levels Plan 2021–2023',
      'This page was last edited on 10 January 2022, at 18:02 (UTC).',
    ].join('\n');
    expect(facts(page, '2022-01-10')).toEqual([]);
  });
  it('a radio page\'s headline "…; new points rules start Saturday": the day the rules start is no round\'s', () => {
    const page = [
      'CKVL 99.3 FM - Your Community Radio',
      'Listen Live | News | Programs | Events | Volunteer | Donate',
      'LOCAL NEWS',
      'Express Entry invites 2,427; new points rules start Saturday',
      'Posted Nov 17, 2016 | CKVL Newsroom',
      'Federal immigration officials invited 2,427 Express Entry candidates to apply for permanent residence yesterday.',
      "The minimum score in Wednesday's round was 470 points on the Comprehensive Ranking System, two points lower than in the round held two weeks ago.",
      "The size of the rounds has now grown several times in a row, something immigration lawyers say reflects Ottawa's push to meet its 2016 targets.",
      'The timing matters for a lot of our listeners. Starting this Saturday, Nov. 19, the points system changes: a job offer will be worth 50 or 200 points instead of 600, and people who studied in Canada can get up to 30 extra points.',
      'Maria Santos of the Valley Multicultural Association says the change should help the many international students at the college. "A lot of them had good scores except for the job offer. This puts them back in the race," she said.',
      'The association holds free Express Entry information sessions on the first Tuesday of every month at the public library.',
      '--- As read on air, 7 a.m. newscast ---',
      'IMMIGRATION CANADA SENT OUT ANOTHER BATCH OF EXPRESS ENTRY INVITATIONS YESTERDAY... TWENTY-FOUR HUNDRED AND TWENTY-SEVEN OF THEM. THE CUT-OFF SCORE: FOUR-SEVENTY. NEW POINTS RULES KICK IN ON SATURDAY.',
      'Tags: immigration, Express Entry, newcomers',
    ].join('\n');
    expect(facts(page, '2016-11-17')).toEqual([['2016-11-16', null, 'general', 2427, 470, null]]);
  });
  it('Hansard: "only candidates who already had a provincial nomination or a labour market impact assessment" names two ways to the points, no program', () => {
    const page = [
      'House of Commons Debates',
      'VOLUME 147 • NUMBER 168 • 2nd SESSION • 41st PARLIAMENT',
      'OFFICIAL REPORT (HANSARD)',
      'Monday, February 2, 2015',
      'Speaker: The Honourable Andrew Scheer',
      '[...]',
      'ORAL QUESTIONS',
      '[English]',
      'Citizenship and Immigration',
      'Ms. Hélène Carrière (Hochelaga-Est, NDP):',
      'Mr. Speaker, one month after the government launched its much-advertised Express Entry system, we finally have a round of invitations. On Saturday the department invited 779 people to apply for permanent residence. Every one of them needed at least 886 points. In practice that means only candidates who already had a provincial nomination or a labour market impact assessment were invited. How can the minister claim this system is faster and fairer for the tens of thousands of skilled workers who created profiles in good faith?',
      'Hon. Graham Tessier (Parliamentary Secretary to the Minister of Citizenship and Immigration, CPC):',
      "Mr. Speaker, Express Entry is working exactly as designed. Candidates with arranged employment and provincial nominations are precisely the people Canadian employers told us they needed most urgently. Saturday's round of invitations is only the beginning; the department will hold regular rounds throughout the year, and applications will be processed in six months or less. That is a far cry from the backlogs of multiple years we inherited from the Liberals.",
      'The Speaker:',
      'The honourable member for Hochelaga-Est.',
      'Ms. Hélène Carrière (Hochelaga-Est, NDP):',
      'Mr. Speaker, 779 invitations out of a pool the minister himself describes as large is not a system, it is a lottery with a locked door. Will the government publish how many candidates are in the pool and what scores they hold?',
      'Hon. Graham Tessier:',
      'Mr. Speaker, the department will publish information about each round on its website, as it did this weekend. We are on track to welcome between 260,000 and 285,000 new permanent residents this year, the highest sustained levels in Canadian history.',
      '[...]',
    ].join('\n');
    expect(facts(page, '2015-02-02')).toEqual([['2015-01-31', null, 'general', 779, 886, null]]);
  });
  it('Persian: "دور شماره ۲۳۳" (round number 233), "به ۵۰۰ رسید" (reached 500), "دور قبل" (the previous round) and a tie-break told in the Solar Hijri calendar beside the Gregorian', () => {
    const page = [
      'ایران‌کانادا | اخبار مهاجرت',
      'خانه › اخبار › اکسپرس انتری',
      '',
      'قرعه‌کشی جدید اکسپرس انتری: ۴٬۲۵۰ دعوت‌نامه با حداقل امتیاز ۵۰۰',
      'پنجشنبه ۲۱ مهر ۱۴۰۱ — ۱۰:۱۵',
      '',
      'دولت کانادا دیروز (چهارشنبه ۲۰ مهر ۱۴۰۱) دور شماره ۲۳۳ اکسپرس انتری را برگزار کرد. در این دور که برای همه برنامه‌ها بود، ۴٬۲۵۰ نفر دعوت‌نامه اقامت دائم دریافت کردند و حداقل امتیاز CRS به ۵۰۰ رسید.',
      '',
      'زمان قانون تساوی: ۱۸ مهر ۱۴۰۱ (۱۰ اکتبر ۲۰۲۲) ساعت ۱۷:۱۰:۵۳ به وقت UTC.',
      '',
      'این هفتمین کاهش پیاپی حداقل امتیاز است. در دور قبل (۶ مهر / ۲۸ سپتامبر) ۳٬۷۵۰ نفر با حداقل ۵۰۴ امتیاز دعوت شده بودند.',
      '',
      'نکته: کسانی که دعوت‌نامه گرفته‌اند ۶۰ روز برای ارسال پرونده کامل فرصت دارند. گواهی عدم سوءپیشینه ایران را هرچه زودتر درخواست کنید.',
      '',
      'نظرات (۳۴) | اشتراک در تلگرام',
    ].join('\n');
    expect(facts(page, '2022-10-13')).toEqual([['2022-10-12', '233', 'general', 4250, 500, '2022-10-10']]);
  });
  it('Persian: the tie-breaking time told only in the Solar Hijri calendar (۶ فروردین ۱۳۹۷ is March 26, 2018)', () => {
    const page = [
      'مهاجرت به کانادا | اخبار و تحلیل',
      'خانه › اخبار › اکسپرس انتری',
      '',
      'قرعه‌کشی شماره ۸۷ اکسپرس انتری: دعوت از ۳٬۵۰۰ نفر با حداقل امتیاز ۴۴۴',
      'پنجشنبه ۲۳ فروردین ۱۳۹۷ | نویسنده: تحریریه',
      '',
      'اداره مهاجرت، پناهندگی و شهروندی کانادا (IRCC) روز چهارشنبه ۲۲ فروردین ۱۳۹۷ (۱۱ آوریل ۲۰۱۸) هشتاد و هفتمین دور دعوت سیستم اکسپرس انتری را برگزار کرد و برای ۳٬۵۰۰ نفر دعوت‌نامه (ITA) اقامت دائم فرستاد. حداقل امتیاز CRS در این دور ۴۴۴ بود.',
      '',
      'قانون تساوی (tie-breaking rule) در این دور: ۶ فروردین ۱۳۹۷ ساعت ۰۸:۲۵:۴۰ به وقت UTC. یعنی از میان متقاضیانی که دقیقاً ۴۴۴ امتیاز داشتند، فقط کسانی دعوت شدند که پروفایل خود را پیش از این زمان ثبت کرده بودند.',
      '',
      'در دور قبلی (۶ فروردین، برابر با ۲۶ مارس) ۳٬۰۰۰ نفر با حداقل ۴۴۶ امتیاز دعوت شده بودند؛ بنابراین هم تعداد دعوت‌ها بیشتر شده و هم حداقل امتیاز دو واحد پایین آمده است.',
      '',
      'توصیه ما: اگر امتیاز شما بین ۴۳۰ تا ۴۴۰ است، با بهبود نمره آیلتس یا ارزیابی مدرک همسر می‌توانید در دورهای بعدی شانس خود را بالا ببرید.',
      '',
      'برچسب‌ها: اکسپرس انتری، CRS، دعوت‌نامه',
      'اشتراک‌گذاری: تلگرام | اینستاگرام | واتس‌اپ',
    ].join('\n');
    expect(facts(page, '2018-04-12')).toEqual([['2018-04-11', '87', 'general', 3500, 444, '2018-03-26']]);
  });
  it('Persian: "جزئیات دور ۳۹۷:" (the details of round 397:) over its card, and the new category for physicians', () => {
    const page = [
      'کانادا نیوز فارسی',
      'خانه › مهاجرت › اکسپرس انتری',
      '',
      'نخستین قرعه‌کشی ویژه پزشکان در اکسپرس انتری: ۳۹۱ دعوت‌نامه با حداقل امتیاز ۱۶۹',
      'جمعه ۱ اسفند ۱۴۰۴',
      '',
      'اداره مهاجرت کانادا (IRCC) روز پنجشنبه ۳۰ بهمن ۱۴۰۴ (۱۹ فوریه ۲۰۲۶) نخستین دور دعوت را برای دسته جدید «پزشکان دارای سابقه کار در کانادا» برگزار کرد.',
      '',
      'جزئیات دور ۳۹۷:',
      '• تعداد دعوت‌نامه: ۳۹۱',
      '• حداقل امتیاز CRS: ۱۶۹',
      '• قانون تساوی: ۱۳ دی ۱۴۰۴ ساعت ۰۳:۲۵:۱۴ UTC',
      '',
      'حداقل امتیاز ۱۶۹ پایین‌ترین امتیاز در میان دورهای اکسپرس انتری پس از سال ۲۰۲۱ است. این دسته برای پزشکانی طراحی شده که در کانادا با مجوز کار مشغول به طبابت هستند.',
      '',
      'دو روز پیش از آن (۲۸ بهمن) نیز دور CEC با ۶٬۰۰۰ دعوت‌نامه و حداقل امتیاز ۵۰۸ برگزار شده بود.',
      '',
      'پزشکان ایرانی که در کانادا دوره رزیدنتی یا کار بالینی دارند، پروفایل خود را بررسی کنند.',
      '',
      'برچسب‌ها: پزشکان، دسته‌بندی جدید، اکسپرس انتری ۲۰۲۶',
      'اشتراک: تلگرام · واتس‌اپ · ایکس',
    ].join('\n');
    expect(facts(page, '2026-02-20')).toEqual([['2026-02-19', '397', 'physicians', 391, 169, '2026-01-03']]);
  });
});

describe('features and one more round of the day (u44)', () => {
  it('a feature\'s "Kaur … was one of 27,332 Canadian Experience Class candidates invited": the round\'s count, no hedge', () => {
    const page = [
      'Southpoint Sun',
      'NEWS | Leamington | Kingsville | Wheatley | Opinion | Sports',
      'Record Express Entry draw reaches greenhouse workers',
      'By Jess Martens',
      'Monday, February 15, 2021',
      'When Jaspreet Kaur opened her email Saturday morning, she thought the message from Immigration, Refugees and Citizenship Canada was a mistake.',
      "It wasn't. Kaur, a quality-control lead at a Leamington greenhouse, was one of 27,332 Canadian Experience Class candidates invited to apply for permanent residence in Saturday's round - more than five times the previous record of 5,000.",
      'The minimum score was 75 on the Comprehensive Ranking System, a number that means almost everyone in the pool with Canadian work experience got an invitation. IRCC listed the tie-breaking rule as September 12, 2020 at 15:31:40 UTC.',
      '"My score is 409. Last year I was sure I would have to go back," Kaur said. "My manager cried more than me."',
      "Immigration lawyers say the round is Ottawa's way of reaching its 2021 targets when few new immigrants can travel to Canada.",
      'At least a dozen workers at her employer received invitations, Kaur said. The Windsor-Essex Local Immigration Partnership is holding a free online session Thursday for anyone with questions about the next steps.',
      'Invited candidates have 60 days to submit a complete application.',
      'Share | Print | Comments',
    ].join('\n');
    expect(facts(page, '2021-02-15')).toEqual([['2021-02-13', null, 'cec', 27332, 75, '2020-09-12']]);
  });
  it('"Earlier the same day, a separate round limited to provincial nominees invited 143 …": one more round of the news\'s day', () => {
    const page = [
      'METRO WEEKLY',
      'NEWS  ARTS  FOOD  MUSIC  LISTINGS  CLASSIFIEDS',
      'NEWS',
      'Tradespeople finally get a draw of their own',
      "Friday's Express Entry rounds opened the door to welders, cooks and electricians with as few as 199 points",
      'By Dana Okafor',
      'May 30, 2017',
      'For two and a half years, skilled tradespeople in the Express Entry pool have competed head-to-head with software engineers and PhDs. Most of them lost.',
      'That changed on Friday, May 26, when Immigration, Refugees and Citizenship Canada held a round of invitations just for the Federal Skilled Trades Program. It invited 400 trades candidates, and the lowest-ranked of them had a Comprehensive Ranking System score of only 199. It was the 64th round since the system launched in January 2015.',
      'Earlier the same day, a separate round limited to provincial nominees invited 143 candidates with scores of 775 or higher.',
      '"I had clients who were stuck at 380, 390 for a year," said Rafael Moreno, a regulated consultant who works out of an office above a bakery on Gottingen. "For a pipefitter with a certificate of qualification, 199 is nothing."',
      'Not everyone is celebrating. Trades candidates still need either a job offer or a certificate of qualification from a province or territory, and getting one can take months.',
      'Moreno expects more trades-only rounds later this year but says nobody should count on it. "IRCC doesn\'t publish a calendar. You find out when everybody else does."',
      'Comments (4)',
      'More News: Council punts on bike lanes again | Halifax Pride announces 2017 lineup',
    ].join('\n');
    expect(facts(page, '2017-05-30')).toEqual([
      ['2017-05-26', '64', 'fst', 400, 199, null],
      ['2017-05-26', null, 'pnp', 143, 775, null],
    ]);
  });
});

describe('local papers and podcasts (u44)', () => {
  it('"After 18 months of rounds limited to provincial nominees and Canadian Experience Class candidates, IRCC held …": a long leading cue phrase ends at its comma, and "after 18 months of rounds" is no account of months', () => {
    const page = [
      'Westman Weekender',
      'LOCAL',
      'All-program Express Entry draws are back',
      'Federal skilled workers invited for the first time since December 2020',
      'By Aman Sidhu',
      'July 7, 2022',
      'After 18 months of rounds limited to provincial nominees and Canadian Experience Class candidates, Immigration, Refugees and Citizenship Canada held an Express Entry round open to all programs on Wednesday.',
      'Round #226 invited 1,500 candidates with a minimum Comprehensive Ranking System score of 557. The tie-breaking rule was November 13, 2021 at 02:20:46 UTC.',
      'The last all-program round, held Dec. 23, 2020, invited 5,000 candidates with scores of 468 or more.',
      'The high cut-off means the round mostly reached young, highly educated candidates with strong language scores, said Brandon immigration consultant Marta Kowalczyk. "If you\'re at 480 or 490 you are not there yet, but you are in the conversation again."',
      'Immigration Minister Sean Fraser has said rounds will be held every two weeks and that processing times for new applications should return to six months.',
      'Newcomers in Westman with questions about Express Entry can contact Westman Immigrant Services at 204-727-6000.',
      'Share on Facebook | Share on Twitter | Email',
    ].join('\n');
    expect(facts(page, '2022-07-07')).toEqual([['2022-07-06', '226', 'general', 1500, 557, '2021-11-13']]);
  });
  it('a podcast\'s list "- #253 - Tue July 4 - No program specified - 700 ITAs - CRS 511": the number before an abbreviated weekday and its day', () => {
    const page = [
      'Settled In - a podcast from CHRW Community Radio',
      'Episode 112: Four draws in four days',
      'Published July 8, 2023 | 44:12',
      "This week Immigration, Refugees and Citizenship Canada ran four Express Entry rounds in a row, including the first STEM and French-language category rounds. Host Nadia Haddad talks with London immigration lawyer Arjun Mehta about who got picked, who didn't, and what it means for students at Western and Fanshawe.",
      'Rounds covered this week:',
      '- #253 - Tue July 4 - No program specified - 700 ITAs - CRS 511',
      '- #254 - Wed July 5 - STEM occupations - 500 ITAs - CRS 486',
      '- #255 - Thu July 6 - Healthcare occupations - 1,500 ITAs - CRS 463',
      '- #256 - Fri July 7 - French-language proficiency - 2,300 ITAs - CRS 439',
      'Timestamps',
      '00:00 Cold open: "Four in four"',
      '03:20 Why the all-program round was so small',
      '11:05 STEM: which job codes count',
      '19:40 The health-care round and nurses in the pool',
      '27:15 French: is it worth learning now?',
      '38:30 Listener mail',
      'Transcript available on request. Settled In is produced with support from the Community Radio Fund of Canada.',
      'Subscribe on Apple Podcasts, Spotify or wherever you listen.',
    ].join('\n');
    expect(facts(page, '2023-07-08')).toEqual([
      ['2023-07-04', '253', 'general', 700, 511, null],
      ['2023-07-05', '254', 'stem', 500, 486, null],
      ['2023-07-06', '255', 'healthcare', 1500, 463, null],
      ['2023-07-07', '256', 'french', 2300, 439, null],
    ]);
  });
});

describe("a week's rounds counted (u44)", () => {
  it('"The federal government held three Express Entry rounds this week" in Saturday\'s briefs: Monday\'s round, five days old, is one of the three', () => {
    const page = [
      'The Valley Voice',
      'Saturday, May 3, 2025',
      'NEWS BRIEFS',
      'Express Entry: teachers get their first round',
      'The federal government held three Express Entry rounds this week, including the first ever for education occupations.',
      'On Monday, April 28, a provincial nominee round invited 421 candidates with scores of 727 or more.',
      "Thursday's education round invited 1,000 candidates - teachers, early childhood educators and instructors of people with disabilities among them - with a minimum Comprehensive Ranking System score of 479.",
      'On Friday, a round for health care and social services occupations invited 500 candidates with at least 510 points.',
      "The school division's HR office says it has several early childhood educators on work permits who could benefit.",
      'Spring clean-up week',
      'Curbside pickup of large items runs May 12-16. Limit of three items per household.',
      "Seniors' tea",
      "The Golden Age Club hosts a Mother's Day tea on May 10 at 2 p.m.",
    ].join('\n');
    expect(facts(page, '2025-05-03')).toEqual([
      ['2025-04-28', null, 'pnp', 421, 727, null],
      ['2025-05-01', null, 'education', 1000, 479, null],
      ['2025-05-02', null, 'healthcare', 500, 510, null],
    ]);
  });
  it('"Depois de seis semanas sem rodadas por categoria, o IRCC fez duas rodadas seguidas": six weeks are no count of rounds, so Monday\'s PNP round stays out of the two', () => {
    const page = [
      'Express Entry estreia categoria de educação e volta a chamar profissionais de saúde',
      'Por Camila Rocha | Vida no Canadá | 3 de maio de 2025',
      'Depois de seis semanas sem rodadas por categoria, o IRCC fez duas rodadas seguidas nesta semana.',
      'Quinta-feira (1º) – Educação',
      'Rodada nº 344',
      'Convites: 1.000',
      'CRS mínimo: 479',
      'Desempate: 10/08/2024 às 10:35:55 UTC',
      'Sexta-feira (2) – Saúde e serviços sociais',
      'Rodada nº 345',
      'Convites: 500',
      'CRS mínimo: 510',
      'Desempate: 21/07/2024 às 04:31:17 UTC',
      'Foi a primeira rodada da nova categoria de ocupações em educação, que inclui professores do ensino fundamental e médio, educadores infantis e auxiliares de educação.',
      'Na segunda-feira (28 de abril), houve uma rodada do PNP com 421 convites e corte de 727 pontos.',
      'Para brasileiros na área da saúde e da educação, a dica é revisar o código NOC informado no perfil e garantir ao menos seis meses de experiência contínua na ocupação.',
    ].join('\n');
    expect(facts(page, '2025-05-03')).toEqual([
      ['2025-05-01', '344', 'education', 1000, 479, '2024-08-10'],
      ['2025-05-02', '345', 'healthcare', 500, 510, '2024-07-21'],
    ]);
  });
});

describe('a figure under the round told since (u46)', () => {
  it('an agenda\'s "Express Entry round #170, all programs" / "Invitations: 5,000": the count is round 170\'s, though round 169 had as many', () => {
    const page = [
      'Express Entry tracker',
      'December 23, 2020',
      'Wednesday, December 9: round #169, all programs, 5,000 ITAs, CRS 469.',
      'Wednesday, December 23 (today): Express Entry round #170, all programs',
      'Invitations: 5,000',
      'Lowest-ranked candidate: 468 points',
      'Tie-breaking rule: June 4, 2020 at 13:39:44 UTC',
    ].join('\n');
    expect(facts(page, '2020-12-23')).toEqual([['2020-12-23', '170', 'general', 5000, 468, '2020-06-04']]);
  });
});

describe('numbers no round of the year had (u46)', () => {
  it('a Dubai consultant\'s "Draw 1: Provincial Nominee Program" / "Draw 2: Canadian Experience Class" in 2024: card labels, no round numbers (round-years.ts)', () => {
    const page = [
      'Desert Maple Immigration Services LLC',
      'Dubai - Abu Dhabi - Sharjah',
      'Home | Services | Canada PR | Study in Canada | Blog | Contact',
      'Express Entry Update: PNP and CEC draws on back-to-back days (August 26 & 27, 2024)',
      '28 August 2024 | Posted in Canada PR News',
      'IRCC has held two Express Entry draws this week. Here are the details for our clients in the UAE.',
      'Draw 1: Provincial Nominee Program',
      'Date: Monday, 26 August 2024',
      'Invitations: 1,121',
      'Lowest CRS score: 694',
      'Draw 2: Canadian Experience Class',
      'Date: Tuesday, 27 August 2024',
      'Invitations: 3,300',
      'Lowest CRS score: 507',
      'Tie-breaking rule: April 17, 2024 at 20:11:20 UTC',
      'Our analysis',
      'The CEC cut-off has come down to 507 from 509 two weeks ago. This is the lowest CEC cut-off of 2024 so far. However, the CEC requires one year of skilled work experience in Canada, so UAE-based clients without Canadian experience are not eligible.',
      'For most of our clients in Dubai and Abu Dhabi, the realistic routes right now are:',
      '- A provincial nomination (+600 CRS points)',
      '- French-language proficiency (French-language draws have had much lower cut-offs)',
      '- Category-based draws for healthcare, trades and STEM when they are held',
      'Book a consultation',
      'Call us or WhatsApp during office hours (Mon-Fri, 9 am - 6 pm GST). Our licensed consultants (RCIC) will review your profile.',
      'Share: Facebook | LinkedIn | X | WhatsApp',
      'Related posts',
      "Canada's new cap on study permits: what UAE students need to know",
      'How to get a UAE police clearance certificate for Canadian immigration',
    ].join('\n');
    expect(facts(page, '2024-08-28')).toEqual([
      ['2024-08-26', null, 'pnp', 1121, 694, null],
      ['2024-08-27', null, 'cec', 3300, 507, '2024-04-17'],
    ]);
  });
});

describe('Tamil: no draw this week (u46)', () => {
  it('"இந்த வாரமும் எக்ஸ்பிரஸ் என்ட்ரி டிரா இல்லை" (no Express Entry draw this week either), "கடைசியாக" (the last time) and "அதற்கு முன்" (before that): no news', () => {
    const page = [
      'இந்த வாரமும் எக்ஸ்பிரஸ் என்ட்ரி டிரா இல்லை – காத்திருப்பு தொடர்கிறது',
      'ஏப்ரல் 4, 2025 | குடிவரவு செய்திகள் | வாசிக்க 3 நிமிடம்',
      'தொடர்ந்து இரண்டாவது வாரமாக கனடா குடிவரவுத் துறை எந்த எக்ஸ்பிரஸ் என்ட்ரி டிராவையும் நடத்தவில்லை. இதனால் பூலில் உள்ள ஆயிரக்கணக்கான விண்ணப்பதாரர்கள் கவலையில் உள்ளனர்.',
      'கடைசியாக மார்ச் 21 அன்று நடந்த பிரெஞ்சு மொழி டிராவில் 7,500 பேருக்கு 379 மதிப்பெண்ணில் அழைப்பு அனுப்பப்பட்டது. அதற்கு முன் மார்ச் 17 அன்று நடந்த PNP டிராவில் 536 பேர் (குறைந்தபட்சம் 736) அழைக்கப்பட்டனர்.',
      'CEC பிரிவுக்கான டிரா பிப்ரவரி 5க்குப் பிறகு நடக்கவே இல்லை. அன்று 4,000 பேருக்கு 521 மதிப்பெண்ணில் அழைப்பு வழங்கப்பட்டது.',
      'ஏன் இந்த தாமதம்?',
      '• ஏப்ரல் 28 கூட்டாட்சித் தேர்தல்',
      '• 2025–2027 குடிவரவு நிலைத் திட்டத்தில் குறைக்கப்பட்ட இலக்குகள்',
      '• வேலை வாய்ப்புக்கான கூடுதல் புள்ளிகள் நீக்கம் செய்யப்பட்டதால் பூலில் ஏற்பட்ட மாற்றங்கள்',
      'அடுத்த டிரா எப்போது என்பது குறித்து IRCC எந்த அறிவிப்பும் வெளியிடவில்லை.',
    ].join('\n');
    expect(facts(page, '2025-04-04')).toEqual([]);
  });
});

describe('sheets, Tamil and pandemic round-ups (u46)', () => {
  it('a sheet\'s "Σ March ITAs 7,305" is a sum, never a round\'s count', () => {
    const page = [
      'EE_draws_2024.xlsx — Sheet "March"',
      'Last modified: 26/03/2024',
      'CRS\tITAs\tCategory\tDate (DD/MM/YYYY)\tDraw no.\tTie-break (ET)\tNew?',
      '525\t2,850\tGeneral\t12/03/2024\t288\t11/01/2023 13:08 ET\t',
      '430\t975\tTransport\t13/03/2024\t289\t07/31/2023 09:27 ET\t',
      '524\t1,980\tGeneral\t25/03/2024\t290\t02/25/2024 09:42 ET\tNEW',
      '388\t1,500\tFrench language proficiency\t26/03/2024\t291\t03/10/2024 16:06 ET\tNEW',
      '\t\t\t\t\t\t',
      'Σ March ITAs\t7,305\t\t\t\t\t',
      "(tie-break column copied from IRCC's UTC times and converted to Eastern, so the US-style date order there is on purpose)",
      'Jan | Feb | March | Apr | Charts',
    ].join('\n');
    expect(facts(page, '2024-03-26')).toEqual([]);
  });
  it('Tamil: "நேற்று" (yesterday), "முன்னதாக … பொது டிராவில் கட்-ஆஃப் 549" (earlier, the general draw\'s cut-off was 549) and a day-first tie-break date', () => {
    const page = [
      'கனடா எக்ஸ்பிரஸ் என்ட்ரி: STEM துறையினருக்கு 4,500 அழைப்புகள் – குறைந்தபட்ச CRS 491',
      'சென்னை, ஏப்ரல் 12, 2024 | வெளிநாட்டு வேலைவாய்ப்பு',
      'கனடாவில் நிரந்தர குடியுரிமை (PR) பெற விரும்பும் அறிவியல், தொழில்நுட்பம், பொறியியல், கணிதம் (STEM) துறை சார்ந்தவர்களுக்கு நல்ல செய்தி. கனடா குடிவரவுத் துறை (IRCC) நேற்று (வியாழக்கிழமை) நடத்திய எக்ஸ்பிரஸ் என்ட்ரி டிராவில் 4,500 பேருக்கு விண்ணப்பிக்கும் அழைப்பு (ITA) அனுப்பப்பட்டது.',
      'இந்த சுற்றுக்கான குறைந்தபட்ச CRS மதிப்பெண் 491. 2024 ஆம் ஆண்டில் நடைபெறும் முதல் STEM டிரா இதுவாகும்.',
      'முன்னதாக புதன்கிழமை நடந்த பொது டிராவில் கட்-ஆஃப் 549 ஆக இருந்தது; அதனுடன் ஒப்பிடுகையில் STEM பிரிவினருக்கு 58 புள்ளிகள் குறைவாகவே தேவைப்பட்டது.',
      'டை-பிரேக் விதி: 25 பிப்ரவரி 2024, 11:55:12 UTC',
      'மென்பொருள் பொறியாளர்கள், டேட்டா சயின்டிஸ்ட்கள், சிவில் மற்றும் மெக்கானிக்கல் பொறியாளர்கள் உள்ளிட்ட பல தொழில்கள் இந்தப் பிரிவில் அடங்கும். தமிழ்நாட்டிலிருந்து கனடாவில் பணிபுரியும் பல ஐடி ஊழியர்களுக்கு இது பயனளிக்கும் என நிபுணர்கள் தெரிவிக்கின்றனர்.',
      'அழைப்பு பெற்றவர்கள் 60 நாட்களுக்குள் முழுமையான விண்ணப்பத்தைச் சமர்ப்பிக்க வேண்டும்.',
      'பகிர்: WhatsApp | Facebook | Telegram',
      'தொடர்புடைய செய்திகள்: கனடா மாணவர் விசா வரம்பு – புதிய விதிகள் | ஜெர்மனி வாய்ப்பு அட்டை அறிமுகம்',
    ].join('\n');
    expect(facts(page, '2024-04-12')).toEqual([['2024-04-11', null, 'stem', 4500, 491, '2024-02-25']]);
  });
  it('"both limited to candidates likely already in Canada": "likely" describes the candidates, so the day of the two rounds in the table below stands', () => {
    const page = [
      '[Pop-up] Get our free weekly Express Entry digest! Enter your email — [Subscribe] [Maybe later]',
      'Express Entry weekly: two draws in one day as IRCC keeps inviting through COVID-19',
      'Friday, April 10, 2020 · Weekly round-up',
      '',
      'It was a busy week for Express Entry. On Thursday, April 9, IRCC held two separate rounds of invitations, both limited to candidates likely already in Canada or with provincial support:',
      '',
      'Round | Program | Invitations | Minimum CRS | Tie-breaking rule',
      '#141 | Provincial Nominee Program | 606 | 698 | December 18, 2019 11:29:51 UTC',
      '#142 | Canadian Experience Class | 3,294 | 464 | January 4, 2020 12:16:45 UTC',
      '',
      'The CEC cut-off fell three points from the March 23 CEC round, which invited 3,232 at 467.',
      '',
      'IRCC says it will keep holding program-specific rounds while travel restrictions are in place. Invited candidates who cannot gather documents because of the pandemic can submit an incomplete application with a letter of explanation.',
      '',
      'Next week: we look at how biometrics closures are affecting applications.',
      '',
      'Related posts: COVID-19 and your ITA: what you need to know · Can I still land in Canada? · PNP draws this week',
    ].join('\n');
    expect(facts(page, '2020-04-10')).toEqual([
      ['2020-04-09', '141', 'pnp', 606, 698, '2019-12-18'],
      ['2020-04-09', '142', 'cec', 3294, 464, '2020-01-04'],
    ]);
  });
});

describe("a week's sheet (u46)", () => {
  it('a sheet\'s column "07/04/2023 … 07/07/2023" under "Wk 27 (Jul 3–7)": days a week apart one way and months the other are read month first, and the headline\'s days come before a "last week" said in passing', () => {
    const page = [
      'EE Weekly Log 2023 — tab "Wk 27 (Jul 3–7)"',
      'Auto-filled from IRCC · last refresh 07/07/2023 10:05 ET',
      'Date\tRound\tCategory\tITAs\tLowest CRS',
      '07/04/2023\t253\tNo program specified\t700\t511',
      '07/05/2023\t254\tSTEM occupations\t500\t486',
      '07/06/2023\t255\tHealthcare occupations\t1,500\t463',
      '07/07/2023\t256\tFrench language proficiency\t2,300\t439',
      '\tWEEK TOTAL\t\t5,000\t',
      'Notes',
      '• First STEM and first French-language rounds ever (category-based selection launched last week with healthcare on 06/28).',
      '• Four rounds in four days — a record pace.',
      'Wk 25 | Wk 26 | Wk 27 | Wk 28 | Summary',
    ].join('\n');
    expect(facts(page, '2023-07-07')).toEqual([
      ['2023-07-04', '253', 'general', 700, 511, null],
      ['2023-07-05', '254', 'stem', 500, 486, null],
      ['2023-07-06', '255', 'healthcare', 1500, 463, null],
      ['2023-07-07', '256', 'french', 2300, 439, null],
    ]);
  });
  it("an Indian portal's table of the week's four rounds with US-style days (07/04/2023 …): each is news", () => {
    const page = [
      'MapleRoute Consultancy - Dhaka | Sylhet',
      'Blog | Canada PR Updates',
      'This week in Express Entry: four draws in four days (July 4-7, 2023)',
      'Posted on 08/07/2023 by MapleRoute Team',
      'What a week! IRCC has held four Express Entry rounds back to back, including the first STEM and first French-language category draws. Here is everything in one place:',
      'Draw # | Date | Category | ITAs | Lowest CRS | Tie-break (UTC)',
      '253 | 04-07-2023 | No program specified | 700 | 511 | 2023-07-01 09:31:32',
      '254 | 05-07-2023 | STEM occupations | 500 | 486 | 2022-11-23 00:01:29',
      '255 | 06-07-2023 | Healthcare occupations | 1,500 | 463 | 2023-06-19 06:41:05',
      '256 | 07-07-2023 | French-language proficiency | 2,300 | 439 | 2023-01-20 17:18:32',
      'Total this week: 5,000 ITAs',
      'Our observations',
      '1. The all-program round was small, only 700 ITAs, but the cut-off stayed above 500.',
      '2. STEM candidates (software engineers, data scientists, civil engineers) needed 486. Many of our Bangladeshi clients with CSE and EEE degrees fall in this category.',
      '3. French speakers got an ITA with 439 points! If you have studied French at Alliance Francaise Dhaka, now is the time to take the TEF Canada exam.',
      '4. Healthcare: nurses, doctors, medical lab technologists - 463 was the lowest score.',
      'What should you do now?',
      '- Check whether your occupation (NOC 2021) is in one of the six categories',
      '- Update your Express Entry profile with your correct NOC code',
      '- Improve your IELTS: CLB 9 can add a lot of points',
      'Want to know your chances? Send your CV to our WhatsApp or visit our Gulshan office. Consultation fee: Tk 1,000 (adjustable with file opening).',
      '#CanadaPR #ExpressEntry #BangladeshToCanada #STEM #Frenchdraw',
    ].join('\n');
    expect(facts(page, '2023-07-08').sort()).toEqual(
      [
        ['2023-07-04', '253', 'general', 700, 511, '2023-07-01'],
        ['2023-07-05', '254', 'stem', 500, 486, '2022-11-23'],
        ['2023-07-06', '255', 'healthcare', 1500, 463, '2023-06-19'],
        ['2023-07-07', '256', 'french', 2300, 439, '2023-01-20'],
      ].sort(),
    );
  });
});

describe('a weekly snapshot (u46)', () => {
  it('"WEEKLY SNAPSHOT · 2026-07-18 → 2026-07-24" over a table whose rows end with an empty BADGE cell: the ISO days are the week (no arrow-told change), each row one of its rounds', () => {
    const page = [
      'WEEKLY SNAPSHOT  ·  2026-07-18 → 2026-07-24',
      '[ 4 rounds ]  [ 7,515 ITAs ]  [ lowest CRS 368 ]',
      'DATE       | TYPE                         | #   | ITAs  | CRS | BADGE',
      '2026-07-20 | Provincial Nominee Program   | 427 | 511   | 744 |',
      '2026-07-21 | Canadian Experience Class    | 428 | 2,000 | 516 | =516 again',
      '2026-07-22 | French-language proficiency  | 429 | 5,000 | 399 |',
      '2026-07-23 | Skilled military recruits    | 430 | 4     | 368 | 🆕 first ever',
      'Tie-breaking rule for the military round: June 02, 2026 at 20:11:26 UTC.',
      'Year to date: 42 rounds · 104,616 invitations',
      'Last week: senior managers round on July 10 (500 ITAs, CRS 392).',
      '⬇ Export   ⚙ Columns   ☾ Theme',
    ].join('\n');
    expect(facts(page, '2026-07-24').sort()).toEqual(
      [
        ['2026-07-20', '427', 'pnp', 511, 744, null],
        ['2026-07-21', '428', 'cec', 2000, 516, null],
        ['2026-07-22', '429', 'french', 5000, 399, null],
        ['2026-07-23', '430', 'military', 4, 368, '2026-06-02'],
      ].sort(),
    );
  });
});

describe('cards with a day under their title, Vietnamese labels (u44)', () => {
  it('Taglish cards "Draw #143 — PNP only" / "Miyerkules, April 15, 2020": the day under a numbered card\'s title is its round\'s, not the page\'s byline, and not the first day of the headline\'s "April 13–17"', () => {
    const page = [
      'Kabayan sa Canada 🍁 | Blog',
      'Home · Express Entry · PNP · Student Visa · About',
      '',
      'Express Entry Weekly Update: 2 draws ngayong linggo (April 13–17, 2020)',
      'Posted on April 17, 2020 by Mark Dela Cruz · 3 min read',
      '',
      'Kahit naka-lockdown tayo dahil sa COVID-19, tuloy pa rin ang Express Entry draws! Pero pansinin niyo: mula noong March, PNP at CEC lang ang iniimbitahan ng IRCC — wala pang draw para sa mga FSW na nasa labas ng Canada.',
      '',
      'Narito ang mga draw ngayong linggo:',
      '',
      'Draw #143 — PNP only',
      'Miyerkules, April 15, 2020',
      '118 ITAs | Cut-off: 808 points',
      '',
      'Draw #144 — Canadian Experience Class (CEC) only',
      'Huwebes, April 16, 2020',
      '3,782 ITAs | Cut-off: 455 points',
      'Tie-breaking rule: January 20, 2020 at 17:37:33 UTC',
      '',
      'Good news para sa mga kababayan nating nasa Canada na (caregivers, international students na may work permit): bumaba na sa 455 ang cut-off ng CEC. Noong nakaraang linggo (April 9), 464 pa.',
      '',
      'Tips: siguraduhin na updated ang inyong work experience at language test sa profile. Kung expired na ang IELTS niyo, hindi kayo maiimbitahan.',
      '',
      'Ingat po tayong lahat at #StayHome 🙏',
      '',
      'Share this: Facebook | Messenger | Twitter',
      'Related: Paano mag-apply ng PGWP extension · Listahan ng NOC para sa caregivers',
    ].join('\n');
    expect(facts(page, '2020-04-17').sort()).toEqual(
      [
        ['2020-04-15', '143', 'pnp', 118, 808, null],
        ['2020-04-16', '144', 'cec', 3782, 455, '2020-01-20'],
      ].sort(),
    );
  });
  it('Vietnamese: "Tác giả:" (by) makes the page\'s day a byline; "Số đợt: #176" and "Quy tắc phân định:" (the tie-breaking rule) label the card', () => {
    const page = [
      'VISANEWS.vn – Tin tức du học, định cư',
      'Trang chủ » Định cư Canada » Express Entry',
      '',
      'Kỷ lục lịch sử: Canada mời 27.332 ứng viên CEC, điểm CRS chỉ 75!',
      'Chủ Nhật, 14/02/2021 | Tác giả: Minh Anh',
      '',
      'Ngày thứ Bảy 13/2/2021, Bộ Di trú Canada (IRCC) đã tổ chức đợt rút thăm Express Entry số 176 – đợt lớn nhất từ trước đến nay – gửi 27.332 thư mời (ITA) cho các ứng viên thuộc diện Kinh nghiệm Canada (Canadian Experience Class – CEC).',
      '',
      'Điểm CRS tối thiểu chỉ là 75 điểm, thấp nhất trong lịch sử Express Entry. Gần như toàn bộ ứng viên CEC trong hồ sơ chờ đều nhận được thư mời.',
      '',
      'Thông tin đợt rút thăm:',
      '- Số đợt: #176',
      '- Ngày: 13/02/2021',
      '- Diện: Canadian Experience Class',
      '- Số thư mời: 27.332',
      '- Điểm tối thiểu: 75',
      '- Quy tắc phân định: 12/09/2020 lúc 15:31:40 UTC',
      '',
      'Trước đó, ngày 10/2, IRCC đã mời 654 ứng viên diện đề cử tỉnh bang (PNP) với điểm tối thiểu 720.',
      '',
      'Đây là tin vui lớn cho hàng nghìn du học sinh Việt Nam đang làm việc tại Canada theo giấy phép PGWP. Nếu bạn nhận được ITA, hãy chuẩn bị hồ sơ trong vòng 60 ngày.',
      '',
      '👉 Đăng ký tư vấn miễn phí | Chia sẻ: Facebook · Zalo',
    ].join('\n');
    expect(facts(page, '2021-02-14')).toEqual([['2021-02-13', '176', 'cec', 27332, 75, '2020-09-12']]);
  });
});

describe('round numbers in more forms (u44, u46)', () => {
  it('Taglish: "ang ika-15 na round mula nang magsimula ang EE" (the 15th round since EE began) in 2015', () => {
    const page = [
      'Pinoy Express Entry Canada 🇵🇭🇨🇦',
      'Public group · 12.4K members',
      '',
      'Admin Ate Joy · Agosto 22, 2015 · 🌐',
      '',
      'UPDATE mga kabayan!! May bagong Express Entry draw kahapon, Biyernes (Aug. 21). 1,523 ang nakatanggap ng ITA at ang cut-off ay 456 CRS points. Ito na ang ika-15 na round mula nang magsimula ang EE noong Enero.',
      '',
      "Mas mababa 'yan kaysa sa 471 noong Aug. 7, kaya sa mga nasa 460 pataas, check niyo na ang MyCIC account niyo! 😊",
      '',
      'Reminder lang po: 60 days lang ang bigay para mag-submit ng complete application pag na-ITA kayo, kaya ihanda na ang NBI clearance, medical at proof of funds.',
      '',
      '👍 248 · 97 comments · 31 shares',
      'Like · Comment · Share',
      '',
      'Rhea Mendoza: Salamat admin! 452 lang ako huhu next time na lang 🙏',
      'Jun-jun Santos: ITA received!!! 463 po ako. Thank you Lord!',
      'Ate Joy: @Jun-jun congrats!! 🎉',
      'Write a comment...',
    ].join('\n');
    expect(facts(page, '2015-08-22')).toEqual([['2015-08-21', '15', 'general', 1523, 456, null]]);
  });
  it('Spanish: "Ronda general n.º 283", an adjective between the round and its number', () => {
    const page = [
      'Canadá para Españoles',
      'Inicio · Noticias · Guías · Foro',
      '',
      'Resumen semanal de Express Entry (12–17 de febrero de 2024): tres rondas',
      '17/02/2024 · Por Lucía Fernández',
      '',
      'Semana intensa en Express Entry: el IRCC celebró tres rondas de invitaciones en cuatro días.',
      '',
      '• Martes 13/02 — Ronda general n.º 283: 1.490 invitaciones, CRS mínimo 535.',
      '• Miércoles 14/02 — Ronda n.º 284 para profesiones sanitarias (healthcare): 3.500 invitaciones, CRS mínimo 422.',
      '• Viernes 16/02 — Ronda n.º 285 para agricultura y agroalimentación: 150 invitaciones, CRS mínimo 437.',
      '',
      'En total, 5.140 invitaciones esta semana. La ronda sanitaria es una buena noticia para enfermeras y médicos españoles que ya trabajan en Canadá: 422 puntos está muy por debajo de los 535 exigidos en la ronda general.',
      '',
      'La última ronda para francófonos, el 1 de febrero, invitó a 7.000 candidatos con 365 puntos.',
      '',
      'Recuerda: tras recibir la invitación tienes 60 días para presentar la solicitud completa, con certificado de antecedentes penales y reconocimiento médico.',
      '',
      'Compartir: WhatsApp · Facebook · X',
      'Entradas relacionadas: Cómo convalidar enfermería en Ontario · Cupos de PVT Canadá 2024',
    ].join('\n');
    expect(facts(page, '2024-02-17').sort()).toEqual(
      [
        ['2024-02-13', '283', 'general', 1490, 535, null],
        ['2024-02-14', '284', 'healthcare', 3500, 422, null],
        ['2024-02-16', '285', 'agriculture', 150, 437, null],
      ].sort(),
    );
  });
  it('French (West Africa): "tirage général n°158"', () => {
    const page = [
      'Entrée express : deux tirages cette semaine, dont un pour les métiers spécialisés',
      'Cotonou, 7 août 2020',
      'Malgré la pandémie, le Canada poursuit ses tirages Entrée express. Cette semaine, deux rondes ont eu lieu :',
      '• mercredi 5 août : tirage général n°158 – 3 900 invitations, score minimal 476 points ;',
      '• jeudi 6 août : tirage n°159 réservé au Programme des travailleurs de métiers spécialisés (fédéral) – 250 invitations, score minimal 415 points.',
      'Le tirage général ouvert à tous les programmes est le premier depuis le 8 juillet. Les candidats qui vivent hors du Canada y sont de nouveau admissibles.',
      "Les Béninois titulaires d'un diplôme technique (électricité, mécanique, soudure) ont tout intérêt à se renseigner sur le volet des métiers spécialisés.",
    ].join('\n');
    expect(facts(page, '2020-08-07').sort()).toEqual(
      [
        ['2020-08-05', '158', 'general', 3900, 476, null],
        ['2020-08-06', '159', 'fst', 250, 415, null],
      ].sort(),
    );
  });
  it('a box-drawn card "│ #99  All programs"', () => {
    const page = [
      'EE Dashboard  ›  Weekly view',
      'WEEK 39 · Sep 18 – Sep 24, 2018',
      '2 rounds this week   ·   3,900 invitations in total',
      '┌ WED 19 SEP ─────────────────────',
      '│ #99  All programs',
      '│ 3,500 ITAs      CRS 441',
      '│ Tie-break: 2018-09-06 10:28:45 UTC',
      '│ [▲ +1 vs #98]',
      '└─────────────────────────────────',
      '┌ MON 24 SEP ─────────────────────',
      '│ #100  Federal Skilled Trades only   [FST ⚒]',
      '│ 400 ITAs        CRS 284',
      '│ Tie-break: 2018-02-18 12:31:16 UTC',
      '│ [round 100 🎉]',
      '└─────────────────────────────────',
      'Previous all-program round: #98, Sep 5 — 3,900 ITAs at 440.',
      'Rounds in 2018 so far: 21 · Next round expected: early October',
      '⚙ Customize cards    ⟳ Refresh    ⇪ Export CSV',
    ].join('\n');
    expect(facts(page, '2018-09-24').sort()).toEqual(
      [
        ['2018-09-19', '99', 'general', 3500, 441, '2018-09-06'],
        ['2018-09-24', '100', 'fst', 400, 284, '2018-02-18'],
      ].sort(),
    );
  });
  it('Vietnamese: "đợt rút thăm Express Entry số 341" (Express Entry draw number 341)', () => {
    const page = [
      'Tin Định Cư Canada 24h',
      'Trang chủ › Express Entry › Tin mới',
      '',
      'Đợt rút thăm tiếng Pháp lớn nhất từ trước đến nay: 7.500 ITA, điểm CRS 379',
      'Thứ Bảy, 22/3/2025 – 07:45 (GMT+7)',
      '',
      'Ngày 21/3/2025, Bộ Di trú Canada (IRCC) đã tổ chức đợt rút thăm Express Entry số 341 dành cho ứng viên thành thạo tiếng Pháp. Có 7.500 thư mời nộp hồ sơ thường trú được gửi đi – con số cao nhất từng có cho nhóm tiếng Pháp.',
      '',
      'Chi tiết:',
      '| Số đợt | Ngày | Diện | Số ITA | CRS tối thiểu |',
      '| 341 | 21/03/2025 | Tiếng Pháp | 7.500 | 379 |',
      'Quy tắc phân định: 06/03/2025 lúc 02:53:27 UTC',
      '',
      'Đợt tiếng Pháp trước đó (06/03/2025) mời 4.500 ứng viên với 410 điểm. Như vậy, điểm tối thiểu đã giảm 31 điểm chỉ sau hai tuần.',
      '',
      'Theo kế hoạch nhập cư 2025–2027, Canada đặt mục tiêu tăng tỷ lệ người nhập cư nói tiếng Pháp bên ngoài Québec. Học tiếng Pháp đạt trình độ NCLC 7 (TEF Canada hoặc TCF Canada) hiện là một trong những cách hiệu quả nhất để nhận ITA.',
      '',
      '📌 Khóa học tiếng Pháp TEF online – khai giảng tháng 4',
      'Chia sẻ: Facebook · Zalo',
    ].join('\n');
    expect(facts(page, '2025-03-22')).toEqual([['2025-03-21', '341', 'french', 7500, 379, '2025-03-06']]);
  });
});

describe('tie-breaks under their own labels (u46)', () => {
  it('a digest\'s "Tie-breaking rules (UTC)" over "#431: 2026-05-15 15:58:19": each item is its round\'s rule, in the heading\'s zone', () => {
    const page = [
      'Weekly Express Entry digest — week ending Friday, August 7, 2026',
      'Generated automatically from IRCC data · Reviewed by editors',
      '',
      'This week IRCC held four rounds of invitations:',
      '',
      '1) Tuesday, Aug. 4 — Provincial Nominee Program: 507 ITAs, lowest CRS 768 (round #431)',
      '2) Wednesday, Aug. 5 — Canadian Experience Class: 3,000 ITAs, lowest CRS 516 (round #432)',
      '3) Thursday, Aug. 6 — French-language proficiency: 5,000 ITAs, lowest CRS 391 (round #433)',
      '4) Friday, Aug. 7 — Transport occupations: 300 ITAs, lowest CRS 470 (round #434)',
      '',
      'Total invitations this week: 8,807.',
      '',
      'Observations',
      '• The CEC cut-off matched the July 21 round (516).',
      '• The French-language cut-off fell 8 points from July 22 (399).',
      '• This is the first transport round of 2026 in our records.',
      '',
      'Tie-breaking rules (UTC)',
      '#431: 2026-05-15 15:58:19',
      '#432: 2026-07-03 21:35:13',
      '#433: 2026-03-18 23:32:40',
      '#434: 2025-10-11 14:55:49',
      '',
      'Subscribe to the weekly digest · Unsubscribe · RSS',
    ].join('\n');
    expect(facts(page, '2026-08-07').sort()).toEqual(
      [
        ['2026-08-04', '431', 'pnp', 507, 768, '2026-05-15'],
        ['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03'],
        ['2026-08-06', '433', 'french', 5000, 391, '2026-03-18'],
        ['2026-08-07', '434', 'transport', 300, 470, '2025-10-11'],
      ].sort(),
    );
  });
  it('an app\'s card: "Tie-breaking rule", then "28 Dec 2021 · 11:03:15 UTC" on the next line', () => {
    const page = [
      '←  Draw details                         ⤴',
      'LATEST ROUND   •   posted 2h ago',
      'Round 229',
      'All programs (no program specified)',
      'Invitations',
      '2,250',
      'CRS cut-off',
      '525',
      'Tie-breaking rule',
      '28 Dec 2021 · 11:03:15 UTC',
      'Change vs last round:  ▼ 8  (533)',
      'Size vs last round:  ▲ 250',
      '[ Compare with my score ]',
      'Save    Share    Report an error',
    ].join('\n');
    expect(facts(page, undefined)).toEqual([[null, '229', 'general', 2250, 525, '2021-12-28']]);
  });
});

describe('Punjabi and Gujarati (u46)', () => {
  it('Gujarati: "4,300 ઉમેદવારોને ITA, લઘુતમ CRS 486" (ITAs to 4,300 candidates, the minimum CRS 486, "લઘુતમ" spelt with one ત), "ઓલ-પ્રોગ્રામ" (all-program)', () => {
    const page = [
      'કેનેડા એક્સપ્રેસ એન્ટ્રી: આ અઠવાડિયે બે ડ્રો, પહેલીવાર હેલ્થકેર કેટેગરી માટે ખાસ ડ્રો',
      'અમદાવાદ | 29 જૂન, 2023, ગુરુવાર',
      'કેનેડામાં કાયમી વસવાટ (PR) ઇચ્છતા ગુજરાતીઓ માટે આ અઠવાડિયું મહત્વનું રહ્યું. ઇમિગ્રેશન, રેફ્યુજીસ એન્ડ સિટીઝનશિપ કેનેડા (IRCC)એ મંગળવાર અને બુધવારે સતત બે ડ્રો કાઢ્યા.',
      '▶ મંગળવાર, 27 જૂન: ઓલ-પ્રોગ્રામ ડ્રો (#251) – 4,300 ઉમેદવારોને ITA, લઘુતમ CRS 486',
      '▶ બુધવાર, 28 જૂન: હેલ્થકેર વ્યવસાયો માટેનો પ્રથમ કેટેગરી-આધારિત ડ્રો – 500 ITA, લઘુતમ CRS 476',
      'બંને ડ્રો મળીને કુલ 4,800 ઉમેદવારોને આમંત્રણ મળ્યું.',
      'કેટેગરી-આધારિત પસંદગી શું છે?',
      'મે મહિનામાં ઇમિગ્રેશન મંત્રી શોન ફ્રેઝરે છ કેટેગરી જાહેર કરી હતી: હેલ્થકેર, STEM, ટ્રેડ્સ, ટ્રાન્સપોર્ટ, કૃષિ અને ફ્રેન્ચ ભાષા. આ કેટેગરીમાં આવતા ઉમેદવારોને સામાન્ય ડ્રો કરતાં ઓછા સ્કોર પર પણ આમંત્રણ મળી શકે છે.',
      'નર્સ, ફાર્માસિસ્ટ, ફિઝિયોથેરાપિસ્ટ, ડેન્ટિસ્ટ જેવા વ્યવસાયના લોકોને સીધો લાભ થશે. ગુજરાતમાંથી ઘણી નર્સો હાલ કેનેડામાં વર્ક પરમિટ પર છે.',
      'આગામી અઠવાડિયામાં STEM અને ફ્રેન્ચ ભાષા માટે પણ ડ્રો થવાની શક્યતા છે.',
      'વધુ વાંચો: કેનેડા સ્ટુડન્ટ વિઝા: GIC રકમ વધી | યુએસ H-1B લોટરી પરિણામ',
    ].join('\n');
    expect(facts(page, '2023-06-29').sort()).toEqual(
      [
        ['2023-06-27', '251', 'general', 4300, 486, null],
        ['2023-06-28', null, 'healthcare', 500, 476, null],
      ].sort(),
    );
  });
  it('Punjabi: "ਸ਼ਨੀਵਾਰ ਨੂੰ" (on Saturday), "ਰਾਊਂਡ ਨੰਬਰ 176" (round number 176), "ਉਮੀਦਵਾਰਾਂ ਨੂੰ ITA ਭੇਜੇ ਗਏ" (ITAs were sent to candidates), "ਫ਼ਰਵਰੀ" with its nukta', () => {
    const page = [
      'ਇਤਿਹਾਸਕ ਡਰਾਅ: ਕੈਨੇਡਾ ਨੇ ਇੱਕੋ ਦਿਨ 27,332 ਉਮੀਦਵਾਰਾਂ ਨੂੰ PR ਲਈ ਸੱਦਿਆ, CRS ਸਿਰਫ਼ 75',
      'ਪ੍ਰਕਾਸ਼ਿਤ: ਐਤਵਾਰ, 14 ਫ਼ਰਵਰੀ 2021',
      'ਬਰੈਂਪਟਨ (ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸਹੋਤਾ): ਕੈਨੇਡਾ ਸਰਕਾਰ ਨੇ ਸ਼ਨੀਵਾਰ ਨੂੰ ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਦੇ ਇਤਿਹਾਸ ਦਾ ਸਭ ਤੋਂ ਵੱਡਾ ਡਰਾਅ ਕੱਢ ਕੇ ਸਭ ਨੂੰ ਹੈਰਾਨ ਕਰ ਦਿੱਤਾ। ਰਾਊਂਡ ਨੰਬਰ 176 ਵਿਚ ਕੈਨੇਡੀਅਨ ਐਕਸਪੀਰੀਐਂਸ ਕਲਾਸ (CEC) ਦੇ 27,332 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ITA ਭੇਜੇ ਗਏ ਅਤੇ ਘੱਟੋ-ਘੱਟ ਸਕੋਰ ਸਿਰਫ਼ 75 ਰੱਖਿਆ ਗਿਆ।',
      'ਇਸ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ ਇੱਕ ਡਰਾਅ ਵਿਚ ਵੱਧ ਤੋਂ ਵੱਧ 5,000 ਸੱਦੇ ਹੀ ਭੇਜੇ ਗਏ ਸਨ। ਬੁੱਧਵਾਰ ਨੂੰ ਹੋਏ PNP ਡਰਾਅ ਵਿਚ ਤਾਂ ਸਿਰਫ਼ 654 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਹੀ ਸੱਦਾ ਮਿਲਿਆ ਸੀ।',
      'ਟਾਈ-ਬ੍ਰੇਕਿੰਗ ਨਿਯਮ: 12 ਸਤੰਬਰ 2020, 15:31:40 UTC',
      'ਇਸ ਫ਼ੈਸਲੇ ਦਾ ਸਭ ਤੋਂ ਵੱਧ ਫ਼ਾਇਦਾ ਕੈਨੇਡਾ ਵਿਚ ਪਹਿਲਾਂ ਤੋਂ ਮੌਜੂਦ ਸਾਬਕਾ ਅੰਤਰਰਾਸ਼ਟਰੀ ਵਿਦਿਆਰਥੀਆਂ ਅਤੇ ਵਰਕ ਪਰਮਿਟ ਹੋਲਡਰਾਂ ਨੂੰ ਹੋਵੇਗਾ, ਜਿਨ੍ਹਾਂ ਵਿਚ ਵੱਡੀ ਗਿਣਤੀ ਪੰਜਾਬੀ ਨੌਜਵਾਨਾਂ ਦੀ ਹੈ।',
      "ਮਾਹਿਰ ਮੰਨਦੇ ਹਨ ਕਿ ਕੋਵਿਡ ਕਾਰਨ ਸਰਹੱਦਾਂ ਬੰਦ ਹੋਣ ਕਰਕੇ ਸਰਕਾਰ 2021 ਦਾ 4,01,000 ਨਵੇਂ ਪ੍ਰਵਾਸੀਆਂ ਦਾ ਟੀਚਾ ਪੂਰਾ ਕਰਨ ਲਈ ਦੇਸ਼ ਅੰਦਰ ਰਹਿ ਰਹੇ ਲੋਕਾਂ 'ਤੇ ਨਿਰਭਰ ਹੈ।",
      'ਬਰੈਂਪਟਨ ਦੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਲਾਹਕਾਰ ਜਸਵਿੰਦਰ ਢਿੱਲੋਂ ਨੇ ਕਿਹਾ, "ਜਿਨ੍ਹਾਂ ਕੋਲ ਇੱਕ ਸਾਲ ਦਾ ਕੈਨੇਡੀਅਨ ਤਜਰਬਾ ਸੀ, ਉਨ੍ਹਾਂ ਵਿਚੋਂ ਲਗਭਗ ਹਰ ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਮਿਲ ਗਿਆ ਹੈ।"',
    ].join('\n');
    expect(facts(page, '2021-02-14').map((d) => d.slice(0, 5))).toEqual([['2021-02-13', '176', 'cec', 27332, 75]]);
  });
});

describe("an app's newest round, a Punjabi dateline (u46)", () => {
  it('an app\'s card "Round #41" over "Wednesday, August 24, 2016": the day under a round\'s number is its round\'s, not a byline', () => {
    const page = [
      '9:41 AM                 ▂▄▆ LTE  64%',
      'EE Draw Tracker',
      'Latest   |   History   |   My Score',
      'NEW ROUND',
      'Round #41',
      'Wednesday, August 24, 2016',
      'INVITATIONS ISSUED',
      '750',
      'MINIMUM CRS',
      '538',
      '▲ 48 points vs previous round',
      'Previous: #40 · Aug 10 · 754 ITAs · CRS 490',
      'Your saved score: 472  (66 below this cut-off)',
      '[ Share ]     [ Notify me next time ]',
      "Tip: cut-offs jumped after big rounds before – don't panic, keep your profile updated.",
      'Home      Draws      Calculator      Settings',
    ].join('\n');
    expect(facts(page, '2016-08-24')).toEqual([['2016-08-24', '41', 'general', 750, 538, null]]);
  });
  it('Punjabi: "ਬੁੱਧਵਾਰ ਨੂੰ ਦਸੰਬਰ 2020 ਤੋਂ ਬਾਅਦ ਪਹਿਲੀ ਵਾਰ" (on Wednesday, for the first time since December 2020): the round is Wednesday\'s, not the dateline\'s', () => {
    const page = [
      'ਮੁੱਖ ਪੰਨਾ | ਪੰਜਾਬ | ਦੇਸ਼ | ਵਿਦੇਸ਼ | ਖੇਡਾਂ | ਮਨੋਰੰਜਨ | ਈ-ਪੇਪਰ',
      'ਕੈਨੇਡਾ ਨੇ 18 ਮਹੀਨਿਆਂ ਬਾਅਦ ਸਾਰੇ ਪ੍ਰੋਗਰਾਮਾਂ ਲਈ ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਡਰਾਅ ਕੱਢਿਆ, 1500 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਸੱਦਾ',
      'ਟੋਰਾਂਟੋ/ਜਲੰਧਰ, 7 ਜੁਲਾਈ (ਬਿਊਰੋ) –',
      'ਕੈਨੇਡਾ ਵਿਚ ਪੱਕੇ ਹੋਣ ਦੀ ਉਡੀਕ ਕਰ ਰਹੇ ਪੰਜਾਬੀਆਂ ਲਈ ਵੱਡੀ ਖ਼ਬਰ ਹੈ। ਇਮੀਗ੍ਰੇਸ਼ਨ, ਰਫਿਊਜੀਜ਼ ਅਤੇ ਸਿਟੀਜ਼ਨਸ਼ਿਪ ਕੈਨੇਡਾ (IRCC) ਨੇ ਬੁੱਧਵਾਰ ਨੂੰ ਦਸੰਬਰ 2020 ਤੋਂ ਬਾਅਦ ਪਹਿਲੀ ਵਾਰ ਅਜਿਹਾ ਡਰਾਅ ਕੱਢਿਆ ਜਿਸ ਵਿਚ ਫੈਡਰਲ ਸਕਿੱਲਡ ਵਰਕਰ, ਕੈਨੇਡੀਅਨ ਐਕਸਪੀਰੀਐਂਸ ਕਲਾਸ ਅਤੇ ਫੈਡਰਲ ਸਕਿੱਲਡ ਟ੍ਰੇਡਜ਼ ਸਮੇਤ ਸਾਰੇ ਪ੍ਰੋਗਰਾਮਾਂ ਦੇ ਉਮੀਦਵਾਰ ਸ਼ਾਮਲ ਸਨ।',
      'ਇਸ ਡਰਾਅ ਵਿਚ 1,500 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਪੱਕੀ ਰਿਹਾਇਸ਼ ਲਈ ਅਰਜ਼ੀ ਦੇਣ ਦਾ ਸੱਦਾ (ITA) ਭੇਜਿਆ ਗਿਆ ਅਤੇ ਘੱਟੋ-ਘੱਟ CRS ਸਕੋਰ 557 ਰਿਹਾ। ਟਾਈ-ਬ੍ਰੇਕਿੰਗ ਨਿਯਮ 13 ਨਵੰਬਰ 2021 ਨੂੰ 02:20:46 UTC ਲਾਗੂ ਕੀਤਾ ਗਿਆ।',
      "ਜ਼ਿਕਰਯੋਗ ਹੈ ਕਿ ਕੋਵਿਡ ਮਹਾਂਮਾਰੀ ਦੌਰਾਨ ਬੈਕਲਾਗ ਵਧਣ ਕਾਰਨ ਸਰਕਾਰ ਨੇ FSW ਅਤੇ CEC ਡਰਾਅ ਰੋਕ ਦਿੱਤੇ ਸਨ ਅਤੇ ਸਿਰਫ਼ PNP ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਹੀ ਸੱਦੇ ਭੇਜੇ ਜਾ ਰਹੇ ਸਨ। 22 ਜੂਨ ਨੂੰ ਹੋਏ ਪਿਛਲੇ PNP ਡਰਾਅ ਵਿਚ 636 ਉਮੀਦਵਾਰਾਂ ਨੂੰ 752 ਅੰਕਾਂ 'ਤੇ ਸੱਦਿਆ ਗਿਆ ਸੀ।",
      'ਇਮੀਗ੍ਰੇਸ਼ਨ ਮੰਤਰੀ ਸ਼ੌਨ ਫਰੇਜ਼ਰ ਨੇ ਅਪ੍ਰੈਲ ਵਿਚ ਐਲਾਨ ਕੀਤਾ ਸੀ ਕਿ ਜੁਲਾਈ ਦੇ ਸ਼ੁਰੂ ਤੋਂ ਸਾਰੇ ਪ੍ਰੋਗਰਾਮਾਂ ਦੇ ਡਰਾਅ ਮੁੜ ਸ਼ੁਰੂ ਹੋਣਗੇ ਅਤੇ ਨਵੀਆਂ ਅਰਜ਼ੀਆਂ ਛੇ ਮਹੀਨਿਆਂ ਦੇ ਮਿਆਰ ਅਨੁਸਾਰ ਪ੍ਰੋਸੈਸ ਕੀਤੀਆਂ ਜਾਣਗੀਆਂ।',
      'ਮਾਹਿਰਾਂ ਅਨੁਸਾਰ ਆਉਣ ਵਾਲੇ ਡਰਾਅ ਵਿਚ ਸੱਦਿਆਂ ਦੀ ਗਿਣਤੀ ਵਧਣ ਨਾਲ ਸਕੋਰ ਹੌਲੀ-ਹੌਲੀ ਹੇਠਾਂ ਆ ਸਕਦਾ ਹੈ।',
      'ਸਾਂਝਾ ਕਰੋ: Facebook | WhatsApp | Twitter',
      'ਇਹ ਵੀ ਪੜ੍ਹੋ: ਸਟੱਡੀ ਵੀਜ਼ਾ ਰਿਫਿਊਜ਼ਲ ਵਧੇ, ਮਾਪੇ ਚਿੰਤਤ | ਆਸਟ੍ਰੇਲੀਆ ਨੇ ਵਰਕ ਘੰਟਿਆਂ ਦੀ ਹੱਦ ਮੁੜ ਲਾਗੂ ਕੀਤੀ',
    ].join('\n');
    expect(facts(page, '2022-07-07')).toEqual([['2022-07-06', null, 'general', 1500, 557, '2021-11-13']]);
  });
});

describe('bulletins and anniversaries (u44)', () => {
  it('"Express Entry Monthly Bulletin / March 2026", issued April 7: a month\'s bulletin announces none of its rounds, nor its "Invitations issued: 20,982"', () => {
    const page = [
      'Express Entry Monthly Bulletin',
      'March 2026',
      'Economic Immigration Statistics | Issued 7 April 2026',
      'Key figures',
      'Rounds held: 9',
      'Invitations issued: 20,982',
      'Rounds by type',
      'Date\tRound\tType\tITAs\tMin. CRS',
      '02/03/2026\t399\tProvincial Nominee Program\t264\t710',
      '03/03/2026\t400\tCanadian Experience Class\t4,000\t508',
      '04/03/2026\t401\tFrench-language proficiency\t5,500\t397',
      '05/03/2026\t402\tSenior managers with Canadian work experience\t250\t429',
      '16/03/2026\t403\tProvincial Nominee Program\t362\t742',
      '17/03/2026\t404\tCanadian Experience Class\t4,000\t507',
      '18/03/2026\t405\tFrench-language proficiency\t4,000\t393',
      '30/03/2026\t406\tProvincial Nominee Program\t356\t802',
      '31/03/2026\t407\tCanadian Experience Class\t2,250\t509',
      'Commentary',
      'March followed a regular fortnightly pattern: a PNP round on Monday followed by CEC and French-language rounds later in the week. The senior managers round of 5 March was the first for that category.',
      'CEC cut-offs held in a narrow range (507–509). The PNP cut-off of 802 on 30 March was the highest of the month.',
      'Dates in this bulletin are shown as DD/MM/YYYY.',
      'Next bulletin: April 2026 data, to be issued in early May.',
    ].join('\n');
    expect(facts(page, '2026-04-07')).toEqual([]);
  });
  it('an undated "ON THIS DAY IN CANADIAN IMMIGRATION / February 2" page: the rounds of past years on that day are no news', () => {
    const page = [
      'ON THIS DAY IN CANADIAN IMMIGRATION',
      'February 2',
      'Browse: ‹ February 1 | February 3 ›',
      '2023 — IRCC holds the first Express Entry round ever limited to the Federal Skilled Worker Program. 3,300 candidates are invited; the cut-off is 489 points.',
      '2022 — A Provincial Nominee Program-only round invites 1,070 candidates at 674, part of a run of PNP-only rounds that lasted until July 2022.',
      'Nearby dates',
      'February 1, 2024 — 7,000 invitations in a French-language proficiency round, minimum score 365.',
      'January 31, 2015 — The first Express Entry round: 779 invitations at 886.',
      'Did you know? The Express Entry pool opened on January 1, 2015, but no invitations were issued for the first month.',
      'Submit a correction | Subscribe to the daily digest',
    ].join('\n');
    expect(facts(page, undefined)).toEqual([]);
  });
});

describe('Gulf and Dhaka papers (u46)', () => {
  it('a Gulf paper\'s "Expat Guide" section is no guide; both rounds of "Two invitation rounds in six days" are news', () => {
    const page = [
      'The Gulf Standard',
      'UAE | Gulf | World | Business | Expat Guide | Sport',
      'Expat Guide',
      'Canada Express Entry hits round 100 with a trades-only draw',
      'Two invitation rounds in six days; nearly 4,000 candidates invited',
      'Published: September 25, 2018 10:02 | Updated: September 25, 2018 12:40',
      'By Staff Reporter',
      'Dubai: Canada has held two Express Entry draws in less than a week, good news for the thousands of UAE-based South Asian and Arab professionals who have profiles in the federal immigration pool.',
      'On Wednesday, September 19, Immigration, Refugees and Citizenship Canada (IRCC) invited 3,500 candidates from all programmes with Comprehensive Ranking System (CRS) scores of 441 or more.',
      "Then, on Monday, in the system's 100th round of invitations, 400 Federal Skilled Trades candidates were invited with scores as low as 284. For the trades round, the tie-breaking rule was set at February 18, 2018 at 12:31:16 UTC.",
      'The all-programme draw before that, on September 5, had invited 3,900 candidates at 440.',
      'Who benefits?',
      "Dubai-based consultants said the trades-only draws are particularly relevant to electricians, HVAC technicians and heavy-equipment operators working in the UAE's construction and facilities-management sector, provided they hold a Canadian job offer or a provincial certificate of qualification.",
      '"We have clients who have worked on big projects in Dubai and Abu Dhabi for ten years. Their experience counts, but the language test is where many struggle," said an adviser at a consultancy in Bur Dubai.',
      'Things to remember',
      "- Express Entry profiles are free to create on IRCC's website",
      '- Beware of agents asking for fees to "guarantee" an invitation',
      '- Work experience gained in the UAE counts as foreign work experience',
      'Share | Tweet | WhatsApp',
    ].join('\n');
    expect(facts(page, '2018-09-25').map((d) => d.slice(0, 4))).toEqual([
      ['2018-09-19', null, 'general', 3500],
      ['2018-09-24', '100', 'fst', 400],
    ]);
  });
  it('"One year since Canada\'s 27,332-invitation draw": a look back, its "most recent" PNP round no news', () => {
    const page = [
      'The Dhaka Observer',
      'Sunday, February 13, 2022',
      'Home / Analysis / Migration',
      "One year since Canada's 27,332-invitation draw: what changed for Bangladeshi applicants?",
      'Staff Correspondent',
      'Exactly a year ago, on February 13, 2021, Immigration, Refugees and Citizenship Canada (IRCC) did something no one expected: it invited 27,332 Canadian Experience Class (CEC) candidates in a single Express Entry round, with a minimum score of just 75 points.',
      'For Bangladeshi graduates already working in Toronto or Montreal, it was a life-changing moment. Many of them have since become permanent residents.',
      'But for applicants living in Bangladesh, the story has been very different. The Federal Skilled Worker (FSW) Program, which most Bangladeshis applying from home rely on, has not had a draw since December 2020.',
      'CEC draws have also stopped since September, and IRCC has only been holding PNP-only rounds. The most recent, on February 2, invited 1,070 provincial nominees with a minimum score of 674.',
      '"The backlog is the reason. IRCC wants to reduce its inventory before inviting more people," said a Dhaka-based migration consultant.',
      'Canada\'s new immigration minister, Sean Fraser, has said that processing times will improve this year and that Express Entry draws for FSW and CEC will resume "soon".',
      'What Bangladeshi applicants can do now',
      '- Keep your Express Entry profile active',
      '- Consider provincial programmes that accept overseas applicants',
      '- Keep your IELTS and ECA valid',
      "Readers' comments are moderated.",
    ].join('\n');
    expect(facts(page, '2022-02-13')).toEqual([]);
  });
});

describe("an app's notice (u44)", () => {
  it('a phone\'s lock screen "CRS Tracker • now / New Express Entry draw 🎯 / General round: 4,750 invitations, minimum CRS 561": an app\'s notice of a new round is news, whatever the app is called', () => {
    const page = [
      'Wednesday, December 6',
      '3:27',
      'CRS Tracker • now',
      'New Express Entry draw 🎯',
      'General round: 4,750 invitations, minimum CRS 561. Your score (548) is 13 points short. Tap for details.',
      'Gmail • 2h ago',
      'Your IELTS results are ready',
      'Swipe up to open',
    ].join('\n');
    expect(facts(page, '2023-12-06').map((d) => d.slice(2, 5))).toEqual([['general', 4750, 561]]);
  });
});

describe("a chat bot's box (u44)", () => {
  it('a Slack bot\'s box "┌ #322 · Tue 2024-11-12 · Provincial Nominee Program" / "└ #323 · Wed 2024-11-13 · …": the numbers opening box-drawn lines before a weekday and an ISO day', () => {
    const page = [
      '#ee-watch',
      'Sana Qureshi  3:02 PM',
      '/ee thisweek',
      'EE Tracker  APP  3:02 PM',
      'Only visible to you',
      'Express Entry rounds — last 7 days (Nov 7–13, 2024)',
      '┌ #322 · Tue 2024-11-12 · Provincial Nominee Program',
      '│ 733 invitations · CRS 812 · tie-break 2024-03-02 01:58:34 UTC',
      '└ #323 · Wed 2024-11-13 · Canadian Experience Class',
      '  400 invitations · CRS 547 · tie-break 2024-04-10 03:58:05 UTC',
      'Tip: /ee compare 534 to see how a score would have done.',
    ].join('\n');
    expect(facts(page, '2024-11-13').sort()).toEqual(
      [
        ['2024-11-12', '322', 'pnp', 733, 812, '2024-03-02'],
        ['2024-11-13', '323', 'cec', 400, 547, '2024-04-10'],
      ].sort(),
    );
  });
});
