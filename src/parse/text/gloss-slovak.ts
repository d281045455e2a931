import { dottedDayRules, englishDay } from './gloss-dotted-days.ts';
import { glossInTurn, keepCase, monthNamer, monthOrNone, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Slovak draw news glossed into the English the reader knows, in the shape of `gloss-czech.ts` (docs/parser.md "Finnish and
 * Slovak"), with Slovak's own words: day-first dates ("24. septembra 2018" → "September 24, 2018", "27. 9. 2023", "28.5.",
 * "(17. – 19. 8. 2026)"), weekdays ("v pondelok" → "on Monday", "V stredu 24. mája 2023"), counts grouped with a space
 * ("3 515" → "3,515") with their noun ("pozvánok" → "invitations", "kandidátov", "uchádzačov", "ľudí" → "candidates"), cut-offs
 * ("s minimálnym skóre CRS", "hranica", "bodov" → "minimum CRS score", "points"), rounds ("kolo č. 266", "249. kolo", "Kolo číslo
 * 150" → "draw #266"), the tie-break ("Pravidlo nerozhodnosti"), programs and the words of a draw report. Words the glossary
 * does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['máj', 'May'],
  ['jún', 'June'],
  ['júl', 'July'],
  ['aug', 'August'],
  ['sep', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['dec', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month after its day (the genitive: "24. septembra"). */
const MONTH_OF_DAY = '(januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra)';
/** A month alone: "Prehľad za október" (a summary of October), "v marci" (in March), "začiatkom augusta" (early August), "od januára" (since January). */
const MONTH_ALONE =
  'január|február|marec|apríl|jún|júl|august|september|október|november|december|januári|januára|februári|februára|marci|marca|apríli|apríla|máji|mája|júni|júna|júli|júla|auguste|augusta|septembri|septembra|októbri|októbra|novembri|novembra|decembri|decembra';
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['pondelok', 'Monday'],
  ['utorok', 'Tuesday'],
  ['stred[au]', 'Wednesday'],
  ['štvrtok', 'Thursday'],
  ['piatok', 'Friday'],
  ['sobot[au]', 'Saturday'],
  ['nedeľ[au]', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { dve: 'two', dva: 'two', tri: 'three', štyri: 'four', päť: 'five' };

const RULES: readonly GlossRule[] = [
  // "a" (and) first: the rules' English writes "a" ("with a minimum CRS score of").
  [words('a'), ' and '],
  // Counts: "3 515", "6 442" (a space groups the thousands).
  [/(?<![\d,.:]|\d )(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d,.:]?\d)/g, '$1,$2'],
  // A range across months: "(30. 3. – 3. 4. 2026)" → "(March 30 – April 3, 2026)".
  [
    /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?([–-])\s?(\d{1,2})\.\s?(\d{1,2})\.(?:\s?((?:19|20)\d\d)(?!\d))?/g,
    (all = '', a = '', am = '', dash = '', b = '', bm = '', y = '') => {
      const [from, to] = [englishDay(a, monthOrNone(am), ''), englishDay(b, monthOrNone(bm), y)];
      return from && to ? ` ${from} ${dash} ${to} ` : all;
    },
  ],
  // A range of days: "(17. – 19. 8. 2026)" → "(August 17 – 19, 2026)".
  [
    /(?<![\d.])(\d{1,2})\.\s?([–-])\s?(\d{1,2})\.\s?(\d{1,2})\.(?:\s?((?:19|20)\d\d)(?!\d))?/g,
    (all = '', a = '', dash = '', b = '', m = '', y = '') => {
      const [from, to] = [englishDay(a, monthOrNone(m), ''), englishDay(b, monthOrNone(m), y)];
      return from && to ? ` ${from} ${dash} ${to.replace(/^\S+ /, '')} ` : all;
    },
  ],
  // Days: "v pondelok 24. septembra 2018" (on Monday, September 24, 2018), "V stredu 24. mája 2023", "Pondelok – PNP".
  ...dottedDayRules(WEEKDAYS, MONTH_OF_DAY, month, 'vo?'),
  [words(`prehľad\\s(?:za\\s)?(${MONTH_ALONE})(?:\\s${YEAR})?`), (_ = '', m = '', y = '') => ` Summary of ${month(m)}${y ? ` ${y}` : ''} `],
  [
    words(`(?:v|od|do|začiatkom|koncom)\\s(${MONTH_ALONE})(?:\\s${YEAR})?`),
    (all = '', m = '', y = '') => ` ${/^od/i.test(all) ? 'since' : /^z/i.test(all) ? 'early' : /^k/i.test(all) ? 'late' : /^V/.test(all) ? 'In' : 'in'} ${month(m)}${y ? ` ${y}` : ''} `,
  ],
  [words(`(?:v\\sroku|od\\sroku)\\s${YEAR}`), (all = '', y = '') => ` ${/^od/i.test(all) ? 'since' : 'in'} ${y} `],
  // A clock: "o 09:00:14 UTC" (at).
  [words('o(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
  [words('predvčerom'), ' the day before yesterday '],
  [words('včera'), ' yesterday '],
  [words('dnes'), ' today '],
  [words('dnešné'), " today's "],
  [words('tento\\stýždeň|tomto\\stýždni|tohto\\stýždňa'), ' this week '],
  [words('minulý\\stýždeň|minulom\\stýždni'), ' last week '],
  [words('minulý\\smesiac|minulom\\smesiaci'), ' last month '],
  [words('zajtra'), ' tomorrow '],
  [words('pre\\sporovnanie'), ' for comparison '],
  // A comparison: "kým v predchádzajúcom kole to bolo 518" (while in the previous draw it was 518), "oproti 523 bodom" (compared with).
  [words('kým|zatiaľ\\sčo'), ' while '],
  [words('to\\sbolo'), ' it was '],
  [words('oproti'), ' compared with '],
  // Hedged counts: "približne 400" (about), "viac\sako 520" (more than), "takmer" (nearly).
  [words('(?:okolo|približne|zhruba|asi)(?=\\s\\d)'), ' about '],
  [words('(?:viac\\sako|vyše|cez)(?=\\s\\d)'), ' more than '],
  [words('takmer|skoro'), ' nearly '],
  [words('(?:až\\sdo|až|do)(?=\\s\\d)'), ' up to '],
  // Rounds: "kolo č. 266", "Kolo číslo 150", "249. kolo pozvánok", "tri kolá".
  [words(String.raw`(?:kolo|kole|kola)\s(?:č\.|číslo|#)\s?(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`(\d{1,3})\.\s(?:kolo|kole)(?:\spozvánok)?(?:\s(?:v\s)?Express\sEntry)?`), ' draw #$1 '],
  [words(String.raw`č\.(?=\s?\d)`), ' no. '],
  [words('(dve|dva|tri|štyri|päť)\\skolá'), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('(?:predchádzajúce|predchádzajúcom|minulé|minulom)\\skol[oe]'), ' the previous draw '],
  [words('(?:posledné|poslednom|posledného)\\skol[oea]'), ' the last draw '],
  [words('ďalšie\\skolo'), ' another draw '],
  [words('(?:nové|nový)(?=\\skolo)'), ' new '],
  [words('(?:kolo|kolá)\\spozvánok'), ' draw '],
  [words('predchádzajúcich\\skolách'), ' previous draws '],
  [words('kolá|kôl|kolách'), ' draws '],
  [words('kolo|kole|kola'), ' draw '],
  [words('uskutočnilo|uskutočnil|uskutočnila|sa\\skonalo|sa\\skonal'), ' held '],
  [words('sa(?=\\sheld)'), ' was '],
  [words('zorganizovalo|zorganizoval|usporiadalo|usporiadal'), ' held '],
  // "Dnes nasledovalo kolo č. 266" (draw #266 followed today): it was held, as English has it.
  [words('nasledovalo|nasledovala|prišlo'), ' was held '],
  // Invitations: "Pozvánku dostalo 400 kandidátov", "bolo pozvaných 1 200 uchádzačov", "pozval 3 000 kandidátov".
  [words(`(?:pozvánku|pozvánky)\\s(?:dostalo|dostali|získalo|získali)\\s${WORD_COUNT}\\s(?:kandidátov|uchádzačov|ľudí|osôb)`), ' $1 candidates received invitations '],
  [words(`(?:bolo\\spozvaných|pozvaných\\sbolo)\\s${WORD_COUNT}\\s(?:kandidátov|uchádzačov|ľudí|osôb)`), ' $1 candidates were invited '],
  [words(`(?:pozvalo|pozval|pozvala)\\s${WORD_COUNT}\\s(?:kandidátov|uchádzačov|ľudí|osôb)`), ' invited $1 candidates '],
  [words('pozvalo|pozval|pozvala'), ' invited '],
  [words('poslalo|poslala|poslal|rozoslalo|rozoslal|rozoslala|vydalo'), ' issued '],
  [words('dostalo|dostali|získalo|získali'), ' received '],
  [words('pozvánok|pozvánky|pozvánku|pozvánka'), ' invitations '],
  [words('uchádzačov|uchádzači|kandidátov|kandidáti|ľudí'), ' candidates '],
  [words('pravidlo\\snerozhodnosti|pravidlo\\srovnosti\\sbodov'), ' tie-breaking rule '],
  // Cut-offs: "s minimálnym skóre CRS 504", "hranica bola 284 bodov", "min. CRS 440", "minimálne 472 bodov", "minimum 760".
  [words('(?:s|pri)\\s(?:(?:minimálnym|najnižším)\\s(?:skóre|počtom)(?:\\sCRS)?|hranicou)'), ' with a minimum CRS score of '],
  [words('(?:minimálne|najnižšie)\\s(?:skóre)(?:\\sCRS)?|hranica(?:\\sCRS)?|minimálne|min\\.\\sCRS'), ' minimum CRS score '],
  [words('bolo|bola|bol'), ' was '],
  [words('iba|len'), ' only '],
  [words('bodov|body|bodmi|bodom|bod'), ' points '],
  [words('rozoslaných|rozoslané|odoslaných'), ' sent '],
  [words('spolu|celkovo|celkom'), ' in total '],
  [words('týždenný\\sprehľad'), ' weekly summary '],
  [words('prehľad'), ' overview '],
  [words('očakávajú|očakávame|očakáva|predpoveď|prognóza'), ' expected '],
  // Programs.
  [words('bez\\sšpecifikácie\\sprogramu'), ' no program specified '],
  [words('pre\\svšetky\\sprogramy|všetky\\sprogramy'), ' for all programs '],
  [words('všeobecnom\\skole|všeobecné\\skolo'), ' general draw '],
  [words('frankofónnych|frankofónni|frankofónne'), ' French-speaking '],
  [words('(?:znalosť\\s)?francúzštin[ayuo]|francúzštine'), ' French-language proficiency '],
  [words('zdravotníctv[oe]|zdravotníctva'), ' healthcare '],
  [words('provinčn(?:á|ú|ej)\\snominácia|provinčnú\\snomináciu'), ' provincial nomination '],
  [words('Austrália|Austrálske|Austrálii'), ' Australia '],
  [words('Nový\\sZéland|Nového\\sZélandu|Novom\\sZélande'), ' New Zealand '],
  [words('Britská\\sKolumbia|Britskej\\sKolumbii|Britskej\\sKolumbie'), ' British Columbia '],
  // Not in a name: "Kanada-info.sk", "poradenstvo-kanada.sk".
  [words('(?<![#.@-])(?:Kanady|Kanade|Kanada|Kanadu)(?![.-]\\p{L})'), ' Canada '],
  [words('kanadský|kanadská|kanadské|kanadského'), ' Canadian '],
  [words('pre'), ' for '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Slovak writes often (not Czech's "je", "se", nor Polish's "jest", nor the South Slavic "kandidata", "bodova"). */
const SLOVAK_WORD = words(
  'sa|som|sme|ste|aj|ako|alebo|však|ktorý|ktorá|ktoré|ktorí|tento|týždeň|tomto|ďalšie|ďalší|pozvánok|pozvánku|pozvánky|kolo|kolá|kôl|kole|bodov|kandidátov|uchádzačov|ľudí|hranica|minimálnym|skóre|včera|dnes|bolo|bola|bol|iba|len|pre|pozval|pozvala|pozvalo|uskutočnil|uskutočnilo|Kanady|Kanade|takže|ešte|už|aby|že|všetkým|všetkých|pozvaným|pozvaných|francúzština|zdravotníctvo',
);
/** A cheap first test: a letter Slovak writes and Czech and Polish do not, or one of its own words. */
export const SLOVAK_HINT = /[ôäĺŕľ]|pozván|kôl|kolo|včera|kandidátov|uchádzač|uskutočn/i;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isSlovak = (text: string): boolean => writtenWith(text, SLOVAK_WORD, 5);

/** A Slovak page glossed into English. */
export const glossSlovak = (text: string): string => glossInTurn(text, CASED_RULES);
