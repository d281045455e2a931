import { MONTHS, WEEKDAY_NAMES } from '../mentions/masks.ts';
import { compiledNow, remembered, wordStartsGrouped } from '../text/matches.ts';

/**
 * The words that tell which draw a clause is about and how sure the text is. Rules by meaning:
 * a clause introduced by "follows", "down from", "compared with", "the day before" describes an
 * earlier draw (context); "will", "expected", "if" make numbers hypothetical; "today", "latest",
 * "has issued" mark the news itself.
 */

/** The cues of CONTEXT_SPLIT, in the order written. */
const CONTEXT_CUES = new RegExp(
  [
    // Not "Round 273 followed on December 7", "The following day, 1,250 candidates … received invitations": a round held next,
    // told with its own day ("a French round followed the next day" stays with the round before, whose day it counts from); nor
    // "Today IRCC followed with a CEC round": the page's round, held next.
    String.raw`\bfollow(?:s|ed|ing)\b(?!\s+(?:a few|shortly|soon|later|closely|hours|minutes|up|suit|with|by a|immediately|quickly|that|this|it)|(?<=\bfollowing)\s+(?:day|week|morning|afternoon|evening)\b(?!['\u2019])|\s+(?:on\s+(?:(?:the\s+)?\d|(?:${MONTHS}|${WEEKDAY_NAMES})\b)))`,
    // "Both category rounds follow a Provincial Nominee Program-only round on July 2 …": plural rounds follow an earlier one. The word
    // first, what goes before it after it: looked behind only where "follow" is, not at every position (the same matches).
    String.raw`follow\b(?<=\b(?:rounds|draws|both)\sfollow)(?=\s+(?:a|an|the|last|its|yesterday['\u2019]s|(?:mon|tues|wednes|thurs|fri)day['\u2019]s)\b)`,
    String.raw`\bpreced(?:es|ed|ing)\b`,
    // "…was 369 points, up slightly from the 357 points required in the previous CEC-only draw on June 24": the round compared with.
    String.raw`,\s+(?:up|down)\s+(?:[a-z]+ly\s+)?from\s+(?=(?:the\s+)?\d[\d,]*\s+(?:points|ITAs|invitations)\b[^.;]{0,60}\b(?:previous|last|prior|preceding|earlier)\b)`,
    // "…se fue hasta los 538 puntos CRS, casi 50 más que en el sorteo anterior", "…, almost 50 more than in the previous draw": a
    // difference with the round compared with.
    String.raw`,\s+(?=(?:almost|nearly|about|some|casi|unos|apenas|quase|cerca\s+de|pr[eè]s\s+de|soit|environ)?\s*\d[\d.,]*\s+(?:points?\s+|puntos\s+|pontos\s+)?(?:more|less|fewer|higher|lower|m[áa]s|menos|a\s+mais|a\s+menos|de\s+plus|de\s+moins)\s+(?:than|que|qu['\u2019]))`,
    // "…fue de apenas 75 puntos sobre 1.200, frente a los 454 de la ronda anterior": the round compared with.
    String.raw`\bfrente\s+a\s+(?:los|las|la|el|un|una)\s+(?=\d)`,
    // "The trades round is the first since October 2019, when 500 candidates were invited with a minimum of 357": that time's round.
    String.raw`,\s+when\b(?<=\bsince\s+(?:(?:${MONTHS})\s+)?(?:19|20)\d\d,\s+when)`,
    // "the second trades round this year (the one on May 15 went down to 332)": the other round, told in brackets.
    String.raw`\(\s*the\s+(?:one|other|last|previous|first)\s+(?:one\s+)?(?:on|of|from|held)\b`,
    // "Minimum CRS: 515 (previous: 522)", "(last CEC draw: 522)", "515 (522 in the previous round)", "6,300 (3,000 last time)": the
    // draw before, in brackets after the news draw's value.
    String.raw`\((?=\s*(?:previous|last|prior|preceding|earlier)\b|[^()]{0,40}\b(?:in|for|at)\s(?:the\s)?(?:previous|last|prior|preceding|earlier)\s(?:[\w-]+\s){0,2}?(?:draw|round)\)|[^()]{0,40}\blast\stime\))`,
    // "It came two weeks after draw #237", "The round came just 14 days after round #237": the draw before (not "Two days after
    // the PNP draw, IRCC held a CEC draw", whose draw is the news).
    String.raw`\b(?:came|comes|coming|arrived|arrives|took place|takes place)\s+(?:(?:just|only|about|some|nearly|roughly|exactly|barely)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|months?)\s+)?after\b(?=\s+(?:(?:the|its|a)\s+)?(?:[\w#-]+\s+){0,3}?(?:draws?|rounds?)\b|\s+(?:draw|round)\s*#)`,
    // "This draw succeeded the all-program draw on August 1": the draw before (not "succeeded in inviting").
    String.raw`\bsucceed(?:s|ed|ing)\b(?!\s+in\b)`,
    String.raw`\b(?:surpass\w*|exceed\w*|beat(?:s|ing)?|topp(?:ed|ing)|eclips\w*|break(?:s|ing)?|broke)\s+(?:the\s+|its\s+)?(?:previous|prior|old|last|former)\b`,
    // "beating the 4,500 invitations of the October 14 and November 5 rounds": the figure of the rounds beaten.
    String.raw`\b(?:surpass\w*|beat(?:s|ing)?|topp(?:ed|ing)|eclips\w*)\s+the\s+\d[\d,.]*\s+(?:invitations|ITAs|points|candidates)\s+(?:of|in|set)\b`,
    String.raw`\bcompared\s+(?:with|to)\b`,
    // "It was based on the first education draw that provided 1,000 ITAs at 479 points": the earlier draw.
    String.raw`\b(?:based on|built on|building on)\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}?(?:draw|round)\b`,
    // Also "up eight points from the 467 of the previous healthcare round", "up sharply from 490 at the previous draw".
    // "down 2 from 518 in the previous round", "up two from …": the difference without its "points".
    String.raw`\b(?:down|up)\s+(?:(?:[a-z]+|\d{1,3})\s+points?\s+|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+|(?:sharply|slightly|steeply|significantly|considerably|markedly|dramatically|modestly|marginally)\s+)?from\b`,
    String.raw`\b(?:decrease|increase|drop|rise|jump|dip|decline|fall|climb|change|shift)s?\s+from\b`,
    // "the CEC cut-off fell five points from the 520 of December 10": that round's value.
    // "half the 4,000 of the June 23 round", "a third of the 3,000 invited on July 22": that round's count.
    String.raw`\b(?:half|double|triple|(?:a|one)\s+third\s+of|(?:a|one)\s+quarter\s+of|two-thirds\s+of)\s+the\s+(?=\d)`,
    // "nine points below the 408 of November 28", "above the 420 needed on July 9" (not "under the 500 barrier": a level, no round).
    String.raw`\b(?:below|above|under|beneath)\s+the\s+(?=\d[\d,]*\s+(?:(?:CRS\s+)?points?\s+)?(?:of|on|in|from|set|seen|needed|required|recorded)\b)`,
    String.raw`\b(?:fell|dropped|rose|climbed|slipped|dipped|declined|decreased|increased|jumped|edged\s+(?:up|down))\s+(?:(?:\w+|\d+)\s+points?\s+)?from\s+the\s+(?=\d)`,
    String.raw`\b(?:from|over)\s+(?:the\s+|its\s+)?(?:previous|last|prior|preceding)\b`,
    // "The CRS threshold was 503, three points below the last CEC round": the round compared with.
    String.raw`\b(?:below|above|under|beneath)\s+(?:the|its|that of the)\s+(?:[\w-]+\s+){0,2}?(?:previous|last|prior|preceding)\b`,
    // "412 points, a level well below that of rounds open to all programs": the rounds compared with.
    String.raw`\b(?:below|above|under|beneath|lower than|higher than)\s+(?:that|those)\s+of\b`,
    // "The cut-off score of 394 points is far below recent all-program rounds": those rounds, not this one's program.
    String.raw`\b(?:below|above|under|beneath)\s+(?:(?:the|most)\s+)?(?:recent|earlier|past|other)\s+(?:[\w-]+\s+){0,3}?(?:draws|rounds)\b`,
    String.raw`\b(?:unchanged|flat|steady|identical)\s+(?:from|to|with|on)\b`,
    String.raw`\bfrom\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,3}(?:draw|round)\s+(?:of|on|held)\b`,
    String.raw`\bthan\s+(?!\d|(?:about|around|over|nearly|almost|expected|predicted|forecast|usual|before)\b|(?:a|an|one|two|three|four|five|six|seven|a few)\s+(?:days?|weeks?|months?|hours?|fortnight)\b)`,
    String.raw`\b(?:versus|unlike|similar to|same as|as in the|in line with|consistent with|just like)\b`,
    // "435 - exactly the same cut-off as the first transport round on September 20", a chat's "Same cut-off as the June 8 round
    // (4,800 @ 486)": the round compared with.
    String.raw`\b(?:the\s+)?same\s+(?:cut-?off|score|minimum|threshold|number|size|count)\s+as\b`,
    // "The draw size tied for the largest-ever all-program draws on March 15": those earlier draws.
    String.raw`\b(?:equal(?:s|l?ed)?(?:\s+to)?|on par with|match(?:es|ed|ing)|tie[sd]?(?:\s+(?:with|for))?)\s+(?:the|that|its|a)\s+(?:[\w-]+\s+){0,3}?(?:draws?|rounds?|record)\b`,
    // "It matches the size of the March 23 round": that round's figure.
    String.raw`\b(?:equal(?:s|l?ed)?|match(?:es|ed|ing)|mirror(?:s|ed|ing)|repeat(?:s|ed|ing))\s+the\s+(?:size|cut-?off|score|count|number|figure|total|minimum|tally)\s+of\s+(?:the|that|its|an?|last)\b`,
    String.raw`\bvs\.?\s`,
    // "The cut-off score was 380, near the record low of 379 set in March 2025": the record is another round's.
    String.raw`\b(?:near|close to|just (?:above|below|over|under)|slightly (?:above|below|over|under)|not far from|approaching)\s+(?:the|its|a)\s+(?:(?:previous|recent|current|old)\s+)?(?:record|historic|all-time|lowest|highest)\b`,
    // "invited 27,332 CEC applicants, nearly six times as many ITAs as the previous record of 5,000": the record is another draw's.
    String.raw`\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times)\s+(?:as\s+(?:many|much|large|big|high)|more|larger|bigger|higher)\b`,
    // Not "since the selection system was launched", "since its introduction", "since 2015": a count from the start, no earlier draw;
    // nor "its first CEC-only round since September 2021, inviting 3,000": a month, no day, is a period, not a draw.
    String.raw`\bsince\b(?!\s+(?:(?:the\s+)?(?:(?:immigration|express entry)\s+)?(?:selection\s+)?system\b|express entry (?:was|began|started|launched)\b|(?:its|the) (?:launch|introduction|inception|start)\b|it (?:was )?(?:launched|introduced)\b|(?:19|20)\d\d\b(?![^.;]{0,20}\b(?:draw|round)\b)|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?:19|20)\d\d)?\b(?!\s*\d)(?![^.;]{0,20}\b(?:draw|round)\b)))`,
    // "the first for transport occupations since March 2024 (975 ITAs at 430)": the figures in brackets are that month's round's.
    String.raw`\bsince\s+(?:${MONTHS})\.?(?:\s+(?:19|20)\d\d)?\s*\((?=[^()]{0,40}\d)`,
    String.raw`\b(?:until|up to)\s+(?:the|that)\s+(?:[\w-]+\s+){0,2}?(?:draw|round)\s+(?:on|of|held)\b`,
    String.raw`\b(?:in|from|at|during)\s+an?\s+(?:earlier|previous|prior|preceding)\b`,
    // Not "received a jolt after the minimum score in the latest draw climbed to 538": the figure that came, no earlier round.
    String.raw`\bafter\s+(?:a|an|the|last|its|yesterday|monday|tuesday|wednesday|thursday|friday)\b(?!\s+(?:minimum|lowest|cut-?off|CRS|score|threshold)\b)`,
    // "A ronda surge dois dias depois de um sorteio reservado ao Programa de Nomeados Provinciais (574 convites, 711 pontos)",
    // "después de una ronda", "après un tirage": the round before.
    String.raw`\b(?:depois|despu[ée]s)\s+d[eo]\s+(?:um|uma|o|a|un|una|el|la)\s+(?:[A-Za-zÀ-ÿ-]+\s+){0,2}?(?:sorteio|rodada|ronda|sorteo)\b|\bapr[èe]s\s+(?:un|une|le|la|l['’])\s*(?:[A-Za-zÀ-ÿ-]+\s+){0,2}?(?:tirage|ronde)\b`,
    // "Canada invites 829 PNP candidates after announcing all-program draws will resume in July": another event.
    String.raw`\bafter\s+(?:announcing|saying|confirming|revealing|stating)\b`,
    // "Less than a week after holding a surprise CEC draw, IRCC held…": the earlier draw.
    String.raw`\bafter\s+(?:holding|conducting|hosting|running|issuing|inviting)\b`,
    // Also a headline's "…, Day After All-Program Round" (not "The day after, on February 29th, IRCC held …": the next day).
    String.raw`\b(?:a|one|two|2)\s+days?\s+after\b|\bday\s+after\s+(?=(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:draw|round)\b)`,
    String.raw`\bafter\s+(?=\d|(?:two|three|four|five|six|several|multiple)\s)`,
    // "ce tirage égale le plus grand de la catégorie, celui de juillet 2025 (4 000 invitations à 475)": that earlier round.
    String.raw`\b(?:celui|celle)\s+(?:de|du)\s+(?=(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|\d{1,2}\s))`,
    // "the second for that category, after June 28 (500 invitations, minimum 476)": the round of that day, its figures in brackets.
    String.raw`\bafter\s+(?=(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+20\d\d)?\s*\(\s*\d)`,
  ].join('|'),
  'gi',
);
/**
 * Splits off the rest of the sentence, which speaks of another, earlier draw. The word cues are grouped for speed: the cues left
 * outside open with a comma or a bracket, or are "follow" after a lookbehind, where none of the grouped ones matches.
 */
