import { compiledNow } from './matches.ts';
import { glossInTurn, keepCase, monthNamer, words, type GlossRule, type MonthTable, WORD_COUNT, ordinalNumber } from './gloss-rules.ts';

/**
 * Cebuano (Bisaya) draw news glossed into the English the reader knows, as `gloss-swahili.ts` does for Swahili (docs/parser.md,
 * "Armenian and Cebuano"): months and weekdays of Spanish stock in their Cebuano spelling ("Marso 25", "Pebrero 25, 2024", "Dis.
 * 6", "Ago 18", "Biyernes"), "karon"/"karong adlawa" (today), "gahapon" (yesterday), "niining semanaha" (this week), counts with
 * "ka" ("1,980 ka ITA" → "1,980 invitations", "849 ka tawo" → "849 candidates", "3,200 ang gi-imbitar" → "3,200 were invited"),
 * cut-offs ("Pinakaubos nga CRS" → "minimum CRS", "mao ang 469" → "was 469", "470 puntos"), rounds ("ika-133 nga round" → "the
 * 133rd round"), "miaging" (previous) and the words of a draw report. Tagalog, which the English reader reads as it is, shares
 * "ang", "sa", "mga", "nga" and the months: a page is Cebuano only by the words Tagalog does not write ("ug", "og", "niadtong",
 * "gahapon", "karon", "naa", "kaayo", "miaging", "nakadawat"). Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['ene', 'January'],
  ['peb', 'February'],
  ['mar', 'March'],
  ['abr', 'April'],
  ['may', 'May'],
  ['hun', 'June'],
  ['hul', 'July'],
  ['ago', 'August'],
  ['set|sep', 'September'],
  ['okt', 'October'],
  ['nob', 'November'],
  ['dis', 'December'],
];
const MONTH = String.raw`(Enero|Ene|Pebrero|Peb|Marso|Mar|Abril|Abr|Mayo|Hunyo|Hun|Hulyo|Hul|Agosto|Ago|Septiyembre|Setyembre|Septembre|Sept?|Oktubre|Okt|Nobyembre|Nob|Disyembre|Dis)\.?`;
const month = monthNamer(MONTHS, 'i');
const nth = ordinalNumber;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Lunes', 'Monday'],
  ['Martes', 'Tuesday'],
  ['Miyerkules|Miyerkoles', 'Wednesday'],
  ['Huwebes', 'Thursday'],
  ['Biyernes', 'Friday'],
  ['Sabado', 'Saturday'],
  ['Domingo', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { duha: 'two', tulo: 'three', upat: 'four', lima: 'five' };
/** "tulo ka adlaw" (three days). */
const DAYS: Readonly<Record<string, string>> = { usa: 'a day', duha: 'two days', tulo: 'three days', upat: 'four days', lima: 'five days' };
/** A phrase that starts a sentence where the words it glosses did. */
const sentenceCase = (phrase: string, upper: boolean): string => (upper ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase);

