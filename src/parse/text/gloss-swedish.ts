import { compiledNow } from './matches.ts';
import { glossDay, glossInTurn, keepCase, monthNamer, NORDIC_MONTHS, words, type GlossRule, WORD_COUNT } from './gloss-rules.ts';

/**
 * Swedish draw news glossed into the English the reader knows, as `gloss-dutch.ts` does for Dutch (docs/parser.md, "Swedish and
 * Brazilian Portuguese"): thousands with a space ("3 687" → "3,687"), day-first dates ("onsdag 3 oktober 2018" → "Wednesday
 * October 3, 2018", "den 17 maj", "16 feb. 2024", "17/9"), "i dag"/"idag" (today), "i går"/"igår" (yesterday), "förra veckan"
 * (last week), counts with their noun ("2 500 inbjudningar" → "2,500 invitations", "500 personer bjöds in" → "500 candidates were
 * invited"), cut-offs ("Lägsta CRS-poäng var 392", "lägsta poäng 462", "minst 437 poäng" → "minimum CRS score …"), rounds
 * ("dragning nummer 101", "dragning #367"), programs ("jordbruk och livsmedel", "Utbildningsyrken", "seniora chefer") and the
 * words of a draw report ("tidigare", "förra", "prognos"). Words the glossary does not know stay as they are: they are Swedish,
 * and no English pattern reads them.
 */

