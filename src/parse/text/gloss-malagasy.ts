import { glossInTurn, keepAnyCase, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Malagasy draw news glossed into the English the reader knows, in the shape of `gloss-creole.ts` (docs/parser.md "Wolof and
 * Malagasy"): thousands with a space ("7 500" → "7,500"), day-first dates ("21 Martsa 2025", "17 Aogositra") and weekdays
 * ("Alarobia", "Omaly zoma"), counts ("olona 279 no nasaina" → "279 candidates were invited", "fanasana 6 000" → "6,000
 * invitations"), cut-offs ("isa CRS ambany indrindra", "CRS farafahakeliny" → minimum CRS score), rounds ("faha-395",
 * "laharana 229" → #N, "teo aloha" → previous), the tie-break ("fotoana fanapahana", "Fitsipika fanapahana"), programs ("teny
 * frantsay", "programa rehetra", "dokotera", "fambolena") and the words of a draw report ("androany", "omaly", "Talohan'io"). Words
 * the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['mey|mai', 'May'],
  ['jon|jiona', 'June'],
  ['jol|jiolay', 'July'],
  ['aog', 'August'],
  ['sep', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['des', 'December'],
];
const MONTH = '(Janoary|Febroary|Martsa|Aprily|Mey|Jona|Jiona|Jolay|Jiolay|Aogositra|Septambra|Oktobra|Novambra|Desambra)';
const month = monthNamer(MONTHS, 'i');

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['alatsinainy', 'Monday'],
  ['talata', 'Tuesday'],
  ['alarobia', 'Wednesday'],
  ['alakamisy', 'Thursday'],
  ['zoma', 'Friday'],
  ['asabotsy|sabotsy', 'Saturday'],
  ['alahady', 'Sunday'],
];
const WEEKDAY = `(?:${WEEKDAYS.map(([mg]) => mg).join('|')})`;
const NUMBERS: Readonly<Record<string, string>> = { roa: 'two', telo: 'three', efatra: 'four', dimy: 'five', enina: 'six', fito: 'seven', valo: 'eight' };

const RULES: readonly GlossRule[] = [
  // "7 500" and "3 900" are 7,500 and 3,900 (not "17 2022", nor a day and its year).
  [/(?<![\d,.:/]|\d\s)(\d{1,3})\s(\d{3})(?![\d.:/]|,\d|\s\d)/g, '$1,$2'],
  [words(String.raw`(\d{1,2})\s${MONTH}(?:\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  // "Tamin'ny Alatsinainy 16 …", "Ny Alarobia 30 …", "ny Alarobia 17 …": on a weekday.
  [words(`(?:tamin'ny|ny)(?=\\s${WEEKDAY}\\b)`), ' on'],
  ...WEEKDAYS.map(([mg, en]): GlossRule => [words(mg), ` ${en} `]),
  // A yearly recap: "Bilan 2024".
  [words('Bilan(?=\\s(?:19|20)\\d\\d)'), ' Year in review '],
  // A monthly recap: "Famintinana: … tamin'ny volana Jolay 2026" (Summary: … in July 2026).
  [words('famintinana'), ' Monthly recap '],
  [words(String.raw`(?:tamin(?:'|’)ny\s)?volana\s${MONTH}(?:\s((?:19|20)\d\d))?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words('androany'), ' today '],
  // A forecast: "vinavina", "andrasana" (expected), "mety" (may).
  [words('vinavina'), ' forecast '],
  [words('andrasana'), ' expected '],
  [words('mety'), ' may '],
  [words("afak(?:'|’)?omaly"), ' the day before yesterday '],
  [words('omaly'), ' yesterday '],
  [words("tamin(?:'|’)ity\\sherinandro\\sity|ity\\sherinandro\\sity"), ' this week '],
  [words('herinandro\\slasa'), ' last week '],
  [words('ny\\sampitso'), ' the next day '],
  [words("talohan(?:'|’)io"), ' previously '],
  // The tie-break: "Ny fotoana fanapahana (tie-break) dia …", "Fitsipika fanapahana:".
  [words(String.raw`(?:ny\s)?(?:fotoana|fitsipika)\sfanapahana(?:\s\(tie-?break(?:ing\srule)?\))?(?:\sdia|:)?`), ' tie-breaking rule: '],
  [words(String.raw`tamin(?:'|’)ny(?=\s\d{1,2}:\d{2})`), ' at '],
  // Rounds: "fisintonana (tirage) laharana faha-395", "(laharana 229)", "fisintonana faha-421", "fisintonana teo aloha".
  [words(String.raw`(?:laharana\s)?faha-?(\d{1,3})|laharana\s(\d{1,3})`), (_, a = '', b = '') => ` #${a || b} `],
  [
    words(String.raw`(roa|telo|efatra|dimy|enina|fito|valo)\s(?:ny\s)?(?:antso|fisintonana)|(?:fisintonana|antso)\s(roa|telo|efatra|dimy|enina|fito|valo)`),
    (_, a = '', b = '') => ` ${NUMBERS[(a || b).toLowerCase()] ?? a} draws `,
  ],
  [words(String.raw`raha\soharina\samin(?:'|’)ny\sfisintonana\steo\saloha`), ' compared with the previous draw '],
  [words(String.raw`fisintonana\smanaraka`), ' the next draw '],
  keepAnyCase([words(String.raw`(?:ny\s)?fisintonana\s(?:(CEC|PNP|STEM)\s)?teo\saloha`), (_, p = '') => ` the previous ${p ? `${p} ` : ''}draw `]),
  [words(String.raw`fisintonana\sfarany`), ' the last draw '],
  [words(String.raw`fisintonana(?:\s\(tirage\))?`), ' draw '],
  [words('nanao'), ' held '],
  [words("nataon(?:'|’)ny"), ' held by '],
  [words('(?:dia\\s)?natao'), ' was held '],
  // Invitations and candidates: "olona 279 no nasaina", "2 250 no nasaina", "nanasa olona 3 900", "fanasana 6 000", "Isan'ny fanasana: 7 500".
  [words(`(?:olona\\s)?${WORD_COUNT}\\s(?:no\\s)?nasaina`), ' $1 candidates were invited '],
  [words(`nanasa\\solona\\s${WORD_COUNT}`), ' invited $1 candidates '],
  [words(`olona\\s${WORD_COUNT}\\sno\\snahazo\\sfanasana`), ' $1 candidates received invitations '],
  [words(`olona\\s${WORD_COUNT}`), ' $1 candidates '],
  [words(`fanasana\\s${WORD_COUNT}`), ' $1 invitations '],
  [words("isan(?:'|’)ny\\sfanasana"), ' invitations issued '],
  [words('fanasana'), ' invitations '],
  [words('nasaina|nanasa'), ' invited '],
  // Cut-offs: "789 ny isa CRS ambany indrindra", "Ny CRS ambany indrindra dia 475", "CRS farafahakeliny: 223".
  [words(`${WORD_COUNT}\\sny\\s(?:isa\\s)?CRS\\s(?:ambany\\sindrindra|farafahakeliny)`), ' the minimum CRS score was $1 '],
  [words(String.raw`(?:ny\s)?(?:isa\s)?CRS\s(?:ambany\sindrindra|farafahakeliny)(?:\sdia)?`), ' minimum CRS score '],
  [words(`nidina\\s${WORD_COUNT}\\sisa`), ' fell $1 points '],
  [words(`niakatra\\s${WORD_COUNT}\\sisa`), ' rose $1 points '],
  [words(`${WORD_COUNT}\\sisa`), ' $1 points '],
  [words(`tamin(?:'|’)ny\\s${WORD_COUNT}(?=\\))`), ' at $1 '],
  // Programs: "ho an'ireo mahay teny frantsay", "ho an'ny programa rehetra", "dokotera", "fambolena sy sakafo".
  [words(String.raw`(?:ho\san(?:'|’)(?:ireo|ny)\s)?(?:mahay|miteny)\steny\sfrantsay|(?:ho\san(?:'|’)ny\s)?mpiteny\sfrantsay`), ' for French-speaking candidates '],
  [words('frantsay'), ' French-language '],
  [words(String.raw`(?:ho\san(?:'|’)ny\s)?programa\srehetra`), ' for all programs '],
  [words(String.raw`dokotera\smanana\straikefa\smiasa\sany\sKanada`), ' physicians with Canadian work experience '],
  [words('dokotera'), ' physicians '],
  [words(String.raw`fambolena\ssy\ssakafo|fambolena`), ' agriculture and agri-food '],
  [words('fahasalamana(?:\\ssy\\sasa\\ssosialy)?'), (all = '') => (/sosialy$/i.test(all) ? ' healthcare and social services ' : ' healthcare ')],
  [words("ho\\san(?:'|’)(?:ny|ireo)"), ' for '],
  [words('Kanada'), ' Canada '],
  [words('sy'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Malagasy writes (not "no", "ny", "any", "isa", "dia": English, Danish or Malay have them). */
const MALAGASY_WORD = words(
  "androany|omaly|nasaina|nanasa|fisintonana|fanasana|tamin[’']ny|tamin[’']ity|ho\\san[’']ny|ho\\san[’']ireo|indrindra|ambany|farafahakeliny|nanao|olona|laharana|herinandro|taona|vaovao|fifindra-monina|teo\\saloha|raha|ireo|mahay|frantsay|Janoary|Febroary|Martsa|Aprily|Jona|Jolay|Aogositra|Septambra|Oktobra|Novambra|Desambra|Alatsinainy|Talata|Alarobia|Alakamisy|Asabotsy|Alahady|izay|koa|mbola|nahazo",
);
/** A cheap first test, one pre-compiled pattern: "fisintonana" (a draw) or the article glued to a word ("tamin'ny", "ho an'ny"). */
export const MALAGASY_HINT = /isintonana|[’']ny\b/;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isMalagasy = (text: string): boolean => writtenWith(text, MALAGASY_WORD, 5);

/** A Malagasy page glossed into English. */
export const glossMalagasy = (text: string): string => glossInTurn(text, CASED_RULES);