const RULES: readonly GlossRule[] = [
  // "Agosto 2022 sa Express Entry: tulo ka draw" (August 2022 in Express Entry: three draws): a month's recap.
  [words(String.raw`${MONTH}\s((?:19|20)\d\d)\ssa\sExpress\sEntry`), (_, m = '', y = '') => ` ${month(m)} ${y} recap of Express Entry `],
  // Days: "Pebrero 25, 2024", "Marso 25", "Dis. 6", "Ago 17–19, 2026", day first "19 Agosto 2026"; a month alone "Agosto 2022".
  [
    words(String.raw`${MONTH}\s(\d{1,2})(?![\d:])(?:([–-])(\d{1,2}))?(?:,?\s((?:19|20)\d\d))?`),
    (_, m = '', d = '', dash = '', d2 = '', y = '') => ` ${month(m)} ${String(Number(d))}${dash ? `${dash}${d2}` : ''}${y ? `, ${y}` : ''} `,
  ],
  [words(String.raw`(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?`), (_, d = '', m = '', y = '') => ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [
    words(String.raw`(?:bulan\ssa\s)?(Enero|Pebrero|Marso|Abril|Hunyo|Hulyo|Agosto|Septiyembre|Setyembre|Oktubre|Nobyembre|Disyembre)`),
    (all = '', m = '') => ` ${/^bulan/i.test(all) ? 'the month of ' : ''}${month(m)} `,
  ],
  ...WEEKDAYS.map(([ceb, en]): GlossRule => [words(ceb), ` ${en} `]),
  [words(String.raw`alas(?=\s\d{1,2}:\d{2})|sa(?=\s\d{1,2}:\d{2}:\d{2})`), ' at '],
  [words('karong\\sadlawa|karon\\snga\\sadlaw'), ' today '],
  [words('(?:bag-ong\\s)?draw\\skaron'), ' new draw today '],
  [words('kagahapon|gahapon'), ' yesterday '],
  [words('(?:niining|karong)\\ssemanaha|niining\\ssemana'), ' this week '],
  [words('miaging\\ssemana'), ' last week '],
  [words('karong\\s(?=(?:19|20)\\d\\d)|karong\\stuiga'), ' this year '],
  [words('niadtong'), ' on '],
  // Rounds: "ika-133 nga round", "ika-3 nga Express Entry draw", "duha ka … draw" (two draws), "tulo ka sunod-sunod nga … draw".
  [words(String.raw`ika-?(\d{1,3})\snga\s(round|draw|Express\sEntry\sdraw)`), (_, n = '', what = '') => ` the ${nth(n)} ${what} `],
  [words(String.raw`(duha|tulo|upat|lima)\ska\s(?:sunod-sunod\snga\s)?(Express\sEntry\s)?(?:all-program\s)?draw`), (_, n = '', ee = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} ${ee}draws `],
  [words('sulod\\ssa\\s(duha|tulo|upat|lima)\\ska\\sadlaw'), (_, n = '') => ` in ${NUMBERS[n.toLowerCase()] ?? n} days `],
  [words('(?:ang\\s)?miaging\\s(?:(healthcare|French|general|STEM|CEC|PNP)\\s)?draw'), (_, p = '') => ` the previous ${p ? `${p} ` : ''}draw `],
  [words('katapusang\\s(?=(?:Express\\sEntry\\s)?draw)'), ' the last '],
  [words('miaging'), ' previous '],
  // A round told for its place in time: "Tulo ka adlaw human sa PNP draw nga nag-imbitar og 503" (three days after the PNP draw that invited 503).
  [words(String.raw`(usa|duha|tulo|upat|lima)\ska\sadlaw\shuman\ssa`), (all = '', n = '') => ` ${sentenceCase(DAYS[n.toLowerCase()] ?? '', /^\p{Lu}/u.test(all))} after the `],
  [words('nga\\snag-?imbitar\\s(?:og|ug)'), ' that invited '],
  [words(String.raw`naghimo\s(?:na\s)?(?:usab\s)?ang\s(IRCC|Canada)\sog`), ' $1 held a '],
  // Approximate figures: "mga 3,000 ka tawo" (about 3,000 people), "kapin sa 2,900" (more than), "hapit 3,000" (nearly).
  [words('mga(?=\\s\\d)'), ' about '],
  [words('(?:kapin|labaw)\\ssa(?=\\s\\d)'), ' more than '],
  [words('(?:hapit|dul-an\\ssa|duol\\ssa)(?=\\s\\d)'), ' nearly '],
  // Counts: "1,980 ka ITA", "4,000 ka imbitasyon", "3,200 ka kandidato", "849 ka tawo", "3,200 ang gi-imbitar", "500 ra ang gi-imbitar".
  [words(`${WORD_COUNT}\\ska\\s(?:ITAs?|imbitasyon)`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\ska\\s(?:kandidato|tawo|aplikante)`), ' $1 candidates '],
  [words(`${WORD_COUNT}\\s(?:ra\\s|usab\\s)?ang\\s(?:gi|na)-?imbitar`), ' $1 candidates were invited '],
  [words('nag-?imbitar\\s(?:og|ug)'), ' invited '],
  [words('(?:gi|na)-?imbitar'), ' invited '],
  [words('nakadawat\\s(?:og|ug)'), ' received '],
  [words('imbitasyon'), ' invitations '],
  // Cut-offs: "Pinakaubos nga CRS", "ang pinakaubos nga CRS score mao ang 469", "minimum nga 470 puntos", "ang minimum CRS 808 gihapon".
  [words('(?:ang\\s)?pinakaubos\\snga\\sCRS(\\sscore)?'), ' minimum CRS score '],
  [words('minimum\\snga\\s(?=\\d)'), ' minimum of '],
  [words('mao\\sang\\s(?=\\d)'), ' was '],
  [words(String.raw`(\d{2,4})\sgihapon`), ' $1 again '],
  [words(String.raw`(\d{2,4})\spuntos`), ' $1 points '],
  [words('puntos'), ' points '],
  // Programs.
  [words('(?:gikan\\ssa\\s)?tanang\\sprograma'), ' all programs '],
  [words('Sa\\skinatibuk-an'), ' In total '],
  [words('gipagawas'), ' issued '],
  [words('gipahigayon|gihimo'), ' held '],
  [words('Pananglitan'), ' For example '],
  [words('gilauman|posibleng'), ' expected '],
  [words('usab'), ' also '],
  [words('ug'), ' and '],
  [words('apan'), ' but '],
];

/** Words only Cebuano writes (Tagalog writes "at", "ng", "noong", "kahapon", "ngayon", "nasa", "napaka-", "nakaraang", "nakatanggap"). */
const CEBUANO_WORD = words(
  'ug|og|niadtong|gahapon|kagahapon|karon|karong|naa|naay|adunay|kaayo|miaging|nakadawat|gi-imbitar|usab|mao|kini|niini|dili|gihapon|gyud|apan|sulod|matag|tanan|tanang|tawo|adlaw|adlawa|tulo|duha|unom|pinakaubos|pinakataas|mikunhod|gipagawas|gipahigayon|niining|semanaha|tuiga|atong|imong|inyong|nato|bisan|pipila|daghan|katapusang',
);
/** A cheap first test: a page with none of these is not Cebuano. */
export const CEBUANO_HINT = compiledNow(/\b(?:ug|og|niadtong|gahapon|kagahapon|karon|karong|naa|naay|adunay|kaayo|miaging|nakadawat|pinakaubos)\b/i);

/** Eight of the words, five of them different; or, a short post, six of them, five different, making up a tenth of its words. */
export function isCebuano(text: string): boolean {
  const found = (text.match(CEBUANO_WORD) ?? []).map((w) => w.toLowerCase());
  const different = new Set(found).size;
  if (different < 5) return false;
  return found.length >= 8 || (found.length >= 6 && found.length * 10 >= (text.match(/\p{L}+/gu) ?? []).length);
}

const CASED_RULES = RULES.map(keepCase);

/** A Cebuano page glossed into English. */
export const glossCebuano = (text: string): string => glossInTurn(text, CASED_RULES);
