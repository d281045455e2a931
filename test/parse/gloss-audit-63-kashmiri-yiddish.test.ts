import { describe, expect, it } from 'vitest';
import { isKashmiri } from '../../src/parse/text/gloss-kashmiri.ts';
import { isYiddish } from '../../src/parse/text/gloss-yiddish.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 63's audit of the Kashmiri and Yiddish glossaries (docs/parser.md "Kashmiri and Yiddish", "Audit (session 63)"): pages
 * written for the audit, with real IRCC figures, that the glossaries misread before it.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);
const L = (...lines: string[]): string => lines.join('\n');

describe('Kashmiri (gloss-kashmiri.ts)', () => {
  it('hedged figures: "لگ بھگ 4,000" (about) and "510 کھۄتہٕ زیادٕ" (more than 510) are no counts or cut-offs', () => {
    const page = L('ایکسپریس انٹری خبر', '23 جون 2026', 'IRCC-ن کوٚر اَز CEC ڈرا۔ لگ بھگ 4,000 امیدوارن آیہِ دعوت سوزنہٕ، تہٕ کم از کم CRS اوس 510 کھۄتہٕ زیادٕ۔');
    expect(facts(page, '2026-06-23')).toEqual([]);
  });

  it('the previous round’s cut-off beside this one’s: "یُس پتمہِ ڈرا منٛز 522 اوس" (which was 522 in the previous draw)', () => {
    const page = L('CEC ڈرا: سکور ووٚتھ بوٚن', '23 جون 2026', 'اَز گوو ڈرا نمبر 420۔ 4,000 امیدوارن آیہِ دعوت سوزنہٕ۔ کم از کم CRS اوس 516، یُس پتمہِ ڈرا منٛز 522 اوس۔');
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, null]]);
  });

  it('a short page with few marks is Kashmiri by its words ("آیہِ", "سوزنہٕ", "اوس", "کوٚر"), and its tie-break in EDT is read', () => {
    const page = L('ایکسپریس انٹری', '23 جون 2026', 'اَز کوٚر IRCC-ن CEC ڈرا: 4,000 امیدوارن آیہِ دعوت سوزنہٕ، کم از کم CRS اوس 516۔', 'ٹائی بریک: 13 اپریل 2026، 8:03:10 PM EDT');
    expect(isKashmiri(page)).toBe(true);
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', null, 'cec', 4000, 516, '2026-04-14']]);
    // An Urdu page with the same figures is not.
    expect(isKashmiri('کینیڈا نے آج CEC ڈرا میں 4,000 امیدواروں کو دعوت دی۔ کم از کم سکور 516 تھا، جو پچھلے ڈرا میں 522 تھا۔')).toBe(false);
  });
});

describe('Yiddish (gloss-yiddish.ts)', () => {
  it('hedged figures: "אַרום 4,000" (about), "מער ווי 510" (more than), "ביז 4,000" (up to) are no counts or cut-offs', () => {
    const about = L('Express Entry נײַעס', '23סטן יוני 2026', 'הײַנט האָט IRCC דורכגעפֿירט אַ CEC ציונג. אַרום 4,000 קאַנדידאַטן האָבן באַקומען אַ פֿאַרבעטונג, און דער מינימום איז געווען מער ווי 510.');
    expect(facts(about, '2026-06-23')).toEqual([]);
    const upTo = L('Express Entry נײַעס', '23סטן יוני 2026', 'הײַנט האָט IRCC דורכגעפֿירט אַ CEC ציונג און פֿאַרבעטן ביז 4,000 קאַנדידאַטן. דער מינימום איז געווען 516.');
    expect(facts(upTo, '2026-06-23')).toEqual([['2026-06-23', null, 'cec', null, 516, null]]);
  });

  it('the previous round’s cut-off beside this one’s: "אַראָפּ פֿון 522 אין דער פֿריִערדיקער ציונג" (down from 522)', () => {
    const page = L(
      'CEC: דער באַל איז געפֿאַלן',
      '23סטן יוני 2026',
      'הײַנט איז פֿאָרגעקומען ציִונג נומער 420 פֿאַר CEC. 4,000 קאַנדידאַטן האָבן באַקומען אַ פֿאַרבעטונג. דער מינימום איז געווען 516, אַראָפּ פֿון 522 אין דער פֿריִערדיקער ציונג.',
    );
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', '420', 'cec', 4000, 516, null]]);
  });

  it('two rounds, the second told verb first ("האָבן 1,000 קאַנדידאַטן … באַקומען")', () => {
    const page = L(
      'צוויי ציונגען אין צוויי טעג',
      'מאָנטיק, דעם 17טן אױגוסט, האָט IRCC פֿאַרבעטן 442 קאַנדידאַטן פֿון דער PNP, מיט אַ מינימום פֿון 760 פּונקטן.',
      'דינסטיק, דעם 18טן אױגוסט, האָבן 1,000 קאַנדידאַטן פֿון דער CEC באַקומען אַ פֿאַרבעטונג, מיט אַ מינימאַלן CRS פֿון 523 פּונקטן.',
    );
    expect(facts(page, '2026-08-18')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760, null],
      ['2026-08-18', null, 'cec', 1000, 523, null],
    ]);
  });

  it('a weekly round-up ("וועכנטלעכער איבערבליק") reads the week’s three rounds', () => {
    const page = L(
      'וועכנטלעכער איבערבליק: Express Entry, 17–21 אױגוסט 2026',
      'מאָנטיק 17טן אױגוסט: PNP, 442 פֿאַרבעטונגען, מינימום 760.',
      'דינסטיק 18טן אױגוסט: CEC, 1,000 פֿאַרבעטונגען, מינימום 523.',
      'מיטוואָך 19טן אױגוסט: פֿראַנצײזיש, 5,000 פֿאַרבעטונגען, מינימום 382.',
    );
    expect(facts(page, '2026-08-21')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760, null],
      ['2026-08-18', null, 'cec', 1000, 523, null],
      ['2026-08-19', null, 'french', 5000, 382, null],
    ]);
  });

  it('a short channel post is Yiddish; a Hebrew post quoting the same words is not', () => {
    const post = '🔔 נײַע CEC ציונג | 4,000 פֿאַרבעטונגען | מינימום 516 | 23.06.2026';
    expect(isYiddish(post)).toBe(true);
    expect(facts(post, '2026-06-23')).toEqual([['2026-06-23', null, 'cec', 4000, 516, null]]);
    const hebrew = 'עדכון קצר: הגרלת CEC היום | 4,000 הזמנות | ציון 516 | 23.06.2026. בעיתון ביידיש כתבו "ציונג" ו"פֿאַרבעטונגען".';
    expect(isYiddish(hebrew)).toBe(false);
  });
});
