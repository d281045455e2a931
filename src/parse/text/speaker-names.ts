/**
 * A chat export's speakers in Latin letters ("[12.06.25, 09:14] Олена К.: …" → "[…] Olena K.: …"), for the glossaries of
 * scripts whose unknown words are dropped (docs/parser.md, "Ukrainian and Georgian"): without its name a line reads as
 * "[…]: …", which the reader does not take for a message, and the message's "yesterday" loses its stamp's day. Only a name
 * between a stamp ("]", or a time and a dash) and its colon, of at most four words, is written over.
 */

/** Ukrainian (and Russian) letters in Latin, as Ukraine's national transliteration writes them. */
export const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'абвгґдезийіїклмнопрстуфыэ'].map((c, i) => [c, 'abvhgdezyiiiklmnoprstufye'[i] ?? ''])),
  є: 'ie',
  ж: 'zh',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ю: 'iu',
  я: 'ia',
  ё: 'io',
  ь: '',
  ъ: '',
  "'": '',
  '’': '',
};

/** Georgian (Mkhedruli) letters in Latin, as Georgia's national transliteration writes them. */
export const GEORGIAN_LATIN: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'აბგდევზთიკლმნოპრსტუფქყჰ'].map((c, i) => [c, 'abgdevztiklmnoprstupkqh'[i] ?? ''])),
  ჟ: 'zh',
  ღ: 'gh',
  შ: 'sh',
  ჩ: 'ch',
  ც: 'ts',
  ძ: 'dz',
  წ: 'ts',
  ჭ: 'ch',
  ხ: 'kh',
  ჯ: 'j',
};

/** A word in Latin letters, its first a capital (Georgian has no case: every name word is given one). */
const romanize = (word: string, table: Readonly<Record<string, string>>): string => {
  const latin = [...word].map((c) => table[c.toLowerCase()] ?? c).join('');
  return latin.charAt(0).toUpperCase() + latin.slice(1);
};

/** The speakers of a chat's lines written in `letters` (a character-class body), in Latin letters. */
export function romanizeSpeakers(text: string, letters: string, table: Readonly<Record<string, string>>): string {
  if (!text.includes(']') && !/\d:\d\d\s?[-–]/.test(text)) return text;
  const speaker = new RegExp(
    String.raw`(?<=(?:^|\n)[ \t]*(?:\[[^\]\n]{4,40}\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?\s?[-–])[ \t]?)[${letters}][${letters}'’.-]*(?:[ \t][${letters}][${letters}'’.-]*){0,3}(?=:[ \t])`,
    'gu',
  );
  return text.replace(speaker, (name) => name.replace(new RegExp(`[${letters}'’]+`, 'gu'), (word) => romanize(word, table)));
}
