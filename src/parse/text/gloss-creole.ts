import { glossDay, glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Haitian Creole draw news glossed into the English the reader knows, as `gloss-swahili.ts` does for Swahili (docs/parser.md,
 * "Swahili, Somali and Haitian Creole"): thousands with a space ("3 800" → "3,800"), day-first dates ("mèkredi 12 jiyè 2023"
 * → "Wednesday July 12, 2023", "1ye jen 2021" → "June 1, 2021", "Lendi 13/04/2026" → "Monday April 13, 2026"), counts with
 * their noun ("2 500 envitasyon" → "2,500 invitations", "kandida" → candidates), cut-offs ("nòt CRS minimòm 375" → "minimum CRS
 * score 375"), rounds ("tiraj #258" → "draw #258", "dènye tiraj" → "the latest draw"), the tie-break ("Règ pou depataje"),
 * programs ("moun ki pale franse", French speakers) and the words of a draw report. Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['janv', 'January'],
  ['fevr|fevriye', 'February'],
  ['mas', 'March'],
  ['avr', 'April'],
  ['me', 'May'],
  ['jen', 'June'],
  ['jiy', 'July'],
  ['out|dawou', 'August'],
  ['sept', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['des', 'December'],
];
/** Months are words of their own too ("me", "mas", "out"): only after a day's number. */
const MONTH = '(janvye|fevriye|mas|avril|me|jen|jiyè|jiyet|out|dawou|septanm|oktòb|novanm|desanm)';
const month = monthNamer(MONTHS, 'i');

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['lendi', 'Monday'],
  ['madi', 'Tuesday'],
  ['mèkredi|mekredi', 'Wednesday'],
  ['jedi', 'Thursday'],
  ['vandredi', 'Friday'],
  ['samdi', 'Saturday'],
  ['dimanch', 'Sunday'],
];
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUMBERS: Readonly<Record<string, string>> = { de: 'two', twa: 'three', kat: 'four', senk: 'five' };

const RULES: readonly GlossRule[] = [
  // "3 800" and "5 956" are 3,800 and 5,956 (not "12 2023", nor a day and its year).
  [/(?<![\d,.:/]|\d\s)(\d{1,3})\s(\d{3})(?![\d,.:/]|\s\d)/g, '$1,$2'],
  // Days: "12 jiyè 2023", "1ye jen 2021" (the 1st of June), "20 me a".
  [words(String.raw`(\d{1,2})(?:ye|e)?\s${MONTH}(?:\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  ...WEEKDAYS.map(([ht, en]): GlossRule => [words(`(?:${ht})(?:\\spase)?`), (all = '') => (/pase$/i.test(all) ? ` last ${en} ` : ` ${en} `)]),
  // "Lendi 13/04/2026": a numeric day after a weekday, day first.
  [new RegExp(String.raw`(?<=${WEEKDAY},?\s)(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d\d))?(?![\d/])`, 'g'), (all, d = '', m = '', y = '') => glossDay(y || undefined, m, d) ?? all],
  [words(String.raw`a(?=\s\d{1,2}:\d{2})`), ' at '],
  [words('jodi\\sa|jodi\\sa\\sa'), ' today '],
  [words('ayè|yè'), ' yesterday '],
  [words('semèn\\ssa\\sa'), ' this week '],
  [words('semèn\\spase'), ' last week '],
  [words('semèn\\sanvan\\san'), ' the week before '],
  // Bylines: "Pa Jean-Robert Pierre-Louis | 12 jiyè 2023", "Mizajou: 20 me 2025" (updated).
  [/^Pa\s(?=\p{Lu}[^\n|]{2,40}\|)/gmu, 'By '],
  [words('mizajou'), ' Updated '],
  // The tie-break: "Règ pou depataje", "Règ depataje".
  [words(String.raw`règ\s(?:pou\s)?(?:depataje|egalite)(?:\s\(tie-?breaking\srule\))?`), ' tie-breaking rule '],
  // Rounds: "tiraj #258", "twa tiraj" (three draws), "dènye tiraj CEC" (the latest CEC draw), "tiraj franse a".
  [words(String.raw`tiraj\sExpress\sEntry\s(?:#\s?|nimewo\s)(\d{1,3})`), ' Express Entry draw #$1 '],
  [words(String.raw`tiraj\s(?:#\s?|nimewo\s)(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`(de|twa|kat|senk|\d)\stiraj`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(String.raw`konpare\sak\sdènye\stiraj(?:\s(PNP|CEC|STEM|franse))?`), (_, p = '') => ` compared with the previous ${p ? `${p.replace(/franse/i, 'French-language')} ` : ''}draw `],
  [words(String.raw`dènye\stiraj(?:\s(PNP|CEC|STEM))?`), (_, p = '') => ` the latest ${p ? `${p} ` : ''}draw `],
  [words('premye\\stiraj'), ' the first draw '],
  [words('tiraj\\s(PNP|CEC|STEM|Express\\sEntry)'), ' $1 draw '],
  [words('tiraj\\sfranse(?:\\sa)?'), ' French-language draw '],
  [words('tiraj\\spou\\smetye'), ' trades draw '],
  [words('tiraj\\s(?:sa\\sa|sa\\syo)'), ' this draw '],
  [words('tiraj\\s(?:yo|la)'), ' the draw '],
  [words('tiraj'), ' draw '],
  // Invitations and candidates: "2 500 envitasyon", "Envitasyon: 3 800", "5 956 moun resevwa envitasyon".
  [words(`${WORD_COUNT}\\senvitasyon`), ' $1 invitations '],
  [words('envitasyon'), ' invitations '],
  [words(`${WORD_COUNT}\\s(?:kandida|moun)`), ' $1 candidates '],
  [words('kandida'), ' candidates '],
  [words('envite'), ' invited '],
  [words('resevwa'), ' received '],
  // Cut-offs: "nòt CRS minimòm 375", "nòt minimòm tonbe a 380", "nòt 397".
  [words(String.raw`nòt\s(?:CRS\s)?(?:minimòm|minimum)(?:\s(?:CRS))?`), ' minimum CRS score '],
  [words(`nòt\\s${WORD_COUNT}`), ' $1 points '],
  [words(`${WORD_COUNT}\\spwen`), ' $1 points '],
  [words('pwen'), ' points '],
  [words('nòt'), ' score '],
  [words('tonbe\\sa'), ' fell to '],
  [words('tonbe|desann|bese'), ' fell '],
  [words('monte'), ' rose '],
  [words('konpare\\sak'), ' compared with '],
  // Who did what: "IRCC fè yon tiraj" (held a draw), "te fè tiraj", "te fèt" (took place).
  [words(String.raw`(?:te\s)?fè(?=\s(?:[\p{L}\d#]+\s){0,3}?draws?\b)`), ' held '],
  [words('te\\sfèt'), ' was held '],
  // Programs.
  [words('Imigrasyon\\sKanada'), ' Immigration Canada '],
  [words(String.raw`(?:pou\s)?(?:moun|kandida|candidates)\ski\s(?:pale|metrize)\s(?:lang\s)?franse(?:\sa)?`), ' for French-speaking candidates '],
  [words('lang\\sfranse(?:\\sa)?'), ' French-language '],
  [words('franse'), ' French-language '],
  [words('metye'), ' trades '],
  [words('tout\\spwogram(?:\\syo)?'), ' all programs '],
  [words('rezidans\\spèmanan'), ' permanent residence '],
  [words(String.raw`Klas\s(?:Eksperyans|Esperyans)\sKanadyen`), ' Canadian Experience Class '],
  [words(String.raw`Pwogram\sNominasyon\sPwovensyal`), ' Provincial Nominee Program '],
  [words(String.raw`swen\ssante|(?:travayè|sektè|domèn)\s(?:nan\s)?sante`), ' healthcare '],
  [words('edikasyon'), ' education '],
  // Joining words the English patterns lean on.
  [words('sèlman'), ' only '],
  [words('Kanada'), ' Canada '],
  [words('ak'), ' with '],
  [words('pou'), ' for '],
  [words('nan'), ' in '],
  [words('yon'), ' a '],
  [words('depi'), ' since '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Haitian Creole writes (not "se", "sa", "pa", "ou", "te", "men": French has them; not "nan", "ki": English has them). */
const CREOLE_WORD = words(
  'yon|pou|ak|gen|fè|sèlman|anpil|kounye|jodi|tiraj|envitasyon|kandida|nòt|pwen|minimòm|depi|moun|semèn|konpare|resevwa|nou|yo|zanmi|kijan|tankou|toujou|Kanada|Ayisyen|imigrasyon|mèkredi|vandredi|lendi|jiyè|desanm|novanm',
);
/** A cheap first test: a page with none of these is not Haitian Creole. */
export const CREOLE_HINT = /\b(?:yon|pou|tiraj|envitasyon|kandida)\b/i;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isCreole = (text: string): boolean => writtenWith(text, CREOLE_WORD, 5);

/** A Haitian Creole page glossed into English. */
export const glossCreole = (text: string): string => glossInTurn(text, CASED_RULES);
