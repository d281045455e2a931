import { glossInTurn, keepCase, markEarlier, monthOrNone, namedMonthDay, type GlossRule, WORD_COUNT, words } from './gloss-rules.ts';

/**
 * Hmong (White Hmong, RPA spelling) draw news glossed into the English the reader knows (docs/parser.md "Tatar and Hmong"):
 * numbered months ("7 Lub Yim Hli 2026" → "August 7, 2026", "Lub Kaum Ob Hlis"), day-first dates ("6/7/2026" → "July 6,
 * 2026"), weekdays ("Hnub Monday", "Hnub Ob"), "nag hmo" (yesterday), "hnub no" (today), rounds ("kev xaiv zaum #433" → "draw
 * #433"), counts ("5,000 daim ntawv caw" → "5,000 invitations", "tau caw 4,500 tus neeg" → "invited 4,500 candidates"), cut-offs
 * ("qhab nia CRS tsawg tshaj plaws" → "minimum CRS score"), the tie-break, programs ("lus Fabkis", French; "kho mob",
 * healthcare) and a guide's ("Phau Ntawv Qhia"), forecast's or example's words. Words the glossary does not know stay; a sentence
 * of an earlier round ("zaum dhau los", the last time; "ua ntej", before) is context.
 */

/** The months by their numbers: "Lub Ib Hlis" (the first month) to "Lub Kaum Ob Hlis" (the twelfth). */
const MONTH_NUMBER: Readonly<Record<string, number>> = { ib: 1, ob: 2, peb: 3, plaub: 4, tsib: 5, rau: 6, xya: 7, yim: 8, cuaj: 9, kaum: 10, 'kaum ib': 11, 'kaum ob': 12 };
const MONTH = String.raw`Lub\s(Kaum\s(?:Ib|Ob)|Ib|Ob|Peb|Plaub|Tsib|Rau|Xya|Yim|Cuaj|Kaum)\sHlis?`;
const month = (m: string): string => monthOrNone(String(MONTH_NUMBER[m.toLowerCase().replace(/\s+/g, ' ')] ?? 0));
const YEAR = '((?:19|20)\\d\\d)';
const COUNTED: Readonly<Record<string, string>> = { ob: 'two', peb: 'three', plaub: 'four', tsib: 'five' };
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** "Hnub Ib" (Monday) to "Hnub Xya" or "Hnub So" (Sunday), read only beside a day ("Hnub Ob (7/7/2026)"). */
const NATIVE_WEEKDAY: Readonly<Record<string, string>> = { ib: 'Monday', ob: 'Tuesday', peb: 'Wednesday', plaub: 'Thursday', tsib: 'Friday', rau: 'Saturday', xya: 'Sunday', so: 'Sunday' };

