import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isDari } from '../../src/parse/text/gloss-dari.ts';
import { isSindhi } from '../../src/parse/text/gloss-sindhi.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Dari and Sindhi draw news (docs/parser.md "Dari and Sindhi"): gloss-dari.ts (before the Persian rules) and gloss-sindhi.ts
 * rewrite them into the English the reader knows; an English page that quotes a word of them stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Dari (gloss-dari.ts)', () => {
  it('a news page: an Afghan solar dateline and tie-break, "دور ۲۸۹ اکسپرس اینتری", "حداقل نمره … بود"; the draw before is context', () => {
    const page = [
      'اخبار مهاجرت – کابل',
      'چهارشنبه ۲۳ حوت ۱۴۰۲',
      'ادارهٔ مهاجرت کانادا امروز دور ۲۸۹ اکسپرس اینتری را برگزار کرد و ۱۹۸۰ دعوت‌نامه برای همه برنامه‌ها صادر کرد. حداقل نمره ۵۲۵ بود.',
      'قانون تساوی: ۲۹ دلو ۱۴۰۲، ساعت ۱۳:۳۶:۳۴ UTC',
      'پیش از این، در ۲۸ فبروری، ۱۴۷۰ نفر با نمرهٔ ۵۳۴ دعوت شده بودند.',
    ].join('\n');
    expect(isDari(page)).toBe(true);
    expect(facts(page, '2024-03-13')).toEqual([['2024-03-13', '289', 'general', 1980, 525, '2024-02-18']]);
  });

  it('a channel card: "مشاغل صحی", "تعداد دعوت‌نامه‌ها", "حداقل نمره:", "دور شمارهٔ", "امروز، شنبه ۱۲ جولای ۲۰۲۵"', () => {
    const page = ['🇨🇦 اکسپرس اینتری | دور تازه', 'امروز، شنبه ۱۲ جولای ۲۰۲۵', 'برنامه: مشاغل صحی و خدمات اجتماعی', 'تعداد دعوت‌نامه‌ها: ۳٬۰۰۰', 'حداقل نمره: ۴۷۲', 'دور شمارهٔ ۳۵۶'].join('\n');
    expect(facts(page, '2025-07-12')).toEqual([['2025-07-12', '356', 'healthcare', 3000, 472, null]]);
  });

  it('yesterday\'s round for doctors ("داکتران"), told the day after ("نشر شده: ۲۰۲۶/۰۳/۰۵")', () => {
    const page = ['وبلاگ مهاجرتی', 'نشر شده: ۲۰۲۶/۰۳/۰۵', 'دیروز (چهارشنبه، ۴ مارچ ۲۰۲۶) کانادا ۴۲۰ دعوت‌نامه به داکتران فرستاد؛ کمترین امتیاز: ۱۷۴.'].join('\n');
    expect(facts(page, '2026-03-05')).toEqual([['2026-03-04', null, 'physicians', 420, 174, null]]);
  });

  it("pages that announce nothing: a forecast, a province's draw", () => {
    const forecast = [
      'پیش‌بینی دورهای اکسپرس اینتری برای ماه اپریل',
      'نویسنده: تیم تحلیل | ۲ اپریل ۲۰۲۵',
      'ما انتظار داریم دور بعدی CEC حدود ۳۰۰۰ دعوت‌نامه با حداقل نمره ۵۲۰ داشته باشد. این یک پیش‌بینی است.',
    ].join('\n');
    const province = ['قرعه‌کشی استانی انتاریو', '۱۳ می ۲۰۲۵', 'استان انتاریو روز دوشنبه ۱۲ می ۲۰۲۵ به ۱۲۰۰ نفر دعوت‌نامه فرستاد؛ حداقل نمرهٔ استانی ۴۸۰ بود.'].join('\n');
    expect(glossForeign(forecast)).toContain('forecast');
    expect(facts(forecast, '2025-04-02')).toEqual([]);
    expect(glossForeign(province)).toContain('Monday May 12, 2025');
    expect(facts(province, '2025-05-13')).toEqual([]);
  });
});

