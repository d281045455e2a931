import { countsAtCutoffs } from './count-at-cutoff.ts';
import { DIGITS, readNumber } from './number-tokens.ts';
import { OVER_SEVERAL_DRAWS } from './over-draws.ts';
import type { FactMention } from '../types.ts';
import { compiledNow, matchesOf, wordStartsGrouped } from '../text/matches.ts';

/**
 * Cut-offs: "minimum CRS score of 522", "cut-off 531", "the lowest-ranked candidate had 503",
 * "CRS score of lowest-ranked candidate invited: 732", "CRS 516", "a 531-point cut-off",
 * "note minimale du SCG était de 432", shorthand "2,000 @ 517". A cue word must come first
 * (or right after), with at most seven plain words between it and the number. Scores of a
 * hypothetical candidate ("for a candidate with a CRS score of 509", "if your score is 480"),
 * core scores and the 600 nomination points are not cut-offs.
 */

const HEAD = String.raw`(?:minimum|min\.?|lowest|Comprehensive Ranking (?:System|Scores?)|lowest-ranked|last[- ]invited|last candidate|cut-?\s?off(?!s)|cutoff(?!s)|threshold(?!s)|qualifying|passing|required|needed|CRS|SCG|note minimale|score minimal|pointage minimal|notas? m[íi]nimas?|m[íi]nimo de(?=\s\d)|nota de corte|puntaje de corte|score of cut|puntuaci[óo]n de corte|seuil|puntaje|puntuaci[óo]n|pontua[çc][ãa]o)`;
// "a qualifying job offer can add 50 or 200 points": what an offer adds, not a cut-off.
const STOP = String.raw`(?:number|offers?|adds?|added|adding|invitations?(?!\s+rounds?\b)|ITAs?|invites|size|count|people|draws|rounds|days|weeks|months|years|hours|age|since|between|range|ranging|allant|entre|average|median|highest|maximum|m[áa]xim[ao]s?|top|pool|profiles|distribution|your|you|my|if|would|could|will|might|may|expected|predicted|likely|than|below|above|over|under|exceed\w*|tops?|topped|surpass\w*|pass(?:es|ed)|cross(?:es|ed)|breaks?|broke|beyond|higher|lower|more|less|fewer|upwards|around|about|near|roughly|approximately|nearly|almost|sobre|alrededor|cerca|encima|debajo|acima|abaixo|environ|autour|core|grid|out|calculator|tool|baj(?:a|ó|ar|an|aron)\s+de|ca[eí]\s+de|cay[óo]\s+de|caiu\s+de|sous|sup[ée]rieur\w*|inf[ée]rieur\w*|plus\s+de|moins\s+de|m[áa]s\s+de|menos\s+de|mais\s+de|mayor\w*|menor\w*|supera\w*|rebas\w*|ultrapass\w*|d[ée]pass\w*|franchi\w*)\b`;
const TOKENS = String.raw`(?:[\s,:()=\u201c\u201d"-]{1,100}(?!${STOP})[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]{0,20}){0,9}`;
const HEAD_THEN_NUMBER = compiledNow(new RegExp(String.raw`\b${HEAD}${TOKENS}[\s,:()=\u201c\u201d"\u2265-]{0,100}${DIGITS}`, 'gi'));
/** "… 4,000 invites, 393 minimum.": a list's figure, then what it is. */
const LISTED_MINIMUM = new RegExp(String.raw`(?<=,\s)${DIGITS}\s(?:minimum|min\.?)(?=\s*(?:[.;)]|$))`, 'gi');
const NUMBER_THEN_HEAD = compiledNow(
  new RegExp(
    String.raw`${DIGITS}\s?-?\s?(?:points?|pts)?\s?-?\s?(?:CRS\s)?(?:cut-?\s?off|cutoff|threshold)\b|${DIGITS}\s(?:was|is|became|remained)\s(?:(?:set|fixed|established)\s(?:as|at)\s)?(?:the\s)?(?:new\s)?(?:minimum|lowest|cut-?\s?off|cutoff|threshold)\b`,
    'gi',
  ),
);
// Also "500 healthcare candidates were invited at 510", "1,500 French Speakers at 388", "3,200 French-language invitations at 420", "362 provincial nominees at 742", a
// Spanish digest's "4.000 candidatos CEC con 507", "362 nominados provinciales con 742", and "a CEC round inviting 3,294 at 464"; French "5 000 invitations à 391 points".
/**
 * "(1 000 invitations, 523 points)", "a PNP round on Monday (334 ITAs, 805)", "PNP: 940 convites | corte 711", a scoreboard's
 * "All programs: 4,750 ITAs, final score 561", a post's "FSW-only draw!! 3,300 ITAs, 489 CRS": a count, then the score that cut it off.
 */
const COUNT_THEN_SCORE = new RegExp(
  String.raw`\(\d[\d,. ]{0,9}\s(?:invitations|ITAs|convites|invitaciones),\s${DIGITS}(?:\s(?:points|puntos|pontos))?\)|\b\d[\d,. ]{0,9}\s(?:convites|invitaciones|invitations)\s?[|,;]\s?(?:corte|nota de corte|puntaje de corte)\s?:?\s?${DIGITS}|\b\d[\d,. ]{0,9}\s(?:invitations|ITAs|invites),\s(?:final|closing)\sscore\s?:?\s?${DIGITS}|\b\d[\d,. ]{0,9}\s(?:invitations|ITAs|invites),\s${DIGITS}\sCRS\b(?!\s(?:scores?|points?)\s(?:of|for|needed|required|to)\b)`,
  'gi',
);
/**
 * A podcast's "French: 4,500 invitations, 446 points." and "Monday: PNP, 264 invitations, 710.": right after the round's program, a
 * count, then the score ending the clause.
 */
