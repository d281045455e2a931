import { glossInTurn, keepAnyCase, monthNamer, namedMonthDay, words, type GlossRule, type MonthTable, shortPost, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Tok Pisin draw news glossed into the English the reader knows, in the shape of `gloss-fijian.ts` (docs/parser.md "Tok Pisin and
 * Bislama"): day-first dates with its months ("18 Ogas 2026" → "August 18, 2026", "15 Mas 2026"), weekdays ("Tunde" → Tuesday),
 * "tude" (today), "asde" (yesterday); rounds ("draw namba 436", "raun namba 252" → draw #436, "Tupela draw" → two draws, "las draw"
 * → the previous draw); counts ("i singautim 1,000 CEC manmeri" → invited 1,000 CEC candidates, "i salim 3,300 ITA" → issued 3,300
 * invitations, "i kisim invitesen" → received invitations); cut-offs ("liklik skoa CRS i stap long 523" → the minimum CRS score was
 * 523, "Liklik CRS: 392"); the tie-break ("Tai-brek rul"); hedges ("klostu", "samting olsem" → about, "winim", "moa long" → more
 * than, "inap long" → up to: no count). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['janu', 'January'],
  ['febu|febru', 'February'],
  ['mas', 'March'],
  ['epril|apri', 'April'],
  ['me', 'May'],
  ['jun', 'June'],
  ['julai', 'July'],
  ['ogas', 'August'],
  ['sept', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['dis', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** "Mas" and "Me" are words too ("moa", "mi"): months only beside a day's number. */
const MONTH = '(Janueri|Januari|Febuari|Februari|Mas|Epril|April|Me|Jun|Julai|Ogas|Septemba|Oktoba|Novemba|Disemba)';
const LONG_MONTH = '(Janueri|Febuari|Epril|Julai|Ogas|Septemba|Oktoba|Novemba|Disemba)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS: MonthTable = [
  ['mande', 'Monday'],
  ['tunde', 'Tuesday'],
  ['trinde', 'Wednesday'],
  ['fonde', 'Thursday'],
  ['fraide', 'Friday'],
  ['sarere', 'Saturday'],
  ['sande', 'Sunday'],
];
const weekday = monthNamer(WEEKDAYS, 'i');
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const NUMBERS: Readonly<Record<string, string>> = { tupela: 'two', tripela: 'three', fopela: 'four', faivpela: 'five' };
const COUNT = WORD_COUNT;
const PEOPLE = '(?:manmeri|kandidet|lain|man)';
const MINIMUM = '(?:(?:liklik|daunbilo)\\s(?:skoa\\sCRS|CRS\\sskoa|CRS|skoa))';

const RULES: readonly GlossRule[] = [
  // Hedged counts, no count to the reader: "klostu 3,000", "samting olsem 3,000" (about), "winim 3,000", "moa long 3,000" (more than), "inap long 3,000" (up to).
  [words(`(?:klostu|samting\\solsem|olsem|inap\\s(?:olsem\\s)?)\\s${COUNT}(?=\\s\\p{L})`), ' about $1 '],
  [words(`(?:winim|moa\\slong)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:inap\\slong|i\\sgo\\sinap\\slong)\\s${COUNT}`), ' up to $1 '],
  // Days: "18 Ogas 2026", "Tunde 18 Ogas 2026", "long 1 Novemba 2017" (on November 1, 2017).
  [
    words(`(?:(long)\\s)?(\\d{1,2})\\s${MONTH}(?:,?\\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : ` ${all} `),
  ],
  [words(`(?:long\\s)?${LONG_MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words(`(long\\s)?${WEEKDAY}`), (_, on = '', w = '') => ` ${on ? 'on ' : ''}${weekday(w)} `],
  // "tude" (today), "asde" (yesterday), "hap asde" (the day before yesterday), "tumora", "dispela wik", "las wik".
  [words('hap\\sasde|tupela\\sde\\s(?:i\\sgo\\spinis|bipo)'), ' the day before yesterday '],
  [words('asde'), ' yesterday '],
  [words('tude'), ' today '],
  [words('tumora'), ' tomorrow '],
  [words('(?:long\\s)?dispela\\swik'), ' this week '],
  [words('(?:long\\s)?las\\swik'), ' last week '],
  [words('(?:long\\s)?dispela\\smun'), ' this month '],
  // Guides, recaps, forecasts, others' rounds.
  [words('ripot\\sbilong\\smun|ripot\\sbilong\\s(?:dispela\\s)?mun'), ' Monthly recap '],
  [words(`ripot\\sbilong\\s${YEAR}`), ' Year in review $1 '],
  [words('(?:em\\s)?olsem\\seksampel|long\\seksampel'), ' for example '],
  [words('gaid'), ' Guide '],
  // Questions and forecasts: "Olsem wanem long kisim invitesen?" (how to receive), "Wanem taim bai …" (when will), "neks draw", "Bihain long" (after).
  [words('olsem\\swanem\\slong\\skisim'), ' how to receive '],
  [words('olsem\\swanem'), ' how '],
  [words('wanem\\staim\\sbai(?:\\si)?'), ' when will '],
  [words('neks\\s(?:draw|raun)'), ' next draw '],
  [words('neks\\swik'), ' next week '],
  [words('bihain\\slong'), ' after '],
  [words('Ostrelia'), ' Australia '],
  [words('Niu\\sSilan'), ' New Zealand '],
  [words('dispela\\si\\sno\\s(?:wanpela\\s)?Express\\sEntry\\sdraw(?:\\sbilong\\sIRCC)?'), ' This is not a federal draw '],
  [words('provins(?:\\sbilong)?\\s(\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?)'), ' the province of $1 held a provincial draw: '],
  [words('provins'), ' province '],
  // The tie-break: "Tai-brek rul".
  [words('tai-?brek(?:\\srul)?'), ' tie-breaking rule '],
  // Rounds: "draw namba 436", "raun namba 252", "draw #426", "Tupela draw", "las draw", "namba wan" (the first).
  [words('(?:draw|raun)\\snamba\\s(\\d{1,3})(?!\\d|,\\d)'), ' draw #$1 '],
  [words('namba\\s(\\d{1,3})(?!\\d|,\\d)'), ' #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\s(?:draw|raun)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`(${Object.keys(NUMBERS).join('|')})\\sde`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} days `],
  [words('las\\s(?:draw|raun)'), ' the previous draw '],
  [words('nupela\\s(?:draw|raun)'), ' new draw '],
  [words('narapela\\s(?:draw|raun)'), ' another draw '],
  [words('wanpela\\s(?:raun|draw)'), ' a draw '],
  [words('(?:long\\s)?dispela\\s(?:draw|raun)'), ' this draw '],
  [words('raun'), ' round '],
  // Counts: "i singautim 1,000 CEC manmeri", "i salim 1,000 invitesen", "118 manmeri tasol i kisim invitesen".
  [words(`i\\ssingautim\\s${COUNT}`), ' invited $1 '],
  [words(`i\\ssalim\\s${COUNT}`), ' issued $1 '],
  [words(`${COUNT}\\s(invitesen|ITA)`), ' $1 invitations '],
  [words('invitesen'), ' invitations '],
  [words(`${COUNT}\\s${PEOPLE}\\stasol\\si\\skisim\\sinvitations`), ' only $1 candidates received invitations '],
  // A count of people in a round's row or brackets, no verb before it ("(442 manmeri, …", ": 1,000 manmeri,"): the invitations.
  [new RegExp(`(?<=[(:,]\\s?)${COUNT}\\s${PEOPLE}(?![\\p{L}\\d])`, 'giu'), '$1 invitations'],
  [words(`${COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  [words('(?:i\\s)?kisim\\sinvitations'), ' received invitations '],
  [words('(?:i\\s)?singautim'), ' invited '],
  [words('manmeri|kandidet'), ' candidates '],
  // Cut-offs: "liklik skoa CRS i stap long 523", "Liklik CRS skoa em 476", "liklik skoa CRS 760", "Liklik CRS: 392", "long skoa 673".
  [words(`${MINIMUM}\\sthis\\sdraw\\s(?:em|i\\sstap\\slong)(?=\\s\\d)`), (all = '') => ` the minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score in this draw was `],
  [words(`${MINIMUM}\\si\\sdaun(?:\\stru)?\\slong(?=\\s\\d)`), (all = '') => ` the minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score fell to `],
  [words(`${MINIMUM}\\s(?:i\\sstap\\slong|em|i)(?=\\s\\d)`), (all = '') => ` the minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score was `],
  [words(`${MINIMUM}\\s(?:i\\sstap\\slong|em)`), (all = '') => ` the minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score was `],
  [words(MINIMUM), (all = '') => ` minimum ${/CRS/i.test(all) ? 'CRS ' : ''}score `],
  [words('(?:long\\s)?skoa\\s(?=\\d)'), ' with a score of '],
  [words('skoa(?:\\sCRS)?'), ' CRS score '],
  // Who did what: "i holim draw" (held), "i bin holim".
  [words('(?:i\\s)?(?:bin\\s)?holim'), ' held '],
  [words('(?:i\\s)?(?:bin\\s)?salim'), ' issued '],
  // Programs.
  [words('(?:long\\s)?(?:sait\\sbilong\\s)?helt(?:\\swokman)?'), ' healthcare '],
  [words('Franis(?:\\stok)?'), ' French-language '],
  [words('edukesen'), ' education '],
  [words('treid'), ' trades '],
  [words('olgeta\\sprogram'), ' all programs '],
  [words('Kanada'), ' Canada '],
  [words('wantaim'), ' with '],
  [words('na'), ' and '],
  [words('tasol'), ' only '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Tok Pisin writes among the languages the reader glosses (not Bislama's "blong", "oli", "holem"; no English word). */
const TOK_PISIN_WORD = words(
  'bilong|tude|asde|holim|singautim|manmeri|wanpela|tupela|tripela|dispela|liklik|narapela|mipela|yupela|salim|kisim|insait|tasol|pinis|wantaim|nupela|bikpela|gutpela|planti|tumora|kandidet|bai|kamap|postim|sampela|Tunde|Trinde|Fonde|Fraide|Sarere|Ogas|Janueri|Febuari|Julai|i\\sbin',
);
/** Bislama's own words: a page with more of them is not Tok Pisin. */
const BISLAMA_WORD = words('blong|tede|yestedei|holem|singaotem|oli|insaed|raon|wetem|narafala|hemia|kasem|sanem|mifala|finis|nomo|Wenesdei|Julae|Ogis');
const HINT = /\b(?:[Bb]ilong|[Tt]ude|[Aa]sde|singautim|manmeri|[Ii]nvitesen)\b/;
/** A cheap first test: "bilong", "tude" (today), "asde" (yesterday), "singautim" (invite) or "manmeri" (people), which English never writes. */
export const TOK_PISIN_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, five of them different (or, a short post, five making up a sixth of its words), and more than Bislama's. */
export const isTokPisin = (text: string): boolean =>
  (writtenWith(text, TOK_PISIN_WORD, 5) || shortPost(text, TOK_PISIN_WORD)) && (text.match(TOK_PISIN_WORD) ?? []).length > (text.match(BISLAMA_WORD) ?? []).length;

/** A Tok Pisin page glossed into English. */
export const glossTokPisin = (text: string): string => glossInTurn(text, CASED_RULES);
