import { glossDay, glossInTurn, keepCase, monthNamer, ordinalNumber, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Afrikaans draw news glossed into the English the reader knows, as `gloss-dutch.ts` does for Dutch (docs/parser.md, "Afrikaans
 * and Kyrgyz"): thousands with a space ("4 421" → "4,421"), day-first dates ("Maandag 26 Augustus", "14 Maart 2018",
 * "07/03/2025" → "March 7, 2025"), "vandag" (today), "gister" (yesterday), rounds ("rondte #311", "85ste rondte", "rondte nommer
 * 250"), counts ("3 000 kandidate is genooi" → "3,000 candidates were invited", "uitnodigings"), cut-offs ("minimum
 * CRS-telling", "Laagste CRS-telling", "afsnypunt"), the tie-break ("gelykbreekreël"), programs, the verb-last "het … gehou"
 * (held) and "nie … nie" (not), and a guide's, forecast's or recap's words. A page is Afrikaans by the words Dutch does not write
 * ("nie", "vandag", "gister", "uitnodigings", "kandidate", "rondte", "hierdie", "vir"); words the glossary does not know stay.
 */

const MONTHS: MonthTable = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['maa|mrt', 'March'],
  ['apr', 'April'],
  ['mei', 'May'],
  ['jun', 'June'],
  ['jul', 'July'],
  ['aug', 'August'],
  ['sep', 'September'],
  ['okt', 'October'],
  ['nov', 'November'],
  ['des', 'December'],
];
const MONTH = String.raw`(Januarie|Jan|Februarie|Feb|Maart|Mrt|April|Apr|Mei|Junie|Jun|Julie|Jul|Augustus|Aug|September|Sept?|Oktober|Okt|November|Nov|Desember|Des)\.?`;
const monthOf = monthNamer(MONTHS, 'i');
const WEEKDAYS: Readonly<Record<string, string>> = {
  maandag: 'Monday',
  dinsdag: 'Tuesday',
  woensdag: 'Wednesday',
  donderdag: 'Thursday',
  vrydag: 'Friday',
  saterdag: 'Saturday',
  sondag: 'Sunday',
};
const WEEKDAY = `(${Object.keys(WEEKDAYS).join('|')})`;
const weekday = (w: string): string => WEEKDAYS[w.toLowerCase()] ?? w;
const day = (d: string, m: string, y: string): string => `${monthOf(m)} ${String(Number(d))}${y ? `, ${y}` : ''}`;
const DAY_FIRST = String.raw`(?<![\d.,])(\d{1,2})\s${MONTH}(?:\s((?:19|20)\d\d))?(?![\d\p{L}])`;
const re = (source: string): RegExp => new RegExp(source, 'giu');
const w = (source: string): RegExp => re(String.raw`(?<![\p{L}\d'])(?:${source})(?![\p{L}\d])`);
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})`;

const RULES: readonly GlossRule[] = [
  // Thousands with a space: "4 421", "1 121" (bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  // "07/03/2025": an Afrikaans page writes the day first.
  [/(?<![\d./-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d./-]\d)/g, (m: string, d = '', mo = '', y = '') => (Number(d) >= 1 && Number(d) <= 31 ? ` ${glossDay(y, mo, d) ?? m} ` : m)],
  [re(String.raw`\b${WEEKDAY},?\s${DAY_FIRST}`), (_, wd = '', d = '', m = '', y = '') => ` ${weekday(wd)} ${day(d, m, y)} `],
  [re(String.raw`\bop\s${DAY_FIRST}`), (_, d = '', m = '', y = '') => ` on ${day(d, m, y)} `],
  [re(DAY_FIRST), (_, d = '', m = '', y = '') => ` ${day(d, m, y)} `],
  [re(String.raw`\b${WEEKDAY}\b`), (_, wd = '') => ` ${weekday(wd)} `],
  [re(String.raw`\bin\s${MONTH}(?=\s(?:19|20)\d\d\b|[\s.,;:])`), (_, m = '') => ` in ${monthOf(m)} `],
  [/\bom\s(?=\d{1,2}[:.]\d\d)/gi, ' at '],
  // Times of the news.
  [w('vandag'), ' today '],
  [w('eergister'), ' the day before yesterday '],
  [w('gister'), ' yesterday '],
  [w(String.raw`vroeër\shierdie\sweek`), ' earlier this week '],
  [w(String.raw`hierdie\sweek`), ' this week '],
  [w(String.raw`(?:verlede|vorige)\sweek`), ' last week '],
  [w(String.raw`volgende\sweek`), ' next week '],
  [w(String.raw`(?:verlede|vorige)\smaand`), ' last month '],
  [w('vorige'), ' previous '],
  [w('binnekort'), ' soon '],
  // Hedged counts ("ongeveer 4 000", "meer as 500", "tot 5 000") and a comparison with an earlier round ("laer as die 523").
  [w('ongeveer|sowat|omtrent|rondom|naastenby'), ' about '],
  [w(String.raw`meer\sas`), ' more than '],
  [w(String.raw`minder\sas`), ' fewer than '],
  [w('byna|amper'), ' almost '],
  [re(String.raw`(?<![\p{L}])tot\s(?=\d)`), ' up to '],
  [w(String.raw`laer\sas`), ' lower than '],
  [w(String.raw`hoër\sas`), ' higher than '],
  [re(String.raw`(?<![\p{L}])af\svan\s(?=\d)`), ' down from '],
  [re(String.raw`(?<![\p{L}])op\svan\s(?=\d)`), ' up from '],
  [w('teenoor'), ' compared with '],
  // Guides, forecasts and recaps.
  [w(String.raw`maandelikse\soorsig`), ' Monthly recap '],
  [w('weeklikse\\soorsig'), ' Weekly recap '],
  [w('opsomming|oorsig'), ' recap '],
  [w('gids'), ' Guide '],
  [w('voorspelling|vooruitskatting'), ' Forecast '],
  [w('verwag|verwagte'), ' expected '],
  [w('byvoorbeeld'), ' for example '],
  // Negation: "is nie genooi nie" (were not invited), "geen program gespesifiseer nie" (no program specified).
  [w(String.raw`geen\sprogram\sgespesifiseer\snie`), ' no program specified '],
  [re(String.raw`(?<![\p{L}])nie\s([^.\n]{1,60}?)\snie(?![\p{L}])`), ' not $1 '],
  [w('nie'), ' not '],
  // Rounds and draws: "rondte #311", "rondte nommer 250", "die 85ste rondte van uitnodigings", "Express Entry-trekking".
  [w(String.raw`rondte\snommer\s(\d{1,4})`), ' round #$1 '],
  [re(String.raw`(?<![\d\p{L}])(\d{1,3})(?:ste|de)\s(?=rondte)`), (_, n = '') => ` ${ordinalNumber(n)} `],
  [w(String.raw`rondtes?\s(?:van\s)?uitnodigings`), (m: string) => (/rondtes/i.test(m) ? ' rounds of invitations ' : ' round of invitations ')],
  [w('rondtes'), ' rounds '],
  [w('rondte'), ' round '],
  [w(String.raw`Express\sEntry-trekkings`), ' Express Entry draws '],
  [w(String.raw`Express\sEntry-trekking`), ' Express Entry draw '],
  [w(String.raw`kategorie-trekking|kategorie-gebaseerde\strekking`), ' category-based draw '],
  [w(String.raw`kategorie-gebaseerde\strekkings`), ' category-based draws '],
  [w('trekkings'), ' draws '],
  [w('trekking'), ' draw '],
  [w('Express\\sEntry-stelsel'), ' Express Entry system '],
  // Counts: "3 000 kandidate is genooi", "4 500 kandidate het uitnodigings ontvang", "3 300 uitnodigings (ITA's) uitgestuur".
  [re(String.raw`${NUM}\s(?:kandidate|mense)\sis\sgenooi`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}\s(?:kandidate|mense)\shet\suitnodigings\sontvang`), ' $1 candidates received invitations '],
  [
    re(String.raw`\b(?:daar\s)?is\s${NUM}\s(uitnodigings|ITA's)(\s\([^)\n]{1,12}\))?\s(?:uitgestuur|uitgereik)`),
    (_, n = '', what = '', note = '') => ` ${n} ${/ITA/i.test(what) ? 'ITAs' : 'invitations'}${note} were issued `,
  ],
  [w("ITA's"), ' ITAs '],
  [w('uitnodigings'), ' invitations '],
  [w('uitnodiging'), ' invitation '],
  [w('kandidate'), ' candidates '],
  [w('mense'), ' people '],
  [w(String.raw`is\sgenooi`), ' were invited '],
  [w('genooi'), ' invited '],
  [w('nooi'), ' invites '],
  [w(String.raw`(?:uitgestuur|uitgereik)`), ' issued '],
  [w('ontvang'), ' received '],
  // "het … gehou" (held): the verb round its object.
  [re(String.raw`(?<![\p{L}])het\s([^.\n]{0,100}?)\sgehou(?![\p{L}])`), ' held $1 '],
  [w('gehou'), ' held '],
  // Cut-offs: "minimum CRS-telling van 694", "Laagste CRS-telling", "die afsnypunt was 507 punte".
  [w(String.raw`(?:minimum|laagste|minimale)\s(?:CRS-?\s?)?telling|laagste\sCRS|afsnypunt`), ' minimum CRS score '],
  [w(String.raw`CRS-telling`), ' CRS score '],
  [w('telling'), ' score '],
  [w('punte'), ' points '],
  [re(String.raw`(?<=score\s)van\s(?=\d)`), ' of '],
  // The tie-break.
  [w(String.raw`gelykbreekreël|gelykbreek-?tyd|gelykbreek-reël`), ' tie-breaking rule '],
  // Programs.
  [w(String.raw`Provinsiale\sGenomineerde\sProgram|provinsiale\snominasie`), ' Provincial Nominee Program '],
  [w(String.raw`Kanadese\sErvaringsklas`), ' Canadian Experience Class '],
  [w(String.raw`Franse\staalvaardigheid|Franssprekendes|Franssprekende`), ' French-speaking candidates '],
  [w('Frans'), ' French '],
  [w('gesondheidsorg'), ' healthcare '],
  [w('ambagte'), ' trades '],
  [w('onderwys'), ' education '],
  [w('landbou'), ' agriculture '],
  [w('vervoerberoepe'), ' transport occupations '],
  [w('vervoer'), ' transport '],
  [w(String.raw`senior\sbestuurders`), ' senior managers '],
  [w('dokters|geneeshere'), ' physicians '],
  [w(String.raw`militêre\srekrute`), ' military recruits '],
  [w('werkservaring'), ' work experience '],
  [w('beroepe'), ' occupations '],
  [w('Kanadese'), ' Canadian '],
  [w('algemene'), ' general '],
  [w('Kanada'), ' Canada '],
  [w('datum'), ' Date '],
  // Joining words the English patterns lean on.
  [w('altesaam|in\\stotaal'), ' in total '],
  [w('slegs|net'), ' only '],
  [w("['’]n"), ' a '],
  [w('die'), ' the '],
  [w('vir'), ' for '],
  [w('van'), ' of '],
  [w('met'), ' with '],
  [w('en'), ' and '],
  [w('op'), ' on '],
  [w('hierdie'), ' this '],
  [w('ná'), ' after '],
];

