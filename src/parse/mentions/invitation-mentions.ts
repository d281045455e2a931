import { bareCountsBeforeCutoffs, countsAtCutoffs } from './count-at-cutoff.ts';
import { MONTHS } from './masks.ts';
import { COUNT, readNumber } from './number-tokens.ts';
import { OVER_SEVERAL_DRAWS } from './over-draws.ts';
import type { FactMention } from '../types.ts';
import { compiledNow, matchesOf } from '../text/matches.ts';

/**
 * Invitation counts: "issued 3,000 ITAs", "3,000 invitations to apply", "invited 6,000 candidates",
 * "400 candidates were invited", "Number of invitations issued: 521", "draw size was 4,300",
 * "invited 1,000 with…", "just four candidates". Runs on masked text (see masks.ts); `original`
 * is the same sentence unmasked, for the words around a number.
 */

const INVITATION_NOUN = String.raw`(?:ITAs?|ITA's|invitations?|invites|IPDs?|invitaciones|convites)\b`;
const INVITATION_NOUN_ONLY = new RegExp(`^${INVITATION_NOUN}`, 'i');
const PERSON_NOUN = String.raw`(?:candidates|applicants|people|persons|individuals|foreign nationals|foreigners|workers|immigrants|newcomers|professionals|nominees|francophones|speakers|recruits|executives|doctors|physicians|nurses|teachers|educators|managers|tradespeople|specialists|engineers|graduates|invitees|aspirants|candidats|personnes|médecins|infirmi(?:er|ère)s|enseignants|travailleurs|professionnels|candidatos|solicitantes|personas|aspirantes|pessoas|gestores|gerentes|m[ée]dicos|profissionais|profesionales|trabajadores|trabalhadores|gestionnaires|cadres|franc[óo]fonos|nominados|nomeados)\b`;
// "and" ends the words between a count and its noun, except in the category's name ("2,500 healthcare and social service professionals").
// So do "te", "pe", "par", Punjabi's and Hindi's "at" ("288 te ITA mil gaya": got an ITA at 288).
const FILLER_STOP = String.raw`(?:of|in|with|between|from|than|per|for|to|at|on|te|pe|par|(?<!(?:healthcare|agriculture)\s)and|or|as|who|that|which|were|was|have|has|had|are|is|be|been|the|it|they|IRCC|Canada|Ottawa|department|times|points?|scores?|CRS|draws?|rounds?|profiles|pool|left|remain|means?|meant|show\w*|suggest\w*|indicat\w*|makes?|made|only|just|also|still|even|now|then|so|but|if|when|while|will|would|can|could|may|might|should|must|did|do|does|gets?|got)\b`;
// Not a bracket that opens on another count ("a PNP round 15/09 (228 ITAs, …)": the count is 228, not 09); "Four hundred (400)
// tradespeople" restates it.
const FILLER = String.raw`(?:\s{1,2}(?!${FILLER_STOP}|${INVITATION_NOUN}|${PERSON_NOUN})(?:[A-Za-z]|\((?!\d[\d,.]*\s))[A-Za-z0-9'&/().-]{0,30}){0,5}?`;

/** "invited 4,626 number of applicants": a forum's "number of" between the count and its noun. */
const NUMBER_THEN_NOUN = compiledNow(new RegExp(String.raw`${COUNT}(?:\s{1,2}number of)?${FILLER}\s{1,2}(${INVITATION_NOUN}|${PERSON_NOUN})`, 'gi'));
const LABEL_THEN_NUMBER = compiledNow(
  new RegExp(
    String.raw`\b(?:number of (?:invitations|ITAs|invitees)(?:\s+to\s+apply)?(?:\s*\(ITAs?\))?(?:\s+(?:issued|to be issued|sent|extended))?|(?<!\b(?:an?|received|receive|receiving|get|got|getting|with|without)\s)(?<!\b(?:round|rounds)\sof\s|\brondes?\sd['’])(?:invitations|ITAs?|ITA's|invites)(?:\s+to\s+apply)?(?:\s*\(ITAs?\))?(?:\s+(?:were\s+|was\s+)?(?:issued|sent|extended|granted))?|draw size|invitations? volume|ITA volume|volume of (?:invitations|ITAs)|size of (?:the )?(?:draw|round)|ITA count|nombre d'invitations(?:\s+(?:envoy[ée]es|[ée]mises|d[ée]livr[ée]es))?|invitations [ée]mises|(?:n[úu]mero de )?(?:invitaciones|convites)(?:\s*\(ITAs?\))?(?:\s+(?:emitid[ao]s|enviad[ao]s|otorgad[ao]s))?)\s{0,2}(?:[:;=-]|\s(?:was|were|is|of|stood at|totall?ed|reached|came to)\b)?\s{0,3}${COUNT}(?!\s*(?:${INVITATION_NOUN}|${PERSON_NOUN}))`,
    'gi',
  ),
);
/** "invitations issued on Wednesday: 5,500", "Number of invitations: 1,391 candidates" (a label line). */
const LABEL_WORDS_THEN_NUMBER = new RegExp(String.raw`\b(?:invitations?|ITAs?)(?:\s{1,20}[a-z]+){0,3}(?:\s{0,2}\(ITAs?\))?\s{0,20}:\s{0,2}${COUNT}(?:\s{1,2}${PERSON_NOUN})?\s*$`, 'gi');
/** "The number of ITAs issued … has increased to 1,000". */
const NUMBER_ROSE_TO = new RegExp(
  String.raw`\bnumber of (?:ITAs|invitations)\b[^.;\d]{0,100}?\b(?:increased|rose|risen|jumped|grew|climbed|dropped|fell|fallen|decreased|declined)\s(?:\w+\s)?to\s${COUNT}`,
  'gi',
);

