import { sameDay } from '../mentions/calendar.ts';
import { type DayRef, type Draft, type Group } from '../types.ts';
import {
  atOddsWithTopic,
  decidedBy,
  disputesProgram,
  draftOf,
  earlierThanNamed,
  fillsFigures,
  fillsOnly,
  fits,
  headlineOfAnotherRound,
  joinedReference,
  dayUnderHeading,
  laterDayOf,
  noFactsSince,
  namesOnlyProgram,
  nextAfter,
  numberAndDayOf,
  numberUnderHeading,
  numberedSince,
  numberedOtherDay,
  programOfEarlierTalk,
  ownOtherDay,
  onlyRoundOf,
  withDayOfSeveral,
  toldJustBefore,
  programOfPending,
  namesProgramOf,
  partOf,
  sameDayOrNumber,
  sameDraw,
  type Part,
} from './parts.ts';
import { datesUndated, drawOfDayAndProgram, pageDayOfTitle } from './named-draw.ts';

/**
 * Turns the article's groups, in reading order, into draft draws. The text describes one draw at a
 * time: a group with facts continues the draw just described when nothing conflicts, a sentence
 * that only names a date or program ("On November 19, IRCC held the 326th draw for CEC") waits for
 * the facts that follow, and "this draw" goes back to the draw the article is about (the topic).
 */

const CLOSE_SENTENCES = 4;
/** How far on a bare figure after talk of an earlier draw still goes back to the draw the article is about. */
const TOPIC_RETURN_SENTENCES = 6;
/** How long a named draw waits for its facts: three sentences, six after one that names several ("Two draws on April 9"). */
const [PENDING_SENTENCES, PLURAL_PENDING_SENTENCES] = [3, 6];

export class DraftAssembler {
  readonly drafts: Draft[] = [];
  private topic: Draft | null = null;
  private last: Draft | null = null;
  private pending: Part | null = null;
  /** A named draw set aside by an earlier one the same sentence compares it with ("August 5 marked the second all-program draw (the first was on July 8)"). */
  private shelved: Part | null = null;
  private pluralUses = 0;
  /** "IRCC held two rounds on May 30, one for FST and one for PNP candidates": the day a plural sentence gives the rounds it introduces. */
  private severalDay: Part | null = null;
  /**
   * The opening's named draw when its facts come only paragraphs later ("On October 23, 2024, IRCC conducted its third
   * consecutive draw … The CRS cut-off score for this draw was 433"): kept after it stops waiting, for "this draw".
   */
  private leadRef: Part | null = null;
  /** The sentence of a bare piece of news ("Canada has held a new draw."), whose facts the next sentence gives. */
  private newsAt: number | null = null;
  /** Every part read so far, in order. */
  private readonly read: Part[] = [];

  /** `published`: the page's date, when known. */
  constructor(private readonly published: DayRef | null = null) {}

  add(g: Group): void {
    const p = partOf(g, this.last?.date ?? this.topic?.date ?? null);
    this.read.push(p);
    // "Two draws on April 9" serves the rounds described after it, even a few sentences on ("The second, draw #142, …").
    const pendingLife = this.pending?.g.plural && this.pluralUses > 0 ? PLURAL_PENDING_SENTENCES : PENDING_SENTENCES;
    if (this.pending && g.sentence - this.pending.g.sentence > pendingLife) {
      const named = this.pending;
      if (this.drafts.length === 0 && !this.leadRef && !named.g.context && !named.g.plural && named.g.zone !== 'related' && named.date !== null) this.leadRef = named;
      this.pending = null;
    }
    if (this.shelved && g.sentence - this.shelved.g.sentence > PENDING_SENTENCES) this.shelved = null;
    if (this.severalDay && g.sentence - this.severalDay.g.sentence > PLURAL_PENDING_SENTENCES) this.severalDay = null;
    if (g.programsListed && g.refersBack && !g.context && !p.facts) this.disputeTopicProgram();
    if (p.facts) this.addFacts(p);
    else if (p.identity) this.addReference(p);
    else if (g.fresh && !g.context && g.zone !== 'related') this.newsAt = g.sentence;
    if (g.tieBreaks.length > 0 && !p.facts) this.attachTieBreaks(g);
  }

