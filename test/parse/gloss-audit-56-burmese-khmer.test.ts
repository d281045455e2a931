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
});
