import { describe, expect, it } from 'vitest';
import { isKashmiri } from '../../src/parse/text/gloss-kashmiri.ts';
import { isYiddish } from '../../src/parse/text/gloss-yiddish.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Kashmiri and Yiddish draw news (docs/parser.md "Kashmiri and Yiddish"): gloss-kashmiri.ts reads Kashmiri's own words and
 * leaves what it shares with Urdu to Urdu's rules; gloss-yiddish.ts reads Yiddish without its points. An English page that
 * quotes either stays as it is, and an Urdu or a Hebrew page is not taken for them.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Kashmiri (gloss-kashmiri.ts)', () => {
  it('a news page: "راتھ" (yesterday), "ڈرا نمبر 332", "آیہِ 1,350 لۄکن ITA سوزنہٕ", "کم از کم CRS اوس 542", "ٹائی بریک"', () => {
    const page = [
      'کٲشِر اخبار · بیرونِ ملک',
      'کینیڈا ایکسپریس انٹری: CEC ڈرا منٛز 1,350 لۄکن دعوت',
      '۹ جنوری ۲۰۲۵',
      'IRCC-ن کوٚر راتھ Canadian Experience Class ہُنٛد ڈرا نمبر 332۔ اتھ منٛز آیہِ 1,350 لۄکن ITA سوزنہٕ، تہٕ کم از کم CRS اوس 542۔',
      'ٹائی بریک: 6 جنوری 2025، 10:12:09 UTC۔',
      'یہِ خبر چھےٚ تِمن کٲشرؠن ہِنٛدِ باپتھ اہم یِم کینیڈا منٛز کام کران چھِ۔',
    ].join('\n');
    expect(isKashmiri(page)).toBe(true);
    expect(facts(page, '2025-01-09')).toEqual([['2025-01-08', '332', 'cec', 1350, 542, '2025-01-06']]);
  });

  it('a channel post: "پَرسوٗن" (the day before yesterday), "37 واں ڈرا", "امیدوارن سوزنہٕ آیہِ دعوت", a day-first tie-break', () => {
    const page = ['📢 ایکسپریس انٹری تازٕ خبر', 'پَرسوٗن گوو پی این پی امیدوارن ہُنٛد 37 واں ڈرا۔ 755 امیدوارن سوزنہٕ آیہِ دعوت۔', 'کم از کم سکور: 702', 'ٹائی بریکنگ رول: 02/08/2016 11:49:28 UTC'].join(
      '\n',
    );
    expect(facts(page, '2016-08-12')).toEqual([['2016-08-10', '37', 'pnp', 755, 702, '2016-08-02']]);
  });

  it('a forecast ("پیشن گوئی") and a month’s review announce nothing', () => {
    const forecast = [
      'کیا ووٚتھ ایکسپریس انٹری سکور بوٚن؟ (پیشن گوئی)',
      '12 مارچ 2026 · امیگریشن بلاگ',
      'پتمہ ڈرا منٛز آیہِ 4,000 ITA سوزنہٕ تہٕ کم از کم CRS اوس 511۔ ماہرن ہُنٛد خیال چھُ زِ اپریل تام ہیٚکہِ سکور 500 کھۄتہٕ بوٚن گژھتھ۔',
      'یہِ چھُ صِرف اندازٕ۔',
    ].join('\n');
    expect(glossForeign(forecast)).toContain('forecast');
    expect(facts(forecast, '2026-03-12')).toEqual([]);
    const recap = ['ماہانہ جائزٕ: ایکسپریس انٹری فروری 2026', 'فروری منٛز گیہِ ترےٚ ڈرا: 3 فروری PNP (423 ITA، CRS 749)، 10 فروری CEC (6,000 ITA، CRS 509) تہٕ 18 فروری French (8,500 ITA، CRS 400)۔'].join(
      '\n',
    );
    expect(glossForeign(recap)).toContain('monthly recap');
    expect(facts(recap, '2026-03-01')).toEqual([]);
  });

  it('a province’s draw (Ontario’s) announces no federal round', () => {
    const page = [
      'وادی نیوز · بیرونِ ملک',
      'اونٹاریو ہُنٛد صوبائی ڈرا: 1,200 لۄکن دعوت',
      '14 اگست 2025',
      'اونٹاریو حکومتن کوٚر اَز Human Capital Priorities ہُنٛد ڈرا۔ اتھ منٛز آیہِ 1,200 امیدوارن دعوت سوزنہٕ، کم از کم سکور اوس 482۔ یہِ چھُ نہٕ ایکسپریس انٹری ہُنٛد وفاقی ڈرا۔',
    ].join('\n');
    expect(glossForeign(page)).toContain('Ontario');
    expect(facts(page, '2025-08-14')).toEqual([]);
  });
});