const COUNT_THEN_LAST_SCORE = new RegExp(
  String.raw`(?<=\b(?:PNP|CEC|FSW|FST|STEM|French|healthcare|trades|transport|agriculture|education)[,:]\s)\d[\d,]{0,9}\s(?:invitations|ITAs|invites),\s${DIGITS}(?:\s(?:CRS\s)?(?:points|pts))?(?=\s*(?:[.;]|$))`,
  'gi',
);
/** "Round 404 just posted, CEC 4,000 at 507" ("3,665 candidates at a record-low 415 points"): a program's acronym, its count, "at" and the cut-off (not "trades 1,800 at 436 and healthcare 3,750 at 445" in a sentence about earlier weeks: p8-124). */
const PROGRAM_SHORT = String.raw`(?:CEC|PNP|FSWP?|FSTP?|STEM)`;
const SHORTHAND = compiledNow(
  new RegExp(
    String.raw`(?<![\d,])\d[\d,]{0,9}\s?(?:(?<=\b(?:invit(?:ed|ing|es)|issu(?:ed|ing|es)|${PROGRAM_SHORT})\s\d[\d,]{0,9}\s)at|(?:ITA(?:s|['\u2019]s)?|invitations|invites|invited|(?:[A-Za-z-]+\s){0,4}(?:candidates|speakers|workers|professionals|francophones|executives|managers|doctors|physicians|nominees)|(?:[A-Za-z]+-[A-Za-z-]+|healthcare|trades|STEM|CEC|PNP|French)\s(?:invitations|ITAs))(?:\s(?:were|was)\s(?:invited|selected))?(?:,\s?|\s)?(?:@|w/|at)|(?:candidatos|candidats|nominados)(?:\s[A-Za-z\u00C0-\u00FF]+)?\s(?:con|com|avec)|(?:invitations|invitaciones|convites|candidats|candidatos)\s(?:à|a)(?=\s\d{2,4}\s(?:points|puntos|pontos)\b)|@|w/)\s?(?:just\s|only\s|a\s(?:new\s)?(?:record|historic|all-time)[- ]low\s(?:of\s)?)?${DIGITS}`,
    'gi',
  ),
);

/** "round 379 invited 3,500 candidates in healthcare and social services at 462.": a count, who they were, and a score ending the clause. */
const INVITED_THEN_AT = new RegExp(String.raw`\binvit(?:ed|ing|es)\s+\d[\d,]{0,9}\s+(?:[A-Za-z-]+\s+){1,6}?at\s+${DIGITS}(?=\s*(?:[.;]|$))`, 'gi');

/** "At 685 points, the minimum CRS score for this draw is the second-lowest of 2021", "Using 443 points as the minimum point has set a record". */
const AT_POINTS_THE_MINIMUM = new RegExp(
  String.raw`\bat\s${DIGITS}\s(?:CRS\s)?points?,\s(?:the\s)?(?:minimum|lowest|cut-?\s?off)\b|\busing\s${DIGITS}\s(?:CRS\s)?points?\sas\s(?:the|its)\s(?:new\s)?(?:minimum|lowest|cut-?\s?off|threshold)\b`,
  'gi',
);

/** "scored at least 514 points", "scores of at least 795", "at least 521 CRS points", "at least a 481 score", "au moins 486 points". */
const AT_LEAST = new RegExp(
  String.raw`\b(?:scor(?:ed|ing|es?)|points?|CRS)\b[^.;\d]{0,20}?\b(?:at least|a minimum of|no less than)\s{1,2}${DIGITS}|\b(?:at least|au moins)\s{1,2}(?:an?\s)?${DIGITS}\s?(?:CRS\s|SCG\s)?(?:points|score)\b`,
  'gi',
);

/**
 * "candidates with 453 or more CRS points": the least score invited; also the Ministerial Instructions'
 * "a total of 482 points or more under the Comprehensive Ranking System", "Candidates had to score 533 points or higher".
 */
