import { glossInTurn, keepCase, monthNamer, monthStems, monthOrNone, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Kikuyu draw news glossed into the English the reader knows, in the shape of `gloss-luganda.ts` (docs/parser.md "Kikuyu and
 * Chechen"): its months ("Mwerĩ wa Kanana", "18 Kanana", "6 Julai 2023" → "August 18", "July 6, 2023"), weekdays ("Njumaine" →
 * Tuesday), "ũmũthĩ" (today), "ira" (yesterday), "wiki ĩno" (this week); rounds ("nĩ yarutire draw" → held a draw, "mĩthiĩre
 * ĩĩrĩ" → two rounds); counts ("nĩ yaheire andũ 5,000" → invited 5,000 candidates, "Andũ 334 nĩ maaheirũo ithoni" → 334
 * candidates received invitations, "ithoni 3,515" → 3,515 invitations); cut-offs ("CRS ya hanini ĩrĩ 523" → the minimum CRS score
 * was 523, "mabata ma hanini nĩ 440"); "Gĩthungũ kĩa Ũbaranja" (French); a guide's "Mũhiano" (for example); hedges ("ta", "hakuhĩ"
 * about, "makĩria ma" more than, "nginya" up to). Unknown words stay.
 */

const MONTHS: MonthTable = [
  ['mwer[ĩi]\\swa\\smbere|januar[ĩi]|januari', 'January'],
  ['mwer[ĩi]\\swa\\sker[ĩi]|fevur[ũu]ar[ĩi]|febru?ar[ĩi]', 'February'],
  ['mwer[ĩi]\\swa\\sgatat[ũu]|machi', 'March'],
  ['mwer[ĩi]\\swa\\skana(?!na)|aprili', 'April'],
  ['mwer[ĩi]\\swa\\sgatano|mei', 'May'],
  ['mwer[ĩi]\\swa\\sgatandat[ũu]|juni', 'June'],
  ['mwer[ĩi]\\swa\\sm[ũu]gwanja|julai', 'July'],
  ['mwer[ĩi]\\swa\\skanana|kanana|agosti', 'August'],
  ['mwer[ĩi]\\swa\\skenda|septemba|s[ĩi]tembe', 'September'],
  ['mwer[ĩi]\\swa\\sik[ũu]mi(?!\\sna)|oktoba|okt[ũu]ba', 'October'],
  ['mwer[ĩi]\\swa\\sik[ũu]mi\\sna\\s[ũu]mwe|novemba', 'November'],
  ['mwer[ĩi]\\swa\\sik[ũu]mi\\sna\\sig[ĩi]r[ĩi]|dicemba|desemba', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: MonthTable = [
  ['kiumia|kiumĩa', 'Sunday'],
  ['n?jumatat[ũu]', 'Monday'],
  ['n?jumaine|n?jumanne', 'Tuesday'],
  ['n?jumatano', 'Wednesday'],
  ['aramithi|alhamisi', 'Thursday'],
  ['n?jumaa', 'Friday'],
  ['n?jumamothi|n?jumamosi', 'Saturday'],
];
const weekdayOf = monthNamer(WEEKDAY, 'i');
const WEEKDAYS = `(${WEEKDAY.map(([p]) => p).join('|')})`;
const NUMBERS: Readonly<Record<string, string>> = { ĩĩrĩ: 'two', igĩrĩ: 'two', ithatũ: 'three', ĩtatũ: 'three', inya: 'four', ithano: 'five' };
const COUNT = WORD_COUNT;
/** "nĩ yaheire", "nĩ kĩaheire", "yaheire": gave (invitations); "nĩ yarutire": held. */
const GAVE = '(?:n[ĩi]\\s)?(?:k[ĩi]aheire|yaheire|aheire|maaheire|[ĩi]raheana|yatũmire)';

const RULES: readonly GlossRule[] = [
  // A round-up's head: "Draws cia Express Entry wiki ĩno" (as the English reader knows it: Express Entry draws this week).
  [words('draws\\scia\\sExpress\\sEntry\\swiki\\s[ĩi]no'), ' Express Entry draws this week '],
  // Days: "Njumaine 18 Kanana" (Tuesday, August 18), "19 Mwerĩ wa Kanana 2026", "Julai 6, 2023", "6 Julai 2023", "25/05/2026".
  [words(`${WEEKDAYS},?\\s(?=\\d{1,2}\\s|\\p{Lu}\\p{Ll}+\\s\\d)`), (_, w = '') => ` ${weekdayOf(w)}, `],
  [words(`(\\d{1,2})\\s${MONTH}(?:,?\\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  [words(`${MONTH}\\s(\\d{1,2})(?:,\\s${YEAR})?`), (all = '', m = '', d = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  [/(?<![\d./])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/.]\d)/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(WEEKDAYS), (_, w = '') => ` ${weekdayOf(w)} `],
  [words(`mw[ĩi]r[ĩi]\\s${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  // A month's account: "Ũhoro wa Mwerĩ wa Mũgwanja 2026" (news of July 2026), "mĩthiĩre 8" (8 draws).
  [words(`[ũu]horo\\swa\\s${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` Monthly recap: ${month(m)} ${y} `],
  [words('m[ĩi]thi[ĩi]re\\s(\\d{1,2})(?![\\d,])'), ' $1 draws '],
  // "mbere ya ira" (before yesterday), "ũmũthĩ" (today), "ira" (yesterday), "rũciũ" (tomorrow), "wiki ĩno" (this week).
  [words('mbere\\sya\\sira'), ' the day before yesterday '],
  [words('[ũu]m[ũu]th[ĩi]'), ' today '],
  // "Ira draw ya PNP yaheire andũ 385" after the day's round: yesterday's round, context.
  [words('ira(?=\\sdraw\\sya\\s)'), ' Previously, yesterday'],
  [words('ira'), ' yesterday '],
  [words('r[ũu]ci[ũu]'), ' tomorrow '],
  [words('wiki\\s[ĩi]no'), ' this week '],
  [words('wiki\\s[ĩi]r[ĩi]a\\s[ĩi]h[ĩi]t[ũu]ku|wiki\\s[ĩi]hĩtũku'), ' last week '],
  [words('wiki\\s[ĩi]r[ĩi]a\\s[ĩi]g[ũu]ka|wiki\\s[ĩi]g[ũu]ka'), ' next week '],
  [words('m[ũu]thenya'), ' Date '],
  // "gũtirĩ draw" (there was no draw), "draw ya mũico" (the last draw), "draw ĩrĩa ĩngĩ … nĩ rĩ?" (when is the next draw?).
  [words('g[ũu]tir[ĩi]\\sdraw'), ' there was no draw '],
  [words('draw\\sya\\sm[ũu]ico'), ' the last draw '],
  [words('draw\\s[ĩi]r[ĩi]a\\s[ĩi]ng[ĩi]'), ' the next draw '],
  [words('n[ĩi]\\sr[ĩi](?=\\s*\\?)'), ' when '],
  // A province's own round: "draw yayo" (its own draw), "Ũyũ ti draw ya IRCC" (this is not an IRCC draw).
  [words('draw\\syayo'), ' its own draw '],
  [words('[ũu]y[ũu]\\sti\\sdraw\\sya\\s(?:IRCC|Express\\sEntry)'), ' This is not a federal draw '],
  [words('[ũu]y[ũu]\\sti\\sdraw\\sya'), ' This is not a draw of '],
  // Guides and forecasts: "Mũhiano" (for example), "Mũtaratara wa Kĩambĩrĩria" (a beginner's guide), "Mũtaratara wa tie-break".
  [words('m[ũu]hiano'), ' For example '],
  [words('m[ũu]taratara\\swa\\sk[ĩi]amb[ĩi]r[ĩi]ria'), " Beginner's Guide "],
  [words('[ũu]r[ĩi]a\\s[ũu]ng[ĩi]ongerera\\sCRS\\syaku'), ' How to improve your CRS '],
  [words('m[ũu]taratara\\swa(?=\\stie)'), ' '],
  [words('tũkwĩrĩgĩrĩra|twĩrĩgĩrĩire|nĩ\\stũreciiria'), ' we expect '],
  // Hedges, no count to the reader: "ta 3,000", "hakuhĩ 3,000" (about), "makĩria ma 3,000" (more than), "nginya 5,000" (up to).
  [words(`(?:ta|hakuh[ĩi]\\sna|hakuh[ĩi])\\s(?:and[ũu]\\s)?${COUNT}`), ' about $1 '],
  [words(`mak[ĩi]ria\\sma\\s(?:and[ũu]\\s)?${COUNT}`), ' more than $1 '],
  [words(`nginya\\s(?:and[ũu]\\s)?${COUNT}`), ' up to $1 '],
  // Rounds: "mĩthiĩre ĩĩrĩ" (two rounds), "draw ĩngĩ" (another draw), "nĩ yarutire" (held), "draw ĩyo" (that draw).
  [words(`(?:m[ĩi]thi[ĩi]re|draws?)\\s(${Object.keys(NUMBERS).join('|')})`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('draw\\s[ĩi]ng[ĩi]'), ' another draw '],
  [words('(?:n[ĩi]\\s)?(?:yarutire|[ĩi]rutire|arutire)'), ' held '],
  [words('(?:n[ĩi]\\s)?(?:aacokirie|yacokia)'), ' resumed '],
  [words('m[ĩi]thi[ĩi]re\\syothe'), ' all programs '],
  // Cut-offs: "CRS ya hanini ĩrĩ 523", "CRS ya hanini yarĩ mabata 557", "mabata ma hanini nĩ 440", "CRS ya hanini: 463".
  [words(`(?:CRS\\sya\\shanini|mabata\\sma\\shanini)\\s(?:[ĩi]r[ĩi]|n[ĩi]|yar[ĩi])\\s(?:mabata\\s)?${COUNT}`), ' the minimum CRS score was $1 '],
  [words('CRS\\sya\\shanini|mabata\\sma\\shanini'), ' minimum CRS score '],
  [words(`mabata\\s${COUNT}`), ' $1 points '],
  [words(`${COUNT}\\smabata`), ' $1 points '],
  // Counts: "nĩ yaheire andũ 5,000", "nĩ kĩaheire andũ 1,000 ithoni", "Andũ 334 nĩ maaheirũo ithoni", "ithoni 3,515", "Ithoni: 1,500".
  [words(`${GAVE}\\sand[ũu]\\s${COUNT}(?:\\sithoni)?`), ' invited $1 candidates '],
  [words(`${GAVE}\\sithoni\\s(?:k[ũu]r[ĩi]\\s)?and[ũu]\\s${COUNT}`), ' invited $1 candidates '],
  [words(`and[ũu]\\s${COUNT}\\s(?:n[ĩi]\\s)?(?:maaheir[ũu]o|maheir[ũu]o|maraheir[ũu]o)\\sithoni`), ' $1 candidates received invitations '],
  [words(`ithoni\\s${COUNT}`), ' $1 invitations '],
  [words(`${COUNT}\\sithoni`), ' $1 invitations '],
  [words(`and[ũu]\\s${COUNT}`), ' $1 candidates '],
  [words('(?:n[ĩi]\\s)?(?:maaheir[ũu]o|maheir[ũu]o|maraheir[ũu]o)\\sithoni|(?:n[ĩi]\\s)?maaheir[ũu]o'), ' received invitations '],
  [words('ithoni'), ' invitations '],
  // Programs: "Gĩthungũ kĩa Ũbaranja" (French), "ũgima" (health), "arĩa maaragia" (who speak).
  [words('g[ĩi]thung[ũu]\\sk[ĩi]a\\s[ũu]baranja|k[ĩi]baranja|[ũu]baranja|g[ĩi]faransa'), ' French '],
  [words('m[ĩi]eri\\sya\\s[ũu]gima|ar[ũu]gam[ĩi]r[ĩi]ri\\sa\\s[ũu]gima'), ' healthcare '],
  [words('ya\\sand[ũu]\\sar[ĩi]a\\smaaragia'), ' for candidates who speak '],
  [words('g[ĩi]c[ũu]nj[ĩi]\\sk[ĩi]a'), ' the '],
  [words('na'), ' and '],
  [words('ya|wa|kĩa|cia'), ' of '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Kikuyu writes among the languages the reader glosses (not Swahili's "ya", "na", "wiki", "Julai", "Jumatano"). */
const KIKUYU_WORD = words(
  '[ũu]m[ũu]th[ĩi]|ira|r[ũu]ci[ũu]|ithoni|and[ũu]|hanini|mabata|m[ĩi]thi[ĩi]re|yarutire|yaheire|k[ĩi]aheire|maaheir[ũu]o|n[ĩi]|[ĩi]r[ĩi]|yar[ĩi]|ar[ĩi]a|[ũu]horo|[ĩi]no|[ũu]y[ũu]|m[ũu]thenya|mwer[ĩi]|kanana|thiku|n?jumaine|n?jumatat[ũu]|aramithi|kiumia|n?jumamothi|w[ĩi]ra|m[ũu]hiano|m[ũu]taratara|g[ĩi]thung[ũu]|[ũu]baranja|wiki\\s[ĩi]no|kũrĩ|makĩria|nginya|hakuhĩ|[ĩi]r[ĩi]a|[ĩi]ng[ĩi]|t[ũu]kw[ĩi]r[ĩi]g[ĩi]r[ĩi]ra|g[ũu]tir[ĩi]|m[ũu]ico',
);
/**
 * A cheap first test: "ĩ" or "ũ", which an English page never writes, nor Swahili, Luganda, Kinyarwanda, Kirundi, Shona or
 * Lingala (Vietnamese and Guarani pages write them, and none of Kikuyu's words).
 */
export const KIKUYU_HINT = /[ĩũĨŨ]/;

/**
 * Eight of the words, four of them different, or (a short post) four different making up a sixth of its words; or a post of
 * at most 30 words with three different making up a sixth of them and a figure of its own ("ithoni 500", "CRS ya hanini 392").
 */
export const isKikuyu = (text: string): boolean =>
  writtenWith(text, KIKUYU_WORD, 4) || (writtenWith(text, KIKUYU_WORD, 3) && (text.match(/\p{L}+/gu) ?? []).length <= 30 && KIKUYU_FIGURE.test(text) && !QUOTING.test(text));
/** An English sentence quoting the words: quotation marks, "is", "means". */
const QUOTING = /["“”]|\b(?:is|are|was|were|means)\b/i;
/** A short post's figure in Kikuyu: "ithoni 500", "500 ithoni", "CRS ya hanini 392". */
const KIKUYU_FIGURE = /ithoni:?\s\d|\d\sithoni|hanini:?\s\d/i;

/** A Kikuyu page glossed into English. */
export const glossKikuyu = (text: string): string => glossInTurn(text, CASED_RULES);
