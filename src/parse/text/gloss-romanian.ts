import { applyGloss, glossDay, tidyGloss, type GlossRule } from './gloss-rules.ts';

/**
 * Romanian draw news glossed into the English the reader knows, as `gloss-german.ts` does for German: thousands with a
 * point ("2.750" → "2,750"), day-first dates ("24 ianuarie 2018" → "January 24, 2018", "Marți, 14 septembrie" → "Tuesday,
 * September 14"), counts with their noun ("2.000 de candidați" → "2,000 candidates", "521 de invitații" → "521
 * invitations"), cut-offs ("scorul minim", "punctaj minim", "scor CRS minim" → "minimum CRS score"), the tie-break
 * ("regula de departajare"), programs and the words of a draw report. Words the glossary does not know stay as they are.
 * Romanian writes "ș" and "ț" with a comma or (older fonts) a cedilla: both are read.
 */

/** A whole word (JavaScript's "\b" knows no "ș"), any "ș"/"ț" in either spelling. */
const word = (source: string, flags = 'gi'): RegExp => new RegExp(String.raw`(?<![\p{L}\d])(?:${source.replace(/ș/g, '[șş]').replace(/ț/g, '[țţ]')})(?![\p{L}\d])`, `${flags}u`);

const MONTHS: readonly (readonly [string, string])[] = [
  ['ianuarie|ian', 'January'],
  ['februarie|feb', 'February'],
  ['martie|mar', 'March'],
  ['aprilie|apr', 'April'],
  ['mai', 'May'],
  ['iunie|iun', 'June'],
  ['iulie|iul', 'July'],
  ['august|aug', 'August'],
  ['septembrie|sept|sep', 'September'],
  ['octombrie|oct', 'October'],
  ['noiembrie|nov', 'November'],
  ['decembrie|dec', 'December'],
];
/** A month, and the point of its short form ("ian. 2018"; not the full stop after "10 ianuarie."). */
const MONTH = `(${MONTHS.map(([m]) => m).join('|')})(?:(?<=ian|feb|mar|apr|iun|iul|aug|sept?|oct|nov|dec)\\.)?`;
const month = (m: string): string => MONTHS.find(([words]) => words.split('|').includes(m.toLowerCase()))?.[1] ?? m;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['luni', 'Monday'],
  ['marți', 'Tuesday'],
  ['miercuri', 'Wednesday'],
  ['joi', 'Thursday'],
  ['vineri', 'Friday'],
  ['sâmbătă', 'Saturday'],
  ['duminică', 'Sunday'],
];
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const weekday = (w: string): string => WEEKDAYS.find(([name]) => name === w.toLowerCase().replace(/ş/g, 'ș').replace(/ţ/g, 'ț'))?.[1] ?? w;
/** A weekday, "ieri" or "azi": the day a round of a list was held. */
const DAY_WORD = `(${[...WEEKDAYS.map(([w]) => w), 'ieri', 'azi', 'astăzi'].join('|')})`;
const dayWord = (w: string): string => (/^ieri$/i.test(w) ? 'yesterday' : /^(?:azi|astăzi)$/i.test(w) ? 'today' : weekday(w));
const day = (d: string, m: string, y: string): string => `${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''}`;
const DAY_FIRST = String.raw`(\d{1,2})\s${MONTH}(?:\s((?:19|20)\d\d))?`;

