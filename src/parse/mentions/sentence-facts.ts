import type { Programs } from '../../config/programs.ts';
import { findCutoffs, findShorthandCounts } from './crs-mentions.ts';
import { findDates, findMonthsOnly, type DateContext } from './date-mentions.ts';
import { findDrawNumbers } from './draw-number.ts';
import { findInvitations } from './invitation-mentions.ts';
import { maskNonFacts } from './masks.ts';
import { findPrograms } from './program-mentions.ts';
import { findTieBreaks } from './tie-break.ts';
import { DIGITS, readNumber } from './number-tokens.ts';
import type { DateMention, FactMention, ProgramMention, SentenceFacts } from '../types.ts';

/** "529, down from 549": the compared number is the same kind of figure as the one before the cue. */
const COMPARED = new RegExp(
  String.raw`\b(?:(?:down|up|decrease|increase|drop|rise|fall|jump|dip|decline|climb)s?\s+from|compared\s+(?:with|to)|versus|vs\.?)\s{1,3}(?:the\s)?${DIGITS}(?!\s?(?:%|percent|points?\s+(?:for|from)))`,
  'gi',
);

function comparedFigures(masked: string, invitations: FactMention[], cutoffs: FactMention[]): void {
  for (const m of masked.matchAll(COMPARED)) {
    const raw = m[1] ?? '';
    const start = m.index + m[0].length - raw.length;
    const value = readNumber(raw);
    if (value === null) continue;
    const before = [...invitations.map((f) => ({ f, crs: false })), ...cutoffs.map((f) => ({ f, crs: true }))]
      .filter(({ f }) => f.end <= m.index && m.index - f.end <= 80)
      .sort((a, b) => b.f.end - a.f.end)[0];
    if (!before) continue;
    const fact = { start, end: start + raw.length, value };
    if (before.crs && value >= 50 && value <= 1200) cutoffs.push(fact);
    else if (!before.crs && value >= 1 && value <= 50_000) invitations.push(fact);
  }
  invitations.sort((a, b) => a.start - b.start);
  cutoffs.sort((a, b) => a.start - b.start);
}

/** Every mention one sentence holds, with dates taken by a tie-break or a "since …" left out. */
function afterTieBreak(sentence: string, tieBreaks: readonly { start: number; end: number }[], d: { start: number }): boolean {
  const tb = tieBreaks[0];
  return tb !== undefined && d.start > tb.start && !sentence.slice(tb.end, d.start).includes(';');
}

/** "candidates who did not have a qualifying job offer … or a provincial nomination": a program named as what they lacked. */
const NEGATED_BEFORE = /\b(?:without|did not have|do not have|didn't have|don't have|not have|neither|whether or not|regardless of|irrespective of)\b[^.;:]{0,100}$/i;

/** "Targeted occupations include registered nurses, physicians, pharmacists…": an occupation in a list, not the draw's program. */
const LISTED_OCCUPATION_BEFORE = /\b(?:occupations|jobs|professions|roles|workers)\s(?:[\w-]+\s){0,2}?(?:include|includes|included|including|such as|like)\b[^.;:]{0,100}$/i;

/** "taken advantage of one of the Provincial Nominee Programs": one program among several, no draw's. */
const ONE_OF_BEFORE = /\b(?:one|any|each|all|some|most|many|several) of the\s+$/i;

/** "Federal Skilled Worker Program candidates were among today's successful candidates": one group among the invited, not the round's program. */
const AMONG_AFTER = /^(?:\s+(?:Program|Class))?(?:\s*\([^)]{1,12}\))?\s+(?:candidates|applicants|profiles)\s+(?:were|are)\s+(?:also\s+)?among\b/i;

/** "the most recent draw offers valuable insights for healthcare professionals": the readers addressed, not the round's program. */
const AUDIENCE_BEFORE = /\b(?:insights?|news|tips|lessons|advice|implications|takeaways|guidance)\s(?:[\w-]+\s){0,2}?for\s(?:all\s|many\s|aspiring\s)?$/i;

/** "holding a valid job offer … or Provincial Nomination Program (PNP) certificate": one of two ways to the points, not the round's program. */
const JOB_OFFER_OR_BEFORE = /\b(?:job offers?|LMIA|arranged employment)\b[^.;]{0,100}\bor\s+(?:an?\s+|the\s+|a\s+valid\s+)?$/i;
const OR_JOB_OFFER_AFTER = /^[^.;]{0,40}?\bor\s+(?:an?\s+|a\s+valid\s+)?(?:job offer|LMIA|arranged employment)\b/i;

/** "age, education, and language scores": a CRS factor in a list, not the education category. */
const FACTOR_BEFORE = /\b(?:age|language(?: skills| ability| proficiency)?|(?:skilled )?work experience)\s*,\s*(?:and\s+)?$/i;
const FACTOR_AFTER = /^\s*,?\s*(?:and\s+|or\s+)?(?:(?:skilled |canadian )?work experience|language(?: skills| ability| proficiency| scores?)?|age)\b/i;

/** "provinces and territories which participate in the provincial nominee program helped…": the program the provinces run, not a round's. */
const PROVINCES_RUN_BEFORE =
  /\b(?:provinces?|territor(?:y|ies))\b[^.;]{0,60}\b(?:participate|participates|participating|take part) in\s+(?:the\s+|their\s+|a\s+)?$|\b(?:provinces?|territor(?:y|ies))\s+(?:run|runs|operate|operates|manage|manages)\s+(?:the\s+|their\s+|own\s+)?$/i;

