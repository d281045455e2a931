import { glossPapiamento, isPapiamento, PAPIAMENTO_HINT } from './gloss-papiamento.ts';
import { glossSranan, isSranan, SRANAN_HINT } from './gloss-sranan.ts';

/**
 * The glossaries of the Caribbean creoles, in the order glossForeign tries them (gloss.ts, before Judeo-Spanish), each with its cheap
 * first test (docs/parser.md "Papiamento and Sranan Tongo"):
 * - Papiamento before Judeo-Spanish, Portuguese, Galician, Catalan, Dutch and Haitian Creole (and the reader's own Spanish rules):
 *   known by its "…ashon", "ronda" or "ayera" and its own words ("invitashon", "puntuashon", "awe", "tabata", "siman", "ku",
 *   "djamars", "ougùstùs", "kandidatonan"), none of which they write;
 * - Sranan Tongo before Dutch, Tok Pisin, Bislama and Haitian Creole (and English pages): known by its "lontu", "kari" or "sma" and
 *   its own words ("hori", "seni", "moro lage", "esde", "tide", "nanga", "fu", "gi"), which none of them writes, and fewer of Tok
 *   Pisin's and Bislama's words; the Dutch months it borrows are read on its pages only.
 */
export const CARIBBEAN_GLOSSARIES: readonly (readonly [{ test: (text: string) => boolean }, (text: string) => boolean, (text: string) => string])[] = [
  [PAPIAMENTO_HINT, isPapiamento, glossPapiamento],
  [SRANAN_HINT, isSranan, glossSranan],
];
