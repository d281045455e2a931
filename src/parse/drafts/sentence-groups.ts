import { clauseSpans, type ClauseSpan } from './clauses.ts';
import { provincialRoundSentence } from '../primary/other-programs.ts';
import {
  AMONG_THOSE,
  ANOTHER_DRAW,
  ALSO_HELD,
  DAY_OF_DRAW_AFTER,
  DAY_OF_DRAW_BEFORE,
  FRESH,
  HELD,
  NEWS_SUBJECT,
  RECORD_LABEL,
  REFERS_BACK,
  REFERS_TO_LAST,
  ROUND_LABEL,
  TODAY_OF_DRAW_AFTER,
  TODAY_OF_DRAW_BEFORE,
  introducesSeveral,
  marksContext,
  isHypothetical,
  isHypotheticalAfter,
} from './cues.ts';
import { CHANGED_FROM_EARLIER } from '../mentions/masks.ts';
import { respectivelyGroups } from './respectively.ts';
import { findListedDrawNumbers } from '../mentions/draw-number.ts';
import { listsInOrder } from '../mentions/sentence-facts.ts';
import { isDayRef, type DateMention, type FactMention, type Group, type ProgramMention, type SentenceFacts, type Where } from '../types.ts';
import { sameDay } from '../mentions/calendar.ts';
import { compiledNow, wordStartsGrouped } from '../text/matches.ts';

const BASE_PROGRAMS = new Set(['cec', 'fsw', 'fst']);
/** "dos rondas", "duas rodadas", "deux rondes": rounds counted in Spanish, Portuguese or French. */
const ROMANCE_SEVERAL = compiledNow(
  /\b(?:dos|tres|cuatro|cinco|dois|duas|tr[êe]s|quatro|deux|trois|quatre|cinq|\d)\s+(?:nuevos?\s+|nuevas\s+|novos?\s+|novas\s+|nouveaux\s+|nouvelles\s+)?(?:sorteos|rondas|sorteios|rodadas|tirages|rondes)\b/i,
);

/** "IRCC held two program-specific rounds on Friday, May 26, including the first round ever …": counted rounds of a day, whatever singular follows. */
const COUNTED_ON_A_DAY = /\b(?:two|three|four|[234])\s+(?:[\w-]+\s+){0,3}?(?:draws|rounds)\s+(?:on|the same day|that day|in (?:a|one) day)\b/i;

/** A category of category-based rounds: any program of config/programs.json but the base ones, nominees and the catch-alls. */
const isCategory = (code: string): boolean => !BASE_PROGRAMS.has(code) && code !== 'pnp' && code !== 'general' && code !== 'other';
/** Between a program's name and a category's: "candidates with", "and other Express Entry candidates with", "applicants who have strong". */
const QUALIFIED_BY =
  /^\s*(?:\([A-Z]+\)\s*)?(?:(?:and|or)\s+other\s+(?:express entry\s+)?)?(?:candidates|applicants|profiles)\s+(?:with|who (?:have|had|possess)|having)\s+(?:(?:strong|advanced|high|proven|good)\s+)?$/i;
/** Around a program named as the candidates' quality before a category: "candidates with Canadian experience and strong French skills". */
const QUALITY_BEFORE = /\b(?:candidates|applicants|profiles)\s+(?:with|who (?:have|had|possess)|having)\s+(?:recent\s+)?$/i;
const AND_CATEGORY_AFTER = /^\s+(?:and|plus)\s+(?:(?:strong|advanced|high|proven|good)\s+)?$/i;
const inside = (s: { start: number }, c: ClauseSpan): boolean => s.start >= c.start && s.start < c.end;
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
/** What clauseProgram gives for two programs named side by side. */
const LISTED = '*listed*';

