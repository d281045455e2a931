import { glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, words, type GlossRule, type MonthTable, writtenWith } from './gloss-rules.ts';

/**
 * Luxembourgish draw news glossed into the English the reader knows, in the shape of `gloss-irish.ts` (docs/parser.md "Bashkir
 * and Luxembourgish"): thousands with a dot ("2.000" → "2,000"), dates with its months ("7. Juli 2026" → "July 7, 2026", "1.
 * Mäerz", "16. Abrëll", dotted and slashed days, day first), weekdays ("Méindes", "Dënschdeg", "Mëttwoch"), "haut" (today),
 * "gëschter" (yesterday), "dës Woch" (this week); rounds ("Ronn Nr. 423", "Ronn Nummer 287", "Ronn #226" → "draw #…", "zwou
 * Ronnen" → two rounds); counts ("huet 2.500 Kandidaten … invitéiert" → invited 2,500 candidates, "534 Kandidaten invitéiert",
 * "1.501 Persoune kruten eng Invitation" → received invitations, "2.000 Invitatiounen"); cut-offs ("De minimale CRS-Score louch
 * bei 708 Punkten", "Mindestscore", "Minimum: 557 Punkten" → minimum CRS score); the tie-break ("Tie-Break-Regel/-Datum"); programs
 * ("Franséischsproocheg Kandidaten", "Dokteren", "Gesondheet", "fir all Programmer"); hedges ("ronn", "ongeféier" about, "méi wéi"
 * more than, "bis zu" up to); a recap's, forecast's or guide's words. Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['januar', 'January'],
  ['februar', 'February'],
  ['mäerz', 'March'],
  ['abrëll', 'April'],
  ['mee', 'May'],
  ['juni', 'June'],
  ['juli', 'July'],
  ['august', 'August'],
  ['september', 'September'],
  ['oktober', 'October'],
  ['november', 'November'],
  ['dezember', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = '(Januar|Februar|Mäerz|Abrëll|Mee|Juni|Juli|August|September|Oktober|November|Dezember)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  méindeg: 'Monday',
  dënschdeg: 'Tuesday',
  mëttwoch: 'Wednesday',
  donneschdeg: 'Thursday',
  freideg: 'Friday',
  samschdeg: 'Saturday',
  sonndeg: 'Sunday',
};
/** A weekday, and its adverb ("Méindes", on Monday; "Mëttwochs"). */
const WEEKDAYS = '(Méindeg|Dënschdeg|Mëttwoch|Donneschdeg|Freideg|Samschdeg|Sonndeg|Méindes|Dënschdes|Mëttwochs|Donneschdes|Freides|Samschdes|Sonndes)';
const weekdayOf = (w: string): string =>
  WEEKDAY[
    w
      .toLowerCase()
      .replace(/es$/, 'eg')
      .replace(/wochs$/, 'woch')
  ] ?? '';