  private addFacts(p: Part): void {
    const g = p.g;
    // "In today's draw, 300 more invitations were issued", the day's draw told with 4,200 before: a lone count that contradicts the draw it points back to is a difference, not a second draw.
    const topic = this.topic;
    if (topic && !topic.context && g.refersBack && !g.context && g.zone === 'body' && p.minCrs === null && p.program === null && p.drawNumber === null) {
      const contradicts = p.invitations !== null && topic.invitations !== null && p.invitations !== topic.invitations;
      if (contradicts && p.date !== null && topic.date !== null && sameDay(topic.date, p.date)) return this.merge(topic, { ...p, invitations: null, facts: false });
    }
    let target: Draft | null = g.refersToLast && !g.context && g.zone !== 'related' ? this.lastMentioned(p) : null;
    if (target) {
      this.merge(target, p);
      this.last = target;
      return;
    }
    if (g.zone === 'related' || g.context) {
      const last = this.last;
      if (last && last.context === g.context && fits(last, p) && (g.relative || g.sentence - last.lastSentence <= 1)) target = last;
      else if (this.pending?.g.context && fits(draftOf(this.pending, true), p)) target = this.create(this.pending, true);
      // An earlier draw is the same as one already read only when its day or round number says so.
      else target = this.drafts.find((d) => sameDraw(d, p) && (d.context || sameDayOrNumber(d, p))) ?? null;
    } else {
      target = this.continuation(p);
    }
    if (!target) {
      const earlier = !this.topic && earlierThanNamed(this.pending, p);
      // "… held two rounds on May 30" / "Provincial Nominee Program: Invitations: 200": a round of that day, as a heading's is.
      target = this.create(withDayOfSeveral(this.severalDay, p), g.context || g.zone === 'related' || earlier);
      // "…a draw for physicians. The selected healthcare professionals were invited. Draw 397 for Physicians
      // invited 391": a draw that names its own program replaces a program-only lead that nothing took.
      const pending = this.pending;
      if (p.program !== null && pending && !target.context && !pending.g.context && !pending.g.plural && pending.date === null && pending.drawNumber === null) this.pending = null;
    }
    this.merge(target, withDayOfSeveral(this.severalDay, p, target));
    this.last = target;
    if (!target.context && !target.related && !this.topic) this.topic = target;
  }

