import { dottedDayRules } from './gloss-dotted-days.ts';
import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Slovenian draw news glossed into the English the reader knows, in the shape of `gloss-slovak.ts` (docs/parser.md "Slovenian
 * and Macedonian"): day-first dates ("27. junija 2023" → "June 27, 2023", "9. julij 2024", "25. 11. 2025", "28.6.2023"),
 * weekdays ("v torek" → "on Tuesday"), counts grouped with a dot ("4.300" → "4,300") with their noun ("povabil" →
 * "invitations", "kandidatov" → "candidates", "točk" → "points"), cut-offs ("najnižja ocena CRS je znašala", "minimalno 699 točk",
 * "vsaj", "prag", "meja"), rounds ("krog št. 302", "127. krog", "(krog 380)" → "draw #302"), the tie-break ("Pravilo za
 * izenačene rezultate", "izenačitev"), programs and the words of a draw report. Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['maj', 'May'],
  ['jun', 'June'],
  ['jul', 'July'],
  ['avg', 'August'],
  ['sep', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['dec', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month after its day, in its cases: "9. julij", "27. junija", "pred 20. septembrom", "10. marec". */
const MONTH_OF_DAY =
  '(januar(?:ja|jem|ju)?|februar(?:ja|jem|ju)?|mar(?:ec|ca|cem|cu)|april(?:a|om|u)?|maj(?:a|em|u)?|junij(?:a|em|u)?|julij(?:a|em|u)?|avgust(?:a|om|u)?|septemb(?:er|ra|rom|ru)|oktob(?:er|ra|rom|ru)|novemb(?:er|ra|rom|ru)|decemb(?:er|ra|rom|ru))';
/** A month alone: "julij 2022", "avgusta" (in August). */
const MONTH_ALONE = MONTH_OF_DAY;
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: MonthTable = [
  ['ponedeljek', 'Monday'],
  ['torek', 'Tuesday'],
  ['sred[ao]', 'Wednesday'],
  ['četrtek', 'Thursday'],
  ['petek', 'Friday'],
  ['sobot[ao]', 'Saturday'],
  ['nedelj[ao]', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { dva: 'two', dve: 'two', trije: 'three', tri: 'three', štirje: 'four', štiri: 'four' };
const PEOPLE = '(?:kandidatov|kandidati|kandidatom|kandidate|prosilcev|oseb|ljudi)';
const ROUND = '(?:krog|kroga|krogu|krogom)';
const POINTS = '(?:točk|točke|točkami|točkah|točka|točki|točko)';

const RULES: readonly GlossRule[] = [
  // "in" (and) first: the rules' English writes "in" ("in the draw").
  [words('in'), ' and '],
  // Counts: "4.300", "3.200", "380.000" (a dot groups the thousands; a day "28.6.2023" is no count).
  [/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/g, (n) => n.replace(/\./g, ',')],
  // Days: "v torek, 27. junija 2023" (on Tuesday, June 27, 2023), "Torek, 25. 11. 2025", "9. julij 2024", "28.6.2023".
  ...dottedDayRules(WEEKDAYS, MONTH_OF_DAY, month, 'v'),
  [
    words(`pregled\\smeseca:?(?:\\sExpress\\sEntry)?\\s${MONTH_ALONE}(?:\\s${YEAR})?`),
    (all = '', m = '', y = '') => ` Summary of ${month(m)}${y ? ` ${y}` : ''}${/Express/.test(all) ? ' in Express Entry' : ''} `,
  ],
  [words('pregled\\smeseca|mesečni\\spregled'), ' Summary of the month '],
  [words('tedenski\\spregled'), ' weekly summary '],
  [words(`${MONTH_ALONE}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  // A clock: "ob 03:37:43 UTC" (at).
  [words('ob(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
  // Its zone: "po srednjeevropskem (poletnem) času" (Central European (Summer) Time).
  [words('po\\ssrednjeevropskem\\spoletnem\\sčasu'), ' Central European Summer Time '],
  [words('po\\ssrednjeevropskem\\sčasu'), ' Central European Time '],
  [words('predvčerajšnjim'), ' the day before yesterday '],
  [words('včeraj'), ' yesterday '],
  [words('danes'), ' today '],
  [words('jutri'), ' tomorrow '],
  [words('ta\\steden|ta\\stedna|ta\\stednu|ta\\steden'), ' this week '],
  [words('prejšnji\\steden|prejšnjem\\stednu|minuli\\steden|minulem\\stednu'), ' last week '],
  // A guide, a forecast, a comparison: "Vodnik" (guide), "Na primer" (for example), "Kaj pričakujemo" (what to expect).
  [words('vodnik|vodniku'), ' Guide '],
  [words('na\\sprimer'), ' For example '],
  [words('za\\sprimerjavo'), ' For comparison '],
  [words('kaj\\spričakujemo|kaj\\slahko\\spričakujemo'), ' What to expect '],
  [words('pričakujemo|pričakujejo|napoved|napovedi|napoved'), ' expected '],
  // Hedged counts: "okoli 400" (about), "več kot" (more than), "skoraj" (nearly), "do" (up to).
  [words('(?:okoli|približno|približno)(?=\\s\\d)'), ' about '],
  [words('(?:več\\skot|nad)(?=\\s\\d)'), ' more than '],
  [words('skoraj'), ' nearly '],
  [words(`do(?=\\s\\d{1,3}(?:[.,]\\d{3})*\\s(?:${PEOPLE}|povabil))`), ' up to '],
  // Rounds: "krog št. 302", "V krogu št. 302", "127. krog", "(krog 380)", "Zaporedna številka kroga: #251".
  [words(String.raw`zaporedna\sštevilka\skroga:?\s?#?(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`(?:v\s)?${ROUND}\s(?:št\.|številka|#)\s?(\d{1,3})`), (all = '', n = '') => ` ${/^v\s/i.test(all) ? 'in ' : ''}draw #${n} `],
  [words(String.raw`(\d{1,3})\.\s${ROUND}(?:\spovabil)?`), ' draw #$1 '],
  [/\(\s?krog\s(\d{1,3})\s?\)/g, ' (draw #$1) '],
  [words(`(dva|dve|trije|tri|štirje|štiri)\\s(?:nova\\s|novi\\s)?(?:kroga|krogi)(?:\\spovabil)?`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`v\\s(?:prejšnjem|zadnjem|predhodnem)\\s${ROUND}`), ' in the previous draw '],
  [words(`(?:prejšnj[iem]+|predhodn[iem]+)\\s${ROUND}`), ' the previous draw '],
  [words(`nov\\s${ROUND}\\spovabil`), ' a new round of invitations '],
  [words(`(?:nov|novi)\\s${ROUND}`), ' a new draw '],
  [words(`splošni\\s${ROUND}\\spovabil`), ' a general round of invitations '],
  [words(`${ROUND}\\spovabil`), ' round of invitations '],
  [words(`v\\s${ROUND}`), ' in the draw '],
  [words('krogi|krogov|kroge|krogih|krogi'), ' draws '],
  [words(ROUND), ' draw '],
  [words('sta\\sbila\\sizvedena|so\\sbili\\sizvedeni'), ' were held '],
  [words('je\\sbil\\sizveden|je\\sbila\\sizvedena'), ' was held '],
  [words('(?:je\\s)?(?:izvedlo|izvedla|izvedel|izvedli|opravilo|opravil)'), ' held '],
  // Invitations: "je bilo izdanih 3.200 povabil", "je prejelo 3.900 kandidatov", "povabila 3.900 kandidatov", "so povabila prejeli".
  [words(`(?:je\\s)?bilo\\s(?:izdanih|poslanih)\\s${WORD_COUNT}\\s(?:povabil)`), ' $1 invitations were issued '],
  // "Povabljenih je bilo 442 kandidatov", "bilo je povabljenih 442 kandidatov" (442 were invited).
  [words(`(?:povabljenih\\s(?:je\\s)?bilo|(?:je\\s)?bilo\\s(?:je\\s)?povabljenih)\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates received invitations '],
  [words(`(?:je|so)\\s(?:prejelo|prejeli)\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates received invitations '],
  [words(`(?:je\\s)?(?:povabilo|povabila|povabil|povabili)\\s${WORD_COUNT}\\s${PEOPLE}`), ' invited $1 candidates '],
  [words('so\\spovabila\\sprejeli'), ' received invitations '],
  [words(`${WORD_COUNT}\\s(?:povabil|povabila|vabil)`), ' $1 invitations '],
  [words('povabil|povabila|povabilo|povabili|vabil|vabila'), ' invitations '],
  [words(`${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  [words('kandidatov|kandidati|kandidatom|kandidate|kandidatih'), ' candidates '],
  [words('število\\spovabil'), ' number of invitations '],
  // The tie-break: "Pravilo za izenačene rezultate: …", "Pravilo izenačenja", "izenačitev: …".
  [words('pravilo\\s(?:za\\sizenačene\\srezultate|izenačenja|o\\sizenačenju)|izenačitev'), ' tie-breaking rule '],
  // Cut-offs: "najnižja ocena CRS pa je znašala 420", "Minimalni rezultat CRS: 486", "minimalno 699 točk CRS", "vsaj 464 točk".
  [words('najnižj[aie]\\s(?:ocen[aoi]|rezultat)(?:\\sCRS)?(?:\\spa)?\\s(?:je\\s)?(?:znašala|znašal|bila|bil)'), ' the minimum CRS score was '],
  [words(`(?:s\\s)?(?:pragom|mejo)\\s(\\d{2,4})\\s${POINTS}`), ' with a minimum CRS score of $1 '],
  [words(`(?:z\\snajnižjo\\soceno|z\\sminimalnim\\srezultatom)(?:\\sCRS)?\\s(?=\\d)`), ' with a minimum CRS score of '],
  [words(`(?:minimalno|najmanj|vsaj)\\s(\\d{2,4})\\s${POINTS}(?:\\s(?:CRS|po\\ssistemu\\sCRS))?`), ' minimum CRS score $1 '],
  [words('(?:minimalni|najnižji)\\s(?:rezultat|prag)(?:\\sCRS)?|(?:minimalna|najnižja)\\socena(?:\\sCRS)?'), ' minimum CRS score '],
  [words('je\\sbil\\sprag|je\\sbila\\smeja|prag\\sje\\sbil|meja\\sje\\sbila'), ' the cut-off was '],
  [words('pragom|prag|meja|mejo'), ' cut-off '],
  [words(POINTS), ' points '],
  [words('je\\sznašal[ao]?|znaša'), ' was '],
  [words('objavljeno'), ' Published '],
  // Programs.
  [words('za\\svse\\sprograme|vseh\\sprogramov'), ' for all programs '],
  [words('(?:govorce|govorcev)\\sfrancoščine|(?:z\\s)?znanjem\\sfrancoskega\\sjezika|za\\sfrancoščino|francoščin[aeo]'), ' French-language proficiency '],
  [words('zdravstvo|zdravstva|zdravstvenih\\sdelavcev'), ' healthcare '],
  [words('provinčna\\snominacija|nominacija\\sprovince'), ' provincial nomination '],
  [words('Avstralij[aeio]|Avstralijo'), ' Australia '],
  [words('Nova\\sZelandija|Nove\\sZelandije'), ' New Zealand '],
  [words('stalno\\sprebivališče|stalnega\\sprebivališča|stalno\\sprebivanje'), ' permanent residence '],
  [words('(?<![#.@-])(?:Kanada|Kanadi|Kanade|Kanado)(?![.-]\\p{L})'), ' Canada '],
  [words('kanadsk[aeiou]|kanadskega|kanadski'), ' Canadian '],
  [words('v\\ssistemu'), ' in the system '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words Slovenian writes and Czech, Slovak, Serbian, Croatian and Polish do not (not "je", "so", "na", "za"). */
const SLOVENIAN_WORD = words(
  'povabil|povabila|povabilo|povabili|vabil|danes|včeraj|točk|točkami|točkah|krog|kroga|krogu|krogov|krogi|kroge|ki|tudi|prejeli|prejelo|izvedel|izvedla|izvedlo|najnižja|najnižjo|teden|tedna|prejšnjem|prejšnji|kandidatov|sistemu|objavljeno|minimalno|vsaj|izenačitev|izenačene|izenačenja|francoščine|januarja|februarja|marca|aprila|junija|julija|avgusta|julij|junij|torek|sredo|četrtek|petek',
);
/** The words a Slovenian page writes that none of its neighbours does: one of them must be there. */
const SLOVENIAN_CORE = new RegExp(words('povabil|povabila|povabilo|vabil|danes|včeraj|točk|krog|kroga|krogu|izenačitev').source, 'iu');
/** A cheap first test: the core's words whole (about 3 µs an English page; "[vdtk](?:abil|…)" let 4 of 190 English fixtures through to `isSlovenian`, 12 µs). */
export const SLOVENIAN_HINT = /vabil|danes|včeraj|točk|krog/i;

/** Eight of the words, five of them different (or a short post, three making up a sixth of its words), and one of its own. */
export const isSlovenian = (text: string): boolean => SLOVENIAN_CORE.test(text) && writtenWith(text, SLOVENIAN_WORD, 5 - (text.length < 400 ? 2 : 0));

/** A Slovenian page glossed into English. */
export const glossSlovenian = (text: string): string => glossInTurn(text, CASED_RULES);
