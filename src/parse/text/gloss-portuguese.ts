import { applyGloss, words, type GlossRule } from './gloss-rules.ts';

/**
 * Brazilian Portuguese draw news: the reader's own rules read most of it (src/parse/mentions: "sorteio", "rodada", "convites",
 * "nota de corte", "pontuação mínima", "regra de desempate", day-first dates, "1.000" as a thousand), so this glossary glosses
 * only what they miss (docs/parser.md, "Swedish and Brazilian Portuguese"): a tie-break told for "this round" ("a regra de
 * desempate desta rodada foi …") after a sentence of earlier rounds, which the reader otherwise leaves unplaced. Nothing else
 * of the page changes, and a Spanish page (no "não", "você", "também", "convites", …) is not Portuguese.
 */

const RULES: readonly GlossRule[] = [
  // "a regra de desempate desta rodada foi 14 de fevereiro de 2023": the tie-break of this round.
  [words(String.raw`(desempate)\s(?:desta|nesta|para\sesta)\srodada|(desempate)\s(?:deste|neste|para\seste)\ssorteio`), (_, a = '', b = '') => `${a || b} of this round`],
];

/** Words only Portuguese writes (Spanish writes "no", "usted", "también", "invitaciones", "sorteo", "puntaje", "son", "está"). */
const PORTUGUESE_WORD = words('não|você|vocês|também|convites?|sorteios?|pontuação|são|então|às|desta|deste|nesta|neste|uma|pelo|pela|até|foram|já|ontem|hoje');
/** A cheap first test: a page with none of these is not Portuguese (and only a tie-break of "this round" is glossed). */
export const PORTUGUESE_HINT = /\bdesempate\s(?:desta|deste|nesta|neste|para\sest)/i;

/** Eight of the words, five of them different. */
export function isPortuguese(text: string): boolean {
  const found = (text.match(PORTUGUESE_WORD) ?? []).map((w) => w.toLowerCase());
  return found.length >= 8 && new Set(found).size >= 5;
}

/** A Portuguese page with what the reader misses glossed into English. */
export const glossPortuguese = (text: string): string => applyGloss(text, RULES);
