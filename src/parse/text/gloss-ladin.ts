import { wholeMonthNamer, glossInTurn, keepAnyCase, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Ladin (Dolomites) draw news glossed into the English the reader knows, in the shape of `gloss-romansh.ts` (docs/parser.md "Friulian
 * and Ladin"): counts grouped by a space ("4 000" → 4,000); dates with its months ("ai 14 de fauré" → on February 14, "4 de merz dl
 * 2026", "10 d'auril 2025", "17 de messel 2024"), weekdays ("lunesc" → Monday, "juebia" → Thursday), "incö" (today), "inier"
 * (yesterday); rounds ("l tir nr. 399" → draw #399, "tir #408", "doi tirs" → two draws); counts ("3 500 invic" → 3,500
 * invitations, "à l Canada invié 264 candidac" → Canada invited 264 candidates); cut-offs ("n punteggio minimal de 710" → a minimum
 * score of 710, "na soia minimala de 432", "almanco 508 ponc"); the tie-break's label ("Regula de paritá"); hedges ("zirca" → about,
 * "plu che" → more than, "nfin a" → up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['jen[áàé]|jenà', 'January'],
  ['faur[éè]|fever', 'February'],
  ['merz', 'March'],
  ['auril|avril', 'April'],
  ['mei|mai', 'May'],
  ['jugn|juni', 'June'],
  ['messel|lugio|lui', 'July'],
  ['aost|agost', 'August'],
  ['setember|setëmber', 'September'],
  ['otober|utober', 'October'],
  ['nuvember|novëmber|november', 'November'],
  ['dezember|dezëmber|dicember', 'December'],
];
const month = wholeMonthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  lunesc: 'Monday',
  lunes: 'Monday',
  merdi: 'Tuesday',
  mierculdi: 'Wednesday',
  mercui: 'Wednesday',
  juebia: 'Thursday',
  jobia: 'Thursday',
  vënderdi: 'Friday',
  vendres: 'Friday',
  sada: 'Saturday',
  sabeda: 'Saturday',
  dumënia: 'Sunday',
  domenia: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { doi: 'two', does: 'two', trëi: 'three', cater: 'four', cinch: 'five', sies: 'six', set: 'seven', ot: 'eight' };
const NUMBER_SIGN = '(?:nr\\.|n\\.|numer|#)';

const RULES: readonly GlossRule[] = [
  // Counts grouped by a space: "4 000", "3 500" → 4,000, 3,500.
  [/(?<![\d.,])(\d{1,3})[  ](\d{3})(?![\d]|[.,]\d)/g, ' $1,$2'],
  // A week's span: "(3-7 de aost 2026)" → (August 3 to 7, 2026).
  [
    words(`(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\s(?:de\\s|d['’])${MONTH}(?:,?\\s(?:dl\\s)?${YEAR})?`),
    (all = '', a = '', b = '', m = '', y = '') => (month(m) ? ` ${month(m)} ${a} to ${b}${y ? `, ${y}` : ''} ` : ` ${all} `),
  ],
  // Days: "ai 14 de fauré" (on February 14), "Dai 4 de merz dl 2026", "10 d'auril 2025", "di 17 de messel 2024".
  [
    words(`(?:(ai|dai|di)\\s)?(\\d{1,2})\\.?\\s(?:de\\s|d['’])${MONTH}(?:,?\\s(?:dl\\s)?${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${on.toLowerCase() === 'ai' ? ' on' : on.toLowerCase() === 'di' ? ' of' : ''}${day}` : ` ${all} `;
    },
  ],
  [words(`(?:en\\s)?(${WEEKDAYS}),?(?=\\s(?:on\\s)?[A-Z][a-z]+\\s\\d)`), (_, w = '') => ` ${weekdayOf(w)}, `],
  [words(`(?:en\\s)?(${WEEKDAYS})`), (_, w = '') => ` ${weekdayOf(w)} `],
  // "inier" (yesterday), "incö" (today), "doman" (tomorrow).
  [words('dant\\sinier|ierlaltier'), ' the day before yesterday '],
  [words('inier|ier'), ' yesterday '],
  [words('inc[öo]|ancuei|anchecondì'), ' today '],
  [words('doman'), ' tomorrow '],
  [words('(?:i\\s)?tirs\\sde\\schësta\\s(?:edema|stmana)'), ' Draws this week '],
  [words('chësta\\sedema|chësta\\sstmana'), ' this week '],
  // Guides, recaps, forecasts.
  [words('guida'), ' Guide '],
  [words('retrospetiva|bilanz\\sdl\\sann'), ' Year in review '],
  [/^L\s(?:ann|an)\s((?:19|20)\d\d)(?![\d])/gim, ' Year in review $1'],
  [words(`(?:l\\s)?m[ëe]ns\\sde\\s${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` Monthly recap: ${month(m)} ${y} `],
  [words('(?:l\\s)?(tir|invit)\\splu\\sgran'), ' the largest $1 '],
  [words('p\\.\\s?ej\\.|per\\sejëmpl'), ' for example '],
  [words('previjion|prevision'), ' forecast '],
  // Hedged counts, no count to the reader.
  [words(`(?:zirca|cie\\.|circa)\\s${COUNT}`), ' about $1 '],
  [words(`(?:(?:de\\s)?plu\\sche|passa)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:nfin\\sa|enfin\\sa|fin\\sa)\\s${COUNT}`), ' up to $1 '],
  // Rounds: "l tir nr. 399", "tir #408", "doi tirs", "n tir".
  [words(`tir\\sExpress\\sEntry\\s${NUMBER_SIGN}\\s?(\\d{1,3})`), ' Express Entry draw #$1 '],
  [words(`(?:l\\s)?tir\\s${NUMBER_SIGN}\\s?(\\d{1,3})`), ' draw #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\stirs`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('(?:canche\\svën\\s)?l\\stir\\sche\\svën'), (all = '') => (/^canche/i.test(all) ? ' when is the next draw ' : ' the next draw ')],
  [words('(?:l\\s)?tir\\sdant|l\\sultim\\stir'), ' the previous draw '],
  [words('(?:n\\s)?nuef\\stir'), ' a new draw '],
  [words('n\\stir'), ' a draw '],
  [words('l\\stir'), ' the draw '],
  [words('tirs'), ' draws '],
  [words('tir'), ' draw '],
  // Counts: "3 500 invic", "4 000 invit", "à l Canada invié 264 candidac", "à invié 779 persones".
  [words(`(?:à|à\\sindò)\\s(?:(l\\s)?(IRCC|Canada)\\s)?invi[éè]\\s(?:inier\\s|incö\\s)?${COUNT}`), (_, _l = '', who = '', n = '') => ` ${who ? `${who} ` : ''}invited ${n} `],
  [words(`${COUNT}\\sinvi(?:c|t|č)`), ' $1 invitations '],
  [words('invi(?:c|č)'), ' invitations '],
  [words('invi[éè]'), ' invited '],
  [words('candidac|persones'), ' candidates '],
  // Cut-offs: "n punteggio minimal de 710", "na soia minimala de 432", "almanco 508 ponc", "L punteggio minimal ie 477".
  [words('(?:(n|l|na|la)\\s)?(?:punteggio\\sminimal|soia\\sminimala|punc?teg(?:g)?io\\sminim)(\\sde)?'), (_, a = '', de = '') => ` ${/^na?$/i.test(a) ? 'a' : 'the'} minimum score${de ? ' of' : ''} `],
  [words(`(?:con\\s|cun\\s)?almanco\\s${COUNT}`), ' with a minimum of $1 '],
  [words(`(?:ie|é|fova)\\s${COUNT}`), ' was $1 '],
  [words('(?:l\\s)?punteggio'), ' the score '],
  [words(`${COUNT}\\sp[ou]nc(\\sCRS)?`), (_, n = '', c = '') => ` ${n}${c ? ' CRS' : ''} points `],
  [words('p[ou]nc'), ' points '],
  // The tie-break's label.
  [words('regula\\sde\\spârit[áa]|regula\\sde\\sparit[áa]'), ' tie-breaking rule '],
  [words('a\\sles(?=\\s\\d)'), ' at '],
  // Programs.
  [words('(?:la\\s)?categoria\\sdla\\ssanit[àa]|dla\\ssanit[àa]|sanit[àa]'), ' healthcare '],
  [words('(?:i\\s)?mestieres\\smanuai'), ' trades '],
  [words('(?:l\\s)?franz[ëe]us'), ' French '],
  [words('provinzia'), ' province '],
  [words('N[öo]ia\\sZelanda|Nuova\\sZelanda|Zelanda\\sNueva'), ' New Zealand '],
  [words("(?:chësc\\s)?ne\\sn['’]ie\\snia"), ' this is not '],
  [words('provinziel'), ' provincial '],
  [words('(?:à\\s)?(?:l\\s)?(IRCC|Canada)\\sfat'), ' $1 held '],
  [words('fat'), ' held '],
  [words('l\\s(IRCC|Canada)'), ' $1 '],
  [words('por|per'), ' for '],
  [words('con|cun'), ' with '],
  [words('y'), ' and '],
  [words('dla|dl'), ' of the '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Ladin's words, a few shared with Italian, Friulian or Romansh ("de", "l", "con"): they count only beside three of its own. */
const LADIN_WORD = words(
  'tirs?|invi[cčtéè]|candidac|persones|p[ou]nc|punteggio|minimal[ae]?|soia|almanco|inc[öo]|inier|dla|dl|tl|l|n|na|ie|é|él|à|de|dai|ai|por|per|con|cun|y|nia|chësc|chësta|dut|plu|fauré|merz|auril|messel|jená|aost|lunesc|merdi|juebia|dumënia|ladins?|lëur|lëura',
);
/** The language's own words, which neither Italian nor Friulian, Romansh, Sardinian, Occitan nor Catalan writes. */
const LADIN_OWN = words(
  'tirs?|aost|auril|paritá|nuef|previjion|invi[cčé]|candidac|p[ou]nc|soia|inc[öo]|inier|dla|dl|tl|chësc|chësta|nia|fauré|messel|jená|lunesc|merdi|juebia|dumënia|ladins?|lëur|lëura|dijëva|él|ie',
);
const HINT = /nvi[cé]/;
/** A cheap first test: "invic" or "invié" (invitations, invited), which no English page writes. */
export const LADIN_HINT = { test: (text: string): boolean => HINT.test(text) };

/** English's small words, as many as half the language's words make an English page quoting it ("Ladin speakers say 'l tir', 'invic'…"). */
const ENGLISH_WORD = /\b(?:the|and|of|on|for|was|were|with|to|in|held|wrote|said|says?|call)\b/gi;

/** Three different of its own words, and five different of the words (eight in all or a sixth of a short post's), or the three an eighth of a short post's words; fewer than half as many English small words as its words. */
export function isLadin(text: string): boolean {
  const own = new Set((text.match(LADIN_OWN) ?? []).map((w) => w.toLowerCase())).size;
  return own >= 3 && (writtenWith(text, LADIN_WORD, 5) || own * 8 >= (text.match(/\p{L}+/gu) ?? []).length) && (text.match(ENGLISH_WORD) ?? []).length * 2 < (text.match(LADIN_WORD) ?? []).length;
}

/** A Ladin page glossed into English. */
export const glossLadin = (text: string): string => glossInTurn(text, CASED_RULES);