/** A count as the page writes it, thousands already rewritten with commas: "2,000", "534". */
const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,.]\d)`;
const PEOPLE = '(?:French-speaking\\scandidates|Kandidaten|Kandidatinnen|Persounen|Persoune|Leit|Dokteren|Aspiranten)';
const WHEN: Readonly<Record<string, string>> = { today: 'today', yesterday: 'yesterday' };
/** The people of a count: French speakers, or candidates. */
const who = (p: string): string => (p.startsWith('French') ? 'French-speaking candidates' : 'candidates');
const NUMBERED = String.raw`(?:Nr\.|Nummer|#)\s?(\d{1,4})(?!\d)`;

const RULES: readonly GlossRule[] = [
  // Thousands with a dot ("2.000", "27.332"), not a dotted day ("29.02.2024").
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|\.\d)/g, '$1,$2'],
  // Dates: "7. Juli 2026", "de 6. Juli", "vum 16. Abrëll", day first "29.02.2024", "19/02/2026".
  [words(String.raw`(?:(?:de|den|vum|um|zum|op|den)\s)?(\d{1,2})\.?\s${MONTH}(?:,?\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || all],
  [/(?<![\d./])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.])/g, (all = '', d = '', _s = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [
    words(`(?:am|an|vum|zënter|bis)\\s${MONTH}(?:\\s${YEAR})?`),
    (all = '', m = '', y = '') => ` ${/^vum/i.test(all) ? 'of' : /^zënter/i.test(all) ? 'since' : /^bis/i.test(all) ? 'until' : 'in'} ${month(m)}${y ? ` ${y}` : ''} `,
  ],
  [words(`${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(WEEKDAYS), (w = '') => ` ${weekdayOf(w)} `],
  [words('um(?=\\s\\d{1,2}:\\d{2})'), ' at '],
  [words('(\\d{1,2}:\\d{2})\\sAuer'), ' $1 '],
  // Today, yesterday, weeks.
  [words('haut'), ' today '],
  [words('virgëschter'), ' the day before yesterday '],
  [words('gëschter'), ' yesterday '],
  [words('muer'), ' tomorrow '],
  [words('dës\\sWoch'), ' this week '],
  [words('(?:déi\\s|der\\s)?lescht(?:er)?\\sWoch'), ' last week '],
  [words('(?:déi\\s|der\\s)?nächst(?:er)?\\sWoch'), ' next week '],
  [words('(?:de\\s|dee\\s)?leschte(?:n)?\\sMount|(?:de\\s|am\\s)?leschte(?:n)?\\sMount'), ' last month '],
  [words('een\\sDag\\sno'), ' a day after '],
  // Hedges: "ronn 4.000", "ongeféier", "ca." (about), "méi wéi", "iwwer" (more than), "bis zu" (up to), "manner wéi" (fewer than).
  [words(`(?:ronn|ongeféier|circa|ca\\.)(?=\\s\\d)`), ' about '],
  [words('méi\\swéi|iwwer(?=\\s\\d)'), ' more than '],
  [words('manner\\swéi'), ' fewer than '],
  [words('bis\\szu'), ' up to '],
  // Recaps, forecasts, guides, context.
  [words('Mount-Réckbléck|Méindlechen\\sRéckbléck|Mountsréckbléck'), ' monthly recap '],
  [words('Joresréckbléck|Jores-Réckbléck'), ' Year in review '],
  [words('Wochen-Réckbléck|Wochenréckbléck'), ' Weekly recap '],
  [words('Réckbléck'), ' review '],
  [words('Prognos|Previsioun'), ' Forecast '],
  [words('gëtt\\smat(?=\\s)'), ' expected with '],
  [words('erwaart|gerechent'), ' expected '],
  [words('Guide|Leitfaden|Wéi\\sfunktionéiert'), ' Guide '],
  [words('zum\\sBeispill'), ' for example '],
  [words('zum\\sVerglach:?'), ' Previously, '],
  [words('virdrun'), ' previously '],
  [words("(?:d['’]|der\\s|déi\\s)?(?:lescht|leschter|leschten|leschte|viregt|viregter|viregen)\\s(?=(?:[\\p{L}-]+-)?Ronn)"), ' the previous '],
  [words("(?:d['’]|der\\s|déi\\s)?nächst(?:er|en|e)?\\s(?=(?:[\\p{L}-]+-)?Ronn)"), ' the next '],
  // The tie-break: "Tie-Break-Regel", "Tie-Break-Datum", "Tie-break:".
  [words("Tie-?Break(?:-Regel|-Datum|-Zäit|\\sRegel)?(?:\\sfir\\sd['’][\\p{L}-]+)?(?=\\s?:)"), ' Tie-breaking rule'],
  // Rounds: "Ronn Nr. 423", "d'Ronn Nummer 287", "Ronn #226", "zwou Ronnen", "Invitatiounsronnen".
  [words('nei(?=\\s(?:[\\p{L}-]+-)?Ronn)'), ' new '],
  [words(`Franséisch(?:-|\\s)?Ronn\\s\\(?${NUMBERED}\\)?`), ' French-language draw #$1 '],
  [words('Franséisch(?:-|\\s)?(?:Ronnen|Ronn)'), ' French-language round '],
  [words(`(?:d['’]|der\\s|an\\sder\\s)?(?:[\\p{L}-]+-)?Ronn\\s\\(?${NUMBERED}\\)?`), ' draw #$1 '],
  [words(`(?:Et\\sass\\s)?d['’]Ronn\\s${NUMBERED}`), ' This is draw #$1 '],
  [
    words('(zwou|zwee|dräi|véier|fënnef)\\s(?:[\\p{L}-]+-)?Ronnen'),
    (_, n = '') => ` ${({ zwou: 'two', zwee: 'two', dräi: 'three', véier: 'four', fënnef: 'five' } as Record<string, string>)[n.toLowerCase()] ?? ''} rounds `,
  ],
  [words('Invitatiounsronn(en)?'), (_, pl = '') => ` round${pl ? 's' : ''} of invitations `],
  [words('allgemeng(?:er)?\\sRonn'), ' general round '],
  [words('([A-Z]{2,4})-Ronn(en)?'), (_, p = '', pl = '') => ` ${p} round${pl ? 's' : ''} `],
  [words('Express-Entry-Ronn'), ' Express Entry round '],
  [words('Ronnen'), ' rounds '],
  [words('Ronn'), ' round '],
  // Programs.
  [words(`Franséischsproocheg\\s${PEOPLE}|${PEOPLE}\\smat\\s(?:gudde[n]?\\s)?Franséischkenntnisser`), ' French-speaking candidates '],
  [words('Franséisch(?:-|\\s)?(?:Ronnen|Ronn)'), ' French-language round '],
  [words('Franséisch'), ' French '],
  [words('Gesondheet(?:s\\p{L}*)?'), ' healthcare '],
  [words('Dokteren|Dokteren'), ' physicians '],
  [words('fir\\sall\\sProgrammer'), ' for all programs '],
  [words('Provënz(?:en)?'), ' province '],
  [words('Kanada'), ' Canada '],
  [words('Australien'), ' Australia '],
  [words('Neiséeland'), ' New Zealand '],
  [words('Groussbritannien'), ' United Kingdom '],
  // Counts with the verb last: "huet (haut) 2,500 Kandidaten … invitéiert", "goufen … 534 Kandidaten invitéiert".
  [
    words(String.raw`huet\s((?:today|yesterday|elo)\s)?${COUNT}\s(${PEOPLE})([^.\n]{0,60}?)\sinvitéiert`),
    (_, when = '', n = '', p = '', rest = '') => ` ${WHEN[when.trim().toLowerCase()] ?? ''} invited ${n} ${who(p)}${rest} `,
  ],
  [words(String.raw`${COUNT}\s(${PEOPLE})([^.\n]{0,80}?)\s(?:goufen\s)?invitéiert(?:\sginn)?`), (_, n = '', p = '', rest = '') => ` ${n} ${who(p)}${rest} were invited `],
  [words(String.raw`${COUNT}\s(${PEOPLE})\s(?:kruten|hunn|kritt)\s(?:eng\s)?(?:Invitatioun(?:en)?|Invitation|Aluedung|ITA)`), (_, n = '', p = '') => ` ${n} ${who(p)} received invitations `],
  [words(`${COUNT}\\s(?:Invitatiounen|Invitatioune|Invitatioun|Aluedungen|ITAs?)`), ' $1 invitations '],
  [words(`${COUNT}\\s(${PEOPLE})`), (_, n = '', p = '') => ` ${n} ${who(p)} `],
  // Cut-offs: "De minimale CRS-Score louch bei 708 Punkten", "de Minimum louch bei 482", "Mindestscore … war", "Minimum: 557".
  [words('(?:de\\s)?(?:minimale[n]?\\s(?:CRS-)?Score|Mindestscore|Mindestpunktzuel|Minimum)(?:\\sam\\sComprehensive\\sRanking\\sSystem)?'), ' the minimum CRS score '],
  [words('louch\\sbei|läit\\sbei|war\\sjust|war'), ' was '],
  [words(`(\\d{1,4})\\sPunkten?`), ' $1 points '],
  [words('Punkten'), ' points '],
  [words('invitéiert'), ' invited '],
  [words('organiséiert|ofgehalen|gezunn'), ' held '],
  [words('Invitatiounen'), ' invitations '],
  [words('Kandidaten'), ' candidates '],
  [words('goufen'), ' were '],
  [words('huet'), ' has '],
  [words('ass'), ' is '],
  [words('fir'), ' for '],
  [words('mat'), ' with '],
  [words('bei'), ' at '],
  [words('Vum\\sRedaktioun'), ' By the editors '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Luxembourgish writes among the languages the reader glosses (its draw words, weekdays, months and short words). */
const LUXEMBOURGISH_WORD = words(
  'haut|Dokteren|Méindes|Dënschdes|Mëttwochs|Donneschdes|Freides|Samschdes|Sonndes|Gesondheet\\p{L}*|Aarbechtserfahrung|huet|goufen|gouf|gëschter|virgëschter|Ronn|Ronnen|Invitatioun|Invitatiounen|invitéiert|fir|ass|sinn|dës|dësem|dëser|déi|vum|vun|zënter|erëm|Joer|Méint|Woch|Deeg|enger|engem|datt|gëtt|kritt|kruten|louch|Auer|Méindeg|Méindes|Dënschdeg|Mëttwoch|Donneschdeg|Freideg|Samschdeg|Sonndeg|Mäerz|Abrëll|lescht|leschter|leschten|Leit|Persounen|Persoune|elo|schonn|nees|och|Lëtzebuerg\\p{L}*|kanadesch\\p{L}*|Mindestscore|Franséisch\\p{L}*|Gesondheet|ofgehalen|organiséiert|gerechent|Mount|Mount-Réckbléck|Réckbléck',
);
/**
 * A cheap first test: the letter "ë", which a Luxembourgish page writes in almost every line ("dës", "erëm", "gëschter",
 * "zënter") and an English, German or French page almost never does, or, a short post without it, "Ronn" (round): two literals tested apart, about 0.4 µs an English page (as one alternation,
 * /ë|Ronn/, 2 µs).
 */
export const LUXEMBOURGISH_HINT = /ë/;
export const LUXEMBOURGISH_ROUND = /Ronn/;
/** A third literal, "huet" (has: "Haut huet IRCC 271 Dokteren … invitéiert"), for a news item with neither "ë" nor "Ronn". */
export const LUXEMBOURGISH_HAS = /huet/;

/** Its draw words, which no other language writes: a short news item or post with two of them needs only three kinds of words. */
const LUXEMBOURGISH_OWN = words('huet|goufen|gouf|gëschter|virgëschter|Ronn|Ronnen|Invitatioun|Invitatiounen|invitéiert|louch|kruten|Mindestscore|ofgehalen');

/** English's short words: an English page quoting a few Luxembourgish ones has more of them. */
const ENGLISH_WORD = /\b(?:the|and|of|on|for|was|were|with|to|in|held|wrote|said)\b/gi;

/** Eight of the words, six of them different, or (a short post) six different making up a sixth of its words. */
export const isLuxembourgish = (text: string): boolean =>
  writtenWith(text, LUXEMBOURGISH_WORD, 6) ||
  (new Set((text.match(LUXEMBOURGISH_OWN) ?? []).map((w) => w.toLowerCase())).size >= 2 &&
    writtenWith(text, LUXEMBOURGISH_WORD, 3) &&
    (text.match(ENGLISH_WORD) ?? []).length < (text.match(LUXEMBOURGISH_WORD) ?? []).length);

/** A Luxembourgish page glossed into English. */
export const glossLuxembourgish = (text: string): string => glossInTurn(text, CASED_RULES);
