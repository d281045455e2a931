import { capitalizedIf, glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, ordinalNumber, type GlossRule, type MonthTable, WORD_COUNT, words, writtenWith } from './gloss-rules.ts';

/**
 * Latvian draw news glossed into the English the reader knows, as `gloss-lithuanian.ts` does for Lithuanian (docs/parser.md
 * "Lithuanian and Latvian"): dates with the year's "gada" ("2026. gada 8. jūlijs" → "July 8, 2026", "6. jūlijā" → "July 6",
 * "06.07.2022" → "July 6, 2022"), weekdays ("Pirmdien" → "On Monday"), counts grouped with a space ("2 427" → "2,427") and their
 * nouns ("uzaicinājumu" → "invitations", "kandidātu" → "candidates", "punktiem" → "points"), rounds ("raunds Nr. 423" → "draw
 * #423"), cut-offs ("minimālais CRS punktu skaits" → "minimum CRS score", "ar vismaz 557 CRS punktiem" → "with a minimum CRS score
 * of 557", "slieksnis" → "cut-off"), the tie-break ("Vienāda punktu skaita noteikums"), programs and the words of a draw report.
 * Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['janv', 'January'],
  ['febr', 'February'],
  ['mart', 'March'],
  ['apr', 'April'],
  ['maij', 'May'],
  ['jūn', 'June'],
  ['jūl', 'July'],
  ['aug', 'August'],
  ['sept', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['dec', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month after its day, in any case: "8. jūlijs", "6. jūlijā", "30. maijā", "26. novembris". */
