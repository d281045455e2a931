import { dottedDayRules } from './gloss-dotted-days.ts';
import { glossInTurn, keepCase, monthNamer, NORDIC_MONTHS, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Faroese draw news glossed into the English the reader knows, in the shape of `gloss-icelandic.ts` (docs/parser.md "Faroese and
 * Breton"): day-first dates ("18. august 2026" → "August 18, 2026", "27.10.2022"), weekdays ("Mánadagin 4. august" → "On Monday,
 * August 4"), "í dag", "í gjár", counts grouped with a dot ("3.350" → "3,350") with their nouns ("innbjóðingar" → "invitations",
 * "umsøkjarar" → "candidates", "stig" → "points"), cut-offs ("lægsta CRS-stigatalið var 523", "minsta stigatal"), rounds ("umfar
 * nr. 431", "tað 234. umfarið" → "draw #431"), the tie-break ("Javnstøðureglan"), programs and the words of a draw report. Words
 * the glossary does not know stay as they are.
 */

const month = monthNamer(NORDIC_MONTHS, 'i');
/** A month after its day, written out or cut short: "18. august", "3. feb.". */
const MONTH_OF_DAY = '(januar|jan\\.|februar|feb\\.|mars|apríl|apr\\.|mai|juni|juli|august|aug\\.|september|sept?\\.|oktober|okt\\.|november|nov\\.|desember|des\\.)';
const MONTH_ALONE = '(januar|februar|mars|apríl|mai|juni|juli|august|september|oktober|november|desember)';
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: MonthTable = [
  ['mánadag(?:in|ur|s)?', 'Monday'],
  ['týsdag(?:in|ur|s)?', 'Tuesday'],
  ['mikudag(?:in|ur|s)?', 'Wednesday'],
  ['hósdag(?:in|ur|s)?', 'Thursday'],
  ['fríggjadag(?:in|ur|s)?', 'Friday'],
  ['leygardag(?:in|ur|s)?', 'Saturday'],
  ['sunnudag(?:in|ur|s)?', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { tvey: 'two', tvær: 'two', tveir: 'two', trý: 'three', tríggjar: 'three', tríggir: 'three', fýra: 'four' };
const PEOPLE = '(?:umsøkjarar|umsøkjarum|umsøkjara|umsøkjari|fólk|fólki|persónar|persónum|føroyingar)';
/** A round, in its cases ("umfar", "umfarið", "umfarinum") and compounds ("CEC-umfarið", "útdráttarumfar"). */
const ROUND = '(?:umfar(?:ið|inum|i)?)';
const ROUNDS = '(?:umfør(?:ini|unum|um)?)';
const POINTS = '(?:stig|stigum|stiga|stigini|CRS-stig|CRS-stigum)';
const SCORE = '(?:CRS-)?stigatal(?:ið|inum|i)?';
const LOWEST = '(?:lægsta|lægst|minsta|minst)';

const RULES: readonly GlossRule[] = [
  // Counts: "1.000", "3.350" (a dot groups the thousands; a day "27.10.2022" is no count).
  [/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/g, (n) => n.replace(/\./g, ',')],
  // Days: "Mánadagin 4. august" (on Monday, August 4), "18. august 2026", "3. feb.", "27.10.2022".
  ...dottedDayRules(WEEKDAYS, MONTH_OF_DAY, month, 'á|seinasta|síðsta|síðstu'),
  [words(`(?:mánaðaryvirlit|yvirlit\\syvir)\\s${MONTH_ALONE}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` Summary of ${month(m)}${y ? ` ${y}` : ''} `],
  [words('mánaðaryvirlit'), ' Summary of the month '],
  [words('vikuyvirlit'), ' weekly summary '],
  [words(`(?:árið\\s${YEAR}(?:\\sí\\sExpress\\sEntry)?:?\\s(?:eitt\\s)?(?:yvirlit|ársyvirlit))|ársyvirlit\\s${YEAR}`), (_, a = '', b = '') => ` ${a || b} year in review `],
  [words('ársyvirlit'), ' year in review '],
  [words(`(?:í\\s)?${MONTH_ALONE}\\s${YEAR}`), (all = '', m = '', y = '') => ` ${/^í/i.test(all) ? 'in ' : ''}${month(m)} ${y} `],
  [words(`í\\s${MONTH_ALONE}`), (_, m = '') => ` in ${month(m)} `],
  // A clock: "kl. 21:35:13 UTC" (at).
  [words('kl\\.?(?=\\s\\d{1,2}[:.]\\d\\d)'), ' at '],
  [words('í\\sfyrradag'), ' the day before yesterday '],
  [words('í\\sgjár'), ' yesterday '],
  [words('í\\sdag|í\\smorgun|í\\skvøld'), ' today '],
  [words('í\\smorgin'), ' tomorrow '],
  [words('hesa\\svikuna|í\\shesi\\sviku(?:ni)?|í\\svikuni'), ' this week '],
  [words('seinastu\\sviku|í\\ssíðstu\\sviku|síðstu\\sviku|í\\sfarnu\\sviku'), ' last week '],
  [words('í\\snæstu\\sviku|næstu\\sviku'), ' next week '],
  // A guide, a forecast, an example.
  [words('vegleiðing(?:in)?|leiðbeining(?:ar)?'), ' Guide '],
  [words('til\\sdømis|dømi(?=:)'), ' For example '],
  [words('forsøgn|spádómur|vit\\svænta|væntandi|væntað|vænta|vit\\smeta'), ' expected '],
  // A change of cut-off: "hækkaði úr 516 upp í 523" (rose from 516 to 523), "fall úr 520 niður í 517" (not "up to 523").
  [words(String.raw`(?:hækkaði|hækkar|vaks|øktist)\s(?:úr|frá)\s(\d{2,4})\s(?:upp\s)?(?:í|til)\s(\d{2,4})(?![\d,])`), ' rose from $1 to $2 '],
  [words(String.raw`(?:fall|fellur|lækkaði|lækkar|minkaði)\s(?:úr|frá)\s(\d{2,4})\s(?:niður\s)?(?:í|til)\s(\d{2,4})(?![\d,])`), ' fell from $1 to $2 '],
  // Hedged counts: "umleið 4.000" (about), "meira enn" (more than), "upp í"/"alt at" (up to), "nærum" (nearly).
  [words('(?:umleið|uml\\.|okkurt\\sum|um)(?=\\s\\d)'), ' about '],
  [words('(?:meira\\senn|fleiri\\senn|yvir|omanfyri)(?=\\s\\d)'), ' more than '],
  [words('(?:upp\\stil|upp\\sí|alt\\sat|í\\smesta\\slagi)(?=\\s\\d)'), ' up to '],
  [words('(?:nærum|næstan)(?=\\s\\d)'), ' nearly '],
  // Rounds: "umfar nr. 431", "Umfarið, nr. 436,", "tað 234. umfarið", "umfar 114", "Tvey umfør".
  // "Seinasta umfarið, nr. 437," (the previous draw, draw #437): a round given as context, before "umfarið, nr." is read alone.
  [words(String.raw`(?:í\s)?(?:seinasta|undanfarna|fyrra|síðsta)\s${ROUND},?\s(?:nr\.|nummar|#)\s?(\d{1,3}),?`), ' the previous draw, draw #$1, '],
  [words(String.raw`(?:(í)\s)?${ROUND},?\s(?:nr\.|nummar|#)\s?(\d{1,3})(,?)`), (_, i = '', n = '') => ` ${i ? 'in ' : ''}draw #${n} `],
  // An ordinal round ("tað 234. umfarið"), not a sentence's last number before "Umfarið".
  [words(String.raw`(?:tað[ ])?(\d{1,3})\.[ ]${ROUND}`), (all = '', n = '') => (/\.\sU/.test(all) ? all : ` draw #${n} `)],
  [words(String.raw`${ROUND}\s(\d{2,3})(?![\d,.:]?\d)(?!\.\s\p{L})`), ' draw #$1 '],
  [words(`(tvey|tvær|tveir|trý|tríggjar|tríggir|fýra)\\s(?:nýggj\\s)?${ROUNDS}`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`(?:í\\s)?(?:seinasta|undanfarna|fyrra|síðsta)\\s${ROUND}`), ' the previous draw '],
  [words(`(?:næsta|komandi)\\s${ROUND}`), ' the next draw '],
  [words(`(?:eitt\\s)?(?:nýtt|nýggj|nýggja)\\s${ROUND}`), ' a new draw '],
  [words(String.raw`(\p{Lu}{2,5})-(?:${ROUND})`), ' $1 draw '],
  [words(ROUNDS), ' draws '],
  [words(ROUND), ' draw '],
  [words('varð\\s(?:eitt\\s)?(?:draw\\s)?hildið|var\\shildið|fór\\sfram'), ' was held '],
  [words('vórðu\\shildin|vóru\\shildin'), ' were held '],
  [words('(hevði|hevur|helt)\\s(IRCC|Kanada|stjórnin)'), ' $2 held '],
  [words('hevur\\s(?:(yesterday|today)\\s)?(?:hildið|havt)'), ' held $1 '],
  [words('hildið|havt|helt|hevði'), ' held '],
  // Invitations: "1.000 umsøkjarar fingu innbjóðing", "3.300 fingu innbjóðing", "bjóðar 1.000 umsøkjarum", "bjóðaði 6.000 inn".
  [words(`${WORD_COUNT}\\s(?:${PEOPLE}\\s)?([^.\\n\\d]{0,40}?)fingu\\s(?:eina\\s)?innbjóðing(?:ar)?`), ' $1 candidates $2received invitations '],
  [words(`fingu\\s(?:(bert|einans)\\s)?${WORD_COUNT}\\s${PEOPLE}`), (_, only = '', n = '') => ` ${only ? 'only ' : ''}${n} candidates received `],
  [words(`(?:bjóðar|bjóðaði|bjóðaðu|bjóðar\\sinn|bjóðaði\\sinn)\\s${WORD_COUNT}\\s(?:${PEOPLE}|inn)`), ' invited $1 candidates '],
  [words('bjóðaði\\sinn|bjóðar\\sinn|bjóðaði|bjóðaðu|bjóðar'), ' invited '],
  [words('fingu\\s(?:eina\\s)?innbjóðing(?:ar)?|fekk\\s(?:eina\\s)?innbjóðing'), ' received invitations '],
  [words('(?:sendi|sendu|sendir)\\s(?:út\\s)?(?=\\d)'), ' issued '],
  [words(`${WORD_COUNT}\\s(?:innbjóðingar|innbjóðingum|innbjóðing)`), ' $1 invitations '],
  [words('innbjóðing(?:ar|um|in|arnar)?\\sat\\ssøkja\\sum'), ' invitations to apply for '],
  [words('innbjóðing(?:ar|um|in|arnar)?'), ' invitations '],
  [words(`${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  [words(PEOPLE), ' candidates '],
  // The tie-break: "Javnstøðureglan (tie-breaking rule) var 3. juli 2026 kl. 21:35:13 UTC", "Javnstøðureglan: …".
  [words('javnstøðuregl(?:an|a|uni|unnar)(?:\\s\\(tie-breaking\\srule\\))?|javnstøðutíð(?:in)?'), ' tie-breaking rule '],
  // Cut-offs: "Lægsta CRS-stigatalið var 523", "minsta stigatalið var 489", "lægsta stigatal 768", "lægsta stigatali 516".
  [words(`${LOWEST}\\s${SCORE}\\s(?:var|er)`), ' the minimum CRS score was '],
  [words(`(?:og|við)\\s${LOWEST}\\s${SCORE}`), ' with a minimum CRS score of '],
  [words(`${LOWEST}\\s${SCORE}|${LOWEST}\\sCRS`), ' minimum CRS score '],
  [words('CRS-stig(?:um|a|ini)?|CRS-stigatal(?:ið)?'), ' CRS points '],
  [words(POINTS), ' points '],
  [words('var|varð'), ' was '],
  [words('vóru|vórðu'), ' were '],
  // Programs.
  [words('(?:úr\\s)?øllum\\sforritum|(?:fyri\\s)?øll\\sforritini|øll\\sforrit'), ' for all programs '],
  [words('landslutaskipan(?:ir|irnar|ini|in)?|landsluta\\p{L}*'), ' Provincial Nominee Program '],
  [words('(?:fólk\\s)?við\\sgóðum\\sfronskum|fransk-talandi|fransktalandi|fronsku\\p{L}*|franskt|fronskum'), ' French-speaking candidates '],
  [words('heilsu\\p{L}*'), ' healthcare '],
  [words('læknar|lækna|læknum|lækni|læknur'), ' physicians '],
  [words('handverk\\p{L}*|handverkarar'), ' trades '],
  [words('kanadiskum\\sarbeiðsroyndum|kanadiskar\\sarbeiðsroyndir'), ' Canadian work experience '],
  [words('fast\\suppihald|fasta\\suppihaldsloyvi|fast\\suppihaldsloyvi'), ' permanent residence '],
  [words('Avstralia|Avstralii'), ' Australia '],
  [words('Nýsæland\\p{L}*'), ' New Zealand '],
  [words('kanadisk\\p{L}*'), ' Canadian '],
  [words('landslut(?:ur|in|urin|i)'), ' province '],
  [words('ikki'), ' not '],
  [words('og'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words Faroese writes and Icelandic, Danish, Norwegian and Swedish do not (nor English). */
const FAROESE_WORD = words(
  'umfar\\p{L}*|umfør\\p{L}*|\\p{L}+-umfar\\p{L}*|innbjóðing\\p{L}*|umsøkjar\\p{L}*|stigatal\\p{L}*|CRS-stigatal\\p{L}*|fingu|í\\sgjár|í\\sdag|hevur|hevði|hildið|hetta|hesa|hesi|eitt|tað|tann|einans|bert|øll|øllum|fólk|javnstøð\\p{L}*|lægsta|minsta|bjóðar|bjóðaði|søkja|vóru|varð|mánadag\\p{L}*|týsdag\\p{L}*|mikudag\\p{L}*|hósdag\\p{L}*|fríggjadag\\p{L}*|leygardag\\p{L}*|januar|februar|apríl|juni|juli|desember',
);
/** The words a Faroese page writes that none of its neighbours does: one of them must be there. */
const FAROESE_CORE = new RegExp(words('umfar\\p{L}*|umfør\\p{L}*|\\p{L}+-umfar\\p{L}*|innbjóðing\\p{L}*|umsøkjar\\p{L}*|\\p{L}*stigatal\\p{L}*|í\\sgjár|javnstøð\\p{L}*').source, 'iu');
/** A cheap first test: "ø" or "ð" (Faroese writes both; English neither). */
export const FAROESE_HINT = /[øðØÐ]/;

/** Eight of the words, five of them different (or a short post, three making up a sixth of its words), and one of its own. */
export const isFaroese = (text: string): boolean => FAROESE_CORE.test(text) && writtenWith(text, FAROESE_WORD, 5 - (text.length < 400 ? 2 : 0));

/** A Faroese page glossed into English. */
export const glossFaroese = (text: string): string => glossInTurn(text, CASED_RULES);
