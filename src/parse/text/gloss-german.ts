import { applyGloss, tidyGloss, type GlossRule } from './gloss-rules.ts';

/**
 * German draw news glossed into the English the reader knows, as `gloss-vietnamese.ts` does for Vietnamese
 * (docs/parser.md, "Eighteenth round"): thousands with a point ("5.500" → "5,500"), day-first dates ("am 6. Juli 2022" →
 * "on July 6, 2022"), counts with their noun ("4.750 Einladungen" → "4,750 invitations", "5.500 Kandidaten" → "5,500
 * candidates"), cut-offs ("Mindestpunktzahl von 507" → "minimum CRS score of 507"), programs and the words of a draw
 * report. Words the glossary does not know stay as they are: they are German, and no English pattern reads them.
 */

const MONTHS: Readonly<Record<string, string>> = {
  januar: 'January',
  jänner: 'January',
  februar: 'February',
  märz: 'March',
  maerz: 'March',
  april: 'April',
  mai: 'May',
  juni: 'June',
  juli: 'July',
  august: 'August',
  september: 'September',
  oktober: 'October',
  november: 'November',
  dezember: 'December',
};
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const month = (m: string): string => MONTHS[m.toLowerCase()] ?? m;

const WEEKDAYS: Readonly<Record<string, string>> = {
  montag: 'Monday',
  dienstag: 'Tuesday',
  mittwoch: 'Wednesday',
  donnerstag: 'Thursday',
  freitag: 'Friday',
  samstag: 'Saturday',
  sonntag: 'Sunday',
};

