import { wholeMonthNamer, glossInTurn, keepAnyCase, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Occitan draw news glossed into the English the reader knows, in the shape of `gloss-samoan.ts` (docs/parser.md "Occitan and
 * West Frisian"): dates with its months ("lo 27 d'agost de 2024" → "on August 27, 2024", "24 de març de 2016", day first
 * "06/07/2023"), weekdays ("diluns" → Monday), "uèi" (today), "ièr" (yesterday), "aquesta setmana" (this week); rounds ("lo tiratge
 * n° 311" → the draw #311, "son 30en tiratge" → draw #30, "lo tiratge precedent" → the previous draw); counts ("1,121 convits" →
 * 1,121 invitations, "a convidat 3,600 candidats" → invited 3,600 candidates); cut-offs ("marcador CRS minimal", "marcador CRS mai
 * bas" → minimum CRS score, "… èra de 463" → was 463); the tie-break's label ("Règla de desseparacion"); hedges ("environ", "a
 * l'entorn de" → about, "mai de" → more than, "fins a" → up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['geni[èe]r|janvi[èe]r', 'January'],
  ['febri[èe]r', 'February'],
  ['mar[çc]', 'March'],
  ['abril', 'April'],
  ['mai', 'May'],
  ['junh', 'June'],
  ['julh(?:et)?', 'July'],
  ['agost', 'August'],
  ['setembre', 'September'],
  ['oct[òo]bre', 'October'],
  ['novembre', 'November'],
  ['decembre|dec[èé]mbre', 'December'],
];
const month = wholeMonthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
/** The months no Occitan word shares ("mai" is also "more": a month only beside a day). */
const LONG_MONTH = `(${monthStems(MONTHS.filter(([m]) => m !== 'mai'))})`;
const OF = "(?:\\sde\\s|\\sd['’])";
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  diluns: 'Monday',
  dimars: 'Tuesday',
  dimècres: 'Wednesday',
  dimecres: 'Wednesday',
  dijòus: 'Thursday',
  dijous: 'Thursday',
  divendres: 'Friday',
  dissabte: 'Saturday',
  dimenge: 'Sunday',
};
const WEEKDAYS = 'diluns|dimars|dim[èe]cres|dij[òo]us|divendres|dissabte|dimenge';
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { dos: 'two', doas: 'two', tres: 'three', quatre: 'four', cinc: 'five' };
const DRAW = 'tiratge';