  private continuation(p: Part): Draft | null {
    if (programOfPending(this.pending, p)) return null;
    const g = p.g;
    const topic = this.topic;
    const lead = this.leadRef;
    if (lead && g.refersBack && !topic && !p.date && fits(draftOf(lead, false), p)) {
      this.leadRef = null;
      return this.create(lead, false);
    }
    if (g.refersBack && topic && fits(topic, p) && !p.date) {
      // "Canada held its 160th Express Entry draw … on August 19." / "The draw invited 600 …": the round just named is the topic's.
      const named = this.pending;
      if (
        named &&
        !named.g.context &&
        !named.g.plural &&
        named.g.zone === 'body' &&
        g.sentence - named.g.sentence === 1 &&
        named.g.sentence > topic.lastSentence &&
        fits(topic, named) &&
        fillsOnly(topic, named) &&
        (named.drawNumber === null || topic.drawNumber === null)
      ) {
        this.merge(topic, named);
        this.pending = null;
      }
      return topic;
    }
    // "The first draw of February issued 4,000 ITAs to CEC candidates … the draw, held on February 5th, 2025, invited candidates with a CRS score of 521": "the draw" with a day no other draw has is the undated topic.
    if (g.refersBack && !g.context && topic && !topic.context && fits(topic, p) && this.datesUndatedTopic(p)) return topic;
    // A draw already read: same day or round number, or the same figure repeated ("the 6,000 invitations…").
    const known = this.drafts.find((d) => !d.context && sameDraw(d, p) && !numberedSince(this.pending, d, p));
    if (known) {
      // "Draw invites 3,000" / "On August 5, Canada held a round." / "In this event, 3,000 … were invited": the day just named is that draw's
      // (also when the same sentence then compared it with an earlier draw, which set it aside).
      this.takeNamedDay(known, p);
      return known;
    }
    const pending = this.pending;
    // "The first draw of the year was draw #237 on January 10. … Draw #284 … invited 3,500. Invitations were sent to candidates
    // with a CRS score of 422": a draw told with its figures after the named one is what a bare figure goes on.
    // Not when the figures name the named draw's program and cannot be the draw told since ("Express Entry draw #339: French"
    // over "Round #338 … invited 536 PNP candidates. On March 21, IRCC invited 7,500 French-speaking candidates").
    const namesPendingProgram = !!pending && p.program !== null && p.program === pending.program && !!this.last && !fits(this.last, p);
    const overtaken = !!pending && !!this.last && !this.last.context && this.last.firstSentence > pending.g.sentence && !namesPendingProgram;
    const pendingFits = !!pending && !overtaken && !pending.g.context && (pending.g.zone !== 'related' || g.zone === 'related') && fits(draftOf(pending, false), p);
    if (pending && pendingFits && !pending.g.plural) return this.create(pending, false);
    const shelved = this.shelved;
    if (shelved && (!pending || pending.g.context) && !this.drafts.some((d) => !d.context) && fits(draftOf(shelved, false), p)) {
      this.shelved = null;
      return this.create(shelved, false);
    }
    const last = this.last;
    if (last && !last.context && fits(last, p)) {
      const close = g.sentence - last.lastSentence <= CLOSE_SENTENCES || sameDraw(last, p);
      if (close && (!p.identity || sameDraw(last, p) || fillsOnly(last, p))) return last;
    }
    // After a sentence about an earlier draw, a bare figure the announced draw can take goes back to it.
    if (topic && !topic.context && last?.context && !p.identity && fits(topic, p) && g.sentence - topic.lastSentence <= TOPIC_RETURN_SENTENCES) return topic;
    // "Two rounds on April 9": the day serves each round the next sentences describe.
    if (pending && pendingFits && this.pluralUses > 0) {
      this.pluralUses--;
      return this.create(pending, false);
    }
    // "Prior to this draw, IRCC held a general draw on April 10. The department sent 1,280 invitations…":
    // figures right after an earlier draw is named, that the announced draw cannot have, are that draw's.
    // "On June 22, Quebec invited 1,006 skilled workers. Applicants needed a score of 626": before any draw of the article's own, the next sentence's figures go on with the other draw just told.
    if (!topic && last?.context && !g.fresh && !g.refersBack && p.date === null && p.drawNumber === null && g.sentence - last.lastSentence === 1 && fits(last, p) && fillsFigures(last, p)) return last;
    if (pending?.g.context && g.sentence - pending.g.sentence === 1 && topic && !fits(topic, p) && fits(draftOf(pending, true), p) && !ownOtherDay(pending, p)) return this.create(pending, true);
    return this.drafts.find((d) => !d.context && sameDraw(d, p)) ?? null;
  }

  /** The day named just before `p` (pending, or set aside by a comparison) is that of `known`, the draw `p` is the same as, still undated. */
  private takeNamedDay(known: Draft, p: Part): void {
    const day = this.pending && !this.pending.g.context ? this.pending : this.shelved;
    if (!day || day.g.context || day.g.plural || !day.date || known.date !== null || !nextAfter(this.read, day, p) || !fits(known, day)) return;
    this.merge(known, day);
    if (day === this.pending) this.pending = null;
    else this.shelved = null;
  }