const OR_MORE = compiledNow(
  new RegExp(
    String.raw`${DIGITS}\s(?:or|and)\s(?:more|higher|above)\s(?:Comprehensive Ranking System\s(?:\(CRS\)\s)?|CRS\s)?(?:points|pts|(?:ranking\s)?scores?)\b|\b(?:scores?|CRS)\sof\s${DIGITS}\s(?:or|and)\s(?:more|higher|above)\b|\b(?:had|needed|were required)\sto\s(?:score|have|earn)\s${DIGITS}\s(?:CRS\s)?points\s(?:or|and)\s(?:more|higher|above)\b|${DIGITS}\s(?:CRS\s)?points\s(?:or|and)\s(?:more|higher|above)\s(?:under|in|on)\s(?:the\s)?(?:Comprehensive Ranking System|CRS)\b` +
      // "Scores stood at 682 or higher", "Those invited scored 682 or more" (not "if you scored 682 or more": HYPOTHETICAL),
      // "candidates scoring 791 and above", "those with 791 points or more got an ITA".
      // "Those with 793+ were invited", "candidates with 793+ points got ITAs".
      String.raw`|\bwith\s${DIGITS}\+\s(?:(?:CRS\s)?points\s)?(?:were|was|got|received)\s(?:invited|ITAs?|an?\sITA|invitations?)\b` +
      String.raw`|\bscores?\s(?:stood|were|was|started)\s(?:at\s)?${DIGITS}\s(?:(?:CRS\s)?points\s)?(?:or|and)\s(?:more|higher|above)\b|\bscor(?:ed|ing)\s${DIGITS}\s(?:(?:CRS\s)?points\s)?(?:or|and)\s(?:more|higher|above)\b|\bwith\s${DIGITS}\s(?:CRS\s)?points\s(?:or|and)\s(?:more|higher|above)\b`,
    'gi',
  ),
);

/** "A 461 Comprehensive Ranking System (CRS) score was sufficient", "The 199 minimum CRS points required for this draw". */
const SCORE_WAS_ENOUGH = new RegExp(
  String.raw`\b(?:an?|the)\s${DIGITS}\s(?:(?:Comprehensive|Detailed)\sRanking\sSystem\s(?:\(CRS\)\s)?|CRS\s)(?:score|points)\s(?:was|were|is)\s(?:adequate|sufficient|enough|required|needed)\b|\bthe\s${DIGITS}\s(?:minimum|min\.?)\s(?:CRS\s)?(?:points|score)\s(?:required|needed)\b`,
  'gi',
);

/**
 * A figure a cut-off word introduced earlier in the sentence "stood at", "remained at", fell "to a
 * low of" or climbed to: "The number of CRS points required … has remained at 470", "the CRS cut-off score stood at 511",
 * "the minimum score in the latest Express Entry draw climbed to 538 points",
 * "The cut-off score of this draw dropped by five points compared to the previous CEC-specific round and was 447 points".
 */
const SETTLED_AT = compiledNow(
  wordStartsGrouped(
    new RegExp(
      String.raw`\b(?:rose|risen|climbed|jumped|increased|went\sup|shot\sup)\sto\s(?:a\s(?:new\s)?high\sof\s)?${DIGITS}(?=\s(?:CRS\s)?points\b|[.,;]|$)|\b(?:remain(?:s|ed)?|stood|stands|stay(?:s|ed)?|settled|held steady)\s(?:steady\s|unchanged\s)?at\s(?:a\s)?${DIGITS}|\b(?:(?<=,\s)down|drop(?:ped|ping)?|fell|falling|decreas(?:ed|ing)|declin(?:ed|ing)|dipp(?:ed|ing)|continu(?:e|es|ed|ing) to drop)\s+(?:[\w-]+,?\s+){0,8}?to\s(?:a\s(?:new\s)?(?:low|requirement)\sof\s)?(?:only\s|just\s)?${DIGITS}|\band\s(?:was|is|stood\sat|now\sstands\sat)\s${DIGITS}(?=\s(?:CRS\s)?points\b)|\b(?:reach(?:ed|es|ing)?|hit(?:s|ting)?|touch(?:ed|es|ing)?)\s(?:a\s)?(?:new\s|record\s|historic\s|all-time\s)?low\sof\s(?:only\s|just\s)?${DIGITS}`,
      'gi',
    ),
  ),
);
const CUTOFF_BEFORE = /\b(?:CRS|SCG|cut-?\s?off|cutoff|threshold|minimum (?:scores?|points)|points required|score requirement|score required)\b[^.;]{0,160}$/i;
/** "the draw on July 6 had a score of 557", "the latest draw score announced on 3rd April was 451": a draw's score is its cut-off. */
const DRAW_HAD_SCORE = new RegExp(
  String.raw`\b(?:draw|round)\b[^.;\d]{0,40}?\b(?:had|needed|required|carried)\s(?:a\s)?(?:CRS\s)?score\sof\s${DIGITS}|\b(?:draw|round)\s(?:CRS\s)?score\b[^.;\d]{0,60}?\b(?:was|is|stood at)\s${DIGITS}`,
  'gi',
);

/**
 * "the minimum CRS score of all candidates who received an ITA was 365", "… required for eligibility in
 * this round was set at 463", "The minimum score requirement … turned out to be 676": a cut-off word, its score, then the figure.
 */
const MINIMUM_SCORE_WAS = compiledNow(
  new RegExp(
    String.raw`\b(?:minimum|lowest|cut-?\s?off)\b[^.;\d]{0,80}?\bscore\b[^.;\d]{0,60}?\b(?:was|were|is|stood at|(?:was|were) (?:set|fixed) at|turned out to be|came in at)\s${DIGITS}` +
      // "Their cut-off was far lower: 491 points": the comparison, then the figure itself.
      String.raw`|\b(?:cut-?\s?off|cutoff|minimum(?:\sscore)?)\s(?:was|is)\s(?:far\s|much\s|even\s|a\slot\s)?(?:lower|higher)\s?[:\u2013\u2014-]\s?${DIGITS}(?=\s(?:CRS\s)?points\b|[.;,]|$)` +
      // "… and the cutoff? 382.": a spoken question, answered by the figure alone.
      String.raw`|\bthe\s(?:CRS\s)?(?:cut-?\s?off|cutoff|minimum(?:\sscore)?)\?\s${DIGITS}(?=[.!]|$)`,
    'gi',
  ),
);

