import { glossInTurn, keepAnyCase, monthNamer, namedMonthDay, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Basque draw news glossed into the English the reader knows, in the shape of `gloss-catalan.ts` (docs/parser.md "Basque and
 * Galician"): dates with their case endings ("2026ko abuztuaren 18a", "ekainaren 26an", "uztailaren 21ekoa"), counts grouped by
 * points ("3.350" → "3,350") with "gonbidapen" and "hautagai", rounds ("436. txanda" → draw #436), cut-offs ("gutxieneko
 * puntuazioa", "477koa", "475eko CRS muga"), the tie-break ("Berdinketa hausteko araua"), "gaur", "atzo", a round compared with
 * another ("atzoko", "aurreko") told as earlier, and a recap, a guide or a forecast named so. Spanish, French and Catalan pages
 * never reach it: it needs Basque's own words ("gonbidapen", "txanda", "gaur", "atzo", "eta", "da").
 */

const MONTHS: MonthTable = [
  ['urtarril', 'January'],
  ['otsail', 'February'],
  ['martxo', 'March'],
  ['apiril', 'April'],
  ['maiatz', 'May'],
  ['ekain', 'June'],
  ['uztail', 'July'],
  ['abuztu', 'August'],
  ['irail', 'September'],
  ['urri', 'October'],
  ['azaro', 'November'],
  ['abendu', 'December'],
];
/** Counts of rounds: "bi", "hiru", "lau" txanda. */
const NUMBER: Readonly<Record<string, string>> = { bi: 'two', hiru: 'three', lau: 'four', bost: 'five', sei: 'six' };
const month = monthNamer(MONTHS, 'i');
const MONTH = '(urtarril|otsail|martxo|apiril|maiatz|ekain|uztail|abuztu|irail|urri|azaro|abendu)';
/** A day with its case ending: "18a", "26an", "2an", "21ekoaren", "27ko". */
const DAY = String.raw`(\d{1,2})(?:-?(?:a|an|ean|ko|eko|ekoa|koa|ekoaren|koaren|etik|ra|era)\b)?`;

const RULES: readonly GlossRule[] = [
  // Counts: "1.000", "3.350" (a point groups the thousands).
  [/(?<![\d,.])(\d{1,3})\.(\d{3})(?![\d,.]?\d)/g, '$1,$2'],
  // "2026ko abuztuaren 18a", "ekainaren 26an", "2019ko maiatzaren 11": a day of a month (of a year).
  [words(String.raw`(?:((?:19|20)\d\d)(?:\.|-)?(?:ko|eko)\s)?${MONTH}(?:aren|ren|a)\s${DAY}`), (all = '', y = '', m = '', d = '') => namedMonthDay(d, month(m), y) || all],
  // A month's recap ("uztaileko laburpena"), a list of a month's days ("Uztailak 6:").
  [words(String.raw`${MONTH}(?:eko|ko|aren|ren)\slaburpena`), (_, m = '') => ` monthly recap of ${month(m)} `],
  [words(String.raw`(?:hilabetearen|hileko)\slaburpena`), ' monthly recap '],
  [words(String.raw`(?:urtearen|urteko)\s(?:laburpena|balantzea)`), ' year in review '],
  [words(String.raw`${MONTH}(?:ak|a)\s(\d{1,2})(?=\s?:)`), (all = '', m = '', d = '') => namedMonthDay(d, month(m), '') || all],
  [words(String.raw`${MONTH}(?:ean|an)`), (_, m = '') => ` in ${month(m)} `],
  // Rounds: "436. txanda", "120. zozketa", "357. Express Entry txanda".
  [words(String.raw`(\d{1,3})\.\s(Express\sEntry\s)?(?:gonbidapen-)?(?:txanda|zozketa)`), (_, n = '', ee = '') => ` ${ee}draw #${n} `],
  [words('txanda\\szenbakia'), ' draw number '],
  [words('Txanda(?=\\s*\\|)'), 'Draw'],
  [words('Data(?=\\s*\\|)'), 'Date'],
  [words('Programa(?=\\s*\\|)'), 'Program'],
  [words('Gonbidapenak(?=\\s*(?:\\||:))'), 'Invitations'],
  // A cut-off before its words: "768 puntuko gutxieneko puntuazioarekin", "223ko gutxieneko puntuazioarekin".
  [words(String.raw`(?<![\d,.])(\d{3})\s?(?:e?ko|puntuko)\s(?:CRS\s)?gutxieneko\spuntuazio\p{L}*`), ' minimum CRS score $1 '],
  // An earlier round's figure: "aurreko CEC txandako 518 puntuen azpitik", "aurrekoan baino 10 puntu gutxiago".
  [
    words(String.raw`aurreko\s(?:(\S+)\s)?(?:txandako|zozketako)\s(\d{3})\s(?:puntuen|puntuak)\s(azpitik|gainetik)`),
    (_, p = '', n = '', w = '') => ` ${/^az/i.test(w) ? 'down' : 'up'} from ${n} in the previous ${p} draw `,
  ],
  [words(String.raw`aurrekoan\sbaino\s(\d{1,3})\spuntu\s(gutxiago|gehiago)`), (_, n = '', w = '') => ` ${n} points ${/^gu/i.test(w) ? 'less' : 'more'} than previous `],
  [words('Gutx\\.\\sCRS|Gutxieneko\\sCRS(?:\\spuntuazioa)?|Gutxieneko\\spuntuazioa'), ' minimum CRS score '],
  // A round told as another's: "atzoko PNP txandaren ondoren", "aurreko zozketarekin alderatuta".
  [words('atzoko|aurreko|aurrekoan'), ' previous '],
  [words('gaur'), ' today '],
  [words('atzo'), ' yesterday '],
  [words('aste\\shonetan'), ' this week '],
  [words('gida(?:\\spraktikoa|\\sosoa)?'), ' guide '],
  [words('adibidez'), ' for example '],
  [words('aurreikuspenak?|iragarpenak?'), ' forecast '],
  // Cut-offs: "523 CRS puntukoa", "477koa", "475eko CRS muga", "462ko muga".
  [words(String.raw`(?<![\d,.])(\d{3})(?:e?ko|e?koa)\s(?:CRS\s)?(?:muga|mugarekin)`), ' minimum CRS score $1 '],
  [words(String.raw`(?<![\d,.])(\d{3})\s?(?:CRS\s)?(?:e?koa|puntukoa|puntu)`), ' $1 points '],
  [words(String.raw`(?<![\d,.])(\d{3})(?:e?koa|e?ko)`), ' $1 '],
  // Hedged counts: "5.000 gonbidapen inguru" (about), "500 gonbidapen baino gehiago" (more than), "gehienez 5.000" (up to).
  [words(`${WORD_COUNT}\\s(?:(gonbidapen\\p{L}*)\\s)?(?:inguru\\p{L}*|gutxi\\sgorabehera)`), (_, n = '', g = '') => ` about ${n}${g ? ' invitations' : ''} `],
  [words(`${WORD_COUNT}\\s(?:(gonbidapen\\p{L}*)\\s)?baino\\sgehiago`), (_, n = '', g = '') => ` more than ${n}${g ? ' invitations' : ''} `],
  [words(`gehienez\\s${WORD_COUNT}`), ' up to $1 '],
  // Invitations and candidates: "1,000 gonbidapen bidali ditu", "3,000 hautagaik jaso zuten gonbidapena".
  [words(`${WORD_COUNT}\\s(?:gonbidapen|gonbidapenak)(?:\\sbidali\\s(?:ditu|zituen|dira))?`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\s(?:hautagaik?|pertsonak?|langile\\skualifikatu)(?:\\sjaso\\s(?:dute|zuten)\\s(?:gonbidapena|ITA))?(?:\\s(?:gonbidatu|gonbidatu\\sditu))?`), ' invited $1 candidates '],
  [words('jaso\\s(?:dute|zuten)\\s(?:iraunkorrerako\\segoitza\\seskatzeko\\s)?gonbidapena'), ' received invitations '],
  [words('berdinketa(?:-araua|\\shausteko\\saraua)'), ' tie-breaking rule '],
  // Programs.
  [words('Programa\\szehaztu\\sgabeko\\stxanda'), ' all programs draw '],
  [words('Frantsesa|frantses\\shiztunentzat'), ' French-language proficiency '],
  [words('Goi-mailako\\szuzendariak'), ' senior managers '],
  [words('Militarrak'), ' military '],
  [words('mediku\\p{L}*'), ' physicians '],
  [words('garraio(?:\\slanbide\\p{L}*)?'), ' transport occupations '],
  [words('asteko\\slaburpena'), ' weekly round-up '],
  [words('osasun(?:\\sarloko)?'), ' healthcare '],
  [words('txandak|zozketak'), ' draws '],
  [words('txanda|zozketa'), ' draw '],
  [words('gonbidapenak|gonbidapena|gonbidapen'), ' invitations '],
  [words('Kanadak|Kanadako|Kanada'), ' Canada '],
  [words('IRCCk'), ' IRCC '],
  [words('egin\\s(?:du|ditu|zuen|zituen)'), ' held '],
  [words('(bi|hiru|lau|bost|sei)\\s(Express\\sEntry\\s)?draws?'), (_, n = '', ee = '') => ` ${NUMBER[n.toLowerCase()] ?? n} ${ee}draws `],
  [words('argitaratua'), ' Published '],
  [words('guztira'), ' in total '],
  [words('eta'), ' and '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Basque writes (Spanish, French and Catalan write none of them). */
const BASQUE_WORD = words(
  'gonbidapen\\p{L}*|txanda\\p{L}*|zozketa\\p{L}*|gaur|atzo\\p{L}*|eta|da|du|ditu|dira|zen|zuen|zituen|izan|egin|hautagai\\p{L}*|puntuazio\\p{L}*|gutxieneko|Kanada(?:k|ko|n|ra)|berdinketa\\p{L}*|aurreko|bat|hau|honetan|laburpen\\p{L}*|hona|hemen|baina|guztira',
);
/** A cheap first test: pieces of Basque's own words ("gonbidapen", "txanda", "zozketa", "Kanadak"), no word boundary to test; an English page has none and goes back at once. */
export const BASQUE_HINT = /onbidapen|[Tt]xanda|ozketa|Kanadak/;

/** Eight of the words, six of them different, or (a short post) six making up a sixth of its words. */
export const isBasque = (text: string): boolean => writtenWith(text, BASQUE_WORD, 6);

/** A Basque page glossed into English. */
export const glossBasque = (text: string): string => glossInTurn(text, CASED_RULES);
