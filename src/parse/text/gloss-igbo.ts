import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Igbo draw news glossed into the English the reader knows, as `gloss-yoruba.ts` does for Yoruba (docs/parser.md, "Igbo and
 * Lao"). Tone marks and dots below go first ("Ọgọọst" → "Ogoost", "ịkpọ òkù" → "ikpo oku"), as pages write all, some or none
 * of them. The borrowed months ("19 Ọgọọst 2026", "Septemba 3, 2020") and weekdays ("Wenezdee", "Tọọzdee"), "taa" (today),
 * "ụnyaahụ" (yesterday); rounds ("ịkpọ òkù nke 230" → "draw #230", "Nọmba ịkpọ òkù: 312" → "Draw number: 312", "ịkpọ òkù CEC
 * na-esote" → the next CEC draw); counts ("kpọrọ ndị 3,300" → "invited 3,300 candidates", "mmadụ 442 nwetara òkù", "Ndị a
 * kpọrọ: 2,750"); cut-offs ("Akara CRS kacha nta", "akara pere mpe", "akara dị ala kacha" → minimum CRS score); the tie-break
 * ("Iwu ịkewa mmadụ nwere otu akara"); a recap ("Nchịkọta ọnwa Julaị"), a guide ("Ntuziaka", "Ọmụmaatụ"); programs. A sentence
 * that tells an earlier round ("Na 14 Ọgọọst, a kpọrọ …", "nke izu abụọ gara aga") is context. Words the glossary does not
 * know stay as they are: no English pattern reads them.
 */

const MONTHS: MonthTable = [
  ['jenu|jan', 'January'],
  ['febu|feb', 'February'],
  ['maac|mach|mar', 'March'],
  ['epr|apr', 'April'],
  ['mee|mei|may', 'May'],
  ['juu?n', 'June'],
  ['jula|juu?l', 'July'],
  ['ogo|aug|ogos', 'August'],
  ['sep', 'September'],
  ['okt|oct', 'October'],
  ['nov', 'November'],
  ['dis|dec', 'December'],
];
const MONTH = '(Jenuwari|Febuwari|Maachi|Machi|Eprel|Epril|Mee|Juun|Jun|Julai|Juul|Ogoost|Ogost|Ogostu|Septemba|Oktoba|Novemba|Disemba|Desemba)';
const month = monthNamer(MONTHS, 'i');
const ENGLISH_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Monde', 'Monday'],
  ['Tiuzdee|Tuzdee', 'Tuesday'],
  ['Wenezdee|Wunesde|Wenesde', 'Wednesday'],
  ['Toozdee|Tozdee', 'Thursday'],
  ['Fraidee|Fraide', 'Friday'],
  ['Satodee|Satode', 'Saturday'],
  ['Sondee|Sonde', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { abuo: 'two', ato: 'three', ano: 'four', ise: 'five' };
const NUMBER = `(${Object.keys(NUMBERS).join('|')})`;
/** Invitations: "ịkpọ òkù" (a calling, a draw's round too), "akwụkwọ ịkpọ òkù" (letters of invitation), "òkù" alone. */
const CALL = String.raw`(?:akwukwo\s)?ikpo\soku`;

const RULES: readonly GlossRule[] = [
  // "N'ubochi 24 n'onwa Jun 2026", "ubochi 24 nke onwa Jun" (on the 24th day of June): a day, not a span of 24 days.
  [words(String.raw`(?:n')?ubochi\s(\d{1,2})\s(?:n'|nke\s)onwa\s${MONTH}(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` on ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  // Days: "19 Ogoost 2026", "17 Ogoost", "Septemba 3, 2020", a month with its year ("Julai 2026"), a month alone.
  [words(String.raw`(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [words(String.raw`${MONTH}\s(\d{1,2})(?=,?\s(?:19|20)\d\d)`), (_, m = '', d = '') => ` ${month(m)} ${String(Number(d))}`],
  // "Nchikota onwa Julai 2026" (July 2026's summary): a month's recap, no news.
  [words(String.raw`nchikota\s(?:onwa\s)?${MONTH}(?:\s((?:19|20)\d\d))?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} recap `],
  [words('nchikota'), ' recap '],
  // "Ihe mere n'afo 2025" (what happened in 2025): a year's recap; "n'afo 2025" (in 2025).
  [words(String.raw`ihe\smere\sn'afo\s((?:19|20)\d\d)`), ' $1 recap '],
  [words(String.raw`n'afo\s(?=(?:19|20)\d\d)`), ' in '],
  [words(String.raw`(?:n'|n')?onwa\s${MONTH}(?:\s((?:19|20)\d\d))?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  // A month alone, not "Mee" ("mee ule", do an exam): only before its year.
  [words(String.raw`(?!Mee\s(?!(?:19|20)\d\d))${MONTH}(?:\s((?:19|20)\d\d))?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  // Bylines and sections: "Ebe nruoru:" (source), "Onye nta akuko:" (reporter), "Site n'aka" (by), "Ngalaba:" (section, dropped).
  [words('ebe\\snruoru'), ' Source '],
  [words('onye\\snta\\sakuko'), ' Reporter '],
  [words("site\\sn'aka"), ' By '],
  // A dateline's "| Ngalaba: …" (section): a label there would part the day from the page's head.
  [/(?<=\|\s?)Ngalaba:/gi, ' '],
  [words('nke\\sohuru'), ' New '],
  [words('akuko'), ' News '],
  // A weekday before its day takes a comma ("Wenezdee 28 Ogoost 2024" → "Wednesday, August 28, 2024").
  ...WEEKDAYS.map(([ig, en]): GlossRule => [words(`(?:${ig})(?=\\s(?:${ENGLISH_MONTH})\\s\\d)`), ` ${en}, `]),
  ...WEEKDAYS.map(([ig, en]): GlossRule => [words(ig), ` ${en} `]),
  // "Taa bu Wenezdee" (today is Wednesday), "taa", "unyaahu" (yesterday).
  [words('taa\\sbu'), ' today is '],
  [words('taa'), ' today '],
  // "Nta unyaahu", "ubochi abuo gara aga" (two days ago): the day before yesterday, not yesterday.
  [words(String.raw`nta\sunyaahu|(?:n')?ubochi\sabuo\sgara\saga`), ' the day before yesterday '],
  [words('unyaahu'), ' yesterday '],
  [words(String.raw`izu\s${NUMBER}\sgara\saga`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? ''} weeks ago `],
  [words('izu\\sgara\\saga|izu\\sgara'), ' last week '],
  [words('izu\\sa'), ' this week '],
  // Spans: "ubochi 60" (60 days), "n'ime otu onwa" (within a month): no day, no count.
  [words(String.raw`ubochi\s(\d{1,3})(?![\d,])`), ' $1 days '],
  [words(String.raw`(?:n'ime\s)?izu\s${NUMBER}`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? ''} weeks `],
  // A guide: "Ntuziaka" (a guide), "Omumaatu" (for example), "Otu esi" (how to).
  [words('ntuziaka'), ' Guide '],
  [words('omumaatu:?'), ' For example, '],
  [words('otu\\sesi'), ' How to '],
  [words('amumamu|amuma'), ' forecast '],
  [words('ihe\\sanyi\\sna-atu\\sanya|na-atu\\sanya|a\\s?na-atu\\sanya'), ' expected '],
  // The tie-break: "Iwu ikewa mmadu nwere otu akara (tie-breaking rule)", "Oge tie-break" (the tie-break's time).
  [words(String.raw`iwu\sikewa(?:\smmadu)?(?:\snwere\sotu\sakara)?(?:\s\(tie-?breaking(?:\srule)?\))?`), ' tie-breaking rule '],
  [words(String.raw`oge\s(?=tie-?break)`), ' '],
  // Rounds: "Nomba ikpo oku: 312" (the draw's number), "ikpo oku nke 230", "ikpo oku #162", "Draw #437", "ikpo oku CEC na-esote"
  // (the next CEC draw), "ikpo oku abuo" (two draws).
  [words(`nomba\\s${CALL}`), ' Draw number '],
  // "akwukwo ikpo oku 442" (442 letters of invitation) is a count; "ikpo oku CEC nke 432" the CEC draw #432; "nke 427," a number too.
  [words(`akwukwo\\sikpo\\soku\\s${WORD_COUNT}`), ' $1 invitations '],
  [words(String.raw`${CALL}\s((?:[A-Z]{2,5}\s(?=nke\s|#))?)(?:nke\s)?#?(\d{1,3})(?!\d|,\d)(?:\snke\sExpress\sEntry)?`), (_, p = '', n = '') => ` ${p}draw #${n} `],
  // "o si na 517 n'ikpo oku gara aga gbadata" (down from 517 in the previous draw); "n'ikpo oku gara aga" (in the previous draw).
  [
    words(String.raw`o\s(?:si|sitere)\sna\s(\d[\d,]*)\s(?:n'|na\s)?${CALL}\sgara\saga\s(gbadata|gbadara|rigoro|rigota|bilie)`),
    (_, n = '', v = '') => ` ${v.toLowerCase().startsWith('g') ? 'down' : 'up'} from ${n} in the previous draw `,
  ],
  [words(String.raw`(?:n'|na\s)${CALL}\sgara\saga`), ' in the previous draw '],
  // "N'ikpo oku CEC ikpeazu (5 August 2026)": in the last CEC draw, an earlier round a guide quotes.
  [words(String.raw`n'${CALL}\s((?:[A-Z]{2,5}\s)?)ikpeazu`), (_, p = '') => ` In the last ${p}draw `],
  [words(String.raw`${CALL}\s((?:[A-Z]{2,5}\s)?)na-esote`), (_, p = '') => ` the next ${p}draw `],
  [words(`${CALL}\\s${NUMBER}`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? ''} draws `],
  [words(`${CALL}\\sozo`), ' another draw '],
  [words(String.raw`${CALL}\s(?:maka\s)?mmemme\sniile(?:\s\(all-program\sdraw\))?`), ' all-program draw '],
  [words(String.raw`mmemme\sniile`), ' all programs '],
  [words(`(?:mere|nwere)\\s(?=${CALL}|draw)`), ' held '],
  [words('mere(?=\\sDraw)'), ' held '],
  // Hedged counts: "ihe di ka ndi 4,000" (about), "ihe kariri ndi 500" (more than), "ruo ndi 5,000" (up to).
  [words(String.raw`ihe\sdi\ska(?=\s(?:ndi|mmadu)\s\d)`), ' about '],
  [words(String.raw`(?:ihe\s)?kariri(?=\s(?:ndi|mmadu)\s\d)`), ' more than '],
  [words(String.raw`ruo(?=\s(?:ndi|mmadu)\s\d)`), ' up to '],
  // Counts: "kporo ndi 3,300" (invited 3,300 people), "Ndi 4,200 nwetara oku", "mmadu 442 nwetara oku", "Ndi a kporo: 2,750",
  // "ITA 1,000", "Onu ogugu ITA: 5,000" (the number of ITAs).
  [words(`(?:a\\s)?kporo\\s(?:ndi|mmadu)\\s${WORD_COUNT}`), ' invited $1 candidates '],
  [words(`(?:ndi|mmadu)\\s${WORD_COUNT}\\snwetara\\s(?:oku|${CALL})`), ' $1 candidates received invitations '],
  [words(`(?:ndi|mmadu)\\s${WORD_COUNT}`), ' $1 candidates '],
  [words('ndi\\sa\\skporo'), ' Candidates invited '],
  [words(`onu\\sogugu\\s(?:ITA|${CALL})`), ' Number of invitations '],
  [words(`${CALL}\\s${WORD_COUNT}`), ' $1 invitations '],
  [words('nwetara\\s(?:oku|ITA)'), ' received invitations '],
  [words('(?:a\\s)?kporo'), ' invited '],
  [words(CALL), ' invitations '],
  // Cut-offs: "Akara CRS kacha nta (bu)", "akara pere mpe (bu)", "akara CRS di ala kacha (bu)" → the minimum CRS score (was).
  [words(String.raw`akara\s(?:CRS\s)?(?:kacha\snta|pere\smpe|di\sala\skacha)(?:\sbu)?`), ' minimum CRS score '],
  [words(String.raw`na\sakara(?=\s\d)`), ' with a score of '],
  [words(String.raw`akara\sa\sdi\sala\skaria`), ' the score is lower than '],
  [words('akara'), ' score '],
  // Programs.
  [words(String.raw`(?:ndi\s)?na-asu\sFrench|n'asusu\sFrench|asusu\sFrench`), ' French-language '],
  [words(String.raw`ebe\sobibi\sna-adigide\sadigide`), ' permanent residence '],
  [words("n'okpuru"), ' under '],
  [words('Gooment[iy]\\sCanada'), ' the Government of Canada '],
  // "Na 14 August, …" (on August 14): an earlier round's day at a sentence's start.
  [words(String.raw`na(?=\s(?:${ENGLISH_MONTH})\s\d)`), ' On '],
  [words('nke\\sa\\sbu'), ' this is '],
  [words('maka'), ' for '],
  [words('na(?!-)'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Igbo writes often, its marks dropped (not "na", "a", "ka", "nke": other languages have them). */
const IGBO_WORD = words(
  "ndi|ikpo|oku|akara|kacha|nta|unyaahu|taa|mere|kporo|nwetara|mmadu|onwa|izu|ozo|akwukwo|maka|bu|nwere|n'ime|n'usoro|anyi|gi|ha|ihe|ebe|ugbu|ubochi|nchikota|ntuziaka|akuko|kpotu(?:ru)?|mmemme|niile|ala|mpe|pere|oge|iwu|karia|gara|aga|na-esote|Ogoost|Julai|Wenezdee|Tiuzdee|Toozdee|Monde",
);
/** Tone marks and dots below gone: "Ọgọọst" → "Ogoost"; "’" as "'" ("n’ime"). */
const bare = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u2019/g, "'");

/** A cheap first test: a vowel with a dot below ("ị", "ọ", "ụ") or "ṅ", which Igbo writes and English never. */
export const IGBO_HINT = /[\u1eca-\u1ecd\u1ee4\u1ee5\u1e44\u1e45]|\u0323/;

/** Eight of the words, six of them different, or (a short post) six different making up a sixth of its words. */
export const isIgbo = (text: string): boolean => writtenWith(bare(text), IGBO_WORD, 6);

/** An Igbo page glossed into English. */
export const glossIgbo = (text: string): string => glossInTurn(bare(text), CASED_RULES);
