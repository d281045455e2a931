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
  // A cut-off compared with an earlier round ("ficou em 523 pontos, mais alta que na rodada anterior", "contra 518 na rodada
  // anterior"), which otherwise costs the page its own cut-off.
  [words(String.raw`mais\salt[ao]s?(?:\sdo)?\sque`), 'higher than'],
  [words(String.raw`mais\sbaix[ao]s?(?:\sdo)?\sque`), 'lower than'],
  [words(String.raw`contra(?=\s\d)`), 'versus'],
  // A card's label "Programa:" or "Categoria:" before a program's full name, which otherwise reads as a heading of its own.
  [/^(?:Programa|Categoria)(?=\s?:)/gim, 'Program'],
];

/** Words only Portuguese writes (Spanish writes "no", "usted", "también", "invitaciones", "sorteo", "puntaje", "son", "está"). */
const PORTUGUESE_WORD = words(
  'não|você|vocês|também|convites?|sorteios?|pontuação|são|então|às|desta|deste|nesta|neste|uma|pelo|pela|até|foram|já|ontem|hoje|rodadas?|pontos|convidou|convidados?|horário',
);
/** A cheap first test: a page with none of these is not Portuguese (and only a tie-break of "this round" is glossed). */
export const PORTUGUESE_HINT = /\bdesempate\s(?:desta|deste|nesta|neste|para\sest)|\bmais\s(?:alt|baix)[ao]|\bcontra\s\d|^(?:Programa|Categoria)\s?:/im;

/** Eight of the words, five of them different; or, a short card, four different making up a sixth of its words. */
export function isPortuguese(text: string): boolean {
  const found = (text.match(PORTUGUESE_WORD) ?? []).map((w) => w.toLowerCase());
  const different = new Set(found).size;
  if (found.length >= 8 && different >= 5) return true;
  return different >= 4 && found.length * 6 >= (text.match(/\p{L}+/gu) ?? []).length;
}

/** A Portuguese page with what the reader misses glossed into English. */
export const glossPortuguese = (text: string): string => applyGloss(text, RULES);
