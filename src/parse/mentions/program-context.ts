import type { ProgramMention } from '../types.ts';
import { PROVINCES } from './provinces.ts';
import { wordStartsGrouped } from '../text/matches.ts';

/**
 * Which of a sentence's program mentions can name a draw's program. A program named as what
 * candidates lacked, one among several, a group among the invited, the readers addressed, a way to
 * the points, a CRS factor, the provinces' own program, an average, or a list of who may be invited
 * names no round.
 */

/** "candidates who did not have a qualifying job offer … or a provincial nomination": a program named as what they lacked. */
const NEGATED_BEFORE =
  /\b(?:without|did not have|do not have|didn't have|don't have|not have|did not include|didn't include|does not include|doesn't include|excluded|neither|whether or not|regardless of|irrespective of|sin|sem|sans|ni|nem)\b[^.;:]{0,100}$/i;
/**
 * "There was no general round open to all programs", "Não houve rodada geral, aberta a todos os programas", "no hubo ronda
 * general": the round said not to have been held. English "no" only right before the program or "no draw/round" (Portuguese
 * "no sorteio" is "in the draw").
 */
const NO_ROUND_BEFORE =
  /(?:\bno\s+(?:(?:[\w-]+\s+){0,2}?(?:draws?|rounds?)\b[^.;:]{0,50})?|\b(?:n[ãa]o\s+houve|no\s+hubo|no\s+hay|il\s+n['’]y\s+a\s+(?:pas\s+)?eu)\s+(?:(?:de\s+|d['’]\s*)?(?:rodadas?|rondas?|sorteos?|sorteios?|tirages?|rondes?)\b[^.;:]{0,50})?)$/i;
/** "non-PNP nominations", "non-CEC candidates": the program named is the one left out. */
const NON_BEFORE = /\bnon-?\s?$/i;

/** "Targeted occupations include registered nurses, physicians, pharmacists…": an occupation in a list, not the draw's program. */
const LISTED_OCCUPATION_BEFORE = /\b(?:occupations|jobs|professions|roles|workers)\s(?:[\w-]+\s){0,2}?(?:include|includes|included|including|such as|like)\b[^.;:]{0,100}$/i;

/** "taken advantage of one of the Provincial Nominee Programs": one program among several, no draw's. */
const ONE_OF_BEFORE = /\b(?:one|any|each|all|some|most|many|several) of the\s+$/i;

/** "Federal Skilled Worker Program candidates were among today's successful candidates": one group among the invited, not the round's program. */
const AMONG_AFTER = /^(?:\s+(?:Program|Class))?(?:\s*\([^)]{1,12}\))?\s+(?:candidates|applicants|profiles)\s+(?:were|are)\s+(?:also\s+)?among\b/i;

/** "Candidates applying under the Provincial Nominee Program (PNP) also received invitations in this draw": one group among the invited, not the round's program. */
const ALSO_INVITED_AFTER = /^(?:\s*\([^)]{1,12}\))?[^.;:]{0,30}?\balso\s(?:received|got|were\s(?:invited|selected|issued))\b/i;

/** "the most recent draw offers valuable insights for healthcare professionals": the readers addressed, not the round's program. */
const AUDIENCE_BEFORE = /\b(?:insights?|news|tips|lessons|advice|implications|takeaways|guidance)\s(?:[\w-]+\s){0,2}?for\s(?:all\s|many\s|aspiring\s)?$/i;

/** "holding a valid job offer … or Provincial Nomination Program (PNP) certificate", "a provincial nomination or a labour market impact assessment": one of two ways to the points, not the round's program. */
const JOB_OFFER_OR_BEFORE = /\b(?:job offers?|LMIA|arranged employment)\b[^.;]{0,100}\bor\s+(?:an?\s+|the\s+|a\s+valid\s+)?$/i;
const OR_JOB_OFFER_AFTER =
  /^[^.;]{0,40}?\bor\s+(?:an?\s+)?(?:(?:valid|qualifying|eligible|approved|LMIA-(?:backed|supported|approved))\s+)?(?:job offer|LMIA|arranged employment|labou?r market impact assessment)\b/i;