/** "Express Entry draw #330: 1,000 invited, CRS 537", "CEC, 8,000 invited (!!), min 511", "PNP — 1,123 invited — min. 729", "a total of 1,000 were invited", "Candidates invited: 3,000", a sentence's "400 were invited, and …" (or a FAQ's "How many candidates were invited? 6,000"): a count told without its noun. */
const COUNT_INVITED = new RegExp(
  String.raw`${COUNT}\sinvited(?=\s?[,.;)\u2022\u00b7|]|\s[-\u2013\u2014]\s|\s\([!?]+\)|\sto\sapply\b|\s?$|\sat\s\d{3}\b(?!\s(?:CRS\s)?points?\sor\b))|\btotal\sof\s${COUNT}\s(?:were|have been|had been)\sinvited\b|\b(?:candidates|applicants|people|profiles)\s(?:(?:were|was|got)\s)?invited\s?:\s{0,2}${COUNT}|^\W{0,3}${COUNT}\s(?:were|have been|had been)\sinvited\b`,
  'gi',
);

/** "264 of them received an invitation": a count of the people just named. */
const OF_THEM = new RegExp(String.raw`${COUNT}\s(?:of them|among them)\s(?:were invited|received (?:an? )?(?:invitations?|ITAs?)|got (?:an? )?(?:invitations?|ITAs?))`, 'gi');
const VERB_THEN_NUMBER = new RegExp(
  String.raw`\b(?:invit(?:ed|es|ing)|issu(?:ed|es|ing)|sent(?: out)?|extended|a invit[ée]|a [ée]mis)\s{1,2}(?:a total of\s|an additional\s|another\s|just\s|only\s)?${COUNT}(?=\s?(?:$|[,.;:)]|\s(?:in|to|through|under|for|from|with|on|as|at|during|via|new|more|this|today|yesterday|last|across|and)\b))`,
  'gi',
);

