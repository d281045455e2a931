import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Burmese and Khmer draw news (docs/parser.md "Burmese and Khmer"): the glossaries of gloss-burmese.ts and gloss-khmer.ts
 * rewrite them into the English the reader knows; pages that announce nothing (a guide, a forecast, a month's recap, a
 * province's or another country's draw) still announce nothing, and an English page quoting a word of either stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);
describe('Burmese (gloss-burmese.ts)', () => {
  it('a news portal\'s page: "၂၀၂၄ ခုနှစ်၊ နိုဝင်ဘာလ ၁၃ ရက်", "ဖိတ်ကြားမှုအကြိမ် အမှတ် ၃၂၄", "လျှောက်ထားသူ ၄၀၀ ဦး", "အနိမ့်ဆုံး CRS ရမှတ်မှာ ၅၄၇"; the previous draw ("ယခင်") is context', () => {
    const page = [
      'ရွှေမြန်မာ သတင်းဌာန',
      'Express Entry – ကနေဒါ အလုပ်အတွေ့အကြုံ အတန်းအစား draw တွင် ဖိတ်ကြားစာ ၄၀၀ စောင်',
      '၂၀၂၄ ခုနှစ်၊ နိုဝင်ဘာလ ၁၄ ရက်',
      'ကနေဒါ လူဝင်မှုကြီးကြပ်ရေးဌာနသည် နိုဝင်ဘာလ ၁၃ ရက် ဗုဒ္ဓဟူးနေ့တွင် Express Entry ဖိတ်ကြားမှုအကြိမ် အမှတ် ၃၂၄ ကို ကျင်းပခဲ့ပြီး ကနေဒါ အလုပ်အတွေ့အကြုံ အတန်းအစား (CEC) လျှောက်ထားသူ ၄၀၀ ဦးထံ ဖိတ်ကြားစာ ပေးပို့ခဲ့သည်။',
      'အနိမ့်ဆုံး CRS ရမှတ်မှာ ၅၄၇ ဖြစ်သည်။',
      'ယခင် CEC draw တွင် ITA ၆၅၀ စောင်ကို အနိမ့်ဆုံးရမှတ် ၅၃၉ ဖြင့် ထုတ်ပေးခဲ့သည်။',
    ].join('\n');
    expect(facts(page, '2024-11-14')).toEqual([['2024-11-13', '324', 'cec', 400, 547, null]]);
  });

  it('a channel\'s post: "မနေ့က (ဇန်နဝါရီ ၂၃၊ ကြာသပတေး)" (yesterday, January 23, Thursday), Myanmar digits, a tie-break with its year first', () => {
    const page = [
      '🇨🇦 ကနေဒါ PR သတင်း',
      '📢 မနေ့က (ဇန်နဝါရီ ၂၃၊ ကြာသပတေး) Express Entry draw ထွက်ခဲ့ပါတယ်',
      'ပရိုဂရမ် – Canadian Experience Class',
      'ITA – ၄,၅၀၀',
      'အနိမ့်ဆုံး CRS – ၅၀၂',
      'Tie-breaking rule – ၂၀၂၄ ခုနှစ် ဒီဇင်ဘာလ ၂၆ ရက်၊ ၁၀:၁၄:၂၀ UTC',
    ].join('\n');
    expect(facts(page, '2025-01-24')).toEqual([['2025-01-23', null, 'cec', 4500, 502, '2024-12-26']]);
  });

  it('a guide ("လမ်းညွှန်") with an example round ("ဥပမာ") announces nothing', () => {
    const page = [
      'Express Entry လမ်းညွှန် – CRS ရမှတ်ကို ဘယ်လို မြှင့်မလဲ',
      'ဖေဖော်ဝါရီ ၁၀၊ ၂၀၂၅',
      'ITA ရဖို့ သင့်ရမှတ်က draw ရဲ့ အနိမ့်ဆုံးရမှတ်ထက် မြင့်ရပါမယ်။',
      'ဥပမာ – ဇန်နဝါရီလ ၂၃ ရက် CEC draw မှာ ITA ၄,၅၀၀ စောင်၊ အနိမ့်ဆုံး CRS ၅၀၂ ဖြစ်ခဲ့ပါတယ်။',
      'IELTS ရမှတ် မြှင့်ခြင်း၊ ပြင်သစ်စာ သင်ခြင်းတို့က အကူအညီ ဖြစ်ပါတယ်။',
    ].join('\n');
    const glossed = glossForeign(page);
    expect(glossed).toContain('Express Entry Guide');
    expect(glossed).toContain('For example,');
    expect(facts(page, '2025-02-10')).toEqual([]);
  });

  it('a forecast ("ခန့်မှန်းချက်") with hedged figures ("ခန့်", "ဝန်းကျင်": about) announces nothing', () => {
    const page = ['ကနေဒါ PR သတင်း', 'ဒီအပတ် Express Entry ခန့်မှန်းချက်', 'မတ်လ ၃ ရက်၊ ၂၀၂၅', 'ဒီအပတ်မှာ CEC draw တစ်ခု ထွက်နိုင်ပါတယ်။ ITA ၄,၀၀၀ ခန့်၊ အနိမ့်ဆုံး CRS ၅၂၀ ဝန်းကျင် ဖြစ်မယ်လို့ ခန့်မှန်းရပါတယ်။'].join('\n');
    const glossed = glossForeign(page);
    expect(glossed).toContain('this week Express Entry forecast');
    expect(glossed).toContain('about 4,000');
    expect(glossed).toContain('about 520');
    expect(facts(page, '2025-03-03')).toEqual([]);
  });

  it('a month\'s recap ("ဇူလိုင်လ Express Entry အနှစ်ချုပ်") announces nothing', () => {
    const page = [
      'မြန်မာ-ကနေဒါ သတင်း',
      '၂၀၂၄ ခုနှစ် ဇူလိုင်လ Express Entry အနှစ်ချုပ်',
      'ဩဂုတ်လ ၁ ရက်၊ ၂၀၂၄',
      'ဇူလိုင်လအတွင်း draw ၃ ခု ကျင်းပခဲ့ပါသည်။',
      '• ဇူလိုင် ၈ – ပြင်သစ်ဘာသာစကား – ITA ၃,၂၀၀ – CRS ၄၂၀',
      '• ဇူလိုင် ၁၆ – Canadian Experience Class – ITA ၆,၃၀၀ – CRS ၅၁၅',
      '• ဇူလိုင် ၃၀ – Provincial Nominee Program – ITA ၉၆၄ – CRS ၇၆၀',
    ].join('\n');
    const glossed = glossForeign(page);
    expect(glossed).toContain('July 2024 Express Entry recap');
    expect(facts(page, '2024-08-01')).toEqual([]);
  });

  it('a province\'s own draw ("ဗြိတိသျှကိုလံဘီယာ", "ပြည်နယ်အစိုးရ") announces nothing', () => {
    const page = [
      'ဗြိတိသျှကိုလံဘီယာ PNP သတင်း',
      'BC PNP – Skills Immigration draw တွင် ဖိတ်ကြားစာ ၁၂၀ စောင်',
      '၂၀၂၄ ခုနှစ်၊ ဇူလိုင်လ ၁၈ ရက်',
      'British Columbia ပြည်နယ်အစိုးရ၏ BC PNP သည် ဇူလိုင်လ ၁၆ ရက်တွင် Skills Immigration လျှောက်ထားသူ ၁၂၀ ဦးကို ဖိတ်ကြားခဲ့ပြီး အနိမ့်ဆုံး ရမှတ်မှာ ၁၀၅ ဖြစ်သည်။',
    ].join('\n');
    const glossed = glossForeign(page);
    expect(glossed).toContain('British Columbia provincial government');
    expect(facts(page, '2024-07-18')).toEqual([]);
  });

  it('another country\'s round ("ဩစတြေးလျ", Australia) announces nothing', () => {
    const page = [
      'ဩစတြေးလျ ရွှေ့ပြောင်းအခြေချမှု သတင်း',
      'ဩစတြေးလျ SkillSelect – ဖိတ်ကြားစာ ၁၀,၀၀၀ စောင်',
      '၂၀၂၄ ခုနှစ်၊ စက်တင်ဘာလ ၂၀ ရက်',
      'ဩစတြေးလျ အစိုးရသည် စက်တင်ဘာလ ၁၉ ရက်တွင် subclass 189 အတွက် ဖိတ်ကြားစာ ၁၀,၀၀၀ စောင် ထုတ်ပေးခဲ့ပြီး အနိမ့်ဆုံး ရမှတ်မှာ ၆၅ ဖြစ်သည်။',
    ].join('\n');
    const glossed = glossForeign(page);
    expect(glossed).toContain('Australia SkillSelect');
    expect(glossed).toContain('10,000 invitations');
    expect(facts(page, '2024-09-20')).toEqual([]);
  });
});

