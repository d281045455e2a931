import { glossDay, glossInTurn, keepCase, markEarlier, monthNamer, ordinalNumber, words, writtenWith, type GlossRule, type MonthTable, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Albanian draw news glossed into the English the reader knows, in the shape of the Turkish glossary (docs/parser.md,
 * "Azerbaijani and Albanian"): thousands with a point ("2.985 ftesa" → "2,985 invitations", "5 mijë" → "5,000"), day-first
 * dates with the months and their definite forms ("30 maj 2024", "më 23 prill" → "on April 23", "raundi i 9 tetorit",
 * "09/07/2025"), "sot" (today), "dje" (yesterday), "këtë javë" (this week), weekdays ("të enjten" → on Thursday); rounds
 * ("raundin e 296-të" → "the 296th round", "raundi nr. 297", "raundi #226", "raundi i mëparshëm" → the previous round), counts
 * ("u ftuan 1.804 kandidatë" → 1,804 candidates were invited, "ftoi 6.000 kandidatë", "Ftesa: 648"), cut-offs ("me pikë
 * minimale CRS 676", "pikët minimale 557", "CRS minimale: 791", "529 pikë"), the tie-break ("Rregulli i barazimit"), programs,
 * and a forecast's or an anniversary's words ("Parashikimi", "10 vjet Express Entry"). Words the glossary does not know stay as
 * they are. A sentence with "i mëparshëm" (previous), a pluperfect ("kishte ftuar", had invited) or "Atëherë" (at the time) speaks of an earlier round.
 */

/** A cheap first test: Albanian's "ë", which English pages do not write, or its word for invitations ("ftesa"). */
export const ALBANIAN_HINT = /[ëË]|ftes[aëe]/i;
const ALBANIAN_WORD = words(
  String.raw`dhe|për|në|të|një|është|ishte|me|nga|sot|dje|javë\p{L}*|ftes\p{L}*|ftua\p{L}*|ftoi|fton|kandidat\p{L}*|raund\p{L}*|pik[ëe]\p{L}*|minimale|programi?\p{L}*|kishte|mbajti|u\smbajt\p{L}*|zhvilloi|gjithsej|vetëm|rreth|shumë|ose|këtë|urime|lajm\p{L}*|sukses\p{L}*|profesion\p{L}*|arsim\p{L}*`,
);

/**
 * Albanian: its "ë" written often (or, a short post, its word for invitations), and eight of its words, five different (or a
 * short post's sixth of its words).
 */
export const isAlbanian = (text: string): boolean => ((text.match(/ë/gi) ?? []).length >= 3 || /(?<!\p{L})ftes[aëe](?!\p{L})/iu.test(text)) && writtenWith(text, ALBANIAN_WORD, 5);

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['shk', 'February'],
  ['mar', 'March'],
  ['pri', 'April'],
  ['maj', 'May'],
  ['qer', 'June'],
  ['kor', 'July'],
  ['gus', 'August'],
  ['sht', 'September'],
  ['tet', 'October'],
  ['nën', 'November'],
  ['dhj', 'December'],
];
const monthOf = monthNamer(MONTHS, 'i');
/** A month and its definite forms ("tetorit", "nëntorin", "janarit"). */
const MONTH = String.raw`(janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor)(?:i|it|in|ut|un)?`;
const WEEKDAYS: MonthTable = [
  ['(?:e\\s)?hën[ëe]|hënën', 'Monday'],
  ['(?:e\\s)?mart[ëe]|martën', 'Tuesday'],
  ['(?:e\\s)?mërkur[ëe]|mërkurën', 'Wednesday'],
  ['(?:e\\s)?enjte|enjten', 'Thursday'],
  ['(?:e\\s)?premte|premten', 'Friday'],
  ['(?:e\\s)?shtun[ëe]|shtunën', 'Saturday'],
  ['(?:e\\s)?diel|dielën', 'Sunday'],
];
const L = String.raw`\p{L}*`;
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { dy: 'two', tre: 'three', tri: 'three', katër: 'four', pesë: 'five' };
const PEOPLE = `(?:kandidat${L}|persona?|aplikant${L})`;
const INVITATIONS = `(?:ftes${L}|ITA)`;

const RULES: readonly GlossRule[] = [
  // "2.985" and "109.000" are 2,985 and 109,000 ("20.10.2016" is a day); "5 mijë" is 5,000.
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  [words(String.raw`(\d{1,3})\smij[ëe]`), ' $1,000 '],
  // A day with its month in numbers, day first: "09/07/2025".
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (all, d = '', m = '', y = '') => (Number(d) <= 31 ? (glossDay(y, m, d) ?? all) : all)],
  // Hedged counts: "mbi 5,000" (over), "më shumë se" (more than), "rreth" (about), "deri në" (up to).
  [words(String.raw`(?:mbi|më\sshumë\sse)\s${NUM}`), ' more than $1 '],
  [words('rreth|përafërsisht|afërsisht'), ' about '],
  [words(String.raw`deri\snë\s${NUM}`), ' up to $1 '],
  // Background: a forecast, an anniversary, a guide.
  [words(`parashikim${L}|parashikon`), ' Forecast '],
  [words(`përmbledhj${L}\\smujore`), ' monthly recap '],
  [words(`përmbledhj${L}\\se\\sjavës|përmbledhj${L}\\sjavore`), ' Weekly summary '],
  [words(`përmbledhj${L}`), ' recap '],
  // "Viti 2025 në shifra" (the year in figures), "raundi i fundit i vitit" (the year's last round): a year's recap.
  [words(String.raw`Viti\s((?:19|20)\d\d)\s(?:në\sshifra|në\spërmbledhje)`), ' $1 year in review: '],
  [words(`raund${L}\\si\\sfundit\\si\\svitit`), ' the last round of the year '],
  [words(String.raw`(\d{1,2})\svjet\sExpress\sEntry`), ' Ten years of Express Entry '],
  [words('Atëherë'), ' At the time, '],
  [words(`udhëzues${L}`), ' guide '],
  [words('Lexo\\sedhe'), ' Read also '],
  // Days: "30 maj 2024", "më 23 prill", "raundi i 9 tetorit", "Postuar më 23 tetor 2024".
  [words(String.raw`Postuar(?:\smë)?`), ' Posted '],
  [words(String.raw`(?:më\s)?(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`), (all = '', d = '', m = '', y = '') => ` ${/^më/i.test(all) ? 'on ' : ''}${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [words(String.raw`(\d{1,2})\sdhe\s(\d{1,2})\s${MONTH}(?:\s((?:19|20)\d\d))?`), (_, a = '', b = '', m = '', y = '') => ` ${monthOf(m)} ${Number(a)} and ${Number(b)}${y ? `, ${y}` : ''} `],
  [words(String.raw`(?:në\sfillim\stë\s)${MONTH}`), (_, m = '') => ` in early ${monthOf(m)} `],
  [words(String.raw`(?:në\s)${MONTH}(?!\s\d)`), (_, m = '') => ` in ${monthOf(m)} `],
  [words(String.raw`${MONTH}(?=\s(?:19|20)\d\d)`), (_, m = '') => ` ${monthOf(m)} `],
  ...WEEKDAYS.map(([sq, en]): GlossRule => [words(`(?:të\\s)?(?:${sq})`), ` on ${en} `]),
  [words('sot'), ' today '],
  [words('dje'), ' yesterday '],
  [words('pardje'), ' the day before yesterday '],
  [words('këtë\\sjavë'), ' this week '],
  [words('javën\\se\\skaluar'), ' last week '],
  [words('javën\\se\\sardhshme'), ' next week '],
  [words('ora(?=\\s\\d{1,2}:\\d{2})'), ' at '],
  // Rounds: "raundin e 296-të", "raundi i 436-të" (the 296th, the 436th round), "raundi nr. 297", "Raundi #319", "dy raunde" (two rounds).
  [words(String.raw`raund${L}\s[ie]\s(\d{1,3})-t[ëe]`), (_, n = '') => ` the ${ordinalNumber(n)} round `],
  [words(String.raw`raund${L}\s(?:nr\.?|#|№)\s?(\d{1,3})`), ' round #$1 '],
  [words(String.raw`Ishte\sraundi\s#?(\d{1,3})`), ' It was round #$1 '],
  [words(String.raw`raund${L}\s(?:i|e)\s(?:mëparshëm|mëparshme|kaluar)`), ' the previous round '],
  [words(String.raw`raund${L}\se\sradhës`), ' a regular round '],
  [words(String.raw`raund${L}\se\sparë`), ' the first round '],
  [words(String.raw`(dy|tre|tri|katër|pesë)\sraunde(?:\s(?:ftesash|të\sreja))?`), (all = '', n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} ${/reja/i.test(all) ? 'new ' : ''}rounds `],
  [words(String.raw`raund\s(?:i\sri|e\sre)`), ' new round '],
  [words(`raund${L}`), ' round '],
  [words(`Rregull${L}\\si\\sbarazimit`), ' Tie-breaking rule '],
  // Counts: "u ftuan 1,804 kandidatë", "ftoi 6,000 kandidatë", "u dërguan 2,985 ftesa", "Ftesa: 648".
  [words(String.raw`u\sftuan\s${NUM}\s(?:${PEOPLE}\s)?((?:[A-Z]{2,4}\s)?)`), ' $1 $2candidates were invited '],
  [words(String.raw`u\sdërguan\s${NUM}\s${INVITATIONS}`), ' $1 invitations were issued '],
  [words(String.raw`(?:ftoi|fton|kishte\sftuar)\s${NUM}\s${PEOPLE}`), (all = '', n = '') => ` ${/kishte/i.test(all) ? 'had invited' : 'invited'} ${n} candidates `],
  [words(String.raw`${NUM}\s${INVITATIONS}`), ' $1 invitations '],
  [words(String.raw`${NUM}\s${PEOPLE}`), ' $1 candidates '],
  [words(`ftesa(?=:)`), ' Invitations '],
  [words(`u\\sftuan`), ' were invited '],
  [words(`ftoi|fton`), ' invited '],
  [words(`${INVITATIONS}`), ' invitations '],
  [words(`${PEOPLE}`), ' candidates '],
  // Cut-offs: "me pikë minimale CRS 676", "pikët minimale 557", "CRS minimale: 791", "CRS minimum 462", "529 pikë".
  [words(String.raw`(?:me\s)?pik[ëe]\p{L}*\sminimale(?:\sCRS)?(?:\sishin)?`), ' a minimum CRS score of '],
  [words(String.raw`CRS\sminimal[ea]?`), ' Minimum CRS '],
  [words(String.raw`(?:me\s)?pik[ëe]\sCRS\s(\d{2,4})\sose\smë\sshumë`), ' a CRS score of $1 or more '],
  [words(String.raw`(?:me\s)?(?:vetëm\s)?(\d{2,4})\spik[ëe]\p{L}*`), (all = '', n = '') => ` ${/vetëm/i.test(all) ? 'only ' : ''}${n} points `],
  [words(`pik[ëe]${L}`), ' score '],
  // Programs.
  [words(`Program${L}\\se\\sNominimit\\sProvincial`), ' Provincial Nominee Program '],
  [words(`Klas${L}\\se\\sPërvojës\\sKanadeze`), ' Canadian Experience Class '],
  [words(`(?:për\\s)?të\\sgjitha\\sprogramet`), ' for all programs '],
  [words(`Profesionet\\se\\sarsimit`), ' education occupations '],
  [words(`frëngjisht${L}`), ' French-language '],
  [words(`(?:(?:njohuri|aftësi)\\s(?:të|në)\\s)?gjuh${L}\\sfrënge`), ' French-language proficiency '],
  [words(`shëndetësi${L}`), ' healthcare '],
  [words(`zanate`), ' trades '],
  [words(`Kolumbi${L}\\sBritanike`), ' British Columbia '],
  [words(`provinc${L}`), ' province '],
  [words(`Australi${L}`), ' Australia '],
  [words(`Zeland${L}\\sse\\sRe|Zelanda\\se\\sRe`), ' New Zealand '],
  [words(`Kanad${L}`), ' Canada '],
  // What happened.
  [words('Data(?=:)'), ' Date '],
  [words('u\\smbajt'), ' was held '],
  [words('mbajti|zhvilloi'), ' held '],
  [words('rifilloi'), ' resumed '],
  [words('vetëm'), ' only '],
  [words('të\\sreja|i\\sri'), ' new '],
  [words('dhe'), ' and '],
  [words('për'), ' for '],
];

/**
 * A comparison with the previous round told in the round's own sentence: "një pikë më pak se 517 në raundin e mëparshëm të CEC"
 * (a point less than the 517 of the previous CEC round) → "down from 517 in the previous CEC round", before the sentence is
 * taken for an earlier round's.
 */
const COMPARED = words(String.raw`(?:(?:një|\d{1,3})\spik[ëe]\s)?më\s(pak|ulët|shumë|lartë)\sse\s(\d{2,4})(?:\spik[ëe])?\snë\sraund\p{L}*\se\smëparsh[ëe]m[e]?(?:\stë\s([A-Z]{2,4}))?`);
const compared = (text: string): string =>
  text.replace(COMPARED, (_: string, way: string, n: string, p: string | undefined) => ` ${/pak|ulët/i.test(way) ? 'down' : 'up'} from ${n} in the previous ${p ? `${p} ` : ''}round `);

/**
 * A sentence of an earlier round: "i mëparshëm" (previous), a pluperfect ("kishte ftuar", had invited; "kishte qenë", had been),
 * "Atëherë" (at the time). "Kishte" alone is "had" ("ky raund kishte 2.000 ftesa", this round had 2,000 invitations).
 */
const EARLIER = /mëparsh|(?<![\p{L}])kishte\s(?:qenë|pasur|\p{L}+(?:uar|ur|rë|në))(?![\p{L}])|Atëherë/iu;
const CASED_RULES = RULES.map(keepCase);

/** An Albanian page glossed into English, a sentence of an earlier round first told as context. */
export const glossAlbanian = (text: string): string => glossInTurn(markEarlier(compared(text), EARLIER, /((?<=[.!?;])\s+|\n)/), CASED_RULES);
