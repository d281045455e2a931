import { glossInTurn, keepAnyCase, monthNamer, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Chamorro draw news glossed into the English the reader knows, in the shape of `gloss-pangasinan.ts` (docs/parser.md "Hawaiian
 * and Chamorro"): day-first dates with its months ("26 di Huniu, 2026" → "June 26, 2026", "gi 10 di Abrit, 2024" → "on April 10,
 * 2024", "26 Nub 2025"), weekdays ("Måttes" → Tuesday, "Mietkoles" → Wednesday), "pågo na ha'åni", "gi este na ha'åni" (today),
 * "nigap" (yesterday), "gi este na simåna" (this week); a table's head ("Fecha", "Programa"); rounds ("kuåttro na draw" → four
 * draws, "nuebu na draw" → a new draw, "i ma'pos na draw" → the previous draw); counts ("ha na'i i IRCC 3,500 na imbitasion" →
 * IRCC issued 3,500 invitations, "750 ha' na imbitasion ma na'i" → only 750 invitations were issued, "ha imbita 1,280 na taotao" →
 * invited 1,280 candidates); cut-offs ("i menos na CRS 422", "i menos na puntos 484" → the minimum CRS score was …); hedges ("kåsi"
 * → about, "mås ki" → more than, "asta" → up to: no count). Words the glossary does not know stay.
 */

/** The glottal stop as Chamorro writes it ("ha'åni", "na'i"), or as a keyboard does. */
const A = "['’ʼ‘]";
/** "å" as written, or typed "a". */
const loose = (s: string): string => s.replace(/å/g, '[åa]').replace(/'/g, A).replace(/ /g, '\\s');
const ch = (source: string): RegExp => words(loose(source));
const MONTHS: MonthTable = [
  ['ene', 'January'],
  ['feb', 'February'],
  ['mat|mar', 'March'],
  ['abr', 'April'],
  ['may', 'May'],
  ['hun|huñ', 'June'],
  ['hul', 'July'],
  ['ago', 'August'],
  ['sep|set', 'September'],
  ['okt|oct', 'October'],
  ['nub|nob|nov', 'November'],
  ['dis|dic', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** The months, whole ("Huniu", "Matso", "Agostu") or cut to three letters ("Nub"): read only beside a day's number or a year. */
const MONTH =
  '(Eneru|Enero|Febreru|Febrero|Matso|Marso|Abrit|Abril|Mayu|Mayo|Huniu|Hunio|Huñu|Huliu|Hulio|Agostu|Agosto|Septembre|Septiembre|Setembre|Oktubre|Oktobre|Nobiembre|Nobembre|Novembre|Disiembre|Disembre|Ene|Feb|Mat|Abr|Hun|Hul|Ago|Sep|Sept|Okt|Nub|Nob|Nov|Dis)\\.?';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS: MonthTable = [
  ['damenggo|domingo', 'Sunday'],
  ['lunes', 'Monday'],
  ['m[åa]ttes|martes', 'Tuesday'],
  ['mietkoles|metkoles|miercoles', 'Wednesday'],
  ['huebes|huebis', 'Thursday'],
  ['betnes|bietnes|biernes', 'Friday'],
  ['sabalu|sabado', 'Saturday'],
];
const weekday = monthNamer(
  WEEKDAYS.map(([w, e]) => [`^(?:${w})$`, e] as const),
  'i',
);
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const NUMBERS: Readonly<Record<string, string>> = { dos: 'two', tres: 'three', kuattro: 'four', kuåttro: 'four', sinko: 'five', hugua: 'two', tulu: 'three', fatfat: 'four' };
const NUMBER = `(${Object.keys(NUMBERS).join('|')})`;
const COUNT = WORD_COUNT;
const WHO = '(?:i\\s)?(IRCC|Kanada|i\\sgobietnon\\sKanada)';
const who = (w: string): string => (/IRCC/i.test(w) ? 'IRCC' : 'Canada');

const RULES: readonly GlossRule[] = [
  // Hedged counts, no count to the reader: "kåsi 3,000" (about), "mås ki 3,000" (more than), "asta 3,000" (up to).
  [words(`${loose('(?:kåsi|kasi|chaddek)')}\\s${COUNT}`), ' about $1 '],
  [words(`${loose('(?:mås|mas) (?:ki|ke|di)')}\\s${COUNT}`), ' more than $1 '],
  [words(`${loose('(?:asta|hasta|esta i)')}\\s${COUNT}`), ' up to $1 '],
  // Days: "26 di Huniu, 2026", "gi 10 di Abrit, 2024", "(23 di Matso, 2023)", "26 Nub 2025".
  [
    words(`(?:(gi)\\s)?(\\d{1,2})\\s(?:di\\s)?${MONTH}(?:,?\\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : ` ${all} `),
  ],
  [words(`(?:(gi)\\s)?${WEEKDAY}`), (_, on = '', w = '') => ` ${on ? 'on ' : ''}${weekday(w)} `],
  // "pågo na ha'åni", "gi este na ha'åni" (today), "nigap" (yesterday), "agupa'" (tomorrow), "gi este na simåna" (this week).
  [ch("(?:pågo|gi este|este) na ha'åni"), ' today '],
  [ch('(?:gi )?(?:este|pågo) na simåna'), ' this week '],
  [ch("(?:gi )?ma'pos na simåna"), ' last week '],
  [ch('(?:gi )?este na mes'), ' this month '],
  [ch("dos na ha'åni"), ' two days '],
  [ch('nigap'), ' yesterday '],
  [ch("agupa'"), ' tomorrow '],
  [ch('pågo'), ' today '],
  // Guides, recaps, forecasts, others' rounds.
  [ch('guia'), ' Guide '],
  [ch('ehemplo|ezemplo'), ' For example '],
  [ch('ti este nuebu'), ' This is not news '],
  [words(`(?:risumen|resumen)\\s(?:para\\s)?(?:i\\s)?(?:mes\\s)?(?:di\\s)?${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` Monthly recap: ${month(m)} ${y} `],
  [words(`(?:risumen|resumen)\\s(?:para\\s)?(?:i\\s)?såkkan\\s${YEAR}`.replace('å', '[åa]')), ' Year in review $1 '],
  [ch('risumen|resumen'), ' recap '],
  [ch('prediksion|predikta'), ' forecast '],
  [ch('probinsia|prubinsia'), ' province '],
  [ch('Australia|Ostralia'), ' Australia '],
  [ch('Nueba Zelandia|New Zealand'), ' New Zealand '],
  [ch('ti Express Entry na draw|ti draw Express Entry'), ' This is not a federal draw '],
  // A table's head: "Fecha | Draw | Programa | ITA | CRS".
  [/(?<=^|\|[ \t]*)Fecha(?=[ \t]*\|)/gm, 'Date'],
  [/(?<=\|[ \t]*)Programa(?=[ \t]*(?:\||$))/gm, 'Program'],
  // The tie-break's time: "gi 02:39:54 UTC" (at).
  [words('gi(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
  // Rounds: "kuåttro na draw", "4 na draw", "nuebu na draw", "i ma'pos na draw", "i mas dångkolo na draw", "este na draw".
  [words(`${NUMBER}\\sna\\sdraw`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('(\\d)\\sna\\sdraw'), ' $1 draws '],
  [ch("(?:i )?ma'pos na draw"), ' the previous draw '],
  [ch('nuebu na draw'), ' New draw '],
  [ch('i mas dångkolo na draw'), ' the largest draw '],
  [ch('dångkolo na draw'), ' Big draw '],
  [ch('este na draw'), ' this draw '],
  [words('(?:i\\s)?draw\\s(\\d{1,3})(?![\\d,])'), ' draw #$1 '],
  // Counts: "ha na'i i IRCC 3,500 na imbitasion", "750 ha' na imbitasion ma na'i", "ha imbita 1,280 na taotao", "7,000 na ITA".
  [words(`${loose("ha na'i")}\\s${WHO}`), (_, w = '') => ` ${who(w)} issued `],
  [words(`${loose('ha imbita')}\\s${WHO}`), (_, w = '') => ` ${who(w)} invited `],
  [words(`${loose("ha na'fanhuyong")}\\s${WHO}`), (_, w = '') => ` ${who(w)} released `],
  [words(`${COUNT}\\s${loose("ha' na")}\\s(?:imbitasion|ITA)\\s${loose("ma na'i")}`), ' only $1 invitations were issued '],
  [words(`${COUNT}\\s(?:${loose("ha' ")})?(?:na\\s)?(?:imbitasion|ITA)`), ' $1 invitations '],
  [words(`${COUNT}\\s(?:na\\s)?(?:taotao|kandidatu)`), ' $1 candidates '],
  [ch('imbitasion'), ' invitations '],
  [ch('ha imbita'), ' invited '],
  [ch("ma na'i"), ' were issued '],
  [ch("ha na'i"), ' issued '],
  [ch('manmachocho'), ' workers '],
  // Cut-offs: "I menos na CRS 422", "i menos na puntos 484", "Puntos: 472", "yan CRS 549".
  [words(`(?:i\\s)?menos\\sna\\s(?:(CRS)|puntos)(?:\\s(CRS))?(?=\\s\\d)`), (all = '') => ` the minimum ${/CRS/.test(all) ? 'CRS ' : ''}score was `],
  [words('(?:i\\s)?menos\\sna\\s(?:CRS|puntos)(?:\\sCRS)?'), ' the minimum CRS score '],
  [words('puntos(?=:\\s?\\d)'), ' CRS score'],
  [words(`${COUNT}\\spuntos`), ' $1 points '],
  // Programs.
  [ch('todu i programa|todu na programa'), ' all programs '],
  [ch("(?:i )?fino' Fransés|Fransés|Fransais"), ' French '],
  [ch('programa'), ' program '],
  // Who, where, when.
  [ch('Pineblika'), ' Published '],
  [ch('ginen'), ' From '],
  [ch('guaha'), ' There were '],
  [ch('para i'), ' for the '],
  [ch('para'), ' for '],
  [ch('yan'), ' and '],
  [ch('Kanada'), ' Canada '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/**
 * Words only Chamorro writes among the languages the reader glosses or reads (not Tagalog's "imbitasyon", "ngayong", Cebuano's "gahapon",
 * Ilocano's "idi kalman", Pangasinan's "ed", Spanish's "hoy", "ayer", Malay's "jemputan"); no English word.
 */
const CHAMORRO_WORD = words(
  loose(
    "imbitasion|ha imbita|ma imbita|nigap|pågo|ha'åni|simåna|guaha|taotao|manmachocho|ginen|todu|nuebu|dångkolo|dikike'|na'i|na'fanhuyong|menos na|gi este na|kuåttro|Måttes|Mietkoles|Huebes|Betnes|Sabalu|Damenggo|Huniu|Huliu|Agostu|Febreru|Matso|Abrit|Nobiembre|Nobembre|Disembre|Eneru|Mayu|hågu|mampos|meggai|lengguåhi|Imigrasion|Pineblika|Kumentu|Yu'os|ma'åse'|ma'pos|agupa'|taimanu|fa'tinas|fine'nana|siña|såkkan|ehemplo|risumen|hasso|hinasso",
  ),
);
const HINT = /imbita|nigap|guaha/i;
/** A cheap first test: "imbita…" (invite, invitations), "nigap" (yesterday) or "guaha" (there is), which English never writes. */
export const CHAMORRO_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, four of them different, or (a short post) four different making up a sixth of its words. */
export const isChamorro = (text: string): boolean => writtenWith(text, CHAMORRO_WORD, 4);

/** A Chamorro page glossed into English. */
export const glossChamorro = (text: string): string => glossInTurn(text, CASED_RULES);
