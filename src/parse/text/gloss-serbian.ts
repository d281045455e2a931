import { compiledNow } from './matches.ts';
import { glossInTurn, keepCase, monthNamer, monthOrNone, words, type GlossRule, type MonthTable, WORD_COUNT, writtenWith } from './gloss-rules.ts';

/**
 * Serbian and Croatian draw news (Latin script; Serbian Cyrillic is first spelled in Latin letters) glossed into the English the
 * reader knows, as `gloss-czech.ts` does for Czech (docs/parser.md "Serbian, Croatian and Bulgarian"): day-first dates with
 * Serbian and Croatian months ("15. marta 2023" → "March 15, 2023", "24. lipnja", "12.04.2018."), weekdays ("u sredu, 11. aprila"
 * → "on Wednesday, April 11"), counts grouped with a dot ("7.000" → "7,000") and their nouns ("poziva", "pozivnica" →
 * "invitations", "kandidata" → "candidates", "bodova" → "points"), rounds ("runda broj 87", "87. rundu" → "draw #87"), cut-offs
 * ("minimalni CRS rezultat iznosio je 444", "sa najmanje 490 CRS bodova", "prag"), the tie-break ("Pravilo izjednačenja"),
 * programs and the words of a draw report. Words the glossary does not know stay as they are.
 */

const MONTHS: MonthTable = [
  ['januar|siječ', 'January'],
  ['februar|veljač', 'February'],
  ['mart|ožuj', 'March'],
  ['april|trav', 'April'],
  ['maj|svib', 'May'],
  ['jun|lip', 'June'],
  ['jul|srp', 'July'],
  ['avgust|august|kolovoz', 'August'],
  ['septemb|ruj', 'September'],
  ['oktob|listopad', 'October'],
  ['novemb|studen', 'November'],
  ['decemb|prosin', 'December'],
];
const month = monthNamer(MONTHS, 'i');
/** A month in its cases: "mart", "marta", "martu"; Croatian "ožujak", "ožujka", "lipnja", "studenoga". */
const MONTH =
  '(januar[au]?|februar[au]?|mart[au]?|april[au]?|maj[au]?|jun[au]?|jul[au]?|avgust[au]?|august[au]?|septemb(?:ar|r[au])|oktob(?:ar|r[au])|novemb(?:ar|r[au])|decemb(?:ar|r[au])|siječ(?:anj|nja|nju)|veljač[ae]|ožuj(?:ak|ka|ku)|trav(?:anj|nja|nju)|svib(?:anj|nja|nju)|lip(?:anj|nja|nju)|srp(?:anj|nja|nju)|kolovoz[au]?|ruj(?:an|na|nu)|listopad[au]?|studen(?:i|oga?|om)|prosin(?:ac|ca|cu))';
const YEAR = '((?:19|20)\\d\\d)';
/** A year's dot before the sentence goes on ("21. ožujka 2025. u kojoj"): dropped; before a capital it ends the sentence. */
const YEAR_DOT = String.raw`(?:\.(?=[ \t]*[\p{Ll}\d(–-]))?`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['ponedj?eljak', 'Monday'],
  ['utorak', 'Tuesday'],
  ['sred[au]|srijed[au]', 'Wednesday'],
  ['četvrtak', 'Thursday'],
  ['petak', 'Friday'],
  ['subot[au]', 'Saturday'],
  ['nedj?elj[au]', 'Sunday'],
];
const NUMBERS: Readonly<Record<string, string>> = { dve: 'two', dvije: 'two', dva: 'two', tri: 'three', četiri: 'four' };

const dayOf = (d: string, m: string, y: string): string => {
  const n = Number(d);
  return n >= 1 && n <= 31 && m ? `${m} ${String(n)}${y ? `, ${y}` : ''}` : '';
};
const PEOPLE = '(?:kandidata|kandidati|kandidatkinja|osoba|ljudi)';
const ROUND = '(?:rund[aeiu]|rundom|krug|kruga|krugu)';

