import type { MonthTable } from './gloss-rules.ts';

/**
 * The Spanish months and weekdays that Quechua and Aymara pages borrow ("19 agosto 2026", "Viernes 8 diciembre 2023 urux"), for
 * their glossaries: one table, not a copy in each.
 */
export const SPANISH_MONTHS: MonthTable = [
  ['enero', 'January'],
  ['febrero', 'February'],
  ['marzo', 'March'],
  ['abril', 'April'],
  ['mayo', 'May'],
  ['junio', 'June'],
  ['julio', 'July'],
  ['agosto', 'August'],
  ['se?tiembre', 'September'],
  ['octubre', 'October'],
  ['noviembre', 'November'],
  ['diciembre', 'December'],
];

export const SPANISH_WEEKDAYS: Readonly<Record<string, string>> = {
  lunes: 'Monday',
  martes: 'Tuesday',
  miércoles: 'Wednesday',
  miercoles: 'Wednesday',
  jueves: 'Thursday',
  viernes: 'Friday',
  sábado: 'Saturday',
  sabado: 'Saturday',
  domingo: 'Sunday',
};
