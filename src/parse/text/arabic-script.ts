import { tidyGloss } from './gloss-rules.ts';

/**
 * What the glossaries of languages written in Arabic script share (gloss-persian-arabic.ts, gloss-pashto.ts, gloss-kurdish.ts):
 * the script's runs of letters, its digits and punctuation written as the English reader knows them.
 */

export const ARABIC_SCRIPT_RUN = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+/g;
/** Eastern Arabic-Indic ("۱۲۳", Persian, Urdu, Pashto) and Arabic-Indic ("١٢٣", Arabic, Sorani) digits. */
const EASTERN_DIGITS = /[\u06f0-\u06f9\u0660-\u0669]/g;
const westernDigit = (c: string): string => String((c.codePointAt(0) ?? 0) - ((c.codePointAt(0) ?? 0) >= 0x06f0 ? 0x06f0 : 0x0660));

/** "۳،۲۰۰" → "3,200", "٤٫٥" → "4.5", "؟" → "?", "؛" → ";", "،" → ", ". */
export const arabicScriptNumerals = (text: string): string =>
  text
    .replace(EASTERN_DIGITS, westernDigit)
    .replace(/(\d)[\u060c\u066c](\d{3})(?!\d)/g, '$1,$2')
    .replace(/\u066b/g, '.')
    .replace(/\u061f/g, '?')
    .replace(/\u061b/g, ';')
    .replace(/\u060c/g, ', ');

/**
 * The gloss's end: words the glossary does not know are dropped, and so is a number still glued to them (a unit the glossary
 * does not know; not a clock's minutes).
 */
export const withoutArabicScript = (text: string): string => tidyGloss(text.replace(/(?<!\d[,.:]?)\d(?:[\d,.]{0,20}\d)?(?=[ \t]?[\u0600-\u06ff])/g, ' ').replace(ARABIC_SCRIPT_RUN, ' '));
