import { dottedDayRules } from './gloss-dotted-days.ts';
import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Icelandic draw news glossed into the English the reader knows, in the shape of `gloss-slovenian.ts` (docs/parser.md "Icelandic
 * and Maltese"): day-first dates ("18. febrúar 2026" → "February 18, 2026", "2. sept.", "14.11.2019"), weekdays ("Á mánudaginn"
 * → "on Monday"), "í gær", "í dag", counts grouped with a dot ("6.000" → "6,000") with their nouns ("boð" → "invitations",
 * "umsækjendur" → "candidates", "stig" → "points"), cut-offs ("Lágmarksstig … voru", "Lágmarkið var", "lægsta stigagjöf"), rounds
 * ("lota nr. 395", "Lota #130", "Lota númer 418", "17. lotan" → "draw #395"), the tie-break ("Jafnteflisreglan",
 * "Jafnteflistími"), programs and the words of a draw report. Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['maí', 'May'],
  ['jún', 'June'],
  ['júl', 'July'],
  ['ág', 'August'],
  ['sep', 'September'],
  ['okt', 'October'],
  ['nóv', 'November'],
  ['des', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month after its day, written out or cut short: "16. febrúar", "2. sept.", "25. mars". */
const MONTH_OF_DAY = '(janúar|jan\\.|febrúar|feb\\.|mars|apríl|apr\\.|maí|júní|júlí|ágúst|ág\\.|september|sept?\\.|október|okt\\.|nóvember|nóv\\.|desember|des\\.)';
const MONTH_ALONE = '(janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember)';
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: MonthTable = [
  ['mánudag(?:inn|ur|s)?', 'Monday'],
  ['þriðjudag(?:inn|ur|s)?', 'Tuesday'],
  ['miðvikudag(?:inn|ur|s)?', 'Wednesday'],
  ['fimmtudag(?:inn|ur|s)?', 'Thursday'],
  ['föstudag(?:inn|ur|s)?', 'Friday'],
  ['laugardag(?:inn|ur|s)?', 'Saturday'],
  ['sunnudag(?:inn|ur|s)?', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { tvær: 'two', tvo: 'two', tveir: 'two', þrjár: 'three', þrjá: 'three', þrír: 'three', fjórar: 'four', fjórir: 'four' };
const PEOPLE = '(?:umsækjendur|umsækjendum|umsækjenda|umsækjandi|manns|einstaklingar|einstaklingum|frambjóðendur|frambjóðendum)';
/** A round, in its cases ("lota", "lotu", "lotan", "lotunni") and compounds ("útdráttarlotur", "frönskulotunni"). */
const ROUND = '(?:\\p{L}*lot(?:a|u|an|una|unni|unnar))';
const ROUNDS = '(?:\\p{L}*lot(?:ur|um|urnar|unum|nanna))';
const POINTS = '(?:stig|stiga|stigum|stigin|CRS-stig|CRS-stiga|CRS-stigum)';

const RULES: readonly GlossRule[] = [
  // Counts: "6.000", "1.545" (a dot groups the thousands; a day "14.11.2019" is no count).
  [/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/g, (n) => n.replace(/\./g, ',')],
  // Days: "Á mánudaginn, 16. febrúar" (on Monday, February 16), "18. febrúar 2026", "2. sept.", "14.11.2019".
  ...dottedDayRules(WEEKDAYS, MONTH_OF_DAY, month, 'á|síðasta|síðastliðinn'),
  [
    words(`mánaðaryfirlit:?(?:\\sExpress\\sEntry)?(?:\\sí)?\\s${MONTH_ALONE}(?:\\s${YEAR})?`),
    (all = '', m = '', y = '') => ` Summary of ${month(m)}${y ? ` ${y}` : ''}${/Express/.test(all) ? ' in Express Entry' : ''} `,
  ],
  [words('mánaðaryfirlit|yfirlit\\smánaðarins'), ' Summary of the month '],
  [words('vikuyfirlit|yfirlit\\svikunnar'), ' weekly summary '],
  [words('ársyfirlit|yfirlit\\sársins'), ' Summary of the year '],
  [words(`(?:í\\s)?${MONTH_ALONE}\\s${YEAR}`), (all = '', m = '', y = '') => ` ${/^í/i.test(all) ? 'in ' : ''}${month(m)} ${y} `],
  // A clock: "kl. 10:46:01 UTC" (at).
  [words('kl\\.?(?=\\s\\d{1,2}[:.]\\d\\d)'), ' at '],
  [words('í\\sfyrradag'), ' the day before yesterday '],
  [words('í\\sgær'), ' yesterday '],
  [words('í\\sdag'), ' today '],
  [words('í\\smorgun|í\\skvöld'), ' today '],
  [words('á\\smorgun'), ' tomorrow '],
  [words('í\\sþessari\\sviku|í\\svikunni|þessa\\sviku'), ' this week '],
  [words('í\\sbyrjun\\svikunnar'), ' early this week '],
  [words('í\\ssíðustu\\sviku|í\\sliðinni\\sviku'), ' last week '],
  // A guide, a forecast, an example: "Leiðarvísir", "Dæmi:", "Við spáum", "búist er við".
  [words('leiðarvísir|leiðbeiningar'), ' Guide '],
  [words('dæmi(?=:)|til\\sdæmis'), ' For example '],
  [words('til\\ssamanburðar'), ' For comparison '],
  [words('hvað\\smá\\sbúast\\svið'), ' What to expect '],
  [words('við\\sspáum|spáum|spáir|spá|spáin|búist\\ser\\svið|búast\\svið|gert\\ser\\sráð\\sfyrir'), ' expected '],
  // Hedged counts: "um 400" (about), "rúmlega" (a little more than), "tæplega" (nearly), "allt að" (up to).
  [words('(?:um|í\\skringum|u\\.þ\\.b\\.)(?=\\s\\d)'), ' about '],
  [words('(?:rúmlega|yfir|meira\\sen)(?=\\s\\d)'), ' more than '],
  [words('tæplega|næstum'), ' nearly '],
  [words('allt\\saðl?(?=\\s\\d)'), ' up to '],
  // Rounds: "lota nr. 395", "Lota #130", "Lota númer 418", "í lotu nr. 290", "17. lotan".
  [words(String.raw`(?:(í)\s)?${ROUND}\s(?:nr\.|númer|#)\s?(\d{1,3})`), (_, i = '', n = '') => ` ${i ? 'in ' : ''}draw #${n} `],
  [words(String.raw`${ROUND}\s#(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`umferð(?:in|inni|ar)?\s(?:nr\.|númer|#)\s?(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`(\d{1,3})\.\s${ROUND}`), ' draw #$1 '],
  [words(`(tvær|tvo|tveir|þrjár|þrjá|þrír|fjórar|fjórir)\\s(?:nýjar\\s)?${ROUNDS}`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`í\\s(?:fyrri|síðustu|undanförnu)\\s${ROUND}`), ' in the previous draw '],
  [words(`(?:fyrri|síðasta|síðustu)\\s${ROUND}`), ' the previous draw '],
  [words(`(?:næstu|næsta)\\s${ROUND}`), ' the next draw '],
  [words(`(?:ný|nýja|nýrri)\\s${ROUND}`), ' a new draw '],
  [words('metlot(?:a|u|an|unni)'), ' record draw '],
  [words(`í\\s${ROUND}`), ' in the draw '],
  [words(ROUNDS), ' draws '],
  [words(ROUND), ' draw '],
  [words('umferð(?:in|inni|ar)?'), ' draw '],
  [words('var\\shaldin|var\\shaldinn|fór\\sfram'), ' was held '],
  [words('voru\\shaldnar|fóru\\sfram'), ' were held '],
  [words('var\\sdregið'), ' a draw was held '],
  [words('hélt|héldu'), ' held '],
  // Invitations: "fengu 279 umsækjendur … boð", "7.000 manns fengu boð", "bauð 6.000 umsækjendum", "3.600 boð".
  [words(`fengu\\s${WORD_COUNT}\\s${PEOPLE}([^.\\n]{0,80}?)\\sboð`), ' $1 candidates$2 received invitations '],
  [words(`fengu\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates received '],
  [words(`${WORD_COUNT}\\s(?:${PEOPLE}\\s)?(?:fengu|fá)\\sboð`), ' $1 candidates received invitations '],
  [words(`(?:bauð|buðu)\\s${WORD_COUNT}\\s${PEOPLE}`), ' invited $1 candidates '],
  [words('bauð|buðu'), ' invited '],
  [words('fengu\\sboð|fá\\sboð|hlutu\\sboð|fékk\\sboð|hlaut\\sboð'), ' received invitations '],
  [words('(?:gaf|gáfu|sendi|sendu)\\sút'), ' issued '],
  [words('fjöldi\\sboða'), ' number of invitations '],
  [words(`${WORD_COUNT}\\s(?:boð|boðum)`), ' $1 invitations '],
  [words('boð\\sum\\sað\\ssækja\\sum'), ' invitations to apply for '],
  [words('boð|boðið|boðum|boða|boðs'), ' invitations '],
  [words(`${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  [words(PEOPLE), ' candidates '],
  // The tie-break: "Jafnteflisreglan: 8. október 2019 kl. 10:46:01 UTC", "Jafnteflistími".
  [words('jafnteflisregl(?:a|an|u|unni|unnar)|jafnteflistím(?:i|inn)|jafntefli'), ' tie-breaking rule '],
  // Cut-offs: "Lágmarksstig í þeirri lotu voru 789", "Lágmarkið var 508 stig", "lægsta stigagjöf var 409", "lágmark 472 stig".
  [
    words(
      '(?:lágmarksfjöldi\\sstiga|lágmarksstigafjöldi(?:nn)?|lágmarksstig(?:in)?|lágmarkið|lægsta\\sstigagjöf(?:in)?|lægstu\\sstig(?:in)?)(?:\\s(?:í\\sþeirri\\slotu|í\\slotunni|CRS))?\\s(?:var|voru)',
    ),
    ' the minimum CRS score was ',
  ],
  [words('var\\slágmarkið|voru\\slágmarksstigin'), ' the minimum CRS score was '],
  [words(`(?:lágmark|lágmarksstig)\\s(?=\\d{2,4}(?:\\s${POINTS})?(?![\\d,]))`), ' minimum CRS score '],
  [words('lágmark\\sCRS|lágmarksfjöldi\\sstiga|lágmarksstigafjöldi(?:nn)?|lágmarksstig(?:in)?|lágmarkið|lágmark|lægsta\\sstigagjöf'), ' minimum CRS score '],
  [words('yfir\\slágmarki'), ' above the minimum '],
  [words('CRS-stig(?:um|a|in)?'), ' CRS points '],
  [words(POINTS), ' points '],
  [words('var|voru'), ' was '],
  [words('birt|birtist'), ' Published '],
  [words('síðast\\suppfært|uppfært'), ' Updated '],
  // Programs.
  [words('án\\stillits\\still\\sflokks|allra\\sflokka|fyrir\\salla\\sflokka'), ' for all programs '],
  [words('(?:með\\s)?tilnefning(?:u|ar)?\\sfrá\\sfylki|fylkistilnefning(?:u|ar)?'), ' with a provincial nomination '],
  [words('frönskumælandi|(?:góða\\s)?frönskukunnátt(?:u|a)|frönsku\\p{L}*|franska|frönsk\\p{L}*'), ' French-language proficiency '],
  [words('heilbrigðis\\p{L}*'), ' healthcare '],
  [words('læknar|lækna|læknum|lækni|læknir'), ' physicians '],
  [words('iðngreinar|iðngreina|iðnaðarmenn'), ' trades '],
  [words('menntun|menntunar'), ' education '],
  [words('fasta\\sbúsetu|föst\\sbúseta'), ' permanent residence '],
  [words('Ástralí(?:a|u|u)'), ' Australia '],
  [words('Nýja-Sjáland\\p{L}*'), ' New Zealand '],
  [words('(?:Kanadísk|kanadísk)\\p{L}*'), ' Canadian '],
  [words('fylki|fylkis|fylkið|fylkisins'), ' province '],
  [words('og'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words Icelandic writes and Danish, Norwegian, Swedish, Finnish, German and Dutch do not. */
const ICELANDIC_WORD = words(
  'boð|boðum|boða|fjöldi|í\\sdag|í\\sgær|lota|lotu|lotan|lotur|lotunni|umferð|umsækjendur|umsækjendum|fengu|stig|stiga|lágmark|lágmarkið|lágmarksstig|hélt|var|voru|þetta|það|þeir|sem|með|frá|fyrir|og|að|um|eru|ekki|við|jafntefli\\p{L}*|febrúar|janúar|apríl|júní|júlí|ágúst|október|nóvember|desember|mánudag\\p{L}*|þriðjudag\\p{L}*|miðvikudag\\p{L}*|fimmtudag\\p{L}*|föstudag\\p{L}*',
);
/** The words an Icelandic page writes that none of its neighbours does: one of them must be there. */
const ICELANDIC_CORE = new RegExp(words('boð|lota|lotu|lotan|umferð|umsækjendur|umsækjendum|lágmark\\p{L}*|í\\sdag|í\\sgær|jafntefli\\p{L}*').source, 'iu');
/** A cheap first test: Icelandic's own letters "þ", "ð" (no neighbour writes them). */
export const ICELANDIC_HINT = /[þðÞÐ]/;

/** Eight of the words, five of them different (or a short post, three making up a sixth of its words), and one of its own. */
export const isIcelandic = (text: string): boolean => ICELANDIC_CORE.test(text) && writtenWith(text, ICELANDIC_WORD, 5 - (text.length < 400 ? 2 : 0));

/** An Icelandic page glossed into English. */
export const glossIcelandic = (text: string): string => glossInTurn(text, CASED_RULES);
