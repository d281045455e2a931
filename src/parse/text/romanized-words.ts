import { compiledNow } from './matches.ts';
/**
 * Hindi, Urdu, Punjabi and Tagalog written in Latin letters, as channel posts and groups write them: the few words that carry a
 * draw's facts, read as English ("Somvaar 17/08" is "Monday 17/08"; "Ajj … 2 draw hoye ne", "do draw hue", "dalawang draw this
 * week" are two draws, a noun these languages count in the singular; "Hunyo 22" is June 22).
 */
/** A weekday only before its day ("Somvaar 17/08", "Mangalvaar, 18 Aug"): "Peer" is also a name. */
const WEEKDAYS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:Somvaa?r|Peer)(?=[*,]?\s\d)/gi, 'Monday'],
  [/\bMangalvaa?r(?=[*,]?\s\d)/gi, 'Tuesday'],
  [/\bBudhvaa?r(?=[*,]?\s\d)/gi, 'Wednesday'],
  [/\b(?:Guruvaa?r|Veervaa?r|Jumeraat)(?=[*,]?\s\d)/gi, 'Thursday'],
  [/\bShukravaa?r(?=[*,]?\s\d)/gi, 'Friday'],
  [/\bShanivaa?r(?=[*,]?\s\d)/gi, 'Saturday'],
  [/\b(?:Ravivaa?r|Itwaa?r|Itvaa?r)(?=[*,]?\s\d)/gi, 'Sunday'],
];
const ANY_WEEKDAY = /(?:vaa?r|Jumeraat|Peer)(?=[*,]?\s\d)/i;

/** Tagalog months before their day ("Hunyo 22"), the spellings Spanish does not share ("Abril", "Mayo" are left to the date reader). */
const TAGALOG_MONTHS: Readonly<Record<string, string>> = {
  pebrero: 'February',
  marso: 'March',
  hunyo: 'June',
  hulyo: 'July',
  setyembre: 'September',
  oktubre: 'October',
  nobyembre: 'November',
  disyembre: 'December',
};
const TAGALOG_MONTH = /\b(Pebrero|Marso|Hunyo|Hulyo|Setyembre|Oktubre|Nobyembre|Disyembre)(?=\s\d{1,2}\b)/gi;

/** One cheap pass first: most pages have none of these words. */
const ANY_COUNT_WORD = compiledNow(/\b(?:hoye|hue|huye|hoe|aaye|aye|dalawang|tatlong|na draw|ngayong linggo|ika-?\d{1,3})\b/i);

export function romanizedWords(input: string): string {
  const text = /(?:ebrero|arso|unyo|ulyo|tyembre|ktubre|obyembre|isyembre)\s\d/i.test(input) ? input.replace(TAGALOG_MONTH, (m) => TAGALOG_MONTHS[m.toLowerCase()] ?? m) : input;
  if (!ANY_COUNT_WORD.test(text) && !ANY_WEEKDAY.test(text)) return text;
  let out = text
    .replace(/\b(2|3|do|teen|tin)\s+draw(?=\s+(?:hoye|hue|huye|hoe|aaye|aye)\b)/gi, '$1 draws')
    .replace(/\b(?:dalawang|tatlong)\s+draw\b/gi, (m) => (/^d/i.test(m) ? 'two draws' : 'three draws'))
    // "4 na draw" (four draws), "ngayong linggo" (this week).
    .replace(/\b(\d)\s+na\s+draw\b/gi, '$1 draws')
    .replace(/\bngayong\s+linggo\b/gi, 'this week')
    // "ang ika-15 na round mula nang magsimula ang EE" (the 15th round since EE began).
    .replace(/\bika-?(\d{1,3})\s+na\s+(round|draw)\b/gi, '$1th $2')
    .replace(/\bmula\s+nang\s+magsimula\b/gi, 'since the start of');
  if (ANY_WEEKDAY.test(out)) for (const [word, day] of WEEKDAYS) out = out.replace(word, day);
  return out;
}
