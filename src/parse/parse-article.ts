import { oneByte } from './text/one-byte.ts';
import { isStoryFeed } from './primary/story-feed.ts';
import { NEWS_SECTION } from './primary/recap-news.ts';
import { findPrograms } from './mentions/program-mentions.ts';
import { datedByLiveEntries } from './drafts/live-entries.ts';
import type { ParseOptions, ParseResult } from './result.ts';
import { articleGroups } from './drafts/article-groups.ts';
import { DraftAssembler } from './drafts/assemble.ts';
import { placeProgramTieBreaks } from './drafts/program-tie-breaks.ts';
import { choosePrimary, dropOutnumbered, dropTeasers, lateNews, MAX_AGE_DAYS, type ToldRound } from './primary/choose-primary.ts';
import { federalSection, notExpressEntry } from './primary/other-programs.ts';
import { datedByBreakingTag } from './primary/breaking-day.ts';
import { datedByNumberedClause } from './drafts/numbered-days.ts';
import { oneAnnouncementPerRound } from './primary/same-round.ts';
import { MAY_DEBUNK, MAY_RETRACT, debunkedFigures, dropRetracted, dropRetractedTieBreaks, retractedFigures, retractedTieBreakDays } from './primary/retracted.ts';
import { toCleanText } from './text/clean-text.ts';
import { classifyLines, type ArticleLine } from './text/lines.ts';
import { placeListedNumbers } from './drafts/listed-numbers.ts';
import { clearDisputedFigures, clearDoubtfulRelativeDays, clearHeadlinePrograms, mergeDrafts, splitTotals, tableDrafts } from './drafts/merge-drafts.ts';
import { inferPublished, writtenOn } from './text/published-date.ts';
import { toParsedDraw, keepDraft } from './primary/parsed-draw.ts';
import { roundNumberFits } from './primary/round-years.ts';
import { hasFacts, isDayRef, type DayRef, type Group } from './types.ts';
import { sentenceSpans } from './text/sentences.ts';

export type { ParsedDraw, ParseOptions, ParseResult } from './result.ts';
import { readTables } from './text/tables.ts';
import { dayToIso, daysBetween } from './mentions/calendar.ts';
import { articleFigures, type Figure } from './roles/figure-features.ts';
import { fillFromModel } from './roles/fill-figures.ts';
import { FIGURE_MODEL } from './roles/bundled-model.ts';
import { explainsTheRule, introducesSeveral, LATER_OF_THE_WEEK } from './drafts/cues.ts';

/** A fresh empty result each time: callers may push into `draws`. */
const empty = (): ParseResult => ({ announcesNewDraw: false, draws: [] });
const OPENING_BODY_SENTENCES = 4;
/**
 * "… a Day After All-Program Round", "After Tuesday's CEC round, IRCC turns to French speakers", "Physicians round follows PNP
 * and CEC draws": what the news followed, up to the clause's end (not a pause: "Express Entry Returns After Five Weeks: PNP and
 * CEC Rounds …", "three draws this week after a six-week pause").
 */
const AFTER =
  /\b(?:after|follows|following)\s+(?!(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)[\s-]+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|pause|break|hiatus|gap)\b)[^,:;\u2013\u2014|]*/i;
/** "Shelby Thevenot", "Font Size": a byline name or a page control between headline and story; not one of the story's opening sentences. */
const FURNITURE = /^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}$/;
/** A newsletter's greeting ("Good morning!", "Hi everyone,"): not how the story opens either. */
const GREETING = /^(?:good (?:morning|afternoon|evening|day)|hi|hello|hey|bonjour|hola|ol[áa])(?:\s[\w ]{0,20})?[!,.]?$/i;
/**
 * A social post's call to action ("Comment \"CRS\" 👇 and we'll DM you our free calculator!", "Swipe for tips 👉", "Save this post"):
 * not how the story opens either (its "calculator" or "tips" make no guide of a draw's card). Not "Comment on the draw, from IRCC: …",
 * "Like the previous round, …", "Share of invitations …": words of a story's own sentence.
 */