/** "with scores starting at 508", "candidates who scored as low as 439", "… round, with scores as low as 397", "400 … candidates, with scores as low as 199": the lowest score invited. */
const STARTING_AT = compiledNow(
  wordStartsGrouped(
    new RegExp(
      String.raw`\bscores?\s(?:starting|beginning)\s(?:at|from)\s(?:just\s|only\s|as low as\s)?${DIGITS}|\b(?:who|that)\sscored\sas\slow\sas\s${DIGITS}|\b(?:candidates|applicants|people|profiles|nominees),?\swith\s(?:CRS\s)?scores\sas\slow\sas\s${DIGITS}|\b(?:round|draw),\swith\s(?:CRS\s)?scores\sas\slow\sas\s${DIGITS}|\b(?:were|was)\s(?:invited|selected)\swith\s(?:CRS\s)?scores\sas\slow\sas\s${DIGITS}|\b(?:candidates|applicants|people)\swhose\s(?:CRS\s)?scores\s(?:were|went)\sas\slow\sas\s${DIGITS}|` +
        // "1,000 Francophone candidates with a score of 444 were invited"
        String.raw`\b(?:candidates|applicants|people|individuals|profiles|nominees)\s(?:[\w-]+\s){0,2}?with\s(?:a|an)\sscore\sof\s(?:at least\s|just\s|only\s)?${DIGITS}(?=[^.;]{0,20}?\b(?:were|was|got|received)\b)|` +
        // "a French-language round invited 1,000 more, this time with as few as 470 points".
        String.raw`\b(?:invited|selected|ITAs?|invitations)\b[^.;]{0,40}?\bwith\sas\s(?:few|low)\sas\s${DIGITS}(?=\s(?:CRS\s)?points\b)|` +
        // "2,000 candidates were invited, starting from 515 points".
        String.raw`\b(?:invited|selected|ITAs?|invitations|invit[ée]e?s|s[ée]lectionn[ée]e?s)\b[^.;]{0,60}?\b(?:starting|beginning)\s(?:at|from)\s${DIGITS}\s(?:CRS\s)?points\b|` +
        // "invitations are issued to the highest-ranking candidates in the category, in this round down to a score of 476"
        String.raw`\bdown\sto\sa\s(?:(?:minimum|CRS|cut-?off)\s)?score\sof\s${DIGITS}|` +
        // "IRCC's Canadian Experience Class draw (#187) went down to 401 points" (the round and its number masked): how far down the round invited.
        String.raw`(?:\b(?:draw|round)(?:\s\([^()]{1,8}\))?|\s{4}\)?)\swent\sdown\sto\s${DIGITS}(?=\s(?:CRS\s)?points\b)|` +
        // "it selected candidates with Express Entry scores of 451"
        String.raw`\b(?:selected|invited|picked|chose)\s(?:[\w-]+\s){0,3}?(?:candidates|applicants|people|profiles)\swith\s(?:an?\s)?(?:Express Entry|EE)\sscores?\sof\s(?:at least\s|just\s|only\s)?${DIGITS}`,
      'gi',
    ),
  ),
);

/** French: "au moins 393 points selon le Système de classement global". */
const FRENCH_AT_LEAST = new RegExp(
  String.raw`\b(?:au moins|un minimum de|score minimum de|seuil minimal de|al menos|como m[íi]nimo|pelo menos|no m[íi]nimo)\s${DIGITS}\s(?:points?|puntos|pontos)\b`,
  'gi',
);

/**
 * The lowest invited score told as French, Portuguese and Spanish pages tell it, without a score word the English patterns need:
 * "le dernier candidat invité avait 484 points", "o último convidado tinha 511 pontos", "Le plus faible score retenu dans ce
 * tirage est de 476 points", "4 mil convites, com corte de 467 pontos", "invitó a 3.294 candidatos con un mínimo de 464 puntos";
 * and the English "The bar: 793".
 */
const ROMANCE_CUTOFF = compiledNow(
  wordStartsGrouped(
    new RegExp(
      String.raw`\b(?:le dernier candidat invit[ée]|la derni[èe]re personne invit[ée]e|o [úu]ltimo (?:candidato )?convidado|el [úu]ltimo (?:candidato )?invitado)\s(?:avait|tinha|ten[íi]a|a obtenu|obteve|obtuvo)\s${DIGITS}\s(?:points?|pontos|puntos)\b|` +
        String.raw`\bplus faible (?:score|note|pointage)\s(?:retenu|invit[ée]|admis)\b[^.;\d]{0,40}?\b(?:est|était|a été|fut)\sde\s${DIGITS}|` +
        String.raw`\b(?:com|con) (?:uma? )?(?:nota de |puntaje de )?corte de\s${DIGITS}\s(?:pontos|puntos)\b|` +
        // "con" or "com" asked first: the long look behind runs only there, not at every word.
        String.raw`\b(?=co[nm] )(?<=\b(?:invit[óo]|invitaron|convidou|convidaram|candidatos|convites|invitaciones)\b[^.;]{0,80}?)(?:con|com) (?:un |uma? )?m[íi]nimo de\s${DIGITS}\s(?:puntos|pontos)\b|` +
        // "El corte quedó en 515 puntos", "a nota de corte ficou em 515 pontos".
        String.raw`\b(?:el|la|o|a) (?:nota de |puntaje de |puntuaci[óo]n de )?corte (?:qued[óo]|se situ[óo]|fue|fic(?:ou|a)|foi|est[áa]) (?:en|em|de|a)\s${DIGITS}\s(?:puntos|pontos)\b|` +
        // "com apenas 354 pontos exigidos", "com 454 pontos como mínimo exigido", "with just 354 points required".
        String.raw`\b(?:com|con|avec|with)\s(?:apenas\s|s[óo]\s|solo\s|seulement\s|just\s|only\s)?${DIGITS}\s(?:pontos|puntos|points)\s(?:(?:como|comme|as\sthe)\s(?:m[íi]nimo|minimum)\b|(?:exigid[oa]s|requerid[oa]s|requis|exig[ée]s|required)\b)|` +
        String.raw`\bthe bar(?::|\swas|\sis|\sstood at)\s${DIGITS}\b`,
      'gi',
    ),
  ),
);

