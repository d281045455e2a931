import { CRIMEAN_TATAR_HINT, glossCrimeanTatar, isCrimeanTatar } from './gloss-crimean-tatar.ts';
import { GAGAUZ_HINT, glossGagauz, isGagauz } from './gloss-gagauz.ts';

/**
 * Crimean Tatar and Gagauz, tried in this order by glossForeign (gloss.ts) right before Turkmen, Azerbaijani, Uzbek, Turkish and
 * Romanian, each with its cheap first test (docs/parser.md "Crimean Tatar and Gagauz"). Crimean Tatar known by its "ñ", "bal" or
 * "davetname" and its own words ("eñ az", "davetname", "namzet", "içün", "keçirdi", "yiberdi", "oldı", "evelki", "qaidesi"), none of
 * Gagauz's "bügün", "raund", "diil" or Turkish's "puan", "aday", "için"; Gagauz by its "ä", "ê", "ţ" or "bügün" and its own words
 * ("diil", "geçän", "lääzım", "-lär", "-nnär", "-êr-", "provinţiya", "sentäbri"), none of Crimean Tatar's "ñ" and "q", Romanian's
 * "ă", "ș", "ț", Azerbaijani's "ə" or Turkmen's "ý", "ň".
 */
export const TURKIC_LATIN_GLOSSARIES: readonly (readonly [{ test: (text: string) => boolean }, (text: string) => boolean, (text: string) => string])[] = [
  [CRIMEAN_TATAR_HINT, isCrimeanTatar, glossCrimeanTatar],
  [GAGAUZ_HINT, isGagauz, glossGagauz],
];