const RULES: readonly GlossRule[] = [
  // A monthly recap before the months are read: "Ntsiab lus ntawm Lub Tsib Hlis" (a summary of May).
  [words(`ntsiab\\slus(?:\\sntawm)?(?=\\s(?:lub\\s)?hli|\\s${MONTH})`), ' Monthly recap of '],
  // Days: "hnub 6 Lub Yim Hli 2026", "(22 Lub Xya Hli)", day first "6/7/2026", "18/09/2019".
  [words(String.raw`(?:hnub\s)?(\d{1,2})\s${MONTH}(?:,?\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || all],
  [words(`${MONTH}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all = '', d = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [new RegExp(`(?<![\\p{L}\\d])hnub\\s(?=(?:${WEEKDAYS})(?![\\p{L}]))`, 'giu'), ' '],
  [words(String.raw`hnub\s(ib|ob|peb|plaub|tsib|rau|xya|so)(?=,?\s\(?\d{1,2}[/\s])`), (_, d = '') => ` ${NATIVE_WEEKDAY[d.toLowerCase()] ?? ''} `],
  [words(String.raw`thaum(?=\s\d{1,2}:\d\d)`), ' at '],
  [words('(?:hnub\\s)?ua\\sntej\\snag\\shmo'), ' the day before yesterday '],
  [words('nag\\shmo'), ' yesterday '],
  [words('hnub\\sno'), ' today '],
  [words('tag\\skis'), ' tomorrow '],
  [words('(?:lub\\s)?limtiam\\sno'), ' this week '],
  [words('(?:lub\\s)?limtiam\\s(?:dhau|tas)\\slos'), ' last week '],
  [words('(?:lub\\s)?limtiam\\stom\\sntej'), ' next week '],
  [words('(?:lub\\s)?hli\\sno'), ' this month '],
  // What tells no news of a round: a monthly recap ("Ntsiab lus ntawm Lub Tsib Hlis"), a guide, an example, a forecast, a province's draw.
  [words('ntsiab\\slus'), ' recap '],
  [words('xeev'), ' province '],
  [words('tsis\\syog'), ' not '],
  [words('phau\\sntawv\\sqhia'), ' Guide '],
  [words('piv\\stxwv'), ' For example '],
  // Hedges before the counts: "kwv yees li 3,000" (about), "ntau tshaj 500" (more than), "txog li 300" (up to).
  [words(String.raw`txog\s(?:li|rau)(?=\s\d)`), ' up to '],
  [words(String.raw`(?:kwv\syees\s)?li(?=\s\d)`), ' about '],
  [words(String.raw`ntau\s(?:tshaj|dua)(?=\s\d)`), ' more than '],
  [words(String.raw`tsawg\sdua(?=\s\d)`), ' fewer than '],
  [words('kwv\\syees'), ' forecast '],
  // A question or a guess: "Thaum twg yuav muaj kev xaiv tom ntej?" (when will the next draw be?), "tej zaum" (perhaps), "yuav ua li cas" (how to).
  [words('thaum\\stwg'), ' When '],
  [words('tej\\szaum'), ' perhaps '],
  [words('yuav\\sua\\sli\\scas'), ' How to '],
  [words('(?:kev\\sxaiv|zaum)\\stom\\sntej'), ' next draw '],
  [words('cia\\ssiab\\stias'), ' expected '],
  // Rounds: "kev xaiv zaum #433", "(zaum 424)"; "kev xaiv" (a draw), "tshiab" (new).
  [words(String.raw`(?:kev\sxaiv\s)?zaum\s#?(\d{2,4})(?!\d)`), ' draw #$1 '],
  [words('(?:kev\\sxaiv|draw)\\stshiab'), ' new draw '],
  [words(String.raw`(ob|peb|plaub|tsib)\s(?:zaum|zaug)\s(?:kev\sxaiv|draw)`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} draws `],
  [words('kev\\sxaiv'), ' draw '],
  // The tie-break: "Lub sij hawm tie-breaking", "Txoj cai tie-breaking".
  [words('(?:lub\\ssij\\shawm|txoj\\scai)\\stie-breaking(?:\\srule)?'), ' tie-breaking rule '],
  // French speakers before the counts: "5,000 tus neeg uas paub lus Fabkis" (who know French).
  [words('(?:tus\\s)?(?:neeg\\s)?uas\\spaub\\slus\\sFabkis(?:\\szoo)?'), ' French-speaking candidates '],
  // Counts: "tau xa 5,000 daim ntawv caw", "534 daim ntawv caw", "tau caw 4,500 tus neeg", "caw 3,600 tus".
  [words(`(?:tau\\s)?xa\\s${WORD_COUNT}\\s(?:daim\\sntawv\\scaw|ITAs?)`), ' issued $1 invitations '],
  [words(`${WORD_COUNT}\\sdaim\\sntawv\\scaw`), ' $1 invitations '],
  [words(`(?:tau\\s)?caw\\s${WORD_COUNT}\\stus(?:\\sneeg)?`), ' invited $1 candidates '],
  [words(`${WORD_COUNT}\\stus\\sneeg`), ' $1 candidates '],
  [words(`(?:tau\\s)?caw(?=\\s${WORD_COUNT}\\sFrench)`), ' invited '],
  [words('daim\\sntawv\\scaw'), ' invitations '],
  [words('tau\\scaw'), ' invited '],
  // Cut-offs: "Qhab nia CRS tsawg tshaj plaws yog 391", "qhab nia tsawg tshaj plaws: 475", "CRS tsawg tshaj: 477", "tsuas yog 357 xwb".
  [words('qhab\\snia\\s(?:CRS\\s)?tsawg\\stshaj\\splaws(?:\\sCRS)?|CRS\\stsawg\\stshaj(?:\\splaws)?(?=\\s?:|\\syog)'), ' minimum CRS score '],
  [words('tsawg\\stshaj\\splaws'), ' lowest '],
  [words(String.raw`tsuas\syog\s(\d{1,4})\sxwb`), ' only $1 '],
  [words('qhab\\snia(?:\\sCRS)?'), ' CRS score '],
  [words(String.raw`ntawm(?=\s\d{3}(?!\d))`), ' at '],
  // Programs.
  [words('lus\\sFabkis'), ' French-language '],
  [words('kev\\skho\\smob\\sthiab\\skev\\spab\\szej\\szog'), ' healthcare and social services '],
  [words('kws\\skho\\smob'), ' doctors '],
  [words('(?:kev\\s)?kho\\smob'), ' healthcare '],
  [words('(?:kev\\s)?ua\\sliaj\\sua\\steb'), ' agriculture '],
  [words('kws\\sqhia\\sntawv'), ' teachers '],
  [words('txawj\\stes'), ' trades '],
  [words('ua\\shaujlwm'), ' working '],
  [words('thiab'), ' and '],
  [words('yog'), ' is '],
  [words('muaj'), ' had '],
  [words('yuav'), ' will '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words of a Hmong draw report, and Hmong's short words that an English, Vietnamese or Spanish page does not write. */
const HMONG_WORD = words('hnub|nag\\shmo|neeg|ntawv|caw|qhab\\snia|tsawg|tshaj|xaiv|zaum|zaug|hlis?|thiab|cov|yog|nyob|ntawm|kev|tsiv|daim|hauv|haujlwm|tshiab|xwb|koj|muaj|xov\\sxwm|Hmoob|lawm|kuj');
/** A cheap first test (one literal-led pattern, case-sensitive): "hnub", "ntawv", "qhab", "neeg". */
export const HMONG_HINT = /[hH]nub|ntawv|[qQ]hab|neeg/;

/** Five of the words different, eight of them or a sixth of a short post's words (gloss-rules.ts `writtenWith`'s measure). */
export function isHmong(text: string): boolean {
  const found = (text.match(HMONG_WORD) ?? []).map((w) => w.toLowerCase());
  const different = new Set(found).size;
  return different >= 5 && (found.length >= 8 || found.length * 6 >= (text.match(/\p{L}+/gu) ?? []).length);
}

/** A sentence of an earlier round: "zaum dhau los" (the last time), "lwm zaug ua ntej" (another time before). */
const EARLIER = /(?:zaum|zaug|kev\sxaiv)\s(?:dhau|tas)\slos|ua\sntej(?!\snag\shmo)/iu;
/** A comparison with the last round, this round's figure before it: "qis dua 517 zaum dhau los" (down from 517 last time). */
const COMPARED = /(?<![\p{L}\d])(qis|siab)\sdua\s(\d{1,5})\s(?:ntawm\s)?(?:zaum|zaug|kev\sxaiv)\s(?:dhau|tas)\slos(?![\p{L}\d])/giu;
const compared = (_: string, way = '', n = ''): string => ` (${way.toLowerCase() === 'qis' ? 'down' : 'up'} from ${n} in the previous round) `;

/** A Hmong page glossed into English. */
export const glossHmong = (text: string): string => glossInTurn(markEarlier(text.replace(COMPARED, compared), EARLIER, /([.\n])/u), CASED_RULES);
