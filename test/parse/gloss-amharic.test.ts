import { describe, expect, it } from 'vitest';
import { ethiopianMonthDay, ethiopianToGregorian } from '../../src/parse/text/ethiopian-calendar.ts';
import { isAmharic } from '../../src/parse/text/gloss-amharic.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Amharic draw news (docs/parser.md "Amharic"): gloss-amharic.ts rewrites it into the English the reader knows, its
 * Ethiopian-calendar days turned into Gregorian ones (ethiopian-calendar.ts); an English page that quotes Amharic stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('the Ethiopian calendar (ethiopian-calendar.ts)', () => {
  it('agrees with the platform’s calendar (ICU) on every day from 1990 to 2060', () => {
    const ethiopic = new Intl.DateTimeFormat('en-u-ca-ethiopic', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    const wrong: string[] = [];
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2060, 0, 1); t += 86_400_000) {
      const parts = ethiopic.formatToParts(new Date(t));
      const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
      const g = ethiopianToGregorian(part('year'), part('month'), part('day'));
      const day = new Date(t);
      if (g?.year !== day.getUTCFullYear() || g.month !== day.getUTCMonth() + 1 || g.day !== day.getUTCDate()) wrong.push(day.toISOString());
    }
    expect(wrong).toEqual([]);
    expect(ethiopianToGregorian(2016, 13, 6)).toBeNull();
    expect(ethiopianToGregorian(2015, 13, 6)).toEqual({ year: 2023, month: 9, day: 11 });
  });

  it('a month and day without their year: only where every year gives the same Gregorian day', () => {
    expect(ethiopianMonthDay(6, 23)).toEqual({ month: 3, day: 2 });
    expect(ethiopianMonthDay(13, 5)).toEqual({ month: 9, day: 10 });
    // Tir 13 is January 21 or 22, as the year falls.
    expect(ethiopianMonthDay(5, 13)).toBeNull();
  });
});

