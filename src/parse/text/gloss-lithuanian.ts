import { capitalizedIf, glossInTurn, keepCase, monthNamer, namedMonthDay, ordinalNumber, type GlossRule, type MonthTable, WORD_COUNT, words, writtenWith } from './gloss-rules.ts';

/**
 * Lithuanian draw news glossed into the English the reader knows, as `gloss-czech.ts` does for Czech (docs/parser.md "Lithuanian
 * and Latvian"): dates with the year's "m." and the day's "d." ("2026 m. rugpjūčio 19 d." → "August 19, 2026", "kovo 3 d." →
 * "March 3"), weekdays ("Pirmadienį" → "On Monday"), counts grouped with a space ("5 000" → "5,000") and their nouns ("kvietimų"
 * → "invitations", "kandidatų" → "candidates", "balų", "taškų" → "points"), rounds ("raundas Nr. 338" → "draw #338", "437-ąjį …
 * raundą" → "the 437th draw"), cut-offs ("minimalus CRS balas", "mažiausias CRS balas" → "minimum CRS score", "slenkstis" →
 * "cut-off"), the tie-break ("Lygių balų taisyklė"), programs and the words of a draw report. Words the glossary does not know
 * stay as they are.
 */

const MONTHS: MonthTable = [
  ['saus', 'January'],
  ['vasar', 'February'],
  ['kov', 'March'],
  ['baland', 'April'],
  ['geguž', 'May'],
  ['biržel', 'June'],
  ['liep', 'July'],
  ['rugpjū', 'August'],
  ['rugsėj', 'September'],
  ['spal', 'October'],
  ['lapkri', 'November'],
  ['gruod', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month before its day, in the genitive ("kovo 3 d."). */
const MONTH_OF_DAY = '(sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio)';
/** A month alone: "gegužės mėnesį" (in May), "kovą" (in March). */
const MONTH_ALONE = '(sausį|vasarį|kovą|balandį|gegužę|birželį|liepą|rugpjūtį|rugsėjį|spalį|lapkritį|gruodį)';
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: MonthTable = [
  ['pirmadien[įis]', 'Monday'],
  ['antradien[įis]', 'Tuesday'],
  ['trečiadien[įis]', 'Wednesday'],
  ['ketvirtadien[įis]', 'Thursday'],
  ['penktadien[įis]', 'Friday'],
  ['šeštadien[įis]', 'Saturday'],
  ['sekmadien[įis]', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { du: 'two', dvi: 'two', trys: 'three', keturi: 'four', penki: 'five' };
const PEOPLE = '(?:kandidatų|kandidatai|kandidatus|kandidatams|asmenų|žmonių)';
const ROUND = '(?:raund(?:as|ą|e|o|ų|ai|us)|kvietimų\\sraund(?:as|ą|e|o))';

const RULES: readonly GlossRule[] = [
  // Counts: "5 000", "27 332" (a space groups the thousands).
  [/(?<![\d,.:]|\d )(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d,.:]?\d)/g, '$1,$2'],
  // Days: "2026 m. rugpjūčio 19 d." (August 19, 2026), "kovo 3 d.", "2023 m." (the year).
  // "rugpjūčio 7-ąją" (on August 7): the day as an ordinal.
  [words(`(?:${YEAR}\\sm\\.\\s)?${MONTH_OF_DAY}\\s(\\d{1,2})(?:\\s?d\\.?|-(?:ąją|oji|osios|ąja)(?:\\sd\\.)?)`), (all = '', y = '', m = '', d = '') => namedMonthDay(d, month(m), y) || all],
  // A year's recap: "2025 m. apžvalga", "2025 metų apžvalga" (2025 year in review).
  [words(`${YEAR}\\s(?:m\\.|metų)\\sapžvalga`), ' $1 year in review '],
  [words(`${YEAR}\\sm\\.(?=\\s)`), ' in $1 '],
  // A tie-break's time: "14 val. 01 min. 56 s" (14:01:56), "(Otavos laiku)" (Ottawa time).
  [words(String.raw`(\d{1,2})\sval\.\s(\d{2})\smin\.(?:\s(\d{2})\s?s(?:ek\.)?)?`), (_, h = '', m = '', s = '') => ` ${h}:${m}${s ? `:${s}` : ''} `],
  [words('Otavos\\slaiku'), ' Ottawa time '],
  [words(`${YEAR}-ieji`), ' $1 '],
  ...WEEKDAYS.map(([lt, en]): GlossRule => [words(lt), (all = '') => capitalizedIf(/į$/.test(all) ? ` on ${en} ` : ` ${en} `, /^\p{Lu}/u.test(all))]),
  [words(`${MONTH_OF_DAY}\\smėnesį`), (_, m = '') => ` in ${month(m)} `],
  [words(MONTH_ALONE), (_, m = '') => ` in ${month(m)} `],
  [words('šiandien'), ' today '],
  [words('vakar'), ' yesterday '],
  [words('užvakar'), ' the day before yesterday '],
  [words('rytoj'), ' tomorrow '],
  [words('šį\\skartą'), ' this time '],
  [words('šią\\ssavaitę|šios\\ssavaitės'), ' this week '],
  [words('praėjusią\\ssavaitę|praėjusios\\ssavaitės'), ' last week '],
  [words('per\\ssavaitę'), ' during the week '],
  [words('savaitės\\sapžvalga'), ' weekly summary '],
  [words('metų\\sapžvalga'), ' year in review '],
  [words('mėnesio\\sapžvalga'), ' monthly summary '],
  [words('apžvalga'), ' overview '],
  [words('palyginimui'), ' for comparison '],
  [words('prieš\\stai'), ' before that '],
  [words('pavyzdžiui'), ' for example '],
  [words('gidas|vadovas'), ' guide '],
  [words('prognozė|prognozės'), ' forecast '],
  [words('tikimasi|tikėtina|laukiama'), ' expected '],
  // Hedged counts: "apie 5 000" (about), "daugiau nei" (more than), "iki" (up to), "vos" (only), "net" (as many as).
  [words('apie(?=\\s\\d)'), ' about '],
  [words('daugiau\\snei(?=\\s\\d)'), ' more than '],
  [words('iki(?=\\s\\d)'), ' up to '],
  // Rounds: "raundas Nr. 338", "Raundo Nr.: 437", "437-ąjį … raundą", "176-ajame … raunde", "raundas #128".
  [words(String.raw`(?:raund(?:as|ą|e|o)\s)?(?:Nr\.|#)\s?(\d{1,3})(?!\d)`), ' draw #$1 '],
  [words(String.raw`raundo\sNr\.:\s?(\d{1,3})`), ' Draw #$1 '],
  [words(String.raw`(\d{1,3})-i?(?:ąjį|ajame|asis|ojo|ajam)`), (_, n = '') => ` the ${ordinalNumber(n)} `],
  [
    words(`(du|dvi|trys|keturi|penki)\\s(?:Express\\sEntry\\s)?(?:kvietimų\\s)?raund(?:ai|us)`),
    (all = '', n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n}${/Express/.test(all) ? ' Express Entry' : ''} draws `,
  ],
  [words(`(?:ankstesn(?:is|iame|į|io)|praėjęs|praėjusiame)\\s${ROUND}`), ' the previous draw '],
  [words(`paskutiniame\\s${ROUND}`), ' in the last draw '],
  [words(`paskutin(?:is|iame|į|io)(?=\\s)`), ' the last'],
  [words('ankstesnis|ankstesniame'), ' previous '],
  [words(ROUND), ' draw '],
  [words('surengė|organizavo|pravedė'), ' held '],
  [words('įvyko|vyko|vykusiame|vykusio|sekė'), ' was held '],
  // Invitations: "pakviesti 725 kandidatai" (725 candidates were invited), "3 300 kandidatų gavo kvietimus".
  [words(`(?:pakviesti|pakviesta)\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates were invited '],
  [words(`${WORD_COUNT}\\s${PEOPLE}\\sgavo\\skvietimus`), ' $1 candidates received invitations '],
  [words(`kvietimus\\sgavo\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates received invitations '],
  [words(`išsiųst[aios]\\s${WORD_COUNT}\\skvietim(?:ai|ų)`), ' $1 invitations were issued '],
  [words('pakvietė'), ' invited '],
  [words('išsiuntė|išdavė'), ' issued '],
  [words('gavo'), ' received '],
  [words('kvietimų\\s\\(ITA\\)\\sskaičius|kvietimų\\sskaičius'), ' number of invitations '],
  [words('kvietimų|kvietimai|kvietimus|kvietimais|kvietimą|kvietimas'), ' invitations '],
  [words(PEOPLE), ' candidates '],
  // The tie-break: "Lygių balų taisyklė:".
  [words('lygių\\sbalų\\staisyklė'), ' tie-breaking rule '],
  // Cut-offs: "minimalus CRS balas: 382", "mažiausias CRS balas – 667", "minimalus balas siekė 410 taškų", "CRS slenkstis".
  [words('(?:minimalus|mažiausias|žemiausias)\\s(?:CRS\\s)?bal(?:as|ą)|min\\.\\sCRS|CRS\\sslenkstis'), ' minimum CRS score '],
  // "kurių CRS balas ne mažesnis nei 470" (with a CRS score of at least 470).
  [words(String.raw`(?:kurių\s)?(?:CRS\s)?bal(?:as|ai)\s(?:yra\s|buvo\s)?ne\smažesnis?\s(?:nei|kaip|už)\s(\d{2,4})`), ' with a CRS score of at least $1 '],
  [words('slenkstis|slenkstį'), ' cut-off '],
  [words('nukrito'), ' fell '],
  [words('buvo'), ' was '],
  [words('siekė'), ' was '],
  [words('balų|balai|balais|balus|balą|balas|taškų|taškai|taškais|taškus'), ' points '],
  [words('iš\\sviso'), ' in total '],
  [words('autorius|autorė|įrašė'), ' By '],
  [words('atnaujinta'), ' Updated '],
  // Programs.
  [words('visos\\sprogramos|visų\\sprogramų'), ' all programs '],
  [words('prancūziškai\\skalbančių|prancūzakalbių'), ' French-speaking '],
  [words('prancūzų\\skalb(?:os|ą|a)(?:\\skategorijos)?'), ' French-language proficiency '],
  [words('Kanados\\spatirties\\sklasės'), ' Canadian Experience Class '],
  [words('provincijų\\snominantų\\sprogramos'), ' Provincial Nominee Program '],
  [words('federalinės\\skvalifikuotų\\samatininkų\\sprogramos'), ' Federal Skilled Trades '],
  [words('federalinės\\skvalifikuotų\\sdarbuotojų\\sprogramos'), ' Federal Skilled Worker '],
  [words('kvalifikuotiems\\samatininkams|amatininkų'), ' trades '],
  [words('sveikatos\\spriežiūr(?:a|os)'), ' healthcare '],
  [words('žemės\\sūk(?:is|io)'), ' agriculture '],
  [words('provincijos\\snominacij(?:a|os|ą)'), ' provincial nomination '],
  [words('Kanada|Kanados|Kanadoje|Kanadą'), ' Canada '],
  // Other provinces and countries: their rounds are not Express Entry's.
  [words('Ontarij(?:as|o|uje)|Ontarijo'), ' Ontario '],
  [words('Britų\\sKolumbij(?:a|os|oje)'), ' British Columbia '],
  [words('provincijos|provincijų'), ' provincial '],
  [words('Naujoji\\sZelandija|Naujosios\\sZelandijos|Naujojoje\\sZelandijoje'), ' New Zealand '],
  [words('Australij(?:a|os|oje)'), ' Australia '],
  [words('Didžioji\\sBritanija|Didžiosios\\sBritanijos|Didžiojoje\\sBritanijoje'), ' the UK '],
  [words('ir'), ' and '],
  [words('o'), ' and '],
  [words('su'), ' with '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Lithuanian writes often. */
const LITHUANIAN_WORD = words(
  'kvietimų|kvietimai|kvietimus|kvietimais|kvietimą|raundas|raundą|raunde|raundo|raundai|raundus|kandidatų|kandidatai|kandidatus|balų|balai|balas|taškų|šiandien|vakar|pakvietė|surengė|įvyko|vyko|buvo|minimalus|mažiausias|slenkstis|ir|kad|tai|yra|į|iš|per|su|apie|jau|dar|kai|taip|šią|savaitę|metų|Kanados|Kanadoje|taisyklė|lygių|daugiau|nei|gavo|gavote|prancūzų|kalbos|kalbą|pakviesti|išsiųsta|jei|turite|dienų',
);
/** Words of a draw report no other language writes: two of them make a short post ("CEC raundas: 2 250 kvietimų") Lithuanian. */
const LITHUANIAN_ONLY = words('kvietimų|kvietimai|kvietimus|raundas|raundą|raunde|kandidatų|balų|taškų|šiandien|pakvietė|įvyko|surengė');
/** A cheap first test: letters only Lithuanian writes (Polish writes "ą", "ę", Latvian "ū", neither "ė", "į", "ų"). */
export const LITHUANIAN_HINT = /[ėįųĖĮŲ]/;

/** Eight of the words, four of them different, or (a short post) four different, or two of its own, making up a sixth of its words. */
export const isLithuanian = (text: string): boolean => writtenWith(text, LITHUANIAN_WORD, 4) || writtenWith(text, LITHUANIAN_ONLY, 2);

/** A Lithuanian page glossed into English. */
export const glossLithuanian = (text: string): string => glossInTurn(text, CASED_RULES);