const ROMANIAN: readonly GlossRule[] = [
  // "2.750" is 2,750; "401.000" 401,000 ("15.00" keeps its decimals).
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?:\.(\d{3}))?(?![\d]|[.,]\d)/g, (_, a = '', b = '', c = '') => `${a},${b}${c ? `,${c}` : ''}`],
  // "2,750 de invitații", "444 de puncte": a count from twenty on takes "de".
  [/(\d)\sde(?=\s\p{L})/gu, '$1'],
  // "16-03-2023", "16.03.2023": the day first.
  [/(?<![\d./-])(\d{1,2})([-.])(\d{1,2})\2((?:19|20)\d\d)(?![\d./-]\d)/g, (m: string, d = '', _sep = '', mo = '', y = '') => (Number(d) >= 1 && Number(d) <= 31 ? ` ${glossDay(y, mo, d) ?? m} ` : m)],
  // "Marți, 14 septembrie", "miercuri 15 martie 2023": the weekday, then its day.
  [word(String.raw`${WEEKDAY},?\s${DAY_FIRST}`), (_, w = '', d = '', m = '', y = '') => ` ${weekday(w)}, ${day(d, m, y)} `],
  [word(String.raw`pe\s${DAY_FIRST}`), (_, d = '', m = '', y = '') => ` on ${day(d, m, y)} `],
  [word(DAY_FIRST), (_, d = '', m = '', y = '') => ` ${day(d, m, y)} `],
  // "PNP luni, sănătate ieri": rounds listed each with its day, one and the other (not the first's count and the second's).
  [word(String.raw`${DAY_WORD},(?=\s[^,.;:\n]{1,30}?\s${DAY_WORD}(?![\p{L}\d]))`), (_, d = '') => ` ${dayWord(d)} and `],
  // "luni" is also "months": a Monday only when it opens a phrase ("Luni, …", "Runde noi: PNP luni").
  [word('Luni', 'g'), 'Monday'],
  [
    word(
      WEEKDAYS.slice(1)
        .map(([w]) => w)
        .join('|'),
    ),
    (w: string) => weekday(w),
  ],
  [word('ora(?=\\s\\d{1,2}[:.]\\d\\d)'), ' at '],
  [word('azi|astăzi'), ' today '],
  [word('ieri'), (m: string) => (m.startsWith('I') ? 'Yesterday' : ' yesterday ')],
  [word('săptămâna\\s(?:aceasta|asta)|această\\ssăptămână'), ' this week '],
  [word('săptămâna\\strecută'), ' last week '],
  [word('luna\\s(?:aceasta|asta)|această\\slună'), ' this month '],
  [word('luna\\strecută'), ' last month '],
  [word('anterioară|anterior|anterioare|precedentă|precedent|precedente|trecută'), ' previous '],
  // Draws, invitations and candidates: "a 82-a rundă", "runda nr. 204", "runda #82".
  [word(String.raw`(?:celei\s)?(?:de-)?a\s(\d{1,3})-a\srund(?:ă|e|ei)(?:\sde\sinvitații)?`), ' round $1 '],
  [word(String.raw`rund(?:a|ă|ei)(?=\s(?:nr\.?\s?|#)\d)`), ' round '],
  [word(String.raw`nr\.?(?=\s?\d)`), ' no. '],
  [word('rund(?:a|ă|ei)\\sde\\sinvitații'), ' round of invitations '],
  [word('runde(?:le|lor)?\\sde\\sinvitații'), ' rounds of invitations '],
  [word('runde(?:le|lor)?|extrageri(?:le|lor)?|trageri(?:le|lor)?'), ' draws '],
  [word('rund(?:a|ă|ei)|extragere(?:a)?|tragere(?:a)?'), ' draw '],
  // "au fost invitați 2.000 de candidați": the count before its verb, as English has it.
  [word(String.raw`au\sfost\sinvitați\s([\d,]+)\scandidați(?:i|lor)?`), ' $1 candidates were invited '],
  [word('au\\sfost\\sinvitați'), ' were invited '],
  // "invitații" is "invitations" (and "the invited"): only "invitați" is "invited".
  [word('a\\sinvitat|invitați'), ' invited '],
  [word('invitații(?:le|lor)?'), ' invitations '],
  [word('invitați(?:a|ei)|invitație'), ' invitation '],
  [word('candidați(?:i|lor)?'), ' candidates '],
  [word('(?:au\\sfost\\s)?(?:trimise|emise|acordate)|a\\s(?:trimis|emis|acordat)'), ' issued '],
  [word('a\\sorganizat|a\\savut\\sloc|desfășurată|a\\sdesfășurat'), ' held '],
  // Cut-offs: "scor CRS minim: 444", "Scorul minim a crescut … până la 462 de puncte", "punctaj minim", "pragul".
  [word('(?:scor(?:ul)?|punctaj(?:ul)?)\\s(?:CRS\\s)?minim(?:\\sCRS)?|prag(?:ul)?(?:\\sminim)?(?:\\sCRS)?'), ' minimum CRS score '],
  [word('a\\screscut|a\\surcat'), ' rose '],
  [word('a\\sscăzut|a\\scoborât'), ' dropped '],
  [word('până\\sla(?=\\s\\d)'), ' to '],
  [word('de(?=\\s\\d)'), ' of '],
  [word('puncte|pct'), ' points '],
  [word('regula\\sde\\sdepartajare'), ' tie-breaking rule '],
  [word('în\\stotal|total'), ' in total '],
  // A forecast: "Prognoză Express Entry 2026: ce scoruri CRS să așteptăm?".
  [word('prognoz(?:ă|a|e)|previziun(?:e|i|ea|ile)'), (m: string) => (m.startsWith('P') ? 'Forecast' : ' forecast ')],
  [word('(?:ce|la\\sce)\\s(?:[\\p{L}]+\\s){0,2}să\\s(?:ne\\s)?așteptăm'), ' what to expect '],
  [word('estimăm|ne\\sașteptăm|se\\saşteaptă'), ' expected '],
  [word('a\\sdoua\\szi'), (m: string) => (m.startsWith('A') ? 'The next day' : ' the next day ')],
  [word('două'), ' two '],
  [word('trei'), ' three '],
  [word('patru'), ' four '],
  [word('(?:Săptămâna|Săptămâna\\saceasta)\\sa\\sînceput'), ' This week began '],
  [word('una\\sdupă\\salta|unul\\sdupă\\saltul'), ' back to back '],
  [word('(?:o\\s)?ofert(?:ă|a|e)\\sde\\s(?:angajare|muncă)(?:\\svalidat(?:ă|e))?'), ' a job offer '],
  [word('fără'), ' without '],
  // Programs.
  [word('(?:Programul\\sde\\s)?nominalizare(?:a)?\\sprovincială|nominalizați(?:i)?\\sprovinciali'), ' Provincial Nominee Program '],
  [word('Clasa\\sde\\sexperiență\\scanadiană'), ' Canadian Experience Class '],
  [word('francofoni(?:lor)?|francofone|vorbitori(?:i)?\\sde\\s(?:limba\\s)?franceză|limba\\sfranceză'), ' French-speaking '],
  [word('(?:ocupațiile\\sdin\\s)?sănătate(?:\\sși\\sservicii\\ssociale)?'), ' healthcare '],
  [word('meserii(?:le)?'), ' trades '],
  [word('toate\\sprogramele'), ' all programs '],
  // Joining words the English patterns lean on.
  [word('(?:și|iar)(?!-)', 'g'), ' and '],
  [word('cu', 'g'), ' with '],
  [word('pe', 'g'), ' on '],
  [word('pentru', 'g'), ' for '],
  [word('la', 'g'), ' at '],
  [word('din', 'g'), ' of '],
  [word('în', 'g'), ' in '],
  [word('au\\sfost', 'g'), ' were '],
  [word('a\\sfost', 'g'), ' was '],
];

/** Words only Romanian writes often: enough of them, and the page is Romanian. */
const ROMANIAN_WORD = word('și|în|pentru|sunt|fost|care|această|acest|către|după|invitații|candidați|candidații|rundă|runda|runde|puncte|scorul');
/** A cheap first test: Romanian's "ș" and "ț" (with a comma or a cedilla); a page with none is not Romanian. */
export const ROMANIAN_HINT = /[șşțţ]/i;

export const isRomanian = (text: string): boolean => (text.match(ROMANIAN_WORD) ?? []).length >= 10;

/** A Romanian page glossed into English. */
export function glossRomanian(text: string): string {
  return tidyGloss(applyGloss(text, ROMANIAN)).replace(/\( /g, '(');
}