const CALL_TO_ACTION =
  /^\W*(?:comment\b(?!\s+(?:on|from|by)\b)|swipe\b|save\s+(?:this|it|the\s+post)\b|share\s+(?:this|it|with)\b|tag\s+(?:a|your|someone|us)\b|dm\s+(?:us|me)\b|(?:double[- ])?tap\b|drop\s+(?:a|your|us)\b|like\s+(?:and|this|if|our|us)\b|follow\s+us\b|link\s+in\s+bio\b)/i;
/** Furniture; so is a line of stops and commas alone (what is left of a line in a script the glossary does not know). */
const isFurniture = (t: string): boolean => t.length <= 40 && (FURNITURE.test(t) || !/[\p{L}\d]/u.test(t));

/** "Week ending February 21, 2026": a dateline that names the page's week. */
const WEEK_DATELINE = /^\W*week\s+end(?:ing|ed)\b/i;

function openingOf(lines: readonly ArticleLine[], text: (l: ArticleLine) => string | null): { text: string; sentences: number } {
  const parts: string[] = [];
  let sentences = 0;
  let body = 0;
  for (const l of lines) {
    const t = text(l);
    if (t === null || (l.zone === 'body' && isFurniture(t.trim()))) continue;
    for (const [s, e] of sentenceSpans(t)) {
      if (l.zone === 'body' && body >= OPENING_BODY_SENTENCES) return { text: parts.join(' '), sentences };
      if (l.zone === 'body' && (GREETING.test(t.slice(s, e).trim()) || CALL_TO_ACTION.test(t.slice(s, e)))) {
        sentences++;
        continue;
      }
      if (l.zone === 'body') body++;
      // "Also read: Canada's 2025 immigration levels plan …" under the headline is a link, not how the story opens (its
      // sentences still count: the drafts number every sentence).
      if (l.zone === 'head' || (body <= 2 && l.zone !== 'related')) parts.push(t.slice(s, e));
      sentences++;
    }
  }
  return { text: parts.join(' '), sentences };
}

/** The article as the reader sees it: its lines, and each line's text (null for page furniture and table rows read apart). */
function view(input: string, opts: ParseOptions) {
  const lines = classifyLines(oneByte(toCleanText(input, opts.published)));
  const tables = readTables(lines, opts.programs);
  const text = (l: ArticleLine): string | null => (l.meta || tables.taken.has(l.index) ? null : (tables.rewritten.get(l.index) ?? l.text));
  return { lines, tables, text };
}

/** The figures of an article with their features, as the figure-role model sees them (for its training). */
export function articleFiguresOf(input: string, opts: ParseOptions, day: string | null): Figure[] {
  const { lines, text } = view(input, opts);
  return articleFigures(lines, text, day);
}

/** A press release's dateline: "TORONTO, ON, July 5, 2024 (GLOBE NEWSWIRE) --", "ORLÉANS, ON, July 7, 2023 /EINPresswire.com/ --". */
const WIRE_DATELINE = /\((?:GLOBE NEWSWIRE|BUSINESS WIRE|CNW|ACCESSWIRE|Newsfile Corp\.?)\)\s*[-\u2013\u2014]|\/(?:EINPresswire\.com|PRNewswire|CNW|PRNewswire-PRWeb)\/\s*[-\u2013\u2014]/i;

/**
 * The rounds the prose tells, each where it does: by number, with the day told with it; and by day alone, a round told
 * held or new without a figure ("IRCC held a new round on July 8.", "IRCC holds a draw for French-speaking candidates (July 8)").
 */
