import { glossInTurn, keepAnyCase, monthNamer, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, writtenWith } from './gloss-rules.ts';

/**
 * Guarani (Avañe'ẽ) draw news glossed into the English the reader knows, in the shape of `gloss-quechua.ts` (docs/parser.md
 * "Guarani and Aymara"): its months ("10 jasypakõi 2025" → December 10, 2025, "jasyporundy" → September) and weekdays
 * ("arateĩ" → Monday), "ko árape", "ko'ágã" (today, now), "kuehe" (yesterday), "ko semana-pe" (this week), "ary ohasa" (last
 * year); numbers with a dot ("6.000" → 6,000); rounds ("ojapo peteĩ ronda pyahu" → held a new draw, "mokõi ronda" → two draws,
 * "ronda #395" → draw #395); counts ("ombou 6.000 invitación" → issued 6,000 invitations, "oñemondo 2.500 invitación" → 2,500
 * invitations were issued); cut-offs ("Puntaje CRS mínimo" → minimum CRS score); hedges ("haimete", "… rupi" → about, "…-gui
 * hetave" → more than, "… peve" → up to). The Spanish it mixes ("CRS mínimo", "1 de febrero 2024", "Regla de desempate") is left
 * to the reader's own rules. Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['jasyte[ĩi]', 'January'],
  ['jasyk[õo][ĩi]', 'February'],
  ['jasyapy', 'March'],
  ['jasyrundy', 'April'],
  ['jasypoteĩ|jasypotei', 'June'],
  ['jasypok[õo][ĩi]', 'July'],
  ['jasypoapy', 'August'],
  ['jasyporundy', 'September'],
  ['jasypate[ĩi]', 'November'],
  ['jasypak[õo][ĩi]', 'December'],
  ['jasypo', 'May'],
  ['jasypa', 'October'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  arateĩ: 'Monday',
  arakõi: 'Tuesday',
  araapy: 'Wednesday',
  ararundy: 'Thursday',
  arapo: 'Friday',
  arapoteĩ: 'Saturday',
  arapokõi: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const NUMBERS: Readonly<Record<string, string>> = { mokõi: 'two', mbohapy: 'three', irundy: 'four' };
/** A count as the reader writes it, after the dots were made commas. */
const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,.]\d)`;
const AGO = "(?:ko['’]?[aá](?:g̃|ğ|g)[aã])";
const INVITATION = '(?:invitaci[oó]n(?:kuéra)?|ITA)';

const RULES: readonly GlossRule[] = [
  // "6.000" → "6,000" (not a day "18.09.2025", nor a decimal "1.5").
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.])/g, '$1,$2'],
  // Days: "10 jasypakõi 2025", "Arateĩ 16 jasykõi", "jasypa (octubre 2025)".
  [
    words(String.raw`(?:(${WEEKDAYS}),?\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', w = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${w ? ` ${weekdayOf(w)},` : ''}${day}` : ` ${all} `;
    },
  ],
  [words(`${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(${WEEKDAYS})`), (w = '') => ` ${weekdayOf(w)} `],
  // "ko árape" (today), "ko'ágã" (now), "kuehe" (yesterday), "ko'ẽro" (tomorrow), "ko semana-pe" (this week), "ary ohasa" (last year).
  [words('ko\\s[aá]ra(?:pe)?|ko\\sára'), ' today '],
  [words(AGO), ' now '],
  [words('kuehe\\smboyve'), ' the day before yesterday '],
  [words('kuehe'), ' yesterday '],
  [words("ko['’]?ẽro"), ' tomorrow '],
  [words('ko\\ssemana(?:-?pe)?(?:\\sñepyrũme)?'), ' this week '],
  [words('semana\\sohas[aá]va(?:pe)?'), ' last week '],
  [words('ko\\sjas[yý](?:pe)?'), ' this month '],
  [words('jasy\\sohas[aá]va(?:pe)?'), ' last month '],
  [words('ko\\sary(?:pe)?'), ' this year '],
  [words('peteĩ\\sary\\sohasa'), ' one year ago '],
  [words('ary\\sohasa(?:va)?'), ' last year '],
  // Recaps and guides.
  [words('ñembohysýi|ñembohysyi'), ' monthly recap '],
  [words("mba['’]éichapa"), ' how '],
  // Hedged counts, no count to the reader: "haimete 3,000", "3,000 rupi" (about), "3,000-gui hetave" (more than), "5,000 peve" (up to).
  [words(`haimete\\s${COUNT}`), ' about $1 '],
  [words(`${COUNT}\\srupi`), ' about $1 '],
  [words(`${COUNT}(?:-|\\s)?gui\\shetave|hetave\\s${COUNT}(?:-|\\s)?gui`), (_, a = '', b = '') => ` more than ${a || b} `],
  [words(`${COUNT}(?:-|\\s)?peve`), ' up to $1 '],
  // Rounds: "mokõi ronda" (two draws), "ojapo peteĩ ronda pyahu" (held a new draw), "ronda-kuéra" (draws).
  [words(`(${Object.keys(NUMBERS).join('|')})\\sronda(?:-?kuéra)?`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('ojapo\\s(?:peteĩ\\s)?ronda\\spyahu'), ' held a new draw '],
  [words('ojapo\\s(?:peteĩ\\s)?ronda'), ' held a draw '],
  [words('ronda\\s?-?kuéra(?:pe)?'), ' draws '],
  [words('(?:Express\\sEntry)-pe'), ' Express Entry '],
  // Counts: "Ombou 6,000 invitación" (issued), "Oñemondo 2,500 invitación" (were issued).
  [words(`(?<!(?:about|than|to)\\s|[\\d,])(?:ombou|omondo)\\s${COUNT}\\s${INVITATION}`), ' issued $1 invitations '],
  [words(`(?<!(?:about|than|to)\\s|[\\d,])oñemondo\\s${COUNT}\\s${INVITATION}`), ' $1 invitations were issued '],
  [words(`(?<!(?:about|than|to)\\s|[\\d,])${COUNT}\\s${INVITATION}`), ' $1 invitations '],
  [words("umi\\soñe['’]ẽkuaávape\\sfrancés"), ' to French-speaking candidates '],
  [words('invitaci[oó]n(?:kuéra)?'), ' invitations '],
  // Cut-offs: "Puntaje CRS mínimo oñeikotevẽva: 520".
  [words('puntaje\\sCRS\\smínimo(?:\\soñeikotevẽva)?'), ' minimum CRS score '],
  [words('rupive'), ' through '],
  [words('rehegua'), ' '],
  [words('Kanadápe|Kanadápe'), ' in Canada '],
  [words('Kanadá'), ' Canada '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Guarani writes among the languages the reader glosses or reads (none of Spanish's, Portuguese's or Quechua's). */
const GUARANI_WORD = words(
  "ojapo|ombou|omondo|oñemondo|ohupyty|oguerekóva|ikatu|umi|ko['’]?[aá](?:g̃|ğ|g)[aã]|kuehe|peteĩ|mokõi|mbohapy|jas[yý]\\p{L}*|hína|ko['’]ápe|upéi|upévare|heta|ñamo\\p{L}*|opavave|árape|\\p{L}*ñe['’]ẽ\\p{L}*|peẽ|pende|pehecha|marandu|ronda-kuéra|rupive|rehegua|pyahu|michĩvéva|tuichavéva|guive|haimete|hetave|peve|Kanadápe|Guaraníme",
);
const HINT = /[\u0303ẽĩỹũğ]/;
/** A cheap first test, one letter class: a nasal vowel with a tilde Spanish and Portuguese never write ("ẽ", "ĩ", "ỹ", "ũ"), "ğ" or a combining tilde ("g̃"). */
export const GUARANI_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isGuarani = (text: string): boolean => writtenWith(text, GUARANI_WORD, 5);

/** A Guarani page glossed into English. */
export const glossGuarani = (text: string): string => glossInTurn(text, CASED_RULES);