/**
 * A record over draws, not a draw's cut-off: "The lowest PNP cut-off this year was 663", "The lowest trades cut-off so far was
 * 388", "The lowest-ever French cut-off was 379", "the lowest cut-off in 2025 was 507", and the two ends of a spread ("the
 * lowest cut-off was 507 and the highest 518"). `before` is the sentence up to the figure, `after` the rest. Not "the
 * lowest-ranked candidate", nor "the lowest score invited was 476". Read by the rules and by the learned fallback's features.
 */
const RECORD_BEFORE =
  /\blowest\b(?!-ranked)[^.;\d]*?(?:[- ]ever\b|\b(?:so far|to date|yet|on record|all[- ]time|this year|of the year|(?:in|of|for|since) (?:19|20)\d\d)\b|\bin (?:its|their|the) history\b)[^.;\d]*$/i;
const SPREAD_BEFORE = /\blowest\b(?!-ranked)[^.;\d]*$/i;
const SPREAD_AFTER = /^\s?(?:(?:CRS\s)?points?\s?)?,?\s(?:and|while|with)\s(?:the\s)?highest\b/i;
export const recordCutoff = (before: string, after: string): boolean => RECORD_BEFORE.test(before) || (SPREAD_BEFORE.test(before) && SPREAD_AFTER.test(after));

/** "the average CRS score among those invited was 415" is not the cut-off. */
const AVERAGE_BEFORE = /\b(?:average|median|mean)\s+(?:[\w-]+\s+){0,2}$/i;

const WEAK_HEAD = /^(?:required|needed)/i;
/**
 * A score of an example or a plan just before it. Every alternative opens with `\b` (the "if" one before its look-behind), so all are grouped behind one.
 * Not Spanglish "mandó 3,559 invitations a CEC candidates con CRS mínimo de 437": "a" before a plural is Spanish "to", no hypothetical candidate.
 */
const HYPOTHETICAL_BEFORE = compiledNow(
  wordStartsGrouped(
    /\bwithout (?:the |a |their |its |this |that )?(?:(?:provincial )?nomination|award|bonus)\b[^.;]{0,100}$|\b(?:a|an|any|one|each|every|your|my|his|her|our|typical|average|sample|example)\s+(?!(?:invited|selected)\s+(?:candidate|applicant)\b|(?<=\ba\s+)(?:CEC|PNP|FSW|FST|STEM)\s+(?:candidates|applicants)\b)(?:[\w-]+\s+){0,2}(?:candidate|applicant|nominee|person|profile|student|graduate|worker|someone|newcomer)s?\b[^.;]{0,24}$|\b(?<!\b(?:only|permitted to apply|allowed to apply|eligible|invited|selected)\s)(?:if|suppose|imagine|say|assuming|e\.g\.|for example|for instance|hypothetically)\b[^.;]{0,50}$|\b(?:your|my|his|her|their|mine)\s+(?:crs\s+)?(?:score|crs)\b[^.;]{0,15}$|\bcore\s+(?:crs\s+)?score\b[^.;]{0,12}$|\b(?:you|I)\b[^.;]{0,30}$/i,
  ),
);
const NOT_A_CUTOFF_AFTER =
  /^-?\s?(?:CRS[- ])?points?[- ](?:boost|bonus|bump|advantage|edge|premium|top-up|award)|^\s?(?:%|percent|per cent|days?|weeks?|months?|years?|hours?|regions?\b|ranges?\b|ballpark|candidates|invitations|ITAs?|profiles|people|draws|rounds|times|minutes|(?:additional |extra |bonus )?(?:CRS )?points? (?:[a-z]+ly )?(?:for(?! (?:the |these |its )?(?:invitations?|ITAs?|draw|round|selection))|from|thanks|awarded|granted|given|added|if|with)|(?:CRS )?points? (?:higher|lower|more|less|above|below|up|down)\b|points? (?:accordée?s?|attribuée?s?|octroyée?s?|donnée?s?|otorgados|concedidos|atribu[íi]dos|concedidos) (?:à|a|pour|por|para|par)\s|(?:higher|lower) than\b|(?:additional|extra|bonus) points|nomination|(?:points? )?on the (?:[\w-]+ ){0,2}grid|out of|(?:points? )?of (?:their|his|her|your|my) own)/i;