/** Words Afrikaans writes and Dutch does not (not "die", "het", "van", "de": Dutch writes them too). */
const AFRIKAANS_WORD =
  /(?<![\p{L}])(?:nie|hierdie|vandag|gister|uitnodigings|kandidate|rondtes?|trekkings|punte|genooi|gehou|jy|jou|vir|baie|daardie|kanada|gesondheidsorg|emigrasie|emigreer|opdatering|ontvang|mense|slegs|kry|sal|oorsig|opsomming|maandelikse|weeklikse|gids)(?![\p{L}])/giu;
/** Dutch's own words: a page with many of them is Dutch. */
const DUTCH_WORD = /\b(?:niet|een|uitnodigingen|kandidaten|punten|zijn|wordt|werd|werden|naar|voor|gisteren|vandaag)\b/gi;
/** A cheap first test: a page with none of these is not Afrikaans. */
export const AFRIKAANS_HINT = /\b(?:nie|vandag|gister|uitnodigings?|kandidate|hierdie|vir)\b/i;

export function isAfrikaans(text: string): boolean {
  const found = (text.match(AFRIKAANS_WORD) ?? []).map((x) => x.toLowerCase());
  const kinds = new Set(found).size;
  if ((text.match(DUTCH_WORD) ?? []).length * 3 > found.length) return false;
  if ((found.length >= 8 && kinds >= 3) || kinds >= 5) return true;
  return kinds >= 2 && found.length * 6 >= (text.match(/\p{L}+/gu) ?? []).length;
}

const CASED_RULES = RULES.map(keepCase);

/** An Afrikaans page glossed into English. */
export const glossAfrikaans = (text: string): string => glossInTurn(text, CASED_RULES);
