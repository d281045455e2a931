import { compiledNow } from './matches.ts';
/**
 * A page copied from a web archive's capture: the archive's bar ("The Wayback Machine - https://web.archive.org/web/2020082100…",
 * "INTERNET ARCHIVE Wayback Machine | FEB 3 2015 | 2 captures", "12 captures | 16 May 2019 - 03 Feb 2021", "Save Page Now |
 * Donate | About this capture") is no line of the page: its days are the captures', later than the story's, and one of them had
 * become the round's (docs/parser.md "Session 56"). Only on a page that names the archive.
 */

const ARCHIVED = compiledNow(/\bweb\.archive\.org\/|\bwayback machine\b/i);
const BAR_LINE =
  /\bweb\.archive\.org\/|\bwayback machine\b|^\s*internet archive\b|^[^\n]{0,80}\b\d[\d,]*\s+captures?\b[^\n]{0,80}$|^[^\n]{0,80}\bcaptures?:?\s+\d[^\n]{0,80}$|^[\s|]*(?:save page now|about this capture|donate)\b[^\n]{0,80}$/im;

export function withoutArchiveBar(text: string): string {
  if (!ARCHIVED.test(text)) return text;
  return text
    .split('\n')
    .filter((line) => !BAR_LINE.test(line))
    .join('\n');
}
