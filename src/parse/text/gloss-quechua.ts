import { glossInTurn, keepAnyCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, WORD_COUNT, writtenWith } from './gloss-rules.ts';
import { SPANISH_MONTHS, SPANISH_WEEKDAYS } from './spanish-calendar.ts';

/**
 * Quechua (Runasimi) draw news glossed into the English the reader knows, in the shape of `gloss-sesotho.ts` (docs/parser.md
 * "Quechua and Samoan"): the Spanish months and weekdays its pages borrow ("19 agosto 2026" → "August 19, 2026", "Lunes 17 agosto
 * p'unchawpi" → "On Monday, August 17", "Julio killapi" → "In July"), "kunan (p'unchaw)" (today), "qayna p'unchaw" (yesterday),
 * "qayna qayna p'unchaw" (the day before yesterday), "kay simanapi" (this week); rounds ("aqllay muyu" → draw, "#437 aqllay muyuta ruwarqan" → held draw #437, "290 ñiqin muyu" →
 * draw #290, "iskay aqllay muyu" → two draws); counts ("442 runakunata … invitarqan" → invited 442 candidates, "1,000 ITA qusqa
 * karqan" → were issued, "runakuna invitación chaskirqanku" → received invitations); cut-offs ("aswan pisi CRS puntaje" → minimum
 * CRS score, "pisi puntajeqa 760 karqan" → the minimum score was 760); hedges ("yaqa", "… hina" → about, "…-manta aswan" → more
 * than, "…-kama" → up to). Words the glossary does not know stay.
 */

const MONTHS = SPANISH_MONTHS;
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  ...SPANISH_WEEKDAYS,
  killachaw: 'Monday',
  atipachaw: 'Tuesday',
  quyllurchaw: 'Wednesday',
  illapachaw: 'Thursday',
  "ch'askachaw": 'Friday',
  "k'uychichaw": 'Saturday',
  intichaw: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase().replace('’', "'")] ?? '';
const NUMBERS: Readonly<Record<string, string>> = { iskay: 'two', kimsa: 'three', tawa: 'four', pichqa: 'five' };
const COUNT = WORD_COUNT;
/** "p'unchaw" (day), also "punchaw", "p’unchaw", with its endings ("p'unchawpi": on the day). */
const DAY = "(?:p['’]?unchaw)";
const DRAW = '(?:(?:aqllay\\s)?muyu)';
const INVITATION = '(?:invitaci[oó]n|ITA)';

