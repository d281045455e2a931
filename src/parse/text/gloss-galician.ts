import { applyGloss, words, type GlossRule, writtenWithout } from './gloss-rules.ts';

/**
 * Galician draw news: the reader's own Spanish rules read most of it (src/parse/mentions: "Express Entry", "candidatos",
 * "puntuación mínima", "CRS mínimo", day-first dates, "5.000" as thousands), so this glossary, in the shape of
 * `gloss-portuguese.ts` (docs/parser.md "Basque and Galician"), writes only Galician's own words in the Spanish the reader
 * knows: months ("xaneiro", "xuño", "xullo", "setembro"), weekdays ("luns", "xoves"), "hoxe", "onte", "rolda" (a round, with its
 * number: "rolda n.º 437", "rolda #264", "rolda número 282"), "invitacións", "convites", "convidáronse", "foron", "unha". Nothing
 * else changes. A Spanish or Portuguese page is not Galician: it needs Galician's own words and none of Portuguese's "ão", "ç".
 */

const MONTHS: Readonly<Record<string, string>> = {
  xaneiro: 'enero',
  febreiro: 'febrero',
  maio: 'mayo',
  xuño: 'junio',
  xullo: 'julio',
  setembro: 'septiembre',
  outubro: 'octubre',
  novembro: 'noviembre',
  decembro: 'diciembre',
};
const WEEKDAYS: Readonly<Record<string, string>> = { luns: 'lunes', mércores: 'miércoles', xoves: 'jueves', venres: 'viernes' };
const spanish = (table: Readonly<Record<string, string>>) => (w: string) => {
  const es = table[w.toLowerCase()] ?? w;
  return /^\p{Lu}/u.test(w) ? es.charAt(0).toUpperCase() + es.slice(1) : es;
};

const RULES: readonly GlossRule[] = [
  // Months and weekdays only after a day or before one ("22 de xuño", "xoves 1 de febreiro"): a word alone may be a name.
  [words(String.raw`(?<=\d\sde\s)(xaneiro|febreiro|maio|xuño|xullo|setembro|outubro|novembro|decembro)`), spanish(MONTHS)],
  [words(String.raw`(luns|mércores|xoves|venres)(?=,?\s\d{1,2}\b)`), spanish(WEEKDAYS)],
  [words('hoxe'), (w = '') => (/^H/.test(w) ? 'Hoy' : 'hoy')],
  [words('onte'), (w = '') => (/^O/.test(w) ? 'Ayer' : 'ayer')],
  // Rounds: "rolda n.º 437", "rolda #264", "rolda número 282", "na rolda 437".
  [words(String.raw`roldas?\s(?:n\.º|nº|número|#)\s?(?=\d)`), (w = '') => (/^R/.test(w) ? 'Ronda número ' : 'ronda número ')],
  [words(String.raw`roldas?(?=\s\d)`), (w = '') => (/^R/.test(w) ? 'Ronda número' : 'ronda número')],
  [words('rolda'), (w = '') => (/^R/.test(w) ? 'Ronda' : 'ronda')],
  [words('roldas'), (w = '') => (/^R/.test(w) ? 'Rondas' : 'rondas')],
  [words('invitacións|convites'), (w = '') => (/^I|^C/.test(w) ? 'Invitaciones' : 'invitaciones')],
  [words('invitación|convite'), (w = '') => (/^I|^C/.test(w) ? 'Invitación' : 'invitación')],
  [words('convidáronse|foron\\sconvidados'), (w = '') => (/^C|^F/.test(w) ? 'Se invitaron' : 'se invitaron')],
  [words('convida|convidou|invitou'), 'invitó a'],
  [words(String.raw`o(?=\s(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s\d)`), (w = '') => (w === 'O' ? 'El' : 'el')],
  [words('chegou\\sa'), 'llegó la'],
  [words('e(?=\\s(?:el|o|a|un|una|os|as)\\s)'), 'y'],
  [words('foron'), (w = '') => (/^F/.test(w) ? 'Fueron' : 'fueron')],
  [words('as(?=\\sinvitaciones)'), 'las'],
  [words('previsións|previsión'), (w = '') => (/^P/.test(w) ? 'Forecast' : 'forecast')],
  // A recap or a guide quoting past rounds, named as the reader knows them: "Balance do ano 2025", "Guía práctica", "Por exemplo".
  [words(String.raw`(?:balance|resumo)\sdo\sano`), (w = '') => (/^[BR]/.test(w) ? 'Year in review of' : 'year in review of')],
  [words('guía(?:\\spráctica|\\scompleta)?'), (w = '') => (/^G/.test(w) ? 'Guide' : 'guide')],
  [words('por\\sexemplo'), (w = '') => (/^P/.test(w) ? 'For example' : 'for example')],
  [words('arredor\\sde'), (w = '') => (/^A/.test(w) ? 'Alrededor de' : 'alrededor de')],
  // An earlier round's figure: "fronte aos 518", "por baixo dos 485", "por riba dos 500" (of the previous round).
  [words('fronte\\saos?|por\\s(?:baixo|riba|enriba)\\sdos?'), 'frente a los'],
  [words('unha'), 'una'],
  [words('cunha'), 'con una'],
  [words('cun'), 'con un'],
];

/** Words only Galician writes (Spanish writes "hoy", "ayer", "ronda", "una", "invitaciones"; Portuguese "hoje", "ontem", "uma", "convites"). */
const GALICIAN_WORD = words(
  'hoxe|onte|roldas?|xaneiro|febreiro|xuño|xullo|setembro|outubro|novembro|decembro|invitacións|unha|cunha|cun|dúas|máis|tamén|despois|polo|pola|xeral|luns|mércores|xoves|venres|houbo|ata|foron|convidáronse|dirixida|traballadores|galegos?|galega|non|só|previsións|novas|moito|antonte|fronte|arredor|moi|nin|nunha|dunha|súa|túa|catro|dous|cando|aínda|recibiron|tivo|agárdan?se|servizos|ás|\\p{L}+ións',
);
/** Letters and words Portuguese writes and Galician does not. */
const PORTUGUESE_MARK = /ão|ões|ç|\b(?:não|você|hoje|ontem|uma)\b/gi;
/** A cheap first test: pieces of Galician's own words ("hoxe", "onte", "rolda", "xullo", "unha"); an English page has none and goes back at once. */
export const GALICIAN_HINT = /oxe\b|\b[Oo]nte\b|olda|xaneiro|xullo|xuño|\bunha\b/;

/** Five of its words (or, a short post, three making up an eighth of its words), and fewer Portuguese marks than a tenth of them. */
export const isGalician = (text: string): boolean => writtenWithout(text, GALICIAN_WORD, PORTUGUESE_MARK, 5);

/** A Galician page with its own words written in the Spanish the reader reads. */
export const glossGalician = (text: string): string => applyGloss(text, RULES);
