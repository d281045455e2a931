import { glossInTurn, keepAnyCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * West Frisian draw news glossed into the English the reader knows, in the shape of `gloss-samoan.ts` (docs/parser.md "Occitan and
 * West Frisian"): dates with its months ("19 augustus 2026" → "August 19, 2026", "7 jannewaris" → "January 7", day first
 * "17-01-2025", "19.02.2026"), weekdays ("Moandei" → Monday), "hjoed" (today), "juster" (yesterday), "dizze wike" (this week);
 * rounds ("rûnte #435" → round #435, "Express Entry-loting" → Express Entry draw, "trije lotingen" → three draws); counts ("442
 * útnoegings" → 442 invitations, "hat hjoed 150 útnoegings útjûn" → today issued 150 invitations, "1,500 kandidaten in útnoeging
 * krigen" → received an invitation); cut-offs ("minimale CRS", "leechste CRS-skoare" → minimum CRS score, "wie 557" → was 557);
 * hedges ("sawat", "om en by" → about, "mear as" → more than, "oant" → up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['jannewaris', 'January'],
  ['febrewaris', 'February'],
  ['maart', 'March'],
  ['april', 'April'],
  ['maaie', 'May'],
  ['juny', 'June'],
  ['july', 'July'],
  ['augustus', 'August'],
  ['septimber', 'September'],
  ['oktober', 'October'],
  ['novimber', 'November'],
  ['desimber', 'December'],
];
const month = monthNamer(
  MONTHS.map(([m, e]) => [`${m}$`, e] as const),
  'i',
);
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  moandei: 'Monday',
  tiisdei: 'Tuesday',
  woansdei: 'Wednesday',
  tongersdei: 'Thursday',
  freed: 'Friday',
  sneon: 'Saturday',
  snein: 'Sunday',
};
const WEEKDAYS = 'moandei|tiisdei|woansdei|tongersdei|freed|sneon|snein';
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const COUNT = WORD_COUNT;
const NUMBERS: Readonly<Record<string, string>> = { twa: 'two', trije: 'three', fjouwer: 'four', fiif: 'five' };
const INVITATIONS = '(?:útnoegings|útnûgings|útnoegingen)';
const ROUND = '(?:rûnte|loting)';

const RULES: readonly GlossRule[] = [
  // Days: "Moandei 17 augustus" (Monday, August 17), "op 7 jannewaris", "4 oktober 2018", "17-01-2025", "19.02.2026".
  [
    words(String.raw`(?:(${WEEKDAYS}),?\s)?(?:(op)\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', w = '', on = '', d = '', m = '', y = '') => {
      const day = namedMonthDay(d, month(m), y);
      return day ? `${w ? ` ${weekdayOf(w)},` : ''}${on ? ' on' : ''}${day}` : ` ${all} `;
    },
  ],
  [/(?<![\d./-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d/.-]\d)/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:yn|in)\\s${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(${WEEKDAYS})`), (_, w = '') => ` ${weekdayOf(w)} `],
  // "earjuster" (the day before yesterday), "juster" (yesterday), "fan juster" (yesterday's), "hjoed" (today), "moarn" (tomorrow).
  [words('earjuster'), ' the day before yesterday '],
  [words(`de\\s(Express\\sEntry)-${ROUND}\\sfan\\sjuster`), " yesterday's $1 draw "],
  [words('fan\\sjuster'), ' of yesterday '],
  [words('juster(?:jûn)?'), ' yesterday '],
  [words('hjoed(?:\\sde\\sdei)?'), ' today '],
  [words('fannemoarn'), ' this morning '],
  [words('(?:de\\s)?(?:rûnten|lotingen)\\sfan\\sdizze\\swike'), " This week's draws "],
  [words('dizze\\swike'), ' this week '],
  [words('ferline\\swike|de\\sôfrûne\\swike'), ' last week '],
  [words('dizze\\smoanne'), ' this month '],
  // Guides, recaps, forecasts, no round.
  [words('hantlieding|gids'), ' Guide '],
  [words('moanne-oersjoch|moanneoersjoch'), ' Monthly recap '],
  [words('jieroersjoch'), ' Year in review '],
  [words('ferwachting|foarsizzing'), ' forecast '],
  [words('bygelyks'), ' for example '],
  [words(`gjin\\s(Express\\sEntry-)?${ROUND}`), (_, e = '') => ` no ${e ? 'Express Entry ' : ''}draw `],
  // Hedged counts, no count to the reader.
  [words(`(?:sawat|om\\sen\\sby|likernôch|omtrint|rom)\\s${COUNT}`), ' about $1 '],
  [words(`mear\\sas\\s${COUNT}`), ' more than $1 '],
  [words(`(?:oant|maksimaal)\\s(?:oan\\s)?${COUNT}`), ' up to $1 '],
  // Rounds: "rûnte #435", "rûnte nûmer 226", "Rûnte 101", "Express Entry-loting", "CEC-rûnte", "trije lotingen".
  [/-(?:rûnte|loting)(?![\p{L}])/gu, ' draw'],
  [/-(?:rûnten|lotingen)(?![\p{L}])/gu, ' draws'],
  [words(`${ROUND}\\s(?:nûmer\\s|#\\s?)(\\d{1,3})`), ' draw #$1 '],
  [words(`${ROUND}\\s(\\d{1,3})(?=:)`), ' draw #$1 '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\s(?:rûnten|lotingen)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`de\\s(?:foarige|lêste)\\s${ROUND}`), ' the previous draw '],
  [words('rûnten\\sútnoegings'), ' draws '],
  [words('rûnten|lotingen'), ' draws '],
  [words(ROUND), ' draw '],
  [words('Frânsktalige\\skandidaten|Frânsktaligen'), ' French-speaking candidates '],
  // Counts: "442 útnoegings", "hat hjoed 150 útnoegings útjûn", "1,500 kandidaten in útnoeging (ITA)", "391 artsen waarden útnoege".
  [words(`hat\\s(hjoed\\s)?${COUNT}\\s${INVITATIONS}\\s(?:útjûn|ferstjoerd|stjoerd)`), (_, t = '', n = '') => ` ${t ? 'today ' : ''}issued ${n} invitations `],
  [
    words(`${COUNT}\\s(kandidaten|artsen|dokters|minsken)\\s(?:waarden|binne)\\sútnoege`),
    (_, n = '', w = '') => ` ${n} ${w.toLowerCase() === 'kandidaten' || w.toLowerCase() === 'minsken' ? 'candidates' : 'physicians'} were invited `,
  ],
  [words(`krigen\\s${COUNT}\\s(?:(\\p{Lu}{2,4})-)?kandidaten\\sin\\sútnoeging`), (_, n = '', p = '') => ` ${n} ${p ? `${p} ` : ''}candidates received an invitation `],
  [words(`waarden\\s${COUNT}\\s(?:(\\p{Lu}{2,4})-)?kandidaten\\sútnoege`), (_, n = '', p = '') => ` ${n} ${p ? `${p} ` : ''}candidates were invited `],
  [words(`hat\\s(.{1,40}?)\\s${COUNT}\\s${INVITATIONS}\\s(?:útjûn|ferstjoerd|stjoerd)`), ' $1 issued $2 invitations '],
  [words(`${COUNT}\\s${INVITATIONS}`), ' $1 invitations '],
  [words(INVITATIONS), ' invitations '],
  [words('in\\sútnoeging|útnoeging'), ' an invitation '],
  [words('krigen'), ' received '],
  [words('kandidaten'), ' candidates '],
  // Cut-offs: "minimale CRS", "De leechste CRS-skoare wie 557", "leechste skoare 445 punten", "mei in minimale CRS-skoare fan mar 169".
  [words('(?:de\\s)?(?:leechste|minimale)\\sCRS(?:-skoare)?(?:\\sfan(?:\\smar)?|\\swie)?(?=\\s\\d)'), (m = '') => (/wie$/i.test(m) ? ' the minimum CRS score was ' : ' minimum CRS score ')],
  [words('(?:de\\s)?(?:leechste|minimale)\\s(?:provinsjale\\s)?skoare(?:\\sfan|\\swie)?(?=\\s\\d)'), (m = '') => (/wie$/i.test(m) ? ' the minimum score was ' : ' minimum score ')],
  [words('(?:leechste|minimale)\\sCRS(?:-skoare)?'), ' minimum CRS score '],
  [words('CRS-skoare|CRS-punten'), ' CRS score '],
  [words(`${COUNT}\\spunten`), ' $1 points '],
  [words(`wie\\sde\\sminimale\\sskoare`), ' the minimum score was '],
  [words('in\\sskoare\\sfan'), ' a score of '],
  [words('skoare'), ' score '],
  [words('lykspulregel'), ' tie-breaking rule '],
  // Programs.
  [words('Provinsjaal\\sNominee\\sProgramma'), ' Provincial Nominee Program '],
  [words('Frânsk'), ' French '],
  [words('sûnder\\sspesifyk\\sprogramma'), ' with no specific program '],
  [words("foar\\salle\\sprogramma['’]s"), ' for all programs '],
  [words('(?:allinnich\\sfoar\\s)?(?:dokters|artsen)'), ' physicians '],
  [words('sûnenssoarch|sûnens'), ' healthcare '],
  [words('lânbou'), ' agriculture '],
  [words('de\\sprovinsje'), ' the province of '],
  [words('Britsk-Kolumbia'), ' British Columbia '],
  [words('in\\seigen'), ' its own '],
  [words('Dit\\sis\\sgjin\\sfederale'), ' This is not a federal '],
  // Verbs and small words.
  [words('hat\\s(IRCC|Kanada)\\s(.{1,40}?)\\shâlden'), ' $1 held $2 '],
  [words('hat\\s(.{1,40}?)\\shâlden'), ' held $1 '],
  [words('hâlden'), ' held '],
  [words('wiene'), ' were '],
  [words('Kanada'), ' Canada '],
  [words('earder'), ' earlier '],
  [words('wie\\sder'), ' there was '],
  [words('allinnich'), ' only '],
  [words('wie'), ' was '],
  [words('yn'), ' in '],
  [words('foar'), ' for '],
  [words('mei\\sin'), ' with a '],
  [words('mei'), ' with '],
  [words('mear\\sas'), ' more than '],
  [words('de\\s(?:foarige|lêste)\\s(\\p{Lu}{2,4})\\sdraw'), ' the previous $1 draw '],
  [words('en\\sop'), ' and on '],
  [words('op'), ' on '],
  [words('twa'), ' two '],
  [words('fan'), ' of '],
  [words('nijs'), ' news '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only West Frisian writes among the languages the reader glosses (not Dutch's "de", "het", "van", "kandidaten", nor Afrikaans', German's or Danish's). */
const FRISIAN_WORD = words(
  `hjoed|juster|earjuster|fannemoarn|wike|dizze|rûnte|rûnten|loting|lotingen|útnoegings?|útnoege|útjûn|leechste|skoare|hâlden|wiene|waarden|gjin|lêste|nije|nijs|earder|trije|fjouwer|fiif|moanne|foar|sûnder|allinnich|betsjut|hawwe|minsken|ferstjoerd|krije|krijt|jannewaris|febrewaris|maaie|juny|july|septimber|novimber|desimber|moandei|tiisdei|woansdei|tongersdei|sneon|snein|Kanadeeske|Fryske?|Friezen|yn|fan|sawat|koart|oan|minimale|lykspulregel|likernôch|omtrint|oant|Frânsk\\p{L}*`,
);
/** The language's own spellings, two of which a page must write (Dutch, Afrikaans and German write none of them). */
const FRISIAN_OWN = words(
  'hjoed|juster|rûnte|rûnten|útnoegings?|útnoege|útjûn|leechste|skoare|hâlden|wiene|gjin|nijs|dizze|wike|sûnder|allinnich|moanne|jannewaris|febrewaris|maaie|septimber|novimber|desimber|moandei|tiisdei|woansdei|tongersdei|lykspulregel|Frânsk\\p{L}*',
);
/** A cheap first test: "û", "ú" or "â" ("rûnte", "útnoeging", "hâlden"), which English pages do not write (three string searches, faster than a letter class). */
export const FRISIAN_HINT = { test: (text: string): boolean => text.includes('û') || text.includes('ú') || text.includes('â') };

/** Five different of the words, eight in all or a sixth of a short post's, three different of them its own. */
export const isWestFrisian = (text: string): boolean => writtenWith(text, FRISIAN_WORD, 5) && new Set((text.match(FRISIAN_OWN) ?? []).map((w) => w.toLowerCase())).size >= 3;

/** A West Frisian page glossed into English. */
export const glossWestFrisian = (text: string): string => glossInTurn(text, CASED_RULES);
