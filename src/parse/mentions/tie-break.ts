import { readTimeAfter, readTimeBefore } from './time-of-day.ts';
import { isDayRef, type DateMention, type TieBreakMention } from '../types.ts';
import { compiledNow, matchesOf } from '../text/matches.ts';

/**
 * The tie-breaking rule: "Tie-breaking rule: May 23, 2024 at 13:29:42 UTC", "profiles submitted
 * before October 29, 2025, at 4:35 a.m. UTC", "TB Oct 8 2025 19:02:26 UTC", or a date alone.
 * The dates it takes are no longer candidates for the draw's own date.
 */

const RULE_CUE = compiledNow(
  /\b(?:tie[- ]?break(?:ing|er|s)?(?:\s+(?:rule|date|time|point|timestamp|cut-?off))?|tie rule|rule of (?:the )?tie(?:-?breaker)?\b|rule of departure(?: of (?:the )?ex[- ]?aequo)?|(?:split|separated|ranked|broken) by (?:the )?(?:date|time|date and time) of (?:profile )?(?:submission|creation)|r[èe]gle de d[ée]partage|d[ée]partage|bris d'[ée]galit[ée]|(?:crit[ée]rio|regla|regra) de desempate|desempate|^\s*(?:in this case,\s*)?(?:the|that|this) (?:date and time|time and date|time ?stamp|date)(?: used| employed)?(?: in (?:this|the) (?:round|draw))?\s(?=was|were|is|applied)|\b(?:rule for )?breaking (?:a |the )?ties?\b|(?:IRCC's|the) time ?stamp (?:used |applied |chosen |arrived at )?(?=was|is)|\b(?:selected|chose|used|applied|set) a time ?stamp of\b|(?<!\b(?:CRS|score|points?)\s)cut-?off (?:point|time|timestamp)|ties?\b[^.;]{0,60}?\bbroken)/gi,
);
const TB_CUE = /\bTBs?\b/g;
const SUBMIT_CUE = compiledNow(
  /\b(?:(?:profiles?|applications?|entries|those|ones)\b[^.;]{0,40}?\b(?:submitted|submission|created|entered|made|received|lodged|registered|filed|presented)|(?:submit(?:ted)?|creat(?:e|ed)|creation of|enter(?:ed)?|made|lodg(?:e|ed)|register(?:ed)?|fil(?:e|ed)|present(?:ed)?|establish(?:ed)?|set up)\s+(?:their|a|his|her|my|the|your|an)?\s*(?:express entry\s+)?(?:candidate\s+)?(?:profiles?|applications?)|(?:express entry\s+)?(?:profile|application)\s+(?:submission|creation)|(?:appl(?:y|ied)|enter(?:ed)?|join(?:ed)?)\s+(?:to\s+|into\s+)?the\s+(?:express entry\s+)?pool|(?:cr[ée]{2}|soumis)\s+(?:leur|son|un|le)\s+profil|\bprofils?\b[^.;]{0,40}?\b(?:soumis|cr[ée]{2}s?|d[ée]pos[ée]s?|enregistr[ée]s?)|\bperf(?:is|iles)\b[^.;]{0,40}?\b(?:enviad[oa]s|criad[oa]s|cread[oa]s|registrad[oa]s|submetid[oa]s|presentad[oa]s)|\b(?:a|an|their)\s+(?:complete|completed|active)\s+(?:express entry\s+)?profile|\b(?:a|an|their)\s+(?:express entry\s+)?profiles?\s+in\s+the\s+(?:express entry\s+)?pool)\b/gi,
);
/** A date that names a draw ("in the October 2 draw", "for the November 19, 2024 trade occupations draw") is not the tie-break. */
const NAMES_A_DRAW = /^(?:,?\s(?:19|20)\d\d)?\s(?:(?!(?:for|in|of|at|the|this|that|on|and|to|was|is|UTC)\b)[A-Za-z][\w-]*\s){0,3}?(?:draw|round)\b/i;
/** "…a tie break rule in a draw that took place on the 19th of December", "the intervening draw, held on November 30", "the tie break used by IRCC in the June 26 [draw]": that date is the draw's. */
const DRAW_DATE_BEFORE =
  /\b(?:draw|round)\s(?:that|which)\s(?:took place|was held|happened|ran)\s(?:on\s)?(?:the\s)?$|\b(?:draw|round),?\s(?:held|conducted)\s(?:on\s)?(?:the\s)?$|\b(?:in|of|from|during)\sthe\s$/i;
