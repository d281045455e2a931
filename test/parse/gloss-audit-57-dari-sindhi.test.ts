import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Dari and Sindhi glossaries (docs/parser.md "Dari and Sindhi", "Audit (session 57)") on pages written for it:
 * real rounds (test/fixtures/ircc); a wrong value or a round from a page that announces none is worse than no value.
 */

const j = (...lines: string[]) => lines.join('\n');
const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);
const tieBreaks = (text: string, published?: string) => announcedDraws(text, published).map((d) => d.tieBreak);

describe('Dari (gloss-dari.ts)', () => {
  it('a page that names March as Afghans do ("مارچ") and writes Western digits is Dari: its "حداقل نمره" is read', () => {
    const page = j(
      'خبر تازه اکسپرس اینتری',
      'امروز جمعه 21 مارچ 2025 اداره مهاجرت کانادا 7500 نفر از متقاضیان مسلط به زبان فرانسوی را دعوت کرد.',
      'حداقل نمره این دور 379 بود. این دور شماره 339 اکسپرس اینتری است.',
    );
    expect(facts(page, '2025-03-21')).toEqual([['2025-03-21', '339', 'french', 7500, 379, null]]);
  });
  it('"پریروز" (the day before yesterday) is no day at all lost; "دور ۴۳۵ را برای" on a page without a month', () => {
    const page = j('اخبار مهاجرت', 'پریروز اداره مهاجرت کانادا دور ۴۳۵ را برای نامزدهای برنامه استانی (PNP) برگزار کرد.', 'در این دور ۴۴۲ نفر دعوت شدند و حداقل نمره ۷۶۰ بود.');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });
  it('two rounds: "در دور ۴۳۱ به" (round 431, to …); "با حداقل نمره ۷۶۸ دعوت‌نامه" is a score, not 768 invitations', () => {
    const page = j(
      'دو دور پشت سر هم در اکسپرس اینتری',
      '۵ اگست ۲۰۲۶ – کابل',
      'روز سه‌شنبه ۴ اگست، کانادا در دور ۴۳۱ به ۵۰۷ نفر از نامزدهای استانی با حداقل نمره ۷۶۸ دعوت‌نامه فرستاد.',
      'امروز چهارشنبه ۵ اگست، در دور ۴۳۲ برای تجربه کانادایی ۳۰۰۰ دعوت‌نامه صادر شد و حداقل نمره ۵۱۶ بود.',
    );
    expect(facts(page, '2026-08-05')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });
  it('"در حالی که در دور قبلی" (while in the previous round) keeps the earlier figure apart', () => {
    const page = j(
      'وبسایت مهاجرتی افغان‌کانادا',
      'نشر شده: ۲۸ اسد ۱۴۰۵',
      'دیروز، سه‌شنبه، کانادا ۱۰۰۰ دعوت‌نامه به متقاضیان تجربه کانادایی فرستاد. کمترین نمره ۵۲۳ بود، در حالی که در دور قبلی CEC نمره ۵۱۶ بود.',
    );
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
  });
  it('a card’s "دور ۴۲۱ – داکتران" after an emoji is round 421', () => {
    const page = j(
      '🇨🇦 اکسپرس اینتری',
      '📅 ۳ سرطان ۱۴۰۵ (۲۴ جون ۲۰۲۶)',
      '👨‍⚕️ دور ۴۲۱ – داکتران دارای تجربه کاری در کانادا',
      '✉️ دعوت‌نامه: ۲۷۱',
      '📉 حداقل نمره: ۲۲۳',
      '⏱ قانون تساوی: ۳۱ می ۲۰۲۶ ساعت ۱۸:۱۳:۴۹ UTC',
    );
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, '2026-05-31']]);
  });
  it('a tie-break told in Kabul time ("به وقت کابل", UTC+4:30)', () => {
    const page = j('امروز چهارشنبه ۲۷ می ۲۰۲۶، دور ۴۱۷ اکسپرس اینتری برای تجربه کانادایی برگزار شد: ۳۰۰۰ دعوت‌نامه، حداقل نمره ۵۱۸.', 'قانون تساوی: ۳۰ اپریل ۲۰۲۶ ساعت ۰۷:۴۶:۰۱ به وقت کابل');
    expect(facts(page, '2026-05-27')).toEqual([['2026-05-27', '417', 'cec', 3000, 518, '2026-04-30']]);
    expect(tieBreaks(page, '2026-05-27')).toEqual(['2026-04-30T03:16:01Z']);
  });
  it('"تا ۸۵۰۰ دعوت‌نامه" (up to 8,500) is a bound, not the count', () => {
    const page = j('کانادا امروز جمعه ۱۷ دلو ۱۴۰۴ تا ۸۵۰۰ دعوت‌نامه برای متقاضیان زبان فرانسوی صادر کرد؛ حداقل نمره ۴۰۰ بود.');
    expect(facts(page, '2026-02-06')).toEqual([['2026-02-06', null, 'french', null, 400, null]]);
  });
  it('a month’s recap ("خلاصه دورهای … ماه جولای") announces nothing, now that "حداقل نمره" makes a page Dari', () => {
    const page = j(
      'خلاصه دورهای اکسپرس اینتری در ماه جولای ۲۰۲۶',
      'در ماه جولای کانادا هفت دور برگزار کرد. در ۲۰ جولای ۵۱۱ نفر از نامزدهای استانی با حداقل نمره ۷۴۴ دعوت شدند، در ۲۱ جولای ۲۰۰۰ دعوت‌نامه برای CEC با نمره ۵۱۶ صادر شد و در ۲۲ جولای ۵۰۰۰ نفر مسلط به زبان فرانسوی با نمره ۳۹۹ دعوت شدند.',
      'مجموع دعوت‌نامه‌های این ماه بیش از ۱۵۰۰۰ بود.',
    );
    expect(facts(page, '2026-08-01')).toEqual([]);
  });
  it('a question about the next round ("دور بعدی … چه وقت است؟") announces nothing', () => {
    const page = j(
      'دور بعدی اکسپرس اینتری چه وقت است؟',
      'بسیاری از خوانندگان می‌پرسند که دور بعدی CEC چه وقت برگزار می‌شود. آخرین دور CEC در ۵ اگست ۲۰۲۶ با ۳۰۰۰ دعوت‌نامه و حداقل نمره ۵۱۶ بود.',
      'ما انتظار داریم دور بعدی حدود ۲۰۰۰ دعوت‌نامه داشته باشد.',
    );
    expect(facts(page, '2026-08-10')).toEqual([]);
  });
  it('a year’s review ("مرور سال ۲۰۲۵") announces nothing', () => {
    const page = j(
      'مرور سال ۲۰۲۵: اکسپرس اینتری در یک نگاه',
      'در سال ۲۰۲۵ کانادا بیش از ۱۰۰ هزار دعوت‌نامه صادر کرد. بلندترین نمره ۷۹۵ در یک دور PNP و پایین‌ترین نمره ۳۷۹ در دور زبان فرانسوی در ۲۱ مارچ ۲۰۲۵ بود.',
      'آخرین دور سال در ۱۷ دسمبر ۲۰۲۵ با ۶۰۰۰ دعوت‌نامه و نمره ۳۹۹ برگزار شد.',
    );
    expect(facts(page, '2026-01-02')).toEqual([]);
  });
});
describe('Sindhi (gloss-sindhi.ts)', () => {
  it('"گذريل CEC ڊرا کان 5 پوائنٽ گهٽ" (5 points lower than the previous CEC round) keeps the round’s score', () => {
    const page = j(
      'ڪئناڊا اميگريشن خبرون',
      'اڱارو، 16 ڊسمبر 2025',
      'اڄ ڪئناڊا جي اميگريشن کاتي ايڪسپريس انٽري جو ڊرا نمبر 387 ڪيو، جنهن ۾ ڪئناڊين ايڪسپيرينس ڪلاس جي 5,000 اميدوارن کي دعوت ڏني وئي.',
      'گهٽ ۾ گهٽ CRS اسڪور 515 هو، جيڪو گذريل CEC ڊرا کان 5 پوائنٽ گهٽ آهي.',
    );
    expect(facts(page, '2025-12-16')).toEqual([['2025-12-16', '387', 'cec', 5000, 515, null]]);
  });
  it('"گذريل ڊرا جي 522 کان گهٽ" (down from the previous round’s 522)', () => {
    const page = j('اڄ اڱارو 14 اپريل 2026 تي CEC ڊرا ۾ 2,000 اميدوارن کي دعوت ملي. گهٽ ۾ گهٽ اسڪور 515 هو، جيڪو گذريل ڊرا جي 522 کان گهٽ آهي.');
    expect(facts(page, '2026-04-14')).toEqual([['2026-04-14', null, 'cec', 2000, 515, null]]);
  });
  it('"ڪالهه کان اڳ ۾ ڏينهن" (the day before yesterday) is not yesterday', () => {
    const page = j('ايڪسپريس انٽري خبر', 'ڪالهه کان اڳ ۾ ڏينهن IRCC صوبائي نامزدگي پروگرام لاءِ ڊرا نمبر 435 ڪيو ۽ 442 اميدوارن کي دعوت ڏني. گهٽ ۾ گهٽ اسڪور 760 هو.');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });
  it('"جڏهن ته گذريل CEC ڊرا ۾" (while in the previous CEC round)', () => {
    const page = j('اڄ 7 جولاءِ 2026 تي IRCC ڪئناڊين ايڪسپيرينس ڪلاس جي 2,000 اميدوارن کي دعوت ڏني. گهٽ ۾ گهٽ اسڪور 517 هو، جڏهن ته گذريل CEC ڊرا ۾ 4,000 اميدوارن کي 516 اسڪور تي دعوت ملي هئي.');
    expect(facts(page, '2026-07-07')).toEqual([['2026-07-07', null, 'cec', 2000, 517, null]]);
  });
  it('a tie-break told in Pakistan time ("پاڪستان جي وقت مطابق", UTC+5)', () => {
    const page = j(
      'اڄ اربع 27 مئي 2026 تي ڊرا نمبر 417 ۾ ڪئناڊين ايڪسپيرينس ڪلاس جي 3,000 اميدوارن کي دعوت ڏني وئي. گهٽ ۾ گهٽ اسڪور 518 هو.',
      'ٽائي بريڪ: 30 اپريل 2026 تي 08:16:01 پاڪستان جي وقت مطابق',
    );
    expect(facts(page, '2026-05-27')).toEqual([['2026-05-27', '417', 'cec', 3000, 518, '2026-04-30']]);
    expect(tieBreaks(page, '2026-05-27')).toEqual(['2026-04-30T03:16:01Z']);
  });
  it('a year’s review ("2025 جو سالياني جائزو") announces nothing, not even "سال جو آخري ڊرا"', () => {
    const page = j(
      '2025 جو سالياني جائزو: ايڪسپريس انٽري',
      '2025 ۾ ڪئناڊا 1,00,000 کان وڌيڪ دعوتون جاري ڪيون. سڀ کان گهٽ اسڪور 379 هو جيڪو 21 مارچ 2025 تي فرينچ ڊرا ۾ هو.',
      'سال جو آخري ڊرا 17 ڊسمبر 2025 تي ٿيو جنهن ۾ 6,000 اميدوارن کي دعوت ملي ۽ اسڪور 399 هو.',
    );
    expect(facts(page, '2026-01-02')).toEqual([]);
  });
});