const RULES: readonly GlossRule[] = [
  // Days: "lo 27 d'agost de 2024" (on August 27, 2024), "24 de març de 2016", "(9 de març)", "del 28 de febrièr de 2024".
  [
    words(String.raw`(?:(lo|del)\s)?(\d{1,2})${OF}${MONTH}(?:(?:\sde|,)?\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${on.toLowerCase() === 'lo' ? ' on' : on ? ' of' : ''}${day}` : ` ${all} `;
    },
  ],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:(?:en|al\\smes)${OF})${LONG_MONTH}(?:(?:\\sde)?\\s${YEAR})?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`${LONG_MONTH}(?:\\sde)?\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(`(${WEEKDAYS})(?=,?\\s(?:on\\s)?[A-Z][a-z]+\\s\\d)`), (_, w = '') => ` ${weekdayOf(w)}, `],
  [words(`(?:lo\\s)?(${WEEKDAYS})`), (_, w = '') => ` ${weekdayOf(w)} `],
  // "abans-d'ièr", "l'autre ièr" (the day before yesterday), "ièr" (yesterday), "d'ièr" (yesterday's), "uèi" (today), "deman" (tomorrow).
  [words("abans[- ]d['’]i[èe]r|l['’]autre\\si[èe]r|ièr\\sde\\sl['’]autre"), ' the day before yesterday '],
  [words("lo\\stiratge\\s(Express\\sEntry)\\sd['’]i[èe]r"), " yesterday's $1 draw "],
  [words("(?:d['’])i[èe]r"), ' of yesterday '],
  [words('i[èe]r(?:\\sde\\sser|\\ssera)?'), ' yesterday '],
  [words('u[èe]i|ara\\smeteis'), ' today '],
  [words(`${DRAW}\\sdel\\sjorn`), " today's draw "],
  [words(`${DRAW}\\s(?:n[°º]|no\\.)\\s?(\\d{1,3})\\sd['’]u[èe]i`), " today's draw #$1 "],
  [words("d['’]u[èe]i"), ' of today '],
  [words(`(?:los\\s)?${DRAW}s\\sde\\s(?:la|aquesta)\\ssetmana`), " This week's draws "],
  [words('deman'), ' tomorrow '],
  [words('aquesta\\ssetmana'), ' this week '],
  [words('la\\ssetmana\\s(?:passada|darri[èe]ra)'), ' last week '],
  [words('aqueste\\smes|aquel\\smes'), ' this month '],
  [words('en\\sdos\\sjorns'), ' in two days '],
  // Guides, recaps, forecasts.
  [words('guida'), ' Guide '],
  [words("bilan[çc]\\sde\\sl['’]annada"), ' Year in review '],
  [words('bilan[çc](?:\\smesadi[èe]r)?'), ' Monthly recap '],
  [words('previsions?|pr[òo]sper\\s' + DRAW), ' forecast '],
  [words('per\\sexemple|qualques\\sexemples(?:\\srecents)?'), ' for example '],
  [words('mes[ao]\\sa\\sjorn'), ' Updated '],
  [words('i\\sa\\spas\\sagut\\scap\\sde\\s' + DRAW), ' there was no draw '],
  // Hedged counts, no count to the reader.
  [words(`(?:environ|a\\sl['’]entorn\\sde|gaireben|aperaquí)\\s${COUNT}`), ' about $1 '],
  [words(`(?:mai\\sde|pus\\sde)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:fins\\sa|duscas\\sa)\\s${COUNT}`), ' up to $1 '],
  // Rounds: "lo tiratge n° 311", "son 30en tiratge", "dos tiratges", "lo tiratge precedent", "lo tiratge CEC precedent".
  [words(`(?:lo\\s)?${DRAW}\\s(?:n[°º]|no\\.)\\s?(\\d{1,3})`), ' draw #$1 '],
  [words(`(?:son\\s)?(\\d{1,3})(?:en|au|a)\\s${DRAW}`), ' draw #$1 '],
  [words(`(?:lo\\s)?${DRAW}\\s(\\p{Lu}{2,4})\\s(?:n[°º]|no\\.)\\s?(\\d{1,3})`), ' the $1 draw #$2 '],
  [words(`(?:aquel\\s)?${DRAW}\\sportava\\slo\\snum[èe]ro\\s(\\d{1,3})`), ' it was draw #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\s${DRAW}s`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`(?:lo\\s)?${DRAW}\\s(\\p{Lu}{2,4}\\s)?precedent`), (_, p = '') => ` the previous ${p}draw `],
  [words(`(?:lo\\s)?(?:darri[èe]r|ultim)\\s${DRAW}`), ' the latest draw '],
  [words(`(?:lo\\s)?${DRAW}\\s(Express\\sEntry\\s)?que\\sven`), (_, e = '') => ` the next ${e}draw `],
  [words('lo\\sdarri[èe]r(?=,)'), ' the previous one '],
  [words('quand\\sser[àa]'), ' when will be '],
  [words(`(?:un\\s)?nov[èe]l\\s${DRAW}`), ' new draw '],
  [words(`lo\\s${DRAW}`), ' the draw '],
  [words(`${DRAW}s`), ' draws '],
  [words(DRAW), ' draw '],
  [words('Entrada\\sexpr[èe]ssa'), ' Express Entry '],
  // Counts: "1,121 convits", "Convits: 3,300", "a convidat 3,600 candidats", "1,500 candidats an recebut una invitacion".
  [words(`${COUNT}\\s(?:candidats|personas)\\san\\srecebut\\s(?:una\\s)?(?:invitacion|convit)s?`), ' $1 candidates received invitations '],
  [words(`(?:a|aviá)\\sconvidat\\s${COUNT}\\s(?:candidats|personas)`), ' invited $1 candidates '],
  [words(`convid[èe]t\\s${COUNT}\\s(?:candidats|personas)`), ' invited $1 candidates '],
  [words(`${COUNT}\\s(?:convits|invitacions)`), ' $1 invitations '],
  [words('convits|invitacions'), ' invitations '],
  [words('convit|invitacion'), ' invitation '],
  [words('mand[èe]t|a\\smandat'), ' sent '],
  [words('(?:a|aviá)\\sconvidat|convid[èe]t|convidats'), ' invited '],
  [words('candidats'), ' candidates '],
  [words('personas'), ' candidates '],
  // Cut-offs: "marcador CRS minimal", "lo marcador CRS mai bas (convidat)", "CRS minimal", "es de 507", "èra de 463 punts".
  [words('(?:(lo|un)\\s)?marcador(\\sCRS)?\\s(?:minimal|mai\\sbas)(?:\\sconvidat)?'), (_, a = '', c = '') => ` ${a.toLowerCase() === 'un' ? 'a' : 'the'} minimum${c ? ' CRS' : ''} score `],
  [words('CRS\\s(?:minimal|mai\\sbas)'), ' minimum CRS '],
  [words('(?:(lo|un)\\s)?marcador'), (_, a = '') => ` ${a.toLowerCase() === 'un' ? 'a' : 'the'} score `],
  [words(`(?:es|foguèt|es\\sestat)\\s(?:de\\s)?${COUNT}`), ' was $1 '],
  [words(`(?:èra|èran)\\sestat\\sde\\s${COUNT}`), ' had been $1 '],
  [words(`èra\\s(?:de\\s)?${COUNT}`), ' was $1 '],
  [words(`${COUNT}\\spunts`), ' $1 points '],
  [words('aviá\\sdemandat'), ' had required '],
  [words('demandava'), ' required '],
  // The tie-break's label.
  [words("la\\sdata\\se\\sl['’]ora\\sde\\sla\\sr[èe]gla\\sde\\sdesseparacion\\s(?:èran|èra|es)"), ' the tie-breaking rule was '],
  [words('r[èe]gla\\sde\\sdesseparacion'), ' tie-breaking rule '],
  // Programs.
  [words('(?:lo\\s)?Programa\\sdels\\scandidats\\sde\\slas\\sprov[íi]ncias'), ' Provincial Nominee Program '],
  [words("(?:la\\s)?Classa\\sde\\sl['’]experi[ée]ncia\\scanadiana"), ' Canadian Experience Class '],
  [words('(?:los\\s)?(?:trabalhadors|professions)\\sde\\sla\\ssantat'), ' healthcare workers '],
  [words('santat'), ' healthcare '],
  [words('m[èe]tges'), ' physicians '],
  [words('mesti[èe]rs'), ' trades '],
  [words('(?:los\\s)?dirigents'), ' senior managers '],
  [words('(?:las\\s)?professions\\sdel\\stransp[òo]rt|transp[òo]rt'), ' transport occupations '],
  [words("La\\sprov[íi]ncia\\sd['’]Ont[àa]rio"), ' The province of Ontario '],
  [words('La\\sprov[íi]ncia\\sde\\s(?:la\\s)?'), ' The province of '],
  [words('son\\spr[òo]pri'), ' its own '],
  [words(`Es\\spas\\sun\\s${DRAW}\\sfederal`), ' This is not a federal draw '],
  [words('(?:de\\s|per\\s)?totes\\slos\\sprogramas'), ' all programs '],
  [words('(?:lenga\\s)?franc[ée]s(?:a)?'), ' French '],
  [words('a\\s(?:fach|organizat|tengut)'), ' held '],
  [words('fach'), ' held '],
  [words('Canad[àa]'), ' Canada '],
  [words('Publicat'), ' Published '],
  [words('amb'), ' with '],
  [words('mai\\sque'), ' more than '],
  [words('un(?=\\s\\p{Ll})'), ' a '],
  [words('de(?=\\s\\d)'), ' of '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Occitan's words, some shared with Catalan or French ("del", "pels", "candidats", "minimal"): they count only beside two of its own. */
const OCCITAN_WORD = words(
  "tiratges?|convits?|convid[èe]t|u[èe]i|i[èe]r|d['’]i[èe]r|aviá|èra|èran|foguèt|sonque|fòrça|vaquí|aquel|aqueste|dim[èe]cres|dij[òo]us|julhet|junh|geni[èe]r|febri[èe]r|oct[òo]bre|decembre|desseparacion|marcador|jorns?|nov[èe]l|mesti[èe]rs|santat|immigracion|emigracion|invitacions?|experi[ée]ncia|resid[ée]ncia|Canad[àa]|qualques|nòstres|pòdon|demòra|mai\\sbas|lo|los|las|del|dels|pel|pels|es|e|candidats|minimal|franc[ée]sa?|lenga|fach|bilan[çc]|mand[èe]t",
);
/** The language's own words (as opposed to the short ones it shares with Catalan, Italian or Spanish). */
const OCCITAN_OWN = words('tiratges?|convits?|convid[èe]t|u[èe]i|i[èe]r|aviá|foguèt|sonque|fòrça|vaquí|desseparacion|mesti[èe]rs|santat|(?:imm|em)igracion|invitacions?');
/** Catalan's own words ("avui" today, "sorteig" draw, "puntuació" score): a Catalan page writing "tiratge" (a print run) or "convit" is not Occitan. */
const CATALAN_OWN = /(?<![\p{L}\d])(?:avui|sorteigs?|puntuació)(?![\p{L}\d])/iu;
const HINT = /iratge|onvit|onvidèt/;
/** A cheap first test: "(T)iratge" (draw), "(c)onvit…" (invitation) or "(c)onvidèt" (invited), which no other language writes in its news (three literals). */
export const OCCITAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Five different of the words, eight in all or a sixth of a short post's, two of them its own. */
export const isOccitan = (text: string): boolean => !CATALAN_OWN.test(text) && writtenWith(text, OCCITAN_WORD, 5) && new Set((text.match(OCCITAN_OWN) ?? []).map((w) => w.toLowerCase())).size >= 2;

/** An Occitan page glossed into English. */
export const glossOccitan = (text: string): string => glossInTurn(text, CASED_RULES);
