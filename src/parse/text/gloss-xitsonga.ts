import { glossInTurn, keepAnyCase, monthNamer, monthOrNone, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT } from './gloss-rules.ts';

/**
 * Xitsonga (Tsonga) draw news glossed into the English the reader knows, in the shape of `gloss-sesotho.ts` (docs/parser.md
 * "Setswana and Xitsonga"): day-first dates with its months ("19 Hukuri 2024" → "November 19, 2024", "hi 15 Mudyaxihi" → "on May
 * 15", "hi Musumbhunuku wa 18 Hukuri" → "on Monday, November 18"), "namuntlha" (today), "tolo" (yesterday); rounds ("ku hlawula" →
 * draw, "Ku hlawula #325", "ku hlawula ka 128" → draw #128, "ku hlawula ka mahlweni" → the previous draw); counts ("swirhambo swa
 * 500" → 500 invitations, "Swirhambo: 174", "vanhu va 1,500 va kumile swirhambo" → 1,500 candidates received invitations, "yi
 * rhumele" → sent); cut-offs ("CRS ya le hansi: 816" → Minimum CRS score: 816, "CRS ya le hansi a yi ri 357" → the minimum CRS
 * score was 357, "hi CRS ya 549" → with a CRS score of 549); the tie-break's label ("Nawu wa ku avanyisa"); programs ("Xifurwa" →
 * French, "madokodela" → physicians, "vatirhi va swa rihanyo" → healthcare workers); "Xiletelo" (guide); hedges ("kwalomu ka",
 * "ku tlula", "ku fika eka"). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['sunguti', 'January'],
  ['nyenyenyani', 'February'],
  ['nyenyankulu', 'March'],
  ['dzivamisoko', 'April'],
  ['mudyaxihi', 'May'],
  ['khotavuxika', 'June'],
  ['mawuwani', 'July'],
  ['mhawuri', 'August'],
  ['ndzhati', 'September'],
  ['nhlangula', 'October'],
  ['hukuri', 'November'],
  ["n['’]wendzamhala", 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  musumbhunuku: 'Monday',
  ravumbirhi: 'Tuesday',
  ravunharhu: 'Wednesday',
  ravumune: 'Thursday',
  ravuntlhanu: 'Friday',
  mugqivela: 'Saturday',
  mugivela: 'Saturday',
  sonto: 'Sunday',
};
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const COUNT = WORD_COUNT;
/** A draw: "ku hlawula" (the selecting), "ku hlawuriwa" (being selected). */
const DRAW = '(?:ku\\s)?(?:hlawula|hlawuriwa)';
/** The lowest CRS: "CRS ya le hansi (swinene)", "CRS ya le hansi ku tlula hinkwayo". */
const LOWEST = 'CRS\\sya\\sle\\shansi(?:\\sswinene)?';

