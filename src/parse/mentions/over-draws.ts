/**
 * A figure said of several draws, not of one: "in six out of 11 draws", "across three rounds", "in 4 different
 * Express Entry draws this week", "in back-to-back draws", "en quatre tirages consécutifs", "rounds of 1,000 invitations at 534 three times since August". Both a count ("5,000 ITAs in 4 draws") and a
 * score ("450 or above … in six out of 11 draws") told so are a total or a spread, no draw's own figure. Not "3750
 * candidates in each two of these draws": each draw's own.
 */
const HOW_MANY = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|most|all)`;
const HOW_MANY_FR = String.raw`(?:\d+|deux|trois|quatre|cinq|six|plusieurs)`;

/** Regex source: the words that put a figure over several draws (no anchor: callers say how far after the figure). */
export const OVER_SEVERAL_DRAWS = String.raw`\b(?:in|across|over)\s+(?:(?!each\b)\w+\s+){0,3}?${HOW_MANY}\s+(?:(?:of\s+)?(?:the|these|those)\s+)?(?:(?:different|separate|distinct|consecutive|back[- ]to[- ]back)\s+)?(?:express entry\s+)?(?:[\w-]+\s+){0,2}?(?:draws|rounds)\b|\b(?:in|across|over)\s+(?:back[- ]to[- ]back|consecutive|successive)\s+(?:express entry\s+)?(?:draws|rounds)\b|\b(?:en|dans|sur)\s+${HOW_MANY_FR}\s+(?:[\w-]+\s+)?(?:tirages|rondes)\b|\b(?:twice|${HOW_MANY}\s+times)\b(?!\s+(?:more|less|fewer|higher|lower|larger|bigger|smaller|as|the|over|that)\b)`;