const RULES: readonly GlossRule[] = [
  // "a" (and, but) first: the rules' English writes "a" ("a new draw").
  [words('a'), ' and '],
  // Counts: "7.000", "27.332", "250.000" (a dot groups the thousands; a day "26.03.2018." is no count).
  [/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)/g, (n) => n.replace(/\./g, ',')],
  // Numeric days, day first: "12.04.2018.", "26.03.2018.".
  [
    new RegExp(String.raw`(?<![\d.,])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)${YEAR_DOT}`, 'gu'),
    (all = '', d = '', m = '', y = '') => {
      const when = dayOf(d, monthOrNone(m), y);
      return when ? ` ${when} ` : all;
    },
  ],
  // Days: "u sredu, 11. aprila" (on Wednesday, April 11).
  ...WEEKDAYS.map(([sr, en]): GlossRule => [words(`(?:u\\s)?(?:${sr})(?=,?\\s\\d{1,2}\\.\\s?${MONTH})`), (all = '') => ` ${/^u\s/i.test(all) ? 'on ' : ''}${en} `]),
  [
    words(String.raw`(\d{1,2})\.\s?${MONTH}(?:,?\s${YEAR})?${YEAR_DOT}`),
    (all = '', d = '', m = '', y = '') => {
      const when = dayOf(d, month(m), y);
      return when ? ` ${when} ` : all;
    },
  ],
  [words(`${MONTH}\\s${YEAR}${YEAR_DOT}`), (_, m = '', y = '') => ` ${month(m)} ${y} `],
  // A clock: "u 08:25:40 UTC" (at).
  [words('u(?=\\s\\d{1,2}:\\d\\d)'), ' at '],
  // A clock's zone: "po srednjoevropskom (letnjem) vremenu" (Central European time, summer or winter), as gloss-polish.ts.
  [words('po\\s(?:srednjoevropskom|srednjoeuropskom|beogradskom|zagrebačkom|našem)\\s(?:letnjem\\s|ljetnom\\s|zimskom\\s)?vremenu'), ' Central European time '],
  [words('prekjučer|prekjuče'), ' the day before yesterday '],
  [words('jučer|juče'), ' yesterday '],
  [words('danas'), ' today '],
  [words('sutra'), ' tomorrow '],
  [words('ni\\sovaj\\stjedan|ni\\sove\\s(?:nedelje|sedmice)'), ' this week '],
  [words('ovaj\\stjedan|ovog\\stjedna|ove\\s(?:nedelje|sedmice)|ovaj\\stjedan'), ' this week '],
  [words('prošl(?:i|og)\\stjedan|prošl(?:e|og)\\s(?:nedelje|sedmice|tjedna)'), ' last week '],
  [words('za\\s(dve|dvije|dva|tri)\\s(?:nedelje|sedmice|tjedna)'), (_, n = '') => ` in ${NUMBERS[n.toLowerCase()] ?? n} weeks `],
  // Hedged counts: "oko 250.000" (about), "preko", "više od" (more than), "do" (up to).
  [words('(?:oko|otprilike|približno)(?=\\s\\d)'), ' about '],
  [words('(?:preko|više\\sod)(?=\\s\\d)'), ' more than '],
  [words('gotovo|skoro'), ' nearly '],
  [words(`do(?=\\s\\d{1,3}(?:[.,]\\d{3})*\\s(?:${PEOPLE}|poziv))`), ' up to '],
  // A guide, a recap: "Na primer" (for example), "Najveća runda" (the largest draw), "najviši prag" (the highest cut-off).
  [words('na\\sprimer|na\\sprimjer|primjerice'), ' For example '],
  [words('vodič|vodiču'), ' Guide '],
  [words('tokom|tijekom'), ' during '],
  [words(`najveć[aeiu]\\s${ROUND}`), ' The largest draw '],
  [words('najviš[aeiu]\\s(?:prag|pragom)'), ' The highest cut-off '],
  [words('najniž[aeiu]\\s(?:prag|pragom)'), ' The lowest cut-off '],
  // "u rundi od 23. juna" (in the draw of June 23): "rundi" is a locative here, not "draws".
  [words('u\\s(?:rundi|krugu)'), ' in the draw '],
  // Rounds: "runda broj 87", "87. rundu", "Express Entry #176".
  [words(String.raw`${ROUND}\s(?:broj|br\.|#)\s?(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`(\d{1,3})\.\s${ROUND}`), ' draw #$1 '],
  [
    words(`(dve|dvije|dva|tri|četiri)\\s(?:nove\\s)?(?:Express\\sEntry\\s)?(?:runde|kruga)`),
    (all = '', n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} new${/\sExpress/i.test(all) ? ' Express Entry' : ''} draws `,
  ],
  [words(`(?:prethodn(?:[aeiou]|oj|om|og|oga)|prošl(?:[aeiou]|oj|om|og|oga))\\s${ROUND}`), ' the previous draw '],
  [words(`(?:posljednj[aeiou]|poslednj[aeiou]|zadnj[aeiou])\\s(?:savezn[aeiou]\\s)?(?:PNP\\s)?${ROUND}`), (all = '') => ` the last ${/PNP/.test(all) ? 'PNP ' : ''}draw `],
  [words(`(?:sledeć[aeiu]|sljedeć[aeiu]|naredn[aeiu])\\s${ROUND}`), ' the next draw '],
  [words(`prv[aeiu]\\s${ROUND}`), ' the first draw '],
  [words(`nov[aeiu]\\s${ROUND}\\spozivnica`), ' a new round of invitations '],
  [words(`nov[aeiu]\\s${ROUND}`), ' a new draw '],
  [words(`${ROUND}\\spozivnica`), ' round of invitations '],
  [words('runde|rundi|krugova'), ' draws '],
  [words(ROUND), ' draw '],
  [words('nema(?=\\s(?:a\\s)?(?:new\\s)?draw)'), ' no '],
  [words('nije\\s(?:održao|održala|održalo)'), ' did not hold '],
  [words('očekuje\\sse|se\\sočekuje|očekuju\\sse'), ' is expected '],
  // Invitations: "Poziv … dobilo je 7.000 kandidata", "Pozvano je 3.500 kandidata", "pozvano 7.500 kandidata".
  [words(`dobil[aoie]\\s(?:je|su)\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates received invitations '],
  [words(`(?:poziv|pozivnicu|pozivnice)\\s(?:je|su)\\s(?:dobil[aoie]|primil[aoie])\\s${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates received invitations '],
  [words(`(?:poslato|poslano|izdato|izdano)\\s(?:je\\s)?(?=\\d)`), ' issued '],
  [words(`(?:pozvano|pozvani|pozvana)\\s(?:je\\s|su\\s)?${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates were invited '],
  [words('je\\spozvano|su\\spozvani'), ' were invited '],
  [words('pozvala|pozvao|pozvalo|pozvali'), ' invited '],
  [words('održala\\sje|održao\\sje|održalo\\sje|održali\\ssu|održala|održao|održalo'), ' held '],
  [words('održana\\sje|održan\\sje|održano\\sje|održana|održan'), ' was held '],
  [words(`${WORD_COUNT}\\s(?:poziva|pozivnica|pozivnice|pozivi)`), ' $1 invitations '],
  [words('poziva|pozivnica|pozivnice|pozivnicu|pozivi|poziv'), ' invitations '],
  [words(`${WORD_COUNT}\\s${PEOPLE}`), ' $1 candidates '],
  [words('kandidata|kandidati|kandidatima|kandidate'), ' candidates '],
  // The tie-break: "Pravilo izjednačenja (tie-breaking rule): …".
  [words('pravilo\\s(?:izjednačenja|neriješenog\\srezultata|jednakog\\sbroja\\sbodova)(?:\\s\\(tie-breaking\\srule\\))?'), ' tie-breaking rule '],
  // Cut-offs: "minimalni CRS rezultat iznosio je 444", "sa najmanje 490 CRS bodova", "minimalno 223 bodova", "prag je bio 118".
  [words(`(?:sa|s)\\s(?:najmanje|minimalno|minimum)\\s(\\d{2,4})\\s(?:CRS\\s)?(?:bodova|boda|bodovi)`), ' with a minimum CRS score of $1 '],
  [words(`(?:minimalni|najniži)\\s(?:CRS\\s)?(?:rezultat|skor|broj\\sbodova|prag)(?:\\sCRS)?\\s(?:je\\s)?(?:iznosio|bio)(?:\\sje)?`), ' the minimum CRS score was '],
  [words(`(?:minimalno|najmanje|minimum)(?:\\ssamo)?\\s(\\d{2,4})\\s(?:CRS\\s)?(?:bodova|boda|bodovi)`), ' minimum CRS score $1 '],
  [words('prag\\s(?:je\\s)?pao\\sna'), ' cut-off fell to '],
  [words('prag\\sje\\sbio|prag\\sbio\\sje'), ' the cut-off was '],
  [words('pragom|prag'), ' cut-off '],
  [words('bodova|boda|bodovi|bodove|bodovima'), ' points '],
  [words('iznosio\\sje|iznosi|bio\\sje|bila\\sje|bilo\\sje|bila|bio'), ' was '],
  [words('ukupno|sa\\sukupno|s\\sukupno'), ' in total '],
  [words('objavljeno'), ' Published '],
  // Programs.
  [words('za\\ssve\\sprograme|svih\\sprograma'), ' for all programs '],
  [words('samo\\sza'), ' only for '],
  [words('(?:za\\s)?francuski\\sjezik|poznavanje\\sfrancuskog(?:\\sjezika)?'), ' for French-language proficiency '],
  [words('frankofone|frankofoni|frankofonih|francuskog\\sgovornog\\spodručja'), ' French-speaking '],
  [words('(?:liječnici|lekari|ljekari|liječnike|lekare)\\s(?:s|sa)\\skanadskim\\siskustvom'), ' physicians with Canadian work experience '],
  [words('zdravstvo\\si\\ssocijalne\\susluge|zdravstva\\si\\ssocijalnih\\susluga'), ' healthcare and social services '],
  [words('zdravstvo|zdravstva|zdravstvu'), ' healthcare '],
  [words('zanati|zanata|zanatska\\szanimanja'), ' trades '],
  [words('poljoprivreda|poljoprivrede'), ' agriculture '],
  [words('obrazovanje|obrazovanja'), ' education '],
  [words('provincija|provincije|pokrajina'), ' province '],
  [words('nominacija\\sprovincije|provincijska\\snominacija'), ' provincial nomination '],
  [words('Britanska\\sKolumbija|Britanske\\sKolumbije'), ' British Columbia '],
  [words('Kanada|Kanadi|Kanadu|Kanade'), ' Canada '],
  [words('kanadsko|kanadska|kanadski|kanadske'), ' Canadian '],
  [words('sistema|sistemu|sustava|sustavu|sistem|sustav'), ' system '],
];
const CASED_RULES = RULES.map(keepCase);

/** Words only Serbian and Croatian write often (not "je", "na", "za": Czech, Slovak and English names have them). */
const SERBIAN_WORD = words(
  'runda|rundu|runde|rundi|poziva|pozivnica|pozivnice|pozivnicu|pozvano|pozvana|pozvani|pozvala|pozvao|bodova|boda|juče|jučer|danas|održala|održao|održalo|održana|održan|iznosio|najmanje|minimalno|minimalni|kandidata|kandidatima|sistema|sustava|sustavu|godine|ovaj|tjedan|tjedna|nedelje|sedmice|koja|koji|kojoj|samo|prag|pragom|prema|nije|nema|bila|bio|bilo|također|takođe|Kanadi|Kanadu|sretno|svima|čak|sa|prije|posle|poslije|krug|kruga|krugu|kandidate|kategorije|zahteva|zahtjeva|izjednačenja|ovo|ova|nominacije|najniži|najveća|zdravstvo|zdravstva|socijalne|usluge|' +
    'januara|februara|marta|aprila|juna|jula|avgust|avgusta|oktobra|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca|ponedeljak|ponedjeljak|utorak|sreda|srijeda|četvrtak|petak|subota',
);
/** A cheap first test: letters or words of Serbian and Croatian that English (and Czech, Slovak, Polish) do not write. */
export const SERBIAN_HINT = compiledNow(/[ćđ]|\b(?:rund[aeiu]|poziv|bodova|juče|danas)/i);

/** Eight of the words, five of them different, or (a short post) four different making up a sixth of its words. */
export const isSerbianLatin = (text: string): boolean => writtenWith(text, SERBIAN_WORD, 5) || (writtenWith(text, SERBIAN_WORD, 4) && (text.match(SERBIAN_WORD) ?? []).length < 8);

/** A Serbian or Croatian page glossed into English. */
export const glossSerbian = (text: string): string => glossInTurn(text, CASED_RULES);

/** Serbian Cyrillic in Latin letters, one for one ("ђ" → "đ", "љ" → "lj"). */
const LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  [...'абвгдђежзијклљмнњопрстћуфхцчџш'].map((c, i) => [
    c,
    ['a', 'b', 'v', 'g', 'd', 'đ', 'e', 'ž', 'z', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj', 'o', 'p', 'r', 's', 't', 'ć', 'u', 'f', 'h', 'c', 'č', 'dž', 'š'][i] ?? c,
  ]),
);
const SERBIAN_CYRILLIC = /[абвгдђежзијклљмнњопрстћуфхцчџш]/giu;
const toLatin = (text: string): string =>
  text.replace(SERBIAN_CYRILLIC, (c) => {
    const l = LATIN[c.toLowerCase()] ?? c;
    return c === c.toLowerCase() ? l : l.charAt(0).toUpperCase() + l.slice(1);
  });

/** Serbian Cyrillic: its own letters (ј, љ, њ, ћ, ђ, џ), none of Russian's, Ukrainian's or Bulgarian's (ы, э, ё, і, ъ, щ), and Serbian words once spelled in Latin. */
export function isSerbianCyrillic(text: string): boolean {
  if ((text.match(/[јљњћђџЈЉЊЋЂЏ]/g) ?? []).length < 3 || /[ыэёіїєъщЫЭЁІЇЄЪЩ]/.test(text)) return false;
  return isSerbianLatin(toLatin(text));
}

/** A Serbian Cyrillic page glossed into English, through its Latin spelling. */
export const glossSerbianCyrillic = (text: string): string => glossSerbian(toLatin(text));
