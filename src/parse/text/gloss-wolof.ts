import { glossInTurn, keepAnyCase, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Wolof draw news glossed into the English the reader knows, in the shape of `gloss-creole.ts` (docs/parser.md "Wolof and
 * Malagasy"): thousands with a space ("3 200" → "3,200"), day-first dates with Wolof or French months ("8 sulet 2024", "27 suwe",
 * "31 me 2021", "16 mars") and weekdays ("talaata", "àllarba"), counts ("woo na 777 nit" → "invited 777 candidates", "4 300
 * woo"), cut-offs ("poñ CRS bu gën a tuuti" → minimum CRS score), rounds ("tirage No. 436" → draw #436, "tirage bu weesu" → the
 * previous draw), the tie-break ("Règle de départage", "Waxtu départage bi"), programs ("ñi xam Faransee", French-language) and
 * the words of a draw report ("tey", "démb", "ayu-bés bi"). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['sanwiy|samwiy|janv', 'January'],
  ['few|fév|fev', 'February'],
  ['mar', 'March'],
  ['awr|avr', 'April'],
  ['me|mai', 'May'],
  ['suw|juin', 'June'],
  ['sul|juil', 'July'],
  ['ut|août|aout', 'August'],
  ['sat|sep', 'September'],
  ['okt|oct', 'October'],
  ['now|nov', 'November'],
  ['des|déc|dec', 'December'],
];
/** Months are words of their own too ("me", "ut"): only after a day's number. */
const MONTH = '(sanwiyee|samwiye|fewriyee|mars|awril|me|suwe|sulet|ut|sattumbar|septàmbar|oktoobar|nowàmbar|desàmbar|janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)';
const month = monthNamer(MONTHS, 'i');

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['altine', 'Monday'],
  ['talaata', 'Tuesday'],
  ['àllarba|allarba', 'Wednesday'],
  ['alxames|alxamis|alxemes', 'Thursday'],
  ['àjjuma|ajjuma', 'Friday'],
  ['gaawu', 'Saturday'],
  ['dibéer|dibeer', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { ñaari: 'two', ñett: 'three', ñeent: 'four', juróom: 'five' };

const RULES: readonly GlossRule[] = [
  // "3 200" and "5 956" are 3,200 and 5,956 (not "8 2024", nor a day and its year).
  [/(?<![\d,.:/]|\d\s)(\d{1,3})\s(\d{3})(?![\d.:/]|,\d|\s\d)/g, '$1,$2'],
  // "16-18 mars 2026": a week's days.
  [words(String.raw`(\d{1,2})[-–](\d{1,2})\s${MONTH}(?:\s((?:19|20)\d\d))?`), (_, a = '', d = '', m = '', y = '') => ` ${month(m)} ${String(Number(a))}-${String(Number(d))}${y ? `, ${y}` : ''} `],
  [words(String.raw`(\d{1,2})\s${MONTH}(?:\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  ...WEEKDAYS.map(([wo, en]): GlossRule => [words(wo), ` ${en} `]),
  [words('tey'), ' today '],
  [words('bërki-démb|bërki\\sdémb'), ' the day before yesterday '],
  [words('démb|demb'), ' yesterday '],
  [words('ayu-bés\\sbi(?:\\sdi\\sñëw)?|ayu-bés\\sbii'), (all = '') => (/ñëw$/i.test(all) ? ' next week ' : ' this week ')],
  [words('ayu-bés\\sbu\\sweesu|ayu-bés\\sbi\\sweesu'), ' last week '],
  // The tie-break: "Règle de départage", "Waxtu départage bi", "Départage:".
  [words(String.raw`(?:règle\sde\s|waxtu\s)?départage(?:\sbi)?`), ' tie-breaking rule '],
  // Rounds: "tirage No. 436", "tirage #251", "tirage bu weesu/jiitu" (the previous draw), "Ñett tirage" (three draws).
  [words(String.raw`tirage(?:\sExpress\sEntry)?\s(?:No\.?\s?|#\s?)(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`(ñaari|ñett|ñeent|juróom|\d)\stirage`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  keepAnyCase([words(String.raw`tirage\s(CEC|PNP|STEM)?\s?bu\s(?:weesu|jiitu)(?:\sbi)?`), (_, p = '') => ` the previous ${p ? `${p} ` : ''}draw `]),
  [words('tirage\\syu\\smujj\\syi'), ' Recent draws '],
  [words('tirage\\sbu\\sbees'), ' a new draw '],
  [words('tirage(?:\\syi|\\sbi)?'), ' draw '],
  [words('No\\.\\s?(\\d{1,3})'), ' #$1 '],
  // Invitations and candidates: "woo na 777 nit", "Woo nañu 3 200 nit", "Ñaata woo lañu: 1 000", "4 300 woo", "ñu woo ma".
  [words('ñaata\\swoo\\slañu'), ' Invitations issued '],
  [words(`woo(?:\\swoon)?\\sna(?:ñu)?\\s${WORD_COUNT}\\snit`), ' invited $1 candidates '],
  [words(`${WORD_COUNT}\\s(?:nit|woo)`), ' $1 candidates invited '],
  [words('woo\\s(?:woon\\s)?(?:na|nañu|lañu)'), ' invited '],
  [words('yónnee(?:\\sna(?:ñu)?)?'), ' issued '],
  // Cut-offs: "Poñ CRS bu gën a tuuti: 523", "CRS bu gën a tuuti mooy 420", "CRS 380 minimum".
  [words(String.raw`(?:poñ\s)?CRS\sbu\sgën\sa\stuuti(?:\smooy)?`), ' minimum CRS score '],
  [words(`ci\\s${WORD_COUNT}\\spoñ`), ' with $1 points '],
  [words(`(?<![-–])${WORD_COUNT}\\spoñ`), ' $1 points '],
  [words('poñ'), ' points '],
  [words('(?:yéegal\\snañu|yéeg\\sna(?:ñu)?)(?:\\sba)?'), (all = '') => (/ba$/i.test(all) ? ' rose to ' : ' rose ')],
  [words('(?:wàññiku\\sna(?:ñu)?|wàcc\\sna(?:ñu)?)(?:\\sba)?'), (all = '') => (/ba$/i.test(all) ? ' fell to ' : ' fell ')],
  // A forecast: "Kañ la tirage bi di ñëw?" (when is the next draw?), "ñu ngi xaar" (expected), "mën na" (may), "lu tollu ci" (about).
  [words('kañ\\sla'), ' when is '],
  [words('di\\sñëw'), ' coming next '],
  [words('ñu\\sngi\\sxaar|dañuy\\sxaar'), ' expected '],
  [words('mën\\sna'), ' may '],
  [words('lu\\s(?:tollu|jege)\\sci|lu\\sjege'), ' about '],
  [words('lu\\sëpp'), ' more than '],
  [words('ba(?=\\s\\d)'), ' up to '],
  // An earlier round's figure: "te ci tirage bu weesu mu nekkoon 518" (and in the previous draw it was 518).
  [words('mu\\snekkoon'), ' it was '],
  [words('méngalee\\sak'), ' compared with '],
  // Who did what: "IRCC amal na tirage", "def na tirage", "ñu def tirage".
  [words(String.raw`(?:amal|def)\sna(?=\s(?:[\p{L}\d#]+\s){0,3}?draws?\b)|(?<=ñu\s)def(?=\sdraw)`), ' held '],
  // Programs: "ñi xam Faransee bu baax", "jëm ci ñi am liggéey ci Kanadaa", "tous programmes".
  [words(String.raw`(?:bu\s)?jëm\sci\s(?:ñi\sxam\s)?Faransee(?:\sbu\sbaax)?|ñi\sxam\sFaransee(?:\sbu\sbaax)?`), ' for French-speaking candidates '],
  [words('Faransee'), ' French language proficiency '],
  [words('santé'), ' healthcare '],
  [words('doktoor(?:\\syi)?'), ' physicians '],
  [words('du\\sjëm\\sci\\sbenn\\sprogramme\\srekk|tous\\sprogrammes'), ' all programs '],
  [words('Kanadaa'), ' Canada '],
  [words('mooy'), ' is '],
  [words('rekk'), ' only '],
  [words('ak|te'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Wolof writes (not "ci", "bu", "te", "me", "na", "ak": French, Italian or English have them). */
const WOLOF_WORD = words(
  'tey|démb|woo|nañu|lañu|ñu|ñi|nit|poñ|gën|tuuti|Kanadaa|Faransee|ayu-bés|gàddaay|xibaar|amal|jëm|mooy|rekk|ñépp|lii|nekk|bind|talaata|altine|àllarba|alxames|àjjuma|gaawu|dibéer|suwe|sulet|nowàmbar|desàmbar|weesu|jiitu|yónnee|waxtu',
);
/**
 * A cheap first test, one pre-compiled pattern led by rare letters: Wolof's "ñu", "ñi", "ñé" ("nañu", "lañu", "ñépp"), its "ë"
 * ("jëm", "gën", "ëpp") or a capital "Ñ" ("Ñaata", "Ñaari"). A page with none of these is not Wolof.
 */
export const WOLOF_HINT = /ñ[uié]|[ëÑ]/;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isWolof = (text: string): boolean => writtenWith(text, WOLOF_WORD, 5);

/** A Wolof page glossed into English. */
export const glossWolof = (text: string): string => glossInTurn(text, CASED_RULES);