const PURPOSE = /\b(?:in order\s)?(?:for (?:a |the )?candidates?\s)?to (?:obtain|receive|get|secure|be (?:issued|sent|given)) (?:an? )?(?:Invitations? to Apply|ITAs?)(?:\s\((?:ITAs?)\))?/gi;

/**
 * "The minimum CRS for the 400 invited was 433", "The lowest score among the 400 candidates invited was 433": the invited told
 * by their number (a count, read as one), which the cut-off words reach past. A digit first: the look-behind runs only there.
 */
const INVITED_BY_NUMBER = compiledNow(/(?=\d)(?<=\b(?:for|of|among)\s(?:the|those|all)\s)(?:\d{1,3}(?:,\d{3})+|\d+)(?=\s(?:(?:candidates|applicants|people|profiles)\s)?(?:invited|selected)\b)/gi);

export const MIN_CRS = 50;
/** The CRS scale's top: a figure of 1,200 is the scale, never a round's cut-off (the highest cut-off was 886). */
export const MAX_CRS = 1200;

/** "the cut-off dropped by 77 points", "dropping by 77 points", "a decrease of 19": the amount of a change, not a score. */
const CHANGE_BEFORE =
  /\b(?:(?:drop(?:ped|s|ping)?|f[ae]ll(?:en|s|ing)?|decreas(?:ed|es|ing)|increas(?:ed|es|ing)|ros(?:e|en)|ris(?:es|ing)|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|dipp?(?:ed|s|ing)?|declin(?:ed|es|ing)|(?:went|going) (?:up|down)|(?:is|was) (?:up|down))\s+by|(?:drop|decrease|increase|rise|jump|dip|decline|fall|change|difference|reduction)\s+of)\s+(?:just\s+|only\s+|nearly\s+|about\s+|a further\s+)?$/i;