  /** The draw the text mentioned last: a draw named just before (even one compared with), else the last draft. */
  private lastMentioned(p: Part): Draft | null {
    const pending = this.pending;
    const last = this.last;
    const pendingIsLater = pending && (!last || pending.g.sentence > last.lastSentence) && p.g.sentence - pending.g.sentence <= 1;
    if (pending && pendingIsLater && fits(draftOf(pending, pending.g.context), p)) return this.create(pending, pending.g.context);
    return last && fits(last, p) ? last : null;
  }

  /** The part's day can date the draw the article is about, still undated (named-draw.ts). */
  private datesUndatedTopic(p: Part): boolean {
    return datesUndated(this.topic, this.read, p, this.published);
  }

  /** The draw the article is about, when it is also the draw the text spoke of last (no other named since). */
  private topicIfLast(): Draft | null {
    const topic = this.topic;
    const namedSince = !!this.pending && !!topic && this.pending.g.sentence > topic.lastSentence;
    return topic && !topic.context && this.last === topic && !namedSince ? topic : null;
  }

  /** "This draw continues the trend of inviting only PNP and CEC candidates": the draw just read is one of them. */
  private disputeTopicProgram(): void {
    const topic = this.topicIfLast();
    if (!topic) return;
    topic.programDisputed = true;
    topic.programRivals = null;
  }

