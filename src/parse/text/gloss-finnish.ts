import { glossInTurn, keepCase, monthNamer, monthOrNone, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Finnish draw news glossed into the English the reader knows, as `gloss-hungarian.ts` does for Hungarian (docs/parser.md
 * "Finnish and Slovak"): day-first dates ("30.7.2024" → "July 30, 2024", "(18.7.)", "1.–3.8.2023" → "August 1–3, 2023",
 * "12. marraskuuta 2025"), weekdays in their case ("Maanantaina" → "On Monday", "torstain" → "Thursday's"), a clock ("klo 21.14"
 * → "at 21:14"), counts grouped with a space ("3 000" → "3,000") with their noun ("kutsua" → "invitations", "hakijaa" →
 * "candidates"), cut-offs ("alin CRS", "alin kutsuttu pistemäärä", "vähimmäispisteet" → "minimum CRS score", "pistettä" →
 * "points"), rounds ("120. kutsukierros", "kierroksen numero 306" → "draw #120", "draw #306"), the tie-break
 * ("tasapelisääntö"), programs and the words of a draw report. Finnish is written in endings: a word the rules do not know stays
 * as it is, and no English pattern reads it.
 */

const MONTHS: MonthTable = [
  ['tammi', 'January'],
  ['helmi', 'February'],
  ['maalis', 'March'],
  ['huhti', 'April'],
  ['touko', 'May'],
  ['kesä', 'June'],
  ['heinä', 'July'],
  ['elo', 'August'],
  ['syys', 'September'],
  ['loka', 'October'],
  ['marras', 'November'],
  ['joulu', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month's stem before "kuu" and its ending ("marraskuuta", "marraskuussa", "Marraskuun"). */
const MONTH_STEM = '(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)';
const YEAR = '((?:19|20)\\d\\d)';

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['maanantai', 'Monday'],
  ['tiistai', 'Tuesday'],
  ['keskiviikko', 'Wednesday'],
  ['torstai', 'Thursday'],
  ['perjantai', 'Friday'],
  ['lauantai', 'Saturday'],
  ['sunnuntai', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { kaksi: 'two', kolme: 'three', neljä: 'four', viisi: 'five' };

/** "July 30, 2024" for a numeric day and month; "" when they are no day and month. */
const dayOf = (d: string, m: string, y: string): string => {
  const [n, mn] = [Number(d), monthOrNone(m)];
  return n >= 1 && n <= 31 && mn ? `${mn} ${String(n)}${y ? `, ${y}` : ''}` : '';
};

const RULES: readonly GlossRule[] = [
  // Counts: "3 000", "3 350" (a space groups the thousands).
  [/(?<![\d,.:]|\d )(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d,.:]?\d)/g, '$1,$2'],
  // A clock: "klo 21.14", "klo 07:07:21 UTC", "kello 18.01.56 UTC".
  [words(String.raw`(?:klo|kello)\s(\d{1,2})[.:](\d\d)(?:[.:](\d\d))?`), (_, h = '', m = '', s = '') => ` at ${h}:${m}${s ? `:${s}` : ''} `],
  // Days: "1.–3.8.2023" (a range), "30.7.2024", "27.06.2019", "(18.7.)" (day first, a point after the month when no year follows).
  [
    /(?<![\d.])(\d{1,2})\.?\s?[–-]\s?(\d{1,2})\.(\d{1,2})\.(?:(\d{4})(?!\d))?/g,
    (all = '', a = '', b = '', m = '', y = '') => {
      const [from, to] = [dayOf(a, m, ''), dayOf(b, m, y)];
      return from && to ? ` ${from}–${to.replace(/^\S+ /, '')} ` : all;
    },
  ],
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:(\d{4})(?![\d.]))?/g, (all = '', d = '', m = '', y = '') => (dayOf(d, m, y) ? ` ${dayOf(d, m, y)} ` : all)],
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\.?(?!\d)/g, (all = '', d = '', m = '', y = '') => (dayOf(d, m, y) ? ` ${dayOf(d, m, y)} ` : all)],
  // "12. marraskuuta 2025", "12. marraskuuta".
  [words(String.raw`(\d{1,2})\.\s${MONTH_STEM}kuuta(?:\s${YEAR})?`), (all = '', d = '', m = '', y = '') => (Number(d) <= 31 ? ` ${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} ` : all)],
  // "Marraskuun 2025 kuukausikatsaus", "marraskuun katsaus": a month's recap.
  [words(String.raw`${MONTH_STEM}kuun(?:\s${YEAR})?\s(?:kuukausi)?(?:katsaus|kooste|yhteenveto)`), (_, m = '', y = '') => ` Summary of ${month(m)}${y ? ` ${y}` : ''} `],
  [words(String.raw`${MONTH_STEM}kuussa(?:\s${YEAR})?`), (_, m = '', y = '') => ` in ${month(m)}${y ? ` ${y}` : ''} `],
  [words(String.raw`${MONTH_STEM}kuu(?:n)?(?:\s${YEAR})?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words(String.raw`vuonna\s${YEAR}`), ' in $1 '],
  [words(String.raw`vuoden\s${YEAR}\s(?:katsaus|kooste|yhteenveto)`), ' Year in review: Express Entry in $1 '],
  // Weekdays: "Maanantaina" (on Monday), "keskiviikkona", "torstain kierroksessa" (in Thursday's draw).
  ...WEEKDAYS.map(([fi, en]): GlossRule => [words(`${fi}(na|n)?`), (_, end = '') => (end === 'na' ? ` on ${en} ` : end === 'n' ? ` ${en}'s ` : ` ${en} `)]),
  [words('toissapäivänä'), ' the day before yesterday '],
  [words('tänään'), ' today '],
  [words('eilen'), ' yesterday '],
  [words('huomenna'), ' tomorrow '],
  [words('tällä\\sviikolla|tämän\\sviikon'), ' this week '],
  [words('samalla\\sviikolla'), ' in the same week '],
  [words('viime\\sviikolla'), ' last week '],
  [words('viime\\skuussa'), ' last month '],
  [words('peräkkäisinä\\späivinä'), ' on consecutive days '],
  // A recap, a guide, a forecast.
  [words('viikkokatsaus'), ' Weekly summary '],
  [words('kuukausikatsaus'), ' monthly recap '],
  [words('(?:\\p{L}+-)?opas|oppaa\\p{L}*'), ' guide '],
  [words('ennuste\\p{L}*'), ' forecast '],
  [words('odotan|odotamme|odotetaan|odottavat|odotettavissa'), ' expected '],
  [words('esimerkkejä|esimerkiksi'), ' for example '],
  // Rounds: "120. kutsukierros", "kierroksen numero 306", "kierros numero 353", "(nro 240)", "kaksi kutsukierrosta".
  // (Lower case, one space: "oli 462. Kierros oli avoin" ends a sentence before its round.)
  [/(?<![\d.,])(\d{1,3})\. (?:kutsu)?kierro(?:s|ksen|ksella|ksessa)(?![\p{L}])/gu, ' draw #$1 '],
  [words(String.raw`(?:kutsu)?kierro(?:s|ksen)\snumero\s(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`nro(?=\s\d)`), ' no. '],
  [words(String.raw`(kaksi|kolme|neljä|viisi)\s(?:Express\sEntry\s-)?(?:kutsu)?kierrosta`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words('edellinen|edellisessä|edellisen'), ' previous '],
  [words('seuraava|seuraavan|seuraavassa'), ' next '],
  [words('viimeisin|viimeisimmässä|viimeisimmän'), ' latest '],
  // Programs in a round's name: "provinssikierros", "ranskan kielen kierros", "CEC-kierros", "Federal Skilled Worker -kierros".
  [words('provinssi(?:kierro\\p{L}*)'), ' provincial draw '],
  [words('provinssiehdokk\\p{L}*'), ' provincial nominees '],
  [words('ranskan\\s(?:kielen|kieltä|kieli)(?:\\stai\\p{L}*)?'), ' French-language proficiency '],
  [words('terveydenhuollon|terveydenhuolto'), ' healthcare '],
  [words('maatalousalan|maatalous'), ' agriculture '],
  [words('ammattityöt|ammattityöntekijöiden'), ' trades '],
  [words('kategoriakierro\\p{L}*'), ' category-based draws '],
  [words('kaikki\\sohjelmat|kaikille\\sohjelmille|kaikista\\sohjelmista'), ' all programs '],
  [words('ohjelma|ohjelmat'), ' program '],
  // "CEC-kierros", "Express Entry -kierrokset": the round after its program's name.
  [/\s?-(?:kutsu)?kierro(?:kset|ksia|ksista)(?![\p{L}\d])/gu, ' draws '],
  [/\s?-(?:kutsu)?kierro\p{L}*/gu, ' draw '],
  [words('(?:kutsu)?kierro(?:kset|ksia|ksista|ksissa|ksilla)'), ' draws '],
  [words('(?:kutsu)?kierro\\p{L}*'), ' draw '],
  // Invitations: "IRCC kutsui 964 hakijaa", "lähetettiin 503 kutsua", "Kutsuja lähetettiin 3 350", "2 000 kutsua".
  [words(`kutsuja\\slähetettiin\\s${WORD_COUNT}`), ' $1 invitations were sent '],
  [words(`lähetettiin\\s${WORD_COUNT}\\skutsua`), ' $1 invitations were sent '],
  [words(`kutsui\\s(?:jälleen\\s|taas\\s)?(yli\\s)?${WORD_COUNT}\\s(?:hakijaa|osaajaa|ehdokasta|henkilöä)`), (_, over = '', n = '') => ` invited ${over ? 'more than ' : ''}${n} candidates `],
  // "jossa kutsuttiin 4 500 ranskan kieltä osaavaa hakijaa" (in which 4,500 French-speaking candidates were invited).
  [words(`(?:jossa\\s)?kutsuttiin\\s${WORD_COUNT}`), ' invited $1 '],
  [words(`${WORD_COUNT}\\skutsua`), ' $1 invitations '],
  [words(`${WORD_COUNT}\\s(?:hakijaa|osaajaa|ehdokasta|henkilöä)`), ' $1 candidates '],
  [words('kutsui'), ' invited '],
  [words('hakijaa|hakijoita'), ' candidates '],
  [words('on\\slähetetty'), ' have been sent '],
  [words('kutsut|kutsuja'), ' invitations '],
  [words('lähetettiin'), ' were sent '],
  [words('järjestettiin|pidettiin'), ' was held '],
  [words('järjesti|piti'), ' held '],
  // Cut-offs: "alin CRS 686", "Alin kutsuttu pistemäärä oli 742", "alin hyväksytty CRS-pistemäärä", "vähimmäispisteet 521", "minimi 515".
  // "Alin pistemäärä" alone is any system's lowest score (Australia's SkillSelect, a province's own draw): not CRS.
  [words('alin\\spistemäärä'), ' minimum score '],
  [words('alin\\s(?:kutsuttu\\s|hyväksytty\\s)?(?:CRS-)?pistemäärä|alin\\sCRS|vähimmäispisteet|vähimmäispistemäärä|minimi'), ' minimum CRS score '],
  // "laski 523:sta 516:een" (fell from 523 to 516): a number's case ending after a colon.
  [
    words(String.raw`(laski|nousi)\s(\d{1,3}):(?:sta|stä)\s(\d{1,3}):(?:een|ään|seen|aan|iin|uun|yyn|n)`),
    (_, verb = '', from = '', to = '') => ` ${/^l/i.test(verb) ? 'fell' : 'rose'} from ${from} to ${to} `,
  ],
  [words('pistettä|pisteet|pisteeseen|pisteellä'), ' points '],
  [words('oli'), ' was '],
  [words('tasapelisäännön\\saikaleima|tasapelisääntö\\p{L}*'), ' tie-breaking rule '],
  // Hedged counts: "yli" (more than), "noin" (about), "jopa" (as many as).
  [words('yli(?=\\s\\d)'), ' more than '],
  [words('noin(?=\\s\\d)'), ' about '],
  [words('(?:jopa|enintään|korkeintaan)(?=\\s\\d)'), ' up to '],
  // A byline.
  [words('julkaistu'), ' Published '],
  [words('päivitetty'), ' Updated '],
  [words('yhteensä'), ' in total '],
  // Not in a name: "Kanadaan.fi", "Suomi-Kanada-seura", "#Kanada".
  [words('(?<![#.@-])(?:Kanadan|Kanada|Kanadaan)(?![.-]\\p{L})'), ' Canada '],
  [words('ja'), ' and '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Finnish writes often. */
const FINNISH_WORD = words(
  'ja|on|oli|ei|ole|eivät|näin|kuin|ennen|voi|sekä|jos|niin|nyt|minimi|Kanada|että|tai|kun|mutta|myös|vielä|jo|tänään|eilen|kierros|kierroksen|kierrosta|kierroksessa|kierrokset|kutsua|kutsui|kutsuja|kutsut|pistettä|pistemäärä|alin|hakijaa|viikolla|Kanadan|Kanadaan|järjesti|lähetettiin|tasapelisääntö|yhteensä|julkaistu|ovat|kaikki|tämä|tässä|jälleen|taas',
);
/** A cheap first test: a page with none of these is not Finnish. */
export const FINNISH_HINT = /kierro|kutsu|pistee|pistettä|tänään|hakija/i;

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words. */
export const isFinnish = (text: string): boolean => writtenWith(text, FINNISH_WORD, 5);

/** A Finnish page glossed into English. */
export const glossFinnish = (text: string): string => glossInTurn(text, CASED_RULES);