/** "age, education, and language scores": a CRS factor in a list, not the education category. */
const FACTOR_BEFORE = /\b(?:age|language(?: skills| ability| proficiency)?|(?:skilled )?work experience)\s*,\s*(?:and\s+)?$/i;
const FACTOR_AFTER = /^\s*,?\s*(?:and\s+|or\s+)?(?:(?:skilled |canadian )?work experience|language(?: skills| ability| proficiency| scores?)?|age)\b/i;
/** "no Canadian work or education experience", "his level of education": a candidate's schooling, not the education category. */
const SCHOOLING_BEFORE = /\b(?:work (?:or|and)|level of|canadian|foreign|post-?secondary|higher)\s+$/i;
const SCHOOLING_AFTER = /^\s+(?:experience|credentials?|levels?|history|background|qualifications?)\b/i;

/** "provinces and territories which participate in the provincial nominee program helped…": the program the provinces run, not a round's. */
const PROVINCES_RUN_BEFORE =
  /\b(?:provinces?|territor(?:y|ies))\b[^.;]{0,60}\b(?:participate|participates|participating|take part) in\s+(?:the\s+|their\s+|a\s+)?$|\b(?:provinces?|territor(?:y|ies))(?:\s*\([^)]{0,60}\))?\s+(?:run|runs|operate|operates|manage|manages)\s+(?:the\s+|their\s+(?:own\s+)?|own\s+)?$/i;

/** "Latest BC PNP Draw Invites 370", "Ontario's PNP sending 2,677 invitations": a province's own program, not an Express Entry round's. */
const PROVINCE_PNP_BEFORE = new RegExp(String.raw`\b(?:B\.?C\.?|${PROVINCES}(?:['’]s)?)\s+$`);

/** "members reporting scores from 456 to 470 and a few with PNP nominations": what some candidates hold, not the round's program. */
const WITH_NOMINATION_BEFORE = /\b(?:with|holding|who (?:have|had|hold|held))\s+(?:an?\s+|their\s+)?$/i;
const NOMINATION_AFTER = /^(?:\s*\([A-Z]{2,5}\))?\s+(?:nominations?|certificates?)\b/i;
/** "— I have a provincial nomination from Ontario, so I made it": what the writer holds, not the round's program. */
const WRITER_HOLDS_BEFORE = /\b(?:I|we)\s+(?:(?:already|also|now)\s+)?(?:have|had|hold|held|got|received|have got)\s+(?:an?\s+|my\s+|our\s+)?$/i;

/** "Canada's three federal high-skilled immigration programs - Federal Skilled Worker Program, …": the first of a list of programs, no round's. */
const PROGRAMS_LIST_BEFORE = /\bprograms\s*(?:\([^)]{0,20}\)\s*)?(?:[-\u2013\u2014:]|,?\s(?:such as|including|namely))\s*(?:the\s)?$/i;

/** "roughly 20 points above the all-program average": a program's average is a comparison, not the round's program. */
/** "a large number of provincial nominees entered the pool just before the draw": candidates joining the pool, not a round's program. */
const ENTERED_POOL_AFTER = /^s?(?:\s(?:candidates|profiles))?\s(?:had\s|have\s)?(?:entered|joined|flooded|poured into|are entering|keep entering)\s(?:the\s)?(?:express entry\s)?pool\b/i;
const AVERAGE_AFTER = /^(?:\s(?:draws?|rounds?|cut-?offs?))?\s(?:average|mean|median)\b/i;

/**
 * "332 points - more than 100 points below what candidates in the all-program rounds have needed", "after rounds for provincial
 * nominees on Monday", "379 points, un niveau nettement plus accessible que celui des candidats de l'expérience canadienne", "357
 * points, bien en deçà des quelque 460 points requis dans les rondes ouvertes à tous les programmes", "a cut-off of 439 is 72 points
 * below the general draw" (not "below the previous CEC draw": compared-program.ts): the rounds compared with, or told before.
 */