/** "The January 19 draw", "March 6, 2025 draw is the second of the month": a written day named as a draw's. */
const namesByWrittenDay = (sentence: string, d: DateMention): boolean =>
  (DAY_OF_DRAW_BEFORE.test(sentence.slice(Math.max(0, d.start - 8), d.start)) || /^[\s"'(*\u2022-]*$/.test(sentence.slice(0, d.start))) && DAY_OF_DRAW_AFTER.test(sentence.slice(d.end));

/** Words of a clause about the invited themselves: "invitations", "the selected candidates", "were eligible". */
const ABOUT_INVITED = compiledNow(
  wordStartsGrouped(
    /\b(?:invit\w*|draws?|rounds?|selected|ITAs?|tirages?|rondes?|loteries?|lotter(?:y|ies)|raffles?|IPD|sorteos?|sorteios?|convites|convidad[oa]s)\b|\bthe (?:invited |selected )?candidates\b|\b(?:needed|required|had) to (?:have|be)\b|\b(?:were|was) (?:eligible|considered)\b/i,
  ),
);

/** "The most recent round was on May 31", "the latest draw", "el último draw federal fue el 02/10/2019": a round recalled, which may be long past. */
const RECALLED = compiledNow(
  wordStartsGrouped(
    /\bmost recent\b|\b(?:the\s+)?(?:latest|last)(?:\s+one)?,\s(?=on\s|held\s|in\s)|\b(?:el|la|o|a)\s+[úu]ltim[oa],\s|\b(?:latest|last)\s+(?:express entry\s+)?(?:draw|round)\b|\b(?:la|el|a|o)\s+m[áa]i?s\s+reci?entes?\b|\b(?:la\s+|el\s+|a\s+|o\s+)?[úu]ltim[oa]s?\s+(?:rondas?|sorteos?|rodadas?|sorteios?|draws?)\b|\b(?:la\s+)?plus\s+r[ée]cente\b|\b(?:la|le)\s+derni(?:er|[èe]re)\s+(?:ronde|tirage)\b/i,
  ),
);

/** "fell 12 points from the May 31 round (5,956 invitations, 380)", "than the June 2 draw": a draw named by its day, compared with. */
const COMPARED_BEFORE = /\b(?:from|than|since|over|versus|vs\.?|compared (?:with|to))\s+the\s+$/i;
const comparedByDay = (sentence: string, d: DateMention): boolean => COMPARED_BEFORE.test(sentence.slice(Math.max(0, d.start - 24), d.start)) && DAY_OF_DRAW_AFTER.test(sentence.slice(d.end));

/** "Until today's draw", "those invited today", "including today's": the page's own day named as a draw's. */
const namesByToday = (sentence: string, d: DateMention): boolean =>
  d.relative && /^today$/i.test(sentence.slice(d.start, d.end)) && (TODAY_OF_DRAW_AFTER.test(sentence.slice(d.end)) || TODAY_OF_DRAW_BEFORE.test(sentence.slice(Math.max(0, d.start - 24), d.start)));

/** "TWO Express Entry rounds today — April 9, 2020": the dates a sentence writes are one day. */
const oneDay = (dates: readonly DateMention[]): boolean => {
  const days = dates.map((d) => d.value).filter(isDayRef);
  const first = days[0];
  return !!first && days.length === dates.length && days.every((d) => sameDay(d, first));
};

/** One program for the clause: the named one nearest its facts; an eligibility list of base programs names none. */
function clauseProgram(sentence: string, mentions: ProgramMention[], anchor: number): string | null {
  let list = mentions;
  const base = list.filter((m) => BASE_PROGRAMS.has(m.code));
  if (new Set(base.map((m) => m.code)).size >= 2) {
    // "the Federal Skilled Worker, Canadian Experience Class, Federal Skilled Trades, and Provincial Nominee Program" lists who may be invited.
    const inList = (m: ProgramMention): boolean => m.code === 'pnp' && base.some((b) => Math.abs(b.end - m.start) <= 40 || Math.abs(m.end - b.start) <= 40);
    list = list.filter((m) => !BASE_PROGRAMS.has(m.code) && !inList(m));
  }
  if (list.some((m) => m.code === 'general')) return 'general';
  // "Canadian Experience Class candidates with French-language proficiency": the category names the round, the program its candidates.
  // "candidates with Canadian experience and strong French skills": so does a category after a program named as a quality.
  list = list.filter(
    (b) =>
      !(
        BASE_PROGRAMS.has(b.code) &&
        list.some(
          (m) =>
            isCategory(m.code) &&
            m.start > b.end &&
            (QUALIFIED_BY.test(sentence.slice(b.end, m.start)) || (AND_CATEGORY_AFTER.test(sentence.slice(b.end, m.start)) && QUALITY_BEFORE.test(sentence.slice(Math.max(0, b.start - 40), b.start)))),
        )
      ),
  );
  // "invitations only to PNP and CEC candidates": two programs side by side name no single one.
  const paired = list.some((a) => list.some((b) => a.code !== b.code && b.start > a.end && /^\s?(?:,|and|or|&|\/)\s?(?:the\s)?$/i.test(sentence.slice(a.end, b.start))));
  if (paired) return LISTED;
  let best: ProgramMention | null = null;
  for (const m of list) {
    if (!best || Math.abs(m.start - anchor) < Math.abs(best.start - anchor)) best = m;
  }
  return best?.code ?? null;
}

/**
 * "Graduates weighing whether to stay should note the latest results: on Monday, IRCC invited 3,600": a round a colon introduces,
 * told as held, is fact (not "What we expect today: a CEC draw of about 4,700 invitations", nor after a condition: "If you score
 * well: …").
 */
function afterColon(text: string): string {
  const at = text.lastIndexOf(': ');
  if (at < 0 || /\b(?:if|suppose|imagine|assum\w*)\b/i.test(text.slice(0, at))) return text;
  const after = text.slice(at + 1);
  return /\b(?:invited|issued|held|conducted|sent)\b/i.test(after) ? after : text;
}

/** "Hundreds of developers in Waterloo could be among 4,500 people invited …": the doubt is who was among them, not the count. */
const MAYBE_AMONG = /\b(?:could|may|might|would)\s+(?:well\s+)?be\s+among\s+(?:the\s+)?$/i;

function factsOf(sentence: string, c: ClauseSpan, facts: readonly FactMention[]): number[] {
  return facts
    .filter((f) => inside(f, c))
    .filter((f) => {
      const before = afterColon(sentence.slice(c.start, f.start));
      return (MAYBE_AMONG.test(before) || !isHypothetical(before)) && !isHypotheticalAfter(sentence.slice(f.end, c.end));
    })
    .map((f) => f.value);
}

/** "a drop in the minimum score, from 472 in the previous draw to 470 in this one": the clause is not about the earlier draw. */
const withoutChangeStart = (text: string): string => (text.includes('from') ? text.replace(CHANGED_FROM_EARLIER, ' ') : text);

/** Where a sentence's "were among the …" ends (0 without one): found once a sentence, not once a clause (a huge input has many). */
function amongEnd(sentence: string): number {
  const m = AMONG_THOSE.exec(sentence);
  return m ? m.index + m[0].length : 0;
}

function clauseGroup(sentence: string, c: ClauseSpan, facts: SentenceFacts, where: Where, respectively: boolean, afterAmong: number): Group {
  const text = sentence.slice(c.start, c.end);
  // "November 23 and 24" read clause by clause (no "respectively" list shared it out, `respectively.ts`): its first day goes
  // on as the sentence's (the days of "two draws" told in order below it), unless the sentence names the draws' programs
  // too ("PNP and CEC draws"): then which day is whose is not told.
  const twoPrograms = new Set(facts.programs.map((p) => p.code)).size >= 2;
  const invitations = uniq(factsOf(sentence, c, facts.invitations));
  // "PNP invited 1,391 candidates, CEC invited 6,300 candidates, CRS score 515": one cut-off after the counts of two programs'
  // rounds is one of theirs, which is not told.
  const crs = twoPrograms && invitations.length >= 2 ? [] : uniq(factsOf(sentence, c, facts.cutoffs));
  // A clause of plans or forecasts names no draw, unless it also states a fact before the "will".
  // So does a round's number before the "could": "This was round number 128 and only candidates eligible for the FSTP could be invited."
  const firstNumber = facts.drawNumbers.find((d) => inside(d, c));
  const hypothetical = isHypothetical(text) && invitations.length + crs.length === 0 && !(firstNumber && !isHypothetical(sentence.slice(c.start, firstNumber.end)));
  const firstFact = [...facts.invitations, ...facts.cutoffs].filter((f) => inside(f, c)).sort((a, b) => a.start - b.start)[0];
  const ownDates = facts.dates.filter((d) => inside(d, c));
  // "Candidates of the FSW were among those invited": the group among the invited names no round's program; a program named
  // after the "among" still does ("Nurses were among the 1,000 invited today in the healthcare category").
  // `afterAmong` looks at the whole sentence: "Francophone nurses and PSWs among 1,000 invited" is two clauses.
  const program = hypothetical
    ? null
    : clauseProgram(
        sentence,
        facts.programs.filter((p) => inside(p, c) && p.start >= afterAmong),
        firstFact?.start ?? c.start,
      );
  // Fields written out rather than spread from `where`: this object is made for every clause, and a spread makes it slow.
  return {
    line: where.line,
    sentence: where.sentence,
    zone: where.zone,
    dates: hypothetical ? [] : ownDates.filter((d) => !(d.listed && (d.listed === 'more' || twoPrograms))).map((d) => d.value),
    programs: program && program !== LISTED ? [program] : [],
    programsListed: program === LISTED,
    invitations,
    crs,
    drawNumbers: hypothetical ? [] : uniq(facts.drawNumbers.filter((d) => inside(d, c)).map((d) => d.value)),
    tieBreaks: facts.tieBreaks.filter((t) => inside(t, c)),
    context: c.context || marksContext(withoutChangeStart(text)) || ANOTHER_DRAW.test(text) || ownDates.some((d) => comparedByDay(sentence, d)),
    fresh: FRESH.test(text),
    held: HELD.test(text),
    also: ALSO_HELD.test(text),
    refersBack: REFERS_BACK.test(text),
    refersToLast: REFERS_TO_LAST.test(text),
    relativeDay: ownDates.length > 0 && ownDates.every((d) => d.relative),
    weekdayDay: ownDates.length > 0 && ownDates.every((d) => d.weekday === true),
    relative: c.relative,
    namesDrawByDay: ownDates.some((d) => namesByWrittenDay(sentence, d) || namesByToday(sentence, d)),
    recalled: RECALLED.test(text) || ownDates.some((d) => !d.relative && namesByWrittenDay(sentence, d)),
    respectively,
    // "IRCC resumed all-program draws on July 8": a resumption on one day is one round. "IRCC held two draws on August 18 and
    // 19": its first day is the first round's only, as when the days come first (article-groups.ts gives the others by order).
    plural:
      // Also Spanish, Portuguese and French with their count: "hubo dos rondas en un mismo día", "deux rondes ciblées le même jour" (not "sem rodadas de francês").
      // Not undone by one of them named ("…held two separate rounds of invitations, one of them the first-ever round for the FSTP").
      (((/\b(?:draws|rounds)\b/i.test(text) || ROMANCE_SEVERAL.test(text)) && !/\b(?:draw|round|sorteo|ronda|sorteio|rodada)\b/i.test(text.replace(ONE_OF_THEM, ''))) || COUNTED_ON_A_DAY.test(text)) &&
      !RESUMED_ON.test(text) &&
      !(facts.dates.some((d) => d.listed === 'first' && inside(d, c)) && facts.dates.some((d) => d.listed === 'more') && !oneDay(facts.dates)),
    scores: [...facts.scores],
    tieScores: [...facts.tieScores],
    months: [...facts.months],
    heading: c.start === 0 && c.end === sentence.length && programHeading(sentence, facts.programs),
    // IRCC's label of a round's category, "French language proficiency (Version 1)", names the round below it; "only Federal
    // Skilled Trades Program candidates were eligible" says who was invited.
    aboutInvited: ROUND_LABEL.test(text) || ABOUT_INVITED.test(text),
  };
}

/**
 * What may stand beside a program's name in a heading: brackets, dashes, and words such as "program", "round", "draw", "— FIRST EVER!",
 * a dashboard's badges ("[NEW] [CEC]").
 */
const HEADING_FILLER =
  /\([^()]*\)|&\s?social services\b|[-\u2013\u2014\u2022*:|![\]]|\b(?:new|latest|the|program(?:me)?s?|class|category|occupations|language|proficiency|and social services|first[- ]ever|draws?|rounds?|stream|rodadas?|rondas?|sorteos?|sorteios?|tirages?|rondes?|programa|programme)\b/gi;
/** The most characters of such a heading. */
const HEADING_MAX = 70;

/** "Federal Skilled Trades (ofícios especializados)", "Provincial Nominee Program": a line that names a program and nothing else. */
function programHeading(sentence: string, mentions: readonly ProgramMention[]): boolean {
  if (sentence.length > HEADING_MAX || mentions.length === 0 || /[\d.?,;]|!(?!\s*$)/.test(sentence)) return false;
  let rest = sentence;
  for (const m of mentions) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  return rest.replace(HEADING_FILLER, ' ').trim() === '';
}

/** "…, one of them the first-ever round for …", "…, including the first round for …": one of the rounds just counted. */
const ONE_OF_THEM = /,\s*(?:one of (?:them|which|these)|including|among (?:them|which))\b[^;]*$/i;

/** "IRCC resumed all-program draws on July 8": draws resumed on a day, which is one round. */
const RESUMED_ON = /\b(?:resum(?:ed|es|ing|e)|restart(?:ed|s|ing)?)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:draws|rounds)\s+on\b/i;

const first = <T>(xs: readonly T[]): T | undefined => xs[0];

function differ<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = (x, y) => x === y): boolean {
  const x = first(a);
  const y = first(b);
  return x !== undefined && y !== undefined && !same(x, y);
}