/** "The tie-breaking rule was June 7 for the previous round and July 8 for this one", "…, June 7 last time, was July 8": the earlier draw's tie-break. */
const EARLIER_DRAWS_AFTER =
  /^(?:,?\s(?:(?:at|@)\s)?[\d:]+(?:\s?(?:[ap]\.?m\.?|UTC|EST|EDT|ET))?)?,?\s(?:(?:for|in|of|at)\s(?:the\s)?(?:previous|last|prior|preceding|earlier)\s(?:[\w-]+\s){0,2}?(?:draw|round)|last\stime\b)/i;
const BEFORE_DATE = /\b(?:before|prior to|by|on or before|no later than|earlier than|until|avant|hasta(?: el)?|at[ée]|antes (?:del|d[eo](?: el)?))\s*:?\s*(?:the\s+|le\s+)?$|:\s*$/i;

/** "… for the PNP round", "… in the CEC draw": a tie-break told for one round of several. */
const FOR_A_ROUND = /\b(?:for|in) the (?:[\w-]+\s){1,3}?(?:round|draw)\b/gi;

/** The cue's bracket opening right before a day ("Tie-breaking rule (Oct 15): …"). */
const BRACKETED_ROUND_DAY = /^\s?\(\s?$/;

/** A question mark, then a bar, a middle dot or a comma: a title's question, then another of its parts. */
const QUESTION_THEN_PART = /\?\s*[|\u00b7,]/;

export interface FoundTieBreak extends TieBreakMention {
  /** Index of the date mention it took. */
  readonly dateIndex: number;
}

function cueEnds(sentence: string): { end: number; needsBefore: boolean }[] {
  const out: { end: number; needsBefore: boolean }[] = [];
  for (const m of matchesOf(RULE_CUE, sentence)) out.push({ end: m.index + m[0].length, needsBefore: false });
  for (const m of matchesOf(TB_CUE, sentence)) out.push({ end: m.index + m[0].length, needsBefore: false });
  for (const m of matchesOf(SUBMIT_CUE, sentence)) out.push({ end: m.index + m[0].length, needsBefore: true });
  return out.sort((a, b) => a.end - b.end);
}

/** Words one of the cues holds: a cheap test before the cues' patterns. */
const ANY_CUE = compiledNow(
  /tie|TB|partage|departure|galit|cut-?off|submit|creat|cr[ée]{2}|soumis|d[ée]pos|enter|made|receiv|lodg|regist|file|present|establish|set up|appl|join|date|time ?stamp|desempate|perf/i,
);

/**
 * "The tie-break was 2024-07-08T09:12:37Z": a UTC timestamp right after the rule's cue. Pages stamp their own publishing
 * times this way too, so such a timestamp is never read as a day of its own (`date-mentions.ts`); after the cue it is the rule.
 */
const ISO_STAMP_AFTER_CUE = /^[^.;\d]{0,12}?\b((?:19|20)\d\d)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:Z|\s?UTC|[+-]00:?00)(?![\w:])/;

function isoStampTieBreak(sentence: string, cues: readonly { end: number; needsBefore: boolean }[]): FoundTieBreak[] {
  for (const cue of cues) {
    if (cue.needsBefore) continue;
    const m = ISO_STAMP_AFTER_CUE.exec(sentence.slice(cue.end));
    if (!m) continue;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) continue;
    return [{ start: cue.end + m[0].indexOf(m[1] ?? ''), end: cue.end + m[0].length, day: { year, month, day }, time: { hour, minute, second, exact: true, zone: 'utc', length: 0 }, dateIndex: -1 }];
  }
  return [];
}