/** "which exceeded today's CRS cutoff score by 129 points", "lower by 47 points", "le seuil remonte de 66 points": a comparison's margin, not a score. */
const MARGIN_BEFORE = compiledNow(
  /\b(?:remont|baiss|descend|augment|recul|grimp|chut|diminu)[a-zé]*\s+(?:encore\s+|seulement\s+|environ\s+)?d(?:e\s+|['’])$|\b(?:higher|lower|more|less|greater|smaller|above|below|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outpac(?:es|ed|ing)|beat(?:s|ing)?|topp(?:ed|ing)|up|down)\b[^.;\d]{0,60}?\sby\s+(?:just\s+|only\s+|nearly\s+|about\s+|roughly\s+|some\s+|a further\s+|another\s+)?$/i,
);

/** "boosting their CRS score with an additional 600 points": the nomination's bonus, not a cut-off. */
const BONUS_BEFORE = /\b(?:additional|extra|bonus|added)\s+$/i;
/** "the CRS, which awards up to 600 points for …", "out of 1,200": the top of a scale, not a cut-off (no round has had the CRS's top, 1,200). */
const SCALE_TOP_BEFORE = /\b(?:up\s+to|out\s+of|a\s+maximum\s+of|maximum\s+of)\s+$/i;
/** "the CRS score cut-off was incorrectly listed as 507 points": a value the source corrected, not the draw's. */
const MISTAKEN_BEFORE = /\b(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:\w+\s+){0,2}?(?:as|at)\s+$/i;

/** "a CRS score of just 154 before being nominated by a province", "only needed 141 CRS points for their human capital": a nominee's score without the 600 points. */
const BASE_SCORE_AFTER =
  /^\s?(?:(?:CRS\s)?points?\s)?(?:before|without|prior to)\s(?:being\s|receiving\s|getting\s|their\s|the\s|a\s|its\s)*(?:provincial\s)?nominat|^\s?[^.;\d]{0,50}?\bpoints?\s(?:for|from|on)\s(?:their\s|the\s|its\s)?(?:human[- ]capital|core)\b/i;

/** "Minimum scores of 450 or above have been recorded in six out of 11 draws": a score over several draws, no draw's cut-off. */
const OVER_SEVERAL_DRAWS_AFTER = new RegExp(
  String.raw`^[^.;]{0,80}?(?:${OVER_SEVERAL_DRAWS}|\b(?:in|over|during|throughout) (?:this|that|the) period\b|\b(?:no|en el) per[íi]odo\b|\bsur la p[ée]riode\b)`,
  'i',
);

function accept(out: FactMention[], masked: string, start: number, raw: string): void {
  const value = readNumber(raw);
  if (value === null || value < MIN_CRS || value >= MAX_CRS || /k$/i.test(raw.trim())) return;
  if (OVER_SEVERAL_DRAWS_AFTER.test(masked.slice(start + raw.length))) return;
  if (
    CHANGE_BEFORE.test(masked.slice(Math.max(0, start - 40), start)) ||
    MARGIN_BEFORE.test(masked.slice(Math.max(0, start - 90), start)) ||
    BONUS_BEFORE.test(masked.slice(Math.max(0, start - 20), start)) ||
    SCALE_TOP_BEFORE.test(masked.slice(Math.max(0, start - 20), start))
  )
    return;
  if (MISTAKEN_BEFORE.test(masked.slice(Math.max(0, start - 50), start))) return;
  if (BASE_SCORE_AFTER.test(masked.slice(start + raw.length, start + raw.length + 90))) return;
  const end = start + raw.length;
  if (NOT_A_CUTOFF_AFTER.test(masked.slice(end, end + 40))) return;
  if (out.some((o) => o.start === start)) return;
  out.push({ start, end, value });
}

/** "… if they match or exceed the CRS cut-off of 435": the condition every invited candidate met, the draw's cut-off. */
const ELIGIBLE_IF =
  /\bif\s+(?:they|candidates|applicants|their\s+(?:crs\s+)?scores?)\s+(?:\w+\s+){0,2}?(?:match|meet|met|exceed|equal|reach|reached|had|have)\b[^.;\d]{0,40}\bthe\s+(?:CRS\s+)?(?:cut-?off|minimum(?:\s+(?:CRS\s+)?score)?|threshold)(?:\s+(?:score|of|at|is|was))*\s*$/i;

/** Whether the words before a number (up to it) describe someone's own or an example score. */
/** A named person's own score ("Priya Sharma's CRS score is 522", "Priya Sharma, whose score is 522"): written with capitals, so tested with case. */
export const PERSON_SCORE_BEFORE = /(?:\b[A-Z][a-z]+\s[A-Z][a-z]+['\u2019]s|\b[A-Z][a-z]+,\s+whose)\s+(?:CRS\s+)?score(?:\s+(?:is|was))?\s*$/;

function hypothetical(masked: string, numberStart: number): boolean {
  const before = masked.slice(Math.max(0, numberStart - 130), numberStart);
  return (HYPOTHETICAL_BEFORE.test(before) && !ELIGIBLE_IF.test(before)) || PERSON_SCORE_BEFORE.test(before);
}

/** A figure that starts a band of the pool's distribution ("500", "601", "1,200"): never read as a cut-off from a loose wording. */
const poolBand = (raw: string): boolean => {
  const n = readNumber(raw) ?? 0;
  return n >= 1200 || n % 50 <= 1;
};

/** "TOEFL iBT Test need a minimum score of 83": a language test's score, in a sentence that names no CRS, draw or invitation. */
const LANGUAGE_TEST = /\b(?:IELTS|CELPIP|TOEFL|PTE(?: Academic| Core)?|CAEL|TEF(?: Canada)?|TCF(?: Canada)?|Duolingo|language tests?)\b/i;
const DRAW_WORD = /\b(?:CRS|SCG|Comprehensive Ranking|draws?|rounds?|ITAs?|invit\w*|cut-?\s?offs?|cutoffs?)\b/i;

/** Cut-off scores of one sentence (masked text), deduplicated by position. */
export function findCutoffs(text: string): FactMention[] {
  const out: FactMention[] = [];
  if (LANGUAGE_TEST.test(text) && !DRAW_WORD.test(text)) return out;
  // "the minimum CRS score required to obtain an Invitation to Apply (ITA) during this draw was 444": the purpose clause is not a count.
  const masked = text.replace(PURPOSE, (m) => ' '.repeat(m.length)).replace(INVITED_BY_NUMBER, (m) => ' '.repeat(m.length));
  for (const m of matchesOf(HEAD_THEN_NUMBER, masked)) {
    const raw = m[1] ?? '';
    const start = m.index + m[0].length - raw.length;
    const between = m[0].slice(0, m[0].length - raw.length);
    if (WEAK_HEAD.test(m[0]) && !/\b(?:score|CRS|minimum|min|points?)\b/i.test(between + masked.slice(start, start + raw.length + 8))) continue;
    if (hypothetical(masked, start) || AVERAGE_BEFORE.test(masked.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (recordCutoff(between, masked.slice(start + raw.length, start + raw.length + 30))) continue;
    // "Ils seraient « au minimum 500 »", "at a minimum 500 people": at least so many, not a score.
    // Not "at a minimum CRS of 791": a score word between says it is one.
    // "inviting 500 healthcare workers at a minimum of 510" is one (no count's noun after the figure), so is "400 invitations at a
    // minimum of just 199 points".
    const ofAScore =
      /^minimum\s+of\s+(?:just\s+|only\s+)?$/i.test(between) && !/^\s*(?:people|persons|candidates|invitations|ITAs?|workers|applicants|profiles)\b/i.test(masked.slice(start + raw.length));
    if (/^minimum\b/i.test(m[0]) && /\b(?:au|at a|at the)\s+$/i.test(masked.slice(Math.max(0, m.index - 8), m.index)) && !/\b(?:CRS|SCG|score|points?)\b/i.test(between) && !ofAScore) continue;
    accept(out, masked, start, raw);
  }
  for (const m of /\d\smin/i.test(masked) ? matchesOf(LISTED_MINIMUM, masked) : []) accept(out, masked, m.index, m[1] ?? '');
  for (const m of matchesOf(NUMBER_THEN_HEAD, masked)) {
    const raw = m[1] ?? m[2] ?? '';
    const start = m.index + m[0].indexOf(raw);
    if (hypothetical(masked, start)) continue;
    accept(out, masked, start, raw);
  }
  for (const m of matchesOf(AT_LEAST, masked)) {
    const raw = m[1] ?? m[2] ?? '';
    const start = m.index + m[0].lastIndexOf(raw);
    if (!hypothetical(masked, start)) accept(out, masked, start, raw);
  }
  for (const m of matchesOf(SETTLED_AT, masked)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const start = m.index + m[0].length - raw.length;
    // Not "the CEC cut-off rose 7 points from 516 as the round size dropped to 1,000": a count, with its thousands group.
    if (
      CUTOFF_BEFORE.test(masked.slice(0, m.index)) &&
      !/,\d{3}/.test(raw) &&
      !/\bsize\s$/i.test(masked.slice(Math.max(0, m.index - 6), m.index)) &&
      !/\b(?:ITAs?|invitations?|candidates)\b/i.test(masked.slice(m.index, start))
    )
      accept(out, masked, start, raw);
  }
  for (const m of matchesOf(DRAW_HAD_SCORE, masked)) {
    const raw = m[1] ?? m[2] ?? '';
    const start = m.index + m[0].length - raw.length;
    if (!hypothetical(masked, start)) accept(out, masked, start, raw);
  }
  for (const m of matchesOf(MINIMUM_SCORE_WAS, masked)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const start = m.index + m[0].length - raw.length;
    if (!hypothetical(masked, start) && !AVERAGE_BEFORE.test(masked.slice(Math.max(0, m.index - 30), m.index))) accept(out, masked, start, raw);
  }
  for (const m of /scor|starting|beginning|went\sdown|as\s(?:few|low)\sas/i.test(masked) ? matchesOf(STARTING_AT, masked) : []) {
    const raw = m.slice(1).find((g) => g !== undefined) ?? '';
    const start = m.index + m[0].lastIndexOf(raw);
    if (/\bpoints\s*$/i.test(m[0]) && poolBand(raw)) continue;
    if (!hypothetical(masked, start)) accept(out, masked, start, raw);
  }
  if (/\b(?:SCG|CRS|classement global|clasificaci[óo]n|classifica[çc][ãa]o)\b/i.test(masked)) {
    for (const m of matchesOf(FRENCH_AT_LEAST, masked)) {
      const raw = m[1] ?? '';
      accept(out, masked, m.index + m[0].indexOf(raw), raw);
    }
  }
  for (const m of matchesOf(AT_POINTS_THE_MINIMUM, masked)) {
    const raw = m[1] ?? m[2] ?? '';
    const start = m.index + m[0].indexOf(raw);
    if (!hypothetical(masked, start)) accept(out, masked, start, raw);
  }
  for (const m of matchesOf(SCORE_WAS_ENOUGH, masked)) {
    const raw = m[1] ?? m[2] ?? '';
    const start = m.index + m[0].indexOf(raw);
    if (!hypothetical(masked, start)) accept(out, masked, start, raw);
  }
  for (const m of matchesOf(OR_MORE, masked)) {
    const raw = m.slice(1).find((g) => g !== undefined) ?? '';
    const start = m.index + m[0].indexOf(raw);
    // "candidates scoring 601 and above now number 12,000", "with 500 points or more": a band of the pool, not a cut-off.
    if (/^(?:scoring|with)\b/i.test(m[0]) && poolBand(raw)) continue;
    if (!hypothetical(masked, start)) accept(out, masked, start, raw);
  }
  for (const m of /point|puntos|pontos|bar\b/i.test(masked) ? matchesOf(ROMANCE_CUTOFF, masked) : []) {
    const raw = m.slice(1).find((g) => g !== undefined) ?? '';
    const start = m.index + m[0].lastIndexOf(raw);
    if (!hypothetical(masked, start)) accept(out, masked, start, raw);
  }
  for (const m of /\bat\s\d/.test(masked) ? matchesOf(INVITED_THEN_AT, masked) : []) {
    const raw = m[1] ?? '';
    accept(out, masked, m.index + m[0].length - raw.length, raw);
  }
  for (const m of /points|puntos|pontos|corte|ITAs,|score/i.test(masked) ? matchesOf(COUNT_THEN_SCORE, masked) : []) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    accept(out, masked, m.index + m[0].lastIndexOf(raw), raw);
  }
  for (const m of /(?:ITAs|invit\w*),\s\d/.test(masked) ? matchesOf(COUNT_THEN_LAST_SCORE, masked) : []) {
    const raw = m[1] ?? '';
    accept(out, masked, m.index + m[0].lastIndexOf(raw), raw);
  }
  for (const pair of countsAtCutoffs(masked)) accept(out, masked, pair.cutoffStart, pair.cutoff);
  for (const m of matchesOf(SHORTHAND, masked)) {
    const raw = m[1] ?? '';
    accept(out, masked, m.index + m[0].length - raw.length, raw);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The invitation count of a shorthand "2,000 @ 517", "CEC 4,000 at 507" (no noun), so the pair stays together. */
const SHORTHAND_COUNT = compiledNow(new RegExp(String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?:\s?(?:@|w\/)\s?\d|(?<=\b${PROGRAM_SHORT}\s\d[\d,]*)\sat\s(?=\d{3}\b))`, 'gi'));
export function findShorthandCounts(masked: string): FactMention[] {
  const out: FactMention[] = [];
  for (const m of matchesOf(SHORTHAND_COUNT, masked)) {
    const value = readNumber(m[1] ?? '');
    if (value !== null && value >= 1) out.push({ start: m.index, end: m.index + (m[1] ?? '').length, value });
  }
  return out;
}