describe('Amharic (gloss-amharic.ts)', () => {
  it('a channel post: a weekday and its Ethiopian day with the year of the era, "የተጋበዙ፦ 400 ሰዎች", "ዝቅተኛ የCRS ነጥብ", "ዙር፦ #321"', () => {
    const page = [
      'የኢትዮ-ካናዳ ኢሚግሬሽን ዜና 🇨🇦',
      'ማክሰኞ ጥቅምት 12 ቀን 2017 ዓ.ም',
      'ዛሬ IRCC ለካናዳ የሥራ ልምድ ክፍል (Canadian Experience Class) አመልካቾች ብቻ ዕጣ አውጥቷል።',
      '👉 የተጋበዙ፦ 400 ሰዎች',
      '👉 ዝቅተኛ የCRS ነጥብ፦ 539',
      '👉 ዙር፦ #321',
      'ግብዣ የደረሳችሁ ሰነዶቻችሁን በ60 ቀናት ውስጥ አስገቡ።',
    ].join('\n');
    expect(facts(page, '2024-10-22')).toEqual([['2024-10-22', '321', 'cec', 400, 539, null]]);
  });

  it('a news page: "ትናንት ዓርብ ግንቦት 23" (yesterday, Friday, Ginbot 23) without its year, "296ኛው ዙር", the tie-break day in the Ethiopian calendar; the earlier round is context', () => {
    const page = [
      'ሐበሻ ኦታዋ ዜና › ኢሚግሬሽን',
      'ኤክስፕረስ ኢንትሪ፦ 3,000 የCEC አመልካቾች ተጋበዙ',
      'ቅዳሜ ግንቦት 24 ቀን 2016 ዓ.ም',
      'ትናንት ዓርብ ግንቦት 23 በተካሄደው 296ኛው ዙር ለካናዳ የሥራ ልምድ ክፍል (Canadian Experience Class) 3,000 አመልካቾች ለቋሚ ነዋሪነት እንዲያመለክቱ ተጋብዘዋል። ዝቅተኛው የCRS ነጥብ 522 ነበር።',
      'የእኩል ነጥብ መለያ ደንብ፦ መጋቢት 20 ቀን 2016 ዓ.ም at 10:15:32 UTC',
      'ከቀደመው ዙር (1,500 ግብዣዎች፣ 676 ነጥብ) ጋር ሲነጻጸር የመቁረጫ ነጥቡ በጣም ቀንሷል።',
    ].join('\n');
    expect(glossForeign(page)).toContain('Friday, May 31');
    expect(facts(page, '2024-06-01')).toEqual([['2024-05-31', '296', 'cec', 3000, 522, '2024-03-29']]);
  });

  it('a day without its year before March: the year of the page’s own dated day (Tir 13 of 2017 is January 21, 2025)', () => {
    const page = ['የካናዳ ኢሚግሬሽን መረጃ', 'ረቡዕ ጥር 14 ቀን 2017 ዓ.ም', 'ትናንት ማክሰኞ ጥር 13 IRCC ለክፍለ ግዛት ዕጩዎች (Provincial Nominee Program) ዕጣ አውጥቷል። 1,600 ግብዣዎች ተልከዋል፤ ዝቅተኛው ውጤት 780 ነበር።'].join('\n');
    expect(glossForeign(page)).toContain('Tuesday, January 21, 2025');
    expect(facts(page, '2025-01-22')).toEqual([['2025-01-21', null, 'pnp', 1600, 780, null]]);
  });

  it('Ethiopic numerals ("መጋቢት ፬ ቀን ፳፻፲፮ ዓ.ም", Megabit 4, 2016); a weekday that disagrees with its day leaves the day out', () => {
    const page = ['ሰበር ዜና | Express Entry', 'ረቡዕ መጋቢት ፬ ቀን ፳፻፲፮ ዓ.ም IRCC ለትራንስፖርት ሙያዎች ብቻ ዕጣ አውጥቷል።', '👉 የተጋበዙ፦ 975 ሰዎች', '👉 ዝቅተኛ የCRS ነጥብ፦ 430'].join('\n');
    expect(glossForeign(page)).toContain('Wednesday, March 13, 2024');
    expect(facts(page, '2024-03-14')).toEqual([['2024-03-13', null, 'transport', 975, 430, null]]);
    expect(glossForeign(page.replace('ረቡዕ', 'ሰኞ'))).not.toMatch(/March 1[0-9]/);
  });

  it('a month with only its year ("ታኅሣሥ 2013 ዓ.ም" spans December and January) and a year not of the era give no day', () => {
    const gloss = glossForeign('ዛሬ IRCC ከታኅሣሥ 2013 ዓ.ም ወዲህ ለመጀመሪያ ጊዜ ለሁሉም ፕሮግራሞች ክፍት የሆነ ዙር አካሂዷል። መጋቢት 4 ቀን 2016 ሌላ ዙር ነበር። በዚህ ዙር 1,500 አመልካቾች ተጋብዘዋል።');
    expect(gloss).not.toMatch(/December|January|2013|2016|March/);
    expect(gloss).toContain('1,500 candidates were invited');
  });
});

describe('an English page is never glossed as Amharic', () => {
  it('an Amharic greeting and names in an English report leave it as it is', () => {
    const page = [
      'Ethiopian-Canadian nurses welcome healthcare draw',
      'By Hiwot Tadesse | June 29, 2023',
      'Immigration, Refugees and Citizenship Canada held its first healthcare draw on June 28, inviting 500 candidates with a minimum CRS score of 476.',
      '"እንኳን ደስ አላችሁ!" (congratulations), wrote Abebe Kebede (አበበ ከበደ) of the Habesha Toronto Community on Telegram.',
    ].join('\n');
    expect(isAmharic(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2023-06-29')).toEqual([['2023-06-28', null, 'healthcare', 500, 476, null]]);
  });

  it('a Tigrinya page, in the same letters, is not read as Amharic', () => {
    const page = 'ኣብ ካናዳ ዝርከቡ ኤርትራውያን ኣብ ዝሓለፈ ሰሙን ኣብ ዝተኻየደ ዕጫ ኣስታት 500 ሰባት ተዓዲሞም። እዚ ንኣባላት ማሕበረሰብና ኣገዳሲ ሓበሬታ እዩ።';
    expect(isAmharic(page)).toBe(false);
  });
});