  private addReference(p: Part): void {
    const g = p.g;
    // "This draw was the first for trade occupations" about a draw read as "across all programs": which program it was is in doubt.
    const named = this.topicIfLast();
    // Not when another round of the page has that program ("The PNP round is the largest … This is the first CEC-only round since 2021").
    if (named && disputesProgram(named, p, this.drafts)) {
      named.programRivals = named.programDisputed && !named.programRivals ? null : [...(named.programRivals ?? []), p.program];
      named.programDisputed = true;
    }
    if (g.zone !== 'related' && !g.context) {
      const topic = this.topic;
      const last = this.last;
      if (this.pending && numberUnderHeading(this.pending, last, p)) {
        const d = (this.last = this.create(this.pending, false));
        this.topic ??= d;
        this.merge(d, p);
        return;
      }
      // "This was the 11th round of 2019 and 118th overall": a sentence about "this" draw speaks of the article's draw first, but
      // not right after another round's figures (parts.ts `toldJustBefore`).
      const topicFirst = g.refersBack && !g.refersToLast && p.drawNumber !== null && p.program === null && p.date === null && !toldJustBefore(last, topic, g.sentence);
      // A card's "Date: 26 August 2024" right under its heading "Round #311 - Provincial Nominee Program" is that round's day (joined
      // below), not the day of a draw told before whose program the heading does not fit ("… 1,121 PNP and 3,300 CEC invitations").
      for (const d of dayUnderHeading(this.pending, p, [topic, last]) ? [] : topicFirst ? [topic, last] : [last, topic]) {
        if (!d || d.context || !fits(d, p)) continue;
        // "The September 14 draw invited 3,250 … The September 14 draw saw a decrease…": a day that
        // another draw already has names that draw, not an undated one.
        const day = p.date;
        if (day && !d.date && this.drafts.some((o) => o !== d && o.date && sameDay(o.date, day))) continue;
        const numberOnly = p.drawNumber !== null && p.date === null && p.program === null && d.drawNumber === null;
        const sameProgram = p.program !== null && p.program === d.program;
        // "All of those invited were in the Canadian Experience Class", right after the facts (parts.ts).
        const namesItsProgram = namesProgramOf(d, p, this.drafts);
        // "IRCC invites 150 candidates for Agriculture occupations" then "On February 16th, IRCC conducted Draw #285 … for Agriculture".
        const nextOfSameProgram = d === last && sameProgram && g.sentence - d.lastSentence <= 1;
        // "The April 10 draw invited 1,280 … Notably, the April 23 draw marked the highest cut-off": a day no other draw has, named as a draw's, is the undated topic's.
        const dayOfTopic = g.namesDrawByDay && d === topic && p.drawNumber === null && this.datesUndatedTopic(p);
        const fills = fillsOnly(d, p) && ((g.fresh && !g.plural) || (d === topic && sameProgram) || nextOfSameProgram || (d === topic && d === last && numberAndDayOf(d, p)));
        if (sameDraw(d, p) || g.refersBack || numberOnly || dayOfTopic || namesItsProgram || fills) {
          // "Draw #80: 2,750 ITAs at 446" / "IRCC held another round on December 20, 2017. Here are the details:" / "Draw number: 80".
          if (p.drawNumber !== null && d.drawNumber === p.drawNumber) this.takeNamedDay(d, p);
          this.merge(d, p);
          this.last = d;
          return;
        }
      }
      const known = drawOfDayAndProgram(this.drafts, p);
      if (known) {
        this.merge(known, p);
        this.last = known;
        return;
      }
    }
    const pending = laterDayOf(this.pending, p);
    if (pending && pending.g.context === g.context && fits(draftOf(pending, g.context), p) && !numberedOtherDay(pending, p)) {
      this.pending = joinedReference(pending, p, headlineOfAnotherRound(pending, g, this.drafts));
      if (p.g.plural && p.date !== null && !g.context) this.severalDay = p;
    } else if (!g.context && pending?.g.context && this.shelved && namesOnlyProgram(p) && fits(draftOf(this.shelved, false), p)) {
      // "Draw #164 was held on September 30. The previous draw was held on September 16. As no program was specified for
      // the latest draw, …": the program is the draw's named before the earlier one was.
      [this.pending, this.shelved] = [{ ...this.shelved, program: this.shelved.program ?? p.program, g: { ...this.shelved.g, sentence: g.sentence } }, null];
    } else if (p.date !== null || p.drawNumber !== null || g.aboutInvited || (g.zone === 'head' && !programOfEarlierTalk(g, p, this.pending)) || (g.heading === true && p.program !== null)) {
      if (g.context && pending && !pending.g.context && g.sentence - pending.g.sentence <= 1) this.shelved = pending;
      // Talk of draws in general ("all-program draws were the norm") names no particular program.
      // "… held two rounds on May 30, …" / "Federal Skilled Trades round" (its facts) / "Provincial Nominee Program round": each heading is a round of that day.
      this.pending = p.g.plural ? { ...p, program: null, identity: p.date !== null || p.drawNumber !== null } : withDayOfSeveral(this.severalDay, p);
      this.pluralUses = p.g.plural ? 3 : 0;
      if (p.g.plural) this.severalDay = p.date !== null && !g.context ? p : null;
    }
  }

