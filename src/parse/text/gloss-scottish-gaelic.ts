import { glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Scottish Gaelic draw news glossed into the English the reader knows, in the shape of `gloss-irish.ts` (docs/parser.md
 * "Scottish Gaelic and Maori"): day-first dates with its months ("26 Lùnastal 2024" → "August 26, 2024", "san Ògmhios 2023" →
 * "in June 2023"), weekdays ("Diluain" → Monday), "an-diugh" (today), "an-dè" (yesterday), "an t-seachdain seo" (this week);
 * rounds ("cuairt àireamh 311" → draw #311, "dà chuairt" → two draws); counts ("chaidh cuireadh a thoirt do 1,121 tagraiche" →
 * invited 1,121 candidates, "fhuair 3,300 neach cuireadh", "5,000 cuireadh" → 5,000 invitations); cut-offs ("sgòr CRS as ìsle de
 * 694", "B' e 507 puing an sgòr as ìsle" → the minimum CRS score was 507); the tie-break's label ("Riaghailt co-ionannachd");
 * programs; recap, guide and forecast words; hedges ("mu thimcheall", "còrr is", "suas ri"). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['fhaoill?teach|faoill?teach|fhaoilleach|faoilleach', 'January'],
  ['ghearrain|gearrain|ghearran|gearran', 'February'],
  ['mhàirt|màirt|mhàrt|màrt', 'March'],
  ['ghiblein|giblein|ghiblean|giblean', 'April'],
  ['chèitein|cèitein|chèitean|cèitean', 'May'],
  ['ògmhios', 'June'],
  ['iuchar|iuchair', 'July'],
  ['lùnastal|lùnastail', 'August'],
  ['t-sultain|sultain', 'September'],
  ['dàmhair', 'October'],
  ['t-samhain|samhain|t-samhna|samhna', 'November'],
  ['dùbhlachd|dhùbhlachd', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH =
  '(Fh?aoill?teach|Fh?aoilleach|Gh?earrain|Gh?earran|Mhàirt|Màirt|Mhàrt|Màrt|Gh?iblein|Gh?iblean|Ch?èitein|Ch?èitean|Ògmhios|Iuchai?r|Lùnastai?l|(?:t-)?Sultain|Dàmhair|(?:t-)?Samhain|(?:t-)?Samhna|Dh?ùbhlachd)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  diluain: 'Monday',
  dimàirt: 'Tuesday',
  diciadain: 'Wednesday',
  diardaoin: 'Thursday',
  dihaoine: 'Friday',
  disathairne: 'Saturday',
  didòmhnaich: 'Sunday',
};
const COUNT = WORD_COUNT;
const PEOPLE = '(?:tagraichean|tagraiche|thagraichean|thagraiche|neach|daoine|dhaoine)';
/** An "as ìsle" cut-off: "sgòr CRS as ìsle", "an sgòr as ìsle", "an ìre CRS as ìsle". */
const LOWEST = '(?:(?:an\\s)?(?:sgòr|ìre)\\s(?:CRS\\s)?as\\sìsle)';

const RULES: readonly GlossRule[] = [
  [words(Object.keys(WEEKDAY).join('|')), (w = '') => ` ${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // Days: "26 Lùnastal 2024", "air 1 Faoilleach" (on January 1), day first "14/11/2019".
  [
    words(String.raw`(air\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : all),
  ],
  [/(?<![\d./])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.])/g, (all = '', d = '', _s = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  // A month's account: "Na thachair san Ògmhios 2026" (what happened in June 2026).
  [words(`na\\sthachair\\s(?:san|anns\\san|sa)\\s${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` Monthly recap: what happened in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(?:san|anns\\san|sa)\\s${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  // Today, yesterday, weeks.
  [words('an-diugh|an\\sdiugh'), ' today '],
  [words('a-bhòn-dè|bhòn-dè'), ' the day before yesterday '],
  [words('an-dè|an\\sdè'), ' yesterday '],
  [words('a-màireach'), ' tomorrow '],
  [words('ch?uairtean\\sExpress\\sEntry\\s(?:na\\sseachdain\\sseo|an\\st-seachdain\\sseo)'), ' Express Entry draws this week '],
  [words('(?:aig\\stoiseach\\s)?na\\sseachdain\\sseo|an\\st-seachdain\\sseo'), ' this week '],
  [words('an\\st-seachdain\\sa\\schaidh|an\\st-seachdain\\sseo\\schaidh|an\\st-seachdain\\sroimhe'), ' last week '],
  [words('an\\sath\\sseachdain|an\\sath-sheachdain'), ' next week '],
  // Recaps, forecasts, guides.
  [words(`sùil\\sair\\sais\\sair\\s${YEAR}`), ' $1 year in review '],
  [words('sùil\\sair\\sais'), ' review '],
  [words('geàrr-chunntas\\smìosail'), ' monthly recap '],
  [words('geàrr-chunntas'), ' recap '],
  [words('ro-aithris|ro-shealladh'), ' forecast '],
  [words('tha\\sdùil\\sri|tha\\sdùil'), ' expecting '],
  [words('stiùireadh|treòraiche|iùl'), ' Guide '],
  [words('mar\\seisimpleir'), ' for example '],
  // Hedges, no count to the reader: "mu thimcheall 2,000" (about), "còrr is 450", "barrachd air" (more than), "suas ri" (up to).
  [words('mu\\sthimcheall|mu\\sthuaiream|timcheall\\sair|faisg\\sair'), ' about '],
  [words('còrr\\sis|còrr\\sair|barrachd\\sair|os\\scionn'), ' more than '],
  [words('suas\\sri|suas\\sgu|gu\\sruige'), ' up to '],
  // Rounds: "cuairt àireamh 311", "Cuairt #433", "(cuairt 312)", "dà chuairt", "a' chuairt roimhe sin" (the previous draw).
  [words(String.raw`(?:b['’]\se\sseo\s)?(?:a['’]\s)?ch?uairt\s(?:àireamh\s|àir\.\s?|#\s?)?(\d{1,3})(?![\d,.]\d)`), (all = '', n = '') => (/^b/i.test(all) ? ` this was draw #${n} ` : ` draw #${n} `)],
  [words('dà\\schuairt(?:\\schuiridhean)?'), ' two draws '],
  [words('trì\\scuairtean(?:\\schuiridhean)?'), ' three draws '],
  [words("(?:an|a['’])\\sch?uairt\\sroimhe(?:\\ssin)?"), ' the previous draw '],
  // "B' e a' chuairt mu dheireadh …" (the last draw was …), a round given as context.
  [words("(b['’]\\se\\s)?(?:an|a['’])\\sch?uairt\\smu\\sdheireadh"), (_, was = '') => (was ? ' the previous draw was ' : ' the previous draw ')],
  [words("(?:an|a['’])\\sch?uairt\\sa\\sthig|an\\sath\\schuairt"), ' the next draw '],
  [words('cha\\sdo\\schumadh\\scuairt|cha\\srobh\\sch?uairt|chan\\seil\\scuairt|gun\\scuairt'), ' no draw '],
  // A province's own round: "chùm British Columbia a cuairt fhèin" (held its own draw), "Chan e cuairt Express Entry IRCC a bha seo".
  [words('(?:a|an)\\sch?uairt\\sfhèin'), ' its own provincial draw '],
  [words("chan\\se\\sch?uairt\\s(?:Express\\sEntry\\s)?(?:IRCC\\s)?a\\sbh?(?:a|ha)\\s(?:seo|ann)|chan\\se\\sch?uairt\\sExpress\\sEntry\\sa\\sth['’]\\sann"), ' This was a provincial draw '],
  [words('ch?uairt\\s(PNP|CEC|STEM|FSW|FSTP|Fhraingis|Fraingis)'), (_, p = '') => ` ${/raingis/i.test(p) ? 'French-language' : p} draw `],
  [words('ch?uairtean'), ' draws '],
  [words('chaidh\\s(?:draw|ch?uairt)(?:\\s(Express\\sEntry))?\\sa\\schumail'), (_, e = '') => ` ${e ? 'an Express Entry draw' : 'a draw'} was held `],
  [words('ch?uairt(?:\\sch?uiridhean)?'), ' draw '],
  [words('chùm'), ' held '],
  // Counts: "chaidh cuireadh a thoirt do 1,121 tagraiche", "fhuair 3,300 neach cuireadh", "thug cuireadh do 3,000", "5,000 cuireadh".
  [words(`chaidh\\scuireadh\\sa\\sthoirt\\sdo\\s${COUNT}(?:\\s${PEOPLE})?`), ' invited $1 candidates '],
  [words(`(?:a\\s)?thug\\scuireadh\\sdo\\s${COUNT}(?:\\s${PEOPLE})?`), ' invited $1 candidates '],
  [words(`fhuair\\s${COUNT}(?:\\s${PEOPLE})?\\scuireadh`), ' $1 candidates received invitations '],
  [words(`cuiridhean:\\s${COUNT}`), ' Invitations: $1 '],
  [words(`${COUNT}\\s(?:cuireadh|cuiridhean|chuiridhean)`), ' $1 invitations '],
  [words(`${COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  [words('cuiridhean|chuiridhean'), ' invitations '],
  [words('cuireadh'), ' invitation '],
  // Cut-offs: "sgòr CRS as ìsle de 694", "B' e 507 puing an sgòr as ìsle", "b' e 380 an sgòr CRS as ìsle", "Sgòr CRS as ìsle: 391",
  // "Bha feum air co-dhiù 886 puing" (at least 886 points were needed).
  [words(`b['’]\\se\\s${COUNT}(?:\\spuing)?\\s${LOWEST}`), ' the minimum CRS score was $1 '],
  [words(`${LOWEST}\\sde\\s${COUNT}`), ' a minimum CRS score of $1 '],
  [words(`bha\\sfeum\\sair\\sco-dhiù\\s${COUNT}\\spuing`), ' the minimum CRS score was $1 '],
  [words(LOWEST), ' minimum CRS score '],
  [words('sgòran|sgòr'), ' score '],
  [words('puingean|puing'), ' points '],
  // The tie-break: "Riaghailt co-ionannachd (tie-breaking):", "Riaghailt tie-break:".
  [words('riaghailt\\sco-ionannachd(?:\\s\\(tie-breaking\\))?|riaghailt\\stie-break'), ' Tie-breaking rule '],
  [words('aig(?=\\s\\d{1,2}:\\d{2})'), ' at '],
  [words('airson(?=\\sdraw\\b)'), ' for '],
  // Programs and names.
  [words("(?:anns\\sa['’]\\s|sa\\s)?Phrògram\\sAinmeachaidh\\sRoinneil|Prògram\\sAinmeachaidh\\sRoinneil"), ' Provincial Nominee Program '],
  [words('Clas\\sEòlas\\sChanada'), ' Canadian Experience Class '],
  [words('(?:do\\s)?th?agraichean\\saig\\sa\\sbheil\\scomas\\sann\\sam\\sFraingis|comas\\sann\\sam\\sFraingis'), ' French-language proficiency candidates '],
  [words('Fh?raingis'), ' French '],
  [words('dreuchdan\\sslàinte(?:\\sis\\sseirbheisean\\ssòisealta|\\sagus\\sseirbheisean\\ssòisealta)?'), ' healthcare and social services occupations '],
  [words('gun\\sphrògram\\ssònraichte'), ' no program specified '],
  [words('fosgailte\\sdo\\sgach\\sprògram'), ' open to all programs '],
  [words('ainmeachadh\\sroinneil'), ' provincial nomination '],
  [words('roinn\\sin-imrich\\sChanada'), " Canada's immigration department "],
  [words('Riaghaltas\\sChanada'), ' the Government of Canada '],
  [words('Ch?anada'), ' Canada '],
  [words('Astràilia'), ' Australia '],
  [words('Sealan\\sNuadh|Sealainn\\sNuadh'), ' New Zealand '],
  [words('mòr-roinn'), ' province '],
  [words('dìreach\\sairson'), ' only for '],
  [words('(?:an\\s)?uair\\ssin'), ' then '],
  [words('tron|tro'), ' through '],
  [words('agus|is'), ' and '],
  [words('le(?=\\s\\d)'), ' with '],
  [words('aig(?=\\s\\d{3}(?!\\d))'), ' at '],
  [words('Le(?=\\s\\p{Lu}\\p{Ll}+\\s(?:Nic|Mac)\\p{Lu})'), ' By '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Scottish Gaelic writes among the languages the reader glosses (its draw words, months, weekdays and short words). */
const GAELIC_WORD = words(
  "cuairt|chuairt|cuireadh|dùil|ro-aithris|stiùireadh|geàrr-chunntas|mìosail|eisimpleir|mòr-roinn|cuairtean|chuairtean|cuiridhean|chuiridhean|tagraiche|tagraichean|thagraichean|sgòr|puing|puingean|ìsle|an-diugh|an-dè|a-màireach|seachdain|Chanada|fhuair|chaidh|chùm|thoirt|airson|anns|Diluain|Dimàirt|Diciadain|Diardaoin|Dihaoine|Disathairne|Didòmhnaich|Faoilleach|Gearran|Màrt|Giblean|Cèitean|Ògmhios|Iuchar|Lùnastal|Sultain|Dàmhair|Dùbhlachd|Gàidhlig|Naidheachdan|Eilthireachd|riaghailt|Fraingis|Fhraingis|prògram|phrògram|dreuchdan|slàinte|tha|bha|agus|b['’]\\se|a['’]",
);
const GRAVE = /[àèìòù]/i;
/**
 * A cheap first test: one letter class, Scottish Gaelic's grave accents (à, è, ì, ò, ù), which its draw reports write ("sgòr",
 * "ìsle", "Lùnastal", "an-dè") and an English page almost never.
 */
export const GAELIC_HINT = GRAVE;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words; more grave accents than Irish's acute ones. */
export const isScottishGaelic = (text: string): boolean => writtenWith(text, GAELIC_WORD, 5) && (text.match(/[àèìòù]/gi) ?? []).length > (text.match(/[áéíóú]/gi) ?? []).length;

/** A Scottish Gaelic page glossed into English. */
export const glossScottishGaelic = (text: string): string => glossInTurn(text, CASED_RULES);
