import { PROVINCES, PROVINCES_FR } from '../mentions/provinces.ts';
import { compiledNow, wordStartsGrouped } from '../text/matches.ts';

/**
 * Rounds that are not Express Entry draws: International Experience Canada (working holiday)
 * pools, a province's own selection rounds (Letters of Advice, Notifications of Interest, EOI
 * scores), other countries' invitation rounds (Australia's SkillSelect, New Zealand's Skilled
 * Migrant Category). An article whose opening is about one of them, and does not speak of an IRCC
 * Express Entry round there, announces nothing.
 */

const IEC = /\b(?:International Experience Canada|IEC|working holiday|young professionals pool)\b/i;
const EXPRESS_ENTRY = /\bExpress Entry\b|\bCRS\b/i;

const PROVINCE_ROUND = compiledNow(
  wordStartsGrouped(
    new RegExp(
      [
        String.raw`\bLetters? of Advice to Apply\b`,
        String.raw`\bNotifications? of Interest\b`,
        String.raw`\b(?:MPNP|SINP|OINP|AAIP|BC ?PNP|NSNP|PEI PNP)\b`,
        String.raw`\bHuman Capital Priorities\b`,
        // Ontario's Employer Job Offer streams; Prince Edward Island's Labour Impact and Business Impact categories.
        String.raw`\bEmployer Job Offer\b|\bLabou?r Impact\b|\bBusiness Impact\b`,
        // "The provinces of Ontario, Saskatchewan, … chose candidates through their own immigration programs."
        String.raw`\btheir own (?:immigration|nomination|nominee) programs?\b`,
        // The same in French: "Programme ontarien des candidats à l'immigration (POCI)", "Programme des candidats du Manitoba
        // (PCPM)", "lettres de conseils pour présenter une demande", "notifications d'intérêt" (not the federal "Programme des
        // candidats des provinces", which names no province).
        String.raw`\b(?:POCI|PCPM|PCIS)\b|\bProgramme ontarien des candidats\b|\bProgramme des candidats (?:immigrants )?(?:du|de la|de l['’]\s?|de|des) ${PROVINCES_FR}|\blettres? de conseils?\b|\bnotifications? d['’]int[ée]r[êe]t\b`,
        // Quebec's own rounds: its Arrima portal, its Regular Skilled Worker Program (PRTQ), its ministry (MIFI).
        String.raw`\bArrima\b|\bPRTQ\b|\bMIFI\b`,
        // In French: "Le 4 mai, le Québec a procédé à un nouveau tirage", "Le Québec a publié le tirage au sort".
        String.raw`\b(?:le\s+)?Qu[ée]bec\s+a\s+(?:publi[ée]|proc[ée]d[ée]|tenu|s[ée]lectionn[ée]|invit[ée]|[ée]mis|lanc[ée]|effectu[ée])(?![\wÀ-ÿ])`,
        // The province may be followed by an aside: "Ontario, home to both Canada's capital city, Ottawa, …, issued 997 invitations".
        String.raw`\b${PROVINCES}(?:'s)?,?\s(?:[\w'().,-]+\s){0,14}?(?:issue[sd]?|invite[sd]?|held|hold|holds|conducted|sends?|sent|distributed|extended|released)\b`,
        // "The 186 Invitations to Apply issued by New Brunswick in March".
        String.raw`\b(?:issued|sent(?: out)?|extended|distributed)\s+by\s+(?:the\s+province\s+of\s+)?${PROVINCES}\b`,
        // A province's own Express Entry stream ("Stream: Alberta Express Entry, Dedicated Healthcare Pathway", "Ontario Express Entry"),
        // and the streams that name no province ("Nova Scotia Labour Market Priorities", Alberta's "Priority Sectors").
        String.raw`\b${PROVINCES}\sExpress Entry\b(?!\s(?:draws?|rounds?)\b)|\bLabou?r Market Priorities\b|\bDedicated Health ?care Pathway\b|\bAccelerated Tech Pathway\b|\bPriority Sectors\b`,
        // A weekly round-up of the provinces' own nominations.
        String.raw`\bprovinces\s(?:\w+\s){0,3}?nominated\b|\bProvincial Nomination (?:Results|Draws)\b`,
      ].join('|'),
      'i',
    ),
  ),
);
const OTHER_COUNTRY = /\b(?:SkillSelect|subclass (?:189|190|191|489|491|494)|Department of Home Affairs|Skilled Migrant Category|Australia(?:n)?|New Zealand)\b/i;
/** A province, or its nominee program by its initials ("the Ontario Immigrant Nominee Program (OINP) held an Express Entry draw"). */
const PROVINCE_OR_ITS_PNP = String.raw`(?:${PROVINCES}|OINP|MPNP|SINP|AAIP|BC ?PNP|NSNP|PEI PNP)`;
/** The opening speaks of a federal round itself, not only of candidates who are in the Express Entry pool. */
/** ("New Brunswick Express Entry Draws", "Ontario held an Express Entry draw" are the province's own stream's; a newsletter's
 * "1. Express Entry: 2,000 invitations at 458" is a federal round's figure.) */
