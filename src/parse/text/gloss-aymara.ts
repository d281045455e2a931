import { glossInTurn, keepAnyCase, monthNamer, monthStems, namedMonthDay, words, type GlossRule, WORD_COUNT, writtenWith } from './gloss-rules.ts';
import { SPANISH_MONTHS, SPANISH_WEEKDAYS } from './spanish-calendar.ts';

/**
 * Aymara (Aymar aru) draw news glossed into the English the reader knows, in the shape of `gloss-quechua.ts` (docs/parser.md
 * "Guarani and Aymara"): the Spanish months and weekdays its pages borrow, with or without its endings ("22 julio 2021" → July
 * 22, 2021, "8 diciembre 2023 urux" → on December 8, 2023, "6 diciembrex" → December 6, "Viernes" → Friday), "jichhüru" (today),
 * "masüru(x)" (yesterday), "qharüru" (tomorrow), "aka semanax" (this week); rounds ("sorteo lurawayi" → held a draw, "pä
 * sorteo" → two draws, "qhipïr/jilïr sorteo" → the previous draw); counts ("8,000 invitacionanak apayasiwayi" → 8,000
 * invitations were issued, "271 invitacionanaka" → 271 invitations); cut-offs ("CRS juk'a puntajex" → minimum CRS score, "CRS
 * juk'a" → minimum CRS); hedges ("niya" → about, "… ukjakama" → up to, "… sipan juk'ampi" → more than). Words the glossary does
 * not know stay.
 */

const MONTHS = SPANISH_MONTHS;
const month = monthNamer(MONTHS, 'i');
const MONTH = `(${monthStems(MONTHS)})`;
/** A month's Aymara endings: "diciembrex" (topic), "juniox", "marzon" (of), "marzona" (in). */
const ENDING = '(?:x|n|na|ru)?';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY = SPANISH_WEEKDAYS;
const WEEKDAYS = Object.keys(WEEKDAY).join('|');
const weekdayOf = (w: string): string => WEEKDAY[w.toLowerCase()] ?? '';
const NUMBERS: Readonly<Record<string, string>> = { pä: 'two', paya: 'two', kimsa: 'three', pusi: 'four', phisqa: 'five' };
const COUNT = WORD_COUNT;
const DRAW = '(?:sorteo(?:x|t|wa)?)';
const INVITATION = '(?:invitacion(?:anaka?w?|anakaw)?|ITA)';
const SENT = '(?:apayasiwayi|apayasi|apayäna|apayasïna|apayi|apayawayi)';

