import { compiledNow } from './matches.ts';
import { glossDay, glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Italian draw news glossed into the English the reader knows, as `gloss-romanian.ts` does for Romanian (docs/parser.md "Polish
 * and Italian"): thousands with a point ("3.750" → "3,750"), day-first dates ("mercoledì 8 agosto" → "Wednesday, August 8",
 * "15/03/2026" → "March 15, 2026", "Lunedì 21/10" → "Monday, October 21"), counts with their noun ("500 inviti" → "500
 * invitations", "candidati" → "candidates"), cut-offs ("punteggio CRS minimo di 392", "soglia CRS 437" → "minimum CRS score"),
 * rounds ("round n. 426" → "draw #426"), the tie-break ("Regola di spareggio", "regola di parità"), programs and the words of a
 * draw report. Words the glossary does not know stay as they are: they are Italian, and no English pattern reads them.
 */

const MONTHS: MonthTable = [
  ['gen', 'January'],
  ['feb', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['mag', 'May'],
  ['giu', 'June'],
  ['lug', 'July'],
  ['ago', 'August'],
  ['set', 'September'],
  ['ott', 'October'],
  ['nov', 'November'],
  ['dic', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = '(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)';
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['lunedì|lunedi', 'Monday'],
  ['martedì|martedi', 'Tuesday'],
  ['mercoledì|mercoledi', 'Wednesday'],
  ['giovedì|giovedi', 'Thursday'],
  ['venerdì|venerdi', 'Friday'],
  ['sabato', 'Saturday'],
  ['domenica', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { due: 'two', tre: 'three', quattro: 'four', cinque: 'five' };
const NUMBER = '(due|tre|quattro|cinque)';

const RULES: readonly GlossRule[] = [
  // "3.750" is 3,750; "401.000" 401,000 ("7,5" keeps its decimals).
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?:\.(\d{3}))?(?![\d]|[.,]\d)/g, (_, a = '', b = '', c = '') => `${a},${b}${c ? `,${c}` : ''}`],
  // "09/08/2018": the day first.
  [/(?<![\d./-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d./-]\d)/g, (m: string, d = '', mo = '', y = '') => (Number(d) >= 1 && Number(d) <= 31 ? ` ${glossDay(y, mo, d) ?? m} ` : m)],
  // Days: "mercoledì 2 febbraio 2023", "Lunedì 21/10" (a list's day and month), "l'8 agosto", "il 31 gennaio 2015".
  ...WEEKDAYS.map(([it, en]): GlossRule => [
    words(String.raw`(?:${it})(?:,?\s(\d{1,2})(?:\s${MONTH}(?:\s${YEAR})?|\/(\d{1,2})(?![\/\d])))?`),
    (_, d = '', m = '', y = '', mo = '') => {
      const day = d ? (m ? `${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''}` : glossDay(undefined, mo, d)) : '';
      return day === null ? ` ${en} ${d}/${mo} ` : ` ${en}${day ? `, ${day}` : ''} `;
    },
  ]),
  [
    words(String.raw`(?:il|l['’]|dal|al|del|nel)\s?(\d{1,2})\s${MONTH}(?:\s${YEAR})?`),
    (all = '', d = '', m = '', y = '') => ` ${/^dal/i.test(all) ? 'since ' : /^al/i.test(all) ? 'to ' : 'on '}${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `,
  ],
  [words(String.raw`(\d{1,2})\s${MONTH}(?:\s${YEAR})?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [
    words(String.raw`(?:a|in|da|di|del|nel)\s${MONTH}(?:\s${YEAR})?`),
    (all = '', m = '', y = '') => ` ${/^da/i.test(all) ? 'since' : /^\p{Lu}/u.test(all) ? 'In' : 'in'} ${month(m)}${y ? ` ${y}` : ''} `,
  ],
  [words(String.raw`(?:alle|ore)(?=\s\d{1,2}:\d\d)`), ' at '],
  // A clock's zone: "ora italiana" (Italian time) is Central European time, summer or winter; "ora di Toronto" Eastern.
  [words("(?:ora|orario)\\s(?:italian[ao]|di\\sRoma|dell['’]Italia|in\\sItalia)"), ' Central European time '],
  [words("(?:ora|orario)\\s(?:di\\sToronto|di\\sOttawa|della\\scosta\\sest|dell['’]Est)"), ' Eastern time '],
  // "29 gennaio 2024 03:32:58 UTC": the day, then its time.
  [/(?<=\b(?:19|20)\d\d),?\s(?=\d{1,2}:\d\d:\d\d)/g, ' at '],
  // "l'altro ieri", "ieri l'altro" (the day before yesterday) before "ieri" (yesterday).
  [words("(?:l['’])?altro\\s?ieri|altroieri|ieri\\sl['’]altro"), ' the day before yesterday '],
  [words('ieri'), ' yesterday '],
  [words('oggi'), ' today '],
  [words('il\\sgiorno\\sprima|il\\sgiorno\\sprecedente'), ' the day before '],
  [words('il\\sgiorno\\sdopo'), ' the next day '],
  [words(`${NUMBER}\\sgiorni\\sfa`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} days ago `],
  [words('questa\\ssettimana'), ' this week '],
  [words('la\\ssettimana\\sscorsa|settimana\\sscorsa'), ' last week '],
  [words('il\\smese\\sscorso|mese\\sscorso'), ' last month '],
  // Rounds: "round n. 426", "round numero 240", "il round precedente", "tre sorteggi".
  [words(String.raw`(?:round|sorteggio|estrazione)(?:\sdi\sinviti)?\s(?:n\.|n°|numero|#)\s?(\d{1,3})`), ' draw #$1 '],
  [words(`${NUMBER}\\s(?:sorteggi|round|estrazioni)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words("(?:il|lo|l['’])\\s?(?:round|sorteggio|estrazione)\\sprecedente|(?:nei|i)\\sround\\sprecedenti"), ' the previous draw '],
  [words("(?:del|nel|al|dello|nello|allo|dell['’]|nell['’])\\s?(?:round|sorteggio|estrazione)\\sprecedente"), ' in the previous draw '],
  [words('in\\scui'), ' in which '],
  // "27 round di inviti": "round" is its own plural.
  [words(String.raw`(\d{1,3})\s(?:round|sorteggi)(\sdi\sinviti)?`), (all = '', n = '', of = '') => (n === '1' ? all : ` ${n} rounds${of ? ' of invitations' : ''} `)],
  [words('(?:round|sorteggio)\\sdi\\sinviti'), ' round of invitations '],
  [words('si\\stratta\\s(?:del|della|di)'), ' this is '],
  [words('in\\scifre'), ' in numbers '],
  [words(String.raw`dal\s((?:19|20)\d\d)`), ' since $1 '],
  [words('sorteggi|estrazioni'), ' draws '],
  [words('sorteggio|estrazione'), ' draw '],
  [words('precedente|precedenti'), ' previous '],
  // Invitations: "Sono stati inviati 500 inviti", "IRCC invitò 27.332 candidati", "aveva invitato".
  [words(`sono\\sstati\\s(?:inviati|emessi)\\s${WORD_COUNT}\\sinviti`), ' $1 invitations were issued '],
  [words('aveva\\s(?:invitato|assegnato|emesso)'), ' had invited '],
  [words('ha\\sinvitato|invitò|invita'), ' invited '],
  [words('(?:sono|erano)\\sstati\\sinvitati'), ' were invited '],
  [words('ha\\sinviato|inviato'), ' issued '],
  [words('(?:ha|hanno)\\s(?:tenuto|effettuato|organizzato|condotto)|tenne|teneva'), ' held '],
  [words('ha\\sappena\\sconcluso'), ' has just held '],
  [words('si\\sera\\ssvolto|si\\sè\\ssvolto'), ' was held '],
  [words('(?:ha|hai|hanno)\\sricevuto|ricevere'), ' received '],
  [words('inviti'), ' invitations '],
  [words("(?:l['’])?invito"), ' invitation '],
  [words('candidati'), ' candidates '],
  // Cut-offs: "punteggio CRS minimo di 392", "Punteggio minimo: 489 punti", "CRS minimo 791", "soglia CRS 437", "soglia a 440".
  [words('è\\sstat(?:o|a)(?:\\sdi)?|era(?:\\sdi)?'), ' was '],
  // A record, not the round's cut-off: "il punteggio minimo più basso dell'anno" (the lowest of the year), "il più alto".
  [words('(?:il\\s)?punteggio\\s(?:CRS\\s)?minimo\\spiù\\s(basso|alto)'), (_, w = '') => (/^b/i.test(w) ? ' the lowest cut-off ' : ' the highest cut-off ')],
  [words('(?:il\\s)?più\\s(basso|alto)(?:\\sdi)?'), (_, w = '') => (/^b/i.test(w) ? ' the lowest ' : ' the highest ')],
  [words("dell['’]anno"), ' of the year '],
  [words('del\\smese'), ' of the month '],
  // Hedged counts: "circa 5.000" (about), "oltre 500", "più di" (more than), "fino a" (up to), "quasi" (nearly).
  [words('circa'), ' about '],
  [words('oltre|più\\sdi'), ' more than '],
  [words('fino\\sa'), ' up to '],
  [words('quasi'), ' nearly '],
  [words('(?:il\\s)?punteggio\\s(?:CRS\\s)?minimo(?:\\sCRS)?|CRS\\sminimo|soglia(?:\\sCRS)?|(?:un|il)\\sminimo'), ' minimum CRS score '],
  [words('di(?=\\s\\d)|a(?=\\s\\d{3}(?![\\d,]))'), ' of '],
  [words('punti'), ' points '],
  [words('(?:data\\se\\sora\\sdella\\s|la\\s)?regola\\sdi\\s(?:spareggio|parità)'), ' tie-breaking rule '],
  [words('numero\\sdi\\sinviti'), ' number of invitations '],
  // A comparison: "in calo rispetto ai 517 del round precedente" (down from 517 in the previous round).
  [words('in\\scalo\\srispetto\\sa(?:i|l|lla|gli)?'), ' down from '],
  [words('in\\s(?:aumento|rialzo|crescita)\\srispetto\\sa(?:i|l|lla|gli)?'), ' up from '],
  [words('rispetto\\sa(?:i|l|lla|gli)?'), ' compared with '],
  [words('è\\sstata\\sfissata\\sal'), ' was '],
  [words('totale|in\\stotale'), ' in total '],
  // A recap, a forecast, a guide.
  [words('riepilogo'), ' summary '],
  [words('previsioni|previsione'), ' forecast '],
  [words('cosa\\saspettarsi'), ' what to expect '],
  [words('guida'), ' guide '],
  // Programs.
  [words('(?:una\\s)?nomina\\sprovinciale'), ' provincial nomination '],
  [words('(?:candidati\\s)?francofoni|(?:lingua\\s)?francese|categoria\\sfrancofona'), ' French-speaking '],
  [words('mestieri(?:\\sspecializzati)?'), ' trades '],
  [words('sanità|operatori\\ssanitari'), ' healthcare '],
  [words('agricoltura(?:\\se\\sagroalimentare)?'), ' agriculture and agri-food '],
  [words('dirigenti'), ' managers '],
  [words('tutti\\si\\sprogrammi'), ' all programs '],
  [words('dedicat(?:o|a)\\s(?:ai|agli|alle|al|alla)|riservat(?:o|a)\\s(?:ai|agli|alle|al|alla)|per\\si|per\\sle|per\\sgli'), ' for '],
  // Joining words the English patterns lean on.
  [words('con'), ' with '],
  [words('e'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Italian writes often (not "a", "e", "di", "la": English pages and names have them). */
const ITALIAN_WORD = words(
  'il|della|delle|degli|dei|del|nel|nella|sono|stato|stati|che|con|per|ha|alla|alle|agli|primo|giorni|gli|una|anche|più|è|inviti|invito|sorteggio|sorteggi|punteggio|punti|candidati|soglia|round\\sdi|ieri|oggi|domanda|minimo|regola|spareggio|parità|invitato|invitati|inviati|programma',
);
/** A cheap first test: a page with none of these is not Italian. */
export const ITALIAN_HINT = compiledNow(/\b(?:il|della|sono|gli|inviti|punteggio|sorteggio)\b/i);

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isItalian = (text: string): boolean => writtenWith(text, ITALIAN_WORD, 5);

/** An Italian page glossed into English. */
export const glossItalian = (text: string): string => glossInTurn(text, CASED_RULES);