  private attachTieBreaks(g: Group): void {
    if (g.respectively) {
      const open = this.drafts.filter((d) => !d.context && !d.related && d.tieBreak === null);
      const targets = open.slice(Math.max(0, open.length - g.tieBreaks.length));
      targets.forEach((d, i) => (d.tieBreak = g.tieBreaks[i] ?? null));
      return;
    }
    const byScore = this.drafts.find((d) => !d.context && d.minCrs !== null && g.scores.includes(d.minCrs));
    // "The draw saw the tie-breaking rule…": the draw the article is about.
    // Not right after another round's figures ("In Draw #304 on Wednesday, IRCC invited 6,300 … The tie-breaking rule for this round
    // was …"): "this round" is that one.
    const topic = g.refersBack && this.topic && !this.topic.context && !toldJustBefore(this.last, this.topic, g.sentence) ? this.topic : null;
    const tb = g.tieBreaks[0];
    if (!tb) return;
    const before = (d: Draft | null): Draft | null => (d && decidedBy(tb, d, g.tieScores) ? d : null);
    const last = this.pending && g.sentence === this.pending.g.sentence ? null : this.last && !this.last.context && !atOddsWithTopic(this.last, this.topic) ? this.last : this.topic;
    // The topic last, when the last draw told was another one.
    // "Round #260: tie-breaking rule July 31, 2023 at 09:57:30 UTC" (a list of tie-breaks by number): that round's.
    const byNumber = this.drafts.find((d) => !d.context && d.drawNumber !== null && g.drawNumbers.includes(d.drawNumber));
    // "Yesterday, IRCC invited 3,000 … (#265) … Tie-break for that round: September 11": the round told last, before the news's.
    const toldLast = g.refersToLast && this.last && this.last !== this.topic && !this.last.related ? this.last : null;
    const candidates = [byNumber ?? null, byScore ?? null, onlyRoundOf(this.drafts, g), toldLast, topic, last, last && last !== this.topic && this.topic && !this.topic.context ? this.topic : null];
    const target = candidates.map(before).find((d) => d !== null) ?? null;
    if (target && target.tieBreak === null) target.tieBreak = tb;
    // "IRCC held a CEC draw today. The tie-breaking rule was … It invited 3,200 …": no draw has its figures yet; the tie-break
    // goes with the draw just named, once its figures come.
    const named = this.pending;
    if (!target && named && !named.g.context && !named.g.plural && named.g.sentence < g.sentence && before(draftOf(named, false)))
      this.pending = { ...named, g: { ...named.g, tieBreaks: [...named.g.tieBreaks, tb] } };
  }

  private create(p: Part, context: boolean): Draft {
    const d = { ...draftOf(p, context), id: this.drafts.length };
    if (!context && this.newsAt !== null && p.g.sentence - this.newsAt <= 1) d.fresh = true;
    // "… set a record for this draw" with no figure told since the draw just told: it points at that draw.
    const topic = this.topic;
    if (!context && p.g.refersBack && topic && !topic.context && noFactsSince(this.read, topic.lastSentence, p)) d.pointsBack = true;
    if (p === this.pending && !p.g.plural) this.pending = null;
    this.drafts.push(d);
    return d;
  }

  private merge(d: Draft, p: Part): void {
    if (pageDayOfTitle(d, p, this.published)) [d.date, d.dateWritten, d.dateFromHead, d.dayFrom] = [p.date, false, false, p.dayFrom ?? p.g.sentence];
    if (d.date !== null && !d.dateWritten && p.date !== null && !p.g.relativeDay) {
      // A written day settles a day only said relative to the page (see `fits`).
      d.date = p.date;
      d.dayFrom = p.dayFrom ?? p.g.sentence;
      [d.dateWritten, d.dateByWeekday] = [true, false];
      d.dateFromHead = p.g.zone === 'head';
    }
    if (d.date === null && p.date !== null) {
      d.dayFrom = p.dayFrom ?? p.g.sentence;
      d.dateWritten = !p.g.relativeDay;
      d.dateByWeekday = p.g.weekdayDay === true;
      d.dateFromHead = p.g.zone === 'head';
    }
    d.date ??= p.date;
    if (p.program !== null && (d.program === null || d.program === p.program)) d.programFromHead = p.g.zone === 'head' && !p.facts && (d.program === null || d.programFromHead === true);
    d.program ??= p.program;
    d.invitations ??= p.invitations;
    d.minCrs ??= p.minCrs;
    d.drawNumber ??= p.drawNumber;
    d.tieBreak ??= p.g.tieBreaks[0] ?? null;
    d.fresh ||= p.g.fresh;
    if (p.g.also === true && !d.context) d.also = true;
    if (p.g.recalled === true) d.recalled = true;
    if (p.g.background === true) d.background = true;
    if (p.g.provincial === true) d.provincial = true;
    d.inHead ||= p.g.zone === 'head';
    d.lastSentence = Math.max(d.lastSentence, p.g.sentence);
    d.dated ||= p.g.dates.length > 0;
    if (p.facts) d.months = [...new Set([...d.months, ...p.g.months])];
  }
}
