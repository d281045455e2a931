import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Swahili draw news glossed into the English the reader knows, as `gloss-malay.ts` does for Indonesian (docs/parser.md,
 * "Swahili, Somali and Haitian Creole"): day-first dates ("Jumanne, 19 Agosti 2025" → "Tuesday, August 19, 2025", "tarehe 26
 * Oktoba" → "on October 26"), the count after its noun ("mialiko 4,750" → "4,750 invitations"), cut-offs ("alama ya chini ya CRS
 * 561" → "minimum CRS score 561", "alama 431" → "431 points"), rounds ("Droo #272", "droo tatu" → "three draws", "droo iliyopita"
 * → "the previous draw"), the tie-break ("Kanuni ya kuamua sare"), programs and the words of a draw report. Words the glossary
 * does not know stay as they are: no English pattern reads them.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['mac|mach', 'March'],
  ['apr', 'April'],
  ['mei', 'May'],
  ['jun', 'June'],
  ['jul', 'July'],
  ['ago', 'August'],
  ['sep', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['des', 'December'],
];
const MONTH = '(Januari|Jan|Februari|Feb|Machi|Mac|Aprili|Apr|Mei|Juni|Julai|Agosti|Ago|Septemba|Sept?|Oktoba|Okt|Novemba|Nov|Desemba|Des)\\.?';
const month = monthNamer(MONTHS, 'i');

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Jumatatu', 'Monday'],
  ['Jumanne', 'Tuesday'],
  ['Jumatano', 'Wednesday'],
  ['Alhamisi', 'Thursday'],
  ['Ijumaa', 'Friday'],
  ['Jumamosi', 'Saturday'],
  ['Jumapili', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { mbili: 'two', tatu: 'three', nne: 'four', tano: 'five', sita: 'six' };

const RULES: readonly GlossRule[] = [
  // Days: "9 Desemba 2023", "26 Oktoba", "Mei 31" (month first, as a list may write it).
  [words(String.raw`(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [words(String.raw`${MONTH}\s(\d{1,2})(?!\d|:)`), (_, m = '', d = '') => ` ${month(m)} ${String(Number(d))} `],
  [words('Januari|Februari|Machi|Aprili|Juni|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba'), (m = '') => ` ${month(m)} `],
  // "siku ya Jumanne" (on Tuesday), "Jumanne iliyopita" (last Tuesday).
  ...WEEKDAYS.map(([sw, en]): GlossRule => [
    words(`(?:siku\\sya\\s)?${sw}(?:\\s(?:iliyopita|hii))?`),
    (all = '') => (/iliyopita$/i.test(all) ? ` last ${en} ` : /hii$/i.test(all) ? ` this ${en} ` : /^siku/i.test(all) ? ` on ${en} ` : ` ${en} `),
  ]),
  // Bylines: "Imeandikwa na Amina Wanjiru | Jumamosi, 9 Desemba 2023", "Mwandishi wetu, Toronto" (our correspondent).
  [/(?<![\p{L}])(?:Imeandikwa\sna|Mwandishi\s?:)\s(?=\p{Lu})/gu, ' By '],
  [words('mwandishi\\swetu'), ' Our correspondent '],
  [words('tarehe'), ' on '],
  [words(String.raw`saa(?=\s\d{1,2}:\d{2})`), ' at '],
  [words('jana'), ' yesterday '],
  [words('juzi'), ' the day before yesterday '],
  [words('leo'), ' today '],
  [words('wiki\\shii'), ' this week '],
  [words('wiki\\siliyopita'), ' last week '],
  [words('mwezi\\suliopita'), ' last month '],
  // Rounds: "Droo #272", "droo ya Express Entry #362", "droo tatu" (three draws), "droo iliyopita" (the previous draw).
  // "raundi" and "mzunguko" (a round) are read as "droo" is.
  [words('raundi|mzunguko|mizunguko'), 'droo'],
  [words(String.raw`droo\sya\sExpress\sEntry\s#\s?(\d{1,3})`), ' Express Entry draw #$1 '],
  [words(String.raw`droo\smpya\sya\sExpress\sEntry`), ' new Express Entry draw '],
  [words(String.raw`droo\s(?:namba\s|#\s?)(\d{1,3})`), ' draw #$1 '],
  // "droo ya 305" (the 305th round): three digits only, and after the dates ("droo ya 22 Julai" is a day's).
  [words(String.raw`droo\sya\s(\d{3})(?![\d,]|\.\d)`), ' draw #$1 '],
  [words(String.raw`droo\s(mbili|tatu|nne|tano|sita|\d{1,3})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(String.raw`droo\sya\smwisho\skabla\sya\shapo|droo\s(?:iliyopita|iliyotangulia|ya\sawali|ya\skabla)`), ' the previous draw '],
  [words(String.raw`droo\s(?:mpya|ya\shivi\skaribuni|ya\sleo)`), ' new draw '],
  [words('droo\\shii'), ' this draw '],
  [words('droo\\shiyo'), ' that draw '],
  [words('hii'), ' this '],
  [words('droo\\sya\\s(Express\\sEntry|PNP|CEC|STEM|FSW|jumla)'), (_, p = '') => ` ${/jumla/i.test(p) ? 'general' : p} draw `],
  [words('droo\\sya\\s(?:afya|wahudumu\\swa\\safya)'), ' healthcare draw '],
  [words('droo\\sya\\s(?:lugha\\sya\\s)?Kifaransa'), ' French-language draw '],
  [words('droo\\sza\\smakundi'), ' category-based draws '],
  [words('droo\\sza'), ' draws of '],
  [words('droo'), ' draw '],
  // The tie-break: "Kanuni ya kuamua sare (tie-breaking rule)".
  [words(String.raw`kanuni\sya\s(?:kuamua|kuvunja)\s(?:sare|usawa)(?:\s\(tie-?breaking\srule\))?`), ' tie-breaking rule '],
  // Invitations: "mialiko 4,750", "Mialiko iliyotolewa: 2,500", "mialiko 4 pekee" (only 4).
  [words(`mialiko\\s${WORD_COUNT}\\s(?:pekee|tu)`), ' only $1 invitations '],
  [words(`(?:mialiko|mwaliko)\\s${WORD_COUNT}`), ' $1 invitations '],
  [words('(?:mialiko|mwaliko)\\s(?:iliyotolewa|iliyotumwa)'), ' invitations issued '],
  [words('mialiko|mwaliko'), ' invitations '],
  // Cut-offs: "alama ya chini ya CRS 561", "Alama ya chini (CRS): 470", "kwa alama ya chini ya 800", "alama 431".
  [words(String.raw`kiwango\scha\schini\scha\salama(?:\sza\sCRS)?|alama\s(?:ya\sCRS\s)?(?:ya|za)\schini(?:\skabisa)?(?:\s\(CRS\)|\s(?:ya|za)\sCRS)?(?:\s(?:ya|ni)(?=\s\d))?`), ' minimum CRS score '],
  [words(`kwa\\salama\\s${WORD_COUNT}`), ' with $1 points '],
  [words(`alama\\s${WORD_COUNT}`), ' $1 points '],
  [words(`${WORD_COUNT}\\s(?:pointi|alama)`), ' $1 points '],
  [words('pointi'), ' points '],
  [words('alama\\sza\\sziada'), ' bonus points '],
  [words('alama'), ' score '],
  [words('imeshuka|ilishuka|imepungua|ilipungua'), ' fell '],
  [words('imepanda|ilipanda|imeongezeka|iliongezeka'), ' rose '],
  // Who and what: "wagombea" (candidates), "ilifanya droo" (held a draw), "iliyotoa" (which issued).
  [words(`(?:wagombea|waombaji)\\s${WORD_COUNT}`), ' $1 candidates '],
  [words('wagombea|mgombea|waombaji|mwombaji'), ' candidates '],
  [words('ilifanya|imefanya|walifanya|inafanya|itafanya'), ' held '],
  [words('iliyofanyika'), ' which was held '],
  [words('iliyotoa'), ' which issued '],
  [words('ilitoa|imetoa'), ' issued '],
  [words('ilialika|imealika|iliwaalika|imewaalika'), ' invited '],
  [words('walialikwa|wamealikwa'), ' were invited '],
  [words('walipokea|wamepokea|walipata'), ' received '],
  // Programs.
  [words(String.raw`(?:Idara\sya\s)?Uhamiaji\s(?:ya\s|wa\s)?Kanada`), ' Immigration Canada '],
  [words('programu\\szote|mipango\\syote'), ' all programs '],
  [words(String.raw`Daraja\sla\sUzoefu\swa\sKanada`), ' Canadian Experience Class '],
  [words(String.raw`Mpango\swa\sUteuzi\swa\sMkoa`), ' Provincial Nominee Program '],
  [words('kazi\\sza\\selimu|elimu'), ' education '],
  [words(String.raw`(?:ufasaha\swa\s)?lugha\sya\sKifaransa|Kifaransa`), ' French-language '],
  [words(String.raw`kazi\sza\s(?:afya|huduma\sza\safya)|wahudumu\swa\safya`), ' healthcare occupations '],
  [words('afya'), ' healthcare '],
  [words('kazi\\sza\\sSTEM'), ' STEM occupations '],
  [words('kazi\\sza\\sufundi|mafundi|ufundi'), ' trades '],
  [words('uteuzi\\swa\\smkoa'), ' provincial nomination '],
  [words('uzoefu\\swa\\sKanada'), ' Canadian Experience '],
  [words('ukaazi\\swa\\skudumu|makazi\\sya\\skudumu'), ' permanent residence '],
  [words('jeshi'), ' military '],
  // Joining words the English patterns lean on.
  [words('ikilinganishwa\\sna|ukilinganisha\\sna'), ' compared with '],
  [words('baada\\sya'), ' after '],
  [words('kabla\\sya'), ' before '],
  [words('jumla\\sya'), ' a total of '],
  [words('(?:ilikuwa|kilikuwa|lilikuwa|ulikuwa)(?:\\sni)?|ni'), ' was '],
  [words('Kanada'), ' Canada '],
  [words('katika|ndani\\sya'), ' in '],
  [words('na'), ' and '],
  [words('kwa'), ' for '],
  [words('pia'), ' also '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Swahili writes often (not "na", "ya", "leo", "wiki", "kama": names and English have them). */
const SWAHILI_WORD = words(
  'kwa|katika|hii|hiyo|lakini|pia|baada|kabla|zaidi|sana|wengi|ndani|mwaka|siku|jana|tarehe|droo|mialiko|mwaliko|alama|wagombea|habari|uhamiaji|Kanada|ilifanya|imefanya|ilikuwa|Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili|Januari|Februari|Machi|Aprili|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba',
);
/** A cheap first test: a page with none of these is not Swahili. */
export const SWAHILI_HINT = /\b(?:kwa|katika|mialiko|droo|alama|wagombea|uhamiaji)\b/i;

/** Eight of the words, four of them different, or (a short post) four different making up a sixth of its words. */
export const isSwahili = (text: string): boolean => writtenWith(text, SWAHILI_WORD, 4);

/** A Swahili page glossed into English. */
export const glossSwahili = (text: string): string => glossInTurn(text, CASED_RULES);