const FEDERAL_ROUND = wordStartsGrouped(
  new RegExp(
    // Also "Canada's cut-off jumps to 534 while Australia's SkillSelect …", "draw number 33 under Express Entry took place on …",
    // "Canada invited 600 candidates in an agriculture … round of Express Entry", "Canada's Express Entry system invited 3,600", "Canada: Express Entry".
    String.raw`\bCanada(?:['\u2019]s\sExpress Entry(?:\ssystem)?)?\s(?:invited|held|issued|conducted)\b|\bCanada:\sExpress Entry\b|\bround of Express Entry\b|` +
      String.raw`\bCanada['\u2019]s\s(?:Express Entry\s)?(?:CRS\s)?cut-?off\b|\b(?:draw|round)\s(?:number\s|no\.\s?|#\s?)\d{1,3}\s(?:under|of|in)\s(?:the\s)?Express Entry\b|` +
      String.raw`\bIRCC\b|\bImmigration,? Refugees,? and Citizenship Canada\b|\bImmigration,? R[ée]fugi[ée]s et Citoyennet[ée] Canada\b|\btirages? (?:d['’])?Entr[ée]e express\b|(?<!${PROVINCE_OR_ITS_PNP}\)?(?:'s)?\s(?:(?:held|holds|hosted|conducted|ran|issued)\s)?(?:(?:an|a|its|the|another|new)\s)?)\bExpress Entry (?:draws?|rounds?)\b|\b(?:draw|round)s? (?:from|of) the Express Entry pool\b|(?<!${PROVINCES}\s)\bExpress Entry\s?:\s?(?:[\w-]+\s){0,3}?(?:draws?|rounds?)\b|(?<!${PROVINCE_OR_ITS_PNP}(?:'s)?\s)\bExpress Entry\s?:\s?\d[\d,]{2,}\s(?:invitations|ITAs)\b|\b(?:all-programs?|FST|FSW|CEC|FSTP|FSWP)(?:-only)?\s(?:draws?|rounds?)\b|(?<!${PROVINCE_OR_ITS_PNP}(?:'s)?\s)\bExpress Entry (?:PNP|CEC|FSW|FST|French|STEM|healthcare|trades|general|all-program)(?:-only)?\s(?:draws?|rounds?)\b`,
    'i',
  ),
);

