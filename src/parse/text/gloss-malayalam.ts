import { GLOSS_COUNT, applyGloss, finishGloss, hasEnough, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Malayalam draw news glossed into the English the reader knows, as `gloss-russian.ts` does for Russian (docs/parser.md,
 * "Eighteenth round"): counts with their noun ("5,500 ഉദ്യോഗാർത്ഥികൾക്ക് ഇൻവിറ്റേഷൻ നൽകി" → "5,500 candidates were sent
 * invitations"), cut-offs ("507 എന്ന ഏറ്റവും കുറഞ്ഞ … സ്കോർ" → "a minimum CRS score of 507", "കട്ട്ഓഫ് 511 ആയി കുറഞ്ഞു" → "the
 * cut-off fell to 511"), months, programs and the words of a draw report. What the glossary does not know is dropped; a
 * sentence that speaks of an earlier draw ("മുൻ", previous; "കഴിഞ്ഞ", last) is context, unless it only compares with it.
 */

const MALAYALAM = /[\u0d00-\u0d7f]/g;

/** Enough Malayalam that it is the page's language, not a name. */
export const isMalayalam = (text: string): boolean => hasEnough(text, MALAYALAM);

const M = String.raw`\u0d00-\u0d7f`;
const MONTHS: MonthTable = [
  ['ജനുവരി', 'January'],
  ['ഫെബ്രുവരി', 'February'],
  ['മാർച്ച', 'March'],
  ['ഏപ്രിൽ', 'April'],
  ['മേയ|മെയ', 'May'],
  ['ജൂൺ', 'June'],
  ['ജൂലൈ', 'July'],
  ['ഓഗസ്റ്റ|ആഗസ്റ്റ', 'August'],
  ['സെപ്റ്റംബ', 'September'],
  ['ഒക്ടോബ', 'October'],
  ['നവംബ', 'November'],
  ['ഡിസംബ', 'December'],
];
const MONTH = `((?:${MONTHS.map(([ml]) => ml).join('|')})[${M}]*)`;
const monthOf = monthNamer(MONTHS);

const NUM = GLOSS_COUNT;
const SCRIPT = script('\u0d00-\u0d7f');

/** Before a sentence is marked as context: "compared with the previous round, …" only compares (the rest is this draw's). */
const COMPARISON: readonly GlossRule[] = [[new RegExp(String.raw`മുൻ\s[^.\n]{0,80}?അപേക്ഷിച്ച്`, 'g'), ' compared with the previous round; ']];

const RULES: readonly GlossRule[] = [
  // Dates: "2024 സെപ്റ്റംബർ 19", "ജനുവരി 7", "7 ജനുവരി", "2025 ഡിസംബറിലെ".
  [new RegExp(String.raw`(\d{4})\s${MONTH}\s(\d{1,2})(?!\d)`, 'g'), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${d}, ${y} `],
  [new RegExp(String.raw`${MONTH}\s(\d{1,2})(?!\d)`, 'g'), (_, m = '', d = '') => ` ${monthOf(m)} ${d} `],
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s${MONTH}`, 'g'), (_, d = '', m = '') => ` ${monthOf(m)} ${d} `],
  [new RegExp(String.raw`(\d{4})\s${MONTH}`, 'g'), (_, y = '', m = '') => ` ${monthOf(m)} ${y} `],
  [/ഇന്ന്/g, ' today '],
  // "236-ാം റൗണ്ടിൽ", "357-ാമത് റൗണ്ടിൽ" (in the 236th round), "കുറഞ്ഞ CRS സ്കോർ 475" (the lowest score), "ആരോഗ്യ–സാമൂഹിക സേവന
  // മേഖല" (health and social services), "ടൈ ബ്രേക്കിംഗ് റൂൾ" (the tie-breaking rule), weekdays ("ബുധനാഴ്ച", Wednesday).
  [new RegExp(String.raw`(?<!\d)(\d{1,3})-?ാ(?:ം|മത്)\s?(?:റൗണ്ട|റൌണ്ട)[${M}]*`, 'g'), ' the $1th round '],
  [/കുറഞ്ഞ\s(?:CRS\s)?സ്കോർ\s(\d{2,4})/g, ' the minimum CRS score was $1 '],
  [new RegExp(String.raw`ആരോഗ്യ(?:[–-]\s?സാമൂഹിക\sസേവന)?\s?(?:മേഖല[${M}]*)?`, 'g'), ' healthcare '],
  [/ടൈ\s?ബ്രേക്കിംഗ്\s?റൂൾ/g, ' tie-breaking rule '],
  ...(
    [
      ['തിങ്കളാഴ്ച', 'Monday'],
      ['ചൊവ്വാഴ്ച', 'Tuesday'],
      ['ബുധനാഴ്ച', 'Wednesday'],
      ['വ്യാഴാഴ്ച', 'Thursday'],
      ['വെള്ളിയാഴ്ച', 'Friday'],
      ['ശനിയാഴ്ച', 'Saturday'],
      ['ഞായറാഴ്ച', 'Sunday'],
    ] as const
  ).map(([ml, en]): GlossRule => [new RegExp(ml, 'g'), ` ${en} `]),
  [/ഈ\sആഴ്ച[\u0d00-\u0d7f]*/g, " this week's "],
  // Counts and what happened to them.
  [
    new RegExp(String.raw`${NUM}\s(?:ഉദ്യോഗാർത്ഥി|അപേക്ഷക|കുടിയേറ്റക്കാ|പേർ)[${M}]*\s(?:[${M}\s()A-Z]+?\s){0,4}?(?:ഇൻവിറ്റേഷൻ|ക്ഷണം)[${M}]*\s(?:[^\s.]+\s){0,3}?(?:നൽകി|ലഭിച്ചു|അയച്ചു)[${M}]*`, 'g'),
    ' $1 candidates were sent invitations ',
  ],
  [new RegExp(String.raw`${NUM}\s(?:ഉദ്യോഗാർത്ഥി|അപേക്ഷക)[${M}]*`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${NUM}\s(?:ഇൻവിറ്റേഷ|ക്ഷണ)[${M}]*`, 'g'), ' $1 invitations '],
  // Cut-offs: "507 എന്ന ഏറ്റവും കുറഞ്ഞ … സ്കോർ" (the lowest score of 507), "കട്ട്ഓഫ് 511 ആയി കുറഞ്ഞു" (the cut-off fell to 511).
  [/(\d{2,4})\sഎന്ന\s(?:ഏറ്റവും\s)?കുറഞ്ഞ/g, ' a minimum CRS score of $1 '],
  [/കട്ട്\s?ഓഫ്\s(?:സ്കോർ\s)?(\d{2,4})\sആയി\s(?:കുറഞ്ഞു|ഉയർന്നു)/g, ' the cut-off went to $1 '],
  [/കട്ട്\s?ഓഫ്\s(?:സ്കോർ\s)?(\d{2,4})/g, ' the cut-off was $1 '],
  // "നറുക്കെടുപ്പിൽ 509" (in the draw, 509): the number after it is no round number.
  [/നറുക്കെടുപ്പ്?[\u0d00-\u0d7f]*/g, ' draw, '],
  [/എക്സ്പ്രസ്(?:സ്)?\sഎൻട്രി/g, ' Express Entry '],
  [/കനേഡിയൻ\sഎക്സ്പീരിയൻസ്\sക്ലാസ്/g, ' Canadian Experience Class '],
  [/ഫ്രഞ്ച്\sഭാഷാ\s(?:പ്രാവീണ്യ|വിഭാഗ)[\u0d00-\u0d7f]*/g, ' French-language proficiency '],
  [/പ്രൊവിൻഷ്യൽ\sനോമിനീ\sപ്രോഗ്രാ[\u0d00-\u0d7f]*/g, ' Provincial Nominee Program '],
  [/ഫെഡറൽ\sസ്കിൽഡ്\sവർക്കർ/g, ' Federal Skilled Worker '],
  [/ഫെഡറൽ\sസ്കിൽഡ്\sട്രേഡ്സ്/g, ' Federal Skilled Trades '],
  [/ഇമിഗ്രേഷൻ,\sറെഫ്യൂജീസ്\sആൻഡ്\sസിറ്റിസൺഷിപ്പ്\sകാനഡ|ഐആർസിസി/g, ' IRCC '],
  [/പ്രതീക്ഷി[\u0d00-\u0d7f]*/g, ' expected '],
];

/** A sentence that speaks of an earlier draw ("മുൻ", previous; "കഴിഞ്ഞ", last): context from its start. */
const EARLIER = /മുൻ|കഴിഞ്ഞ/;

export function glossMalayalam(text: string): string {
  return finishGloss(markEarlier(applyGloss(text, COMPARISON), EARLIER, /([.\n])/), RULES, SCRIPT);
}