describe('Sindhi (gloss-sindhi.ts)', () => {
  it('a news page: "ڊرا نمبر", "اميدوارن کي دعوت ڏني", "گهٽ ۾ گهٽ CRS اسڪور … هو", a day-first tie-break', () => {
    const page = [
      'ڪئناڊا اميگريشن خبرون',
      'جمعو، 21 مارچ 2025',
      'اڄ IRCC ايڪسپريس انٽري جو ڊرا نمبر 339 ڪيو، جنهن ۾ فرينچ ٻولي ڄاڻندڙ 7,500 اميدوارن کي دعوت ڏني وئي.',
      'گهٽ ۾ گهٽ CRS اسڪور 379 هو.',
      'ٽائي بريڪ: 12/03/2025 10:15:33 UTC',
    ].join('\n');
    expect(isSindhi(page)).toBe(true);
    expect(facts(page, '2025-03-21')).toEqual([['2025-03-21', '339', 'french', 7500, 379, '2025-03-12']]);
  });

  it('a card in Eastern digits: "ڪالهه (سومر ۲ جون ۲۰۲۵)", "صحت ۽ سماجي خدمتن", "دعوتون:", "ڊرا نمبر:"', () => {
    const page = ['ايڪسپريس انٽري: نئون ڊرا', 'ڪالهه (سومر ۲ جون ۲۰۲۵) صحت ۽ سماجي خدمتن لاءِ ڊرا ٿيو.', 'دعوتون: ۵۰۰', 'گهٽ ۾ گهٽ اسڪور: ۵۰۴', 'ڊرا نمبر: ۳۵۱'].join('\n');
    expect(facts(page, '2025-06-03')).toEqual([['2025-06-02', '351', 'healthcare', 500, 504, null]]);
  });

  it("pages that announce nothing: a monthly recap, another country's draw, a province's, a guide, a week without a round", () => {
    const recap = ['مارچ مهيني جو خلاصو', 'مارچ ۾ IRCC چار ڊرا ڪيا: 7,500 دعوتون فرينچ ٻولي لاءِ، گهٽ ۾ گهٽ اسڪور 379.'].join('\n');
    const australia = ['آسٽريليا جو اسڪلڊ مائيگريشن ڊرا', '14 اپريل 2025', 'آسٽريليا 5,000 اميدوارن کي دعوت ڏني. گهٽ ۾ گهٽ اسڪور 65 هو.'].join('\n');
    const ontario = ['اونٽاريو صوبي جو ڊرا', '2 مئي 2025', 'اونٽاريو صوبي 1,200 اميدوارن کي دعوت ڏني. گهٽ ۾ گهٽ اسڪور 480 هو.'].join('\n');
    const guide = ['رهنمائي: ايڪسپريس انٽري پروفائل ڪيئن ٺاهيو', 'مثال طور، ڊرا نمبر 300 ۾ 2,000 اميدوارن کي دعوت ملي ۽ گهٽ ۾ گهٽ اسڪور 500 هو.'].join('\n');
    const quiet = ['هن هفتي ڪو به ايڪسپريس انٽري ڊرا نه ٿيو', '16 مئي 2025', 'آخري ڊرا 12 مئي تي ٿيو هو: 500 دعوتون، گهٽ ۾ گهٽ اسڪور 510.'].join('\n');
    expect(glossForeign(recap)).toContain('March recap');
    expect(facts(recap, '2025-04-01')).toEqual([]);
    expect(glossForeign(australia)).toContain('Australia');
    expect(facts(australia, '2025-04-14')).toEqual([]);
    expect(glossForeign(ontario)).toContain('Ontario province');
    expect(facts(ontario, '2025-05-02')).toEqual([]);
    expect(glossForeign(guide)).toContain('Guide');
    expect(facts(guide, '2025-05-02')).toEqual([]);
    expect(glossForeign(quiet)).toContain('no draw');
    expect(facts(quiet, '2025-05-16')).toEqual([]);
  });
});

describe('an English page is never glossed as Dari or Sindhi', () => {
  it('a Dari word and a Sindhi one in an English report leave it as it is', () => {
    const page = [
      'Canada invites 2,000 candidates in a CEC draw',
      'May 14, 2025',
      'IRCC held round #349 on May 13, 2025, inviting 2,000 Canadian Experience Class candidates with a minimum CRS score of 547.',
      'Readers in Kabul call a round "دور" or "قرعه‌کشی"; in Sindh it is a "ڊرا" ("ڊرا نمبر ۳۴۹").',
    ].join('\n');
    expect(isDari(page)).toBe(false);
    expect(isSindhi(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-05-14')).toEqual([['2025-05-13', '349', 'cec', 2000, 547, null]]);
  });
});