const GERMAN: readonly GlossRule[] = [
  // "5.500" and the Swiss "250'000" are 5,500 and 250,000 ("15.00 CAD" keeps its decimals).
  [/(?<![\d.,'])(\d{1,3})[.'](\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  // A span of days ("Vom 6. bis zum 21. Dezember") dates no draw.
  [new RegExp(String.raw`\b[Vv]om\s\d{1,2}\.\s(?:${MONTH}\s)?bis\s(?:zum\s)?\d{1,2}\.\s${MONTH}(?:\s\d{4})?`, 'gi'), ' '],
  // "am 6. Juli 2022", "vom 24. September 2018", "[1. Oktober 2018]": day first, with a point.
  [new RegExp(String.raw`\b(?:am|vom)\s(\d{1,2})\.\s?${MONTH}(?:\s(\d{4}))?`, 'gi'), (_, d = '', m = '', y = '') => ` on ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [new RegExp(String.raw`(?<![\d.])(\d{1,2})\.\s?${MONTH}(?:\s(\d{4}))?`, 'gi'), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [new RegExp(String.raw`\b(${Object.keys(WEEKDAYS).join('|')})\b`, 'gi'), (_, w = '') => WEEKDAYS[w.toLowerCase()] ?? w],
  [/\bheute\b/gi, ' today '],
  [/\bgestern\b/gi, ' yesterday '],
  [/\b(?:diese[rn]?|in dieser)\sWoche\b/gi, ' this week '],
  [/\b(?:letzte[nr]?|vergangene[nr]?|vorige[nr]?)\sWoche\b/gi, ' last week '],
  [/\b(?:vorherige[nrs]?|vorige[nrs]?|letzte[nrs]?)\b/gi, ' previous '],
  // Draws, invitations and candidates.
  [/\bExpress[- ](?:Entry|Eintritt|Teilnahme|Eingabe)[- ]?(?:Ziehungen|Auslosungen|Auswahlrunden|Einladungsrunden)\b/gi, ' Express Entry draws '],
  [/\bExpress[- ](?:Entry|Eintritt|Teilnahme|Eingabe)[- ]?(?:Ziehung|Auslosung|Auswahlrunde|Einladungsrunde|Auswahlverfahren|Selektion)\b/gi, ' Express Entry draw '],
  // "Runde Nr. 75 und Nr. 76", "Runde 75 – Provincial Nominee Program", "in Runde 5": a round by its number.
  [/\bRunden?\s(?=(?:Nr\.\s?)?\d)/g, ' round '],
  [/\bund\s(?=Nr\.\s?\d)/g, ' and round '],
  [/\bNr\.\s?(?=\d)/g, ' no. '],
  // Without "Express Entry" a round is any program's (Québec's Arrima "Einladungsrunde" is no federal draw).
  [/\b(?:Ziehungen|Auslosungen|Auswahlrunden|Einladungsrunden)\b/gi, ' draws '],
  [/\b(?:Ziehung|Auslosung|Auswahlrunde|Einladungsrunde|Auswahlverfahren|Selektion)\b/gi, ' draw '],
  [/\bEinladungen\s(?:zur|zum)\s(?:Bewerbung|Antragstellung|Daueraufenthalt)\b|\bEinladungen\b/gi, ' invitations '],
  [/\bEinladung\b/gi, ' invitation '],
  [/\b(?:Kandidat(?:en|innen)|Bewerber(?:innen)?|Bewerbende[n]?|Antragsteller(?:innen)?)\b/gi, ' candidates '],
  // Cut-offs: "CRS-Mindestpunktzahl von 507", "das minimale Comprehensive Ranking System (CRS)-Score war mit 557", "Minimal score 284".
  [
    /\b(?:CRS-)?(?:Mindestpunktzahl|Mindestpunkte|Mindestscore|Minimalpunktzahl)\b|\b(?:das\s|die\s)?minimale[nrs]?\s(?:Comprehensive Ranking System\s\(CRS\)-?|CRS-?)?(?:Score|Punktzahl|Wert)\b|\bCRS-(?:Limit|Grenze)\b|\bCut-off-Wert\b/gi,
    ' minimum CRS score ',
  ],
  [/\bmindestens\s(\d{2,4})\sPunkte[n]?\b/gi, ' a minimum CRS score of $1 points '],
  [/\b(\d{2,4})\sPunkte[n]?\b/gi, ' $1 points '],
  [/\b(?:war mit|betrug|lag bei|lautete|war)\b/gi, ' was '],
  // "von 1.500 bis 4.750": a range, from one figure to another.
  [/\bvon\s([\d,]+)\sbis\s(?=\d)/g, ' from $1 to '],
  [/(\d)\sbis\s(?=\d)/g, '$1 to '],
  [/\bvon\s(?=\d)/g, ' of '],
  // What happened.
  [/\blädt\b([^.;]{0,120}?)\bein\b/gi, ' invites$1'],
  [/\b(?:eingeladen|berücksichtigt|ausgewählt)\b/gi, ' invited '],
  [/\b(?:herausgegeben|ausgesprochen|ausgestellt|verschickt|versandt|erteilt|ausgegeben)\b/gi, ' issued '],
  [/\b(?:abgehalten|durchgeführt)\b/gi, ' held '],
  [/\b(?:wird|werden)\s(?:erwartet|voraussichtlich)\b|\b(?:voraussichtlich|Prognose|erwartet)\b/gi, ' expected '],
  [/\binsgesamt\b/gi, ' in total '],
  [/\bim Vergleich zu\b/gi, ' compared with '],
  // Programs.
  [/\b(?:Provinz(?:ielle[sn]?)?\s)?Nominierungsprogramm(?:e[ns]?)?\b|\bProvinzprogramm(?:e[ns]?)?\b/gi, ' Provincial Nominee Program '],
  [/\bkanadische[nr]?\sErfahrungsklasse\b/gi, ' Canadian Experience Class '],
  [/\bBundeshandwerksprogramm\b/gi, ' Federal Skilled Trades Program '],
  [/\b(?:französischsprachige[nr]?|frankophone[nr]?|Französischkenntnisse[n]?)\b/gi, ' French-speaking '],
  [/\b(?:Gesundheitswesen|Gesundheitsberufe[n]?)\b/gi, ' healthcare occupations '],
  [/\b(?:für\salle\sProgramme|„?All-Programm“?(?:-)?|allgemeine[sn]?)\b/gi, ' all-program '],
  // Joining words the English patterns lean on.
  [/\bund\b/g, ' and '],
  [/\bmit\b/g, ' with '],
  [/\bfür\b/g, ' for '],
  [/\bam\b/g, ' on '],
  [/\b(?:der|die|das|den|dem|des)\b/g, ' the '],
  [/\bhat\b/g, ' has '],
  [/\bhaben\b/g, ' have '],
  [/\bwurden?\b/g, ' were '],
];

/** Words only German writes often: enough of them, and the page is German. */
const GERMAN_WORD = /\b(?:und|nicht|für|wurde|wurden|werden|eine[nmr]?|zur|zum|sich|auch|dass|haben|Einladungen|Kandidaten|Ziehung(?:en)?|Auslosung)\b/g;
/** A cheap first test: a page with none of these is not German. */
export const GERMAN_HINT = /\b(?:und|nicht|wurde)\b/;

export const isGerman = (text: string): boolean => (text.match(GERMAN_WORD) ?? []).length >= 12;

/** A German page glossed into English. */
export function glossGerman(text: string): string {
  return tidyGloss(applyGloss(text, GERMAN));
}
