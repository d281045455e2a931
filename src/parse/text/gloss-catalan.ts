import { glossInTurn, keepAnyCase, monthNamer, monthOrNone, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Catalan draw news glossed into the English the reader knows, in the shape of `gloss-finnish.ts` (docs/parser.md "Estonian and
 * Catalan"): dates ("14 d'abril de 2026", "26 de juny", "17/02/2021", a day and month "9/10" after a weekday), weekdays
 * ("Dilluns 13 d'abril" → On Monday, April 13), "avui", "ahir", "aquesta setmana", a clock ("a les 12:14:09"), counts grouped by
 * points ("2.000" → "2,000") with "invitacions" and "candidats", "va convidar", "es van emetre", cut-offs ("puntuació mínima",
 * "CRS mínim", "un tall de"), rounds ("ronda número 422" → draw #422, "ronda d'invitacions"), the tie-break ("Regla de
 * desempat"), programs and the words of a draw report. Spanish, French and Portuguese pages never reach it: it needs Catalan's
 * own words ("avui", "ahir", "amb", "invitacions", "l·l").
 */

const MONTHS: MonthTable = [
  ['gener', 'January'],
  ['febrer', 'February'],
  ['març', 'March'],
  ['abril', 'April'],
  ['maig', 'May'],
  ['juny', 'June'],
  ['juliol', 'July'],
  ['agost', 'August'],
  ['setembre', 'September'],
  ['octubre', 'October'],
  ['novembre', 'November'],
  ['desembre', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = "(?:de\\s|d['’])(gener|febrer|març|abril|maig|juny|juliol|agost|setembre|octubre|novembre|desembre)";
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY = '(dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge)';
const WEEKDAYS: Readonly<Record<string, string>> = {
  dilluns: 'Monday',
  dimarts: 'Tuesday',
  dimecres: 'Wednesday',
  dijous: 'Thursday',
  divendres: 'Friday',
  dissabte: 'Saturday',
  diumenge: 'Sunday',
};
const weekdayOf = (w: string): string => WEEKDAYS[w.toLowerCase()] ?? '';
const NUMBERS: Readonly<Record<string, string>> = { dues: 'two', dos: 'two', tres: 'three', quatre: 'four', cinc: 'five' };

/** "February 17, 2021" for a numeric day and month; "" when they are no day and month. */
const dayOf = (d: string, m: string, y: string): string => {
  const [n, mn] = [Number(d), monthOrNone(m)];
  return n >= 1 && n <= 31 && mn ? `${mn} ${String(n)}${y ? `, ${y}` : ''}` : '';
};

const RULES: readonly GlossRule[] = [
  // Counts: "2.000", "3.923" (a point groups the thousands).
  [/(?<![\d,.])(\d{1,3})\.(\d{3})(?![\d,.]?\d)/g, '$1,$2'],
  // A clock: "a les 12:14:09 UTC".
  [words(String.raw`a\sles\s(\d{1,2}:\d\d(?::\d\d)?)`), ' at $1 '],
  // Days: "17/02/2021", "13/04/2017"; "Dimecres 9/10" (a weekday, its day and month).
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, (all = '', d = '', m = '', y = '') => (dayOf(d, m, y) ? ` ${dayOf(d, m, y)} ` : all)],
  [words(String.raw`${WEEKDAY}\s(\d{1,2})\/(\d{1,2})(?![\d/])`), (all = '', w = '', d = '', m = '') => (dayOf(d, m, '') ? ` on ${weekdayOf(w)}, ${dayOf(d, m, '')} ` : all)],
  // "Dilluns 13 d'abril", "14 d'abril de 2026", "l'1 de gener de 2025", "el 31 de gener".
  [
    words(String.raw`(?:${WEEKDAY}\s)?(?:l['’]|el\s)?(\d{1,2})\s${MONTH}(?:\s(?:de\s)?${YEAR})?`),
    (all = '', w = '', d = '', m = '', y = '') => {
      if (Number(d) < 1 || Number(d) > 31) return all;
      const day = `${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''}`;
      return w ? ` on ${weekdayOf(w)}, ${day} ` : ` ${day} `;
    },
  ],
  // "febrer de 2024": a month of a year.
  [words(String.raw`(gener|febrer|març|abril|maig|juny|juliol|agost|setembre|octubre|novembre|desembre)\sde\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  // "Abans d'ahir" (so written since 2016; "abans-d'ahir" before): the day before yesterday, read before its "ahir".
  [words(`abans[-\\s]d['’]ahir(?:,?\\s${WEEKDAY})?`), ' the day before yesterday '],
  // "Avui dimarts", "Ahir dijous": today, yesterday (the weekday goes).
  [words(`avui(?:\\s${WEEKDAY})?`), ' today '],
  [words(`ahir(?:\\s${WEEKDAY})?`), ' yesterday '],
  [words('demà'), ' tomorrow '],
  [words(WEEKDAY), (_, w = '') => ` on ${weekdayOf(w)} `],
  [words("(?:d['’])?aquesta\\ssetmana"), ' this week '],
  [words('la\\ssetmana\\spassada'), ' last week '],
  [words('el\\smes\\spassat'), ' last month '],
  // A recap, a guide, a forecast.
  [words('resum\\s(?:setmanal|de\\sla\\ssetmana)'), ' Weekly summary '],
  [words('resum\\smensual|balanç\\sdel\\smes'), ' monthly recap '],
  // "Balanç del 2025", "Resum de l'any 2025": a year's recap; "l'any passat": last year.
  [words(String.raw`(?:balanç|resum)\s(?:del\s|de\sl['’]any\s)${YEAR}`), ' $1 in review '],
  [words("l['’]any\\spassat"), ' last year '],
  [words('guia'), ' guide '],
  [words('previsió|previsions|pronòstic'), ' forecast '],
  [words("esperem|s['’]espera|s['’]esperen"), ' expected '],
  [words('per\\sexemple'), ' for example '],
  // Rounds: "la ronda número 422", "dues rondes d'invitacions", "ronda d'invitacions".
  [words(String.raw`(?:la\s)?ronda\s(?:número|núm\.|n\.º)\s?(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`(dues|dos|tres|quatre|cinc)\s(?:rondes|sorteigs)(?:\sd['’]invitacions)?`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words("(?:rondes|sorteigs)(?:\\sd['’]invitacions)?"), ' draws '],
  [words("(?:ronda|sorteig)(?:\\sd['’]invitacions)?"), ' draw '],
  [words('anterior|anteriors'), ' previous '],
  [words('pròxima|propera|següent'), ' next '],
  [words('última|darrera'), ' latest '],
  // Programs.
  [words('Programa\\sde\\sNominats\\sProvincials'), ' Provincial Nominee Program '],
  [words('nominats\\sprovincials|nominats'), ' provincial nominees '],
  [words('francòfons'), ' French-speaking candidates '],
  [words('de\\sfrancès|francès'), ' French-language proficiency '],
  [words('sanitat|professionals\\sde\\sla\\ssalut'), ' healthcare '],
  [words('serveis\\ssocials'), ' social services '],
  [words('oficis'), ' trades '],
  [words('agricultura'), ' agriculture '],
  [words('tots\\sels\\sprogrames'), ' all programs '],
  // Invitations: "va convidar 324 candidats", "ha enviat 2.000 invitacions", "es van emetre 3.923 invitacions".
  [words('(?:va|ha)\\sconvidar|ha\\sconvidat|van\\sconvidar|convida'), ' invited '],
  [words('(?:va|ha)\\senviar|ha\\senviat'), ' sent '],
  [words('es\\svan\\semetre|es\\shan\\semès'), ' were issued '],
  [words('(?:va|ha)\\semetre|ha\\semès'), ' issued '],
  [words('(?:va|ha)\\scelebrar|ha\\scelebrat|va\\sfer|ha\\sfet'), ' held '],
  [words('va\\shaver-hi|hi\\sva\\shaver'), ' there was '],
  [words(`${WORD_COUNT}\\sinvitacions`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\s(?:candidats|persones)`), ' $1 candidates '],
  [words('invitacions'), ' invitations '],
  [words('invitació'), ' invitation '],
  [words('va\\sser'), ' was '],
  [words('candidats'), ' candidates '],
  // "va baixar de 515 a 514 punts": fell to 514 points, from 515 (the English reader takes the later number so).
  [
    words(String.raw`(baixa|va\sbaixar|cau|va\scaure|puja|va\spujar)\sde\s(\d{3})(?:\spunts)?\sa\s(\d{3})(?:\spunts)?`),
    (_, verb = '', from = '', to = '') => ` ${/baix|ca/i.test(verb) ? 'fell' : 'rose'} to ${to} points, from ${from} `,
  ],
  // Cut-offs: "puntuació CRS mínima de 786", "la puntuació mínima ha estat de 515", "CRS mínim 742", "un tall de 539 punts".
  [words('(?:una\\s)?puntuació\\s(?:CRS\\s)?mínima(?:\\sha\\sestat|\\sva\\sser|\\sva\\sbaixar\\sfins\\sa|\\sés)?(?:\\sde)?'), ' minimum CRS score '],
  [words('(?:un\\s)?CRS\\smínim(?:\\sde)?'), ' minimum CRS score '],
  [words('(?:un\\s)?tall\\sde(?=\\s\\d)'), ' cut-off '],
  [words('(?:un\\s)?CRS\\sde(?=\\s\\d)'), ' CRS '],
  [words('(?:un\\s)?mínim\\sde(?=\\s\\d)'), ' minimum score '],
  [words('punts'), ' points '],
  [words('regla\\sde\\sdesempat|data\\si\\shora\\sde\\sdesempat|desempat(?=\\s?:)'), ' tie-breaking rule '],
  // "per sota dels 420 de la ronda anterior": below the 420 of the previous draw.
  [words('per\\ssota\\sd(?:e|els?)(?=\\s\\d)'), ' below the '],
  [words('per\\ssobre\\sd(?:e|els?)(?=\\s\\d)'), ' above the '],
  [words('més\\sde(?=\\s\\d)'), ' more than '],
  [words('uns|unes|prop\\sde(?=\\s\\d)'), ' about '],
  [words('(?:baixa|va\\sbaixar|cau|va\\scaure)\\sfins\\sa(?=\\s\\d)'), ' fell to '],
  [words('(?:puja|va\\spujar)\\sfins\\sa(?=\\s\\d)'), ' rose to '],
  [words('fins\\sa(?=\\s\\d)'), ' up to '],
  [words('publicat'), ' Published '],
  [words('actualitzat'), ' Updated '],
  [words('en\\stotal'), ' in total '],
  [words('només'), ' only '],
  [words('(?:el\\s|al\\s)?Canadà'), ' Canada '],
  [words('amb'), ' with '],
  [words('i'), ' and '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Catalan writes (Spanish writes "hoy", "ayer", "con", "invitaciones", "puntuación"; French "avec"; Portuguese "com"). */
const CATALAN_WORD = words(
  "avui|ahir|amb|els|dels|als|aquesta|aquest|setmana|invitacions|convidats?|convidar|puntuació|punts|rondes|sorteig|sorteigs|només|però|també|més|va|van|ha|dilluns|dimarts|dimecres|dijous|divendres|Canadà|d['’]abril|candidats|mínima|desempat",
);
/**
 * A cheap first test: a Catalan page writes "à" ("Canadà", "Britànica"), "è" ("francès"), "ò" ("però"), "ó" ("puntuació") or "·" ("sol·licitar"); an English
 * page has none of them and goes back at once (French, Spanish, Italian and Portuguese pages write some of them and reach the word test).
 */
export const CATALAN_HINT = /[àèòóÀ·]/;
/** Then one of Catalan's own words, before the words are counted. */
const CATALAN_OWN = /\b(?:avui|ahir|amb|invitacions|convidats?|rondes)\b|puntuació(?!n)|l·l/i;

/** One of its own words, then eight of the words, six of them different, or (a short post) six making up a sixth of its words. */
export const isCatalan = (text: string): boolean => CATALAN_OWN.test(text) && writtenWith(text, CATALAN_WORD, 6);

/** A Catalan page glossed into English. */
export const glossCatalan = (text: string): string => glossInTurn(text, CASED_RULES);
