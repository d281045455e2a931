import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Burmese and Khmer glossaries (docs/parser.md "Burmese and Khmer", "Audit (session 56)") on pages written for it:
 * words that turned into a wrong value ("ITA ၃၀,၀၀၀ အထိ" and "រហូតដល់ ១០,០០០", up to, read as the round's count; "draw ၇ ကြိမ်",
 * seven times, read as round #7; a Myanmar or Khmer calendar's day before the Gregorian one read as the round's day; a tie-break
 * told in Myanmar or Cambodian time read as UTC) or into a round the page does not announce (a month's or a year's review), and
 * what a report writes that was lost (a card's "Draw အမှတ် – ၃၈၇", "ဖိတ်စာ", "ဖြတ်မှတ်", "លើកទី៣៣៣", "ពិន្ទុកាត់", the trades and
 * education rounds, a tie-break told in words). Real rounds (test/fixtures/ircc); a wrong value is worse than none.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Burmese (gloss-burmese.ts)', () => {
  it('a channel\u2019s card: "Draw အမှတ် – ၃၈၇" (round 387 after a dash), "ဖိတ်စာ – ၅,၀၀၀" (invitations, a shorter word)', () => {
    const page = [
      '🇨🇦 Canada PR Myanmar Channel',
      '📢 မနေ့က (ဒီဇင်ဘာ ၁၆၊ အင်္ဂါနေ့) CEC draw ထွက်ပါတယ်ဗျ',
      '🔸 Draw အမှတ် – ၃၈၇',
      '🔸 ဖိတ်စာ – ၅,၀၀၀',
      '🔸 အနိမ့်ဆုံး CRS – ၅၁၅',
      'ယခင် CEC draw ထက် ၅ မှတ် ကျသွားပါတယ်။ Profile ရှိသူတွေ စစ်ကြည့်ကြပါ 🙏',
    ].join('\n');
    expect(facts(page, '2025-12-17')).toEqual([['2025-12-16', '387', 'cec', 5000, 515, null]]);
    const letters = ['ကနေဒါ သတင်း', 'IRCC သည် ဇန်နဝါရီလ ၈ ရက်တွင် CEC လျှောက်ထားသူများထံ ဖိတ်ကြားလွှာ ၁,၃၅၀ စောင် ပေးပို့ခဲ့ပြီး အနိမ့်ဆုံး CRS ရမှတ်မှာ ၅၄၂ ဖြစ်သည်။'].join('\n');
    expect(facts(letters, '2025-01-09')).toEqual([['2025-01-08', null, 'cec', 1350, 542, null]]);
  });

  it('"(အမှတ် ၃၆၇)" after a draw is its number; the education ("ပညာရေး အလုပ်အကိုင်") and trades ("လက်မှုပညာ") rounds', () => {
    const page = [
      'ကနေဒါ Express Entry – ၂ ရက်ဆက်တိုက် အလုပ်အကိုင်အမျိုးအစား draw များ',
      '၂၀၂၅ ခုနှစ် စက်တင်ဘာလ ၁၉ ရက်',
      'စက်တင်ဘာလ ၁၇ ရက် ဗုဒ္ဓဟူးနေ့တွင် ပညာရေး အလုပ်အကိုင်များ draw (အမှတ် ၃၆၇) ကျင်းပခဲ့ပြီး ဖိတ်ကြားစာ ၂,၅၀၀ စောင် ထုတ်ပေးခဲ့သည်။ အနိမ့်ဆုံး CRS ၄၆၂ ဖြစ်သည်။',
      'စက်တင်ဘာလ ၁၈ ရက် ကြာသပတေးနေ့တွင် လက်မှုပညာ အလုပ်အကိုင်များ draw (အမှတ် ၃၆၈) ကျင်းပခဲ့ပြီး ဖိတ်ကြားစာ ၁,၂၅၀ စောင် ထုတ်ပေးခဲ့သည်။ အနိမ့်ဆုံး CRS ၅၀၅ ဖြစ်သည်။',
    ].join('\n');
    expect(facts(page, '2025-09-19')).toEqual([
      ['2025-09-17', '367', 'education', 2500, 462, null],
      ['2025-09-18', '368', 'trades', 1250, 505, null],
    ]);
  });

  it('a month\u2019s review ("ပြန်လည်သုံးသပ်ချက်") announces nothing; "draw ၇ ကြိမ်" (seven times) is no round #7', () => {
    const page = [
      'မြန်မာ-ကနေဒါ အသိုင်းအဝိုင်း',
      '၂၀၂၅ ခုနှစ် အောက်တိုဘာလ Express Entry draw များ ပြန်လည်သုံးသပ်ချက်',
      'နိုဝင်ဘာ ၁၊ ၂၀၂၅',
      'အောက်တိုဘာလတစ်လတည်းတွင် IRCC သည် draw ၇ ကြိမ် ကျင်းပခဲ့ပြီး ဖိတ်ကြားစာ စုစုပေါင်း ၁၇,၆၄၇ စောင် ထုတ်ပေးခဲ့သည်။',
      'အောက်တိုဘာ ၁ – CEC – ၁,၀၀၀ – ၅၃၄',
      'အောက်တိုဘာ ၆ – ပြင်သစ်ဘာသာစကား – ၄,၅၀၀ – ၄၃၂',
      'အောက်တိုဘာ ၂၉ – ပြင်သစ်ဘာသာစကား – ၆,၀၀၀ – ၄၁၆',
    ].join('\n');
    expect(facts(page, '2025-11-01')).toEqual([]);
    expect(facts('IRCC သည် ယခုလ draw ၇ ကြိမ် ကျင်းပခဲ့ပြီး ဖိတ်ကြားစာ စုစုပေါင်း ၁၇,၆၄၇ စောင် ထုတ်ပေးခဲ့သည်။ မြန်မာ-ကနေဒါ အသိုင်းအဝိုင်း', '2025-11-01').map((d) => d[1])).not.toContain('7');
  });

  it('a year\u2019s review ("တစ်နှစ်တာ သုံးသပ်ချက်") and its last round ("နှစ်၏ နောက်ဆုံး draw") announce nothing', () => {
    const page = [
      'ကနေဒါ PR သတင်း',
      '၂၀၂၄ ခုနှစ် Express Entry တစ်နှစ်တာ သုံးသပ်ချက်',
      '၂၀၂၅ ခုနှစ်၊ ဇန်နဝါရီလ ၂ ရက်',
      '၂၀၂၄ ခုနှစ်တွင် IRCC သည် ဖိတ်ကြားစာ စုစုပေါင်း ၉၈,၉၀၃ စောင် ထုတ်ပေးခဲ့သည်။',
      'နှစ်၏ နောက်ဆုံး draw မှာ ဒီဇင်ဘာလ ၁၆ ရက်က PNP draw ဖြစ်ပြီး ဖိတ်ကြားစာ ၁,၀၈၅ စောင်ကို အနိမ့်ဆုံး CRS ၇၂၇ ဖြင့် ထုတ်ပေးခဲ့သည်။',
    ].join('\n');
    expect(facts(page, '2025-01-02')).toEqual([]);
  });

  it('"ဖြတ်မှတ်" (the cut-off score) is the round\u2019s lowest score', () => {
    const page = [
      'ကနေဒါ ပြည်ဝင်ခွင့် သတင်း',
      'ပြင်သစ်ဘာသာ draw – ဖိတ်ကြားစာ ၄ ထောင့် ၅ ရာ',
      'မတ်လ ၇ ရက်၊ ၂၀၂၅',
      'မနေ့က မတ်လ ၆ ရက် ကြာသပတေးနေ့မှာ IRCC က ပြင်သစ်ဘာသာစကား ကျွမ်းကျင်သူ ၄ ထောင့် ၅ ရာကို ဖိတ်ကြားခဲ့ပါတယ်။ ဖြတ်မှတ်က ၄၁၀ ဖြစ်ပါတယ်။',
    ].join('\n');
    expect(facts(page, '2025-03-07')).toEqual([['2025-03-06', null, 'french', 4500, 410, null]]);
  });

  it('"ITA ၃၀,၀၀၀ အထိ" (up to 30,000) and "အနည်းဆုံး" (at least) are no round\u2019s count', () => {
    const page = [
      'ကနေဒါ PR သတင်း',
      'ဖေဖော်ဝါရီ ၁၉ ရက် ဗုဒ္ဓဟူးနေ့က ပြင်သစ်ဘာသာစကား draw မှာ ဖိတ်ကြားစာ အနည်းဆုံး ၆,၀၀၀ ကျော် ထုတ်ပေးခဲ့ပြီး အနိမ့်ဆုံး CRS ၄၂၈ ဖြစ်ပါတယ်။',
      'ဒီနှစ်အတွင်း ပြင်သစ်ဘာသာ draw တွေမှာ ITA ၃၀,၀၀၀ အထိ ထုတ်ပေးနိုင်ပါတယ်။',
    ].join('\n');
    expect(facts(page, '2025-02-20')).toEqual([['2025-02-19', null, 'french', null, 428, null]]);
    const least = ['ကနေဒါ PR သတင်း', 'မနေ့က PNP draw မှာ ဖိတ်ကြားစာ အနည်းဆုံး ၄၀၀ စောင် ထုတ်ပေးခဲ့ပြီး အနိမ့်ဆုံး CRS ၈၀၂ ဖြစ်ပါတယ်။'].join('\n');
    expect(facts(least, '2025-02-05')).toEqual([['2025-02-04', null, 'pnp', null, 802, null]]);
  });

  it('a tie-break in words: "ရမှတ်တူညီသူများအတွက် သတ်မှတ်ချက်" (the rule for equal scores), "… မတိုင်မီ profile တင်ခဲ့သူများ" (profiles submitted before …)', () => {
    const rule = [
      'ကနေဒါ လူဝင်မှု သတင်း',
      '၂၀၂၄ နိုဝင်ဘာ ၂၁',
      'ကနေဒါ လူဝင်မှုကြီးကြပ်ရေးဌာနသည် နိုဝင်ဘာလ ၂၀ ရက် ဗုဒ္ဓဟူးနေ့တွင် ကျန်းမာရေး အလုပ်အကိုင်များအတွက် Express Entry draw ကို ကျင်းပခဲ့သည်။',
      'လျှောက်ထားသူ ၃,၀၀၀ ဦး ဖိတ်ကြားခံရပြီး အနိမ့်ဆုံး CRS ရမှတ်မှာ ၄၆၃ ဖြစ်သည်။',
      'ရမှတ်တူညီသူများအတွက် သတ်မှတ်ချက်မှာ ၂၀၂၄ ခုနှစ် အောက်တိုဘာလ ၂၁ ရက်၊ ၁၆:၁၂:၃၉ UTC ဖြစ်သည်။',
    ].join('\n');
    expect(facts(rule, '2024-11-21')).toEqual([['2024-11-20', null, 'healthcare', 3000, 463, '2024-10-21']]);
    const before = [
      'ကျန်းမာရေး draw – ၃,၀၀၀ ဦး',
      '၂၀၂၄ နိုဝင်ဘာ ၂၁',
      'နိုဝင်ဘာလ ၂၀ ရက်တွင် ကျန်းမာရေး အလုပ်အကိုင် draw ၌ လျှောက်ထားသူ ၃,၀၀၀ ဦး ဖိတ်ကြားခံရပြီး အနိမ့်ဆုံး CRS ၄၆၃ ဖြစ်သည်။',
      '၄၆၃ မှတ် ရသူများထဲမှ ၂၀၂၄ အောက်တိုဘာ ၂၁ ရက် ၁၆:၁၂:၃၉ UTC မတိုင်မီ profile တင်ခဲ့သူများသာ ဖိတ်ကြားခံရသည်။',
    ].join('\n');
    expect(facts(before, '2024-11-21')).toEqual([['2024-11-20', null, 'healthcare', 3000, 463, '2024-10-21']]);
  });

  it('a tie-break in Myanmar time ("မနက် ၁:၂၈ (မြန်မာစံတော်ချိန်)", UTC+6:30) is the UTC day before', () => {
    const page = [
      'Express Entry Draw #387 – CEC',
      'ဒီဇင်ဘာ ၁၇၊ ၂၀၂၅',
      'ဒီဇင်ဘာ ၁၆ ရက်က CEC draw မှာ ITA ၅,၀၀၀ စောင် ထုတ်ပေးခဲ့ပြီး အနိမ့်ဆုံး CRS ၅၁၅ ဖြစ်ပါတယ်။',
      'Tie-breaking rule – စက်တင်ဘာ ၁၀၊ ၂၀၂၅ မနက် ၁:၂၈ (မြန်မာစံတော်ချိန်)',
    ].join('\n');
    expect(facts(page, '2025-12-17')).toEqual([['2025-12-16', '387', 'cec', 5000, 515, '2025-09-09']]);
    const night = ['Express Entry – CEC ၁,၀၀၀', '၂၀၂၅ နိုဝင်ဘာ ၂၇', 'နိုဝင်ဘာ ၂၆ ရက် ဗုဒ္ဓဟူးနေ့ CEC draw: ITA ၁,၀၀၀၊ CRS ၅၃၁။', 'Tie-breaking rule: အောက်တိုဘာ ၉၊ ၂၀၂၅ ည ၁:၃၂ မြန်မာစံတော်ချိန်'].join('\n');
    expect(facts(night, '2025-11-27')).toEqual([['2025-11-26', null, 'cec', 1000, 531, '2025-10-08']]);
  });

  it('a Myanmar calendar\u2019s day before the Gregorian one ("၁၃၈၆ ခုနှစ်၊ ပြာသိုလပြည့်ကျော် ၁၀ ရက် (…)") leaves "မနေ့က" (yesterday) its day', () => {
    const page = ['ကနေဒါ သတင်း', '၁၃၈၆ ခုနှစ်၊ ပြာသိုလပြည့်ကျော် ၁၀ ရက် (၂၀၂၅ ခုနှစ်၊ ဇန်နဝါရီလ ၂၄ ရက်)', 'IRCC သည် မနေ့က CEC လျှောက်ထားသူ ၄,၀၀၀ ဦးကို ဖိတ်ကြားခဲ့ပြီး အနိမ့်ဆုံး CRS ရမှတ်မှာ ၅၂၇ ဖြစ်သည်။'].join('\n');
    expect(facts(page, '2025-01-24')).toEqual([['2025-01-23', null, 'cec', 4000, 527, null]]);
  });

  it('a short post\u2019s hashtags ("#ExpressEntry") do not make it English: "ယနေ့ PNP draw – ITA ၁၉၂ စောင်၊ CRS ၈၀၀" is read', () => {
    expect(facts('🔥 ယနေ့ PNP draw – ITA ၁၉၂ စောင်၊ CRS ၈၀၀ 🇨🇦 #ExpressEntry', '2025-08-18')).toEqual([['2025-08-18', null, 'pnp', 192, 800, null]]);
  });

  it('a reader\u2019s question ("မေးခွန်း – ကျွန်တော့် CRS က ၄၉၀ ပါ", my CRS is 490; "ပြီးခဲ့တဲ့ CEC draw", the last CEC draw) announces nothing', () => {
    const page = [
      'မေးခွန်း – ကျွန်တော့် CRS က ၄၉၀ ပါ။ ITA ရနိုင်မလား?',
      'ပြီးခဲ့တဲ့ CEC draw မှာ ဖြတ်မှတ် ၅၂၁ ဖြစ်ခဲ့ပြီး ITA ၄,၀၀၀ ထုတ်ပေးခဲ့တယ်လို့ ကြားပါတယ်။ ပြင်သစ်ဘာသာ draw တွေမှာ ၃၇၉ အထိ ကျခဲ့ဖူးတယ်ဆိုတော့ ပြင်သစ်စာ သင်သင့်လား?',
      'ကျေးဇူးတင်ပါတယ်ခင်ဗျာ။',
    ].join('\n');
    expect(facts(page, '2025-04-10')).toEqual([]);
  });

  it('the physicians\u2019 round ("ကနေဒါ အလုပ်အတွေ့အကြုံရှိ ဆရာဝန်များ") and the senior managers\u2019 ("အကြီးတန်း မန်နေဂျာများ")', () => {
    const physicians = [
      'ဆရာဝန်များအတွက် Express Entry draw',
      '၂၀၂၆ ဖေဖော်ဝါရီ ၂၀',
      'ဖေဖော်ဝါရီလ ၁၉ ရက် ကြာသပတေးနေ့တွင် IRCC သည် ကနေဒါ အလုပ်အတွေ့အကြုံရှိ ဆရာဝန်များအတွက် draw အမှတ် ၃၉၇ ကို ကျင်းပခဲ့ပြီး ဖိတ်ကြားစာ ၃၉၁ စောင် ထုတ်ပေးခဲ့သည်။ အနိမ့်ဆုံး CRS ၁၆၉ ဖြစ်သည်။',
    ].join('\n');
    expect(facts(physicians, '2026-02-20')).toEqual([['2026-02-19', '397', 'physicians', 391, 169, null]]);
    const managers = ['Express Entry သတင်း', '၂၀၂၆ မတ် ၆', 'မနေ့က IRCC သည် ကနေဒါ အလုပ်အတွေ့အကြုံရှိ အကြီးတန်း မန်နေဂျာများအတွက် draw ကျင်းပခဲ့ပြီး ဖိတ်ကြားစာ ၂၅၀ စောင် ထုတ်ပေးခဲ့သည်။ အနိမ့်ဆုံး CRS ၄၂၉ ဖြစ်သည်။'].join('\n');
    expect(facts(managers, '2026-03-06')).toEqual([['2026-03-05', null, 'managers', 250, 429, null]]);
    // Doctors named among other trades ("ဆရာဝန်၊ သူနာပြု စသည့်", doctors, nurses and the like) are a healthcare round's.
    const healthcare = ['ကျန်းမာရေး draw', '၂၀၂၅ ဇူလိုင် ၂၃', 'ဇူလိုင်လ ၂၂ ရက်တွင် IRCC သည် ဆရာဝန်၊ သူနာပြု စသည့် ကျန်းမာရေး အလုပ်အကိုင်များအတွက် draw ကျင်းပခဲ့ပြီး လျှောက်ထားသူ ၄,၀၀၀ ဦးကို ဖိတ်ကြားခဲ့သည်။ အနိမ့်ဆုံး CRS ၄၇၅ ဖြစ်သည်။'].join('\n');
    expect(facts(healthcare, '2025-07-23')).toEqual([['2025-07-22', null, 'healthcare', 4000, 475, null]]);
  });

  it('the transport ("သယ်ယူပို့ဆောင်ရေး") and agriculture ("စိုက်ပျိုးရေးနှင့် စားသောက်ကုန်") rounds; "အများဆုံး" (at most) is no count', () => {
    const transport = ['Express Entry သတင်း', '၂၀၂၆ ဩဂုတ် ၈', 'မနေ့က ဩဂုတ်လ ၇ ရက်တွင် IRCC သည် သယ်ယူပို့ဆောင်ရေး အလုပ်အကိုင်များအတွက် draw အမှတ် ၄၃၄ ကို ကျင်းပခဲ့ပြီး ဖိတ်ကြားစာ ၃၀၀ စောင် ထုတ်ပေးခဲ့သည်။ အနိမ့်ဆုံး CRS ၄၇၀ ဖြစ်သည်။'].join('\n');
    expect(facts(transport, '2026-08-08')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
    const agriculture = ['Express Entry သတင်း', '၂၀၂၄ ဖေဖော်ဝါရီ ၁၇', 'ဖေဖော်ဝါရီလ ၁၆ ရက်တွင် စိုက်ပျိုးရေးနှင့် စားသောက်ကုန် အလုပ်အကိုင်များအတွက် draw ကျင်းပခဲ့ပြီး ဖိတ်ကြားစာ ၁၅၀ စောင် ထုတ်ပေးခဲ့သည်။ အနိမ့်ဆုံး CRS ၄၃၇ ဖြစ်သည်။'].join('\n');
    expect(facts(agriculture, '2024-02-17')).toEqual([['2024-02-16', null, 'agriculture', 150, 437, null]]);
    const most = ['Express Entry သတင်း', 'မနေ့က PNP draw မှာ ဖိတ်ကြားစာ အများဆုံး ၅၀၀ စောင် ထုတ်ပေးခဲ့ပြီး အနိမ့်ဆုံး CRS ၈၀၂ ဖြစ်ပါတယ်။'].join('\n');
    expect(facts(most, '2025-02-05')).toEqual([['2025-02-04', null, 'pnp', null, 802, null]]);
  });
});