function toldRounds(groups: readonly Group[], resolve: (d: DayRef) => DayRef, published: DayRef | null, lineTexts: readonly string[]): ToldRound[] {
  const out: ToldRound[] = [];
  for (const g of groups) {
    const written = g.dates.find(isDayRef);
    const day = written ? resolve(written) : null;
    // Not a number no round of the page's year had ("Re: CEC draw 357 — June 2021 ITA thread": the cut-off, round-years.ts).
    for (const n of g.drawNumbers) if (/^\d+$/.test(n) && roundNumberFits(n, day ?? published)) out.push({ firstSentence: g.sentence, number: Number(n), day, byDay: false });
    const figures = g.invitations.length + g.crs.length + g.drawNumbers.length > 0;
    // Not a headline's tags under the page's own date ("June 29, 2023 | Express Entry, Healthcare"): a dateline, no round told;
    // nor a masthead's "☰ GULF TODAY LIVE 🔍", which speaks of no round.
    // Nor a press release's dateline over its company's own act ("… (GLOBE NEWSWIRE) -- Northbridge Immigration today released
    // commentary on this week's Express Entry rounds"): the release's day.
    const onPageDay = day !== null && published !== null && daysBetween(day, published) === 0;
    const dateline = onPageDay && g.zone === 'head' && !g.fresh;
    const wire = onPageDay && WIRE_DATELINE.test(lineTexts[g.line] ?? '');
    if (day && day.year !== null && !figures && !g.context && !wire && ((g.fresh && (g.aboutInvited || g.zone !== 'head')) || (g.programs.length > 0 && !dateline)))
      out.push({ firstSentence: g.sentence, number: null, day, byDay: true });
  }
  return out;
}