/** "news for the USA, Canada, Australia, New Zealand, Ireland": a list of countries with Canada in it is a site's tagline, not another country's round. */
const COUNTRY_LIST = /\b(?:[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?,\s){2,}(?:and\s)?[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?/g;
const withoutCountryLists = (text: string): string => text.replace(COUNTRY_LIST, (m) => (/\bCanada\b/.test(m) ? ' ' : m));

/**
 * "… significantly lower than the lowest score drawn through a federal Express Entry draw so far in 2019", "In Canada, by
 * comparison, the French Express Entry round on March 21 invited 7,500": a federal round compared with, not told.
 */
// Not "After a break of more than a week, IRCC held …": a span of time.
const COMPARED_WITH = /\b(?:than(?<!\b(?:more|less|fewer|rather|other)\sthan)|compared (?:to|with)|(?:by|in) comparison)\b[^.!?]*/gi;
/** "Note: This is not the Canadian Express Entry system; Canada's rounds are listed on the IRCC website": Canada named to say the round is not its own. */
const NOT_EXPRESS_ENTRY = /\b(?:(?:is|are)\s+not|isn['\u2019]t|aren['\u2019]t)\s+(?:about\s+|part\s+of\s+)?(?:the\s+|a\s+)?(?:Canadian\s+|Canada['\u2019]s\s+)?Express Entry\b[^.!?]*/gi;

/** "Ontario and British Columbia Open Nominations for Latest PNP Draws": a headline about provinces' own rounds that names no federal one. */
// "4 Canadian states release PNP draw results": provinces named as a group, in any word for them.
// "BC PNP: nueva ronda de invitaciones para Skills Immigration y Express Entry BC": a province's stream named "Express Entry" is not the federal system.
const PROVINCES_HEADLINE = new RegExp(String.raw`(?:\b${PROVINCES}\b|\bBC\b|\b(?:Canadian\s+)?(?:provinces|states|territories)\b)[^.!?|\u2022]{0,80}?\b(?:PNPs?|nominee programs?|nominations)\b`, 'i');
const FEDERAL_WORD = new RegExp(String.raw`\bExpress Entry\b(?!\s+(?:BC\b|${PROVINCES}))|\bCRS\b|\bIRCC\b|\bfederal\b|\bITAs?\b`, 'i');

/**
 * "Federal side: on Monday, August 26, IRCC held Express Entry round #311 …", "Federal update: IRCC also ran …": a province's page
 * that tells a federal round in a section of its own tells it as news; the province's own rounds stay its (docs/parser.md "Session 62").
 */
export const FEDERAL_SECTION = /^\W*(?:federal (?:side|update|news|round|draw)s?|(?:on|at) the federal (?:side|level)|express entry \(federal\))\s?[:\u2013\u2014-]\s/i;

/**
 * A round-up of several countries' news, each under its country's label ("UK: …", "🇦🇺 Australia — …", "NEW ZEALAND" on a line of
 * its own), whose Canada section tells Express Entry rounds ("CANADA" / "Three Express Entry rounds this week:", "🇨🇦 Canada —
 * Back-to-back Express Entry rounds …"): the other countries' news is no Canadian round, the Canada section is read as a federal
 * section (docs/parser.md "Session 64").
 */
const COUNTRY_LABEL = /^\W*(?:UK|U\.K\.|United Kingdom|Britain|Australia|New Zealand|NZ|US|USA|U\.S\.|United States|Ireland|Germany)\s*(?:$|[:\u2013\u2014|-]\s)/i;
const CANADA_LABEL = /^\W*Canada\s*(?:$|[:\u2013\u2014|-]\s)/i;
/** "🇨🇦 Canada: no new Express Entry round yet this week": a Canada section that tells no round. */
const NO_ROUND = /\bno\s+(?:new\s+)?(?:express entry\s+)?(?:draws?|rounds?)\b/i;

/** The body's lines tell a federal round in a section of its own: "Federal side: …", or a round-up's Canada section. */
export function federalSection(bodyLines: readonly string[]): boolean {
  if (bodyLines.some((l) => FEDERAL_SECTION.test(l))) return true;
  if (!bodyLines.some((l) => COUNTRY_LABEL.test(l))) return false;
  return bodyLines.some((l, i) => {
    if (!CANADA_LABEL.test(l)) return false;
    const section = bodyLines.slice(i, i + 3).join(' ');
    return FEDERAL_WORD.test(section) && !NO_ROUND.test(section);
  });
}

export function notExpressEntry(opening: string, headline = '', federalSection = false): boolean {
  if (IEC.test(opening) && !EXPRESS_ENTRY.test(opening)) return true;
  if (federalSection) return false;
  if (PROVINCES_HEADLINE.test(headline) && !FEDERAL_WORD.test(headline)) return true;
  return (PROVINCE_ROUND.test(opening) || OTHER_COUNTRY.test(withoutCountryLists(opening))) && !FEDERAL_ROUND.test(opening.replace(COMPARED_WITH, ' ').replace(NOT_EXPRESS_ENTRY, ' '));
}

/**
 * "On June 22, the Ministry of Immigration, Francization and Integration invited 1,006 skilled workers",
 * "Manitoba has invited 49 Ukrainians", "British Columbia (B.C.) invites 256 applicants", "On January 23, 2024, the Government of
 * British Columbia held new invitation draws", "In the general draw, the province invited 79": a sentence whose subject is a province (or Quebec's ministry)
 * inviting tells that province's own round, not an Express Entry draw; so does a sentence about a pilot's or IEC's round.
 */
const PROVINCE_SUBJECT = new RegExp(
  String.raw`^[\s\u2022\u25b8\u25ba\u25aa*-]*(?:(?:on|in|between|last|this)\s[^,]{2,30},(?:\s*(?:19|20)\d\d,)?\s*|(?:today|yesterday|earlier today|this (?:morning|afternoon))(?:,?\s*[A-Z][a-z]+day)?\s*[:,]\s*|(?:also(?:\s+this\s+week)?|meanwhile|elsewhere|separately|in provincial news)\s*[:,]\s*)?(?:the\s+)?(?:(?:province|government)\s+of\s+)?(?:${PROVINCES}|Qu[eé]bec|Ministry of Immigration, Francization and Integration|MIFI|BC ?PNP|OINP|MPNP|SINP|AAIP|NSNP|PEI PNP|province(?!\s+of\b))(?:'s)?\b(?:\s*\([A-Z.]{2,6}\))?[^.;]{0,120}?\b(?:issue[sd]|invite[sd]|held|holds|conducted|conducts|sent|sends|extended|extends|distributed|selected|selects|released)\b`,
  'i',
);

/** "the City of Greater Sudbury held a new round of invitations in the Rural and Northern Immigration Pilot": a pilot's or IEC's round, not a draw. */
const PILOT_ROUND =
  /\b(?:Rural and Northern Immigration Pilot|RNIP|Rural Community Immigration Pilot|Francophone Community Immigration Pilot|Atlantic Immigration (?:Program|Pilot)|International Experience Canada|IEC|Employer Job Offer|Human Capital Priorities|Labou?r Impact|Business Impact)\b/;

/**
 * "- La Colombie-Britannique a invité 383 candidats ;", "La province de l'Ontario a appelé 115 francophones", "À Québec, le MIFI
 * a pour sa part invité 1 150 candidats d'Arrima", "Côté provinces : le Nouveau-Brunswick a invité 312 candidats": the same in
 * French.
 */
const PROVINCE_SUBJECT_FR = new RegExp(
  String.raw`^[\s\u2013\u2014•-]*(?:[A-Za-zÀ-ÿ ]{1,25}:\s*)?(?:(?:à|au|en)\s+[^,]{2,30},\s*)?(?:(?:la|le|l['\u2019])\s*)?(?:province\s+(?:de\s+(?:la\s+|l['\u2019]\s*)?|du\s+)?|gouvernement\s+(?:de\s+(?:la\s+|l['\u2019]\s*)?|du\s+)?)?(?:${PROVINCES_FR}|MIFI\b)[^.;]{0,80}?\ba\s+(?:(?:pour sa part|aussi|également|de son côté)\s+)?(?:invit|s[ée]lectionn|appel|choisi|envoy|[ée]mis|tenu|lanc|d[ée]livr)`,
  'iu',
);

/** "British Columbia | Oct 15 | Skills Immigration – targeted healthcare | 67 ITAs", "Saskatchewan: 399 invitations on July 23": a province's row or labelled line. */
const PROVINCE_LABEL = new RegExp(String.raw`^[\s\u2022*-]*(?:the\s+)?(?:province\s+of\s+)?(?:${PROVINCES}|Qu[eé]bec|B\.?C\.?)(?:\s*\([A-Z.]{2,6}\)|\s*\([^)]{1,20}\))?\s*(?:[:|]|\s-\s)`, 'i');

/**
 * "Ontario invited 2,150 French-speaking Express Entry candidates to apply for a provincial nomination", "Ont. (Feb. 18): Human
 * Capital Priorities stream, … 1,200 Express Entry candidates invited": a nomination's invitation, or a province's own stream.
 */
const PROVINCE_STREAM =
  /\bto apply for (?:a |an )?(?:provincial )?nominations?\b|\b(?:Human Capital Priorities|French-Speaking Skilled Worker|Employer Job Offer|Skills Immigration|Labou?r Market Priorities|Dedicated Health ?care Pathway|Accelerated Tech Pathway|Priority Sectors)\b/i;

/** "Australia's latest SkillSelect round invited 7,800 candidates … with a minimum of 70 points": another country's round, in a sentence that names no Canadian one. */
const otherCountryRound = (sentence: string): boolean => OTHER_COUNTRY.test(sentence) && !/\b(?:Canad\w*|Express Entry|CRS|IRCC)\b/i.test(sentence);

/** "…, and IRCC confirmed that open work permits for some spouses will be extended": other federal news, no federal round. */
const AND_OTHER_FEDERAL_NEWS = /,\s+and\s+(?:IRCC|Ottawa)\s+(?:confirmed|said|announced|also\s+(?:said|announced|confirmed))\b.*$/i;

export function provincialRoundSentence(sentence: string): boolean {
  return (
    (PROVINCE_SUBJECT.test(sentence) ||
      PROVINCE_LABEL.test(sentence) ||
      PROVINCE_SUBJECT_FR.test(sentence) ||
      PILOT_ROUND.test(sentence) ||
      PROVINCE_STREAM.test(sentence) ||
      otherCountryRound(sentence)) &&
    !FEDERAL_ROUND.test(sentence.replace(AND_OTHER_FEDERAL_NEWS, ''))
  );
}