describe('Khmer (gloss-khmer.ts)', () => {
  it('"ការចាប់ឆ្នោតលើកទី៣៣៣" (the 333rd draw) is round 333; "ពិន្ទុកាត់" (the cut-off score) its lowest score', () => {
    const page = [
      'ព័ត៌មានអន្តោប្រវេសន៍កាណាដា',
      'IRCC អញ្ជើញបេក្ខជន CEC ៤,០០០ នាក់ ក្នុងការចាប់ឆ្នោតលើកទី៣៣៣',
      'ថ្ងៃសុក្រ ទី២៤ ខែមករា ឆ្នាំ២០២៥',
      'ក្រសួងអន្តោប្រវេសន៍ ជនភៀសខ្លួន និងសញ្ជាតិកាណាដា (IRCC) បានធ្វើការចាប់ឆ្នោត Express Entry លើកទី៣៣៣ កាលពីថ្ងៃព្រហស្បតិ៍ ទី២៣ ខែមករា ឆ្នាំ២០២៥។',
      'បេក្ខជនក្នុងថ្នាក់បទពិសោធន៍កាណាដា (CEC) ចំនួន ៤,០០០ នាក់ បានទទួលលិខិតអញ្ជើញឱ្យដាក់ពាក្យសុំស្នាក់នៅអចិន្ត្រៃយ៍ ហើយពិន្ទុកាត់ CRS គឺ ៥២៧ ពិន្ទុ។',
      'ច្បាប់បំបែកពិន្ទុស្មើ៖ ថ្ងៃទី២៣ ខែកក្កដា ឆ្នាំ២០២៤ ម៉ោង ០៧:០៦:៤៣ UTC',
    ].join('\n');
    expect(facts(page, '2025-01-24')).toEqual([['2025-01-23', '333', 'cec', 4000, 527, '2024-07-23']]);
    const words = ['ព័ត៌មានអន្តោប្រវេសន៍', 'ម្សិលមិញ ថ្ងៃព្រហស្បតិ៍ ទី៦ មីនា IRCC បានអញ្ជើញបេក្ខជនភាសាបារាំង ៤ ពាន់ ៥ រយនាក់ ក្នុងការចាប់ឆ្នោតលើកទី ៣៣៩ ដោយពិន្ទុកាត់ ៤១០។'].join('\n');
    expect(facts(words, '2025-03-07')).toEqual([['2025-03-06', '339', 'french', 4500, 410, null]]);
  });

  it('a day with its month as a number ("ថ្ងៃទី១២ ខែ១១ ឆ្នាំ២០២៥") is November 12', () => {
    const page = ['Express Entry CEC', 'កាលពីថ្ងៃទី១២ ខែ១១ ឆ្នាំ២០២៥ IRCC បានធ្វើការចាប់ឆ្នោត CEC ដោយចេញ ITA ចំនួន ១,០០០ ពិន្ទុ CRS អប្បបរមា ៥៣៣។', 'ច្បាប់បំបែកពិន្ទុស្មើ៖ ១៧/១០/២០២៥ ០៣:៣៩:០៥ UTC'].join('\n');
    expect(facts(page, '2025-11-13')).toEqual([['2025-11-12', null, 'cec', 1000, 533, '2025-10-17']]);
  });

  it('a lunar dateline ("ថ្ងៃសុក្រ ១០រោច ខែបុស្ស ឆ្នាំរោង ឆស័ក ព.ស.២៥៦៨ ត្រូវនឹង …") leaves "ម្សិលមិញ" (yesterday) its day', () => {
    const page = ['ព័ត៌មានកាណាដា', 'ថ្ងៃសុក្រ ១០រោច ខែបុស្ស ឆ្នាំរោង ឆស័ក ព.ស.២៥៦៨ ត្រូវនឹងថ្ងៃទី២៤ ខែមករា ឆ្នាំ២០២៥', 'ម្សិលមិញ IRCC បានអញ្ជើញបេក្ខជន CEC ចំនួន ៤,០០០ នាក់ ដោយពិន្ទុ CRS អប្បបរមា ៥២៧។'].join('\n');
    expect(facts(page, '2025-01-24')).toEqual([['2025-01-23', null, 'cec', 4000, 527, null]]);
  });

  it('the education ("មុខរបរអប់រំ") and trades ("មុខរបរជាងជំនាញ") rounds', () => {
    const page = [
      'Express Entry៖ ការចាប់ឆ្នោតតាមមុខរបរពីរជុំ',
      'ថ្ងៃទី១៩ ខែកញ្ញា ឆ្នាំ២០២៥',
      'ថ្ងៃពុធ ទី១៧ ខែកញ្ញា៖ ជុំទី៣៦៧ សម្រាប់មុខរបរអប់រំ អញ្ជើញ ២,៥០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៤៦២។',
      'ថ្ងៃព្រហស្បតិ៍ ទី១៨ ខែកញ្ញា៖ ជុំទី៣៦៨ សម្រាប់មុខរបរជាងជំនាញ អញ្ជើញ ១,២៥០ នាក់ ពិន្ទុ CRS អប្បបរមា ៥០៥។',
    ].join('\n');
    expect(facts(page, '2025-09-19')).toEqual([
      ['2025-09-17', '367', 'education', 2500, 462, null],
      ['2025-09-18', '368', 'trades', 1250, 505, null],
    ]);
  });

  it('a year\u2019s review ("ក្រឡេកមើលមួយឆ្នាំកន្លងមក") and its last round ("ការចាប់ឆ្នោតចុងក្រោយនៃឆ្នាំ") announce nothing', () => {
    const page = [
      'ព័ត៌មាន Canada PR',
      'Express Entry ឆ្នាំ២០២៤៖ ក្រឡេកមើលមួយឆ្នាំកន្លងមក',
      'ថ្ងៃទី២ ខែមករា ឆ្នាំ២០២៥',
      'ក្នុងឆ្នាំ២០២៤ IRCC បានចេញលិខិតអញ្ជើញសរុប ៩៨,៩០៣។',
      'ការចាប់ឆ្នោតចុងក្រោយនៃឆ្នាំគឺជុំ PNP នៅថ្ងៃទី១៦ ខែធ្នូ ដែលបានអញ្ជើញ ១,០៨៥ នាក់ ដោយពិន្ទុ CRS អប្បបរមា ៧២៧។',
    ].join('\n');
    expect(facts(page, '2025-01-02')).toEqual([]);
  });

  it('"រហូតដល់ ១០,០០០" (up to) and "យ៉ាងហោចណាស់" (at least) are no round\u2019s count', () => {
    const upTo = ['ព័ត៌មានខ្លី', 'ម្សិលមិញ ថ្ងៃច័ន្ទ ទី៨ ធ្នូ IRCC បានធ្វើការចាប់ឆ្នោត PNP ដោយអញ្ជើញបេក្ខជនជាង ១,១០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៧២៩។', 'ក្នុងខែនេះ IRCC អាចចេញលិខិតអញ្ជើញរហូតដល់ ១០,០០០។'].join('\n');
    expect(facts(upTo, '2025-12-09')).toEqual([['2025-12-08', null, 'pnp', null, 729, null]]);
    const least = ['Canada PR ព័ត៌មាន', 'កាលពីថ្ងៃពុធ ទី១៩ កុម្ភៈ ការចាប់ឆ្នោតភាសាបារាំងបានអញ្ជើញយ៉ាងហោចណាស់ ៦,០០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៤២៨។'].join('\n');
    expect(facts(least, '2025-02-20')).toEqual([['2025-02-19', null, 'french', null, 428, null]]);
  });

  it('a tie-break in Cambodian time ("ម៉ោង ០១:៥៨ ព្រឹក (ម៉ោងកម្ពុជា)", UTC+7) is the UTC day before', () => {
    const page = [
      'Express Entry ជុំទី៣៨៧ – CEC',
      'ថ្ងៃទី១៧ ខែធ្នូ ឆ្នាំ២០២៥',
      'កាលពីថ្ងៃទី១៦ ខែធ្នូ IRCC បានអញ្ជើញបេក្ខជន CEC ៥,០០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៥១៥។',
      'ច្បាប់បំបែកពិន្ទុស្មើ៖ ថ្ងៃទី១០ ខែកញ្ញា ឆ្នាំ២០២៥ ម៉ោង ០១:៥៨ ព្រឹក (ម៉ោងកម្ពុជា)',
    ].join('\n');
    expect(facts(page, '2025-12-17')).toEqual([['2025-12-16', '387', 'cec', 5000, 515, '2025-09-09']]);
    // A round told at 2 a.m. Cambodian time on the 17th was held on Ottawa's 16th: that day is not the round's.
    const held = ['🇨🇦 Canada PR ខ្មែរ', 'នៅម៉ោង ០២:០០ ព្រឹក (ម៉ោងកម្ពុជា) ថ្ងៃទី១៧ ខែធ្នូ IRCC បានធ្វើការចាប់ឆ្នោត CEC ដោយអញ្ជើញ ៥,០០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៥១៥។'].join('\n');
    expect(facts(held, '2025-12-17')).toEqual([[null, null, 'cec', 5000, 515, null]]);
  });

  it('a tie-break in words: "បេក្ខជនដែលមានពិន្ទុស្មើគ្នា … បានដាក់ profile មុនថ្ងៃទី២១ …" (tied candidates who submitted a profile before …)', () => {
    const page = [
      'ជុំសុខាភិបាល៖ ៣,០០០ នាក់',
      'ថ្ងៃទី២១ ខែវិច្ឆិកា ឆ្នាំ២០២៤',
      'IRCC បានធ្វើការចាប់ឆ្នោតសម្រាប់មុខរបរសុខាភិបាលកាលពីថ្ងៃពុធ ទី២០ ខែវិច្ឆិកា ដោយអញ្ជើញ ៣,០០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៤៦៣។',
      'បេក្ខជនដែលមានពិន្ទុស្មើគ្នា ត្រូវបានអញ្ជើញ ប្រសិនបើបានដាក់ profile មុនថ្ងៃទី២១ ខែតុលា ឆ្នាំ២០២៤ ម៉ោង ១៦:១២:៣៩ UTC។',
    ].join('\n');
    expect(facts(page, '2024-11-21')).toEqual([['2024-11-20', null, 'healthcare', 3000, 463, '2024-10-21']]);
  });

  it('"ម្សិលម៉្ងៃ" (the day before yesterday, as often spelt) is told as such, not dropped', () => {
    const page = ['សហគមន៍ខ្មែរនៅកាណាដា', 'កាលពីម្សិលម៉្ងៃ IRCC បានធ្វើការចាប់ឆ្នោតភាសាបារាំង ដោយអញ្ជើញ ៤,៥០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៤៤៦។'].join('\n');
    expect(facts(page, '2025-09-06')).toEqual([['2025-09-04', null, 'french', 4500, 446, null]]);
  });

  it('a short post\u2019s hashtags do not make it English: "ថ្ងៃនេះ PNP draw – ITA ១៩២ ពិន្ទុ CRS អប្បបរមា ៨០០" is read', () => {
    expect(facts('🔥 ថ្ងៃនេះ PNP draw – ITA ១៩២ ពិន្ទុ CRS អប្បបរមា ៨០០ #ExpressEntry #CanadaPR', '2025-08-18')).toEqual([['2025-08-18', null, 'pnp', 192, 800, null]]);
  });

  it('the physicians\u2019 round ("វេជ្ជបណ្ឌិតដែលមានបទពិសោធន៍ការងារនៅកាណាដា") and the senior managers\u2019 ("អ្នកគ្រប់គ្រងជាន់ខ្ពស់")', () => {
    const physicians = [
      'ការចាប់ឆ្នោតសម្រាប់វេជ្ជបណ្ឌិត',
      'ថ្ងៃទី២០ ខែកុម្ភៈ ឆ្នាំ២០២៦',
      'កាលពីថ្ងៃព្រហស្បតិ៍ ទី១៩ ខែកុម្ភៈ IRCC បានធ្វើជុំទី៣៩៧ សម្រាប់វេជ្ជបណ្ឌិតដែលមានបទពិសោធន៍ការងារនៅកាណាដា ដោយអញ្ជើញ ៣៩១ នាក់ ពិន្ទុ CRS អប្បបរមា ១៦៩។',
    ].join('\n');
    expect(facts(physicians, '2026-02-20')).toEqual([['2026-02-19', '397', 'physicians', 391, 169, null]]);
    const managers = ['ព័ត៌មាន Express Entry', 'ថ្ងៃទី៦ ខែមីនា ឆ្នាំ២០២៦', 'ម្សិលមិញ IRCC បានអញ្ជើញអ្នកគ្រប់គ្រងជាន់ខ្ពស់ដែលមានបទពិសោធន៍ការងារនៅកាណាដា ២៥០ នាក់ ពិន្ទុ CRS អប្បបរមា ៤២៩។'].join('\n');
    expect(facts(managers, '2026-03-06')).toEqual([['2026-03-05', null, 'managers', 250, 429, null]]);
  });

  it('the transport ("មុខរបរដឹកជញ្ជូន") and agriculture ("កសិកម្ម និងកសិអាហារ") rounds; "យ៉ាងច្រើន" (at most) is no count', () => {
    const transport = ['ព័ត៌មាន Express Entry', 'ថ្ងៃទី៨ ខែសីហា ឆ្នាំ២០២៦', 'ម្សិលមិញ IRCC បានធ្វើជុំទី៤៣៤ សម្រាប់មុខរបរដឹកជញ្ជូន ដោយអញ្ជើញ ៣០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៤៧០។'].join('\n');
    expect(facts(transport, '2026-08-08')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
    const agriculture = ['ព័ត៌មាន Express Entry', 'ថ្ងៃទី១៧ ខែកុម្ភៈ ឆ្នាំ២០២៤', 'ម្សិលមិញ IRCC បានធ្វើការចាប់ឆ្នោតសម្រាប់មុខរបរកសិកម្ម និងកសិអាហារ ដោយអញ្ជើញ ១៥០ នាក់ ពិន្ទុ CRS អប្បបរមា ៤៣៧។'].join('\n');
    expect(facts(agriculture, '2024-02-17')).toEqual([['2024-02-16', null, 'agriculture', 150, 437, null]]);
    const most = ['ព័ត៌មាន Express Entry', 'ម្សិលមិញ ការចាប់ឆ្នោត PNP បានអញ្ជើញយ៉ាងច្រើន ៥០០ នាក់ ពិន្ទុ CRS អប្បបរមា ៨០២។'].join('\n');
    expect(facts(most, '2025-02-05')).toEqual([['2025-02-04', null, 'pnp', null, 802, null]]);
  });
});
