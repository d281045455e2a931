import { describe, expect, it } from 'vitest';
import { bikramSambatToGregorian } from '../../src/parse/text/bikram-sambat.ts';
import { isHindi } from '../../src/parse/text/gloss-hindi.ts';
import { isNepali } from '../../src/parse/text/gloss-nepali.ts';
import { isTigrinya } from '../../src/parse/text/gloss-tigrinya.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Nepali and Tigrinya draw news (docs/parser.md "Nepali and Tigrinya"): gloss-nepali.ts and gloss-tigrinya.ts rewrite them into
 * the English the reader knows, Bikram Sambat days through bikram-sambat.ts and Ethiopian ones through ethiopian-calendar.ts;
 * an English page that quotes either stays as it is, and pages that announce nothing announce nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('the Bikram Sambat calendar (bikram-sambat.ts)', () => {
  it('New Year 2081 is April 13, 2024; Asoj 3, 2072 is September 20, 2015; Bhadra 23, 2082 is September 8, 2025', () => {
    expect(bikramSambatToGregorian(2081, 1, 1)).toEqual({ year: 2024, month: 4, day: 13 });
    expect(bikramSambatToGregorian(2072, 6, 3)).toEqual({ year: 2015, month: 9, day: 20 });
    expect(bikramSambatToGregorian(2082, 5, 23)).toEqual({ year: 2025, month: 9, day: 8 });
    expect(bikramSambatToGregorian(2070, 1, 1)).toEqual({ year: 2013, month: 4, day: 14 });
    expect(bikramSambatToGregorian(2083, 12, 30)).toEqual({ year: 2027, month: 4, day: 13 });
  });

  it('each year starts the day after the last one ends, on April 13 or 14', () => {
    for (let y = 2071; y <= 2083; y++) {
      const start = bikramSambatToGregorian(y, 1, 1);
      expect(start?.month).toBe(4);
      expect([13, 14]).toContain(start?.day);
    }
  });

  it('a day the table does not hold, or the month does not have, is null', () => {
    expect(bikramSambatToGregorian(2084, 1, 1)).toBeNull();
    expect(bikramSambatToGregorian(2069, 12, 30)).toBeNull();
    expect(bikramSambatToGregorian(2082, 1, 32)).toBeNull();
    expect(bikramSambatToGregorian(2082, 13, 1)).toBeNull();
  });
});