const RULES: readonly GlossRule[] = [
  // A month's account: "Julio 2026 phaxsin yatiyawinakapa" (the news of the month of July 2026; session 66 audit).
  [words(`${MONTH}\\s${YEAR}\\sphaxsi(?:n|na)?\\syatiyawi\\p{L}*`), (_, m = '', y = '') => ` Monthly recap: ${month(m)} ${y} `],
  // Days: "Viernes 8 diciembre 2023 urux" (on Friday, December 8, 2023), "7 de enero de 2026", "6 diciembrex", "22 julio 2021 (jueves)".
  [
    words(String.raw`(?:(${WEEKDAYS}),?\s)?(\d{1,2})\s(?:de\s)?${MONTH}${ENDING}(?:,?\s(?:de\s)?${YEAR}${ENDING})?(\s(?:uru(?:x|n|nwa)?))?`),
    (all = '', w = '', d = '', m = '', y = '', on = '') => {
      const day = namedMonthDay(d, month(m), y);
      if (!day) return ` ${all} `;
      return `${on ? ' on' : ''}${w ? ` ${weekdayOf(w)},` : ''}${day}`;
    },
  ],
  [words(`${MONTH}${ENDING}(?:\\s${YEAR})?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words(`(${WEEKDAYS})`), (w = '') => ` ${weekdayOf(w)} `],
  // "jichhüru(x)" (today), "masüru(x)" (yesterday), "qharüru" (tomorrow), "aka semanax" (this week), "aka marax" (this year).
  [words('jichh[üu]ru(?:x|n)?|jichhürun'), ' today '],
  [words('mas[üu]rmanthi(?:x|n)?'), ' the day before yesterday '],
  [words('mas[üu]r(?:u|ü)(?:x|n)?'), ' yesterday '],
  [words('qhar[üu]ru(?:x|n)?'), ' tomorrow '],
  [words('aka\\s(?:semana|simana)(?:x|na)?\\s(Express\\sEntry\\s)?sorteonak\\p{L}*'), (_, e = '') => ` ${e}draws this week `],
  [words('aka\\s(?:semana|simana)(?:x|na)?'), ' this week '],
  [words('aka\\sphaxsi(?:x|na|nx|n)?'), ' this month '],
  [words('taqpacha(?:x|n)?'), ' In all '],
  // Guides and forecasts: "kunjamas CRS puntajem jilxattasma" (how to raise your CRS), "Kunapachas jutir sorteox utjani?" (when
  // will the next draw be held?), "utjaniwa" (will be held), "sasaw amuyapxta" (we expect).
  [words('kunjamas\\sCRS\\spuntaje\\p{L}*\\sjilxatt\\p{L}*'), ' How to raise your CRS '],
  [words(`kunapachas\\sjutir\\s${DRAW}\\sutjani(?:wa)?`), ' When will the next draw be held '],
  [words(`jutir\\s${DRAW}`), ' the next draw '],
  [words('utjaniwa|utjani'), ' will be held '],
  [words('(?:sasaw\\s)?amuyapxta'), ' we expect '],
  [words('aka\\smara(?:x|na)?'), ' this year '],
  // Guides: "Yatichäwi" (teaching), "Uñacht'awi" (example).
  [words('Yatich[äa]wi'), ' Guide '],
  [words("Uñacht['’]awi"), ' For example '],
  // Hedged counts, no count to the reader: "niya 3,000" (about), "3,000 ukjakama" (up to), "3,000 sipan juk'ampi" (more than).
  [words(`niya\\s${COUNT}`), ' about $1 '],
  [words(`${COUNT}(?:\\s\\p{L}+)?\\sukjakama`), ' up to $1 '],
  [words(`${COUNT}\\s(?:sipan\\s)?juk['’]ampi`), ' more than $1 '],
  // Rounds: "pä sorteo" (two draws), "sorteo lurawayi" (held a draw), "qhipïr/jilïr sorteo" (the previous draw), "sorteonaka" (draws).
  [words(`ukax\\s(${Object.keys(NUMBERS).join('|')}|[2-9])\\s(?:sorteo(?:nak\\p{L}*)?)\\s(?:lurawayi|lurapxi)`), (_, n = '') => ` held ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`([2-9])\\ssorteo(?:nak\\p{L}*)?`), ' $1 draws '],
  [words(`(${Object.keys(NUMBERS).join('|')})\\s(?:sorteo(?:nak\\p{L}*)?)`), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(`(?:qhip[ïi]r|jil[ïi]r|nayra)\\s(\\p{Lu}+\\s)?${DRAW}`), (_, p = '') => ` the previous ${p}draw `],
  [words(`machaq\\s(Express\\sEntry\\s)?${DRAW}\\slurawayi`), (_, e = '') => ` held a new ${e}draw `],
  [words(`ukax\\s([^.\\n]{0,60}?)\\s${DRAW}\\s(?:lurawayi|lurapxi)`), ' held a $1 draw '],
  [words(`${DRAW}\\s(?:lurawayi|luratayna|lurapxi)`), ' held a draw '],
  [words('sorteonak\\p{L}*'), ' draws '],
  [words(DRAW), ' draw '],
  [words('provincia\\sukax'), ' province '],
  [words('janiw'), ' not '],
  [words('(\\p{L}+\\s)?(?:draws?)\\sutji(?::)?'), (_, n = '') => ` there were ${n}draws: `],
  [words('ukat\\sjichhax'), ' and now '],
  // Counts: "8,000 invitacionanak apayasiwayi" (8,000 invitations were issued), "271 invitacionanaka" (271 invitations).
  [words(`(?<!(?:about|than|to)\\s|[\\d,])${COUNT}\\s${INVITATION}\\s(?:[^.\\n]{0,40}?\\s)?${SENT}`), ' $1 invitations were issued '],
  [words(`(?<!(?:about|than|to)\\s|[\\d,])${COUNT}\\s${INVITATION}`), ' $1 invitations '],
  [words(`${INVITATION}(?=\\s|$)`), ' invitations '],
  [words(SENT), ' issued '],
  // Cut-offs: "CRS juk'a puntajex 511", "CRS juk'a: 481 puntos", "juk'a puntajex 118".
  [words("CRS\\sjuk['’]a(?:\\spuntaje(?:x|pa)?)?"), ' minimum CRS score '],
  [words("juk['’]a\\spuntaje(?:x|pa)?"), ' minimum score '],
  [words(`${COUNT}\\spuntos\\sukamp(?:i)?`), ' with $1 points '],
  [words('puntos'), ' points '],
  [words('ukhamawa|ukamawa'), ' '],
  [words('(\\p{L}[\\p{L} ]{0,40}?)\\sukan(?=\\s)'), ' $1: '],
  // "Ingenieronaka, … ukanakatakiw" (for engineers, …): the list then a colon.
  [/\s?\bukanakatakiw?\b/gu, ':'],
  [words('ukax'), ' '],
  [words('Kanada\\smarkan'), ' Canada '],
  [words('franc[eé]s\\saru(?:t|mp)?\\sparlir\\sjaqinakataki'), ' for French-speaking candidates '],
  [words('franc[eé]s'), ' French '],
];
const CASED_RULES = RULES.map(keepAnyCase);

/** Words only Aymara writes among the languages the reader glosses or reads (none of Spanish's, Quechua's or Guarani's). */
const AYMARA_WORD = words(
  "ukax|ukan|ukat|ukhamawa|ukaw|masür\\p{L}*|jichh\\p{L}*|qharür\\p{L}*|lurawayi|apayasiwayi|apayasi|apayäna|apayasïna|\\p{L}+anaka[wx]?|\\p{L}+nakax|juk['’]a|jaqi\\p{L}*|aka|yatiyawi\\p{L}*|markan?|sorteo[xtw]a?|sorteonak\\p{L}*|qhip\\p{L}+|jilïr|nayrïr|janiw|utji|pä|Aymar|aru|\\p{L}+anak|semanax|simanax|phaxsi\\p{L}*|yatich\\p{L}*|uñacht['’]\\p{L}*|utj\\p{L}+|jutir|kunapachas|kunjamas|amuyapxta|mä|taqpacha\\p{L}*|walja|wali|urux",
);
const HINT = /ukax|naka|anak|sorteox/;
/**
 * A cheap first test: "ukax" (that, the topic), "…naka"/"…anak" (the plural, "invitacionanak apayasiwayi") or "sorteox", which an
 * Aymara report writes and no other.
 */
export const AYMARA_HINT = { test: (text: string): boolean => HINT.test(text) };

/** Eight of the words, five of them different, or (a short post) five different making up a sixth of its words, or three of its own. */
export const isAymara = (text: string): boolean => writtenWith(text, AYMARA_WORD, 5) || ownWords(text) >= 3;
/** Its own verbs and days, and Spanish words with its endings, which no other language writes: three different making up an eighth of a short post's words. */
const OWN_WORD = words("ukax|lurawayi|apayasiwayi|apayäna|masür\\p{L}*|jichhür\\p{L}*|qharür\\p{L}*|invitacionanak\\p{L}*|sorteo(?:nak\\p{L}*|x|t|w)|semanax|juk['’]a\\p{L}*");
/** How many different of its own words a page writes, if they make up an eighth of its words (not an English page quoting a few). */
const ownWords = (text: string): number => {
  const found = (text.match(OWN_WORD) ?? []).map((w) => w.toLowerCase());
  return found.length * 8 >= (text.match(/\p{L}+/gu) ?? []).length ? new Set(found).size : 0;
};

/** An Aymara page glossed into English. */
export const glossAymara = (text: string): string => glossInTurn(text, CASED_RULES);
