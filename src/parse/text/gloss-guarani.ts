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
  [words("mba['’]éichapa\\s(?:re|ña)mbohetave\\s(?:ne|ñande)\\sCRS"), ' How to raise your CRS '],
  [words("mba['’]éichapa"), ' how '],
  // Forecasts, a province's own round, a week without one, the previous round (session 66 audit).
  [words("araka['’]épa\\soikóta\\sronda\\soúva"), ' When will the next draw be held '],
  [words('ronda\\soúva'), ' the next draw '],
  [words("ñañeha['’]arõ|roha['’]arõ"), ' We expect '],
  [words('ojapo\\sijehegua\\sronda'), ' held its own draw '],
  [words("ndaha['’]éi\\sronda\\sfederal(?:\\sExpress\\sEntry(?:-pe)?)?"), ' This is not a federal Express Entry draw '],
  [words('ndaipóri\\sronda'), ' there was no draw '],
  [words("ronda\\sipahaitéva(?:\\sha['’]e)?"), ' the last draw was '],
  [words("ronda\\sohasava['’]?ekue(?:pe)?"), ' the previous draw '],
  [words('ronda\\s?-?kuéra\\sExpress\\sEntry-pe'), ' Express Entry draws '],
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
  [words('ojapo'), ' held '],
  [words('ombou|omondo'), ' issued '],
  [words('avei'), ' also '],
  [words("ha(?!['’])"), ' and '],
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
  "ojapo|ombou|omondo|oñemondo|ohupyty|oguerekóva|ikatu|umi|ko['’]?[aá](?:g̃|ğ|g)[aã]|kuehe|peteĩ|mokõi|mbohapy|jas[yý]\\p{L}*|hína|ko['’]ápe|upéi|upévare|heta|ñamo\\p{L}*|opavave|árape|\\p{L}*ñe['’]ẽ\\p{L}*|peẽ|pende|pehecha|marandu|ronda-kuéra|rupive|rehegua|pyahu|michĩvéva|tuichavéva|guive|haimete|hetave|peve|Kanadápe|Guaraníme|ko|ha['’]e|mba['’][eé]\\p{L}*|ndaha['’]éi|ndaipóri|avei|araka['’]épa|oikóta|oúva|\\p{L}*ha['’]arõ|ohasa\\p{L}*|ojehu\\p{L}*|ipahaitéva|opaite|upéva|ijehegua|oñe\\p{L}*|ombo\\p{L}*|mboyve|\\p{L}+-(?:pe|gui|kuéra)|ara(?:teĩ|kõi|apy|rundy|po|poteĩ|pokõi)",
);
const HINT = /[\u0303ẽĩỹũğ]/;
/** Its commonest words, for a page without a tilde letter ("ojapo mokõi ronda", "7 jasypoapy", "kuehe"; session 66 audit). */
const HINT_WORDS = /jasy|ojapo|ombou|kuehe|árape/i;
/**
 * A cheap first test: a nasal vowel with a tilde Spanish and Portuguese never write ("ẽ", "ĩ", "ỹ", "ũ"), "ğ" or a combining
 * tilde ("g̃"), one letter class; else five literals of its commonest words.
 */
export const GUARANI_HINT = { test: (text: string): boolean => HINT.test(text) || HINT_WORDS.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words, or three of its own. */
export const isGuarani = (text: string): boolean => writtenWith(text, GUARANI_WORD, 5) || ownWords(text) >= 3;
/** Its own verbs, days and months, which no other language writes: three different making up an eighth of a short post's words ("Kuehe IRCC ojapo …"). */
const OWN_WORD = words("ojapo|ombou|omondo|oñemondo|kuehe|árape|jasy\\p{L}+|ko['’]?[aá](?:g̃|ğ)[aã]");
/** How many different of its own words a page writes, if they make up an eighth of its words (not an English page quoting a few). */
const ownWords = (text: string): number => {
  const found = (text.match(OWN_WORD) ?? []).map((w) => w.toLowerCase());
  return found.length * 8 >= (text.match(/\p{L}+/gu) ?? []).length ? new Set(found).size : 0;
};

/** A Guarani page glossed into English. */
export const glossGuarani = (text: string): string => glossInTurn(text, CASED_RULES);
