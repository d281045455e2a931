import { wholeMonthNamer, glossInTurn, keepAnyCase, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Sardinian draw news glossed into the English the reader knows, in the shape of `gloss-occitan.ts` (docs/parser.md "Manx and
 * Sardinian"): dates with its months ("7 de martzu 2025" → "March 7, 2025", "13 de santandria 2021", "22 santugaine 2024"),
 * weekdays ("giòvia" → Thursday, "Lunis 16 de freàrgiu" → Monday, February 16), "oe" (today), "eris" (yesterday), "custa chida"
 * (this week); rounds ("Round n. 226" → draw #226, "su de duos" → the second, "su round prus reghente" → the latest draw); counts
 * ("4,500 invitos" → 4,500 invitations, "at invitadu 3,300 candidados" → invited 3,300 candidates); cut-offs ("puntègiu mìnimu CRS",
 * "CRS mìnimu" → minimum CRS score); the tie-break's label ("Règula de parighèntzia"); hedges ("a s'incirca", "belle" → about, "prus
 * de" → more than, "fintzas a" → up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['ghenn[àa]rgiu|bennàlzu', 'January'],
  ['fre[àa]rgiu|frea[jz]u', 'February'],
  ['martzu', 'March'],
  ['abrile|aprile', 'April'],
  ['maju|maiu', 'May'],
  ['l[àa]mpadas|làmpadas', 'June'],
  ['tr[ìi]ulas|argiolas', 'July'],
  ['austu|agustu', 'August'],
  ['cabudanni', 'September'],
  ['santugaine|lad[àa]mine', 'October'],
  ['santandria|donniasantu', 'November'],
  ['nadale|idas', 'December'],
];
const month = wholeMonthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  lunis: 'Monday',
  martis: 'Tuesday',
  mércuris: 'Wednesday',
  mèrcuris: 'Wednesday',
  mercuris: 'Wednesday',
  giòvia: 'Thursday',
  giovia: 'Thursday',
  chenàbura: 'Friday',
  chenabura: 'Friday',
  sàbadu: 'Saturday',
  sabadu: 'Saturday',
  domìnigu: 'Sunday',
  dominigu: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { duos: 'two', duas: 'two', tres: 'three', bator: 'four', chimbe: 'five' };

const RULES: readonly GlossRule[] = [
  // Days: "7 de martzu 2025", "(giòvia 6 de martzu)", "su 19 de freàrgiu", "22 santugaine 2024", "Lunis 16 de freàrgiu".
  [
    words(`(?:(${WEEKDAYS}),?\\s)?(?:(su)\\s)?(\\d{1,2})(?:\\sde)?\\s${MONTH}(?:(?:\\sde|,)?\\s${YEAR})?`),
    (all = '', w = '', su = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? ` ${w ? `${weekdayOf(w)}, ` : su ? 'on ' : ''}${day}` : ` ${all} `;
    },
  ],
  [words(`(?:de\\s)?${MONTH}(?:\\sde)?\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(`(${WEEKDAYS})`), (_, w = '') => ` ${weekdayOf(w)} `],
  // "oe" (today), "eris" (yesterday), "antereris" (the day before yesterday), "cras" (tomorrow), "custa chida" (this week).
  [words('(?:Round|sorteu)\\s(\\p{Lu}{2,4}\\s)?de\\s(?:oe|oje)'), (_, p = '') => ` today's ${p}draw `],
  [words('oe|oje|oi'), ' today '],
  [words('antereris|antieris|antiseris'), ' the day before yesterday '],
  [words('a(?:b)?eris|eris'), ' yesterday '],
  [words('cras'), ' tomorrow '],
  [words('custa\\schida'), ' this week '],
  [words('sa\\schida\\spassada'), ' last week '],
  // Guides, recaps, forecasts.
  [words('(?:in\\s)?pagas\\srigas|Bilantzu'), ' recap '],
  [words('ghia'), ' Guide '],
  [words('previsione|previsiones'), ' forecast '],
  [words('(?:su\\s)?round\\s(?:imbeniente|chi\\sbenit)'), ' the next draw '],
  [words('(?:No|Non)\\sest\\s(?:unu\\s)?round\\sfederale'), ' This is not a federal draw '],
  [words('(?:at|ant)\\simbiadu'), ' sent '],
  [words('non\\ssi\\sischit\\sgalu\\snudda'), ' nothing is known yet '],
  [words("(?:non|no)\\sb['’]at\\s(?:[àa]pidu|istadu)\\s(?:perunu|nissunu)\\s(?:round|sorteu)"), ' there was no draw '],
  [words(`S['’]annu\\s${YEAR}`), ' $1 in review '],
  [words('est\\sistad[ua]|fiat'), ' was '],
  // Counts grouped by dots ("1.450" → 1,450), before the hedges read them ("a s'incirca 4.000", "fintzas a 5.000").
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])/g, '$1,$2'],
  // Hedged counts, no count to the reader.
  [words(`(?:a\\ss['’]incirca|incirca|belle)\\s${COUNT}`), ' about $1 '],
  [words(`(?:prus\\sde|prus\\sde\\sunu|subra\\sde)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:fintzas\\sa|finas\\sa|fintzas\\sa\\s)\\s?${COUNT}`), ' up to $1 '],
  // Rounds: "Round n. 226", "(n. 63)", "duos round", "su de duos", "su round federale prus reghente".
  [words('(?:su\\s)?(?:round|sorteu)\\s(?:n\\.|nùmeru)\\s?(\\d{1,3})'), ' draw #$1 '],
  [words('su\\s(primu|de\\sduos)\\s\\(n\\.\\s?(\\d{1,3})\\)'), (_, o = '', n = '') => ` the ${o.toLowerCase() === 'primu' ? 'first' : 'second'} (draw #${n}) `],
  [words(`(${Object.keys(NUMBERS).join('|')})\\s(?:round|sorteos)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('(?:su\\s)?round(\\s\\p{Lu}{2,4})?\\s(?:pret[zs]edente|antepostu|de\\sprima)'), (_, p = '') => ` the previous${p} draw `],
  [words('(?:su\\s)?round(\\sfederale)?\\sprus\\sreghente'), ' the latest federal draw '],
  [words('(?:unu\\s)?round\\snoa'), ' new draw '],
  [words('(?:[àa]teru)\\sround'), ' another draw '],
  [words('sorteu'), ' draw '],
  // Counts: "4,500 invitos", "at invitadu 746 pessones", "sunt istados invitados 27,332 candidados".
  [words(`${COUNT}\\sinvitos`), ' $1 invitations '],
  [words('invitos'), ' invitations '],
  [words('invitu'), ' invitation '],
  [words(`(?:at|ant)\\sinvitadu\\s${COUNT}\\s(?:candidados|pessones)`), ' invited $1 candidates '],
  [words(`sunt\\sistados\\sinvitados\\s${COUNT}\\scandidados`), ' $1 candidates were invited '],
  [words('(?:at|ant)\\sinvitadu'), ' invited '],
  [words('candidados'), ' candidates '],
  [words('(?:at|ant)\\s(?:fatu|fatu\\sunu)'), ' held '],
  // Cut-offs: "puntègiu mìnimu CRS de 410", "CRS mìnimu 789", "a 428 puntos".
  [words('(?:(su|unu|cun\\sunu)\\s)?punt[èe]giu\\sm[ìi]nimu(\\sCRS)?(?:\\sde)?'), (_, a = '', c = '') => ` ${a.toLowerCase().endsWith('unu') ? 'a' : 'the'} minimum${c ? ' CRS' : ''} score `],
  [words('CRS\\sm[ìi]nimu'), ' minimum CRS '],
  [words('punt[èe]giu'), ' score '],
  [words(`${COUNT}\\spuntos`), ' $1 points '],
  [words('ebbia|petzi'), ' only '],
  // The tie-break's label.
  [words('R[èe]gula\\sde\\sparigh[èe]ntzia'), ' Tie-breaking rule '],
  [words('a\\ssas'), ' at '],
  // Programs.
  [words('nòmina\\sprovintziale'), ' provincial nomination '],
  [words('(?:sos\\s)?mestieres'), ' trades '],
  [words('(?:de\\s)?totu\\ssos\\sprogrammas'), ' all programs '],
  [words('(?:chi\\sfaeddat\\s)?frantzesu|frantzesos'), ' French '],
  [words('programma\\sprovintziale'), ' provincial program '],
  [words('guvernu\\scanadesu'), ' IRCC '],
  [words('Canad[àa]'), ' Canada '],
  [words('cun'), ' with '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Sardinian's words, some shared with Italian or Spanish ("su", "de", "pro", "round"): they count only beside two of its own. */
const SARDINIAN_WORD = words(
  "invitos|invitadu|invitados|candidados|punt[èe]giu|m[ìi]nimu|oe|oje|eris|chida|custa|su|sos|sas|s['’]|at|ant|fiant|est|sunt|istadu|istados|pro|cun|chi|unu|duos|prus|fatu|ebbia|petzi|martzu|fre[àa]rgiu|austu|maju|santugaine|santandria|cabudanni|nadale|lunis|martis|gi[òo]via|chen[àa]bura|parigh[èe]ntzia|frantzesu|Canad[àa]",
);
/** The language's own words (as opposed to the short ones it shares with Italian, Spanish or Catalan). */
const SARDINIAN_OWN = words(
  'invitos|invitadu|candidados|punt[èe]giu|m[ìi]nimu|oe|eris|chida|sos|fiant|sunt|ebbia|petzi|martzu|fre[àa]rgiu|austu|santugaine|santandria|cabudanni|gi[òo]via|chen[àa]bura|frantzesu',
);
/** A cheap first test: "(i)nvitos" (invitations) or "(p)untègiu" (score), which none of its neighbours writes (two string searches). */
export const SARDINIAN_HINT = { test: (text: string): boolean => text.includes('nvitos') || text.includes('untègiu') };

/** A short channel post: a figure, sixteen words at most and none of the English a note quoting its words writes ("Round CEC de oe: 1.000 invitos, puntègiu mìnimu 523"). */
const isShortPost = (text: string): boolean => /\d/.test(text) && !/\b(?:invitations?|draws?|score|minimum|ITAs?)\b/i.test(text) && (text.match(/\p{L}+/gu) ?? []).length <= 16;

/** Five different of the words (three in a short post), eight in all or a sixth of a short post's, three of them its own. */
export const isSardinian = (text: string): boolean => writtenWith(text, SARDINIAN_WORD, isShortPost(text) ? 3 : 5) && new Set((text.match(SARDINIAN_OWN) ?? []).map((w) => w.toLowerCase())).size >= 3;

/** A Sardinian page glossed into English. */
export const glossSardinian = (text: string): string => glossInTurn(text, CASED_RULES);