/** Two dates that say the same. */
const sameDate = (x: Group['dates'][number], y: Group['dates'][number]): boolean => JSON.stringify(x) === JSON.stringify(y);

/** Two parts that cannot describe the same draw (different values for one field). */
function conflicting(a: Group, b: Group): boolean {
  return differ(a.invitations, b.invitations) || differ(a.crs, b.crs) || differ(a.programs, b.programs) || differ(a.drawNumbers, b.drawNumbers) || differ(a.dates, b.dates, sameDate);
}

/** A part that tells one program's figures and no day of its own. */
const ownRound = (g: Group): boolean => !g.context && g.dates.length === 0 && g.programs.length === 1 && (g.invitations.length > 0 || g.crs.length > 0);

const isEmpty = (g: Group): boolean => g.dates.length + g.programs.length + g.invitations.length + g.crs.length + g.drawNumbers.length + g.tieBreaks.length === 0;

function mergeInto(target: Group, g: Group): void {
  target.dates = uniq([...target.dates, ...g.dates]);
  target.programs = uniq([...target.programs, ...g.programs]);
  target.invitations = uniq([...target.invitations, ...g.invitations]);
  target.crs = uniq([...target.crs, ...g.crs]);
  target.drawNumbers = uniq([...target.drawNumbers, ...g.drawNumbers]);
  target.tieBreaks = [...target.tieBreaks, ...g.tieBreaks];
  target.fresh ||= g.fresh;
  target.held ||= g.held;
  target.refersBack ||= g.refersBack;
  target.refersToLast ||= g.refersToLast;
  target.relativeDay &&= g.relativeDay || g.dates.length === 0;
  target.weekdayDay = target.weekdayDay === true && (g.weekdayDay === true || g.dates.length === 0);
  // "TWO Express Entry rounds today - April 9, 2020": a clause that only gives the day leaves the rounds several.
  target.plural &&= g.plural || g.programs.length + g.invitations.length + g.crs.length + g.drawNumbers.length === 0;
  target.aboutInvited ||= g.aboutInvited;
  target.programsListed ||= g.programsListed;
  target.namesDrawByDay ||= g.namesDrawByDay;
  target.recalled ||= g.recalled === true;
}

