import { glossInTurn, keepAnyCase, monthNamer, monthStems, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Upper Sorbian draw news glossed into the English the reader knows, in the shape of `gloss-occitan.ts` (docs/parser.md "Romansh
 * and Upper Sorbian"): counts grouped by a space ("5 000" → 5,000); dates with its months in the genitive ("23. julija 2026" → July
 * 23, 2026, "2. januara"), weekdays ("srjedu" → Wednesday, "póndźelu" → Monday), "dźensa" (today), "wčera" (yesterday), "tutón
 * tydźeń" (this week); rounds ("kolo čo. 228", "w kole čisło 228" → draw #228, "dwě kole" → two draws, "nowe kolo" → a new draw,
 * "poslednje kolo" → the previous draw); counts ("574 přeprošenjow" → 574 invitations, "je Kanada 3 900 kandidatow přeprosyła" →
 * Canada invited 3,900 candidates, "dósta 4 kandidaća … přeprošenje" → 4 candidates received invitations); cut-offs ("minimalna
 * hódnota CRS" → minimum CRS score, "minimalnje z 399 dypkami" → with a minimum of 399 points, "minimalnje 711 CRS" → minimum CRS
 * 711); the tie-break's label ("Pravidło „tie-break“"); hedges ("něhdźe", "wokoło", "nimale" → about, "wjace hač", "přez" → more
 * than, "hač do" → up to). Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['januar', 'January'],
  ['februar', 'February'],
  ['měrc', 'March'],
  ['apryl', 'April'],
  ['mej', 'May'],
  ['junij', 'June'],
  ['julij', 'July'],
  ['awgust', 'August'],
  ['septemb', 'September'],
  ['oktob', 'October'],
  ['nowemb', 'November'],
  ['decemb', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month word: a stem and its ending ("julija", "měrca", "meje", "awgusta"). */
const MONTH = `((?:${monthStems(MONTHS)})\\p{L}{0,3})`;
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['póndźel[aue]', 'Monday'],
  ['wutor[aue]', 'Tuesday'],
  ['srjed[aue]', 'Wednesday'],
  ['štwórtk', 'Thursday'],
  ['pjatk', 'Friday'],
  ['sobot[aue]', 'Saturday'],
  ['njedźel[aue]', 'Sunday'],
];
const weekdayOf = monthNamer(WEEKDAYS, 'i');
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const COUNT = WORD_COUNT;
/** A hedge the rules above glossed ("about 1,000"), kept before the count it hedges. */
const HEDGED = '((?:about|more\\sthan|up\\sto)\\s)?';
const CANDIDATES = 'kandida(?:tow|tojo|taj|ća|ći|tki|tkow|tam|tami|tach)';