describe('Nepali (gloss-nepali.ts)', () => {
  it('a news page: a Bikram Sambat dateline, "सोमबार (अक्टोबर २७)", "राउन्ड नम्बर ३७४", "जना उम्मेदवारलाई … पठाइयो"; the previous draw is context', () => {
    const page = [
      'हिमालय खबर क्यानडा',
      '२०८२ कात्तिक ११ गते मंगलबार',
      'एक्सप्रेस इन्ट्री: CEC ड्रमा १,००० जनालाई निमन्त्रणा, कट-अफ ५३३',
      'IRCC ले सोमबार (अक्टोबर २७) सञ्चालन गरेको राउन्ड नम्बर ३७४ मा Canadian Experience Class (CEC) का १,००० जना उम्मेदवारलाई स्थायी बसोबासका लागि Invitation to Apply (ITA) पठाइयो। न्यूनतम CRS स्कोर ५३३ थियो।',
      'टाई-ब्रेकिङ नियम: अक्टोबर ३, २०२५ को १४:०५:१२ UTC',
      'अक्टोबर १४ को अघिल्लो CEC ड्रमा ३,००० जनालाई ५३४ अंकमा निमन्त्रणा दिइएको थियो।',
    ].join('\n');
    expect(isNepali(page)).toBe(true);
    expect(glossForeign(page)).toContain('Tuesday, October 28, 2025');
    expect(facts(page, '2025-10-28')).toEqual([['2025-10-27', '374', 'cec', 1000, 533, '2025-10-03']]);
  });

  it('a Viber post: "हिजो" (yesterday), "४,५०० जनालाई ITA", "cut-off CRS ४१५ मात्र"; "६० दिनभित्र" (within 60 days) is no count', () => {
    const page = [
      'Nepali PR Group 🇳🇵 · Viber',
      '5 Mar 2026, 08:10',
      'साथीहरू, हिजो French-language को draw भयो — ४,५०० जनालाई ITA, cut-off CRS ४१५ मात्र!',
      'फ्रेन्च भाषाको परीक्षा दिएका साथीहरूले profile update गर्नुस् है। ITA आएपछि ६० दिनभित्र आवेदन बुझाउनुपर्छ।',
    ].join('\n');
    expect(facts(page, '2026-03-05')).toEqual([['2026-03-04', null, 'french', 4500, 415, null]]);
  });

  it('a Bikram Sambat day whose weekday disagrees gives no day; "३ हजार ४ सय ९५" is 3,495', () => {
    expect(glossForeign('२०८२ कात्तिक ११ गते मंगलबार — क्यानडाले यो हप्ता ड्र गरेको छ र धेरै जना पनि खुसी भए।')).toContain('Tuesday, October 28, 2025');
    expect(glossForeign('२०८२ कात्तिक ११ गते आइतबार — क्यानडाले यो हप्ता ड्र गरेको छ र धेरै जना पनि खुसी भए।')).not.toMatch(/October|Sunday/);
    expect(glossForeign('क्यानडाले दुई दिनमा ३ हजार ४ सय ९५ जनालाई निमन्त्रणा पठाएको छ, यो पनि राम्रो खबर हो।')).toContain('3,495 candidates');
  });

  it('a Bikram Sambat day is read only where a weekday or a Gregorian day on its line agrees; a numeric one in a sheet is none', () => {
    const tail = ' — क्यानडाले यो हप्ता ड्र गरेको छ र धेरै जना पनि खुसी भए।';
    expect(glossForeign(`२०८१ फागुन २३ शुक्रबार | 7 March 2025${tail}`)).toContain('Friday, March 7, 2025');
    expect(glossForeign(`२०८१ फागुन २३ | 7 March 2025${tail}`)).toContain('March 7, 2025 | 7 March 2025');
    expect(glossForeign(`२०८१ फागुन २२ | 7 March 2025${tail}`)).not.toContain('March 6');
    expect(glossForeign(`२०८१ फागुन २३ गते${tail}`)).not.toContain('March');
    expect(glossForeign(`मिति | कार्यक्रम | ITA\n२०८२-०७-११ | CEC | १,०००${tail}`)).not.toContain('2082');
  });

  it('a correction ("सच्याइएको … पहिलेको संस्करणमा … लेखिएको थियो") takes its wrong figure back; a fact check ("यो दाबी झुटो हो") announces nothing', () => {
    const corrected = [
      'क्यानडा नेपाली खबर',
      '२०८२ जेठ १७ गते शनिबार',
      'सच्याइएको: यस समाचारको पहिलेको संस्करणमा न्यूनतम CRS अंक ५२९ लेखिएको थियो, जुन गलत हो। सही अंक ५२२ हो।',
      'IRCC ले बुधबार (मे २८) सञ्चालन गरेको CEC ड्रमा ३,००० जनालाई स्थायी बसोबासका लागि निम्तो पठायो। न्यूनतम CRS अंक ५२९ रह्यो।',
    ].join('\n');
    expect(glossForeign(corrected)).toContain('Correction: an earlier version of this article');
    expect(facts(corrected, '2025-05-31')).toEqual([['2025-05-28', null, 'cec', 3000, null, null]]);
    const factCheck = [
      'तथ्य जाँच: "IRCC ले आज १०,००० जनालाई ITA दियो" भन्ने भाइरल पोस्ट झुटो हो',
      '२०८२ जेठ १७ गते शनिबार',
      'सामाजिक सञ्जालमा भाइरल एउटा पोस्टमा IRCC ले आज १०,००० जनालाई ३८० अंकमा ITA दिएको दाबी गरिएको छ। यो दाबी झुटो हो। IRCC को वेबसाइटमा यस्तो कुनै ड्र छैन।',
    ].join('\n');
    expect(facts(factCheck, '2025-05-31')).toEqual([]);
  });

  it('a guide ("कसरी", how to; "उदाहरणका लागि", for example) announces none of its example rounds', () => {
    const page = [
      'गाइड: Express Entry मा PR निमन्त्रणा कसरी पाउने?',
      '२०८२ मंसिर २ गते मंगलबार',
      'धेरै नेपाली विद्यार्थीले सोध्ने प्रश्न: CRS स्कोर कति चाहिन्छ? जवाफ तपाईंको कार्यक्रममा भर पर्छ।',
      'उदाहरणका लागि, CEC ड्रमा ३,००० जनालाई ITA दिइयो र न्यूनतम CRS ५१५ थियो; French-language ड्रमा ६,००० जनालाई ४१६ अंकमा निमन्त्रणा दिइयो।',
      'त्यसैले भाषा परीक्षामा राम्रो अंक ल्याउनु सबैभन्दा महत्त्वपूर्ण हो।',
    ].join('\n');
    expect(glossForeign(page)).toMatch(/Guide.*how to/);
    expect(facts(page, '2025-11-18')).toEqual([]);
  });

  it('a forecast ("अनुमान", "अर्को ड्र", "सम्भावना", "हुन सक्छ") announces nothing', () => {
    const page = [
      'अर्को Express Entry ड्र कहिले? हाम्रो अनुमान',
      '२०८२ मंसिर २ गते मंगलबार',
      'यो हप्ता अहिलेसम्म कुनै ड्र भएको छैन। अर्को हप्ता CEC ड्र हुने सम्भावना छ, जसमा करिब ३,००० जनालाई ITA दिइन सक्छ र कट-अफ ५१० को हाराहारीमा हुन सक्छ।',
      'तपाईंको स्कोर ५०० भन्दा बढी छ भने तयार रहनुहोस्।',
    ].join('\n');
    expect(glossForeign(page)).toMatch(/forecast/);
    expect(facts(page, '2025-11-18')).toEqual([]);
  });

  it('a month’s recap ("मासिक सारांश") announces none of its rounds', () => {
    const page = [
      'अक्टोबर २०२५: Express Entry को मासिक सारांश',
      '२०८२ कात्तिक १६ गते आइतबार',
      'अक्टोबर महिनाभर IRCC ले पाँच वटा ड्र सञ्चालन गर्‍यो।',
      '• अक्टोबर ६ — PNP — २८१ ITA — CRS ७७८',
      '• अक्टोबर ७ — CEC — ३,००० ITA — CRS ५३४',
      '• अक्टोबर २७ — PNP — ३०२ ITA — CRS ७६१',
      'यो पनि पढ्नुहोस्: सेप्टेम्बर २०२५ को सारांश',
    ].join('\n');
    expect(glossForeign(page)).toContain('October 2025');
    expect(facts(page, '2025-11-02')).toEqual([]);
  });

  it('a province’s own draw ("ओन्टारियोले OINP अन्तर्गत …") is no Express Entry round', () => {
    const page = [
      'क्यानडा नेपाली खबर',
      '२०८२ पुस ३ गते बिहीबार',
      'ओन्टारियोले OINP अन्तर्गत नयाँ ड्र गर्‍यो: १,२०० जनालाई निमन्त्रणा, न्यूनतम स्कोर ४८०',
      'ओन्टारियो प्रदेश सरकारले बिहीबार Human Capital Priorities स्ट्रिम अन्तर्गत १,२०० जनालाई निमन्त्रणा पठाएको छ।',
    ].join('\n');
    expect(glossForeign(page)).toContain('Ontario');
    expect(facts(page, '2025-12-18')).toEqual([]);
  });

  it('an English page quoting a few Nepali words, and a Hindi page, are not read as Nepali', () => {
    const page = [
      'Nepali students cheer record Express Entry draw',
      'IRCC invited 1,000 Canadian Experience Class candidates on October 27, 2025, with a minimum CRS score of 533.',
      '"खुसीको खबर!" (good news), wrote a member of the नेपाली विद्यार्थी संघ on Facebook.',
    ].join('\n');
    expect(isNepali(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-10-28')).toEqual([['2025-10-27', null, 'cec', 1000, 533, null]]);
    const hindi = 'आईआरसीसी ने मंगलवार को नवीनतम एक्सप्रेस एंट्री ड्रा में 1,000 उम्मीदवारों को निमंत्रण जारी किया। न्यूनतम सीआरएस स्कोर 533 था और यह ड्रा कनाडा में रहने वाले लोगों के लिए है।';
    expect(isHindi(hindi)).toBe(true);
    expect(isNepali(hindi)).toBe(false);
  });
});

describe('Tigrinya (gloss-tigrinya.ts)', () => {
  it('an Eritrean news page: Gregorian days in Tigrinya months ("ሰኑይ 17 ሕዳር 2025"), "ቁጽሪ 381 ዙርያ", "6,000 ዕድመ ሂቡ", "ዝተሓተ ነጥቢ"', () => {
    const page = [
      'ሰላም ዜና ካናዳ — ኢሚግሬሽን',
      'ሰሉስ 18 ሕዳር 2025',
      'ኤክስፕረስ ኢንትሪ፡ ንፈረንሳይኛ ቋንቋ 6,000 ዕድመ',
      'ክፍሊ ኢሚግሬሽን ካናዳ (IRCC) ትማሊ ሰኑይ 17 ሕዳር 2025 ኣብ ዘካየዶ ቁጽሪ 381 ዙርያ፡ ንፈረንሳይኛ ቋንቋ ተወዳደርቲ 6,000 ዕድመ ሂቡ።',
      'ዝተሓተ ነጥቢ CRS 399 ነይሩ። ሕጊ ማዕረ ነጥቢ፡ October 2, 2025 09:12:44 UTC።',
      'ኣብቲ ዝሓለፈ ዙርያ (12 ሕዳር) 1,000 ዕድመ ብ520 ነጥቢ ተዋሂቡ ነይሩ።',
    ].join('\n');
    expect(isTigrinya(page)).toBe(true);
    expect(facts(page, '2025-11-18')).toEqual([['2025-11-17', '381', 'french', 6000, 399, '2025-10-02']]);
  });

  it('a page from Tigray: Ethiopian days with their era and Ethiopic numerals ("ሰኑይ ጥቅምቲ ፲፯ ፳፻፲፰ ዓ.ም." is October 27, 2025)', () => {
    const page = [
      'ድምጺ ትግራይ — ዜና ስደት',
      'ሰሉስ ጥቅምቲ ፲፰ ፳፻፲፰ ዓ.ም.',
      'ካናዳ ኣብ ፫፻፸፬ይ ዙርያ ኤክስፕረስ ኢንትሪ 1,000 ተወዳደርቲ ዓዲማ',
      'መንግስቲ ካናዳ ሰኑይ ጥቅምቲ ፲፯ ፳፻፲፰ ዓ.ም. ኣብ ዘካየዶ 374ይ ዙርያ፡ ንCanadian Experience Class 1,000 ዕድመ ሂቡ።',
      'ዝተሓተ ነጥቢ CRS 533 ነይሩ።',
    ].join('\n');
    expect(glossForeign(page)).toContain('Tuesday, October 28, 2025');
    expect(facts(page, '2025-10-28')).toEqual([['2025-10-27', '374', 'cec', 1000, 533, null]]);
  });

  it('a short channel post: "ሎሚ" (today), "2,500 ITA", "ዝተሓተ CRS 470"', () => {
    const page = ['ካናዳ PR ብትግርኛ 🇨🇦', 'ሎሚ ናይ Healthcare draw ተኻይዱ፡ 2,500 ITA፣ ዝተሓተ CRS 470። ኣብ ጥዕና ትሰርሑ ዘለኹም ፕሮፋይልኩም ኣሐድሱ።'].join('\n');
    expect(facts(page, '2026-03-05')).toEqual([['2026-03-05', null, 'healthcare', 2500, 470, null]]);
  });

  it('"no draw this week" with a forecast of the next ("ግምት", "ዝቕጽል ዙርያ", "ክኸውን ይኽእል") announces nothing', () => {
    const page = ['ካናዳ ኢሚግሬሽን ብትግርኛ', '20 ሰነ 2025', 'ግምት፡ ዝቕጽል ዙርያ ኤክስፕረስ ኢንትሪ', 'ኣብዚ ሰሙን ዙርያ ኤክስፕረስ ኢንትሪ ኣይተኻየደን። ዝቕጽል ዙርያ CEC ኣብ ቀጻሊ ሰሙን ክኸውን ይኽእል እዩ፡ ኣስታት 3,000 ITA፣ ዝተሓተ CRS ኣብ ከባቢ 520።'].join(
      '\n',
    );
    expect(glossForeign(page)).toMatch(/forecast.*the next draw/);
    expect(facts(page, '2025-06-20')).toEqual([]);
  });

  it('a month’s recap ("ወርሓዊ ጽማቕ፡ ጥቅምቲ 2025") announces none of its rounds', () => {
    const page = [
      'ወርሓዊ ጽማቕ፡ ጥቅምቲ 2025 ኤክስፕረስ ኢንትሪ',
      '1 ሕዳር 2025',
      'ኣብ ጥቅምቲ 2025 ሓሙሽተ ዙርያታት ተኻይዱ።',
      '• 6 ጥቅምቲ — PNP፡ 281 ITA፣ CRS 778',
      '• 7 ጥቅምቲ — CEC፡ 3,000 ITA፣ CRS 534',
      '• 27 ጥቅምቲ — PNP፡ 302 ITA፣ CRS 761',
    ].join('\n');
    expect(glossForeign(page)).toContain('monthly recap: October 2025');
    expect(facts(page, '2025-11-01')).toEqual([]);
  });

  it('a province’s own draw ("ክፍለ-ሃገር ኦንታርዮ") and another country’s ("ኣውስትራልያ") are no Express Entry rounds', () => {
    const ontario = ['ዜና ካናዳ', '12 መጋቢት 2026', 'ክፍለ-ሃገር ኦንታርዮ ሎሚ ኣብ OINP ዙርያ 1,200 ዕድመ ሂባ፡ ዝተሓተ ነጥቢ 480። ኣብ ኦንታርዮ ትነብሩ ዘለኹም ተዳለዉ።'].join('\n');
    expect(glossForeign(ontario)).toContain('Ontario');
    expect(facts(ontario, '2026-03-12')).toEqual([]);
    const australia = ['ሓበሬታ ስደት', '12 መጋቢት 2026', 'ኣውስትራልያ ሎሚ ኣብ SkillSelect ዙርያ 9,000 ዕድመ ሂባ፡ ዝተሓተ ነጥቢ 65። ኣብ ኣውስትራልያ ክትሰርሑ ትደልዩ ተዳለዉ።'].join('\n');
    expect(glossForeign(australia)).toContain('Australia');
    expect(facts(australia, '2026-03-12')).toEqual([]);
  });

  it('an English page quoting a Tigrinya greeting and a name, and an Amharic page, are not read as Tigrinya', () => {
    const page = [
      'Eritrean community newsletter',
      'IRCC invited 1,000 Canadian Experience Class candidates on October 27, 2025, with a minimum CRS score of 533.',
      '"ሰላም ኩልኹም" (hello everyone), wrote Yonas of the ሰላም ካናዳ group, sharing the news.',
    ].join('\n');
    expect(isTigrinya(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-10-28')).toEqual([['2025-10-27', null, 'cec', 1000, 533, null]]);
    expect(isTigrinya('ካናዳ ትናንት 1,000 አመልካቾችን ጋብዛለች። ዝቅተኛው የCRS ነጥብ 533 ነበር። ይህ ለብዙ ኢትዮጵያውያን መልካም ዜና ነው።')).toBe(false);
  });
});