describe('Yiddish (gloss-yiddish.ts)', () => {
  it('a news page: "הײַנט" (today), "נעכטן" (yesterday), "קאַנדידאַטן האָבן באַקומען אַ פֿאַרבעטונג", "מינימאַלן CRS פֿון", two rounds', () => {
    const page = [
      'ייִדישע נײַעס פֿון קאַנאַדע',
      'צוויי ציונגען אין צוויי טעג',
      '9טן יולי 2025',
      'הײַנט האָט IRCC דורכגעפֿירט אַ ציונג פֿאַר דער „Canadian Experience Class“. 3,000 קאַנדידאַטן האָבן באַקומען אַ פֿאַרבעטונג, מיט אַ מינימאַלן CRS פֿון 518 פּונקטן.',
      'נעכטן איז פֿאָרגעקומען אַ ציונג פֿאַר די פּראָווינציעלע נאָמינאַנטן (PNP): 356 פֿאַרבעטונגען, מינימום 745 פּונקטן.',
    ].join('\n');
    expect(isYiddish(page)).toBe(true);
    expect(facts(page, '2025-07-09')).toEqual([
      ['2025-07-09', null, 'cec', 3000, 518, null],
      ['2025-07-08', null, 'pnp', 356, 745, null],
    ]);
  });

  it('an unpointed page ("איז געווען", "ציונג נומער 281"), a weekday and a day-first tie-break', () => {
    const page = [
      'די קאנאדער צייטונג',
      'דינסטיק, דעם 30סטן יאנואר, האט קאנאדע דורכגעפירט ציונג נומער 281 פאר אלע פראגראמען. 730 מענטשן האבן באקומען ITA, און דער מינימאלער באל איז געווען 541.',
      'טיי-ברייק כלל: 28.01.2024, 12:35:27 UTC.',
    ].join('\n');
    expect(isYiddish(page)).toBe(true);
    expect(facts(page, '2024-02-01')).toEqual([['2024-01-30', '281', 'general', 730, 541, '2024-01-28']]);
  });

  it('a guide ("וועגווײַזער") and a forecast ("פּראָגנאָז") announce nothing', () => {
    const guide = [
      'ווי אַזוי אַרבעט Express Entry? אַ וועגווײַזער פֿאַר נײַע אימיגראַנטן',
      'איר שאַפֿט אַ פּראָפֿיל און באַקומט אַ CRS באַל. צום בײַשפּיל: דעם 5טן מײַ 2025 האָט מען פֿאַרבעטן 500 קאַנדידאַטן מיט מינימום 800.',
    ].join('\n');
    expect(glossForeign(guide)).toContain('Guide');
    expect(facts(guide, '2025-06-01')).toEqual([]);
    const forecast = ['פּראָגנאָז: וועט דער CEC באַל פֿאַלן?', '2טן פֿעברואַר 2026', 'עקספּערטן ערוואַרטן אַז די קומענדיקע ציונג וועט פֿאַרבעטן מער ווי 4,000 קאַנדידאַטן מיט אַ באַל אַרום 500.'].join('\n');
    expect(glossForeign(forecast)).toContain('forecast');
    expect(facts(forecast, '2026-02-02')).toEqual([]);
  });

  it('a province’s draw (Manitoba’s) and a round told as the previous one announce nothing federal', () => {
    const page = [
      'די מאַניטאָבאַ פּראָווינץ האָט הײַנט פֿאַרבעטן 450 קאַנדידאַטן אין איר אייגענער ציונג, מיט אַ מינימום פֿון 612 פּונקטן.',
      'די פֿריִערדיקע ציונג פֿון Express Entry איז געווען לעצטע וואָך מיט 2,000 פֿאַרבעטונגען.',
    ].join('\n');
    expect(glossForeign(page)).toContain('Manitoba');
    expect(facts(page, '2025-05-20')).toEqual([]);
  });
});

describe('English, Urdu and Hebrew pages are not taken for Kashmiri or Yiddish', () => {
  it('an English report quoting Kashmiri and Yiddish words stays as it is', () => {
    const page = [
      'Canada invites 4,500 CEC candidates',
      'By Staff | June 5, 2025',
      'IRCC held a Canadian Experience Class draw on June 4, inviting 4,500 candidates with a minimum CRS score of 529.',
      'Readers in Srinagar wrote "اَز ڈرا گوو" and a Yiddish paper headlined "הײַנט: אַ ציונג".',
    ].join('\n');
    expect(isKashmiri(page)).toBe(false);
    expect(isYiddish(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-06-05')).toEqual([['2025-06-04', null, 'cec', 4500, 529, null]]);
    // The same news as a Kashmiri post is read.
    const post = '🔔 CEC ڈرا راتھ گوو: 4,500 لۄکن آیہِ ITA سوزنہٕ، کم از کم CRS اوس 529۔ کینیڈا منٛز کام کرن والین ہِنٛدِ باپتھ اہم۔';
    expect(facts(post, '2025-06-05')).toEqual([['2025-06-04', null, 'cec', 4500, 529, null]]);
  });

  it('an Urdu page and a Hebrew page are neither', () => {
    const urdu = 'کینیڈا نے ایکسپریس انٹری کے تحت 1,500 امیدواروں کو درخواست دینے کی دعوت دی۔ کم از کم سکور 480 تھا۔ یہ ڈرا کل منعقد ہوا۔';
    expect(isKashmiri(urdu)).toBe(false);
    const hebrew = "קנדה ערכה היום הגרלה מס' 350 של Express Entry: 2,000 מועמדים הוזמנו, עם ציון CRS מינימלי של 510 נקודות.";
    expect(isYiddish(hebrew)).toBe(false);
    // The same round told in Yiddish is read.
    const yiddish = 'קאַנאַדע האָט הײַנט דורכגעפֿירט ציונג נומער 350 פֿון Express Entry: 2,000 קאַנדידאַטן האָבן באַקומען אַ פֿאַרבעטונג, מיט אַ מינימאַלן CRS פֿון 510 פּונקטן.';
    expect(facts(yiddish, '2025-06-10')).toEqual([['2025-06-10', '350', null, 2000, 510, null]]);
  });
});