const HEDGE_BEFORE =
  /\b(?:as low as|as high as|scores? of|(?:notes?|scores?|pointages?|seuils?) (?:minimale? |minimum )?de|score as low as|over|more than|less than|fewer than|nearly|almost|around|about|approximately|approx\.?|roughly|some|up to|at least|at most|close to|upwards of|under|below|above|exceed(?:ed|ing|s)?|(?:to\s)?(?:cross(?:ed|es|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s))|beyond|near|estimated|one of(?<!\b(?:was|were|is|am|are)\s(?:just\s)?one of)|just over|just under|than|(?<!\bpas\s)(?:plus|moins)\sde|pr[èe]s\sde|environ|quelque|autour\sde|jusqu['’]à|m[áa]s\sde|mais\sde|menos\sde|cerca\sde|alrededor\sde|aproximadamente|unos|unas)\s{0,2}$/i;
const HEDGE_AFTER =
  /^\s?(?:or more|or so|plus\b|-plus|\+|(?:ITAs?|invit\w+|candidates)\s+each\b|(?:more|fewer|less|additional)\s+(?:ITAs?|invitations|invites|candidates)\b[^.;]{0,40}\b(?:than|compared|over)\b|(?:-?\s?(?:ITAs?|invitations?)\s+)?(?:mark|milestone|barrier|threshold)\b|(?:ITAs?|invitations|invites)\s+(?:away from|short of|shy of|from (?:tying|reaching|matching|breaking))\b)/i;
/** "an increase of 300 ITAs over the previous draw": a difference between draws, not a count. */
const DIFFERENCE_BEFORE = /\b(?:increase|decrease|drop|rise|jump|decline|fall|gain|reduction|change|difference|up|down)s?\s+(?:of|by)\s+(?:about\s+|just\s+|only\s+)?$/i;
/**
 * "…, bringing the 2025 total to 11,935 ITAs", "raising the year's tally to 23,000": the count after it is a running total; the
 * one before it ("IRCC issued 4,000 invitations, bringing the total to …") is the draw's own.
 */
const BRINGS_TOTAL_BEFORE =
  /\b(?:brings?|bringing|brought|raises?|raising|raised|pushes|pushing|pushed|takes|taking)\s+the\s+(?:(?:19|20)\d\d(?:['\u2019]s)?\s+|year['\u2019]s\s+|annual\s+|overall\s+|running\s+|cumulative\s+)?(?:total|tally|count)\b[^.;]{0,80}$/i;
/** "YTD ITAs: 21,000", "Year-to-date invitations: …", a sheet's "Σ March ITAs 7,305": a label of a running total or a sum. */
const YEAR_TO_DATE_LABEL = /(?:\b(?:YTD|year[- ]to[- ]date)\b|[\u03a3\u2211])[^.;\d]{0,30}$/i;
/** Words that make a count a total over several draws or a period. */
const AGGREGATE = compiledNow(
  /\b(?:so far|thus far|para c[áa](?![\wÀ-ÿ])|en lo que va|desde (?:el|o) in[íi]cio|depuis le d[ée]but|up (?:till|until|to) now|(?:un)?till (?:now|date)|collectively|between them|in each of (?:the|these|those)\b|to date|year[- ]to[- ]date|this year|last year|per (?:draw|round|year|month)|(?:in |for )?each (?:draw|round)|(?:trend|pattern|streak|series) of(?! an? )|on average|average|a year|each year|annually|every year|at a time|each time|a month|each month|(?:during|in|for|over|throughout) the (?:month|week|year)\b(?!['\u2019]s\s+(?:first|second|third|fourth|fifth|sixth|last|latest)\b)|total for|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|both)\s+(?:express entry\s+|separate\s+)?(?:draws|rounds)|across (?!all (?:three |the |of the |express entry |federal )*(?:programs|streams)\b)(?:all|the|\d+|two|three|several|these|various|multiple|different|many)|in (?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|all|these|those) (?:draws|rounds)|(?:over|in|during|within) the (?:past|last) (?:two|three|four|few|several|\d+) (?:days|weeks|months)|(?:in|over|within) (?:two|three|four|five|\d+) (?:days|weeks)\b|(?:over|across) (?:this|the|these|a) (?:two|three|four|five|\d+)[- ]days?(?: period| span)|(?:19|20)\d\d so far|(?:during|in|over|within) (?:this|that|the) (?:short |brief )?(?:period|span|fortnight|time ?frame)\b)/i,
);
/** "On February 13 this year, 27,332 foreigners received…": a day of this year, not the year's total (not "since … July 6 of this year, a total of 7500"). */
const DAY_THIS_YEAR = new RegExp(
  String.raw`\bon(?<!\b(?:since|after|from|starting)\b[^.,;]{0,60}on)\s+(?:the\s+)?(?:(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS}))\.?,?\s+(?:of\s+)?this year\b`,
  'gi',
);
/** "its third Express Entry round in three days": the ordinal picks one round out of the span, it totals nothing. */
const ORDINAL_IN_A_SPAN = /\b(?:second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?(?:draw|round)\s+in\s+(?:two|three|four|five|six|seven|\d)\s+(?:days|weeks)\b/gi;
const RANKED_TO_DATE = /\b(?:most|largest|biggest|highest|lowest|smallest)\b[^.;\d]{0,50}?\b(?:draws?|rounds?|of the year)\s+(?:to date|so far|ever)\b/gi;
/** "100,000 ITAs in 2025", "41,800 invitations by July 2019": a year after the count makes it a year's total or a running one (before it, "the 1st round in 2017, inviting 2,902", it dates the round). */
const YEAR_AFTER =
  /^[^.;]{0,60}?\b(?:(?:in|for) (?:19|20)\d\d\b(?!'s| draw| round)|by (?:the end of )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December),? )?(?:19|20)\d\d\b)/i;
/**
 * "19 160 invitations à postuler (ITA) sont allés aux candidats … (PNP) en 2022": the same in French, Spanish or Portuguese, told at
 * more length (not past a "but": "apenas 150 convites —, mas mostra que o IRCC continua usando todas as categorias anunciadas em 2023").
 */
/** A cheap test before YEAR_AFTER_ROMANCE: the sentence writes "en 2022" or "em 2022" somewhere. */
const ROMANCE_YEAR = /\be[nm] (?:19|20)\d\d\b/i;
const YEAR_AFTER_ROMANCE = /^(?:(?!\b(?:tirages?|rondes?|sorteos?|rodadas?)\b|,\s(?:mas|pero|mais)\b)[^.;]){0,120}?\b(?:en|em) (?:19|20)\d\d\b(?![-/]\d)/i;
/** A sentence that opens with a month or a year everything in it adds up to ("By March 2025,", "As of the end of 2024,"); not a day. */
const BY_PERIOD_LEAD = new RegExp(String.raw`^\W*(?:by|as of|up to|until)\s+(?:the\s+end\s+of\s+)?(?:(?:${MONTHS})\.?,?\s+)?(?:19|20)\d\d\b`, 'i');
/** "5,000 Invitations to Apply (ITAs) for permanent residence have already been issued this year": a period's running total. */
const ISSUED_IN_PERIOD_AFTER = /^[^.;]{0,80}?\b(?:have|has) (?:already |now |so far )?been (?:issued|sent|extended|granted|given)\s+(?:so far\s+)?(?:this (?:year|month)|in (?:19|20)\d\d)\b/i;
/** "IRCC has already issued 5,000 invitations to apply (ITAs) in the healthcare and social service category in 2025", "IRCC has now invited 35,500 candidates through French-language rounds this year": a running total. */
const ALREADY_ISSUED_BEFORE =
  /\b(?:has|have)\s+(?:already|now|so far)\s+(?:issued|sent|extended|invited|distributed|given out|handed out|awarded)\s+(?:(?:a total of|over|more than|nearly|about|some)\s+)?$/i;
const IN_PERIOD = /^[^.;]{0,120}?\b(?:this (?:year|month)|in (?:19|20)\d\d)\b/i;
/** "5,000 invitations to apply (ITAs) in 4 different Express Entry draws this week", "5 000 ITA … en quatre tirages consécutifs": a total over the draws named after it. */
const SEVERAL_DRAWS_AFTER = new RegExp(String.raw`^[^.;]{0,70}?(?:${OVER_SEVERAL_DRAWS})`, 'i');
/**
 * "CIC a effectué 13 tirages, émettant 15 980 invitations", "IRCC held four draws, issuing 5,000", "The next two major draws
 * took place halfway through the month, and another 3,900 applicants were issued ITAs": a total over the draws just named.
 */
const HELD_SEVERAL_BEFORE =
  /\b(?:held|conducted|ran|made|effectu[ée]s?|tenu|r[ée]alis[ée]s?)\s+(?:\w+\s+){0,2}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|deux|trois|quatre|cinq|sept|huit|neuf|dix|plusieurs|dizaine|douzaine|quinzaine|vingtaine|trentaine)\s+(?:\w+\s+){0,2}?(?:draws|rounds|tirages|rondes)\b[^.;\d]{0,40}$|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+(?:[\w-]+\s+){0,2}?(?:draws|rounds)\s+(?:took place|were held|were conducted|happened|occurred)\b[^.;\d]{0,70}$/i;
/** The words around a count make it a total over the draws it names or a period's running total (also for the learned fallback's candidates). */
export const runningTotal = (before: string, after: string): boolean =>
  SEVERAL_DRAWS_AFTER.test(after) || ISSUED_IN_PERIOD_AFTER.test(after) || (ALREADY_ISSUED_BEFORE.test(before.slice(-60)) && IN_PERIOD.test(after));
/** A sentence that can hold such a total (a cheap test before `runningTotal`). */
export const MAY_HOLD_TOTAL = /\b(?:draws|rounds|tirages|rondes|been|already|now)\b/i;
/** "In all, 574 candidates…" totals one draw; "7,691 in total" over two rounds totals several. */
const TOTAL = /\b(?:in total|in all(?![\w-])|combined|altogether|overall|cumulative(?:ly)?|a total of)/i;
/**
 * "Total this week so far: 1,442 invitations", "Running total this week: 2,848", "This week so far: 3,900 invitations": a line
 * that opens as a total; "That is 5,000 invitations this week": a sentence of its own that adds up the rounds told before it.
 */
const TOTAL_LEAD =
  /^\W*(?:(?:running\s+|grand\s+|weekly\s+|combined\s+)?totals?\b|this\s+week\s+so\s+far\b|so\s+far\s+this\s+week\b|(?:that|this)(?:['\u2019]s|\s+(?:is|makes|was))\s+(?:another\s+)?\d[\d,.]*\s+(?:invitations|ITAs)\b)/i;
/** "Rounds: 2 | Total invitations: 3,900": a count labelled a total, in a sentence that counts or names several rounds. */
const TOTAL_LABEL_BEFORE = /\btotal\s+(?:number\s+of\s+)?(?:invitations|ITAs?|invites)(?:\s+(?:issued|sent))?\s*[:=-]?\s*$/i;
/** A line that opens as a total over several rounds or a period ("Total this week so far: 1,442 invitations"). */
export const totalLine = (sentence: string): boolean => TOTAL_LEAD.test(sentence) && SEVERAL.test(sentence);
/** Not "In the week's third Express Entry draw, a total of 1,800 ITAs": an ordinal names one draw of the week. */
const SEVERAL = /\b(?:draws|rounds|this week|this month|(?:week|month)['\u2019]s(?!\s+(?:first|second|third|fourth|fifth|sixth|last|latest)\b))\b/i;
const PLURAL_SUBJECT = /\b(?:draws|rounds)\s(?:have|had|were|are|invited|issued|saw|have invited|have issued)\b/i;
const ACTION_BEFORE =
  /\b(?:invit(?:e|es|ed|ing)|invit[óo]|invitaron|invitando|invita|invitan|emiti[óu]|envi(?:ó|ou)|convidou|convidando|convidaram|convida|convidam|issu(?:e|es|ed|ing)|sen(?:t|d|ds|ding)|extend(?:s|ed|ing)?|select(?:s|ed|ing)?|a invit[ée]|ont invit[ée]|ont [ée]t[ée] invit[ée]s|invitant|destin[ée]e?s? à|(?:invitations|ITAs?) (?:for|to)|invitations? of|gave|giving|handed|offered|welcom(?:ed|es|ing)|target(?:s|ed|ing)|went (?:out )?to)(?![A-Za-zÀ-ÿ])/i;
/** The action told after the count, also in Spanish, Portuguese, French and Tagalog ("271 physicians … ang na-invite"). */
const ACTION_AFTER =
  /^(?:,[^,.;]{1,120},)?[^.;]{0,110}?\b(?:(?:were|have been|had been|was|are|got|being|who)\s+)?(?:invited|selected|receiv(?:ed|ing) (?:an? |their |the )?(?:coveted |much-awaited |long-awaited |official |so-called )?(?:ITAs?|invitations?)|(?:got|won|earned|secured|have|has|had) (?:an? |their )?(?:ITAs?|invitations?)|receiv(?:ed|ing) invitations|(?:granted|awarded|issued|given|sent|extended) (?:an? |their |the )?(?:ITAs?|invitations?)|invit[ée]e?s|s[ée]lectionn[ée]e?s|(?:ont|avaient) re[çc]u (?:une |des |leur )?(?:invitations?|IPDs?|ITAs?)|(?:fueron |foram )?(?:invitados|convidados)|recibieron|receberam|na-invite|in-invite|naimbitahan|inimbitahan)\b/i;

export const MAX_INVITATIONS = 50_000;

/** "Canada On Track To Break 2017 Invitation Record": a year written before a noun is not a count. */
const YEAR_LIKE = /^20[1-3]\d$/;

function plausible(value: number | null, raw: string): value is number {
  return value !== null && value >= 1 && value <= MAX_INVITATIONS && !YEAR_LIKE.test(raw.trim());
}

/** "Compared to the previous draw, Canada invited 4,114 more candidates today": a difference between draws, not a count. */
const MORE_AFTER = /^\s?(?:(?:more|fewer|less)\s+(?:ITAs?|invitations|invites|candidates|applicants|people|than)\b|de\s(?:moins|plus)\b)/i;
const COMPARED = /\b(?:compared|than|previous|prior|preceding)\b/i;
/** A hedged figure, not an exact count: "about 4,000 candidates", "nearly 2,950", "3,000 or more" (also for the learned fallback's candidates). */
export const countHedged = (before: string, after: string): boolean => HEDGE_BEFORE.test(before.slice(-30)) || HEDGE_AFTER.test(after);
/** A difference between draws, not a count: "an increase of 300 ITAs", "1,500 fewer than last week" (also for the learned fallback's candidates). */
export const countDifference = (before: string, after: string, sentence: string): boolean => DIFFERENCE_BEFORE.test(before.slice(-30)) || (MORE_AFTER.test(after) && COMPARED.test(sentence));
const QUARTER = /\b(?:in|during|throughout|for|over|of)\s+(?:(?:the|this|that)\s+)?(?:Q[1-4]|H[12]|(?:(?:first|second|third|fourth|last|final|same)\s+)?quarter|(?:first|second|last|final)\s+half)\b/i;
/** "The size of the draw was five times larger", "up 20 per cent": a ratio, not a count. */
const RATIO_AFTER = /^\s?(?:times\b|-?fold\b|per\s?cent\b|percent\b|%)/i;

/**
 * "invited 3,495 candidates (French & General) #294 & #295", "23 & 24/4/2024, invited 3,495", "on April 23 and 24, IRCC
 * invited 3,495": two rounds' numbers, or two days, told with a count make it their total.
 */
const TWO_ROUNDS_TOLD = new RegExp(
  String.raw`#\s?\d{1,3}\s?(?:&|and|,)\s?#\s?\d{1,3}\b|(?<![\d/.,])\d{1,2}(?:st|nd|rd|th)?\s?(?:&|and)\s?\d{1,2}(?:/\d{1,2}/(?:19|20)\d\d\b|(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b)|\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\s?(?:&|and)\s?\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d)`,
  'i',
);

/**
 * Where the words before a count begin, at most `reach` characters back and within its part of a list ("two draws this week: on
 * Tuesday it invited 2,000…", "2 draws 🤯 PNP 606 ITAs + CEC 3,294 ITAs": an emoji parts it too).
 */
const partStart = (original: string, start: number, reach: number): number =>
  Math.max(0, start - reach, original.lastIndexOf(':', start) + 1, original.lastIndexOf(';', start) + 1, lastPictograph(original, start), lastDash(original, start));

/**
 * Just after the last dash between words before `start` where the words before it count the draws (0 for none): "Two draws this
 * week — PNP Thursday (2,985 ITAs …)" tells one of them, named by its program (not "3 draws — total 3,574 invitations").
 */
const PROGRAM_NAMED = /\b(?:PNP|CEC|FSWP?|FSTP?|STEM|French|Healthcare|Trades?|General|Transport|Agriculture|Education|Physicians)\b/i;
const DRAWS_COUNTED_BEFORE = /\b(?:two|three|four|both|[2-9])\s+(?:[\w-]+\s+)?(?:draws|rounds)\b[^.;\d]{0,20}$/i;
function lastDash(original: string, start: number): number {
  const at = Math.max(original.lastIndexOf(' \u2014 ', start), original.lastIndexOf(' \u2013 ', start), original.lastIndexOf(' - ', start));
  return at >= 0 && DRAWS_COUNTED_BEFORE.test(original.slice(Math.max(0, at - 40), at)) && PROGRAM_NAMED.test(original.slice(at, start)) ? at + 3 : 0;
}

const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
/** Just after the last emoji before `start` (0 for none). */
function lastPictograph(original: string, start: number): number {
  if (!/[\u00a9-\uffff]/.test(original)) return 0;
  let at = 0;
  for (const m of matchesOf(PICTOGRAPH, original.slice(0, start))) at = m.index + m[0].length;
  return at;
}

/** "…on November 23, " right before a count: the digits before the comma are a day of the month. */
const MONTH_DAY_BEFORE = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s\d{1,2},\s$/i;

/** "its first draw open to all programs in a year and a half", "a first round for STEM occupations this year": how long since, no period a count covers. */
const FIRST_IN_A_WHILE =
  /\bfirst\b[^.;]{0,80}?\bin\s(?:over\s|more than\s|nearly\s|almost\s|about\s)?(?:a|one|two|three|\d+)\s(?:years?|months?|weeks?)(?:\sand\sa\shalf)?\b|\bfirst\s(?:round|draw)\b[^.;\d]{0,60}?\bthis\syear\b/gi;
const ROUND_NUMBER_BEFORE = /(?:\b(?:no\.|round|draw|number)|#)\s?\d{1,2},\s$/i;
const COMPARED_FROM_AFTER = /[,;]?\s(?:down|up|dropping|falling|rising|declining)\s+from\b|\bcompared\s+(?:to|with)\b|\bversus\b/i;

/** Spaces in place of a match, so positions still match the text. */
const blank = (m: string): string => ' '.repeat(m.length);

/** Where the parenthesis a count is told in closes ("(399 ITAs, 731)"), within 45 characters; null outside one. */
function closingParenthesis(text: string, from: number, start: number, end: number): number | null {
  const open = text.lastIndexOf('(', start);
  if (open < from || text.lastIndexOf(')', start) > open) return null;
  const close = text.indexOf(')', end);
  return close >= 0 && close - end <= 45 ? close : null;
}

function aroundIsClean(original: string, start: number, end: number): boolean {
  const before = original.slice(Math.max(0, start - 30), start);
  const after = original.slice(end, end + 80);
  if (HEDGE_BEFORE.test(before) || DIFFERENCE_BEFORE.test(before) || HEDGE_AFTER.test(after) || RATIO_AFTER.test(after)) return false;
  if (MORE_AFTER.test(after) && COMPARED.test(original)) return false;
  // "6,000 ITAs issued - one of the largest draws": a number word before "of" picks one out, it counts nothing.
  if (/^[a-z]+$/i.test(original.slice(start, end)) && /^\s?of\s/i.test(after)) return false;
  // "May 31, 956 candidates" or "5, 956" not mended (sentence-facts.ts): a group cut off by a stray space is no count.
  // A count with its own thousands group ("On October 7, 1,613 candidates…") cannot be the tail of another number.
  const grouped = /^\d{1,3}(?:,\d{3})+$/.test(original.slice(start, end));
  // After a month's day the comma ends the date ("On November 23, 640 PNP candidates…"): a day is no thousands group.
  // Nor is a round's number ("In round No. 63, 143 invitations went to …").
  if ((!grouped && /(?<!\d)\d{1,2},\s$/.test(before) && !MONTH_DAY_BEFORE.test(before) && !ROUND_NUMBER_BEFORE.test(before)) || /^,\s\d{3}\b/.test(after)) return false;
  // An aggregate word counts only within the same part of a list: "two draws this week: on Tuesday it invited 2,000…".
  const from = partStart(original, start, 45);
  // "one of its most significant draws to date, issuing 5,956": "to date" there ranks the draw, it totals nothing; nor does
  // "this year" in "On February 13 this year".
  const ranked = original.replace(RANKED_TO_DATE, blank).replace(FIRST_IN_A_WHILE, blank).replace(ORDINAL_IN_A_SPAN, blank);
  // Not past the figure it is compared with: "went to 3,350 candidates, down from 3,900 in each of the previous four".
  const compared = original.slice(end, end + 45).search(COMPARED_FROM_AFTER);
  // Nor past the parenthesis it is told in: "PNP round bhi hua tha (399 ITAs, 731), toh teen draws in 3 days!".
  const closing = closingParenthesis(original, from, start, end);
  const windowEnd = Math.min(compared >= 0 ? end + compared : end + 45, closing ?? Infinity);
  const window = (/this year/i.test(ranked) ? ranked.replace(DAY_THIS_YEAR, blank) : ranked).slice(from, windowEnd);
  const partBefore = original.slice(partStart(original, start, 90), start);
  if (
    HELD_SEVERAL_BEFORE.test(partBefore) ||
    AGGREGATE.test(window) ||
    YEAR_TO_DATE_LABEL.test(original.slice(Math.max(0, start - 40), start)) ||
    BRINGS_TOTAL_BEFORE.test(partBefore) ||
    TWO_ROUNDS_TOLD.test(original.slice(from, end + 45)) ||
    YEAR_AFTER.test(original.slice(end)) ||
    (ROMANCE_YEAR.test(original) && YEAR_AFTER_ROMANCE.test(original.slice(end))) ||
    runningTotal(original.slice(0, start), original.slice(end)) ||
    ((TOTAL.test(window) || TOTAL_LABEL_BEFORE.test(original.slice(Math.max(0, start - 40), start))) && SEVERAL.test(original)) ||
    totalLine(original) ||
    (COUNTED_ROUNDS_THEN_DASH.test(partBefore) && ENDS_AFTER_COUNT.test(original.slice(end)))
  )
    return false;
  // "In 2017, ITAs were issued to 41,364 candidates…": a sentence about a whole year.
  if (/^\W*(?:in|during|throughout|for|over) (?:19|20)\d\d\b/i.test(original)) return false;
  // "By March 2025, Canada has issued 30,683 ITAs", "As of the end of 2024, …": a running total up to a month or a year.
  if (BY_PERIOD_LEAD.test(original)) return false;
  // "In Q2 of 2021, Canada has issued invitations to 44,591", "during the peak of the pandemic in Q2, … 27,300 ITAs": a quarter's or a half-year's total.
  if (QUARTER.test(original)) return false;
  return !PLURAL_SUBJECT.test(original.slice(Math.max(0, start - 60), start));
}

/**
 * "3 draws do Express Entry em 3 dias (06, 07 e 08/12/2023) — 11.650 convites!", "WEEKLY ROUND-UP : 4 DRAWS, 10,670 ITAs !!": a
 * headline's count after the rounds it counts is their sum.
 */
const COUNTED_ROUNDS_THEN_DASH =
  /(?<![\p{L}\d])(?:[2-9]|two|three|four|five|dos|tres|cuatro|duas|dois|tr[êe]s|quatro|deux|trois|quatre)\s+(?:[\p{L}-]+\s+)?(?:draws|rounds|rondas|rodadas|sorteos|sorteios|tirages|rondes|đợt)(?![\p{L}])[^.;!?]{0,80}(?:\s[-\u2013\u2014:]|,)\s*(?:\p{L}+\s+)?$/iu;
const ENDS_AFTER_COUNT = /^\s*(?:\p{L}+\s*){0,2}[!.]*\s*$/u;
/**
 * "On Tuesday, 2,000 CEC candidates (minimum 516).": a digest's line gives the round's cut-off right after its count of people;
 * so does its terse "362 provincial nominees at 742", "4.000 candidatos CEC con 507".
 */
const ROUND_FIGURE_AFTER =
  /^\s{0,2}\((?:minimum|min\.?|lowest|cut-?off|CRS)\s{0,2}(?:CRS\s{0,2}|score\s{0,2}|of\s{0,2})?:?\s{0,2}\d{2,4}\)|^(?:\s(?:[A-Z]{2,5}|[a-z\u00E0-\u00FF]+es))?\s{1,2}(?:at|con|com|avec)\s{1,2}\d{3}\b(?![,.]?\d|\s*(?:%|percent|por ciento|invitations|ITAs|candidates|candidatos))/;

/** "Round #1 saw 779 candidates receive an Invitation to Apply": the round saw them invited. */
const SAW_BEFORE = /\bsaw\s+$/i;
const RECEIVE_AFTER = /^\s{1,2}receive\s(?:an?\s|their\s)?(?:ITAs?|invitations?)\b/i;

/** A count in words, one word, then the people counted ("four military recruits"), not "six times as many invitations". */
const PERSON_AFTER_ONE = new RegExp(String.raw`^\S+\s+(?!times\b|more\b|new\b|other\b)[A-Za-z-]+\s+${PERSON_NOUN}$`, 'i');

/** Keeps a count at `start` (once per position) when it is plausible and what is around it makes it a round's. */
function addCount(out: FactMention[], seen: Set<number>, original: string, start: number, raw: string): void {
  const value = readNumber(raw);
  const end = start + raw.length;
  if (!plausible(value, raw) || seen.has(start)) return;
  // A few told in words inside a quotation ("it had \"two invitations and forty nervous phone calls\" by noon"): talk, no round's count.
  if (value < 10 && /^[a-z]/i.test(raw) && (original.slice(0, start).match(/"/g)?.length ?? 0) % 2 === 1) return;
  seen.add(start);
  if (aroundIsClean(original, start, end)) out.push({ start, end, value });
}

/** Invitation counts of one sentence (masked), deduplicated by position. */
export function findInvitations(masked: string, original: string): FactMention[] {
  const out: FactMention[] = [];
  const seen = new Set<number>();
  for (const m of matchesOf(NUMBER_THEN_NOUN, masked)) {
    const raw = m[1] ?? '';
    const noun = m[2] ?? '';
    const isInvitation = INVITATION_NOUN_ONLY.test(noun);
    // "four candidates", not "six times as many invitations".
    // "four military recruits" (one word between) is a count too.
    const words = /^[a-z]/i.test(raw) ? m[0].trim().split(/\s+/).length : 0;
    if (words > 3 || (words === 3 && !PERSON_AFTER_ONE.test(m[0].trim()))) continue;
    // "two invitations rounds at once" (a translation's "rounds of invitations"): rounds counted, not invitations.
    if (isInvitation && /^\s{1,2}(?:rounds?|draws?)\b/i.test(masked.slice(m.index + m[0].length))) continue;
    // "IRCC invites 6,000": there "invites" is the verb.
    if (/^invites$/i.test(noun) && /^\s{0,2}\d/.test(masked.slice(m.index + m[0].length))) continue;
    if (!isInvitation) {
      const before = masked.slice(Math.max(0, m.index - 80), m.index);
      // An aside in brackets ("in STEM (science, technology, engineering, and mathematics) were invited") does not count toward the distance.
      const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 200).replace(/\([^()]{0,100}\)/g, '()');
      // "The 250 invited candidates can now apply": the participle between the count and its noun is the action.
      const between = m[0].slice(raw.length, m[0].length - noun.length);
      if (
        !ACTION_BEFORE.test(before) &&
        !ACTION_AFTER.test(after) &&
        !/^\s{1,2}(?:newly\s)?(?:invited|selected)\s{1,2}$/i.test(between) &&
        !(SAW_BEFORE.test(before) && RECEIVE_AFTER.test(after)) &&
        !ROUND_FIGURE_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 30))
      )
        continue;
    }
    addCount(out, seen, original, m.index, raw);
  }
  for (const m of matchesOf(LABEL_THEN_NUMBER, masked)) {
    const raw = m[1] ?? '';
    addCount(out, seen, original, m.index + m[0].length - raw.length, raw);
  }
  for (const m of matchesOf(LABEL_WORDS_THEN_NUMBER, masked)) {
    const raw = m[1] ?? '';
    if (!/^[a-z]/i.test(raw)) addCount(out, seen, original, m.index + m[0].lastIndexOf(raw), raw);
  }
  for (const m of matchesOf(OF_THEM, masked)) addCount(out, seen, original, m.index, m[1] ?? '');
  for (const pair of countsAtCutoffs(masked)) addCount(out, seen, original, pair.countStart, pair.count);
  for (const bare of bareCountsBeforeCutoffs(masked)) addCount(out, seen, original, bare.start, bare.count);
  // Not "Candidates who scored exactly 500 were invited only if…": a score.
  for (const m of /\binvited\b/i.test(masked) ? matchesOf(COUNT_INVITED, masked) : []) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const start = m.index + m[0].lastIndexOf(raw);
    if (!/^[a-z]/i.test(raw) && !/\b(?:scor\w*|points?|CRS|exactly|of|at|with|above|below)\s*$/i.test(masked.slice(Math.max(0, start - 30), start).replace(/\btotal\sof\s*$/i, '')))
      addCount(out, seen, original, start, raw);
  }
  for (const m of matchesOf(NUMBER_ROSE_TO, masked)) addCount(out, seen, original, m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '');
  for (const m of matchesOf(VERB_THEN_NUMBER, masked)) {
    const raw = m[1] ?? '';
    if (/^[a-z]/i.test(raw)) continue;
    addCount(out, seen, original, m.index + m[0].length - raw.length, raw);
  }
  return out.sort((a, b) => a.start - b.start);
}