describe('Khmer (gloss-khmer.ts)', () => {
  it('a news page: "កាលពីម្សិលមិញ ថ្ងៃអង្គារ ទី១៩ ខែវិច្ឆិកា", "ជុំទី៣២៦", "បេក្ខជនចំនួន ៣,០០០ នាក់", "ពិន្ទុ CRS អប្បបរមាគឺ ៤៦៣"; the previous round ("ជុំ … មុន") is context', () => {
    const page = [
      'ព័ត៌មានកម្ពុជា-កាណាដា',
      'IRCC អញ្ជើញបេក្ខជន ៣,០០០ នាក់ ក្នុងជុំសុខាភិបាល',
      'ថ្ងៃពុធ ទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤',
      'កាលពីម្សិលមិញ ថ្ងៃអង្គារ ទី១៩ ខែវិច្ឆិកា IRCC បានធ្វើការចាប់ឆ្នោត Express Entry ជុំទី៣២៦ សម្រាប់មុខរបរសុខាភិបាល ដោយអញ្ជើញបេក្ខជនចំនួន ៣,០០០ នាក់។',
      'ពិន្ទុ CRS អប្បបរមាគឺ ៤៦៣ ពិន្ទុ។',
      'ជុំសុខាភិបាលមុន (ថ្ងៃទី១ ខែតុលា) បានអញ្ជើញ ២,៥០០ នាក់ ដោយពិន្ទុ ៤៧៣។',
    ].join('\n');
    expect(facts(page, '2024-11-20')).toEqual([['2024-11-19', '326', 'healthcare', 3000, 463, null]]);
  });

  it('a channel\'s post: "ថ្ងៃនេះ" (today), "ចំនួនលិខិតអញ្ជើញ៖ ៧,៥០០", "ច្បាប់បំបែកពិន្ទុស្មើ៖ ថ្ងៃទី១៤ ខែកុម្ភៈ ឆ្នាំ២០២៥ ម៉ោង …"', () => {
    const page = [
      'Canada PR ព័ត៌មាន 🇨🇦',
      'ថ្ងៃនេះ IRCC បានធ្វើ French-language proficiency draw 🇫🇷',
      '✅ ចំនួនលិខិតអញ្ជើញ៖ ៧,៥០០',
      '✅ ពិន្ទុ CRS អប្បបរមា៖ ៣៧៩',
      '✅ ច្បាប់បំបែកពិន្ទុស្មើ៖ ថ្ងៃទី១៤ ខែកុម្ភៈ ឆ្នាំ២០២៥ ម៉ោង ១២:៤៨:៣៧ UTC',
    ].join('\n');
    expect(facts(page, '2025-03-21')).toEqual([['2025-03-21', null, 'french', 7500, 379, '2025-02-14']]);
  });

  it('a guide ("មគ្គុទ្ទេសក៍") with an example round ("ឧទាហរណ៍") announces nothing', () => {
    const page = [
      'មគ្គុទ្ទេសក៍ Express Entry៖ របៀបគណនាពិន្ទុ CRS',
      'ថ្ងៃទី១០ ខែកុម្ភៈ ឆ្នាំ២០២៥',
      'ដើម្បីទទួលបាន ITA ពិន្ទុរបស់អ្នកត្រូវខ្ពស់ជាងពិន្ទុអប្បបរមានៃជុំ។',
      'ឧទាហរណ៍៖ ជុំ CEC ថ្ងៃទី២៣ ខែមករា បានអញ្ជើញ ៤,៥០០ នាក់ ដោយពិន្ទុ CRS អប្បបរមា ៥០២។',
      'ការរៀនភាសាបារាំងអាចបន្ថែមពិន្ទុបានច្រើន។',
    ].join('\n');
    const glossed = glossForeign(page);
    expect(glossed).toContain('Guide Express Entry');
    expect(glossed).toContain('For example,');
    expect(facts(page, '2025-02-10')).toEqual([]);
  });

  it('a forecast ("ការព្យាករណ៍", "រំពឹងថា … នឹងធ្វើ") with hedged figures ("ប្រហែល") announces nothing', () => {
    const page = ['ព័ត៌មានអន្តោប្រវេសន៍', 'ការព្យាករណ៍ Express Entry សប្តាហ៍នេះ', 'ថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៥', 'អ្នកជំនាញរំពឹងថា IRCC នឹងធ្វើជុំ CEC មួយនៅសប្តាហ៍នេះ ដោយអញ្ជើញប្រហែល ៤,០០០ នាក់ ហើយពិន្ទុ CRS អប្បបរមាប្រហែល ៥២០។'].join(
      '\n',
    );
    const glossed = glossForeign(page);
    expect(glossed).toContain('forecast Express Entry this week');
    expect(glossed).toContain('will hold');
    expect(glossed).toContain('about 4,000');
    expect(glossed).toContain('about 520');
    expect(facts(page, '2025-03-03')).toEqual([]);
  });

  it('a month\'s recap ("សង្ខេបការចាប់ឆ្នោត Express Entry ខែកក្កដា") announces nothing', () => {
    const page = [
      'សហគមន៍ខ្មែរនៅកាណាដា',
      'សង្ខេបការចាប់ឆ្នោត Express Entry ខែកក្កដា ឆ្នាំ២០២៤',
      'ថ្ងៃទី១ ខែសីហា ឆ្នាំ២០២៤',
      'ក្នុងខែកក្កដា IRCC បានធ្វើការចាប់ឆ្នោតបីជុំ៖',
      '• ៨ កក្កដា – ភាសាបារាំង – ៣,២០០ ITA – ពិន្ទុ ៤២០',
      '• ១៦ កក្កដា – Canadian Experience Class – ៦,៣០០ ITA – ពិន្ទុ ៥១៥',
      '• ៣០ កក្កដា – Provincial Nominee Program – ៩៦៤ ITA – ពិន្ទុ ៧៦០',
    ].join('\n');
    const glossed = glossForeign(page);
    expect(glossed).toContain('Express Entry recap of July 2024');
    expect(facts(page, '2024-08-01')).toEqual([]);
  });

  it('a province\'s own draw ("ខេត្តអុងតារីយ៉ូ", Ontario) announces nothing', () => {
    const page = [
      'ព័ត៌មានខេត្ត',
      'ខេត្តអុងតារីយ៉ូ (OINP) អញ្ជើញបេក្ខជន ១,២០០ នាក់',
      'ថ្ងៃទី១៨ ខែកក្កដា ឆ្នាំ២០២៤',
      'កាលពីថ្ងៃទី១៦ ខែកក្កដា កម្មវិធី Ontario Immigrant Nominee Program (OINP) បានអញ្ជើញបេក្ខជនចំនួន ១,២០០ នាក់ ពីប្រព័ន្ធ Express Entry ដោយពិន្ទុ CRS អប្បបរមា ៤៦០។',
    ].join('\n');
    const glossed = glossForeign(page);
    expect(glossed).toContain('province Ontario (OINP)');
    expect(facts(page, '2024-07-18')).toEqual([]);
  });

  it('another country\'s round ("នូវែលសេឡង់", New Zealand) announces nothing', () => {
    const page = ['ព័ត៌មានចំណាកស្រុក', 'នូវែលសេឡង់អញ្ជើញអ្នកជំនាញ ៨០០ នាក់', 'ថ្ងៃទី២០ ខែកញ្ញា ឆ្នាំ២០២៤', 'រដ្ឋាភិបាលនូវែលសេឡង់ បានអញ្ជើញអ្នកជំនាញចំនួន ៨០០ នាក់ កាលពីថ្ងៃទី១៨ ខែកញ្ញា ដោយពិន្ទុអប្បបរមា ១៦០។'].join('\n');
    const glossed = glossForeign(page);
    expect(glossed).toContain('New Zealand invited 800 candidates');
    expect(facts(page, '2024-09-20')).toEqual([]);
  });
});