function parse(input: string, opts: ParseOptions): ParseResult {
  const { lines, tables, text } = view(input, opts);
  if (lines.length === 0) return empty();
  const given = inferPublished(lines, opts.published);
  const published = writtenOn(lines, given);
  // A story published again long after it was written ("From the archive: …", "first published on August 7, 2025") is no news.
  const lag = given && published ? daysBetween(published, given) : null;
  const republished = lag !== null && lag > MAX_AGE_DAYS;
  const { groups, resolve, severalIntroduced } = articleGroups(lines, text, published, opts.programs);
  const assembler = new DraftAssembler(published);
  for (const g of groups) assembler.add(g);
  const merged = mergeDrafts([...assembler.drafts, ...tableDrafts(tables.rows, assembler.drafts.length, resolve)], published);
  const totalTold = splitTotals(merged, resolve);
  datedByNumberedClause(merged, groups, resolve);
  datedByLiveEntries(merged, lines, groups, published);
  placeProgramTieBreaks(merged, groups);
  // Each line's text as the reader reads it (tables rewritten, meta lines empty), for the passes over whole lines.
  const lineTexts = lines.map((l) => text(l) ?? '');
  placeListedNumbers(merged, lineTexts, resolve);
  const opening = openingOf(lines, text);
  clearDoubtfulRelativeDays(merged, resolve, LATER_OF_THE_WEEK.test(opening.text));
  // A headline's program taken back ("The Biggest General Draw" over the body's transport draw) leaves its draft free to join the body's telling.
  // So does a week's total that took a cut-off told again ("Total ITAs : 10,670" / "CRS sirf 169!!"): that cut-off's round.
  const drafts = clearHeadlinePrograms(merged, published) || totalTold ? mergeDrafts(merged, published) : merged;
  // A dateline that names the page's week ("Week ending February 21, 2026" under a bulletin's name) is part of its headline.
  const headline = lines
    .filter((l) => (l.zone === 'head' && !l.meta) || (l.meta && l.index < 3 && WEEK_DATELINE.test(l.text)))
    .map((l) => l.text)
    .join(' ');
  // A province's or another country's round: none of its figures are an Express Entry draw's.
  if (notExpressEntry(opening.text, headline, federalSection(lines.filter((l) => l.zone === 'body').map((l) => l.text)))) return empty();
  const headPrograms = new Set(groups.filter((g) => g.zone === 'head' && !g.context).flatMap((g) => g.programs));
  const headlineProgram = headPrograms.size === 1 ? [...headPrograms][0] : undefined;
  // "… one day after PNP invitations": the programs told as what came before the news.
  const after = AFTER.exec(headline);
  const headlineAfter = after ? new Set(findPrograms(after[0], opts.programs).map((p) => p.code)) : undefined;
  const lead = {
    text: opening.text,
    openingSentences: opening.sentences,
    published,
    severalIntroduced,
    explainer: explainsTheRule(headline),
    headline,
    ...(headlineProgram ? { headlineProgram } : {}),
    ...(headlineAfter ? { headlineAfter } : {}),
    newsSection: lines.some((l) => l.text.length <= 40 && NEWS_SECTION.test(l.text)),
    feed: isStoryFeed(lines),
  };
  const primary = republished ? new Set<number>() : choosePrimary(drafts, lead);
  // A page's one draw told weeks late (or with an earlier draw's day) is still its news, without a day.
  const late = primary.size === 0 && !republished ? drafts.find((d) => d.id === lateNews(drafts, lead)) : undefined;
  if (late) {
    // Unless the headline writes that day out ("… in the Massive November 28 Update"): then it is the draw's own.
    late.dayDoubtful = !(late.dateFromHead && late.dateWritten);
    primary.add(late.id);
  }
  dropTeasers(drafts, primary);
  datedByBreakingTag(drafts, primary, lines, published);
  dropOutnumbered(drafts, primary, toldRounds(groups, resolve, published, lineTexts), published);
  const taken = clearDisputedFigures(drafts, primary);
  if (lineTexts.some((t) => MAY_RETRACT.test(t) || MAY_DEBUNK.test(t))) {
    const joined = lineTexts.join('\n');
    dropRetracted(drafts, new Set([...retractedFigures(joined), ...debunkedFigures(joined)]));
    dropRetractedTieBreaks(drafts, retractedTieBreakDays(joined));
  }
  // A number no round of that year had is a label or a count, not the round's (round-years.ts).
  for (const d of drafts) if (d.date && !d.dayDoubtful && !roundNumberFits(d.drawNumber, resolve(d.date))) d.drawNumber = null;
  // A draw whose every figure the text disputes ("17,145 invitations" over rounds that add up to less) announces nothing.
  const emptied = drafts.filter((d) => primary.has(d.id) && !hasFacts(d));
  for (const d of emptied) primary.delete(d.id);
  // A fact check's undated headline claim taken back ("Did the cut-off fall to 450? No." … "RATING: FALSE" … "488, not 450")
  // leaves the round it tells as news.
  const debunked = emptied.length > 0 && emptied.every((d) => d.date === null) && lineTexts.some((t) => MAY_DEBUNK.test(t));
  if (debunked && primary.size === 0 && !republished) for (const id of choosePrimary(drafts.filter(hasFacts), lead)) primary.add(id);
  const kept = drafts.filter((d) => primary.has(d.id) || (!taken.has(d.id) && keepDraft(d)));
  fillFromModel(
    kept,
    primary,
    (d) => (d.date && !d.dayDoubtful ? dayToIso(resolve(d.date)) : null),
    // A related story's teaser ("Must Read: … Healthcare Workers 1500 ITA") holds no figure of this article's draw.
    (day) => articleFigures(lines, (l) => (l.zone === 'related' ? null : text(l)), day),
    // A lead that tells several draws ("two draws in Express Entry inviting 7,500 candidates totally") leaves its figures to the rules:
    // the model knows a count, not which draw's it is, nor a month's total.
    introducesSeveral(lead.text) ? null : opts.figureModel === undefined ? FIGURE_MODEL : opts.figureModel,
  );
  const draws = oneAnnouncementPerRound(
    [...kept.filter((d) => primary.has(d.id)), ...kept.filter((d) => !primary.has(d.id))].map((d) => toParsedDraw(d, primary.has(d.id), resolve, opts.programs, published)),
  );
  return { announcesNewDraw: draws.some((d) => d.primary), draws };
}

/**
 * Reads the draws an article (plain text or HTML) states. Pure, and total: malformed input
 * (binary, empty, huge, broken markup) gives an empty result, never an exception.
 */
export function parseArticle(input: string, opts: ParseOptions): ParseResult {
  try {
    if (typeof input !== 'string' || input.length === 0) return empty();
    return parse(input, opts);
  } catch (err) {
    opts.onError?.(err);
    return empty();
  }
}
