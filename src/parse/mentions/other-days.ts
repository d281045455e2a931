/**
 * Words before a day that make it the day of something other than a round: a category or rule announced or taking effect,
 * results published or reported (date-mentions.ts).
 */

/**
 * "This new Express Entry category was announced on February 27", "since the introduction of six new categories on May 31",
 * "Travel restrictions announced on March 16 do not affect …": the day a category, a policy or a rule came, not a draw's.
 */
export const ANNOUNCED_BEFORE =
  /\b(?:categor(?:y|ies)|program(?:me)?s?|polic(?:y|ies)|measures?|pilot|stream|changes?)\b[^.;]{0,40}?\b(?:was|were|had been|has been|have been)\s+(?:first\s+)?(?:announced|introduced|unveiled|launched|created)\s+(?:on\s+)?(?:the\s+)?$|\b(?:restrictions|measures|rules|polic(?:y|ies)|changes|categor(?:y|ies))\s+(?:first\s+)?(?:announced|introduced|unveiled)\s+(?:on\s+)?(?:the\s+)?$|\b(?:introduction|launch|announcement|creation|unveiling)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:categor(?:y|ies)|program(?:me)?s?|polic(?:y|ies)|streams?|pilot)\s+(?:on\s+)?(?:the\s+)?$/i;
/** "depuis l'entrée en vigueur des changements au Système de classement global le 19 novembre", "changes that took effect on November 19", "new points rules start Saturday": the day a rule came or comes in, no draw's (no comma between). */
export const TOOK_EFFECT_BEFORE =
  /\b(?:entr[ée]e?s?\s+en\s+vigueur|took\s+effect|came\s+into\s+(?:effect|force)|went\s+into\s+effect|entr[óo]\s+en\s+vigor|entr(?:ou|aram)\s+em\s+vigor)\b[^.;,\d]{0,90}$|\b(?:rules?|changes?|system|measures?|polic(?:y|ies))\s+(?:will\s+)?(?:starts?|begins?|kicks?\s+in|comes?\s+into\s+(?:effect|force)|appl(?:y|ies))\s+(?:on\s+)?(?:this\s+|next\s+)?$/i;
/** "held on November 14 and publicised on November 17", "received on March 18, … released today, March 20": after the draw's day, the day the results came out is not the draw's. */
export const PUBLISHED_BEFORE = /\b(?:publici[sz]ed|published|made public|released|posted)\s+(?:(?:today|yesterday|on\s+\w+day),?\s+)?(?:on\s+)?(?:the\s+)?$/i;
/** "The round, held on 21 January but reported by Business Today on 27 January" ("tenu le 21 janvier mais rapporté par Business Today le 27 janvier"): the day a paper told it, after the draw's day. */
export const REPORTED_BEFORE = /\b(?:(?:reported|covered|announced)\s+by\s+(?:the\s+)?(?:[A-Z][\w'&.-]*\s+){1,4}(?:on\s+)?(?:the\s+)?|rapport[ée]e?s?\s+par\s+(?:[A-Z][\w'&.-]*\s+){1,4}(?:le\s+)?)$/;
/**
 * "Ce tirage, rendu public le 18 novembre, a fixé…", "The draw, made public on November 18, …", "Lors du tirage du 14 novembre 2025,
 * annoncé le 17 novembre": the day a draw named just before came out, even with no other day in the sentence.
 */
export const PUBLISHED_APPOSITIVE =
  /\b(?:draw|round|tirage|ronde)(?:\s+(?:du|of|on|held on)\s+[^,]{3,30})?\s*,\s*(?:made public|released|published|rendue?s? publi(?:c|que)s?|publi[ée]e?s?|annonc[ée]e?s?)\s+(?:on\s+|le\s+)?(?:the\s+)?$/i;