/** "roughly 20 points above the all-program average": a program's average is a comparison, not the round's program. */
const AVERAGE_AFTER = /^(?:\s(?:draws?|rounds?|cut-?offs?))?\s(?:average|mean|median)\b/i;

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
      ONE_OF_BEFORE.test(sentence.slice(Math.max(0, p.start - 20), p.start)) ||
      LISTED_OCCUPATION_BEFORE.test(before) ||
      AMONG_AFTER.test(sentence.slice(p.end, p.end + 60)) ||
      AVERAGE_AFTER.test(sentence.slice(p.end, p.end + 30)) ||
      AUDIENCE_BEFORE.test(sentence.slice(Math.max(0, p.start - 60), p.start)) ||
      JOB_OFFER_OR_BEFORE.test(before) ||
      OR_JOB_OFFER_AFTER.test(sentence.slice(p.end, p.end + 70)) ||
      (p.code === 'pnp' && PROVINCES_RUN_BEFORE.test(sentence.slice(Math.max(0, p.start - 100), p.start))) ||
      (p.code === 'education' && (FACTOR_BEFORE.test(sentence.slice(Math.max(0, p.start - 40), p.start)) || FACTOR_AFTER.test(sentence.slice(p.end, p.end + 40))));
    if (drop) [droppedEnd, droppedCode] = [p.end, p.code];
    return !drop;
  });
}

const LISTABLE = new Set(['cec', 'fsw', 'fst', 'pnp']);

/**
 * "candidates from the Canadian Experience Class (CEC), the Federal Skilled Worker Program (FSWP), and the
 * Federal Skilled Trades Program (FSTP)": two or more of the base programs listed together say who may be
 * invited, not which program the draw was for, even when a comma-"and" cuts the list into clauses.
 */
function withoutEligibilityList(mentions: ProgramMention[]): ProgramMention[] {
  const dropped = new Set<ProgramMention>();
  let run: ProgramMention[] = [];
  const close = (): void => {
    if (new Set(run.filter((m) => m.code !== 'pnp').map((m) => m.code)).size >= 2) for (const m of run) dropped.add(m);
    run = [];
  };
  // Mentions chained by short gaps ("Canadian Experience Class (CEC), the Federal Skilled Worker Program (FSWP), and …") form one list.
  for (const m of mentions) {
    if (!LISTABLE.has(m.code)) continue;
    const prev = run[run.length - 1];
    if (prev && m.start - prev.end > 40) close();
    run.push(m);
  }
  close();
  return dropped.size > 0 ? mentions.filter((m) => !dropped.has(m)) : mentions;
}

/** "invited 5, 956 candidates": thousands split by a stray space after an inviting word (never after a month's day: "May 31, 956"). */
const SPLIT_THOUSANDS = /(?<=\b(?:invited|invites|invite|issued|sent|extended|total of|totalling|totaling|approximately|about|around|nearly|some)\s)(\d{1,2}), (\d{3})\b/gi;
/** The same length, so positions still match the sentence. */
const mendThousands = (text: string): string => text.replace(SPLIT_THOUSANDS, '$1,$2 ');

const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/i;

/** A Spanish or Portuguese sentence about a draw, where "3.350" is three thousand three hundred and fifty. */
const IBERIAN_SENTENCE = /\b(?:candidatos|invitaciones|convites|sorteos?|sorteios?|puntos|pontos|puntaje|puntuaci[óo]n|pontua[çc][ãa]o|invitados|convidados)\b/i;
/** Dot thousands written as commas, the same length, so positions still match the sentence. */
const commaThousands = (text: string): string => text.replace(/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)/g, '$1,$2');

export function sentenceFacts(original: string, ctx: DateContext, programs: Programs): SentenceFacts & { allDates: DateMention[] } {
  const sentence = IBERIAN_SENTENCE.test(original) ? commaThousands(original) : original;
  const allDates = findDates(sentence, ctx);
  // Most sentences of an article hold no number at all: skip the number readers for them.
  const digits = /\d/.test(sentence);
  const counts = digits || NUMBER_WORD.test(sentence);
  const tieBreaks = digits ? findTieBreaks(sentence, allDates) : [];
  const takenDates = new Set(tieBreaks.map((t) => t.dateIndex));
  const drawNumbers = digits ? findDrawNumbers(sentence) : [];
  const masked = counts ? maskNonFacts(sentence, [...allDates, ...tieBreaks, ...drawNumbers]) : sentence;
  const shorthand = digits ? findShorthandCounts(masked) : [];
  const invitations = counts
    ? [...findInvitations(mendThousands(masked), mendThousands(sentence)), ...shorthand.filter((s) => !/\d/.test(sentence.slice(s.end, s.end + 1)))]
        .sort((a, b) => a.start - b.start)
        .filter((f, i, xs) => i === 0 || xs[i - 1]?.start !== f.start)
    : [];
  const cutoffs = digits ? findCutoffs(masked) : [];
  // A number read both ways is the cut-off: that reading needs a cue word ("a minimum score of 520 means…").
  const counted = invitations.filter((i) => !cutoffs.some((c) => c.start < i.end && i.start < c.end));
  invitations.length = 0;
  invitations.push(...counted);
  if (digits) comparedFigures(masked, invitations, cutoffs);
  return {
    allDates,
    // A day written after the tie-break, in the same clause, belongs to it ("…, so the round reached profiles from the day before").
    dates: allDates.filter((d, i) => !takenDates.has(i) && !d.background && !afterTieBreak(sentence, tieBreaks, d)),
    tieBreaks,
    drawNumbers,
    invitations,
    cutoffs,
    programs: withoutEligibilityList(notTheDraws(sentence, findPrograms(sentence, programs))),
    months: counts ? findMonthsOnly(sentence, ctx.published) : [],
    scores: !digits ? [] : [...masked.matchAll(/(?<![\d,.])\d{2,4}(?![\d]|[,.]\d)/g)].map((m) => Number(m[0])).filter((n) => n >= 50 && n <= 1200),
  };
}