/** How far after its cue a rule's day is written when a sentence gives two rounds' rules, each after its own cue. */
const PAIRED_REACH = 12;

/** Tie-break mentions of a sentence; several only when the sentence lists them "respectively" or speaks of rules in the plural. */
export function findTieBreaks(sentence: string, dates: readonly DateMention[]): FoundTieBreak[] {
  if (!ANY_CUE.test(sentence)) return [];
  const cues = cueEnds(sentence);
  if (cues.length === 0) return [];
  const found = dates.length === 0 ? [] : tieBreaksOnDays(sentence, dates, cues);
  return found.length === 0 && /\dT\d/.test(sentence) ? isoStampTieBreak(sentence, cues) : found;
}

function tieBreaksOnDays(sentence: string, dates: readonly DateMention[], cues: readonly { end: number; needsBefore: boolean }[]): FoundTieBreak[] {
  // "Tie-breaks: PNP 2024-04-26 10:59:30 UTC; CEC 2024-03-01 19:23:21 UTC": the rules of several rounds, each by its program.
  // So do "December 18, 2019 at 11:29:51 UTC for the PNP round, and January 4, 2020 at 12:16:45 UTC for the CEC round".
  const several = /\brespectively\b|\btie[- ]?breaks\b|\btie[- ]?breaking (?:rules|times|dates)\b/i.test(sentence) || (sentence.match(FOR_A_ROUND) ?? []).length > 1;
  // "(CRS ≥ 706; tie-break 2025-03-04 22:35:42 UTC), and followed it today with … (tie-break 2024-05-21 17:26:27 UTC)": each
  // cue right before its own day is one round's rule; each takes that day alone.
  const paired = !several && cues.length > 1 && cues.every((c) => dates.some((d) => !d.relative && d.start >= c.end && d.start - c.end <= PAIRED_REACH));
  const out: FoundTieBreak[] = [];
  const taken = new Set<number>();
  for (const cue of cues) {
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i];
      if (!d || d.relative || taken.has(i) || d.start < cue.end || d.start - cue.end > 200 || !isDayRef(d.value)) continue;
      // "Tie-breaking rule ki hai? | 8 Nov 2017" (a title's cells, cleaned to commas): a question about the rule, then the page's day.
      if (QUESTION_THEN_PART.test(sentence.slice(cue.end, d.start))) continue;
      // "Tie-breaking rule (Oct 15): 2025-05-12 23:17:30 UTC": the day in brackets names the round; the rule's is after the colon.
      if (BRACKETED_ROUND_DAY.test(sentence.slice(cue.end, d.start)) && /^\s?\)\s?:/.test(sentence.slice(d.end, d.end + 4)) && dates.some((o) => o.start > d.end && isDayRef(o.value))) continue;
      if (
        NAMES_A_DRAW.test(sentence.slice(d.end, d.end + 30)) ||
        EARLIER_DRAWS_AFTER.test(sentence.slice(d.end, d.end + 60)) ||
        DRAW_DATE_BEFORE.test(sentence.slice(Math.max(0, d.start - 50), d.start))
      )
        continue;
      const timeBefore = readTimeBefore(sentence.slice(Math.max(cue.end, d.start - 72), d.start));
      if (cue.needsBefore && !timeBefore && !BEFORE_DATE.test(sentence.slice(Math.max(cue.end, d.start - 20), d.start))) continue;
      const time = timeBefore ? null : readTimeAfter(sentence.slice(d.end));
      const start = timeBefore ? d.start - timeBefore.offset : d.start;
      const clock = timeBefore ? { hour: timeBefore.hour, minute: timeBefore.minute, second: timeBefore.second, exact: timeBefore.exact, zone: timeBefore.zone, length: timeBefore.length } : time;
      out.push({ start, end: d.end + (time?.length ?? 0), day: d.value, time: clock, dateIndex: i });
      taken.add(i);
      if (!several) break;
    }
    if (out.length > 0 && !several && !paired) break;
  }
  return out;
}