const RULES: readonly GlossRule[] = [
  // Days: "Lunes 17 agosto p'unchawpi" (on Monday, August 17), "19 agosto 2026", "23 junio 2026 p'unchawpi", "1 de marzo de 2026".
  [
    words(String.raw`(?:(${WEEKDAYS}),?\s)?(\d{1,2})\s(?:de\s)?${MONTH}(?:,?\s(?:de\s)?${YEAR})?(\s${DAY}pi)?`),
    (all = '', w = '', d = '', m = '', y = '', on = '') => {
      const day = namedMonthDay(d, month(m), y);
      if (!day) return ` ${all} `;
      return `${on ? ' on' : ''}${w ? ` ${weekdayOf(w)},` : ''}${day}`;
    },
  ],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`${MONTH}\\skillapi`), (_, m = '') => ` in ${month(m)} `],
  [words(`${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(${WEEKDAYS})\\s${DAY}pi`), (_, w = '') => ` on ${weekdayOf(w)} `],
  [words(`(${WEEKDAYS})`), (w = '') => ` ${weekdayOf(w)} `],
  // "kunan (p'unchaw)" (today), "qayna (qayna) p'unchaw" (yesterday, the day before), "paqarin" (tomorrow), "kay simanapi" (this week),
  // "qayna simana" (last week); a round-up's "Kay simanapi Express Entry muyukuna:" (Express Entry draws this week).
  [words(`kunan\\s${DAY}(?:qa)?|kunan`), ' today '],
  [words(`qayna\\sqayna(?:\\s${DAY}(?:qa)?)?`), ' the day before yesterday '],
  [words(`qayna\\s${DAY}(?:qa)?`), ' yesterday '],
  [words('paqarin'), ' tomorrow '],
  [words('(?:kay|kunan)\\ssimanapi\\s(Express\\sEntry)\\smuyukuna'), ' $1 draws this week '],
  [words('kay\\ssimana(?:pi|qa)?|kunan\\ssimana(?:pi)?'), ' this week '],
  [words('qayna\\ssimana(?:pi|qa)?'), ' last week '],
  [words('kay\\skilla(?:pi)?'), ' this month '],
  [words('qayna\\skilla(?:pi)?'), ' last month '],
  [words('kay\\swata(?:pi)?'), ' this year '],
  [words('qayna\\swata(?:pi)?'), ' last year '],
  // Guides, recaps, forecasts.
  [words('yanapakuq\\sqillqa|yachachiq\\sqillqa'), ' Guide '],
  [words('kikinchaypaq|ejemplopaq'), ' for example '],
  [words('killa\\swillakuy'), ' Monthly recap '],
  [words('wata\\swillakuy'), ' Year in review '],
  [words('suyanchik|suyakun|suyakunchik'), ' expected '],
  [words('tukuypi'), ' in total '],
  // Hedged counts, no count to the reader: "yaqa 3,000", "3,000 hina" (about), "3,000-manta aswan" (more than), "5,000-kama" (up to).
  [words(`yaqa\\s${COUNT}`), ' about $1 '],
  [words(`${COUNT}\\shina`), ' about $1 '],
  [words(`${COUNT}(?:-|\\s)?manta\\saswan|aswan\\s${COUNT}(?:-|\\s)?manta`), (_, a = '', b = '') => ` more than ${a || b} `],
  [words(`${COUNT}(?:-|\\s)?kama(?:n|qa)?`), ' up to $1 '],
  // Rounds: "iskay aqllay muyu" (two draws), "#437 aqllay muyuta ruwarqan" (held draw #437), "290 ñiqin muyuta", "ñawpaq muyu".
  [words(`(${Object.keys(NUMBERS).join('|')})\\s${DRAW}(?:kuna)?`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [/#(\d{1,3})\s(?:aqllay\s)?muyuta\sruwarqan\b/g, ' held draw #$1 '],
  [words(`(\\d{1,3})\\sñiqin\\s${DRAW}ta\\sruwarqan`), ' held draw #$1 '],
  [words(`(\\d{1,3})\\sñiqin\\s${DRAW}`), ' draw #$1 '],
  [words(`ñawpaq\\s${DRAW}(?:pi)?`), ' the previous draw '],
  [words(`hamuq\\s${DRAW}`), ' the next draw '],
  [words(`(?:musuq\\s)?${DRAW}ta\\sruwarqan`), ' held a draw '],
  [words(`${DRAW}kuna(?:ta|qa)?`), ' draws '],
  [words(`${DRAW}pi`), ' in the draw '],
  [words(`(?:musuq\\s)?${DRAW}(?:ta|qa)?`), (all = '') => (/^musuq/i.test(all) ? ' new draw ' : ' draw ')],
  // Counts: "442 runakunata PNP … invitarqan" (invited 442 candidates), "3,600 invitaciónkunata qurqan" (issued 3,600 invitations),
  // not a hedged count ("3,000 hina" → "about 3,000" stays before its noun: no count);
  // "391 invitación qusqa karqan" (were issued), "1,980 runakuna invitación chaskirqanku", "6,000 runakuna invitasqa karqanku".
  [words(`(?<!(?:about|than|to)\\s|\\d[,.])${COUNT}\\srunakunata\\s([^.\\n]{0,80}?)\\s?(?:nisqamanta\\s)?invitarqa(?:n|nku)?`), ' invited $1 candidates $2 '],
  [words(`(?<!(?:about|than|to)\\s|\\d[,.])${COUNT}\\s${INVITATION}\\p{L}*\\s([^.\\n]{0,40}?)\\s?qurqa(?:n|nku)?`), ' issued $1 invitations $2 '],
  [words(`${COUNT}\\s${INVITATION}\\p{L}*\\squsqa\\skarqa(?:n|nku)?`), ' $1 invitations were issued '],
  [words(`${COUNT}\\srunakuna\\s${INVITATION}\\p{L}*\\schaskirqa(?:n|nku)?`), ' $1 candidates received invitations '],
  [words(`${COUNT}\\srunakuna\\sinvitasqa\\skarqa(?:n|nku)?`), ' $1 candidates were invited '],
  [words(`${COUNT}\\srunakuna(?:ta)?`), ' $1 candidates '],
  [words(`${COUNT}\\s${INVITATION}\\p{L}*`), ' $1 invitations '],
  [words('invitaci[oó]nkuna'), ' invitations '],
  [words('invitarqa(?:n|nku)?'), ' invited '],
  [words('invitasqa\\skarqa(?:n|nku)?'), ' were invited '],
  [words('qusqa\\skarqa(?:n|nku)?'), ' were issued '],
  [words('chaskirqa(?:n|nku)?'), ' received '],
  // Cut-offs: "Aswan pisi CRS puntaje: 382", "pisi puntajeqa 760 karqan", "aswan pisi CRS 169 puntaje", "516 puntajewan".
  [words(`(?:aswan\\s)?pisi\\s(?:(CRS)\\s)?puntajeqa\\s${COUNT}\\skarqa(?:n|nku)?`), (_, c = '', n = '') => ` the minimum ${c ? 'CRS ' : ''}score was ${n} `],
  [words(`(?:aswan\\s)?pisi\\sCRS\\s${COUNT}\\spuntaje(?:wan)?`), ' minimum CRS score $1 '],
  [words('(?:aswan\\s)?pisi\\s(?:(CRS)\\s)?puntaje(?:qa)?'), (_, c = '') => ` minimum ${c ? 'CRS ' : ''}score `],
  [words(`${COUNT}\\spuntajewan`), ' with $1 points '],
  [words(`${COUNT}\\spuntajepi\\skarqa(?:n|nku)?`), ' was $1 points '],
  [words(`${COUNT}\\spuntajeta\\smañakurqa(?:n|nku)?`), ' required $1 points '],
  [words('puntaje(?:ta|kuna|qa)?'), ' points '],
  // Programs.
  [words('franc[eé]s\\ssimi(?:ta)?\\s(?:allinta\\s)?rimaqkuna(?:lla)?paq'), ' for French-speaking candidates '],
  [words('hampi(?:q|kamayuq)kuna(?:lla)?paq'), ' for physicians '],
  [words('mana\\sprograma\\sakllaspa'), ' no specific program '],
  [words('franc[eé]s'), ' French '],
  [words('Kanadapi'), ' in Canada '],
  [words('Kanada'), ' Canada '],
  [words('nisqa'), ' '],
  [words('karqa(?:n|nku)?'), ' was '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Quechua writes among the languages the reader glosses or reads (not Spanish's, nor Aymara's "kimsa", "uru", "-naka"). */
const QUECHUA_WORD = words(
  "kunan|qayna|paqarin|p['’]?unchaw(?:pi|qa|man)?|muyu(?:ta|pi|qa|kuna|kunata|kunaqa)?|aqllay|karqa(?:n|nku)?|ruwarqa(?:n|nku)?|ruwan|qurqa(?:n|nku)?|qusqa|chaskirqa(?:n|nku)?|invitarqa(?:n|nku)?|invitasqa|runakuna(?:ta|qa|paq)?|pisi|aswan|simana(?:pi|qa)?|killa(?:pi)?|wata(?:pi)?|iskay|pichqa|chay|kay|hina|nisqa(?:paq|manta)?|willakuy(?:kuna)?|ñiqin|rimaqkuna(?:lla)?paq|puntaje(?:qa|ta|wan|pi)|invitaci[oó]n(?:kuna|kunata|ta)|Kanadapi|Runasimi|yachay|qillqa|tukuypi|ñawpaq|hamuq|musuq",
);
const HINT = /[Mm]uyu|karqa|unchaw|unakuna/;
/** A cheap first test: "muyu" (round), "karqa…" (was), "…unchaw" ("p'unchaw": day) or
 * "runakuna" (people), which a Quechua report writes and no other. */
export const QUECHUA_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isQuechua = (text: string): boolean => writtenWith(text, QUECHUA_WORD, 5);

/** A Quechua page glossed into English. */
export const glossQuechua = (text: string): string => glossInTurn(text, CASED_RULES);