const month = monthNamer(NORDIC_MONTHS, 'i');
/** A month, whole or short with its point ("feb. 2024"). */
const MONTH = String.raw`(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.)`;
const DAY = String.raw`(\d{1,2})(?::[ae])?\s${MONTH}(?:\s((?:19|20)\d\d))?`;
const day = (d: string, m: string, y: string): string => `${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''}`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['måndag(?:en)?', 'Monday'],
  ['tisdag(?:en)?', 'Tuesday'],
  ['onsdag(?:en)?', 'Wednesday'],
  ['torsdag(?:en)?', 'Thursday'],
  ['fredag(?:en)?', 'Friday'],
  ['lördag(?:en)?', 'Saturday'],
  ['söndag(?:en)?', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { två: 'two', tre: 'three', fyra: 'four', fem: 'five' };

const RULES: readonly GlossRule[] = [
  // "3 687", "18 903" (a space, or a narrow or no-break one, groups thousands): 3,687.
  [/(?<![\d,.])(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  // Days: "den 17 maj", "10 juli 2026", "16 feb. 2024"; "17/9" (day first, before a dash or a bracket as a table's row writes it).
  [words(String.raw`den\s${DAY}`), (_, d = '', m = '', y = '') => ` on ${day(d, m, y)} `],
  [words(DAY), (_, d = '', m = '', y = '') => ` ${day(d, m, y)} `],
  [words(String.raw`(\d{1,2})/(\d{1,2})(?=\s[–-]|\s?\))`), (m = '', d = '', mo = '') => (Number(d) >= 1 && Number(d) <= 31 ? ` ${glossDay(undefined, mo, d) ?? m} ` : m)],
  // "tisdag 23/6": a day and month after a weekday.
  [
    words(String.raw`((?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)\s(\d{1,2})/(\d{1,2})(?![/\d])`),
    (m = '', w = '', d = '', mo = '') => (Number(d) >= 1 && Number(d) <= 31 && glossDay(undefined, mo, d) ? `${w} ${glossDay(undefined, mo, d) ?? ''} ` : m),
  ],
  ...WEEKDAYS.map(([sv, en]): GlossRule => [words(sv), ` ${en} `]),
  [words(String.raw`kl\.?(?=\s\d{1,2}[:.]\d\d)`), ' at '],
  [words('i\\sdag|idag'), ' today '],
  [words('i\\sgår|igår'), ' yesterday '],
  [words('i\\sförrgår|förrgår'), ' the day before yesterday '],
  [words('(?:den\\shär|denna)\\sveckan?|i\\sveckan'), ' this week '],
  [words('förra\\sveckan'), ' last week '],
  [words('förra\\smånaden'), ' last month '],
  [words('tidigare\\si\\sår'), ' earlier this year '],
  // A forecast, a guide, a recap: "Prognos", "Vi tror att", "förväntas", "sammanfattar".
  [words('prognos(?:en)?'), ' forecast '],
  [words('förväntas|väntas|troligen'), ' expected '],
  [words('sammanfattar|sammanfattning'), ' recap '],
  // Rounds: "dragning nummer 101", "dragning #367", "Express Entry-dragning", "franskdragningen", "kategoribaserad dragning".
  [words(String.raw`(?:dragning|omgång)(?:en)?\snummer\s(\d{1,4})`), ' draw #$1 '],
  // "PNP-dragning (nummer 435)", "Dragningen har nummer 420", "Dragningen är nummer 425 i ordningen".
  [words(String.raw`(dragning|omgång)(?:en)?\s\(nummer\s(\d{1,4})\)`), ' draw (#$2) '],
  [words(String.raw`(?:dragning|omgång)(?:en)?\s(?:har|är)\snummer\s(\d{1,4})`), ' draw #$1 '],
  [words('Express\\sEntry-(?:dragningen|dragning)'), ' Express Entry draw '],
  [words('Express\\sEntry-(?:dragningarna|dragningar)'), ' Express Entry draws '],
  [words('Express\\sEntry-poolen'), ' Express Entry pool '],
  [words('fransk(?:a)?dragning(?:en)?|franskdragning'), ' French draw '],
  [words('fransk(?:a)?dragningarna|franskdragningar'), ' French draws '],
  [words('kategoribaserade?\\sdragningar(?:na)?|kategoridragningar(?:na)?'), ' category-based draws '],
  [words('kategoribaserad\\sdragning(?:en)?|kategoridragning(?:en)?'), ' category-based draw '],
  [words('(två|tre|fyra|fem)\\s(?:nya\\s)?(?:dragningar|omgångar)'), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('dragningar(?:na)?|omgångar(?:na)?'), ' draws '],
  [words('dragning(?:en)?|omgång(?:en)?'), ' draw '],
  // Counts: "2 500 inbjudningar", "500 personer bjöds in", "3 900 sökande bjöds in", "bjöd in 7 500 personer", "bjuder in 500 chefer".
  [words(`${WORD_COUNT}\\s(?:inbjudningar|inbjudningsbrev|ITA:?s?)`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\s(?:personer|sökande|kandidater|inbjudna)\\sbjöds\\sin`), ' $1 candidates were invited '],
  [words(`${WORD_COUNT}\\s(seniora\\schefer|chefer|lärare)\\sbjöds\\sin`), (_, n = '', who = '') => ` ${n} ${/chef/i.test(who) ? 'senior managers' : 'teachers'} were invited `],
  [words(`bjöds\\s${WORD_COUNT}\\s(?:seniora\\s)?chefer\\sin`), ' $1 senior managers were invited '],
  [words(`bjuder\\sin\\s${WORD_COUNT}\\s(?:personer|sökande|kandidater)`), ' invites $1 candidates '],
  [words(`bjuder\\sin\\s${WORD_COUNT}\\s(?:seniora\\s)?chefer`), ' invites $1 senior managers '],
  [words(`bjöd\\sin\\s${WORD_COUNT}\\s(?:personer|sökande|kandidater)`), ' invited $1 candidates '],
  // The verb before its count ("bjöds 507 kandidater från … in", "fick 3 000 sökande i CEC en inbjudan"), and an adjective before
  // the noun ("5 000 fransktalande sökande").
  [words(`bjöds\\s${WORD_COUNT}\\s(?:personer|sökande|kandidater)`), ' $1 candidates were invited '],
  [words(String.raw`fick\s${WORD_COUNT}\s(?:personer|sökande|kandidater)((?:\s[\p{L}\d-]+){0,4}?)\s(?:en\s)?inbjudan`), ' $1 candidates$2 received an invitation '],
  [words(`${WORD_COUNT}\\sfransktalande\\s(?:personer|sökande|kandidater)`), ' $1 French-speaking candidates '],
  [words(`${WORD_COUNT}\\s(?:inbjudna|personer|sökande|kandidater)`), ' $1 candidates '],
  [words('bjöds\\sin'), ' were invited '],
  [words('bjöd\\sin'), ' invited '],
  [words('bjuder\\sin'), ' invites '],
  [words('inbjudningar(?:na)?'), ' invitations '],
  [words('inbjudan'), ' invitation '],
  // Cut-offs: "Lägsta CRS-poäng var 392", "lägsta poäng 462", "en lägsta poäng på 415", "minst 437 poäng".
  [words('(?:en\\s)?lägsta\\s(?:CRS-?)?poäng(?:en)?(?:\\spå)?'), ' minimum CRS score '],
  [words(String.raw`minst\s(\d{3})\spoäng`), ' a minimum CRS score of $1 '],
  // "Poänggränsen hamnade på 523", "Gränsen låg på 516 poäng" (not "hamnar", a forecast's present).
  [words(String.raw`(?:poäng)?gräns(?:en)?\s(?:hamnade|låg|landade|blev|var)\spå(?=\s\d{3}(?!\d))`), ' the cut-off was '],
  [words(String.raw`(\d{2,4})\spoäng`), ' $1 points '],
  [words('var(?=\\s\\d)'), ' was '],
  [words('Tie-break-regeln|regel(?:n)?\\sför\\slika\\spoäng|lika\\spoäng-regel(?:n)?'), ' tie-break rule '],
  // Programs.
  [words('samtliga\\sprogram(?:\\somfattades)?|alla\\sprogram(?:men)?'), ' all programs '],
  [words('seniora\\schefer'), ' senior managers '],
  [words('jordbruk\\soch\\slivsmedel'), ' agriculture and agri-food '],
  [words('utbildningsyrken'), ' education occupations '],
  [words('hantverksyrken'), ' trade occupations '],
  [words('(?:hälso-\\soch\\s)?sjukvård(?:syrken)?|vårdyrken'), ' healthcare '],
  [words('transportyrken'), ' transport occupations '],
  [words('provinsiella?\\snomineringsprogram(?:met)?'), ' Provincial Nominee Program '],
  [words('fransktalande|franska|fransk'), ' French '],
  [words('läkare'), ' physicians '],
  [words('forskare'), ' researchers '],
  // What happened.
  [words('genomfördes|hölls'), ' was held '],
  [words('genomfört|genomförde|höll'), ' held '],
  [words('ägde\\srum'), ' took place '],
  [words('Totalt'), ' In total '],
  // A comparison with an earlier round: "ned från 518 i föregående dragning", "högre än förra gången".
  [words('ned\\sfrån|ner\\sfrån'), ' down from '],
  [words('upp\\sfrån'), ' up from '],
  [words('högre\\sän'), ' higher than '],
  [words('lägre\\sän'), ' lower than '],
  [words('jämfört\\smed'), ' compared with '],
  [words('förra\\sgången'), ' last time '],
  [words('tidigare'), ' earlier '],
  [words('förra|föregående'), ' previous '],
  [words('senaste'), ' latest '],
  [words('bara|endast|enbart'), ' only '],
  [words('och'), ' and '],
  [words('med'), ' with '],
  [words('för'), ' for '],
];

/** Words only Swedish writes often (not Danish or Norwegian "og", "ikke", "af"). */
const SWEDISH_WORD = words(
  'och|är|att|inte|det|som|för|på|med|av|har|var|den|detta|från|till|också|eller|hade|när|inbjudningar|inbjudan|dragning|dragningen|dragningar|poäng|lägsta|sökande|bjöds|bjöd|bjuder|idag|igår|förra|veckan|tidigare|samtliga',
);
/** A cheap first test: a page with none of these is not Swedish. */
export const SWEDISH_HINT = compiledNow(/\b(?:och|inbjudn|dragning|poäng)/i);

/** Eight of the words, five of them different; or, a short post, five different making up a sixth of its words. */
export function isSwedish(text: string): boolean {
  const found = (text.match(SWEDISH_WORD) ?? []).map((w) => w.toLowerCase());
  const different = new Set(found).size;
  if (different < 5) return false;
  return found.length >= 8 || found.length * 6 >= (text.match(/\p{L}+/gu) ?? []).length;
}

const CASED_RULES = RULES.map(keepCase);

/** A Swedish page glossed into English. */
export const glossSwedish = (text: string): string => glossInTurn(text, CASED_RULES);
