import { finishGloss, glossDay, monthOrNone, markEarlier, mostlyScript, script, type GlossRule } from './gloss-rules.ts';

/**
 * Tibetan draw news glossed into the English the reader knows (docs/parser.md, "Tibetan and Uyghur"): Tibetan digits ("༢༠༡༩" →
 * 2019), Gregorian days as Tibetan pages write them ("སྤྱི་ལོ་2026 ཟླ་8 ཚེས་19", common year 2026, month 8, day 19 → "August 19,
 * 2026"; "ཟླ་7 ཚེས་24" without its year), weekdays ("གཟའ་ལྷག་པ", Wednesday), "དེ་རིང" (today), "ཁ་སང" (yesterday), rounds
 * ("འདེམས་སྒྲུག་ཨང་ 437" → "draw #437"), counts ("གདན་ཞུ་ 3,200" → "3,200 invitations", "མི་ 5,000 ལ་ … གདན་ཞུ་བཏང" → "5,000
 * candidates were invited"), cut-offs ("CRS སྐར་མ་ཉུང་མཐའ", "ཉུང་མཐའི་སྐར་མ" → "minimum CRS score"), the tie-break ("ཆ་མཉམ་ཐག་གཅོད"),
 * programs and the words of a draw report. What the glossary does not know is dropped; a sentence that speaks of an earlier
 * round ("དེའི་སྔོན་ཉིན", the day before that; "སྔོན་མ", previous) is context. The Tibetan calendar ("བོད་ཟླ", "བོད་ལོ") is not read.
 */

const T = String.raw`\u0f00-\u0fff`;
const LETTERS = /[\u0f40-\u0fbc]/g;

/** Enough Tibetan that it is the page's language, not a name (or, a short post, more Tibetan letters than Latin ones). */
export const isTibetan = (text: string): boolean => mostlyScript(text, LETTERS);

/** A syllable's start and end: no Tibetan letter right before or after (the tsheg "་", a shad, a space or a digit). */
const B = String.raw`(?<![\u0f40-\u0fbc])`;
const E = String.raw`(?![\u0f40-\u0fbc])`;
/** The tsheg between syllables. */
const K = '\u0f0b';
const re = (source: string): RegExp => new RegExp(source, 'gu');
const SCRIPT = script(T);

/** A count, "5,000" or "4800" (from a number's start). */
const NUM = String.raw`((?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.:/])\d{1,6}(?![\d,.:/]\d))`;
/** The Gregorian month and day: "ཟླ་8 ཚེས་19", "ཕྱི་ཟླ་ 8 ཚེས་ 19", "ཟླ་བ་8 ཚེས་19". */
const MONTH_DAY = String.raw`(?:ཕྱི${K})?ཟླ${K}(?:བ${K})?\s?(\d{1,2})\s?(?:པའི${K}|པ${K})?\s?ཚེས${K}?\s?(\d{1,2})(?!\d)(?:${K}?\s?(?:ཉིན|ལ)${E})?`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['ཟླ་བ', 'Monday'],
  ['མིག་དམར', 'Tuesday'],
  ['ལྷག་པ', 'Wednesday'],
  ['ཕུར་བུ', 'Thursday'],
  ['པ་སངས', 'Friday'],
  ['སྤེན་པ', 'Saturday'],
  ['ཉི་མ', 'Sunday'],
];

/** A province or another country ("ཨོན་ཊ་རི་ཡོ", Ontario; "ཨོ་སི་ཊྲེ་ལི་ཡ", Australia): a draw of theirs is not Canada's federal one. */
const PLACES: readonly (readonly [string, string])[] = [
  ['ཨོན་ཊ་རི་ཡོ|ཨོན་ཊེ་རི་ཡོ|ཨོན་ཏ་རི་ཡོ', 'Ontario'],
  ['བྲི་ཊིཤ་ཀོ་ལམ་བྷི་ཡ|བྲི་ཊིཤ་ཀོ་ལོམ་བྷི་ཡ', 'British Columbia'],
  ['ཨཱལ་བར་ཊ|ཨལ་བར་ཊ', 'Alberta'],
  ['ཀུ་བེག|ཀེ་བེག', 'Quebec'],
  ['ཨོ་སི་ཊྲེ་ལི་ཡ|ཨོ་སི་ཏྲེ་ལི་ཡ|ཨོས་ཊྲེ་ལི་ཡ', 'Australia'],
  ['ནིའུ་ཛི་ལེནཌ|ནིའུ་ཛི་ལེནྜ', 'New Zealand'],
  ['དབྱིན་ཇི་རྒྱལ་ཁབ|དབྱིན་ཡུལ', 'the United Kingdom'],
];