const RULES: readonly GlossRule[] = [
  // "hi Musumbhunuku wa 18 Hukuri" (on Monday, November 18), "Hi Ravuntlhanu, 6 Nyenyenyani 2026".
  [words(`(hi\\s)?(${WEEKDAYS})(?:\\swa(?=\\s\\d))?`), (_, hi = '', w = '') => ` ${hi ? 'on ' : ''}${WEEKDAY[w.toLowerCase()] ?? ''} `],
  // Days: "19 Hukuri 2024", "hi 10 Dzivamisoko 2024" (on April 10, 2024), day first "11/12/2025".
  [
    words(String.raw`(hi\s|ka\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', hi = '', d = '', m = '', y = '') => (/^hi/i.test(hi) ? ' on' : hi ? ' of' : '') + (namedMonthDay(d, month(m), y) || ` ${all} `),
  ],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:hi|ka|eka|loku\\ska)\\s${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(MONTH), (m = '') => ` ${month(m)} `],
  [words('hi\\s(\\d{1,2}:\\d\\d(?::\\d\\d)?)'), ' at $1 '],
  [words('namuntlha'), ' today '],
  [words('tolweni'), ' the day before yesterday '],
  [words('tolo'), ' yesterday '],
  [words('mundzuku'), ' tomorrow '],
  [words('(?:eka\\s)?vhiki\\sleri\\sri\\shundzeke|(?:eka\\s)?vhiki\\sleri\\shundzeke'), ' last week '],
  [words('(?:eka\\s)?vhiki\\sleri'), ' this week '],
  [words("(?:eka\\s)?n['’]hweti\\sleyi"), ' this month '],
  [words('(?:eka\\s)?lembe\\sleri'), ' this year '],
  // Guides, recaps, forecasts.
  [words('xiletelo|nkongomiso'), ' Guide '],
  [words("nkomiso\\swa\\sn['’]hweti"), ' monthly recap '],
  [words('nkomiso\\swa\\svhiki'), ' weekly round-up '],
  [words('nkomiso\\swa\\slembe'), ' year in review '],
  [words('vuhlahluvi|hi\\slangutela|hi\\scinca'), ' forecast '],
  [words('hi\\sxikombiso'), ' for example '],
  // A question: "Xana u lava CRS yo tani hi yini …?" (what CRS do you need …?).
  [words('xana\\su\\slava\\sCRS\\syo\\stani\\shi\\syini'), ' What CRS score do you need '],
  // Rounds: "Ku hlawula #325", "ku hlawula ka 128" (draw #128), "ku hlawula ka mahlweni" (the previous draw), "ku hlawuriwa
  // kambirhi" (two draws).
  // A province's or another country's own round: "hi ku hlawula ka xona ka OINP" (in its own OINP draw).
  [words(`(?:hi|eka)\\s${DRAW}\\ska\\s(?:xona|yona|rona)\\ska\\s([\\p{L}\\d-]+)`), ' in its own $1 draw '],
  [words(`leswi\\sa\\shi\\s${DRAW}\\ska\\s(?:IRCC\\ska\\s)?Express\\sEntry`), ' This is not a federal draw of Express Entry '],
  [words(`${DRAW}\\skambirhi`), ' two draws '],
  [words('masiku\\smambirhi'), ' two days '],
  [words(`${DRAW}\\s(?:ka|loku\\ska)\\smahlweni|${DRAW}\\slokuhundzeke|${DRAW}\\slowu\\shundzeke`), ' the previous draw '],
  [words(`${DRAW}\\slokulandzelaka|${DRAW}\\slokutaka`), ' the next draw '],
  [words(`${DRAW}\\slokukulu`), ' the biggest draw '],
  [words(`${DRAW}\\ska\\s(\\d{1,3})(?![\\d,.]\\d)`), ' draw #$1 '],
  [words(`${DRAW}\\ska\\s(?:minongonoko|tinongonoko)\\shinkwayo|${DRAW}\\ska\\shinkwaswo`), ' all-program draw '],
  [words(`${DRAW}\\ska\\svumbirhi`), ' the second draw '],
  [words(`a\\sku\\s?na\\s${DRAW}|a\\sku\\shlawuriwanga`), ' no draw '],
  [words(DRAW), ' draw '],
  [words('yi\\sendlile|yi\\sendle|yi\\stlhele\\syi\\sendla'), ' held '],
  [words('yi\\slandzelerisile\\shi|yi\\slandzele\\shi'), ' followed with '],
  // Hedged counts, no count to the reader: "kwalomu ka 2,000" (about), "ku tlula 450", "leswi tlulaka 5,000" (more than), "ku fika
  // eka 3,000" (up to).
  [words(`(?:kwalomu\\ska|kwalomu\\sko|kwalomu\\sswa|kwalomu\\sva|kwalomu)\\s${COUNT}`), ' about $1 '],
  [words(`(?:ku\\stlula|to\\stlula|swo\\stlula|vo\\stlula|ehenhla\\ska|(?:leswi|lava|leti)\\stlulaka)\\s${COUNT}`), ' more than $1 '],
  [words(`(?:ku\\sfika\\seka|ku\\sya\\sfika\\seka|ku\\sfika)\\s${COUNT}`), ' up to $1 '],
  // Counts: "swirhambo swa 500", "Swirhambo: 174", "swirhambo 1,000", "391 wa swirhambo", "vanhu va 1,500 va kumile swirhambo".
  [words(`swirhambo\\s(?:swa\\s)?${COUNT}`), ' $1 invitations '],
  [words(`${COUNT}\\swa\\sswirhambo`), ' $1 invitations '],
  [words(`(?:swa|swo)\\s${COUNT}(?=\\s(?:hi\\sCRS|swi\\s))`), ' $1 invitations '],
  [words(`vanhu\\sva\\s${COUNT}`), ' $1 candidates '],
  [words('va\\skumile|va\\samukerile'), ' received '],
  [words('(?:ku|yi|xi)\\sta\\srhumela'), ' will send '],
  [words('yi\\srhumele|yi\\srhumerile|xi\\srhumele|ku\\srhumele'), ' sent '],
  [words('yi\\srhambile|yi\\srhambe'), ' invited '],
  [words('swi\\srhumeriwile'), ' were sent '],
  [words('swirhambo'), ' invitations '],
  [words('xirhambo'), ' invitation '],
  // Cut-offs: "CRS ya le hansi: 816", "CRS ya le hansi a yi ri 357" (was), "CRS ya le hansi yi ri 557", "hi CRS ya 549".
  [words(`${LOWEST}\\s(?:a\\syi\\sri|a\\ss?yi\\sli)`), ' the minimum CRS score was '],
  [words(`${LOWEST}(?:\\syi\\sri)?`), ' minimum CRS score '],
  [words(`hi\\sCRS\\sya\\s${COUNT}`), ' with a CRS score of $1 '],
  [words(`CRS\\sa\\syi\\sri\\s${COUNT}`), ' CRS was $1 '],
  [words(`exikarhi\\ska\\s${COUNT}\\s(?:na|ni)\\s${COUNT}`), ' between $1 and $2 '],
  [words(`hi\\stinhlayo\\sta\\s${COUNT}`), ' with $1 points '],
  [words('tinhlayo|ntlhayo'), ' points '],
  // The tie-break's label: "Nawu wa ku avanyisa" (the rule of dividing).
  [words('nawu\\swa\\sku\\savanyisa'), ' Tie-breaking rule '],
  // Programs.
  [words('lava\\svulavulaka\\sXifurwa'), ' French speakers '],
  [words('Xifurwa'), ' French '],
  [words('Xinghezi'), ' English '],
  [words('vatirhi\\sva\\sswa\\srihanyo|swa\\srihanyo'), ' healthcare workers '],
  [words('vatirhi\\sva\\smavoko'), ' trades workers '],
  [words('madokodela'), ' physicians '],
  [words('nongonoko|minongonoko'), ' program '],
  [words('xifundzankulu\\sxa|xifundza\\sxa'), ' the province of '],
  [words('xifundzankulu|xifundza'), ' province '],
  [words('ntsena'), ' only '],
  [words('endzhaku\\ska'), ' after '],
  [words('ku\\ssukela'), ' since '],
  [words('kutani|naswona'), ' and '],
  [/(?<=\b(?:invitations|sent)\s)eka(?=\s)/g, 'to'],
  [words('ka'), ' of '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/**
 * Words only Xitsonga writes among the languages the reader glosses: not Shona's "vanhu", "kuti", Zulu's "abantu", "izolo",
 * Chichewa's "anthu", "lero", nor the class prefixes all of them write ("ku", "ka", "va", "na", "ya").
 */
const XITSONGA_WORD = words(
  `hlawula|hlawuriwa|swirhambo|xirhambo|namuntlha|tolo|tolweni|mundzuku|yi|swa|swi|rhumele|hansi|lembe|leri|leswi|loku|lava|nongonoko|minongonoko|Xifurwa|Xinghezi|ntsena|endzhaku|kumbe|swinene|eka|hi|vatirhi|rihanyo|madokodela|mahungu|timhaka|nkomiso|n['’]hweti|hinkwaswo|hinkwayo|leyi|xifundzankulu|xiletelo|nawu|avanyisa|Musumbhunuku|Ravumbirhi|Ravunharhu|Ravumune|Ravuntlhanu|Mugqivela|${monthStems(MONTHS)}`,
);
/** Among them, those an English or a neighbour's page may write too, not counted alone. */
const SHARED = /^(?:yi|hi|eka|tolo|swa|swi)$/;
const HLAWU = /hlawu/;
const RHAMBO = /rhambo/;
/** A cheap first test: two literals, "hlawu" ("ku hlawula": draw) or "rhambo" ("swirhambo": invitations). */
export const XITSONGA_HINT = { test: (text: string): boolean => HLAWU.test(text) || RHAMBO.test(text) };

/**
 * Five of its own words, different, among eight of the words or a sixth of the page's; or (a short post) three different, two
 * of them its own, the words making up a quarter of the page's ("Express Entry namuntlha: … swirhambo 1,000 … ku hlawula #385",
 * "Express Entry tolo: … swirhambo 300 … Ku hlawula #434").
 */
export function isXitsonga(text: string): boolean {
  const found = (text.match(XITSONGA_WORD) ?? []).map((w) => w.toLowerCase());
  const own = new Set(found.filter((w) => !SHARED.test(w))).size;
  const all = (text.match(/\p{L}+/gu) ?? []).length;
  return (own >= 5 && (found.length >= 8 || found.length * 6 >= all)) || (own >= 2 && new Set(found).size >= 3 && found.length * 4 >= all);
}

/** A Xitsonga page glossed into English. */
export const glossXitsonga = (text: string): string => glossInTurn(text, CASED_RULES);
