/**
 * Inputs a broken or hostile feed could hand the article parser: one unit repeated to 5 MB (no line
 * break or space, every line wrapped, or a Korean, Chinese, Vietnamese or Arabic sentence the
 * glossary rewrites), a page in each glossary's script over long runs of digits, and a long run of capitals
 * ending in punctuation. The tests (test/parse/robustness.test.ts)
 * check what comes out; the parser benchmark times them.
 */
export const ADVERSARIAL_UNITS: readonly string[] = [
  'a',
  '1',
  '<',
  '&',
  '-',
  '1,000 ',
  'Ab ',
  'and so,\n',
  // Korean, Chinese and Vietnamese news through the glossary (src/parse/text/gloss.ts).
  '3,409명이 초청장(ITA)을 받았다. ',
  '3500名申請人獲得移民邀請(ITA)﹐最低440分。',
  'đã mời 3.900 ứng viên. ',
  'تم إصدار 249 دعوة للمرشحين، الحد الأدنى 772 نقطة. ',
];
export const ADVERSARIAL_BYTES = 5_000_000;
/**
 * A page in each script a glossary reads (enough letters to be that language) over a long run of digits and of
 * "1,": a count pattern whose digits are not bounded rescans the run from every digit (Hindi, Bengali, Gujarati,
 * Punjabi and Korean took 2–4 minutes each before the fourteenth round bounded them).
 */
export const SCRIPT_DIGIT_RUNS: readonly (readonly [string, string])[] = [
  ['Hindi', 'क'],
  ['Bengali', 'ক'],
  ['Gujarati', 'ક'],
  ['Punjabi', 'ਕ'],
  ['Russian', 'к'],
  ['Korean', '가'],
  ['Chinese', '中'],
  ['Japanese', 'あ'],
  ['Persian', 'ک'],
  ['Vietnamese', 'ư'],
].map(([name = '', letter = '']): readonly [string, string] => [name, `${letter.repeat(60)} ${'1'.repeat(200_000)} ${'1,'.repeat(100_000)}`]);
export const CAPITALS_RUN = `Headline\n\n${'A'.repeat(200_000)}!`;
