import { dottedDayRules } from './gloss-dotted-days.ts';
import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Czech draw news glossed into the English the reader knows, as `gloss-polish.ts` does for Polish (docs/parser.md "Hungarian
 * and Czech"): day-first dates ("16. března 2026" → "March 16, 2026", "18. 3. 2026" → "March 18, 2026", "27. srp 2024"),
 * weekdays ("V pondělí 16. března" → "On Monday, March 16"), counts grouped with a space ("4 000" → "4,000") with their noun
 * ("pozvánek" → "invitations", "uchazečů", "kandidátů" → "candidates"), cut-offs ("minimální skóre CRS", "nejnižší skóre" →
 * "minimum CRS score", "bodů" → "points"), rounds ("kolo č. 403", "42. kolo" → "draw #403", "draw #42"), the tie-break
 * ("Pravidlo pro rovnost bodů"), programs and the words of a draw report. Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['led', 'January'],
  ['ún', 'February'],
  ['bř', 'March'],
  ['dub', 'April'],
  ['kv', 'May'],
  ['červen(?:ec|c)|července|čvc', 'July'],
  ['červ|čvn', 'June'],
  ['srp', 'August'],
  ['zář', 'September'],
  ['říj|říj', 'October'],
  ['lis', 'November'],
  ['pro', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month after its day: the genitive ("16. března"), or three letters ("27. srp 2024"). */
const MONTH_OF_DAY = '(ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|led|úno|bře|dub|kvě|čvn|čvc|srp|zář|říj|lis|pro)\\.?';
/** A month alone: "v březnu" (in March), "od ledna" (since January). */
const MONTH_ALONE = 'lednu|ledna|únoru|února|březnu|března|dubnu|dubna|květnu|května|červnu|června|červenci|července|srpnu|srpna|září|říjnu|října|listopadu|prosinci|prosince';
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['pondělí', 'Monday'],
  ['úterý', 'Tuesday'],
  ['středa|středu', 'Wednesday'],
  ['čtvrtek', 'Thursday'],
  ['pátek', 'Friday'],
  ['sobota|sobotu', 'Saturday'],
  ['neděle|neděli', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { dvě: 'two', dva: 'two', tři: 'three', čtyři: 'four', pět: 'five' };

const RULES: readonly GlossRule[] = [
  // "a" (and) first: the rules' English writes "a" ("with a minimum CRS score of").
  [words('a'), ' and '],
  // Counts: "4 000", "27 332" (a space groups the thousands).
  [/(?<![\d,.:]|\d )(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d,.:]?\d)/g, '$1,$2'],
  // Days: "V pondělí 16. března" (on Monday, March 16), "pátek 24. 7. 2026".
  ...dottedDayRules(WEEKDAYS, MONTH_OF_DAY, month, 've?'),
  // "Rok 2025 v Express Entry", "Přehled roku 2025", "Ohlédnutí za rokem 2025" (the year 2025 looked back on): a year's recap.
  [words(`rok\\s${YEAR}\\sv\\sExpress\\sEntry|přehled\\sroku\\s${YEAR}|ohlédnutí\\sza\\srokem\\s${YEAR}`), (_, a = '', b = '', c = '') => ` Year in review: Express Entry in ${a || b || c} `],
  // "Přehled března 2025" (a summary of March 2025): a month's recap.
  [words(`přehled\\s(${MONTH_ALONE})(?:\\s${YEAR})?`), (_ = '', m = '', y = '') => ` Summary of ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(?:v|od|do)\\s(${MONTH_ALONE})(?:\\s${YEAR})?`), (all = '', m = '', y = '') => ` ${/^od/i.test(all) ? 'since' : /^V/.test(all) ? 'In' : 'in'} ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(?:v\\sroce|od\\sroku)\\s${YEAR}`), (all = '', y = '') => ` ${/^od/i.test(all) ? 'since' : 'in'} ${y} `],
  // A clock: "v 18:57:31 UTC" (at).
  [words('v(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
  [words('předevčírem'), ' the day before yesterday '],
  [words('včera'), ' yesterday '],
  [words('dnes'), ' today '],
  [words('dnešní\\s(?:kolo|draw)'), " today's draw "],
  [words('dnešní'), " today's "],
  [words('tento\\stýden|tento\\stýdnu|tohoto\\stýdne'), ' this week '],
  [words('na\\szačátku\\stýdne'), ' early this week '],
  [words('minulý\\stýden|minulém\\stýdnu'), ' last week '],
  [words('minulý\\směsíc|minulém\\směsíci'), ' last month '],
  [words('zítra'), ' tomorrow '],
  [words('pro\\ssrovnání'), ' for comparison '],
  [words('před\\sdeseti\\slety'), ' ten years ago '],
  // "Deset let Express Entry" (ten years of Express Entry): an anniversary.
  [words('(deset|pět|\\d{1,2})\\slet(?=\\sExpress\\sEntry)'), (_, n = '') => ` ${/^d/i.test(n) ? 'ten' : /^p/i.test(n) ? 'five' : n} years of `],
  [words('tehdy'), ' at the time '],
  // Hedged counts: "kolem 400" (about), "přes 520" (more than), "až" (up to), "téměř" (nearly).
  [words('(?:kolem|zhruba|přibližně|asi)(?=\\s\\d)'), ' about '],
  [words('(?:přes|více\\snež|víc\\snež)(?=\\s\\d)'), ' more than '],
  [words('téměř|skoro'), ' nearly '],
  [words('až(?=\\s\\d)'), ' up to '],
  // Rounds: "kolo č. 403", "42. kolo výběru", "185. kolo Express Entry", "kolo #312", "dvě kola".
  [words(String.raw`(?:kolo|kole|kola)\s(?:č\.|#)\s?(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`(\d{1,3})\.\s(?:kolo|kole)(?:\svýběru)?(?:\s(?:v\s)?Express\sEntry)?`), ' draw #$1 '],
  [words(String.raw`č\.(?=\s?\d)`), ' no. '],
  [words('(dvě|dva|tři|čtyři|pět)\\s(?:výběrová\\s)?kola'), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('(?:předchozí|minulé|minulém|předchozím)\\skol(?:o|e)'), ' the previous draw '],
  [words('(?:poslední|posledního|posledním)\\skol(?:o|a|e)'), ' the last draw '],
  [words('první\\skolo'), ' the first draw '],
  [words('(?:výběrová\\s)?kola|kol'), ' draws '],
  [words('v(?=\\s(?:kole|kolech)(?![\\p{L}]))'), ' in '],
  [words('kolo|kole'), ' draw '],
  [words('proběhlo|proběhla|proběhl|se\\skonalo'), ' was held '],
  [words('uspořádal(?:o|a)?|provedl(?:o|a)?'), ' held '],
  // "následovalo kolo č. 404" (draw #404 followed): it was held, as English has it.
  [words('následovalo|následovala'), ' was held '],
  // Invitations: "pozvánku obdrželo 362 uchazečů", "Pozváno bylo 1 000 kandidátů", "bylo pozváno 381 uchazečů".
  [
    words(`(?:pozvánku|pozvánky)\\s(?:tehdy\\s)?(?:obdrželo|obdrželi|dostalo|dostali)\\s${WORD_COUNT}\\s(?:uchazečů|uchazeči|kandidátů|kandidáti|lidí|lidé|osob|osoby)`),
    ' $1 candidates received invitations ',
  ],
  [words(`(?:obdrželo|dostalo)\\spozvánk[uy]\\s${WORD_COUNT}\\s(?:uchazečů|kandidátů|lidí|osob)`), ' $1 candidates received invitations '],
  [words(`(?:pozváno\\sbylo|bylo\\spozváno)\\s${WORD_COUNT}\\s(?:uchazečů|kandidátů|lidí|osob)`), ' $1 candidates were invited '],
  [words('pozvalo|pozval|pozvala'), ' invited '],
  [words('bylo\\srozesláno|bylo\\svydáno|bylo\\srozeslaných'), ' were issued '],
  [words('rozeslalo|rozeslal|rozeslala|vydalo'), ' issued '],
  [words('obdrželo|obdrželi|obdržel|obdržela|dostalo|dostali'), ' received '],
  [words('pozvánek|pozvánky|pozvánku|pozvánka|pozvánkami'), ' invitations '],
  [words('uchazečů|uchazeče|uchazeči|uchazečům|kandidátů|kandidáti|kandidátům'), ' candidates '],
  [words('pravidlo\\s(?:pro\\s)?(?:rovnost|shod[uy])\\sbodů|pravidlo\\srovnosti(?:\\sbodů)?'), ' tie-breaking rule '],
  // Cut-offs: "minimální skóre CRS bylo 742", "nejnižší skóre činilo 507 bodů", "s minimálním skóre 400", "při hranici 508".
  [words('(?:s|při)\\s(?:(?:minimálním|nejnižším)\\sskóre(?:\\sCRS)?|(?:bodovou\\s)?hranicí|hranici)'), ' with a minimum CRS score of '],
  // "Nejnižší hranice byla 379 bodů, nejvyšší 831" (the lowest cut-off, the highest): a recap's record, not a round's cut-off.
  [words('nejnižší\\shranice'), ' the lowest cut-off '],
  [words('nejvyšší'), ' the highest '],
  [words('(?:minimální|nejnižší)\\s(?:skóre|hranice)(?:\\sCRS)?|minimální\\spočet\\sbodů|bodová\\shranice|hranice\\sCRS|hranice(?=\\s\\d)'), ' minimum CRS score '],
  [words('bylo|byla|byl|činilo|činila|činil'), ' was '],
  [words('bodů|body|bodech|bod'), ' points '],
  [words('celkem'), ' in total '],
  // A byline's day: "Publikováno" (published), "Aktualizováno" (updated), "Autor:" (by).
  [words('publikováno|zveřejněno'), ' Published '],
  [words('aktualizováno'), ' Updated '],
  [words('autor|autorka'), ' By '],
  // A recap, a forecast, a guide.
  // "Týdenní přehled" (the week's summary): the rounds of the week, as English writes it.
  [words('týdenní\\spřehled'), ' weekly summary '],
  [words('týdenní'), ' weekly '],
  [words('přehled'), ' overview '],
  [words('analýza'), ' analysis '],
  [words('očekává|očekáváme|předpověď|prognóza'), ' expected '],
  // Programs.
  [words('frankofonní|francouzsky\\smluvící'), ' French-speaking '],
  [words('francouzština|francouzštinu|francouzštiny|francouzštině'), ' French-language proficiency '],
  [words('(?:kvalifikované\\s|kvalifikovaní\\s)?vojenské\\srekruty|(?:kvalifikovaní\\s)?vojenští\\srekruti'), ' military recruits '],
  [words('zdravotnictví'), ' healthcare '],
  [words('řemesla|řemeslné\\sprofese'), ' trades '],
  [words('zemědělství'), ' agriculture '],
  [words('vzdělávání|školství'), ' education '],
  [words('doprava|dopravy|dopravu'), ' transport '],
  [words('provinční\\snominac(?:i|e)'), ' provincial nomination '],
  [words('Kanady|Kanadě|Kanada'), ' Canada '],
  [words('kanadský|kanadská|kanadského'), ' Canadian '],
  [words('pro'), ' for '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Czech writes often (not "a", "na", "pro": English pages and names have them). */
const CZECH_WORD = words(
  'je|jsou|se|si|ve|ze|jak|jako|podle|tak|tento|další|celkem|hranice|hranicí|nejnižší|rozeslalo|uspořádalo|pozvalo|pouze|mám|máme|bylo|byla|byl|které|který|která|také|při|už|již|jen|než|kolo|kola|kol|pozvánek|pozvánky|pozvánku|uchazečů|kandidátů|bodů|skóre|minimální|včera|dnes|proběhlo|Kanady|Kanadě|týden|takže|ale|že|hodně|štěstí|všem|dnešní|pozvánkami|uchazeči',
);
/** A cheap first test: a page with none of these letters is not Czech (Slovak and Polish write none of them). */
export const CZECH_HINT = /[řěůŘĚŮ]/;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isCzech = (text: string): boolean => writtenWith(text, CZECH_WORD, 5);

/** A Czech page glossed into English. */
export const glossCzech = (text: string): string => glossInTurn(text, CASED_RULES);
