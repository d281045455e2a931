/**
 * What a page's headline says of rounds: whether it tells one held (or a week's), which a round told days
 * before the page needs to be the page's news (docs/parser.md "Session 38").
 */

/**
 * Words of a lead that tells a round held, not only draws to come: "Canada to resume all-programme Express Entry draws in July" or
 * "Canada announces category-based Express Entry draws" over "The most recent provincial nominee draw was held on 13 April" is
 * policy news, and the round it recalls is background.
 */
export const TELLS_A_ROUND =
  /\b(?:held|holds|conducted|conducts|invit(?:ed|es|ing)|issu(?:ed|es|ing)|ITAs?|cut-?offs?|minimum|CRS|results?|invit[óo]|invita|convid(?:ou|a|ados)|invit[ée]s?|realiz(?:ó|ou)|tenu|emiti[óo]|emitiu|[ée]mises?|corte|puntaje|pontua[çc][ãa]o|seuil|note|resultados?|r[ée]sultats?|nueva|nova|nouvelle|[úu]ltim[oa]|derni[eè]re?)(?![\p{L}])|(?<![\d,])\d{1,3}(?:[,.\s]\d{3})+(?![\d,])|(?<![\d,.])[1-9]\d\d(?![\d,])/iu;

/** How old a round may be (in days before the page) before only a headline that tells rounds makes it news. */
export const STALE_DAYS = 5;

/** A page of the week's rounds: "Monday memo", "Week in review", "Express Entry weekly", "Community digest", "Last week in Express Entry". */
const WEEKLY_HEADLINE =
  /(?<![\p{L}])(?:weekly|monday|brief|memo|digest|newsletter|round-?up|recap|review|last\s+week|(?:past|last)\s+(?:seven|7)\s+days|past\s+week|week\s+(?:in|of)|semanal|semana\s+pass?ada|semaine\s+derni[eè]re|hebdo\p{L}*)(?![\p{L}])/iu;
/** "three rounds", "Two rounds this week", "duas rodadas", "Two Rounds in Six Days": a headline or lead that counts its rounds. */
export const COUNTED_ROUNDS =
  /(?<![\p{L}])(?:two|three|four|five|six|[2-9]|dos|tres|cuatro|duas|dois|tr[êe]s|quatro|deux|trois|quatre)\s+(?:[\p{L}-]+\s+)?(?:draws|rounds|rondas|rodadas|sorteos|sorteios|tirages|rondes)(?![\p{L}])/iu;
/** "Semana sin rondas", "otra semana sin rondas", "¿Por qué no hubo sorteo …?", "No draw this week". */
const NO_ROUNDS =
  /(?<![\p{L}])(?:sin|sem|sans|no|without|aucun|pas\s+de|ning[úu]n|nenhum|não\s+houve|no\s+hubo)\s+(?:(?:new|a|any|nuevos?|novos?|nouveaux?)\s+)?(?:(?:express\s+entry)\s+)?(?:draws?|rounds?|rondas?|rodadas?|sorteos?|sorteios?|tirages?|rondes?)(?![\p{L}])/iu;

/** The headline tells a round held, counts rounds, or names a week's page of them; no headline judges nothing. */
export function headlineTellsRounds(headline: string): boolean {
  if (headline.trim() === '') return true;
  if (NO_ROUNDS.test(headline)) return false;
  return TELLS_A_ROUND.test(headline) || WEEKLY_HEADLINE.test(headline) || COUNTED_ROUNDS.test(headline);
}