describe('Khmer rounds told beside an earlier one', () => {
  it('"បីថ្ងៃក្រោយជុំ PNP ដែលបានអញ្ជើញ …" (three days after the PNP round that invited …) is the earlier round\'s; the new one is the news', () => {
    const page = ['ព័ត៌មាន', 'ថ្ងៃទី២៤ ខែមករា ឆ្នាំ២០២៥', 'ម្សិលមិញ IRCC បានអញ្ជើញបេក្ខជន CEC ចំនួន ៤,៥០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៥០២។ នេះគឺបីថ្ងៃក្រោយជុំ PNP ដែលបានអញ្ជើញ ៤៧១ នាក់ ពិន្ទុ ៧៩៣។'].join('\n');
    expect(glossForeign(page)).toContain('Previously, three days after the draw PNP that invited 471 candidates');
    expect(facts(page, '2025-01-24')).toEqual([['2025-01-23', null, 'cec', 4500, 502, null]]);
  });

  it('"សប្តាហ៍នេះ មិនមានការចាប់ឆ្នោត" (no draw this week) with the last round told announces nothing', () => {
    const page = ['Canada PR ព័ត៌មាន', 'ថ្ងៃទី១៧ ខែមករា ឆ្នាំ២០២៥', 'សប្តាហ៍នេះ មិនមានការចាប់ឆ្នោត Express Entry ទេ។ ជុំចុងក្រោយគឺនៅថ្ងៃទី៧ ខែមករា៖ CEC ១,៥០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៥៤២។'].join('\n');
    expect(glossForeign(page)).toContain('this week no draw Express Entry');
    expect(facts(page, '2025-01-17')).toEqual([]);
  });
});