const COMPARED_WITH_BEFORE = wordStartsGrouped(
  /\b(?:below|above|under|than|en\s+de[çc][àa]|au-dessous|au-dessus|por\s+debajo|por\s+encima|abaixo|acima)\s+(?:de\s+|des\s+|du\s+|dos\s+|das\s+|los\s+|las\s+|the\s+)?(?:thresholds?|cut-?offs?|scores?|levels?|seuils?|scores|umbrales?|puntajes?|notas?|pontua[çc][õo]es)\s+(?:seen|observed|of|in|for|observ[ée]s|vus|de|en|nas?|dos?|das?)\s+(?:in\s+|lors\s+des\s+|dans\s+les\s+|en\s+las\s+|nas\s+)?(?:recent\s+)?(?:rounds|draws|rondes|tirages|rondas|sorteos|rodadas|sorteios)\s+(?:open\s+to|ouvertes\s+à|abiertas\s+a|abertas\s+a|for)\s+$|\b(?:after|following|before)\s+(?:the\s+)?(?:(?:two|three|four|[234])\s+)?(?:rounds|draws)\s+(?:for|of)\s+(?:the\s+)?$|\b(?:below|above|under|over|than)\s+(?:what|those|that|the\s+(?:ones?|scores?|cut-?offs?|levels?))\b[^.;]{0,30}\b(?:in|of|for)\s+(?:the\s+)?(?:recent\s+|previous\s+|latest\s+|last\s+)?$|\b(?:que|qu['\u2019])\s*(?:celui|celle|ceux|celles|el|los|las|o|os)\s+(?:des?|du|del|dos?|das?)\s+(?:(?:candidats|candidatos)\s+)?(?:(?:de\s+l['\u2019]\s?|de\s+la\s+|du\s+|des\s+|del\s+|de\s+los\s+|da\s+|do\s+|dos\s+)|(?<=\s))$|\b(?:below|under|above|en\s+de[çc][àa]|au-dessous|au-dessus|por\s+debajo|por\s+encima|abaixo|acima)(?![A-Za-zÀ-ÿ])[^.;]{0,60}?\b(?:rounds|draws|rondes|tirages|rondas|sorteos|rodadas|sorteios)\s+(?:open\s+to|ouvertes\s+à|abiertas\s+a|abertas\s+a)\s+$|\b(?:points?|pts)\s+(?:below|above|under|over|lower\s+than|higher\s+than)\s+(?:the|that\s+of\s+the)\s+$/i,
);

/**
 * "284 points, well below the 441 required in last week's general round", "muy por debajo de los 441 que se pidieron en la ronda
 * general": a figure compared with, then the round it was of.
 */
const COMPARED_FIGURE_BEFORE =
  /\b(?:below|above|under|than|por\s+debajo\s+de|por\s+encima\s+de|au-dessous\s+des?|au-dessus\s+des?|en\s+de[çc][àa]\s+des?|abaixo\s+d[oa]s?|acima\s+d[oa]s?)\s+(?:the\s+|los\s+|las\s+|les\s+|os\s+|as\s+)?\d{3}\s+(?:(?:CRS\s+)?(?:points?|puntos|pontos)\s+)?[^.;,\d]{0,50}$/i;

/** "CEC cut-off drops to 368 after PNP draw this week": the draw before the one told. */
const AFTER_A_DRAW_BEFORE = /\b(?:after|following)\s+(?:an?\s+|the\s+|last\s+week['’]s\s+|(?:mon|tues|wednes|thurs|fri)day['’]s\s+)?$/i;
const AFTER_THE_ROUND_FOR =
  /\b(?:after|following|depois|despu[ée]s|apr[èe]s)\s+(?:(?:of\s+)?the\s+|d[aeo]\s+(?:la\s+)?|de\s+la\s+|du\s+|la\s+)?(?:first\s+|primeira\s+|primera\s+|premi[eè]re?\s+)?(?:round|draw|rodada|ronda|sorteo|sorteio|ronde|tirage)\s+(?:for|of|para|de|pour|des|del|dos)\s+(?:the\s+|los\s+|las\s+|os\s+|as\s+|les\s+)?$/i;