const MONTH =
  '(janvār(?:is|ī|a)|februār(?:is|ī|a)|mart(?:s|ā|a)|aprīl(?:is|ī|a)|maij(?:s|ā|a)|jūnij(?:s|ā|a)|jūlij(?:s|ā|a)|august(?:s|ā|a)|septembr(?:is|ī|a)|oktobr(?:is|ī|a)|novembr(?:is|ī|a)|decembr(?:is|ī|a))';
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: MonthTable = [
  ['pirmdien(?:a|ā)?', 'Monday'],
  ['otrdien(?:a|ā)?', 'Tuesday'],
  ['trešdien(?:a|ā)?', 'Wednesday'],
  ['ceturtdien(?:a|ā)?', 'Thursday'],
  ['piektdien(?:a|ā)?', 'Friday'],
  ['sestdien(?:a|ā)?', 'Saturday'],
  ['svētdien(?:a|ā)?', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { divi: 'two', divas: 'two', divus: 'two', trīs: 'three', četri: 'four', četras: 'four' };
const PEOPLE = '(?:kandidātu|kandidāti|kandidātus|kandidātiem|cilvēku|personu)';
const ROUND = '(?:raund(?:s|u|ā|a|i|us|os|iem|ā)|izloz(?:e|ē|i|es|ēs))';

const RULES: readonly GlossRule[] = [
  // Counts: "2 427", "8 123" (a space groups the thousands).
  [/(?<![\d,.:]|\d )(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d,.:]?\d)/g, '$1,$2'],
  // Days: "2026. gada 8. jūlijs" (July 8, 2026), "6. jūlijā", numeric day first "06.07.2022", "13.11.2021".
  [words(String.raw`(?:${YEAR}\.\sgada\s)?(\d{1,2})\.\s${MONTH}`), (all = '', y = '', d = '', m = '') => namedMonthDay(d, month(m), y) || all],
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  // A year's recap: "2025. gada apskats" (2025 year in review).
  [words(`${YEAR}\\.\\sgada\\sapskats`), ' $1 year in review '],
  [words(`${YEAR}\\.\\sgada(?:m|\\snogalē)?`), (all = '', y = '') => (/nogalē/i.test(all) ? ` at the end of ${y} ` : /gadam$/i.test(all) ? ` for ${y} ` : ` in ${y} `)],
  ...WEEKDAYS.map(([lv, en]): GlossRule => [words(lv), (all = '') => capitalizedIf(/n$/.test(all) ? ` on ${en} ` : ` ${en} `, /^\p{Lu}/u.test(all))]),
  [words('šodien'), ' today '],
  [words('vakar'), ' yesterday '],
  [words('aizvakar'), ' the day before yesterday '],
  [words('rīt'), ' tomorrow '],
  [words('šonedēļ|šajā\\snedēļā|šī\\snedēļa'), ' this week '],
  [words('pagājušajā\\snedēļā|pagājušonedēļ'), ' last week '],
  [words('nedēļas\\sapskats'), ' weekly summary '],
  [words('gada\\sapskats'), ' year in review '],
  [words('mēneša\\sapskats'), ' monthly summary '],
  [words('apskats'), ' overview '],
  [words('piemēram'), ' for example '],
  [words('ceļvedis|rokasgrāmata'), ' guide '],
  [words('prognoze|prognozes'), ' forecast '],
  [words('prognozējam|prognozē|sagaida|sagaidām|sagaidīt|gaidāms'), ' expected '],
  [words('šogad'), ' this year '],
  [words('šoreiz'), ' this time '],
  // Hedged counts: "apmēram" (about), "vairāk nekā" (more than), "līdz" (up to), "virs" (above).
  [words('apmēram|aptuveni(?=\\s\\d)'), ' about '],
  [words('vairāk\\snekā(?=\\s\\d)'), ' more than '],
  [words('līdz(?=\\s\\d)'), ' up to '],
  // Rounds: "raunds Nr. 423", "Raundā nr. 226", "(nr. 387)", "divi raundi".
  [words(String.raw`(?:${ROUND}\s)?nr\.\s?(\d{1,3})(?!\d)`), (all = '', n = '') => ` ${/^raundā/i.test(all) ? 'in ' : ''}draw #${n} `],
  [
    words(`(divi|divas|divus|trīs|četri|četras)\\s(?:mērķtiecīgus\\s)?(?:uzaicinājumu\\s)?(?:Express\\sEntry\\s)?(?:raundi|raundus|izlozes)`),
    (all = '', n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n}${/Express/.test(all) ? ' Express Entry' : ''} draws `,
  ],
  // An ordinal round: "434. Express Entry raundu" (the 434th Express Entry draw), not a count or a cut-off.
  [words(String.raw`(\d{1,3})\.\s((?:Express\sEntry\s)?${ROUND})`), (_, n = '', round = '') => ` the ${ordinalNumber(n)} ${round} `],
  // "iepriekšējā raundā" (in the previous draw), "pēdējais raunds" (the last draw).
  [words(`(iepriekšēj|pēdēj)ā\\s(?:raundā|izlozē)`), (all = '', w = '') => capitalizedIf(` in the ${/^i/i.test(w) ? 'previous' : 'last'} draw `, /^\p{Lu}/u.test(all))],
  [words(`iepriekšēj(?:ā|ais|o)(?=\\s)`), ' the previous'],
  [words(`pēdēj(?:ā|ais|o)(?=\\s)`), ' the last'],
  [words('vispārēj(?:ā|ais|o|ie)'), ' general '],
  [words(`${ROUND}\\s(?=\\d)`), ' draw '],
  [words(ROUND), ' draw '],
  [words('rīkoja|rīko|organizēja'), ' held '],
  [words('notika|notikušajā|sekoja'), ' was held '],
  // Invitations: "uzaicinājumus saņēma 1500 kandidātu", "uzaicināti 5000 kandidātu", "izsūtīti 500 uzaicinājumi".
  [words(`uzaicinājumus\\ssaņēma\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates received invitations '],
  [words(`uzaicināti\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates were invited '],
  [words(`izsūtīti\\s${WORD_COUNT}\\suzaicinājumi`), ' $1 invitations were issued '],
  [words('uzaicināja'), ' invited '],
  [words('izsūtīja|izdeva'), ' issued '],
  [words('saņēma'), ' received '],
  [words('uzaicinājumu|uzaicinājumi|uzaicinājumus|uzaicinājumiem'), ' invitations '],
  [words(PEOPLE), ' candidates '],
  // "500 uzaicinājumi ar 902 punktiem" (500 invitations at 902 points): a count's cut-off.
  [/(invitations|candidates)(\s?)ar\s(\d{2,4})\spunktiem(?![\p{L}\d])/gu, '$1 with a minimum CRS score of $3 '],
  // The tie-break: "Vienāda punktu skaita noteikums:".
  [words('vienāda\\spunktu\\sskaita\\snoteikums'), ' tie-breaking rule '],
  // Cut-offs: "minimālais CRS punktu skaits 708", "ar vismaz 557 CRS punktiem", "ar minimālo punktu skaitu 288", "slieksnis bija".
  [words('ar\\svismaz\\s(\\d{2,4})\\sCRS\\spunktiem'), ' with a minimum CRS score of $1 '],
  // "kuru CRS punktu skaits nav mazāks par 470" (with a CRS score of at least 470).
  [words(String.raw`(?:kuru\s)?(?:CRS\s)?punktu\sskaits\s(?:ir\s|bija\s)?(?:nav\smazāks\spar|vismaz)\s(\d{2,4})`), ' with a CRS score of at least $1 '],
  [words('ar\\sminimālo\\s(?:CRS\\s)?punktu\\sskaitu'), ' with a minimum CRS score of '],
  [words('minimāl(?:ais|ā)(?:\\sCRS(?:\\spunktu\\sskaits)?|\\spunktu\\sskaits)?|min\\.\\sCRS'), ' minimum CRS score '],
  [words('slieksnis|slieksni'), ' cut-off '],
  [words('nokrīt|samazinājās'), ' fell '],
  [words('bija'), ' was '],
  [words('punkti|punktiem|punktu|punktus'), ' points '],
  [words('kopā'), ' in total '],
  [words('autors|autore'), ' By '],
  [words('publicēts(?=\\s\\d)'), ' Published '],
  // Programs.
  [words('visām\\sprogrammām|visu\\sprogrammu'), ' all programs '],
  [words('franču\\svalod(?:as|ā|a)'), ' French-language proficiency '],
  [words('Kanādas\\spieredzes\\sklases'), ' Canadian Experience Class '],
  [words('provinču\\snominantu\\sprogrammas'), ' Provincial Nominee Program '],
  [words('provinču\\snominantiem'), ' provincial nominees '],
  [words('federālās\\skvalificēto\\samatnieku\\sprogrammas'), ' Federal Skilled Trades '],
  [words('federālās\\skvalificēto\\sdarbinieku\\sprogrammas'), ' Federal Skilled Worker '],
  [words('veselības\\saprūp(?:e|es)'), ' healthcare '],
  [words('lauksaimniecīb(?:a|as)'), ' agriculture '],
  [words('profesiju'), ' occupations '],
  [words('Kanāda|Kanādas|Kanādā|Kanādu'), ' Canada '],
  // Other provinces and countries: their rounds are not Express Entry's.
  [words('Ontārio|Ontārijas'), ' Ontario '],
  [words('Britu\\sKolumbij(?:a|ā|as)'), ' British Columbia '],
  [words('provinces|provinču'), ' provincial '],
  [words('Jaunzēland(?:e|ē|es)'), ' New Zealand '],
  [words('Austrālij(?:a|ā|as)'), ' Australia '],
  [words('Lielbritānij(?:a|ā|as)'), ' the UK '],
  [words('un'), ' and '],
  [words('savukārt'), ' and '],
  [words('ar'), ' with '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Latvian writes often. */
const LATVIAN_WORD = words(
  'uzaicinājumu|uzaicinājumi|uzaicinājumus|uzaicināti|raunds|raundu|raundi|raundus|raundā|izloze|izlozē|izlozes|kandidātu|kandidāti|kandidātiem|punktu|punkti|punktiem|šodien|vakar|notika|rīkoja|bija|minimālais|slieksnis|un|ar|ir|kas|pēc|par|no|līdz|vai|šī|šis|gada|Kanāda|Kanādas|Kanādā|noteikums|skaits|skaitu|valodas|nedēļa|nedēļā|saņēma|izsūtīja|izsūtīti|vismaz|nav|kā|arī|mēs|mūsu',
);
/** Words of a draw report no other language writes: two of them make a short post ("CEC raunds #436: 1 000 uzaicinājumu") Latvian. */
const LATVIAN_ONLY = words('uzaicinājumu|uzaicinājumi|uzaicinājumus|raunds|raundu|raundā|kandidātu|šodien|uzaicināja|notika|rīkoja|izsūtīja');
/** A cheap first test: letters Latvian writes and Lithuanian, Polish, Czech and Slovak do not. */
export const LATVIAN_HINT = /[āēīķļņģĀĒĪĶĻŅĢ]/;

/** Eight of the words, four of them different, or (a short post) four different, or two of its own, making up a sixth of its words. */
export const isLatvian = (text: string): boolean => writtenWith(text, LATVIAN_WORD, 4) || writtenWith(text, LATVIAN_ONLY, 2);

/** A Latvian page glossed into English. */
export const glossLatvian = (text: string): string => glossInTurn(text, CASED_RULES);
