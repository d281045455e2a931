import { glossInTurn, keepCase, monthNamer, monthOrNone, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Irish draw news glossed into the English the reader knows, in the shape of `gloss-welsh.ts` (docs/parser.md "Shona and
 * Irish"): day-first dates with its months, lenited too ("18 Lúnasa 2026" → "August 18, 2026", "8 Meán Fómhair", "i mí an
 * Mhárta" → "in March", "26.06.2026"), weekdays ("Dé Luain" → "Monday", "Déardaoin", a forum's "Déar"), "inniu" (today), "inné"
 * (yesterday), "an tseachtain seo" (this week); rounds ("babhta uimhir 436" → "draw #436", "(Uimh. 312)", "babhta CEC" → "CEC
 * draw"); counts ("cuireadh do 1,000 iarrthóir" → invited 1,000 candidates, "fuair 442 duine cuireadh", "3,300 cuireadh" → 3,300
 * invitations); cut-offs ("Ba é 523 an scór íosta CRS" → the minimum CRS score was 523, "scór íosta 694", "b'é 760 pointe an
 * tairseach"); the tie-break ("ba é 17 Aibreán 2024 ag 20:11:20 UTC an t-am cinniúnach"); programs; recap, forecast and context
 * words. Words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['eanáir', 'January'],
  ['fh?eabhra', 'February'],
  ['mh?árta', 'March'],
  ['aibreá', 'April'],
  ['bhealtaine|bealtaine', 'May'],
  ['mh?eith', 'June'],
  ['iúil', 'July'],
  ['lúnasa', 'August'],
  ['mh?eán', 'September'],
  ['dh?eireadh', 'October'],
  ['samh', 'November'],
  ['nollai?g', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month, in its genitive and lenited forms too ("Mhárta", "Mheithimh", "Mheán Fómhair", "na Samhna", "na Nollag"). */
const MONTH = '(Eanáir|Fh?eabhra|Mh?árta|Aibreá[ni]n?|Bh?ealtaine|Mh?eitheamh|Mh?eithimh|Iúil|Lúnasa|Mh?eán\\sFómhair|Dh?eireadh\\sFómhair|Samhain|Samhna|Nollaig|Nollag)';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY: Readonly<Record<string, string>> = {
  luain: 'Monday',
  máirt: 'Tuesday',
  céadaoin: 'Wednesday',
  déardaoin: 'Thursday',
  déar: 'Thursday',
  haoine: 'Friday',
  sathairn: 'Saturday',
  domhnaigh: 'Sunday',
};
const WEEKDAYS = '(?:Dé\\s(Luain|Máirt|Céadaoin|hAoine|Sathairn|Domhnaigh)|(Déardaoin|Déar(?=\\s\\d))|(?:Ar\\san\\s|an\\s)(Luan|Mháirt|Máirt|Chéadaoin|Aoine|Satharn|Domhnach)(?=,?\\s\\(?\\d))';
const ON_WEEKDAY: Readonly<Record<string, string>> = { luan: 'Monday', máirt: 'Tuesday', mháirt: 'Tuesday', chéadaoin: 'Wednesday', aoine: 'Friday', satharn: 'Saturday', domhnach: 'Sunday' };
const COUNT = WORD_COUNT;
const PEOPLE = '(?:iarrthóir|iarrthóirí|duine|daoine)';
/** A day the rules already wrote in English, with a time: "April 17, 2024 at 20:11:20 UTC". */
const ENGLISH_DAY_TIME = String.raw`((?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},\s\d{4}(?:\sat\s\d{1,2}:\d{2}(?::\d{2})?(?:\sUTC)?)?)`;

const RULES: readonly GlossRule[] = [
  // Weekdays: "Dé Luain", "Déardaoin", "Déar 08 Meán Fómhair 2016", "Ar an Máirt, 23 Meitheamh".
  [words(WEEKDAYS), (all = '', a = '', b = '', c = '') => ` ${/^ar\s/i.test(all) ? 'on ' : ''}${WEEKDAY[(a || b).toLowerCase()] ?? ON_WEEKDAY[c.toLowerCase()] ?? ''}`],
  // Days: "18 Lúnasa 2026", "8 Meán Fómhair", "ar 14 Lúnasa" (on August 14), day first "28/08/2024", "26.06.2026".
  [
    words(String.raw`(ar\s(?:an\s)?)?(?:an\s)?(\d{1,2})ú?\s${MONTH}(?:,?\s${YEAR})?`),
    (all = '', on = '', d = '', m = '', y = '') => (namedMonthDay(d, month(m), y) ? `${on ? ' on' : ''}${namedMonthDay(d, month(m), y)}` : all),
  ],
  [/(?<![\d./])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.])/g, (all = '', d = '', _s = '', m = '', y = '') => namedMonthDay(d, monthOrNone(m), y) || all],
  [words(`(?:i\\s)?mí\\s(?:an\\s|na\\s)?${MONTH}`), (_, m = '') => ` in ${month(m)} `],
  [words(`${MONTH}\\s${YEAR}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  [words('ag(?=\\s\\d{1,2}:\\d{2})'), ' at '],
  // The tie-break: "De réir na rialach comhionannais, ba é <day> an t-am cinniúnach", "ba é <day> an t-am don riail
  // chomhionannais", "Bhí an t-am cinniúnach socraithe ar <day>".
  [words(String.raw`de\sréir\sna\srialach\scomhionannais,\sba\s(?:é|hé)\s${ENGLISH_DAY_TIME}\san\st-am\scinniúnach`), ' Tie-breaking rule: $1'],
  [new RegExp(String.raw`,?\s(?:agus\s)?ba\s(?:é|hé)\s${ENGLISH_DAY_TIME}\san\st-am\s(?:cinniúnach|don\sriail\schomhionannais)`, 'giu'), '. Tie-breaking rule: $1'],
  [words(String.raw`bhí\san\st-am\scinniúnach\ssocraithe\s(?:ar|on)\s${ENGLISH_DAY_TIME}`), ' Tie-breaking rule: $1'],
  [words('(?:an\\st-)?am\\s(?:an\\schomhionannais|cinniúnach)(?=:)'), ' Tie-break time'],
  [words('riail\\schomhionannais|rialach\\scomhionannais|an\\st-am\\scinniúnach'), ' tie-breaking rule '],
  // Today, yesterday, weeks.
  [words('inniu'), ' today '],
  [words('arú\\sinné'), ' the day before yesterday '],
  [words('arú\\samárach'), ' the day after tomorrow '],
  [words('inné'), ' yesterday '],
  [words('amárach'), ' tomorrow '],
  [words('i\\sdtús\\sna\\sseachtaine\\sseo'), ' this week '],
  [words('an\\stseachtain\\sseo\\schugainn'), ' next week '],
  [words('an\\stseachtain\\sseo\\scaite|an\\stseachtain\\sseo\\sa\\schuaigh\\sthart'), ' last week '],
  [words('an\\stseachtain\\sseo'), ' this week '],
  [words('cúpla\\sseachtain\\só\\sshin'), ' Previously, a few weeks ago '],
  [words('comhthéacs:'), ' Previously, '],
  [words('chun\\scomparáid\\sa\\sdhéanamh:?'), ' for example, '],
  // Recaps, forecasts, guides.
  [words(`súil\\ssiar\\sar\\s${YEAR}`), ' $1 year in review '],
  [words('súil\\ssiar|athbhreithniú'), ' review '],
  [words('achoimre\\smhíosúil'), ' monthly recap '],
  [words('achoimre'), ' recap '],
  [words('réamhaisnéis|tuar|réamhfhéachaint'), ' forecast '],
  [words('ag\\ssúil\\sle'), ' expecting '],
  [words('(?:an\\s)?chéad\\sbh?abhta\\s(?:(PNP|CEC|STEM|FSW|FSTP)\\s)?eile'), (_, p = '') => ` the next ${p ? `${p} ` : ''}draw `],
  [words('cathain'), ' when '],
  // Hedges, no count to the reader: "thart ar 2,000" (about), "níos mó ná 450", "os cionn 100,000" (more than), "suas le" (up to).
  [words('thart\\sar|timpeall(?:\\sar)?'), ' about '],
  [words('níos\\smó\\sná|os\\scionn'), ' more than '],
  [words('suas\\sle'), ' up to '],
  [words('treoir|treoirlíne'), ' Guide '],
  [words('mar\\sshampla'), ' for example '],
  // Rounds: "babhta uimhir 436", "ba é babhta 243 é", "(Uimh. 312)", "babhta CEC", "Dhá bhabhta", "babhta eile" (another draw).
  [words(String.raw`(?:ba\s(?:é|hé)\s)?(?:seo\s)?bh?abhta\s(?:uimhir\s|uimh\.\s?|#\s?)(\d{1,3})(?!\d)`), (all = '', n = '') => (/^ba/i.test(all) ? ` this was draw #${n} ` : ` draw #${n} `)],
  [words(String.raw`(?:agus\s)?ba\s(?:é|hé)\sbh?abhta\s(\d{1,3})\sé`), ' and it was draw #$1 '],
  [/(?<![\p{L}])uimh\.\s?(?=\d)/giu, '#'],
  [words('dhá\\sbhabhta(?:\\scuireadh)?'), ' two draws '],
  [words('trí\\sbhabhta(?:\\scuireadh)?'), ' three draws '],
  [words('bhí\\sbabhta\\seile'), ' there was another draw '],
  [words('bh?abhta\\snua'), ' new draw '],
  [
    words('(?:i\\smbabhta|mbabhta|bh?abhta|imtharraingt)\\s(PNP|CEC|STEM|FSW|FSTP|Fraincise)'),
    (all = '', p = '') => ` ${/^i\s/i.test(all) ? 'in a ' : ''}${p === 'Fraincise' ? 'French-language' : p} draw `,
  ],
  [words('bh?abhtaí|babhtaí'), ' draws '],
  [words('i\\smbabhta'), ' in a draw '],
  [words('m?bh?abhta|imtharraingt'), ' draw '],
  [words('bhí(?=\\s(?:[A-Z]{2,5}\\s)?draw\\b)'), ' there was a '],
  [words('(draw)\\sdo(?=\\s)'), '$1 for'],
  [/(?<![\p{L}])ann(?![\p{L}])/gu, ' '],
  // Counts: "cuireadh do 1,000 iarrthóir", "cuireadh ar 4,000 iarrthóir", "fuair 442 duine cuireadh", "tugadh 8,000 cuireadh",
  // "d'eisigh Ceanada 7,000 cuireadh", "1,121 cuireadh".
  [words('(?:thug|chuir)(?=\\s[^.\\n]{0,80}cuireadh\\s(?:do|ar)\\s\\d)'), ' '],
  [words("d['’]eisigh\\s(Ceanada|IRCC)"), (_, who = '') => ` ${who === 'IRCC' ? 'IRCC' : 'Canada'} issued `],
  [words('tá\\s(dhá|trí)\\sbhabhta\\scuireadh\\seisithe\\sag\\sIRCC'), (_, n = '') => ` IRCC has issued ${/^d/i.test(n) ? 'two' : 'three'} rounds of invitations `],
  [words(`cuireadh\\s(?:do|ar)\\s${COUNT}\\s${PEOPLE}`), ' invited $1 candidates '],
  [words(`fuair\\s${COUNT}\\s${PEOPLE}\\scuireadh`), ' $1 candidates received invitations '],
  [words(`tugadh\\s${COUNT}\\scuireadh`), ' $1 invitations were issued '],
  [words(`${COUNT}\\scuireadh(?:\\siarratas\\sa\\sdhéanamh)?`), ' $1 invitations '],
  [words(`${COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  [words("d['’]eisigh"), ' issued '],
  [words('eisithe\\sag'), ' issued by '],
  [words('iarratas\\sa\\sdhéanamh\\sar\\sbhuanchónaí'), ' to apply for permanent residence '],
  // Cut-offs: "Ba é 523 an scór íosta CRS", "Ba é 475 an scór CRS ba ísle", "scór íosta 694", "CRS íosta 491", "b'é 760 pointe an tairseach".
  [words(`ba\\s(?:é|hé)\\s${COUNT}\\san\\sscór\\s(?:íosta(?:\\sCRS)?|CRS\\s(?:íosta|ba\\sísle))(?:\\sa\\s(?:bhí\\sag\\steastáil|fuair\\scuireadh))?`), ' the minimum CRS score was $1 '],
  [words(`b['’]é\\s${COUNT}\\s(?:pointe\\s)?an\\stairseach`), ' the minimum CRS score was $1 '],
  [words('scór\\s(?:íosta(?:\\sCRS)?|CRS\\s(?:íosta|ba\\sísle))|CRS\\síosta'), ' minimum CRS score '],
  [words('scór\\schomh\\shíseal\\sle'), ' a score as low as '],
  [words('tairseach'), ' cut-off '],
  [words('scóir|scór'), ' score '],
  [words('pointe|pointí'), ' points '],
  // Programs and names.
  [words('Iontráil\\sShainráite|Iontrála\\sSainráite|Iontráil\\sSainráite|Iontrála\\sShainráite'), ' Express Entry '],
  [words('Roinn\\sInimirce\\sCheanada'), ' Immigration, Refugees and Citizenship Canada '],
  [words('(?:an\\s)?Aicme\\sTaithí\\sCheanadach'), ' Canadian Experience Class '],
  [words('Ch?lár\\sna\\snAinmnithe\\sCúige'), ' Provincial Nominee Program '],
  [words('(?:earnáil\\s)?(?:an\\s)?ch?úr(?:am|aim)\\ssláinte(?:\\sagus\\sna\\sseirbhísí\\ssóisialta)?'), ' healthcare '],
  [words('Fraincise'), ' French-language '],
  [words('(?:do\\s)?gh?airmeacha\\siompair'), ' for transport occupations '],
  [words('uile-chláir|gach\\sclár'), ' all-program '],
  [words('gCeanada|Cheanada|Ceanada'), ' Canada '],
  [words('an\\sAstráil|Astráil'), ' Australia '],
  [words('cúige'), ' province '],
  [words('freisin'), ' also '],
  [words('faoin'), ' under the '],
  [words('agus'), ' and '],
  [words('le(?=\\s\\d)'), ' with '],
  [words('ag(?=\\s\\d{3}(?!\\d))'), ' at '],
  [words('ach'), ' but '],
  [words('eile'), ' another '],
  [words('nua'), ' new '],
  [words('Ábhar:'), ' Subject: '],
  [words('Postáilte\\sag'), ' Posted by '],
  [words('Le(?=\\s\\p{Lu}\\p{Ll}+\\s(?:Ní|Nic|Ó|Mac|Mhic|Uí|de)?\\s?\\p{Lu})'), ' By '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Irish writes among the languages the reader glosses (its draw words, months, weekdays and short words). */
const IRISH_WORD = words(
  'inniu|inné|arú|cuireadh|babhta|bhabhta|mbabhta|babhtaí|pointe|pointí|eisigh|Luain|Máirt|Céadaoin|hAoine|agus|iarrthóir|iarrthóirí|scór|íosta|Ceanada|Cheanada|gCeanada|Iontráil|Iontrála|Sainráite|Shainráite|tseachtain|seachtaine|freisin|bhí|atá|faoin|inimirce|Eanáir|Feabhra|Márta|Aibreán|Bealtaine|Meitheamh|Iúil|Lúnasa|Fómhair|Samhain|Nollaig|Déardaoin|Dé|imtharraingt|duine|daoine|tairseach|mí|seo|leis|go|ag',
);
/**
 * A cheap first test: one literal, "uireadh" ("cuireadh", invitation, which an Irish draw report writes for its count), which an
 * English page about never writes; about 0.5 µs on an English page (an alternation of five words cost about 5 µs).
 */
export const IRISH_HINT = /uireadh/;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words; and fewer of Scottish Gaelic's grave accents than its acute ones. */
export const isIrish = (text: string): boolean => writtenWith(text, IRISH_WORD, 5) && (text.match(/[àèìòù]/gi) ?? []).length * 2 <= (text.match(/[áéíóú]/gi) ?? []).length;

/** An Irish page glossed into English. */
export const glossIrish = (text: string): string => glossInTurn(text, CASED_RULES);