describe('an English page quoting Burmese or Khmer is never glossed', () => {
  it('names and a quoted word of each in an English report leave it as it is', () => {
    const page = [
      'Canada invites 4,500 CEC candidates',
      'By Aung Kyaw and Sokha Chan | Mekong Newcomers (မဲခေါင် / មេគង្គ) | January 24, 2025',
      'IRCC held a Canadian Experience Class draw on January 23, inviting 4,500 candidates with a minimum CRS score of 502.',
      'Readers asked what "ဖိတ်ကြားစာ" and "លិខិតអញ្ជើញ" (an invitation) mean for them.',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-01-24')).toEqual([['2025-01-23', null, 'cec', 4500, 502, null]]);
    // The same news as a one-line post in either language is read.
    const burmese = '⚡ Express Entry | ဇန်နဝါရီ ၂၃ | CEC draw – ITA ၄,၅၀၀၊ အနိမ့်ဆုံး CRS ၅၀၂ 🇨🇦';
    expect(facts(burmese, '2025-01-23')).toEqual([['2025-01-23', null, 'cec', 4500, 502, null]]);
    const khmer = '⚡ Express Entry | ថ្ងៃទី២៣ ខែមករា | CEC draw – ITA ៤,៥០០ ពិន្ទុ CRS អប្បបរមា ៥០២ 🇨🇦';
    expect(facts(khmer, '2025-01-23')).toEqual([['2025-01-23', null, 'cec', 4500, 502, null]]);
  });
});
