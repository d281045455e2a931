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
