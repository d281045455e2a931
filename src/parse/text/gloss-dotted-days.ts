import { monthOrNone, words, type GlossRule, type MonthTable } from './gloss-rules.ts';

const YEAR = '((?:19|20)\\d\\d)';

/** "July 30, 2024" for a day and an English month (the year if given); "" when they are no day. */
export const englishDay = (d: string, m: string, y: string): string => {
  const n = Number(d);
  return n >= 1 && n <= 31 && m ? `${m} ${String(n)}${y ? `, ${y}` : ''}` : '';
};

/**
 * Days as Czech and Slovak write them: a weekday with its day after the preposition "ve"/"vo" ("V pondělí 16. března", "v
 * pondelok 24. septembra 2018", "pátek 24. 7. 2026": on Monday, March 16 …), a day and its month's genitive ("24. mája 2023"),
 * a numeric day, day first ("18. 3. 2026", a table's "20. 7."). `monthOfDay` captures the month word, `month` names it in
 * English.
 */
export function dottedDayRules(weekdays: MonthTable, monthOfDay: string, month: (word: string) => string, preposition: string): GlossRule[] {
  const on = new RegExp(String.raw`^(?:${preposition})\s`, 'i');
  return [
    ...weekdays.map(([word, en]): GlossRule => [
      words(String.raw`(?:(?:${preposition})\s)?(?:${word})(,?\s(\d{1,2})\.\s?(?:${monthOfDay}|(\d{1,2})\.)(?:\s${YEAR})?)?`),
      (all = '', date = '', d = '', m = '', mn = '', y = '') => {
        const prefix = on.test(all) ? (all.startsWith(all.charAt(0).toUpperCase()) ? 'On ' : 'on ') : '';
        const when = date ? englishDay(d, m ? month(m) : monthOrNone(mn), y) : '';
        return date && !when ? all : ` ${prefix}${en}${when ? `, ${when}` : ''} `;
      },
    ]),
    [words(String.raw`(\d{1,2})\.\s?${monthOfDay}(?:\s${YEAR})?`), (all = '', d = '', m = '', y = '') => (englishDay(d, month(m), y) ? ` ${englishDay(d, month(m), y)} ` : all)],
    [
      /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?((?:19|20)\d\d)(?!\d))?/g,
      (all = '', d = '', m = '', y = '') => {
        const when = englishDay(d, monthOrNone(m), y);
        return when ? ` ${when} ` : all;
      },
    ],
  ];
}
