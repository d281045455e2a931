import { wholeMonthNamer, glossInTurn, keepAnyCase, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Friulian draw news glossed into the English the reader knows, in the shape of `gloss-romansh.ts` (docs/parser.md "Friulian and
 * Ladin"): counts grouped the Italian way ("7.000" → 7,000); dates with its months ("ai 18 di Avost" → on August 18, "19 di Avost dal
 * 2026", "(15/12)"), weekdays ("miercus" → Wednesday, "martars" → Tuesday), "vuê" (today), "îr" (yesterday), "l'altrîr" (the day
 * before yesterday); rounds ("la estrazion n. 436" → draw #436, "estrazion PNP #386", "round n. 125", "dôs estrazions" → two draws);
 * counts ("1,000 invits" → 1,000 invitations, "a son stâts invidâts 3,600 candidâts" → invited 3,600 candidates); cut-offs
 * ("cuntun punteç minim CRS di 523" → with a minimum CRS score of 523, "CRS minim 731", "un limit di 484 ponts"); the tie-break's
 * label ("regule di pari merit"); hedges ("cirche", "plui o mancul" → about, "plui di", "passe" → more than, "fin a" → up to).
 * Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['zen[âa]r', 'January'],
  ['fevr[âa]r', 'February'],
  ['mar[çc]', 'March'],
  ['avr[îi]l', 'April'],
  ['mai', 'May'],
  ['jugn', 'June'],
  ['lui', 'July'],
  ['avost', 'August'],
  ['setembar', 'September'],
  ['otubar', 'October'],
  ['novembar', 'November'],
  ['dicembar', 'December'],
];
const month = wholeMonthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  lunis: 'Monday',
  martars: 'Tuesday',
  miercus: 'Wednesday',
  joibe: 'Thursday',
  vinars: 'Friday',
  sabide: 'Saturday',
  domenie: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { dôs: 'two', doi: 'two', trê: 'three', cuatri: 'four', cinc: 'five' };
const DRAW = 'estrazion';
const NUMBER_SIGN = '(?:n\\.|nr\\.|numar|#)';

const RULES: readonly GlossRule[] = [
  // Counts grouped the Italian way: "7.000" → 7,000 (not a date's "05.09.2019").
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|\.\d)/g, ' $1,$2'],
  // Days: "ai 18 di Avost" (on August 18), "19 di Avost dal 2026", "3 di Zenâr 2026", "prime dai 23 di Avost 2019" (before August 23, 2019).
  [words(`prime\\sdai`), ' before '],
  // A week's span: "(3-7 di Avost 2026)" → (August 3 to 7, 2026).
  [
    words(`(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\s(?:di\\s)?${MONTH}(?:,?\\s(?:dal\\s)?${YEAR})?`),
    (all = '', a = '', b = '', m = '', y = '') => (month(m) ? ` ${month(m)} ${a} to ${b}${y ? `, ${y}` : ''} ` : ` ${all} `),
  ],
  [
    words(`(?:(ai|dai)\\s)?(\\d{1,2})\\s(?:di\\s)?${MONTH}(?:,?\\s(?:dal\\s)?${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${on.toLowerCase() === 'ai' ? ' on' : ''}${day}` : ` ${all} `;
    },
  ],
  // "(15/12)": the day and the month of a channel post's line.
  [/\((\d{1,2})\/(\d{1,2})\)/g, (all = '', d = '', m = '') => (namedMonthDay(d, monthOrNone(m), '') ? ` (${namedMonthDay(d, monthOrNone(m), '').trim()})` : all)],
  [words(`(?:il\\s)?${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(`(${WEEKDAYS}),?(?=\\s(?:on\\s)?[A-Z][a-z]+\\s\\d)`), (_, w = '') => ` ${weekdayOf(w)}, `],
  [words(`(${WEEKDAYS})`), (_, w = '') => ` ${weekdayOf(w)} `],
  // "e" (and) between two rounds' days: "… 420) e vinars 10 di Lui …".
  [words('e(?=\\s(?:on\\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s\\d))'), ' and '],
  // "l'altrîr" (the day before yesterday), "îr" (yesterday), "vuê" (today), "doman" (tomorrow).
  [words("l['’]altr[îi]r|[îi]r\\sl['’]altri"), ' the day before yesterday '],
  [words('[îi]r|ier'), ' yesterday '],
  [words('vu[êe]i?'), ' today '],
  [words('doman'), ' tomorrow '],
  [words('cheste\\ssetemane'), ' this week '],
  [words('la\\ssetemane\\spassade'), ' last week '],
  [words('chest\\sm[êe]s'), ' this month '],
  // Guides, recaps, forecasts.
  [words('ripiliu\\sdal\\sm[êe]s'), ' Monthly recap '],
  [words('ripiliu\\s(?:de|da|dal)(?:\\sla)?\\ssetemane'), ' Weekly recap '],
  [words('ripiliu\\sdal\\san'), ' Year in review '],
  [words('ripiliu'), ' recap '],
  [words('previsions?'), ' forecast '],
  [words('guide'), ' Guide '],
  [words('par\\sesempli'), ' for example '],
  // Hedged counts, no count to the reader.
  [words(`(?:cirche|sù\\spar\\sjù|plui\\so\\smancul|ator\\sdi)\\s${COUNT}`), ' about $1 '],
  [words(`(?:plui\\sdi|passe|sore\\sdi)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:fin\\sa|fintremai)\\s${COUNT}`), ' up to $1 '],
  // Rounds: "la estrazion n. 436", "la estrazion numar 312", "estrazion PNP #386", "(round n. 125)", "dôs estrazions".
  [words(`${DRAW}\\sExpress\\sEntry\\s${NUMBER_SIGN}\\s?(\\d{1,3})`), ' Express Entry draw #$1 '],
  [words(`(?:la\\s)?${DRAW}\\s${NUMBER_SIGN}\\s?(\\d{1,3})`), ' draw #$1 '],
  [words(`(?:la\\s)?${DRAW}\\s(\\p{Lu}{2,4})\\s${NUMBER_SIGN}\\s?(\\d{1,3})`), ' $1 draw #$2 '],
  [words(`(?:round|turni)\\s${NUMBER_SIGN}\\s?(\\d{1,3})`), ' draw #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\s${DRAW}s`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`(?:la\\s)?${DRAW}\\s(?:precedente|passade)`), ' the previous draw '],
  [words(`(?:cuant\\sise\\s)?(?:la\\s)?prossime\\s${DRAW}`), (all = '') => (/^cuant/i.test(all) ? ' when is the next draw ' : ' the next draw ')],
  [words(`(?:la\\s)?ultime\\s${DRAW}`), ' the latest draw '],
  [words(`(?:une\\s)?gnove\\s${DRAW}|(?:un\\s)?gn[ûu]f\\sturni`), ' a new draw '],
  [words(`une\\s${DRAW}`), ' a draw '],
  [words(`(?:la\\s)?${DRAW}`), ' the draw '],
  [words(`${DRAW}s`), ' draws '],
  [words('turni'), ' round '],
  // Counts: "1,000 invits", "a son stâts invidâts 3,600 candidâts", "7,000 candidâts a àn ricevût l'invît".
  [words(`a\\sson\\sst[âa]ts\\sinvid[âa]ts\\s${COUNT}`), ' invited $1 '],
  [words(`(?:al|e)\\s[àa]\\s(?:tornât\\sa\\s)?invid[âa]t?\\s${COUNT}`), ' invited $1 '],
  [words(`${COUNT}\\sinv[îi]ts`), ' $1 invitations '],
  [words('inv[îi]ts'), ' invitations '],
  [words("a\\s[àa]n\\sricev[ûu]t\\sl['’]inv[îi]t"), ' received invitations '],
  [words("l['’]inv[îi]t|inv[îi]t"), ' invitation '],
  [words('(?:e|al)\\s[àa]\\smand[âa]t'), ' sent '],
  [words('(?:a\\sson\\sst[âa]ts\\s)?invid[âa]ts|invid[âa]t|invid[âa]'), ' invited '],
  [words('candid[âa]ts'), ' candidates '],
  [words('dome'), ' only '],
  // Cut-offs: "cuntun punteç minim CRS di 523", "un punteç minim di 382", "Punteç minim: 507", "CRS minim 731", "almancul 507 ponts".
  [words('(?:(un|il)\\s)?punte(?:ç|zi)\\sminim(\\sCRS)?(\\sdi)?'), (_, a = '', c = '', di = '') => ` ${a.toLowerCase() === 'un' ? 'a' : 'the'} minimum${c ? ' CRS' : ''} score${di ? ' of' : ''} `],
  [words('CRS\\sminim'), ' minimum CRS '],
  [words(`(?:cun\\s)?almancul\\s${COUNT}`), ' with a minimum of $1 '],
  [words(`un\\slimit\\sdi\\s${COUNT}`), ' a minimum of $1 '],
  [words('(?:il\\s)?punte(?:ç|zi)'), ' the score '],
  [words(`${COUNT}\\sponts(\\sCRS)?`), (_, n = '', c = '') => ` ${n}${c ? ' CRS' : ''} points `],
  [words('ponts'), ' points '],
  // The tie-break's label.
  [words('(?:lis\\s)?regul(?:e|is)\\sdi\\spari\\smerit'), ' tie-breaking rule '],
  [words('pari\\smerit'), ' tie-break '],
  [words('a\\slis(?=\\s\\d)'), ' at '],
  // Programs.
  [words('(?:pe\\s)?categorie\\sdi\\scompetence\\ste\\slenghe\\sfrancese'), ' for French-language proficiency '],
  [words('franc[êe]s|francese'), ' French '],
  [words('(?:pe\\s)?(?:categorie\\s)?(?:dai\\s)?mest[îi]rs'), ' trades '],
  [words('sanit[âa]t'), ' healthcare '],
  [words('dedicade\\sae|pe'), ' for the '],
  [words('provincie'), ' province '],
  [words('(?:al|e)\\s[àa]\\sfat|fat'), ' held '],
  [words('(?:il\\s)?Canad[àa]'), ' Canada '],
  [words('cuntun|cun'), ' with '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Friulian's words, a few shared with Italian or Ladin ("di", "al", "cun"): they count only beside three of its own. */
const FRIULIAN_WORD = words(
  'estrazions?|inv[îi]ts?|punte(?:ç|zi)|ponts|minim|vu[êe]|[îi]r|candid[âa]ts|invid[âa]ts?|cuntun|cun|al|à|àn|son|st[âa]ts|dome|almancul|lis|ae|pe|dai|pal|di|zornadis|setemane|m[êe]s|zen[âa]r|fevr[âa]r|avr[îi]l|avost|setembar|otubar|novembar|dicembar|lunis|martars|miercus|joibe|vinars|sabide|domenie|furlan[se]?|plui|chest|tancj|ducj|gnove|gn[ûu]f|ripiliu|Canad[àa]',
);
/** The language's own words, which neither Italian nor Romansh, Ladin, Sardinian, Occitan nor Catalan writes. */
const FRIULIAN_OWN = words(
  'estrazions?|inv[îi]ts|inv[îi]t|punte(?:ç|zi)|vu[êe]|[îi]r|candid[âa]ts|invid[âa]ts?|cuntun|almancul|zornadis|setemane|zen[âa]r|fevr[âa]r|avost|setembar|otubar|novembar|dicembar|lunis|martars|miercus|joibe|vinars|sabide|domenie|furlan[se]?|tancj|ducj|ripiliu|Canadà',
);
const HINT = /strazion|nvits|idâts/;
/** A cheap first test: "estrazion" (a draw; Italian's "estrazione" is refused by the word test), "invits" or "…idâts" (candidâts, invidâts), three literals no English page writes. */
export const FRIULIAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/** English's small words, as many as half the language's words make an English page quoting it ("Friulian speakers call a draw 'la estrazion'…"). */
const ENGLISH_WORD = /\b(?:the|and|of|on|for|was|were|with|to|in|held|wrote|said|says?|call)\b/gi;

/** Three different of its own words, and five different of the words (eight in all or a sixth of a short post's), or the three an eighth of a short post's words; fewer than half as many English small words as its words. */
export function isFriulian(text: string): boolean {
  const own = new Set((text.match(FRIULIAN_OWN) ?? []).map((w) => w.toLowerCase())).size;
  return (
    own >= 3 && (writtenWith(text, FRIULIAN_WORD, 5) || own * 8 >= (text.match(/\p{L}+/gu) ?? []).length) && (text.match(ENGLISH_WORD) ?? []).length * 2 < (text.match(FRIULIAN_WORD) ?? []).length
  );
}

/** A Friulian page glossed into English. */
export const glossFriulian = (text: string): string => glossInTurn(text, CASED_RULES);