const RULES: readonly GlossRule[] = [
  // Counts grouped by a space: "5 000", "3 900", "27 332" (not a day's number before it: "228 2 000" keeps 228).
  [words('(ko(?:lo|le|ła)\\s(?:čo\\.|čisło|č\\.|nr\\.)\\s?\\d{1,3})\\s(\\d{1,3})\\s(\\d{3})(?!\\d)'), '$1 $2,$3'],
  [/(?<!\d ?)(\d{1,3}) (\d{3})(?!\d)/g, '$1,$2'],
  // Days: "23. julija 2026", "(13. junija)", "2. januara 2019", "16. februara".
  [words(`(\\d{1,2})\\.\\s?${MONTH}(?:,?\\s${YEAR})?`), (all = '', d = '', m = '', y = '') => namedMonthDay(d, month(m), y) || ` ${all} `],
  [words(WEEKDAY), (_, w = '') => ` ${weekdayOf(w)} `],
  // "předwčerawšim" (the day before yesterday), "wčera" (yesterday), "dźensa" (today), "jutře" (tomorrow).
  [words('předwčerawšim'), ' the day before yesterday '],
  [words('(?:hižo\\s)?wčera'), ' yesterday '],
  [words('dźensa'), ' today '],
  [words('jutře'), ' tomorrow '],
  [words('(?:tutón|tutym)\\stydź(?:eń|enju)'), ' this week '],
  [words('(?:zańdźeny|zašły|zańdźenym)\\stydź(?:eń|enju)'), ' last week '],
  [words('tutón\\směsac'), ' this month '],
  // Guides, recaps, forecasts, comparisons.
  [words('nawod|kak\\sfunguje'), ' Guide: how works '],
  // "Přehlad tydźenja" (this week's draws: a round-up's heading), "měsačny přehlad" (a month's recap), "lětny přehlad" (a year's).
  [words('(?:tydźenski\\s)?přehlad\\stydźenja|tydźenski\\spřehlad'), " This week's draws "],
  [words('měsačny\\spřehlad'), ' Monthly recap '],
  [words('(?:lětn[ya]\\s)?přehlad(?:\\slěta)?'), ' Year in review '],
  [words('prognoza|wuhlad'), ' forecast '],
  [words('za\\spřirunanje'), ' for comparison '],
  [words('na\\spříkład'), ' for example '],
  // Hedged counts, no count to the reader.
  [words(`(?:něhdźe|wokoło|nimale|přibližnje|circa)\\s${COUNT}`), ' about $1 '],
  [words(`(?:wjace\\shač|přez)\\s${COUNT}`), ' more than $1 '],
  [words(`hač\\sdo\\s${COUNT}`), ' up to $1 '],
  // Rounds: "kolo čo. 228", "w kole čisło 228", "dwě kole", "nowe kolo", "poslednje kolo".
  [words(`(?:w\\s)?ko(?:lo|le|ła)\\s(Express\\sEntry\\s)?(?:čo\\.|čisło|č\\.|nr\\.)\\s?(\\d{1,3})`), ' $1draw #$2 '],
  [words('dwě\\sko(?:le|ła)'), ' two draws '],
  [words('tři\\sko(?:ła|le)'), ' three draws '],
  [words('(?:přichodne|přichodnym)\\sko(?:lo|ło)'), ' the next draw '],
  [words('(?:nowe|nowym)\\sko(?:lo|ło)'), ' a new draw '],
  [words('(?:poslednje|předchadne)\\s(federalne\\s)?ko(?:lo|ło)'), (_, f = '') => ` the previous ${f ? 'federal ' : ''}draw `],
  // "kaž w předchadnym kole (čo. 428, …)" (as in the previous draw, #428, …): context.
  [words('(?:w\\s)?(?:předchadnym|poslednim|poslednjym)\\s(federalnym\\s)?kole'), (_, f = '') => ` in the previous ${f ? 'federal ' : ''}draw `],
  [words('\\(čo\\.\\s?(\\d{1,3})'), ' (draw #$1 '],
  [words('kaž'), ' as '],
  [words('federalnych\\sko[łl]ow'), ' federal draws '],
  [words('ko(?:lo|ło)'), ' draw '],
  [words('ko(?:le|ła|[łl]ow|łach)'), ' draws '],
  // Counts: "574 přeprošenjow", "je Kanada 3 900 kandidatow přeprosyła", "bu 5 000 kandidatow … přeprošenych", "dósta 4 kandidaća … přeprošenje".
  [words(`${COUNT}\\spřeprošen(?:jow|ja|je|jemi)`), ' $1 invitations '],
  [words(`dósta\\s(?:jenož\\s)?${COUNT}\\s${CANDIDATES}`), ' $1 candidates received invitations '],
  [words(`bě\\s${COUNT}\\s([\\p{L} ]{1,40}?)\\spřeprošenje\\sdóstało`), ' $1 $2 received invitations '],
  // "4 500 francoskorěčnych kandidatow přeprosyło": the French-speaking between the count and the candidates.
  [
    words(`(?:bu\\s)?${HEDGED}${COUNT}\\s(francoskorěčnych\\s)?${CANDIDATES}(?=[^.\\n]{0,80}přeprošenych)`),
    (_, h = '', n = '', f = '') => ` ${h}${n} ${f ? 'French-speaking ' : ''}candidates were invited `,
  ],
  [words(`${HEDGED}${COUNT}\\s(francoskorěčnych\\s)?${CANDIDATES}(?=[^.\\n]{0,80}přeprosy)`), (_, h = '', n = '', f = '') => ` invited ${h}${n} ${f ? 'French-speaking ' : ''}candidates `],
  [words('přeprosył[ao]?|přeprosy|přeprošenych|přeprošeni'), ' '],
  [words('přeprošenja|přeprošenjow|přeprošenjemi'), ' invitations '],
  [words('přeprošenje'), ' invitation '],
  [words(`${COUNT}\\s${CANDIDATES}`), ' $1 candidates '],
  [words(CANDIDATES), ' candidates '],
  [words(`${COUNT}\\sludźi`), ' $1 candidates '],
  [words('jenož'), ' only '],
  // Cut-offs: "minimalna hódnota CRS bě 368", "Minimalny CRS: 443 dypkow", "minimalnje z 399 dypkami", "minimalnje 711 CRS".
  [words('minimalna\\shódnota(\\sCRS)?'), (_, c = '') => ` the minimum${c ? ' CRS' : ''} score `],
  [words('minimalny\\sCRS'), ' minimum CRS '],
  [words(`minimalnje\\s${COUNT}\\sCRS`), ' minimum CRS $1 '],
  [words(`minimalnje\\sz\\s${COUNT}\\sdypk(?:ami|ow)`), ' with a minimum of $1 points '],
  [words(`minimalnje\\s${COUNT}\\sdypk(?:ami|ow)`), ' a minimum of $1 points '],
  [words(`bě\\s${COUNT}`), ' was $1 '],
  [words(`spadny\\sna\\s${COUNT}`), ' fell to $1 '],
  [words(`stupi\\sna\\s${COUNT}`), ' rose to $1 '],
  [words(`${COUNT}\\sdypk(?:ami|ow|aj|i)`), ' $1 points '],
  [words('dypkow|dypkami'), ' points '],
  // The tie-break's label.
  [words('pravidło\\s(?:[„"]tie-break[“"]|wotrězanja)'), ' tie-breaking rule '],
  // Programs.
  [words('(?:za\\s)?francoskorěčnych'), ' for French-speaking candidates '],
  [words('z\\sfrancoskimi\\sznajomosćemi'), ' with French language proficiency '],
  [words('francosk\\p{L}*'), ' French '],
  [words('z\\swojerskim\\spowołanjom'), ' with military occupations '],
  [words('z\\spowołanjow\\sw\\sstrowotnictwje(\\sa\\ssocialnych\\słužbach)?'), ' from healthcare and social services occupations '],
  [words('strowotnictw\\p{L}*'), ' healthcare '],
  [words('wučerjow\\sa\\skubłarjow|wučerjo'), ' education workers '],
  [words('agrarne\\spowołanja|ratarstw\\p{L}*'), ' agriculture occupations '],
  [words('(?:za\\s)?powołanja\\sw\\stransporće|transportow\\p{L}*'), ' for transport occupations '],
  [words('(?:za\\s)?rjemjesln\\p{L}*'), ' for trades occupations '],
  [words('wšitke\\sprogramy'), ' all programs '],
  [words('prowinca'), ' the province of '],
  [words('prowincy'), ' provinces '],
  [words('Britiska\\sKolumbija'), ' British Columbia '],
  [words('njejsu\\sdźěl'), ' are not part of '],
  [words('swójske\\sprogramy'), ' their own programs '],
  [words('w\\ssystemje'), ' in the system '],
  [words('přewjedło|přewjedźe'), ' held '],
  [words('Kanada|Kanadźe'), ' Canada '],
  [words('je'), ' '],
  [words('z(?=\\s\\d)'), ' with '],
  [words('w(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Upper Sorbian's words, a few shared with Czech or Polish ("je", "za", "kandidat…"): they count only beside three of its own. */
const SORBIAN_WORD = words(
  'přeprošen\\p{L}*|přeprosy\\p{L}*|přewjed\\p{L}*|dypk\\p{L}*|wčera|dźensa|předwčerawšim|hódnot\\p{L}*|minimalnje|minimaln[ay]|hač|žane|njeje|kaž|hdźež|tydźenja|měrca|apryla|pjatk\\p{L}*|štwórtk\\p{L}*|kandidatow|kolo|kole|kołow|bě|běchu|jenož|hižo|tydźeń|wšitke|powołan\\p{L}*|awgusta|měrca|nowembra|póndźel[aue]|wutor[aue]|srjed[aue]|njedźel[aue]|Kanadźe|serbsk\\p{L}*|Łužic\\p{L}*|je|za|w|a|z',
);
/** The language's own words, which none of Czech, Polish, Slovak, Slovenian or Croatian writes. */
const SORBIAN_OWN = words(
  'přeprošen\\p{L}*|přeprosy\\p{L}*|přewjed\\p{L}*|dypk\\p{L}*|wčera|dźensa|předwčerawšim|hódnot\\p{L}*|minimalnje|hač|žane|njeje|kaž|hdźež|tydźenja|měrca|apryla|pjatk\\p{L}*|štwórtk\\p{L}*|kandidatow|kołow|bě|běchu|jenož|hižo|tydźeń|awgusta|nowembra|póndźel[aue]|wutor[aue]|srjed[aue]|njedźel[aue]|Kanadźe',
);
const HINT = /[ěř]/;
/** A cheap first test: "ě" or "ř" (a letter class), which Polish, Slovak, Slovenian and Croatian never write (Czech does, but not Sorbian's words). */
export const SORBIAN_HINT = { test: (text: string): boolean => HINT.test(text) };

/**
 * Five different of the words, eight in all or a sixth of a short post's, three of them its own; or a short post's two different of
 * its own making up a sixth of its words ("Dźensa kolo PNP: 955 přeprošenjow, minimalny CRS 730.").
 */
export function isUpperSorbian(text: string): boolean {
  const own = new Set((text.match(SORBIAN_OWN) ?? []).map((w) => w.toLowerCase())).size;
  return (writtenWith(text, SORBIAN_WORD, 5) && own >= 3) || (own >= 2 && own * 6 >= (text.match(/\p{L}+/gu) ?? []).length);
}

/** An Upper Sorbian page glossed into English. */
export const glossUpperSorbian = (text: string): string => glossInTurn(text, CASED_RULES);