const ROUND_WORDS_AT_START = /^(?:(?:round|draw|rodada|ronda|sorteo|sorteio|ronde|tirage)\s+(?:for|of|para|de|pour|des|del|dos)\s+)?/i;
const DRAW_AFTER = /^[\s-]*(?:only\s+)?(?:express entry\s+)?(?:draws?|rounds?)\b/i;

/** "provincial health authorities", "the health-care system", "mental health": an institution or a state of health, not the healthcare category. */
const HEALTH_INSTITUTION_BEFORE = /\b(?:mental|public|provincial|regional|economic|financial)\s+$/i;
const HEALTH_INSTITUTION_AFTER = /^[- ]?(?:authorit(?:y|ies)|insurance|system|ministry|minister|coverage|card|check|records?|benefits?|of the (?:economy|pool|labour market))\b/i;

/** "not strong in English or French", "French and English test results": the two official languages, not the French-language category. */
const ENGLISH_AND_BEFORE = /\bEnglish\s+(?:or|and|and\/or|&)\s+$/i;
const AND_ENGLISH_AFTER = /^(?:\s+language)?\s+(?:or|and|and\/or|&)\s+English\b/i;

/** Program mentions that name no draw's program: what candidates lacked, one program among several, one group among the invited, and the abbreviation in brackets right after any of them. */
function notTheDraws(sentence: string, mentions: ProgramMention[]): ProgramMention[] {
  let droppedEnd = -1;
  let droppedCode = '';
  return mentions.filter((p) => {
    const abbreviation = p.code === droppedCode && droppedEnd >= 0 && /^[\s\w]{0,12}\($/.test(sentence.slice(droppedEnd, p.start));
    const before = sentence.slice(Math.max(0, p.start - 140), p.start);
    const drop =
      abbreviation ||
      NEGATED_BEFORE.test(before) ||
      NO_ROUND_BEFORE.test(sentence.slice(Math.max(0, p.start - 80), p.start)) ||
      NON_BEFORE.test(sentence.slice(Math.max(0, p.start - 4), p.start)) ||
      ONE_OF_BEFORE.test(sentence.slice(Math.max(0, p.start - 20), p.start)) ||
      PROGRAMS_LIST_BEFORE.test(sentence.slice(Math.max(0, p.start - 40), p.start)) ||
      LISTED_OCCUPATION_BEFORE.test(before) ||
      AMONG_AFTER.test(sentence.slice(p.end, p.end + 60)) ||
      ALSO_INVITED_AFTER.test(sentence.slice(p.end, p.end + 60)) ||
      AVERAGE_AFTER.test(sentence.slice(p.end, p.end + 30)) ||
      ENTERED_POOL_AFTER.test(sentence.slice(p.end, p.end + 50)) ||
      COMPARED_WITH_BEFORE.test(sentence.slice(Math.max(0, p.start - 90), p.start)) ||
      COMPARED_FIGURE_BEFORE.test(sentence.slice(Math.max(0, p.start - 90), p.start)) ||
      AUDIENCE_BEFORE.test(sentence.slice(Math.max(0, p.start - 60), p.start)) ||
      JOB_OFFER_OR_BEFORE.test(before) ||
      OR_JOB_OFFER_AFTER.test(sentence.slice(p.end, p.end + 70)) ||
      (p.code === 'pnp' && WRITER_HOLDS_BEFORE.test(sentence.slice(Math.max(0, p.start - 30), p.start))) ||
      (p.code === 'pnp' && WITH_NOMINATION_BEFORE.test(sentence.slice(Math.max(0, p.start - 20), p.start)) && NOMINATION_AFTER.test(sentence.slice(p.end, p.end + 30))) ||
      (p.code === 'pnp' && (PROVINCES_RUN_BEFORE.test(sentence.slice(Math.max(0, p.start - 100), p.start)) || PROVINCE_PNP_BEFORE.test(sentence.slice(Math.max(0, p.start - 40), p.start)))) ||
      (p.code === 'french' && (ENGLISH_AND_BEFORE.test(sentence.slice(Math.max(0, p.start - 20), p.start)) || AND_ENGLISH_AFTER.test(sentence.slice(p.end, p.end + 30)))) ||
      (p.code === 'healthcare' && (HEALTH_INSTITUTION_BEFORE.test(sentence.slice(Math.max(0, p.start - 20), p.start)) || HEALTH_INSTITUTION_AFTER.test(sentence.slice(p.end, p.end + 30)))) ||
      (p.code === 'education' &&
        (FACTOR_BEFORE.test(sentence.slice(Math.max(0, p.start - 40), p.start)) ||
          FACTOR_AFTER.test(sentence.slice(p.end, p.end + 40)) ||
          SCHOOLING_BEFORE.test(sentence.slice(Math.max(0, p.start - 30), p.start)) ||
          SCHOOLING_AFTER.test(sentence.slice(p.end, p.end + 30))));
    if (drop) [droppedEnd, droppedCode] = [p.end, p.code];
    return !drop;
  });
}

const LISTABLE = new Set(['cec', 'fsw', 'fst', 'pnp']);

/** Adds a run of mentions to `dropped` when it lists two or more base programs (the PNP aside). */
function dropList(run: readonly ProgramMention[], dropped: Set<ProgramMention>): void {
  if (new Set(run.filter((m) => m.code !== 'pnp').map((m) => m.code)).size >= 2) for (const m of run) dropped.add(m);
}

/**
 * "candidates from the Canadian Experience Class (CEC), the Federal Skilled Worker Program (FSWP), and the
 * Federal Skilled Trades Program (FSTP)": two or more of the base programs listed together say who may be
 * invited, not which program the draw was for, even when a comma-"and" cuts the list into clauses.
 */
function withoutEligibilityList(mentions: ProgramMention[]): ProgramMention[] {
  const dropped = new Set<ProgramMention>();
  let run: ProgramMention[] = [];
  // Mentions chained by short gaps ("Canadian Experience Class (CEC), the Federal Skilled Worker Program (FSWP), and …") form one list.
  for (const m of mentions) {
    if (!LISTABLE.has(m.code)) continue;
    const prev = run[run.length - 1];
    if (prev && m.start - prev.end > 40) {
      dropList(run, dropped);
      run = [];
    }
    run.push(m);
  }
  dropList(run, dropped);
  return dropped.size > 0 ? mentions.filter((m) => !dropped.has(m)) : mentions;
}

/** The program mentions of one sentence that may name its draw's program. */
export function draftPrograms(sentence: string, mentions: ProgramMention[]): ProgramMention[] {
  // Most sentences name no program.
  if (mentions.length === 0) return mentions;
  return withoutDrawBefore(sentence, withoutEligibilityList(notTheDraws(sentence, mentions)));
}

/**
 * "CEC cut-off drops to 368 after PNP draw this week": beside the program the sentence tells, the one of the draw it came after
 * is not its own.
 */
function withoutDrawBefore(sentence: string, mentions: ProgramMention[]): ProgramMention[] {
  return mentions.filter((p) => !namedAfterDraw(sentence, mentions, p) && !roundItCameAfter(sentence, mentions, p));
}

/**
 * The draw before, named after the sentence's own program ("After Monday's PNP-only round, …, IRCC held a French-language
 * draw" names it first: an aside the clauses part).
 */
function namedAfterDraw(sentence: string, mentions: readonly ProgramMention[], p: ProgramMention): boolean {
  return (
    mentions.some((o) => o.end <= p.start && o.code !== p.code) && AFTER_A_DRAW_BEFORE.test(sentence.slice(Math.max(0, p.start - 30), p.start)) && DRAW_AFTER.test(sentence.slice(p.end, p.end + 20))
  );
}

/**
 * "Um dia depois da primeira rodada para médicos, o IRCC realizou … uma rodada para profissionais da saúde": the round it came after.
 * (The mention may hold "rodada para" itself: "rodada para médicos".)
 */
function roundItCameAfter(sentence: string, mentions: readonly ProgramMention[], p: ProgramMention): boolean {
  return (
    mentions.some((o) => o.code !== p.code) && AFTER_THE_ROUND_FOR.test(sentence.slice(Math.max(0, p.start - 60), p.start) + (ROUND_WORDS_AT_START.exec(sentence.slice(p.start, p.end))?.[0] ?? ''))
  );
}