/** "… and a July 8 French round …", "… and the PNP draw of May 30": one more draw named after "and". */
const AND_ANOTHER_DRAW = /^\s*,?\s*and\s+(?:a|an|the|its|another)\s+(?:[\w-]+\s+){0,4}?(?:draw|round)\b/i;

const AND_VERB = /^\s*,?\s*and\s+(?:then\s+|also\s+)?(?:issued|invited|had|saw|required|needed|sent|extended|set|reached|included)\b/i;

/** A sentence that ends by placing what it told in an earlier draw. */
const ENDS_IN_AN_EARLIER_DRAW = /\b(?:in|during)\s+the\s+(?:previous|preceding|prior|last)\s+(?:[\w-]+\s+){0,3}?(?:draw|round)\s*[.!]?\s*$/i;
/** Not "…dropping to 442, compared to 444 in the previous draw": a comparison sets only its own figure in the earlier draw. */
const COMPARES = /\b(?:from|compared|than|versus|vs\.?|increase[sd]?|decrease[sd]?|drop(?:ped|ping|s)?|ris(?:e|es|ing)|rose|up|down|this|today'?s?)\b/i;

/** "… and was 447 points": the sentence's subject goes on (not "and a CRS score of 541 was required", which has its own). */
const SUBJECT_GOES_ON = /^\s*,?\s*and\s+(?:was|is|stood|stands|now stands|reached|settled|came in)\b/i;

/** "…the June 26 round" right before a clause that opens with a comma. */
const ROUND_THEN_COMMA = /\b(?:draw|round)\s*$/i;
/** "The draw," / "This round" right before a relative clause: the clause qualifies that draw. */
const DRAW_NOUN_BEFORE = /\b(?:this|the|today's|the latest|the new)\s+(?:express entry\s+)?(?:draw|round)\s*,?\s*$/i;

/** The groups of one sentence: clauses joined while they can be one draw, split where they cannot. */
export function sentenceGroups(sentence: string, facts: SentenceFacts, where: Where): Group[] {
  const afterAmong = amongEnd(sentence);
  const mentions = facts.dates.length + facts.programs.length + facts.invitations.length + facts.cutoffs.length + facts.drawNumbers.length + facts.tieBreaks.length;
  if (mentions === 0) {
    // "Canada has held its second Express Entry draw in two days.": news with no fact yet; the facts come next.
    const whole = { start: 0, end: sentence.length, context: false, relative: false, afterCuePhrase: false };
    const g =
      FRESH.test(sentence) && /\b(?:draw|round)\b/i.test(sentence) && !marksContext(sentence) && !isHypothetical(sentence) ? clauseGroup(sentence, whole, facts, where, false, afterAmong) : null;
    return g ? [g] : [];
  }
  const respectively = listsInOrder(sentence);
  const whole = { start: 0, end: sentence.length, context: false, relative: false, afterCuePhrase: false };
  const listed = respectively ? respectivelyGroups(sentence, facts, clauseGroup(sentence, whole, facts, where, true, afterAmong)) : null;
  const groups = placed(sentence, listed ?? clauseGroups(sentence, facts, where, respectively, afterAmong));
  // "On the 13th and 15th of May 2020, Canada held its 147th and 148th draws, inviting another 3,900": days or round
  // numbers listed, and one count, no cut-off: the count is their total (not "those draws each invited 5,000").
  // The cheap tests first: this runs for every sentence with a fact.
  const oneCount = !listed && groups.flatMap((g) => g.invitations).length === 1 && groups.every((g) => g.crs.length === 0);
  if (oneCount && !/\beach\b/i.test(sentence) && (facts.dates.filter((d) => d.listed).length >= 2 || findListedDrawNumbers(sentence).length >= 2)) for (const g of groups) g.invitations = [];
  // "The department lists them as rounds No. 63 and No. 64.": numbers listed and no figure are the rounds' told above, in order
  // (listed-numbers.ts), not the last one's.
  const noFigures = !listed && groups.every((g) => g.invitations.length === 0 && g.crs.length === 0);
  if (noFigures && groups.some((g) => g.drawNumbers.length > 0) && findListedDrawNumbers(sentence).length >= 2) for (const g of groups) g.drawNumbers = [];
  return groups;
}

/** The groups of a sentence read clause by clause. */
function clauseGroups(sentence: string, facts: SentenceFacts, where: Where, respectively: boolean, afterAmong: number): Group[] {
  const labelled = RECORD_LABEL.test(sentence);
  const groups: Group[] = [];
  let comparedWith = false;
  // "The cut-off score of this draw dropped by five points compared to the previous CEC round and was 447": the sentence's
  // subject is this draw, though its first clause with a fact is the comparison.
  let subjectIsThisDraw = false;
  for (const c of clauseSpans(sentence)) {
    const g = clauseGroup(sentence, c, facts, where, respectively, afterAmong);
    g.refersBack ||= labelled;
    const last = groups[groups.length - 1];
    if (!last) {
      groups.push(g);
      continue;
    }
    if (isEmpty(g)) {
      if (!g.context) last.fresh ||= g.fresh;
      // "…lower than the previous round, which took place on March 26": what follows a bare comparison continues it.
      else comparedWith = true;
      continue;
    }
    // "…, which had a CRS threshold of 750 and issued 646 invitations": a verb phrase joined by "and" has the subject of the clause before it.
    const sameSubject = AND_VERB.test(sentence.slice(c.start, c.end));
    // "Draw no. 308 follows yesterday's CEC round (…) and a July 8 French round where 3,200 ITAs were issued": one more draw
    // of the list the earlier clause began.
    if ((sameSubject || AND_ANOTHER_DRAW.test(sentence.slice(c.start, c.end))) && last.context) g.context = true;
    if (comparedWith && c.relative) g.context = true;
    comparedWith = false;
    // An empty lead-in ("After a three-week pause,") gives way to the clause that follows it.
    if (isEmpty(last)) {
      g.fresh ||= !last.context && last.fresh;
      // "This was the 11th round of 2019 and 118th overall": the lead-in's "this" is the figure's.
      // "The draw, which was held on the 12th of October 2022, …": a relative clause is about the draw it qualifies.
      const qualifiesTheDraw = c.relative && DRAW_NOUN_BEFORE.test(sentence.slice(0, c.start));
      if (g.drawNumbers.length > 0 || qualifiesTheDraw) g.refersBack ||= !last.context && last.refersBack;
      // "The previous draw, which took place on May 18, required 484 points": the relative clause is that earlier draw's.
      if (last.context && c.relative && !g.fresh) g.context = true;
      if (!last.context && last.refersBack && g.context) subjectIsThisDraw = true;
      groups[groups.length - 1] = g;
      continue;
    }
    if (c.context || (g.context && !last.context)) {
      groups.push(g);
      continue;
    }
    // A relative clause continues the clause before it; anything else after a context clause
    // goes back to the sentence's main draw, if there is one.
    const main = [...groups].reverse().find((x) => !x.context);
    // "Following the draw on May 24, IRCC invited 4,800…": a clause of the sentence's own after a cue phrase is not that earlier draw's.
    const subjectGoesOn = subjectIsThisDraw && SUBJECT_GOES_ON.test(sentence.slice(c.start, c.end));
    if (!main && (c.afterCuePhrase || NEWS_SUBJECT.test(sentence.slice(c.start, c.end)) || subjectGoesOn) && !c.relative && last.context && !g.context) {
      g.refersBack ||= subjectGoesOn;
      groups.push(g);
      continue;
    }
    const target = c.relative || sameSubject || g.context || !main ? last : main;
    if (!conflicting(target, g)) mergeInto(target, g);
    else {
      // "…the June 26 round, which invited 3,000 at 521": a relative clause on a round the clause before dated is of that day.
      if (c.relative && g.dates.length === 0 && target === last && ROUND_THEN_COMMA.test(sentence.slice(0, c.start)) && sentence[c.start] === ',') g.dates = [...last.dates];
      groups.push(g);
    }
  }
  return groups;
}

/** "Previous CEC round: …", "Rodada anterior da categoria: …", "Ronda anterior: …", "Tirage précédent : …": a line labelled as an earlier round's. */
const EARLIER_ROUND_LABEL =
  /^[\s\u2022*-]*(?:(?:previous|prior|preceding|last)\s+(?:[\w-]+\s+){0,3}?(?:draw|round)|(?:rodada|ronda|sorteo|sorteio)\s+anterior|(?:tirage|ronde)\s+pr[ée]c[ée]dente?)\b[^:]{0,40}\s?:/i;

/** What the whole sentence says of its groups: a total over several draws, a province's round, an earlier draw's figures. */
function placed(sentence: string, groups: Group[]): Group[] {
  // "Canada Conducts Two New Express Entry Draws in March 2025, Inviting 5,225": one count over several draws is their total.
  for (const g of groups) if (g.plural && introducesSeveral(sentence) && g.invitations.length === 1 && g.crs.length === 0) g.invitations = [];
  // A province's own round is another draw than the article's.
  if (provincialRoundSentence(sentence)) for (const g of groups) [g.context, g.provincial] = [true, true];
  // "IRCC selected 761 candidates with a minimum score of 742 in the preceding PNP draw.": the figures are that draw's; so are
  // a line labelled as an earlier round's ("Rodada anterior da categoria: 11/12/2025 – 1.000 convites – 476 pontos").
  if ((ENDS_IN_AN_EARLIER_DRAW.test(sentence) && !COMPARES.test(sentence)) || EARLIER_ROUND_LABEL.test(sentence)) for (const g of groups) g.context = true;
  // "Two draws yesterday — PNP 200 @ 902 and FST 500 @ 288": the one day of a sentence that introduces its rounds is each one's.
  const [first, ...others] = groups;
  if (first && !first.context && first.dates.length === 1 && others.length > 0 && others.every(ownRound) && introducesSeveral(sentence))
    for (const g of others) [g.dates, g.relativeDay, g.weekdayDay] = [[...first.dates], first.relativeDay, first.weekdayDay];
  // "Express Entry draw #141 and #142: what you need to know": a list of numbers, each clause only a number, names no one round.
  const numbersOnly = groups.filter((g) => g.drawNumbers.length > 0 && g.programs.length + g.dates.length + g.invitations.length + g.crs.length + g.tieBreaks.length === 0);
  if (numbersOnly.length >= 2 && numbersOnly.length === groups.filter((g) => !isEmpty(g)).length) for (const g of numbersOnly) g.drawNumbers = [];
  return groups.filter((g) => !isEmpty(g) || g.fresh || g.refersBack);
}
