import { glossInTurn, keepAnyCase, monthNamer, namedMonthDay, words, type GlossRule, type MonthTable, shortPost, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Bislama draw news glossed into the English the reader knows, in the shape of `gloss-tok-pisin.ts` (docs/parser.md "Tok Pisin and
 * Bislama"): day-first dates with its months ("10 Julae 2019" → "July 10, 2019", "2 Maj" → March 2, "7 Jenuware 2026"), weekdays
 * ("Wenesdei", "Tiusdei", "Fraede"), "tede" (today), "yestedei" (yesterday), "wik ia" (this week); rounds ("raon namba 121" → draw
 * #121, "fo draw" → four draws, "niu raon" → a new draw, "Las … draw" → the previous draw); counts ("i singaotem 3,600 man" →
 * invited 3,600 candidates, "i sanem 3,600 invitesen" → issued 3,600 invitations, "oli kasem invitesen" → received invitations);
 * cut-offs ("Skoa CRS we i smol moa i 460" → the minimum CRS score was 460, "Smol skoa CRS: 482"); the tie-break ("Tae-brek rul");
 * programs ("Franis lanwis" → French-language, "edukesen", "helt"); hedges ("klosap", "samting olsem" → about, "bitim", "moa long"
 * → more than, "go kasem" → up to: no count). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['jan|jen', 'January'],
  ['feb', 'February'],
  ['maj', 'March'],
  ['epril|apri', 'April'],
  ['mei', 'May'],
  ['jun', 'June'],
  ['julae|julai', 'July'],
  ['ogis|ogas', 'August'],
  ['sept', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['dis', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** "Mei", "Maj" and "Jun" only beside a day's number or a year. */
const MONTH = '(Janewari|Jenuware|Januari|Febwari|Febuari|Maj|Epril|April|Mei|Jun|Julae|Julai|Ogis|Ogas|Septemba|Oktoba|Novemba|Disemba)';
const LONG_MONTH = '(Janewari|Jenuware|Febwari|Febuari|Epril|Julae|Ogis|Septemba|Oktoba|Novemba|Disemba)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS: MonthTable = [
  ['mande', 'Monday'],
  ['tiusdei|tusdei', 'Tuesday'],
  ['wenesdei', 'Wednesday'],
  ['tosdei', 'Thursday'],
  ['fraede', 'Friday'],
  ['sarede|satadei', 'Saturday'],
  ['sandei', 'Sunday'],
];
const weekday = monthNamer(WEEKDAYS, 'i');
const WEEKDAY = '(Mande|Tiusdei|Tusdei|Wenesdei|Tosdei|Fraedei|Fraede|Sarede|Satadei|Sandei)';
const NUMBERS: Readonly<Record<string, string>> = { tu: 'two', tufala: 'two', tri: 'three', trifala: 'three', fo: 'four', faef: 'five' };
const COUNT = WORD_COUNT;
const PEOPLE = '(?:man|kandidet|pipol)';
const SCORE = '(?:skoa\\sCRS|CRS\\sskoa|CRS|skoa)';

const RULES: readonly GlossRule[] = [
  // Hedged counts, no count to the reader: "klosap 3,000", "samting olsem 3,000" (about), "bitim 3,000", "moa long 3,000" (more than), "go kasem 3,000" (up to).
  [words(`(?:klosap|samting\\solsem|olsem)\\s${COUNT}(?=\\s\\p{L})`), ' about $1 '],
  [words(`(?:bitim|moa\\slong)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:i\\s)?go\\skasem\\s${COUNT}`), ' up to $1 '],
  // Days: "10 Julae 2019", "Fraede 6 Maj 2026", "long 7 Jenuware 2026" (on January 7, 2026).
  [
    words(`(?:(long)\\s)?(\\d{1,2})\\s${MONTH}(?:,?\\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : ` ${all} `),
  ],
  [words(`(?:long\\s)?${LONG_MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(`(long\\s)?${WEEKDAY}`), (_, on = '', w = '') => ` ${on ? 'on ' : ''}${weekday(w)} `],
  // "tede" (today), "yestedei" (yesterday), "tumoro", "wik ia" (this week), "las wik".
  [words('(?:long\\s)?tede'), ' today '],
  [words('yestedei'), ' yesterday '],
  [words('tumoro'), ' tomorrow '],
  [words('(?:tu|tufala)\\sdei\\si\\s(?:pas|go\\sfinis)'), ' the day before yesterday '],
  [words('(?:long\\s)?wik\\s(?:ia|ya)'), ' this week '],
  [words('(?:long\\s)?las\\swik'), ' last week '],
  [words('(?:long\\s)?manis\\s(?:ia|ya)'), ' this month '],
  // Guides, recaps, forecasts, others' rounds.
  [words('ripot\\sblong\\smanis'), ' Monthly recap '],
  [words(`ripot\\sblong\\s${YEAR}`), ' Year in review $1 '],
  [words('wanem\\snao\\si\\s(?:save|bambae)\\shapen'), ' Forecast: what will happen '],
  [words('eksampol'), ' for example '],
  [words('gaed'), ' Guide '],
  // Questions and forecasts: "Olsem wanem blong kasem invitesen?" (how to receive), "Wetaem nao … bambae" (when will), "nekis raon", "Afta long" (after).
  [words('olsem\\swanem\\sblong\\skasem'), ' how to receive '],
  [words('olsem\\swanem'), ' how '],
  [words('(?:wetaem|wanem\\staem)(?:\\snao)?(?=\\s)'), ' when '],
  [words('(?:bambae|bae)(?:\\si)?'), ' will '],
  [words('nekis\\s(?:draw|raon)'), ' next draw '],
  [words('nekis\\swik'), ' next week '],
  [words('afta\\slong'), ' after '],
  [words('Ostrelia'), ' Australia '],
  [words('Niu\\sSilan'), ' New Zealand '],
  [words('hemia\\si\\sno\\s(?:wan\\s)?Express\\sEntry\\sdraw(?:\\sblong\\sIRCC)?'), ' This is not a federal draw '],
  [words('provins(?:\\sblong)?\\s(\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?)'), ' the province of $1 held a provincial draw: '],
  [words('provins'), ' province '],
  // The tie-break: "Tae-brek rul".
  [words('tae-?brek(?:\\srul)?'), ' tie-breaking rule '],
  // A round-up's table head: "| Dei | Raon | Program | Invitesen | CRS |".
  [/(?<=\|\s*)Dei(?=\s*\|)/g, 'Date'],
  [/(?<=\|\s*)Raon(?=\s*\|)/g, 'Draw'],
  // Rounds: "raon namba 121", "draw #231", "fo draw", "niu raon", "nara raon", "Raon ia", "Las … draw".
  [words('(?:draw|raon)\\snamba\\s(\\d{1,3})(?!\\d|,\\d)'), ' draw #$1 '],
  [words('namba\\s(\\d{1,3})(?!\\d|,\\d)'), ' #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\s(?:draw|raon)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`(${Object.keys(NUMBERS).join('|')})\\sdei`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} days `],
  [words('las\\s(Express\\sEntry\\s)?(?:draw|raon)\\si\\sbin'), ' the previous $1draw was '],
  [words('las\\s(?:draw|raon)'), ' the previous draw '],
  [words('(?:niu|nyu)\\s(?:draw|raon)'), ' new draw '],
  [words('(?:wan\\s)?(?:nara|narafala)\\s(?:draw|raon)'), ' another draw '],
  [words('(?:draw|raon)\\s(?:ia|ya)'), ' this draw '],
  [words('raon'), ' round '],
  // Counts: "i singaotem 3,600 man", "i sanem 3,600 invitesen", "773 man oli kasem invitesen", "2,500 invitesen".
  [words(`i\\ssingaotem\\s${COUNT}`), ' invited $1 '],
  [words(`i\\s(?:sanem|sendem)\\s${COUNT}`), ' issued $1 '],
  [words(`${COUNT}\\s(invitesen|ITA)`), ' $1 invitations '],
  [words('invitesen'), ' invitations '],
  // A count of people in a round's row or brackets, no verb before it ("(442 man, …", ": 1,000 man,"): the invitations.
  [new RegExp(`(?<=[(:,]\\s?)${COUNT}\\s${PEOPLE}(?![\\p{L}\\d])`, 'giu'), '$1 invitations'],
  [words(`${COUNT}\\s(CEC\\s|PNP\\s)?${PEOPLE}`), ' $1 $2candidates '],
  [words('(?:oli\\s|i\\s)?kasem\\sinvitations'), ' received invitations '],
  [words('(?:i\\s)?singaotem'), ' invited '],
  [words('kandidet'), ' candidates '],
  // Cut-offs: "Skoa CRS we i smol moa i 460", "Smol skoa CRS: 482", "minimum skoa 110", "long CRS 509".
  [words(`${SCORE}\\swe\\si\\s(?:smol|daon)\\smoa\\si(?=\\s\\d)`), (all = '') => ` the minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score was `],
  [words(`${SCORE}\\swe\\si\\s(?:smol|daon)\\smoa`), (all = '') => ` the minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score `],
  [words(`(?:smol|smolwan)\\s${SCORE}\\s(?:i|hem)(?=\\s\\d)`), (all = '') => ` the minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score was `],
  [words(`(?:smol|smolwan)\\s${SCORE}`), (all = '') => ` minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score `],
  [words('minimum\\sskoa'), ' minimum score '],
  [words('(?:long\\s)?skoa\\s(?=\\d)'), ' with a score of '],
  [words('skoa'), ' score '],
  // Who did what: "i holem draw" (held), "i bin holem".
  [words('(?:i\\s)?(?:bin\\s)?holem'), ' held '],
  [words('(?:i\\s)?kamaot'), ' was held '],
  // Programs.
  [words('Franis(?:\\slanwis)?'), ' French-language '],
  [words('Senior\\smanija'), ' Senior managers '],
  [words('(?:wok\\sblong\\s)?edukesen'), ' education '],
  [words('(?:wokman\\sblong\\s)?helt'), ' healthcare '],
  [words('tred'), ' trades '],
  [words('evri\\sprogram'), ' all programs '],
  [words('Kanada'), ' Canada '],
  [words('wetem'), ' with '],
  [words('mo'), ' and '],
  [words('nomo'), ' only '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Bislama writes among the languages the reader glosses (not Tok Pisin's "bilong", "tude", "holim"; no English word). */
const BISLAMA_WORD = words(
  'blong|tede|yestedei|holem|singaotem|oli|insaed|raon|wetem|narafala|nara|hemia|kasem|sanem|mifala|yufala|finis|nomo|tufala|bambae|smol|jekem|aplae|lanwis|Wenesdei|Tiusdei|Tusdei|Tosdei|Fraede|Sarede|Sandei|Julae|Ogis|Jenuware|Janewari|Febwari|profael|akaon|tija|laekem|koment|serem|infomesen|websaet|faenem|bakegen|kamaot|daon|klosap|hapen|niu|taem|bae',
);
/** Tok Pisin's own words: a page with as many of them is not Bislama. */
const TOK_PISIN_WORD = words('bilong|tude|asde|holim|singautim|manmeri|wanpela|tupela|dispela|liklik|narapela|mipela|salim|kisim|insait|tasol|pinis|i\\sbin');
const HINT = /\b(?:[Bb]long|[Tt]ede|singaotem|holem|[Yy]estedei|[Ii]nvitesen)\b/;
/** A cheap first test: "blong", "tede" (today), "singaotem" (invite), "holem" (held) or "yestedei", which English never writes. */
export const BISLAMA_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, five of them different (or, a short post, five making up a sixth of its words), and more than Tok Pisin's. */
export const isBislama = (text: string): boolean =>
  (writtenWith(text, BISLAMA_WORD, 5) || shortPost(text, BISLAMA_WORD)) && (text.match(BISLAMA_WORD) ?? []).length > (text.match(TOK_PISIN_WORD) ?? []).length;

/** A Bislama page glossed into English. */
export const glossBislama = (text: string): string => glossInTurn(text, CASED_RULES);