const RULES: readonly GlossRule[] = [
  // Labels of a card: "ཚེས་གྲངས། 08/06/2023" (date), "ལས་གཞི།" (program), "གདན་ཞུ། 4800", "CRS ཉུང་མཐའ། 486", "ཆ་མཉམ་ཐག་གཅོད།".
  [re(`${B}ཚེས${K}གྲངས${K}?།\\s?`), ' Date: '],
  [re(`(?<=^|\\n)ལས${K}གཞི${K}?།\\s?`), 'Program: '],
  [re(`${B}གདན${K}ཞུ${K}?།\\s?(?=\\d)`), ' Invitations: '],
  [re(`(?:CRS\\s?)?ཉུང${K}མཐའ${K}?།\\s?(?=\\d)`), ' Minimum CRS score: '],
  [re(`${B}ཆ${K}མཉམ${K}ཐག${K}གཅོད(?:${K}(?:ཀྱི|གྱི))?(?:${K}དུས${K}ཚོད)?(?:${K}ནི)?${K}?།?\\s?`), ' Tie-breaking rule: '],
  // The shad ends a sentence ("༡།" numbers an item); the tsheg before it is the syllable's.
  [/\u0f0b?[\u0f0d\u0f0e]+/g, '. '],
  [/[\u0f11\u0f14]/g, ': '],
  // Days: "སྤྱི་ལོ་2026 ཟླ་8 ཚེས་19" (the common year), "ཟླ་7 ཚེས་24 ཉིན" (on the day), and a year alone ("2024 ལོའི་ནང", in 2024).
  [re(String.raw`(?:སྤྱི${K}ལོ${K}?\s?|ཕྱི${K}ལོ${K}?\s?)(\d{4})(?:${K}?\s?ལོའི${K}?)?\s?${MONTH_DAY}`), (_, y = '', m = '', d = '') => ` ${glossDay(y, m, d) ?? ''} `],
  [re(MONTH_DAY), (_, m = '', d = '') => ` ${glossDay(undefined, m, d) ?? ''} `],
  // A month alone: "ཟླ་9 པའི" (of the 9th month), "ཟླ་9 པར" (in it).
  [re(String.raw`(?:ཕྱི${K})?ཟླ${K}(?:བ${K})?\s?(\d{1,2})\s?(?:པའི|པར|པ)${E}${K}?`), (_, m = '') => ` ${monthOrNone(m)} `],
  // A hedge: "3,000 ཙམ" (about 3,000).
  [re(`${NUM}\\s?ཙམ${E}`), ' about $1 '],
  // "ཧ་ལམ་ 2,000", "ཕལ་ཆེར" (about), "2,000 ལས་ལྷག" (more than), "ཆེས་མང་ན་ 500" (up to): no count of a round.
  [re(`${B}(?:ཧ${K}ལམ|ཕལ${K}ཆེར)${E}`), ' about '],
  [re(`${NUM}\\s?(?:ལས${K})?ལྷག(?!${K}པ)(?:${K}(?:ཙམ|ཡོད))?${E}`), ' more than $1 '],
  [re(`${B}ཆེས${K}མང${K}ན${E}`), ' up to '],
  [re(String.raw`(?:སྤྱི${K}ལོ${K}?\s?)?(\d{4})\s?(?:${K}?ལོའི${K}ནང|${K}?ལོར)${E}`), ' in $1 '],
  [re(`${B}(?:སྤྱི${K}ལོ|ཆུ${K}ཚོད)${E}`), ' '],
  ...WEEKDAYS.map(([bo, en]): GlossRule => [re(`${B}གཟའ${K}${bo}${E}`), ` ${en} `]),
  [re(`${B}ཁ${K}སང(?:${K}གི${K}སྔོན${K}ཉིན|${K}སྔོན${K}ལ)${E}|${B}(?:ཁ${K}ཉེས|གནངས${K}ཉིན)${E}`), ' the day before yesterday '],
  [re(`${B}དེ${K}རིང(?:${K}གི)?${E}`), ' today '],
  [re(`${B}ཁ${K}སང(?:${K}གི)?${E}`), ' yesterday '],
  [re(`${B}དེའི${K}སྔོན${K}ཉིན${E}`), ' the day before '],
  [re(`${B}(?:གཟའ${K}འཁོར${K}འདི|བདུན${K}ཕྲག${K}འདི)(?:འི|ར)?(?:${K}ནང)?${E}`), ' this week '],
  ...PLACES.map(([bo, en]): GlossRule => [re(`${B}(?:${bo})(?:འི|ས|ར|ལ)?${E}`), ` ${en} `]),
  [re(`${B}མངའ${K}སྡེའི${K}འོས${K}(?:མི|བསྡུ)(?:${K}ལས${K}གཞི)?${E}`), ' Provincial Nominee Program '],
  [re(`${B}མངའ${K}སྡེ(?:འི)?${E}`), ' province '],
  [re(`${B}ཀ${K}ན${K}ཌའི${K}ཉམས${K}མྱོང${K}རིགས(?:${K}ཀྱི)?${E}`), ' Canadian Experience Class '],
  [re(`${B}ཀ${K}ན${K}ཌ(?:འི|ས|ར|ལ)?${E}`), ' Canada '],
  [re(`${B}ཕ${K}རན${K}སིའི${K}སྐད${K}ཡིག(?:${K}(?:ལ${K})?(?:མཁས${K}པ(?:འི)?|ཤེས${K}པ(?:འི)?))?${E}`), ' French-language proficiency '],
  [re(`${B}ལས${K}གཞི${K}(?:དམིགས${K}བསལ${K}མེད|ཡོངས${K}རྫོགས|ཚང${K}མ)${E}`), ' no program specified '],
  [re(`${B}འཕྲོད${K}བསྟེན(?:${K}དང${K}སྤྱི${K}ཚོགས${K}ཞབས${K}ཞུ)?${E}`), ' healthcare '],
  [re(`${B}སྤྱིར${K}བཏང(?:${K}གི)?${E}`), ' general '],
  // Guides, forecasts, recaps: "སློབ་ཁྲིད" (a tutorial), "ལམ་སྟོན" (guidance), "སྔོན་དཔག" (a forecast), "སྙིང་བསྡུས" (a summary).
  [re(`${B}(?:སློབ${K}ཁྲིད|ལམ${K}སྟོན)${E}`), ' Guide '],
  [re(`${B}དཔེར${K}ན${E}`), ' For example, '],
  [re(`${B}སྔོན${K}དཔག${E}`), ' forecast '],
  // The next round and a question about it: "འདེམས་སྒྲུག་རྗེས་མ་ནམ་ཡོང་ངམ" (when will the next draw come?).
  [re(`${B}འདེམས${K}སྒྲུག${K}རྗེས${K}མ(?:འི|ར)?${E}`), ' next draw '],
  [re(`${B}རྗེས${K}མ(?:འི|ར)?${E}`), ' next '],
  [re(`${B}ནམ${K}ཡོང${K}ངམ${K}?།?`), ' when will it come? '],
  [re(`${B}རེ${K}སྒུག${E}`), ' expected '],
  [re(`${B}ཟླ${K}(?:རེའི|འདིའི)${K}སྙིང${K}བསྡུས${E}`), ' monthly recap '],
  [re(`${B}སྙིང${K}བསྡུས${E}`), ' recap '],
  [re(`${B}(?:སྔོན${K}མ(?:འི)?|སྔོན${K}གྱི)${E}`), ' previous '],
  // Rounds: "འདེམས་སྒྲུག་ཨང་ 437" (draw number 437), "འདེམས་སྒྲུག་ #250", "(ཨང་ 290)".
  [re(`${B}འདེམས${K}སྒྲུག${K}?\\s?(?:ཨང${K}?\\s?|#\\s?)(\\d{1,3})(?!\\d)`), ' draw #$1 '],
  [re(`${B}ཨང${K}?\\s?(\\d{1,3})(?![\\d,])`), ' #$1 '],
  // Several rounds: "འདེམས་སྒྲུག་གསུམ" (three draws), "འདེམས་སྒྲུག་ཁག" (draws).
  [re(`${B}འདེམས${K}སྒྲུག${K}གཉིས${E}`), ' two draws '],
  [re(`${B}འདེམས${K}སྒྲུག${K}གསུམ${E}`), ' three draws '],
  [re(`${B}འདེམས${K}སྒྲུག${K}བཞི${E}`), ' four draws '],
  [re(`${B}འདེམས${K}སྒྲུག${K}ཁག${E}`), ' draws '],
  // Counts: "མི་ 5,000 ལ་ … གདན་ཞུ་བཏང" (invitations were sent to 5,000 people), "གདན་ཞུ་ 3,200 བཏང" (sent 3,200 invitations).
  [re(`${B}(?:མི|ཞུ${K}འཕྲིན${K}པ|འོས${K}མི)${K}?\\s?${NUM}\\s?ལ${K}(?:[^\\n.།\\d]{0,60}?)གདན${K}ཞུ(?:${K}བཏང)?(?:${K}ཡོད)?${E}`), ' $1 candidates were invited '],
  [re(`${NUM}\\s?ལ${K}གདན${K}ཞུ(?:${K}བཏང)?(?:${K}ཡོད)?${E}`), ' $1 candidates were invited '],
  [re(`${B}གདན${K}ཞུ${K}?\\s?${NUM}(?:\\s?བཏང(?:${K}ཡོད)?${E})?`), ' $1 invitations '],
  [re(`${B}(?:མི|ཞུ${K}འཕྲིན${K}པ)${K}?\\s?${NUM}`), ' $1 candidates '],
  [re(`${B}ཁྱོན${K}བསྡོམས${E}`), ' total '],
  [re(`${B}གདན${K}ཞུ(?:${K}བཏང)?${E}`), ' invitations '],
  // Cut-offs: "CRS སྐར་མ་ཉུང་མཐའ་ 382", "ཉུང་མཐའི་སྐར་མ་ 420", "CRS ཉུང་མཐའ་ 760", "སྐར་མ་ཉུང་མཐའ་ 515".
  [re(`(?:CRS\\s?)?(?:${B}སྐར${K}མ${K}?)?${B}ཉུང${K}མཐ(?:འ|འི)(?:${K}སྐར${K}མ)?${K}?`), ' minimum CRS score '],
  [re(`${NUM}\\s?ལས${K}མཐོ${K}?(?:ན|བ)?${E}`), ' above $1 '],
  [re(`${B}སྐར${K}མ${K}?\\s?${NUM}`), ' $1 points '],
  [re(`${B}སྐར${K}མ${E}`), ' points '],
  [re(`${B}འདེམས${K}སྒྲུག${E}`), ' draw '],
  [re(`${B}(?:བཙུགས|སྤེལ)(?:${K}(?:ཡོད|པ))?${E}`), ' held '],
  [re(`${B}ཡུལ${K}གཞིས${K}ལས${K}ཁུངས${E}`), ' IRCC '],
];

/** "Previously, " before a sentence of an earlier round: "the day before" that, a "previous" one. */
const EARLIER = /the day before(?! yesterday)|previous/;

export function glossTibetan(text: string): string {
  const digits = text.replace(/[\u0f20-\u0f29]/g, (c) => String((c.codePointAt(0) ?? 0) - 0x0f20));
  const glossed = finishGloss(digits, RULES, SCRIPT);
  return markEarlier(glossed, EARLIER, /([.\n])/).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