export const CONTEXT_SPLIT = compiledNow(wordStartsGrouped(CONTEXT_CUES));

/** At the start of a sentence these make the whole sentence about an earlier draw (also an anniversary's "On this day in 2021: IRCC invited 27,332 …"). */
export const SENTENCE_CONTEXT =
  /^[\s"'(*\u2022-]*(?:\d+[.)]\s*)?(?:before (?:that|the current|this|today's|the latest)|prior to (?:that|this|the current)|previously|the (?:day|week|night) before(?! yesterday\b)|the (?:draw|round) before\b(?!\s+(?:the|a|its|their)\b)|the (?:previous|prior) (?:day|week)|(?:a|one|two|three|four|five|2|3|4|5) days? (?:earlier|before)|earlier (?:this|last|in the) (?:week|month|year)|last (?:week|month)|for (?:comparison|context|reference)|by comparison|in comparison|at that time|at the time,|back then|on this day in (?:19|20)\d\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago(?: today)?)\b/i;

/** A round set beside the news at the sentence's end: "Monday's PNP draw (Nov. 10) invited 714 at 738, for context". */
export const FOR_CONTEXT_AFTER = /[,(]\s*for\s+(?:context|comparison|reference)\b/;

/**
 * Marks a clause as speaking of an earlier draw without splitting it (not "the tie-break rule that prioritizes earlier submissions"),
 * or of no draw at all: a rule that "took effect on March 16" (its day is no draw's); rounds in general ("French-language rounds
 * routinely reach 5,000 invitations"); Portuguese, Spanish and French "at the start of the month", "worth remembering"; Tagalog
 * "mas mataas ito kaysa sa nakaraang draw" (higher than the previous draw); a record of before ("hasta ahora, el récord era de 5,000
 * invitaciones", "the record was"); the first rounds told as such ("Les quatre premières rondes avaient exigé …", "the first
 * four rounds had …"); a round set against the news ("A diferencia de la ronda PNP del lunes 15 de septiembre (228
 * invitaciones, 746 puntos), estas rondas …", "Unlike …"); a claim the page reports ("Some social posts claimed the draw invited
 * "only federal skilled workers.""); a round given "for context" ("Monday's PNP draw (Nov. 10) invited 714 at 738, for context").
 */
export const CONTEXT_MARK = compiledNow(
  wordStartsGrouped(
    /\bnakaraang\s+(?:[\w-]+\s+)?(?:draw|round)\b|\bles\s+(?:deux|trois|quatre|cinq|six|\d)\s+premi[èe]res\s+(?:rondes|tirages)\b|\bthe\s+first\s+(?:two|three|four|five|six|\d)\s+(?:rounds|draws)\s+had\b|\b(?:unlike|a\s+diferencia\s+de|ao\s+contr[áa]rio\s+d[aeo]|contrairement\s+(?:au|aux|à))\s|\b(?:the|el|o|le)\s+(?:previous\s+|old\s+|anterior\s+|antigo\s+|ancien\s+)?r[ée]cord\s+(?:was|had\s+been|era|fue|foi|[ée]tait)\b|(?<![A-Za-zÀ-ÿ])(?:no\s+(?:in[íi]cio|come[çc]o)\s+do\s+m[êe]s|a\s+principios\s+de(?:l)?\s+mes|au\s+d[ée]but\s+du\s+mois|vale\s+lembrar|cabe\s+recordar)(?![A-Za-zÀ-ÿ])|\b(?:draws|rounds)\s+(?:(?:now|have|also|still)\s+)?(?:routinely|regularly|usually|typically|often|frequently|generally|tend\s+to)\b|^[\s"'(]*(?:exactly\s+|just\s+)?(?:(?:a|one|two|three|\d{1,2})\s+(?:years?|yrs?|months?)|(?:two|three|[2-9])\s+weeks(?=\s+ago,))\s+ago\b|\bago\s+today\b|\b(?:the\s+)?same\s+(?:week|month|day|period|time)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:19|20)\d\d)\b|\bthis\s+time\s+last\s+year\b|\b(?<!\b(?:said|announced|confirmed|stated)\s(?:that\s)?(?:it|they|the department|the ministry|IRCC|CIC)\s)had (?:already |previously |earlier |just |recently )?(?:issued|invited|held|conducted|sent|completed|carried out)\b|\b(?:hab[íi]a|tinha) (?:ya |j[áa] )?(?:enviado|invitado|convidado|emitido|realizado|habido|havido|hecho|feito|celebrado)\b|\b(?:avait|avaient) (?:d[ée]j[àa] )?(?:été )?(?:eu lieu|invit[ée]e?s?|[ée]mise?s?|tenue?|r[ée]uni|men[ée]e?|organis[ée]e?|effectu[ée]e?|lanc[ée]e?)(?![\wÀ-ÿ])|\b(?:hab[íi]an?|tinham?) sido (?:invitad[oa]s|convidad[oa]s)\b|\b(?:sorteo|sorteio|ronda|rodada) anterior\b|\bfrente\s+al\s+(?:sorteo|ronda)\b|\b(?:comparado|en\s+comparaci[óo]n)\s+con\b|\bem\s+compara[çc][ãa]o\s+com\b|\bpar\s+rapport\s+(?:au|à\s+la)\s+(?:tirage|ronde)\b|\b(?:(?:previous|prior)(?!\s+(?:(?:record|high|low)(?=\s*(?:[.;!?)]|,(?!\s*\d)|$))|trends?|patterns?|polic(?:y|ies)|approach(?:es)?|practices?|efforts?|(?:canadian\s+|foreign\s+|skilled\s+)?(?:work|experience|employment|jobs?|stud(?:y|ies)|education)|to\s+(?:\d+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d+))\b)|preceding|prev\b\.?|former|last(?<!\b(?:held|conducted|took place|happened)\s+(?:late\s+|early\s+)?last)(?!\s+(?:(?:express entry\s+)?(?:draw|round|one)\s+)?(?:of\s+express\s+entry\s+)?of\s+(?:the\s+year|(?:19|20)\d\d)\b)(?![\s-]+(?:night|evening|minute|invited|candidate|person|profile|one invited|day of|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:\(|:))|\s+(?:express entry\s+)?(?:draw|round)\s+before\b)|earlier(?<!\b(?:added|announced|introduced|created|launched|unveiled)\s+earlier)(?!\s+today|\s+this\s+(?:morning|afternoon)|\s+(?:the\s+same|that)\s+day\b|\s+(?:submissions?|profiles?|applications?|entries|submitted|created|registered)\b))\b|\bof any (?:express entry )?(?:draw|round)\b|\bbefore this (?:one|draw|round)\b|\b(?:draw|round|one)\s+before\s+(?:that|it|this|then)\b|\bin the history of\b(?<!\b(?:moment|day|milestone|event|first)\sin the history of)(?<!\b(?:held|conducted|hosted|ran|issued)\s(?:the|its)\s[^.\d]{0,60}(?:draw|round)\sin the history of)(?<!\d[\d,]*(?:\s*points?)?,?\s+(?:which\s+(?:is|was)\s+)?(?:known\s+to\s+be\s+)?the\s+[^.\d]{0,40}in the history of)(?<!,\s(?:by\sfar\s)?the\s(?:largest|biggest|smallest|lowest|highest)\s[^.\d]{0,40}in the history of)|\b(?:its|the)\s+(?:previous\s+)?(?:historic|all-time|record)\s+(?:low|high)\s+of\b|\b(?:lowest|highest)\s(?:[\w-]+\s){0,3}?(?:reached|recorded|seen)\s(?:in\s(?:19|20)\d\d|so far)\b|\b(?:lowest|highest)\s(?:CRS|cut-?off|score)(?:\s[\w-]+){0,2}?\sof\s(?:the|this|that)\s(?:year|month)\swas\s(?=\d)|^\W*(?:lowest|highest)\s(?:[\w-]+\s){0,3}?so far\b|\b(?:take|takes|took|taking|come|comes|came|coming)\s+(?:into\s+)?(?:effect|force)\b|\beffective\s+(?:on|from|as\s+of)\s|\b(?:posts?|messages?|videos?|users?|rumou?rs?|forwards?|accounts?|screenshots?)\s(?:(?:have|had)\s)?(?:claimed|alleged)\b/i,
  ),
);
/** "The first week of July had three: PNP 920 at 739, …": a named week's rounds, told on a page about another. */
const NAMED_WEEK_HAD = new RegExp(String.raw`^\W*the\s+(?:first|second|third|fourth|last)\s+week\s+of\s+(?:${MONTHS})\s+(?:had|saw)\b`, 'i');
/** CONTEXT_MARK's test, remembered: a sentence is asked whole, by its opening and by its clauses. */
export const marksContext = remembered((text: string): boolean => CONTEXT_MARK.test(text) || NAMED_WEEK_HAD.test(text) || FOR_CONTEXT_AFTER.test(text));

/** "On September 19, IRCC also issued 3,200 invitations", "Earlier the same day, a separate round limited to provincial nominees …", "The same day, in round No. 63, IRCC invited 143 …", "There was also a draw yesterday, December 16 — round #387 …": one more draw of the news, not an earlier one. */
export const ALSO_HELD = compiledNow(
  /\balso\s+(?:held|issued|invited|conducted|sent|extended|ran|hosted)\b|\bthere\s+(?:was|were)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}(?:draw|round)\s+too\b|\bthere\s+(?:was|were)\s+also\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}(?:draw|round)\b|^[\s\u2022*-]*also\s+this\s+week\b|^(?:a|one)\s+day\s+later\b|^the\s+(?:next|following)\s+day\b|^(?:later\s+|earlier\s+)?(?:on\s+)?the\s+same\s+day\b(?!\s+(?:(?:of\s+)?last|a|the\s+previous)\s+(?:year|week|month)\b)|\b(?:held|conducted|ran)\s+(?:a|its)\s+second\s+(?:[\w-]+\s+){0,2}(?:draw|round)\b|\ba\s+separate\s+(?:[\w-]+\s+){0,2}(?:draw|round)\b(?!\s+(?:for|of)\s+(?:the|that|this)\b)/i,
);

/** "IRCC held draw 80", "the round that took place on March 13": a round held, not one spoken of. */
export const HELD = /\b(?:held|conducted|hosted|took place|carried out|ran|happened)\b/i;

/** A badge's "[NEW]", "• New" (the word first, the bracket or bullet before it after it: looked behind only where "new" is), and the news words. */
export const FRESH = compiledNow(
  /new(?<=[\u25cf\u2022|[]\s?new)(?=\s*(?:\]|$))|\b(?:(?<!\b(?:to|until|till|through)\s)today(?!['\u2019]s\s+(?:memo|issue|edition|newsletter|briefing|digest|episode|show|agenda|bulletin)\b)|tonight|this (?:morning|afternoon|evening)|just(?!\s+(?:\d|over|under|shy|below|above|about|around|a\s+few|one|two|three|four|five|six|seven|eight|nine|ten)\b)|(?<!-)breaking|latest|newest|most recent|new(?:est)?\s+(?:express entry\s+)?(?:draw|round)|fresh|this week's|(?:first|second|third|fourth|fifth)\s+(?:express entry\s+)?(?:draw|round)\s+(?:of|this)\s+(?:the\s+)?week|has (?:just |finally |now |once again |again )?(?:held|issued|invited|conducted|run|sent|released)|(?<!would |could |might |should )have (?:just )?been invited|is out)\b/i,
);

const REFERS_BACK_CUES = new RegExp(
  [
    // Not "the draw sizes have been small": a plural noun after "draw" makes it talk of draws in general.
    String.raw`\b(?:this|that|today's|the|its|the latest|the new|the same|my|our)\s+(?:express entry\s+)?(?:invitation\s+)?(?:draw|round)\b(?!s|\s+(?:sizes|results|dates|types|schedules|frequencies|patterns|trends)\b)`,
    // "The 14th draw of the country's flagship system on Thursday": a draw named by its count.
    String.raw`^\W*the\s+\d{1,3}(?:st|nd|rd|th)\s+(?:express entry\s+)?(?:draw|round)\b(?!s)`,
    // "This category-based draw on April 24", "this French-language round".
    String.raw`\bthis\s+(?:[a-z]+-[a-z]+|pnp|cec|stem|french|healthcare|trades?|transport|agriculture|education|general|all-program)\s+(?:express entry\s+)?(?:draw|round)\b(?!s)`,
    // Spanish and Portuguese: "IRCC realizó el sorteo este jueves", "a rodada aconteceu na quarta-feira"; not a round named
    // by its day or number, or an earlier one ("la ronda del 8 de julio", "la ronda n.º 355", "a rodada anterior").
    String.raw`\b(?:el|este|ese|la|esta|esa|o|a|esse|essa|nesta|neste|nessa|nesse|na|no)\s+(?:sorteo|ronda|sorteio|rodada)\b(?![\p{L}-])(?!\s+(?:anterior|pasad[oa]|passad[oa]|previ[oa]|pr[ée]vi[oa]|precedente|del?\s+\d|d[oe]\s+(?:dia\s+)?\d|n\.?\s?[º°o]|no\.|#|n[úu]mero|\d))`,
    // A pronoun standing for the draw: "It happened on Monday", "It was held on…".
    String.raw`^[\s*\u2022-]*(?:\d+[.)]\s*)?(?:it|this|that)\s+(?:happened|took place|was held|was conducted|occurred|came|was done|was carried out|(?:was|is)\s+(?:a|an|the)\b)`,
    // "The invitations were issued on November 23": the invitations just told.
    String.raw`^[\s*\u2022-]*(?:the|these|those)\s+(?:invitations|ITAs)\s+(?:were|was)\s+(?:issued|sent|extended|made)\b`,
  ].join('|'),
  'iu',
);
/** The text refers back to a draw it told (its cues grouped for speed). */
export const REFERS_BACK = compiledNow(wordStartsGrouped(REFERS_BACK_CUES));

/** "In that draw", "that round": the draw the text mentioned last, even an earlier one it compared with. */
export const REFERS_TO_LAST = /\bthat\s+(?:express entry\s+)?(?:draw|round)\b(?!s)|\bthe latter\b/i;

/** Words after which a number is not a fact but a plan, a forecast or an example (not an aside's "(number 332, if you collect these)", "if you are keeping count"). */
const HYPOTHETICAL = compiledNow(
  wordStartsGrouped(
    /\b(?:will(?!\s(?:already\s)?(?:know|recall|remember|be aware|have (?:seen|heard|noticed|noted|read))\b)|would|could|might|should(?!\shave\s(?:scored|obtained|achieved|attained|secured)\sat\sleast\b|\s(?:note|know|be aware|keep in mind|remember)\b)|shall|(?<!\b(?:nobody|no one|few(?: people)?|anyone)\s(?:was|were|had been)\s)expect(?:s|ed|ing)?|likely(?<!\b(?:who|which|that)\s(?:are|is|were|was)\s(?:already\s|most\s|more\s|very\s|also\s)?likely)(?<!\b(?:candidates|applicants|people|those)\s+likely)(?!\s+already\b)|unlikely|probably|possibly|perhaps|(?<!\b(?:nobody|no one|no-one|few(?: people)?|anyone)\s(?:had\s|could\s(?:have\s)?)?)predict\w*|forecast\w*|projected|projection|estimates?|anticipat(?<!\b(?:highly|much|long|eagerly|widely|keenly)[- ]anticipat)(?!ion\b)\w+|plans?\s+to|planned|aim(?<!\b(?:latest|this|today['\u2019]s|the new)\s+(?:express entry\s+)?(?:draw|round)\s+aim)s?\s+to|targets?\s+(?:of|for|is|was|are)|(?:levels?|admissions?|annual|immigration)\s+targets?|goal|hopes?\s+to|if(?<!\b(?:only|permitted to apply|allowed to apply|eligible|invited|selected)\sif)(?!\s+you\s+(?:were|missed|haven['\u2019]t\s+(?:heard|seen)|were\s+not|didn['\u2019]t\s+(?:hear|see)|did\s+not\s+(?:hear|see)|collect\s+(?:these|them)|(?:are\s+)?keeping\s+(?:count|score|track))\b)|suppose|imagine|assum\w+|e\.g\.|for example|for instance|hypothetical\w*|upcoming|next (?:express entry |cec |pnp |french |category[- ]based |general |all-program )?(?:draw|round)s?(?!\s+(?:conducted|held|was|were|took place|issued|invited|saw|came))|in the coming|set to(?<!\b(?:was|were|been)\sset to)|slated|scheduled|is to be|whether)\b/i,
  ),
);
/**
 * "may" the verb, not the month, nor a reminder ("As you may know, yesterday IRCC invited …": so "will" in "As members will know"), nor Tagalog's "na may" ("271 physicians na may Canadian work experience": with), nor a view of a
 * round held ("In what may be the smallest round in Express Entry history, IRCC on Thursday (July 23) invited 4 candidates").
 */
const MAY =
  /(?<!\b(?:na|ang|ng|mga)\s)\bmay\b(?!\s(?:already\s)?(?:know|recall|remember|be aware|have (?:seen|heard|noticed|noted|read))\b)(?!\s+(?:well\s+)?be\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:smallest|largest|biggest|lowest|highest|first|last|fewest|tiniest)\b)/;

/**
 * Spanish and Portuguese: "Si IRCC hiciera una ronda de 6.000 invitaciones", "o corte poderia cair", "¿Bajará el puntaje?", "habrá
 * otra ronda" (the future in -rá: ROMANCE_FUTURE), "una ronda esperada" (not "la ronda más esperada": the most awaited one, held).
 * Not Punjabi's "si" (was) ending a clause: "Kal PNP da draw hoya si — 557 ITAs".
 */
const ROMANCE_HYPOTHETICAL = compiledNow(
  /(?<![\p{L}])(?:si(?!\s*(?:[-\u2013\u2014.,;:!?)]|$))|se\s+o\s+padr[ãa]o|pode|podem|puede|pueden|hiciera|hicieran|hubiera|hubiese|podr[íi]an?|poder[íi]am?|ser[íi]an?|har[íi]an?|far[íi]am?|supon\p{L}*|imagin\p{L}*|estim\p{L}*|previs\p{L}*|pron[óo]stic\p{L}*|proyec\p{L}*|proje[çc]\p{L}*|(?<!(?<![\p{L}])(?:m[áa]s|mais|tan|t[ãa]o|muy|muito)\s)esperad[oa]s?|probable|prov[áa]vel|probablemente|provavelmente|quiz[áa]s?|talvez)(?![\p{L}])/iu,
);

/** The future in -rá, -rán, -rão ("bajará", "habrá", "haverão"): apart, and only where the text has such an ending (FUTURE_ENDING), as it reads every word. */
const ROMANCE_FUTURE = /(?<![\p{L}])\p{L}+r(?:á|án|ão)(?![\p{L}])/iu;
const FUTURE_ENDING = /r[áã]/iu;

export const isHypothetical = (text: string): boolean => HYPOTHETICAL.test(text) || MAY.test(text) || ROMANCE_HYPOTHETICAL.test(text) || (FUTURE_ENDING.test(text) && ROMANCE_FUTURE.test(text));

const MODAL_AFTER = /^(?:(?!\b(?:who|which|that|where)\b)[^.;,]){0,30}?\b(?:(?:is|are|was|were)\s+)?(?:expected|likely|projected|forecast|planned|anticipated|will|would|could|might)\b/i;
/** "may" the modal, not the month, and not "may still appear high" (a view of the figure, which stays a fact). */
const MAY_AFTER = /^(?:(?!\b(?:who|which|that|where)\b)[^.;,]){0,30}?(?<!\b(?:na|ang|ng|mga)\s)\bmay\b(?!\s(?:still\s|also\s)?(?:appear|seem|look|sound|feel)\b)/;

/** A passive or modal right after a number: "3,000 invitations are expected" (not the month "May 30"). */
export const isHypotheticalAfter = (text: string): boolean => MODAL_AFTER.test(text) || MAY_AFTER.test(text);

/** Clause joins that keep talking about the same draw as the clause before. */
export const RELATIVE_JOIN = /^[\s,(]*(?:which|who|that|when|where|whose|in which|after which|with)\b/i;

/** The news draw named as such: "today's draw", "this round", "the latest draw". */
const NEWS_DRAW = String.raw`(?:today['\u2019]s|this|the latest|the new|this week['\u2019]s)\s+(?:express entry\s+)?(?:draw|round)\b`;

/** A clause whose subject is the news draw itself ("…, today's draw focuses on healthcare"). */
export const NEWS_SUBJECT = new RegExp(String.raw`^[\s,]*${NEWS_DRAW}`, 'i');

/** Plain clause boundaries (the draw may change across them). */
// A colon closing a "since" phrase gives the draw's own figures: "its first healthcare round since July: 3,000 invitations at 463".
// Not the agency's name ("Immigration, Refugees, and Citizenship Canada"), nor a list of days ("on March 15 and March 23").
export const PLAIN_SPLIT = compiledNow(
  new RegExp(
    // Every alternative below opens with a comma, a space, ";" or ":" (some after a lookbehind): said first, V8 skips the other
    // positions at once instead of trying each alternative there (twice as fast on the corpus's sentences; the same matches).
    String.raw`(?=[,;:\s])(?:` +
      // ", y el lunes 362 nominados …", ", et lundi …", ", e na segunda-feira …": another day's round in Spanish, French or Portuguese.
      String.raw`,\s+(?:y|e|et)\s+(?=(?:(?:el|o|le|na|no)\s+)?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda|ter[çc]a|quarta|quinta|sexta)\b)|` +
      // "…invited 2,427 candidates, days before changes to the points system take effect": what comes next, not the round.
      String.raw`,\s+(?=(?:just\s+|only\s+|mere\s+)?(?:days|hours|weeks|a\s+day|a\s+week)\s+(?:before|ahead\s+of)\s)|` +
      // Hinglish: "Kal PNP tha (1121 ITA @ 694), aaj CEC": yesterday's round, then today's.
      String.raw`,\s+(?=aaj\b)|` +
      // "Yesterday was healthcare at 463, today French speakers won big": the same in English.
      String.raw`,\s+(?=today\b)(?<=\byesterday\s+(?:was|were)\b[^.;]{0,80},\s+)|` +
      // "Yesterday's CEC round (#400) and today's French-language round (#401) bring …": the same in English.
      String.raw`\s+and\s+(?=today['\u2019]s\s+(?:[\w-]+\s+){0,3}(?:round|draw)\b)(?<=\byesterday['\u2019]s\s[^.;]{0,60}\s+and\s+)|` +
      // "Monday's PNP round invited 648 nominees (minimum 791) and Tuesday's Canadian Experience Class round issued only 400 ITAs":
      // another day's round, named by its weekday (not under a cue: "After Monday's PNP draw (…) and Tuesday's CEC draw (…), many expect …").
      String.raw`\s+and\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day['\u2019]s\s+(?:[\w-]+\s+){0,4}(?:round|draw)\b)(?<!\b(?:after|following|since|before|than|like)\s[^.;]{0,100})|` +
      // "7,000 ITAs for French speakers at CRS 365, general draw cut-off 541": a headline's second round, its program and cut-off.
      String.raw`,\s+(?=(?:the\s)?(?:general|all-program|CEC|PNP|FSW|French|STEM|healthcare|trades|transport|agriculture|education)\s(?:draw|round)(?:['\u2019]s)?\s(?:cut-?off|minimum|score)\b)|` +
      // "IRCC held a general round on Wednesday, a French-language round on Thursday and, today, the largest STEM round": a list of
      // the week's rounds, each with its day (a weekday or a date: "…, an education occupations round on 17/09/2025 and …").
      String.raw`,\s+(?=an?\s+(?:[\w-]+\s+){0,3}(?:round|draw)\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:19|20)\d\d-\d\d-\d\d\b|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}\b|\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))|\s+and,?\s+(?=today,\s+(?:the|a|an)\s)|` +
      // "… handed out its largest batch of invitations yet on Wednesday, a move employers' groups say will help …": a comment on
      // what the clause told, whose "will" makes no plan of it.
      String.raw`,\s+(?=a\s+(?:move|step|decision|shift|development)\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){0,4}(?:say|says|said|believe|hope|argue)\b)|` +
      // "a PNP-only round (200 invitations, lowest score 902) and a Federal Skilled Trades round (500 invitations, …)", "a PNP round on
      // November 18 (174 invitations, minimum CRS 816), a CEC round on November 19 (400 invitations, 539) and …", "PNP Monday (192
      // ITAs @ 800), Healthcare yesterday (2,500 ITAs @ 470)", "PNP 290 ITAs @
      // CRS 673 | FST 505 ITAs @ CRS 241", "PNP 606 ITAs + CEC 3,294 ITAs", "2 draws 🤯 PNP 606 ITAs …":
      // two rounds, each with its figures. (Not after a comma: tried in session 60, it cost a set never read a round.)
      String.raw`(?<=\(\d[^()]{0,60}\)),?\s+(?:and\s+)?(?=an?\s[^()]{0,70}\(\d|(?:PNP|CEC|FSWP?|FSTP?|STEM|French|Healthcare|Trades?|General|Transport|Agriculture|Education|Physicians)\s(?:[\w-]+\s)?\(\d)|\s\|\s(?=(?:PNP|CEC|FSWP?|FSTP?|STEM|French|Healthcare|Trades?|General)\s\d)|(?:\s\+|(?<=\b(?:draws|rounds)(?:\s[^\w\s]{1,4})?))\s(?=(?:PNP|CEC|FSWP?|FSTP?|STEM|French|Healthcare|Trades?|General)\s\d[\d,]*\s(?:ITAs?|invitations)\b)|` +
      // The plain splits. ", followed on Tuesday, February 17, by a CEC round that invited 6,000 at 508", "… (min. CRS 731) on December 15
      // and followed up today with a CEC-only round of 5,000 …": the next round, told with its day (not a cue of CONTEXT_CUES).
      String.raw`;|\s-\s|\ssince\s|,\s+(?=followed\s+(?:[^.;]{1,30}?,?\s)?by\s|suivie?s?\s+(?:d['\u2019]|de\s|par\s))|\s+and\s+(?=followed\s+(?:it\s+)?up\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s|the\s+next\s+day|a\s+day\s+later)[^.;]{0,30}?\swith\s)|:(?<=\ssince\s[^.;:,]{1,25}:)\s|,\s+(?=${NEWS_DRAW})|,\s+(?=the\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?\s(?:express entry\s)?(?:draw|round)\b)|,\s+(?=(?:we|you|one)\s+(?:can\s+)?(?:observe|see|notice|note|find)\s+that\b)|,\s+(?=(?:exactly\s+|just\s+|almost\s+)?(?:the\s+same|identical|equal)\b[^.;,]{0,30}\b(?:as|to)\s+(?:the|its|that)\s+(?:previous|last|prior|preceding)\b)|,\s+(?:and(?!\s+citizenship\b)|but|while|whereas|though|although|as|so|meaning|signalling|signaling|bringing|raising|pushing|dropping|lowering|cutting|making|reflecting|indicating|suggesting|showing|highlighting|underscoring|which|who|when|where|with|then)\b|,\s+(?:puis|luego|depois)\s+(?=\d)|\s(?:while|whereas|but(?<!\bnot\s(?:just\s|only\s)?(?:one|a\ssingle)\sbut))\s|\sand\s(?!citizenship\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d)(?=[^.;]{0,30}\d)` +
      ')',
    'gi',
  ),
);

/**
 * Labels of a draw's record: "Draw date: …", "Date and time of round: …", "Category: …"; a social card's calendar before a day
 * ("📅 17 December 2025", "🗓️ December 11" under its figures), which is its "Date:".
 */
export const RECORD_LABEL =
  /^[\s*\u2022\u25cf\u25aa-]*(?:(?:draw date|round date|date(?: (?:and|&) time)?(?: of (?:the )?(?:round|draw))?|program(?:me)?(?: specified| type)?|category|type of round|draw type|round type|eligible programs?)\s*(?::|[\u2013\u2014-]\s)|(?:\uD83D[\uDCC5\uDCC6]|\uD83D\uDDD3\uFE0F?)\s?(?=\d{1,2}\s?[A-Za-z]|[A-Za-z]{3,9}\.?\s\d{1,2}\b))/i;

/** A lead that announces several draws at once. */
/** A program's name as a page puts it before "draws" ("CEC and French draws"). */
const DRAW_KIND = String.raw`(?:CEC|PNP|FSWP?|FSTP?|French(?:-language)?|francophone|healthcare|STEM|trades?|transport|agri(?:culture|-food)?|education|category-based|all-program|general|provincial nominee|Canadian Experience Class)`;
const SEVERAL_DRAWS_FORMS = new RegExp(
  String.raw`\b(?:two|three|four|five|six|seven|eight|both|back-to-back|double|twin|multiple|several|\d)\s+(?:\(\d\)\s+)?(?:separate\s+|simultaneous\s+|parallel\s+|concurrent\s+|targeted\s+|distinct\s+|additional\s+|new\s+|more\s+|program-specific\s+|category-based\s+|category\s+|consecutive\s+|federal\s+|[a-z]+-(?:related|language|specific|focused|only|targeted)\s+)?(?:express entry\s+)?(?:draws|rounds)\b|\b(?:draws|rounds) (?:held )?(?:on|this week|today|yesterday)\b|` +
    // "IRCC wraps up busy week of Express Entry draws", "A week of draws: …".
    String.raw`\bweek of (?:express entry )?(?:draws|rounds)\b|` +
    // "IRCC Holds First Physicians Draw, Followed by 4,000 Healthcare Invitations", "its first round for physicians, followed a day later by a … draw".
    String.raw`\b(?:draw|round)(?:\s+for\s+[\w-]+)?,?\s+followed\s+(?:(?:a|one)\s+day\s+later\s+|the\s+next\s+day\s+)?by\s+(?:an?(?:other)?\s+|\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:draw|round|invitations|ITAs)\b|` +
    // "une première ronde pour les médecins, puis 4 000 invitations en santé": a round, then another's count.
    String.raw`\b(?:ronde|tirage|ronda|sorteo|rodada|sorteio|draw|round)\b[^.;]{0,60}?,\s+(?:puis|luego|depois|then)\s+\d[\d\s.,]*\s+(?:invitations|invitaciones|convites|ITAs)\b|` +
    // "tres sorteos", "três rodadas", "deux tirages" (Spanish, Portuguese and French pages).
    String.raw`\b(?:dos|tres|cuatro|cinco|dois|duas|tr[êe]s|quatro|cinco|deux|trois|quatre|cinq|\d)\s+(?:nuevos?\s+|nuevas\s+|novos?\s+|novas\s+|nouveaux?\s+|nouvelles\s+)?(?:sorteos|rondas|sorteios|rodadas|tirages|rondes)\b|` +
    // "IRCC holds CEC and French draws", "PNP, CEC and healthcare rounds": several kinds of draw, so several draws.
    // Not "sharply below recent general and Canadian Experience Class rounds": rounds compared with; nor "Physicians round follows
    // PNP and CEC draws": the rounds the news came after.
    String.raw`\b(?=${DRAW_KIND})(?<!\b(?:recent|previous|last|past|earlier|prior|below|above|than|from|with|to|of|after|follows|following)\s+(?:the\s+)?)${DRAW_KIND}(?:,\s*${DRAW_KIND})*,?\s+(?:and|&)\s+${DRAW_KIND}\s+(?:express entry\s+)?(?:draws|rounds|invitations|ITAs)\b|` +
    // "Last week was a two-draw week".
    String.raw`\b(?:two|three|four|five|\d)-(?:draw|round)\s+week\b|` +
    // "Physicians draw yesterday, healthcare draw today".
    String.raw`\b(?:draw|round)\s+yesterday,?\s+(?:and\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:draw|round)\s+today\b|` +
    // "Express Entry draws: CEC and French", "IRCC holds a CEC draw and a French draw", "a CEC draw followed by a French draw".
    String.raw`\b(?:draws|rounds)\s*[:\u2013\u2014-]\s*${DRAW_KIND}(?:,\s*${DRAW_KIND})*,?\s+(?:and|&)\s+${DRAW_KIND}\b|` +
    String.raw`\b(?=(?:an?\s+)?${DRAW_KIND})(?<!\b(?:recent|previous|last|past|earlier|prior|below|above|than|from|with|to|of|after|follows|following)\s+(?:the\s+)?)(?:an?\s+)?${DRAW_KIND}\s+(?:draw|round)\s+(?:and|followed by|then|,\s*then)\s+(?:an?|another)\s+${DRAW_KIND}\s+(?:draw|round)\b`,
  'i',
);
/** SEVERAL_DRAWS_FORMS, its word forms grouped for speed. */
export const SEVERAL_DRAWS = compiledNow(wordStartsGrouped(SEVERAL_DRAWS_FORMS));
/** Each form of SEVERAL_DRAWS says "draws" or "rounds", or says "draw" or "round" twice. */
const PLURAL_OR_TWO = compiledNow(/draws|rounds|sorteos|rondas|sorteios|rodadas|tirages|rondes|invitations|ITAs|-(?:draw|round)\s+week|(?:draw|round)[^]*?(?:draw|round)/i);
/**
 * Whether a text introduces several draws: SEVERAL_DRAWS, after a cheap test that its words are there. Remembered: a sentence is
 * asked, then its groups, then the lead again.
 */
export const introducesSeveral = remembered((text: string): boolean => PLURAL_OR_TWO.test(text) && SEVERAL_DRAWS.test(text));

/**
 * A lead that tells its news as coming after other rounds of the week ("third Express Entry draw of the week", "Today's
 * draw follows two others this week"): rounds it then tells dated after the page's day were before the news.
 */
export const LATER_OF_THE_WEEK =
  /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:express entry\s+)?(?:draw|round)\s+(?:of\s+the|this)\s+week\b|\bfollows?\s+(?:two|three|four|\d)\s+(?:others|other\s+(?:express entry\s+)?(?:draws|rounds))\b/i;

/**
 * "An overview of the most recent draws": a lead that tells several rounds. Only for the lead: in a sentence, "the first of the
 * two latest draws, 118 invitations" still gives one round's count.
 */
export const RECENT_DRAWS_LEAD = /\b(?:most recent|latest) (?:express entry )?(?:draws|rounds)\b/i;

/**
 * A headline about the tie-break rule itself ("Express Entry tie-break procedure", "A Brief Overview of Express Entry's
 * Tie-Breaking Rule"), with no count or score of its own: an explainer that illustrates the rule with a past draw.
 */
export const RULE_EXPLAINER_HEADLINE = /\btie[- ]?break(?:ing|er)?\s(?:rule|procedure|system)\b/i;
const HEADLINE_FIGURE = /\d{3}/;
export const explainsTheRule = (headline: string): boolean => RULE_EXPLAINER_HEADLINE.test(headline) && !HEADLINE_FIGURE.test(headline);

/**
 * A lead that says the article is not news of a draw (also a recap of last week: "Express Entry: balance de la semana pasada",
 * "repasamos las rondas de la semana pasada, que ya cubrimos";
 * Spanish and Portuguese forecasts: "¿Habrá ronda de Express Entry este miércoles?", "Previsão", "la próxima ronda"; a story
 * republished "From the archive"; a year's recap, "held 23 rounds of invitations in 2015"; a guide's "What CRS Score Do You Need …?" over "Recent cut-offs by draw type"; "nenhum sorteio desde 28/05/2026", "no hay ronda esta semana", "Sin sorteos de Express Entry desde el 28/05/2026").
 */
export const NOT_NEWS_LEAD = compiledNow(
  wordStartsGrouped(
    /\b(?<!\b(?:sem|sin)\s)(?:nenhum\s+(?:novo\s+)?sorteio|nenhuma\s+(?:nova\s+)?rodada|ning[úu]n\s+(?:nuevo\s+)?sorteo|ninguna\s+(?:nueva\s+)?ronda|no\s+hay\s+(?:nuevas?\s+)?(?:ronda|sorteo)s?)\b|\b(?:sin|sem|sans)\s+(?:nuevos\s+|novos\s+|nouveaux\s+)?(?:sorteos|rondas|sorteios|rodadas|tirages|rondes)\s+(?:(?:de|do|d['’])\s?(?:express\s+entry|entr[ée]e\s+express)\s+)?(?:desde|depuis)\b|\b(?:sin|sem|sans)\s+(?:ronda|rodada|sorteo|sorteio|tirage|ronde)s?\s+(?:(?:de|do|d['’])\s?(?:express\s+entry|entr[ée]e\s+express)\s+)?(?:esta|nesta|cette)\s+(?:semana|semaine)\b|\bfrom (?:the|our) archives?\b|\bya\s+(?:las\s+|los\s+)?(?:cubrimos|informamos|reportamos)\b|\bj[áa]\s+(?:as\s+|os\s+)?(?:cobrimos|noticiamos|informamos)\b|\bwe(?:'ve| have)? already (?:covered|reported)\b|\bcovered (?:(?:each of )?(?:these|them|it|those)(?: rounds| draws)? )?(?:as (?:it|they) happened|at the time)\b|¿\s*(?:habr[áa]|cu[áa]ndo)(?![a-z])|\bhaver[áa](?![a-z])[^.]*\?|\bquando\s+(?:ser[áa]|sai|vai|haver[áa])(?![a-z])|^\s*will\s[^?.!]{0,120}\?|\bweek ahead\b|\bbilan\s+(?:annuel|mensuel|du\s+mois|de\s+l['’]ann[ée]e|(?:19|20)\d\d)\b|\b(?:bilan|balance|balan[çc]o|resumen|resumo|r[ée]capitulatif)\s+(?:de\s+|d['’]|del\s+mes\s+de\s+)(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro)\b|\b(?:retrospectiva|r[ée]trospective|retrospective)\b|\bcut-?offs\s+(?:in|of|for)\s+(?:19|20)\d\d\b|\bpron[óo]stico|\bprevis(?:[ãa]o|i[óo]n)\b|\bpr[ée]visions?\b|(?<![a-zà-ÿ])à quoi s['’]attendre\b|\bpredicci[óo]n|\b(?:qu[ée]|o que)\s+esperar\b|\bpr[óo]xim[oa]\s+(?:ronda|rodada|sorteo|sorteio)\b|\b(?:recap|round-?up|summary|balance|resumen|resumo)\s+(?:of\s+|de\s+(?:la\s+)?|da\s+)(?:last week|semana pasada|semana passada)\b|\blast week['\u2019]s\s+(?:(?:express entry\s+)?(?:draws?|rounds?)\s+)?(?:recap|round-?up|summary)\b|\bno (?:new )?(?:express entry )?(?:draws?|rounds?)\b|\bwithout (?:a|any) (?:draw|round)(?<!\b(?:after|following|ending|ends|ended)\s(?:[\w-]+\s){0,4}without (?:a|any) (?:draw|round))|\b(?:has|have|had)(?: not|n't) (?:held|been|issued|conducted|run)\b|\bdid(?: not|n't) hold\b|\bpaus(?<!\b(?:after|following|ending|ends|ended)\s(?:a\s|an\s|the\s)?(?:[\w-]+\s){0,2}paus)(?:e|ed|es)\b|\bpredict(?!ed\b|ab)|\bpredicted(?<!\bas\s(?:\S+\s){0,4}predicted)\b|\bforecast|\bprojection|\bproyecci[óo]n|\bproje[çc][ãa]o|\b(?:rondas|sorteos)\s+del\s+mes\b|\b(?:rodadas|sorteios)\s+do\s+m[êe]s\b|\b(?:tirages|rondes)\s+du\s+mois\b|\baucun(?:e)?\s+(?:ronde|tirage)\b|\bdistribuci[óo]n\s+de\s+(?:puntajes|puntos)\b|\bdistribui[çc][ãa]o\s+de\s+pontua|\br[ée]partition\s+des\s+(?:scores|points)\b|\bwhat to expect|\b(?:should|can|could) (?:you|we|candidates|applicants) expect\b|\bwhere (?:is|are) [^?.!]{0,80}\bheading\b|\b(?:\d{1,2}|ten|five) years of express entry\b|\banniversary\b|\bon this day in\b|\b(?:one|a|two|three|five|ten|\d{1,2})\s+years?\s+ago\s+today\b|\bwhen (?:is|will|do|does)\b|\bnext (?:express entry )?(?:draw|round)\b|\bto (?:conduct|hold) (?:the |its |a )?(?:very )?(?:first|next|new|another)\b|\bwill be held\b|\b(?:is|are) going to\b|\bfactors that (?:may |could |will )?affect\b|\bon this page you(?:'ll| will) find\b|\bset to (?:resume|restart|begin|start|return)\b|\bon the horizon\b|\b(?:held|conducted)\s+\d{2,3}\s+(?:rounds|draws)(?:\s+of\s+invitations)?\s+in\s+(?:19|20)\d\d\b|\bwhat (?:crs |minimum )?score do (?:you|i) need\b|\brecent cut-?offs by\b|\bhow (?:to|does|do|is|can(?! (?:we|i) help))\b|\bwhy (?:is|are|does|do|has|have|did)(?:n't)?\b|(?:^|[:?!.|\u2013\u2014]\s*)how the\b|\bguide\b(?<!\b(?:expat|expats|newcomers?|city|travel|tv)\s+guide)|\bfrequently asked questions\b|\btips\b|\bstep[- ]by[- ]step\b|\bexplain|\bwhat is (?:express entry|the crs|a crs|an? ita|the comprehensive|a draw|an express entry|the express entry)\b|\bcalculat|\bpool:? (?:update|shrinks|grows|distribution|data)|\bdistribution of (?:the )?(?:crs )?scores\b|\bbreakdown of (?:the )?(?:candidates|profiles)\b|\bnumber of (?:[\w()-]+\s){0,12}?(?:candidates|profiles) in the (?:express entry )?pool\b|\bstate of the (?:express entry )?pool\b|\binside the (?:[\w-]+\s){0,4}pool\b|\b(?:draws|rounds)\s(?:throughout|during|over|across)\sthe\smonth\b|\blevels plan\b|\bplan(?:o)? de (?:niveles|n[íi]veis)\b|\bplan des niveaux\b|\bpolicy\b(?!\s*&\s*[A-Z])|\bscam|\bfraud|\bfake\b|\bwarn|\bin review(?<!\bweek in review)\b|\btimeline of events\b|^\s*(?:19|20)\d\d in (?:canadian |canada['\u2019]s )?immigration\b|\b(?:comprehensive|annual|mid-year|year-end|quarterly) review\b|\bquarterly report\b|\bQ[1-4]\s(?:19|20)\d\d\s(?:review|recap|report)\b|\byear[- ]end report\b|\byear in review\b|\b(?:first|second) half of (?:the year|(?:19|20)\d\d)\b|\bannual report\b|\bfull analysis\b|\banalysis of (?:express entry )?draws\b|\b(?:past|last) (?:\d+|three|four|five|six) months\b|\b(?<!\bafter\s(?:nearly\s|almost\s|more\sthan\s|over\s)?)(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2}) months of (?:[\w-]+ ){0,3}?(?:draws|rounds)\b|\b(?:draws|rounds|selections)(?<!\b(?:one of|most|largest|biggest|smallest|highest|lowest|first)\b[^.\n]{0,40}(?:draws|rounds|selections))\s(?:in|of|for)\s(?:19|20)\d\d\b(?![-'\u2019])|\brecap(?<!\bweek(?:ly|end|'s|\u2019s)?\s(?:[\w-]+\s){0,3}recap)\b(?!\s?:\s?(?:#\s?|(?:draw|round)s?\s(?:#\s?)?)\d|\sfor\s(?:late\s)?(?:arrivals|latecomers|those\s+just\s+joining))|\bthere have been (?:over |more than |about |nearly |some )?\d[\d,]* (?:[\w-]+ ){0,2}?(?:draws|rounds)\b|\b(?:so far|to date)(?<!\b(?:lowest|highest|largest|smallest|biggest|most|average|above|below)\b[^.\n]{0,60}(?:so far|to date))\b|\byear[- ]to[- ]date\b|\bround-?up(?<!\bweek(?:ly|end|'s|\u2019s)?\s(?:[\w-]+\s){0,3}round-?up)\b|\bsummary of\b(?!\s(?:[\w-]+\s){0,2}news\b)|\bevery (?:cec |pnp |express entry )?(?:round|draw)\b(?!\s+(?:held\s+)?this\s+week\b)|\btracker\b(?![^\n@.]{0,8}@\w)|\bshould i\b|\bways to\b|\bremoves?\b|\bnew category(?<!\b(?:draw|round|selection) (?:under|for|in) (?:a|the) (?:brand[- ])?new category|\b(?:draws|rounds) and a (?:brand[- ])?new category|\b(?:held|conducted|ran)\s[^.]{0,60}\b(?:draws|rounds)\b[^.]{0,40}\bnew category)\b(?!-based\s+(?:express entry\s+)?(?:draw|round)\b(?!s))|\badds? [^.]{0,30}category/i,
  ),
);

/**
 * "Candidates from the Federal Skilled Worker Class program were among those who received ITAs", "Canadian Experience Class
 * (CEC) candidates were also included in today's draw", a headline's "Francophone nurses among 1,000 invited": one group of several.
 */
export const AMONG_THOSE = compiledNow(
  /\b(?:were|are|was|is)\s+among\s+(?:those|the)\b|\b(?:were|are)\s+also\s+(?:included|eligible)\b|\bamong\s+(?:the\s+)?\d[\d,.]*\s+(?:(?:candidates|people|applicants)\s+)?invited\b/i,
);

/** "This week's activity also included a draw on August 6": a draw beside the one the text is about. */
export const ANOTHER_DRAW = /\balso\s+(?:included|includes|saw|featured|had)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}(?:draw|round)\b/i;

/** "Healthcare occupations (Version 2)": IRCC's name of a round's category. */
export const ROUND_LABEL = /\(\s*version\s+\d+\s*\)/i;

/** "the January 19 draw": a day written between "the" and "draw". */
export const DAY_OF_DRAW_BEFORE = /\bthe\s+$/i;
export const DAY_OF_DRAW_AFTER = /^\s+(?:express entry\s+)?(?:draw|round)\b(?!s)/i;
/** "Until today's draw", "those invited today", "five draws, including today's": the page's own day named as a draw's. */
export const TODAY_OF_DRAW_AFTER = /^['\u2019]s\s+(?:express entry\s+)?(?:draw|round)\b(?!s)/i;
export const TODAY_OF_DRAW_BEFORE = /\b(?:invited|selected|including|(?:draw|round)\s+(?:held|conducted))\s+$/i;

/** "Today's draw", "the round held today": the text tells a draw of its own day. */
export const TODAYS_DRAW = /\btoday['\u2019]s (?:express entry )?(?:draw|round)\b|\b(?:draw|round) (?:held |conducted )?today\b/i;
/** A sentence that opens with "Yesterday". */
export const YESTERDAY_LEAD = /^[\s"'(\u2022*-]*yesterday\b/i;
