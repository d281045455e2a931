import { monthNumber } from '../../ircc/datetime.ts';
import { addDays, dayRef, lastWeekday, weekdayOfMonthDay } from './calendar.ts';
import { ROUND_WORD } from './round-words.ts';
import { nearPageDay, numericDay } from './numeric-day.ts';
import { habitualWeekday, notADay, weekdaysOfWrittenDays } from './written-weekdays.ts';
import { FRENCH_MONTHS, iberianMonth, plainLower } from './romance-months.ts';
import { ANNOUNCED_BEFORE, PUBLISHED_APPOSITIVE, PUBLISHED_BEFORE, REPORTED_BEFORE, TOOK_EFFECT_BEFORE } from './other-days.ts';
import { leapDays } from './leap-day.ts';
import { romanceWeekdays } from './romance-weekday.ts';
import { updateDay } from './update-day.ts';
import type { DateContext, DateMention, DayRef, OffsetRef } from '../types.ts';
import { compiledNow, matchesOf } from '../text/matches.ts';

/**
 * Every date a sentence writes: "November 19, 2024", "Nov. 19", "19 November 2024", "the 20th of
 * November", "2024-11-19", "le 6 octobre 2025", "today", "yesterday", "on Wednesday", "the day
 * before". Days without a year keep `year: null`; the caller supplies it from the article.
 */

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const YEAR = String.raw`(20\d{2})(?![\d]|,\d{3})`;
/** "May 12–13": the next day after a day, the end of a span of two (not "May 12 - 13:00", a time). */
const NEXT_DAY_AFTER = /^\s?[\u2013\u2014-]\s?(\d{1,2})(?![\d:])/;
const MONTH_DAY = compiledNow(new RegExp(String.raw`\b(${MONTH})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d|,(?!20\d\d(?!\d))\d{3}|\.\d)(?:(?:\s?,\s?|\s{1,3})${YEAR})?`, 'gi'));
/** "31 March 2025", "31st of March", "31-Mar-2025", a spreadsheet's "26-May-17". */
const DASH_MONTH = String.raw`-(${MONTH})(?:-${YEAR}|-(1[5-9]|2\d)(?![\d/:-])|\b(?![-/]\d))`;
const DAY_MONTH = new RegExp(String.raw`(?<![\d,.$#])\b(\d{1,2})(?:(?:st|nd|rd|th)?\s{1,3}(?:of\s+)?(${MONTH})\b\.?(?:,?\s{1,3}${YEAR})?|${DASH_MONTH})`, 'gi');
const ISO = /(?<!\d)(20\d{2})[-/](\d{2})[-/](\d{2})\b/g;
const ORD = String.raw`(?:st|nd|rd|th)?`;
/** After the list: not a count ("May 3 and 10 candidates") nor a span ("3 and 10 days"). */
const NOT_A_DAY_AFTER = String.raw`(?![\d,]\d|\s?(?:%|percent|candidates|invitations|ITAs?|points|people|applicants|days?|weeks?|months?)\b)`;
/** "November 23 and 24", "Nov. 3, 5 and 6, 2026": more days of the month after the first. */
const MONTH_DAYS = new RegExp(
  String.raw`\b(${MONTH})\.?\s{1,3}\d{1,2}${ORD}((?:,\s\d{1,2}${ORD})*,?\s(?:and|&)\s\d{1,2}${ORD})\b(?!\s*(?:of\s)?${MONTH}\b)${NOT_A_DAY_AFTER}(?:,?\s{1,3}(20\d{2})(?!\d))?`,
  'gi',
);
/** "the 13th and 15th of May 2020", "23 and 24 November": more days of the month before the last. */
const DAYS_MONTH = new RegExp(
  String.raw`(?<![\d,.$#])\b((?:the\s)?\d{1,2}${ORD}(?:,\s(?:the\s)?\d{1,2}${ORD})*),?\s(?:and|&)\s(?:the\s)?\d{1,2}${ORD}\s{1,3}(?:of\s+)?(${MONTH})\b\.?(?:,?\s{1,3}(20\d{2})(?!\d))?`,
  'gi',
);
/** A list of days after "between" or "from" is a span, not days of draws. */
const SPAN_BEFORE = /\b(?:between|from)\s+(?:the\s+)?$/i;
/** "issued on the last day of January", "the first day of March, 2021". */
const EDGE_OF_MONTH = new RegExp(String.raw`\bthe\s(first|last)\sday\sof\s(${MONTH})\b(?:,?\s{1,3}${YEAR})?`, 'gi');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** "23-07-2020", "17/01/2018": read only when the day cannot be the month (over 12), else left alone. */
const NUMERIC = compiledNow(/(?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.](20\d{2})\b/g);
/** "Rodada 99 – todos os programas (19/09)": a round heading's day and month in brackets, without a year. */
const BRACKETED_DAY_MONTH = /\((\d{1,2})\/(\d{1,2})\)/g;
const FRENCH =
  /\b(\d{1,2})(?:er)?\s{1,3}(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|janv\.|f[ée]vr?\.|avr\.|juil\.|d[ée]c\.)(?:\b|(?<=\.))(?:\s{1,3}(20\d{2})\b)?/gi;
/** Spanish and Portuguese: "el 23 de marzo de 2023", "em 20 de março", "1º de março" ("1o" once clean-text.ts has made it plain). */
const IBERIAN = compiledNow(
  /\b(\d{1,2})(?:º|°|o)?\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro)\b(?:\s+(?:de|del)\s+(20\d{2})\b)?/gi,
);
const DAY_ONLY = /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$|and\b))/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(?:(this|last|next|on)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s)?\b/gi;
// "One year ago today", "From CRS 886 to Today": not the page's day.
const RELATIVE = compiledNow(
  /\b(the day before yesterday|(?<!\b(?:ago|to|until|till|through)\s)today|(?<=\b(?:to|until|till|through)\s)today(?=['\u2019]s)|tonight|hoy|hoje|aujourd['\u2019]hui|anteayer|anteontem|avant-hier|ayer|ontem|ngayong araw|kahapon|kamakalawa|(?:aaj|ajj)(?=\s)|(?:kal|parso)(?=\s[^.;!?]{0,50}\b(?:tha|thi|the|hua|hui|hue|kiya|kiye|aaya|aya|nikla|nikala|hua\s+tha|hoya|hoyi|si)\b)|hier(?=\s*,|\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|apr[eè]s-midi)\b)|this (?:morning|afternoon|evening)|earlier today|just now|(?<=\b(?:draws?|rounds?)(?:\s+of\s+(?:19|20)\d\d|\s+#\s?\d{1,3})?\s)just\s+(?:dropped|landed|(?<=#\s?\d{1,3}\sjust\s+)(?:happened|took\s+place))|(?<=\b(?:IRCC|CIC|Canada|Ottawa|department|ministry|it)\s(?:has\s|have\s)?)just(?=\s(?:held|completed|conducted|issued|published|concluded)\b[^.!?\n]{0,60}?(?:#\s?\d|\b\d[\d,]*\s(?:invitations|ITAs|candidates)\b|\b\d{1,3}(?:st|nd|rd|th)\s(?:express entry\s)?(?:draw|round)\b))|(?:just\s+)?a\s+short\s+while\s+ago|(?:just\s+)?moments\s+ago|yesterday|last night|the (?:day|night) before|the (?:previous|prior) day|(?:a|one) day (?:earlier|before)|(?:two|three|four|five|2|3|4|5) days (?:earlier|before)|the (?:next|following) day|(?:a|one) day later|the day after|(?:a|one) day after|(?:two|2) days after|(?:the|that) same day)\b/gi,
);
/**
 * Words before a day that make it no round's: "since May 3", "updated on …", "recorded Thursday", "updated the rounds page this
 * morning", a wire's dateline "(Marketwired - Feb. 2, 2015)".
 */
const BACKGROUND_BEFORE =
  /\b(?:since|desde|a partir del?|a partir do|depuis|as of|as at|until|till|through|from|between|starting|effective|beginning|ending|ended|before|after|by|prior to|no later than|week of)\s+(?:(?:the|le|el|o)\s+)?$|\b(?:changes?|rules?|reforms?)\s+(?:of|on|from)\s+$|\b(?:updated\s?:?|recorded|filmed|taped)\s?(?:on\s)?$|\((?:Marketwired?|Business\s?Wire|(?:Canada\s)?News[Ww]ire|CNW|GLOBE\sNEWSWIRE|PR\s?Newswire|Newsfile(?:\sCorp\.)?)\s?[-\u2013\u2014]\s?$|\bupdated\s(?:the|its|their)\s(?:[\w-]+\s){0,3}?(?:page|site|website|table|list)\s$/i;
/** A draw card's title before its day: "📢 EXPRESS ENTRY DRAW | ", "Draw alert / ", "🇨🇦 Express Entry #430 | ". */
const DRAW_TITLE_BEFORE =
  /^[^\p{L}\d]*(?:(?:new|latest)\s+)?(?:(?:express entry\s+)?(?:draw|round)(?:\s+(?:alert|update|results?)|\s*(?:#|no\.\s?)\d{1,3})?|express entry\s*(?:#|no\.\s?)\d{1,3})\s+[/|]\s*$/iu;
/** What a figure is compared with comes after these words. */
const COMPARED_BEFORE = /\b(?:from|than|compared (?:to|with)|versus|vs\.?)\s+$/i;
/**
 * A dateline: "New Delhi, June 24:", "OTTAWA, Aug 7 (Wire) -", "Toronto, June 29 (IANS) Canada has…", "Toronto/New Delhi, Feb 14 (IPN)",
 * "MANILA, Feb. 3 -- Canada has…", "LAGOS — 11 Dec 2025 —" (a city in capitals, then a dash).
 */
// Not a weekday, written out or short ("Tue, Jul 4 – General round #253: …" is a row of the week's rounds).
/** Weekdays in Portuguese, Spanish and French ("Quinta-feira, 6 de agosto – FST" is a heading, not a dateline); nor is a place "on" a day ("The big news came on Friday, August 21: …"). */
const OTHER_WEEKDAY = String.raw`(?:(?:[Ss]egunda|[Tt]er[çc]a|[Qq]uarta|[Qq]uinta|[Ss]exta)-[Ff]eira|[Ss][áa]bado|[Dd]omingo|[Ll]unes|[Mm]artes|[Mm]i[ée]rcoles|[Jj]ueves|[Vv]iernes|[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche)\b`;
/** A kicker, not a place: "Breaking, this morning: IRCC …", "UPDATE — July 8: IRCC held …". */
const KICKER = '(?:updated?|breaking|news|alert|latest|correction|editor|note|flash|live|just in|exclusive|analysis|opinion)';
const DATELINE_BEFORE = new RegExp(
  String.raw`^[\s*]*(?![^,]*\b(?:on|yesterday|today|draw|round)\b)(?!${KICKER}\b)(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,|${OTHER_WEEKDAY})[A-Z][A-Za-z .'/-]{1,30},\s*$`,
  'i',
);
/**
 * The capitals are the test (case matters): "Canada — May 3, 2024 — …" is no dateline; nor is a label ("UPDATE — July 8: IRCC
 * held …" tells the draw's day). A dash follows the day (DASH_AFTER).
 */
const DATELINE_CAPS_BEFORE = new RegExp(String.raw`^[\s*]*(?!${KICKER.toUpperCase()}\b)[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}(?:\s\([A-Za-z]{2,10}\))?\s[-\u2013\u2014]\s*$`);
const DASH_AFTER = /^\s*[-\u2013\u2014]\s/;
/**
 * Such a dateline is the page's day only where the sentence tells the draw's own day from it ("LAGOS — 11 Dec 2025 — Canada
 * yesterday invited …", "TORONTO — Dec. 12 — … on Thursday invited …"); a wire story without one ("OTTAWA — March 3, 2026 —
 * IRCC invited …") is read as before, its dateline's day the draw's.
 */
const TELLS_ITS_DAY =
  /\b(?:yesterday|today|tonight|this (?:morning|afternoon|evening)|(?:on|last|this) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day['\u2019]s)\b/i;
/** A dateline on a line of its own: "Toronto, June 29", "Abuja, Thursday March 5, 2026". */
const DATELINE_ALONE = new RegExp(
  String.raw`^[\s*]*(?!(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|${OTHER_WEEKDAY})[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,2},\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$`,
);
/** After a dateline's day: a dash or colon, an agency in brackets, or a wire's name between slashes ("TORONTO, Aug. 28, 2024 /CNW/ -"). */
const DATELINE_AFTER = /^\s*(?:\([^)]{0,30}\)\s*)?(?::|-{1,2}\s|[\u2013\u2014]\s)|^\s*\((?!(?:EST|EDT|UTC|GMT|ET|PST|PDT|CST|CDT)\))[A-Z]{2,6}\)\s|^\s*\/[A-Za-z ]{2,20}\/\s*-/;
/** "MARCH 12, 2021: Canada has invited…": a colon, then a sentence with its subject and verb (not a record "February 13, 2021: CEC, 27,332 ITAs"). */
const COLON_THEN_SUBJECT = /^:\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+(?:has|have)\s+\w+ed\b/;
/** "after the January 21 draw": the day names a draw even after "after". */
/** "Since May 28, when IRCC invited 4,500 …", "Desde 28 de maio, quando o IRCC convidou …": the clause tells that day's round. */
const WHEN_CLAUSE_AFTER = /^(?:,?\s*20\d\d)?\s*,\s*(?:when|quando|cuando|lorsque|quand)\s/i;
const NAMES_A_DRAW = /^(?:,?\s*20\d\d|['\u2019]s)?\s+(?:express entry\s+)?(?:[\w-]+\s+)?(?:draw|round)\b/i;

export type { DateContext } from '../types.ts';

type Found = { start: number; end: number; value: DayRef | OffsetRef; relative?: boolean; weekday?: boolean };

/** Only a written day with its year opens a line as a dateline ("April 29, 2021 - Canada has…"). */
const hasYear = (v: DayRef | OffsetRef): boolean => 'month' in v && v.year !== null;

function monthOf(token: string, yearGiven: boolean): number | null {
  // "may" and "march" are also verbs: lower-case ones count only with a year.
  if (!yearGiven && /^(?:may|mar|march)$/.test(token)) return null;
  return monthNumber(token);
}

/** The other days of a list that names its month once ("November 23 and 24"): each a date of its own. */
function listedDays(sentence: string, out: Found[], spans: [number, number][]): void {
  const add = (from: number, text: string, month: number | null, year: string | undefined): void => {
    for (const d of matchesOf(/\d{1,2}/g, text)) {
      const v = dayRef(year, month, d[0]);
      if (v) out.push({ start: from + d.index, end: from + d.index + d[0].length, value: v });
    }
  };
  for (const m of matchesOf(MONTH_DAYS, sentence)) {
    if (SPAN_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const list = m[2] ?? '';
    add(m.index + m[0].indexOf(list), list, monthOf(m[1] ?? '', m[3] !== undefined), m[3]);
    spans.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesOf(DAYS_MONTH, sentence)) {
    if (SPAN_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m.index, m[1] ?? '', monthOf(m[2] ?? '', m[3] !== undefined), m[3]);
    spans.push([m.index, m.index + m[0].length]);
  }
}

/** "16–" before "20 FEB 2026": the first day of a span (not "Round #63 — " before "26 May 2017", no day before it). */
const SPAN_START_BEFORE = /(?<![#\d])(\d{1,2})\s?[-\u2013\u2014]\s?$/;

function absolute(sentence: string, out: Found[], lists: [number, number][], published: DayRef | null | undefined): void {
  // A list of days: a day, "and", another day (not "2,500 and 3,000", which has no day on either side).
  if (/(?<![\d,])\d{1,2}(?:st|nd|rd|th)?,?\s(?:and|&)\s(?:the\s)?\d{1,2}(?!\d|,\d)/.test(sentence)) listedDays(sentence, out, lists);
  for (const m of matchesOf(MONTH_DAY, sentence)) {
    // "PNP and CEC rounds back-to-back: May 12–13, 2025": the first of two days is neither round's alone.
    if (Number(NEXT_DAY_AFTER.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 6))?.[1]) === Number(m[2]) + 1) continue;
    const v = dayRef(m[3], monthOf(m[1] ?? '', m[3] !== undefined), m[2]);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v });
  }
  for (const m of matchesOf(DAY_MONTH, sentence)) {
    // "(16–20 FEB 2026)": the last day of a span is no day of its own.
    const spanStart = SPAN_START_BEFORE.exec(sentence.slice(Math.max(0, m.index - 6), m.index));
    if (spanStart && Number(spanStart[1]) < Number(m[1])) continue;
    const [month, year] = m[4] !== undefined ? [m[4], m[5] ?? (m[6] !== undefined ? `20${m[6]}` : undefined)] : [m[2], m[3]];
    const v = dayRef(year, monthOf(month ?? '', year !== undefined), m[1]);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v });
  }
  for (const m of matchesOf(EDGE_OF_MONTH, sentence)) {
    const month = monthOf(m[2] ?? '', true);
    const year = m[3] !== undefined ? Number(m[3]) : null;
    // February's last day depends on a year the text may not give.
    const last = month === 2 ? (year === null ? null : year % 4 === 0 ? 29 : 28) : month ? DAYS_IN_MONTH[month - 1] : null;
    const d = m[1]?.toLowerCase() === 'first' ? 1 : last;
    const v = d ? dayRef(m[3], month, String(d)) : null;
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v });
  }
  for (const m of matchesOf(ISO, sentence)) {
    const v = dayRef(m[1], Number(m[2]), m[3]);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v });
  }
  for (const m of matchesOf(NUMERIC, sentence)) {
    const v = numericDay(m[3], Number(m[1]), Number(m[2]), sentence) ?? nearPageDay(sentence, m.index, m[3], Number(m[1]), Number(m[2]), published);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v });
  }
  if (ROUND_WORD.test(sentence))
    for (const m of matchesOf(BRACKETED_DAY_MONTH, sentence)) {
      const v = numericDay(undefined, Number(m[1]), Number(m[2]), sentence);
      if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v });
    }
  for (const m of matchesOf(IBERIAN, sentence)) {
    const v = dayRef(m[3], iberianMonth(m[2] ?? ''), m[1]);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v });
  }
  for (const m of matchesOf(FRENCH, sentence)) {
    const v = dayRef(m[3], FRENCH_MONTHS.findIndex((f) => f.startsWith(plainLower(m[2] ?? '').replace(/\.$/, ''))) + 1 || null, m[1]);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v });
  }
}

function relativeDay(word: string, published: DayRef | null): DayRef | OffsetRef | null {
  const w = word.toLowerCase();
  // Also Spanish, Portuguese and French: "IRCC realizó hoy un sorteo", "convidou hoje", "invitó ayer", "ontem", "aujourd'hui".
  // Tagalog too: "Ngayong araw, 271 physicians … ang na-invite", "Kahapon, CEC draw: 4,000 ITAs at 516", "kamakalawa".
  // Hinglish: "Aaj 27 Aug 2024 ko IRCC ne draw kiya", "Kal PNP tha" (past: yesterday), "parso wala draw tha". "Just a short
  // while ago, Canada held a STEM-specific Express Entry draw": today; so is "first all program draw of 2023 just dropped" or "draw #280 just happened" (not a webinar's "Trades Draw Just Happened", nor "the
  // CRS just dropped", a fall); so is "IRCC has just held round #245 / issued 4,500 invitations" (a careful reader's today; not a round told without its number or count, which may be a headline's other one, nor "just invited", said of a round some days old).
  if (/^(?:today|tonight|this |earlier today|just now$|just$|just (?:dropped|landed|happened|took place)$|(?:just )?(?:a short while|moments) ago$|hoy$|hoje$|aujourd|ngayong araw$|aaj$|ajj$)/.test(w))
    return published;
  if (/^(?:yesterday|last night|ayer$|ontem$|hier$|kahapon$|kal$)/.test(w)) return published ? addDays(published, -1) : null;
  // "Anteayer, IRCC realizó …", "anteontem", "avant-hier": the day before yesterday.
  if (/^(?:anteayer|anteontem|avant-hier|kamakalawa|parso|the day before yesterday)$/.test(w)) return published ? addDays(published, -2) : null;
  // "On the same day, IRCC also held a separate draw": the day of the draw told before it.
  if (/same day$/.test(w)) return { offsetDays: 0 };
  const n = ({ two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[w.split(' ')[0] ?? ''] ?? (Number.parseInt(w, 10) || 1);
  if (/\b(?:before|earlier|previous|prior)\b/.test(w) || /^(?:a|one|two|2) days? after$/.test(w)) return { offsetDays: -n };
  return { offsetDays: n };
}

/** "Yesterday, on February 16, …", "This Wednesday (May 1, 2025)": a relative day with the day written beside it is that day. */
/** "30 May 2024 — Provincial Nominee Program (Draw No. 296)": a round's heading, its day then its program, not a dateline. */
const PROGRAM_HEADING_AFTER =
  /^\s[-\u2013\u2014]\s(?:(?:the|a)\s)?(?:Provincial|Canadian Experience|Federal|French|Francophone|Health|STEM|Trades?\b|Transport|Agricultur|Education|Physicians|Senior|Military|Researchers|All[- ]programs?|No program|General|PNP|CEC|FSW|FST)\b/;
const WRITTEN_DAY_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d,?\s+(?:a\s+|\(\s*)?$`, 'i');
const APPOSED_DATE = new RegExp(String.raw`^\s*(?:,\s*|\(\s*)?(?:on\s+)?(?:the\s+)?(?:${MONTH}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b)`, 'i');

/** "The Monday Brief", "Friday roundup": a weekday that names a publication, not a day. */
const PUBLICATION_AFTER = /^\s+(?:brief(?:ing)?|memo|digest|newsletter|round-?up|recap|wrap(?:-?up)?|edition|bulletin|mailbag)\b/i;
/** "Monday 15 — PNP — 399 ITAs": the weekday with its day of the month (not "Monday 15:30", "Tuesday 2,500 …"). */
const DAY_NUMBER_AFTER = /^\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:$|[-\u2013\u2014;|]|:(?!\d)))/;

const UNTIL_BEFORE = /\b(?:at[ée]|hasta|jusqu['\u2019]\s?à)\s$/i;

/** Capitalized words right before a capital "Today" ("Canadian Immigration Today"), not a sentence's start ("Today"). */
const NAME_BEFORE_TODAY = /(?:^|\s)(?:[A-Z][A-Za-z]+|[A-Z]{2,})\s$/;

const COMMENT_AFTER = /^\s(?:commented|welcomed|reacted|responded|weighed in)\b/i;

/** "today's tracker", "today's live blog", "today's video": the page itself, not a draw. */
const TODAYS_PAGE = /^['\u2019]s\s+(?:live\s+)?(?:tracker|updates?|blog|post|newsletter|edition|video|stream|episode|issue|digest|briefing|round-?up|recap|show|podcast|column)\b/i;

/** A cheap test before RELATIVE: a word every relative day holds. */
const RELATIVE_WORD = compiledNow(/day|night|this |later|just\s|ago\b|\bho(?:y|je)\b|aujourd|ayer|ontem|\bhier\b|ngayong|kahapon|kamakalawa|\b(?:aaj|ajj)\b|\bkal\b|\bparso\b/i);

function relative(sentence: string, ctx: DateContext, out: Found[]): void {
  if (!RELATIVE_WORD.test(sentence)) return;
  for (const m of matchesOf(RELATIVE, sentence)) {
    if (APPOSED_DATE.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // "Canadian Immigration Today", "USA Today": a name's last word, not the page's day.
    if (m[0] === 'Today' && NAME_BEFORE_TODAY.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "a mais baixa até hoje", "la más baja hasta hoy": to date, no day of a round.
    if (UNTIL_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "welcome to today's tracker", "today's video": the page's own day, no round's.
    if (TODAYS_PAGE.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // "… Law Corporation today commented on the results of the first round": the day of a comment, not of the round.
    if (COMMENT_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const v = relativeDay(m[1] ?? '', ctx.published);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v, relative: true });
  }
  for (const m of matchesOf(WEEKDAY, sentence)) {
    const mode = (m[1] ?? '').toLowerCase();
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    if (mode === 'next' || !ctx.published) continue;
    if (APPOSED_DATE.test(after)) continue;
    // "from Monday to Wednesday", "between Monday and Wednesday" are spans; "The PNP and CEC rounds on Monday and Tuesday" are two days.
    const spanStart =
      /^\s*(?:to|through|-)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.test(after) ||
      (/\bbetween\s+$/i.test(before) && /^\s*and\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.test(after));
    if (spanStart) continue;
    // "…, and Tuesday's PNP round" is a day of its own, as is the second of "on Monday and Tuesday".
    if (!mode && !/'s$/i.test(m[0]) && (/\b(?:between|from|to)\s+$/i.test(before) || /\bbetween\s+\w+\s+and\s+$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index)))) continue;
    // "Friday roundup" names a publication; "Bhajan sandhya every Tuesday, 7 pm." a weekly event, "Throwback Saturday" a column: no day.
    if (PUBLICATION_AFTER.test(after) || notADay(before, after)) continue;
    // "On February 13, 2021, a Saturday, IRCC invited …": the weekday of the day just written, no day of its own.
    if (WRITTEN_DAY_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const target = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
    const dayNumber = DAY_NUMBER_AFTER.exec(after);
    const v = dayNumber ? weekdayOfMonthDay(ctx.published, target, Number(dayNumber[1])) : lastWeekday(ctx.published, target, mode === 'last' || ctx.lastWeek === true);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v, relative: true, weekday: true });
  }
}

function dayOnly(sentence: string, ctx: DateContext, out: Found[]): void {
  if (!ctx.lastMonth) return;
  for (const m of matchesOf(DAY_ONLY, sentence)) {
    const v = dayRef(undefined, ctx.lastMonth.month, m[1]);
    // With no month named yet, the page's only for "on the 28th" up to its own day (not "The 15th and most recent draw").
    const later = ctx.lastMonthFromPage === true && (!/^on\s/i.test(m[0]) || Number(m[1]) > (ctx.published?.day ?? 0));
    if (v && !later) out.push({ start: m.index, end: m.index + m[0].length, value: { ...v, year: ctx.lastMonth.year } });
  }
}

/** Date mentions of one sentence, left to right, overlapping finds resolved in favour of the longer. */
export function findDates(sentence: string, ctx: DateContext): DateMention[] {
  const found: Found[] = [];
  const lists: [number, number][] = [];
  if (/\d|\bday of\b/i.test(sentence)) {
    absolute(sentence, found, lists, ctx.published);
    dayOnly(sentence, ctx, found);
  }
  relative(sentence, updateDay(sentence, found, ctx), found);
  found.push(...leapDays(sentence, ctx.published));
  for (const w of romanceWeekdays(sentence, ctx.published, ctx.lastWeek === true)) found.push({ ...w, relative: true, weekday: true });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  if (ctx.published?.year != null && found.some((f) => f.weekday === true)) weekdaysOfWrittenDays(found, ctx.published);
  // Each list's days, in order: its first is "first", the others "more"; a list of one day (its others no dates) is none.
  const listDays = lists.map(([from, to]) => found.filter((g) => g.start >= from && g.start < to).map((g) => g.start)).filter((starts) => starts.length >= 2);
  const out: DateMention[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) continue;
    const opensWithIt = f.start === 0 || /^[\s*\u2022]*$/.test(sentence.slice(0, f.start));
    // Not a row of a list of rounds ("June 12, 2015 – 1,501 ITAs – CRS 482"): a figure right after the dash.
    // Nor a round's heading: "06/12/2023 – Draw #272 – Geral". Nor a chronology's entry ("Feb. 13, 2021 — Record draw: …"): the day is the entry's.
    const dashAfter =
      ctx.chronology !== true &&
      /^\s[-\u2013\u2014]\s(?!\d|(?:draw|round|rodada|ronda|tirage|ronde|sorteio|sorteo)\s*(?:#|n[º°o.]\s*|no\.\s*)?\d+\s[-\u2013\u2014|]\s)/i.test(sentence.slice(f.end, f.end + 28));
    // Alone, or with a byline or desk after a bar or dash ("Nairobi, Tuesday July 21, 2026 | Newsroom", "… — Immigration desk"),
    // or the wire's dash left at the line's end ("OTTAWA, Jan. 14 -").
    const alone = DATELINE_ALONE.test(sentence.slice(0, f.start)) && /^\s*(?:[|\u2013\u2014-]\s*(?:(?:By\s)?[A-Z][\w\s.'-]{0,30})?)?$/.test(sentence.slice(f.end));
    // "Latest CEC Class Draw Hits 2025's Lowest CRS Cutoff / December 17, 2025": a title's byline, the page's day.
    // Not a draw card's title, whose day is the round's: "📢 EXPRESS ENTRY DRAW | February 19, 2025".
    const titleByline =
      hasYear(f.value) && /\S\s+[/|]\s*$/.test(sentence.slice(Math.max(0, f.start - 6), f.start)) && /^\s*$/.test(sentence.slice(f.end)) && !DRAW_TITLE_BEFORE.test(sentence.slice(0, f.start));
    const dateline =
      (DATELINE_BEFORE.test(sentence.slice(0, f.start)) && DATELINE_AFTER.test(sentence.slice(f.end, f.end + 40))) ||
      (DATELINE_CAPS_BEFORE.test(sentence.slice(0, f.start)) && DASH_AFTER.test(sentence.slice(f.end, f.end + 4)) && TELLS_ITS_DAY.test(sentence.slice(f.end))) ||
      alone ||
      titleByline ||
      // Not a weekday heading: "Segunda-feira (17) - Programa de Nomeação Provincial".
      // Not a list's item: "• 30 mai 2024 — Programme des candidats des provinces : 2 985 invitations".
      (opensWithIt &&
        hasYear(f.value) &&
        !f.relative &&
        !/[*\u2022]/.test(sentence.slice(0, f.start)) &&
        !PROGRAM_HEADING_AFTER.test(sentence.slice(f.end, f.end + 40)) &&
        (dashAfter || COLON_THEN_SUBJECT.test(sentence.slice(f.end, f.end + 60))));
    const before = sentence.slice(Math.max(0, f.start - 24), f.start);
    const published =
      ((PUBLISHED_BEFORE.test(before) || REPORTED_BEFORE.test(sentence.slice(Math.max(0, f.start - 60), f.start))) && out.some((o) => !o.background)) ||
      PUBLISHED_APPOSITIVE.test(sentence.slice(Math.max(0, f.start - 70), f.start));
    const announced = ANNOUNCED_BEFORE.test(sentence.slice(Math.max(0, f.start - 90), f.start)) || TOOK_EFFECT_BEFORE.test(sentence.slice(Math.max(0, f.start - 110), f.start));
    // "…511, a significant 48-point difference from today's draw": the day of the draw compared with, not of the one this clause tells.
    const comparedWithToday = f.relative === true && COMPARED_BEFORE.test(before);
    // "Beijing time November 13 at 00:45 (Canadian time November 12 in the morning)": the day abroad is not Ottawa's.
    // An evening abroad ("around 11 pm IST on Friday") is still that day's morning in Ottawa.
    const zoned = sentence.slice(Math.max(0, f.start - 40), f.start);
    const notOttawasDay =
      (FOREIGN_TIME_BEFORE.test(zoned) && !EVENING_THEN_ZONE.test(zoned)) ||
      // "July 18, 2015 at 00:04:00 UTC, which is 8:04 pm Friday in Ottawa": before 05:00 UTC it is still the day before in Ottawa.
      EARLY_UTC_AFTER.test(sentence.slice(f.end, f.end + 30));
    const background =
      dateline ||
      published ||
      announced ||
      comparedWithToday ||
      habitualWeekday(sentence, f) ||
      notOttawasDay ||
      (BACKGROUND_BEFORE.test(before) && !NAMES_A_DRAW.test(sentence.slice(f.end, f.end + 40)) && !WHEN_CLAUSE_AFTER.test(sentence.slice(f.end, f.end + 20)));
    const starts = listDays.find((ss) => ss.includes(f.start));
    const listed = starts ? (starts[0] === f.start ? 'first' : 'more') : undefined;
    out.push({ start: f.start, end: f.end, value: f.value, background, relative: f.relative === true, ...(f.weekday === true ? { weekday: true } : {}), ...(listed ? { listed } : {}) });
  }
  return out;
}

/**
 * A day told in another country's time ("00:10 KST on 17 December", "12:02 a.m. Philippine time on Thursday, January 9",
 * "Beijing time November 13"): a round held in Ottawa's morning is often the next day in Asia, so the day is not the round's.
 * The page usually gives Ottawa's day too ("In Canada it was still Tuesday 16 December"); without it the round has none.
 */
const FOREIGN_TIME_BEFORE =
  /(?:\b(?:KST|JST|PHT|PHST|IST|HKT|SGT|AEST|AEDT|AWST|WAT|GST|PKT|NPT|ICT|CST \(China\))|\b(?:Beijing|China|Chinese|India|Indian|Manila|Philippine|Lagos|Nigerian?|Dubai|UAE|Gulf|Tehran|Iran|Seoul|Korea|Korean|Vietnam|Hanoi|Tokyo|Japan|Sydney|Australian|Singapore|Hong Kong|Pakistan|Karachi|Dhaka|Bangladesh|Kathmandu|Nepal)\s+(?:standard\s+)?time)\s*,?\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

const EARLY_UTC_AFTER = /^,?\s+(?:at\s+)?0?[0-4]:\d\d(?::\d\d)?\s*(?:UTC|GMT|Z)\b/i;
const EVENING_THEN_ZONE =
  /\b(?:(?:[6-9]|1[01])(?::\d\d)?\s*p\.?\s?m\.?|(?:1[89]|2[0-3]):\d\d(?::\d\d)?)\s+[A-Za-z]+(?:\s+(?:standard\s+)?time)?\s*,?\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

const MONTH_ONLY =
  /\b(?:in|during|since|of|last|this|early|late|mid-?|through|throughout|until|and|or)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/g;

/** "June's healthcare draw", "January's second CEC draw": a month told as the draw's own, capitalised (not "may's"). */
const MONTH_POSSESSIVE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)['\u2019]s\b/g;

const MONTH_YEAR = compiledNow(/\b(?:[Ii]n|[Dd]uring|of|[Tt]hrough|[Tt]hroughout)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/g);

/** "…the draw that took place in February 2021", "since the system was launched in January 2015": a month no draw of the text's is of. */
const OTHER_DRAWS_MONTH =
  /\b(?:draw|round)\s+(?:that|which)\s+(?:took place|was held|happened|occurred)\s*$|\b(?:launched|introduced|began|started|created|established|came into (?:force|effect)|inception)\s*(?:(?:in|on)\s*)?$/i;

/**
 * Months named without a day ("large rounds in January and February"): the text is about that
 * period. A month with a year other than the page's ("in February 2021") is a past period: 0.
 */
/** "En décembre, la ronde…", "en diciembre", "em dezembro": a month alone in French, Spanish or Portuguese. */
const ROMANCE_MONTH_ONLY =
  /(?<![\p{L}])(?:en|em|au mois de|no mês de|el mes de)\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro)(?![\p{L}])(?!\s*\d)/giu;

/** A cheap test before ROMANCE_MONTH_ONLY. */
const ROMANCE_MONTH_WORD = /\b(?:en|em|de)\s+[a-zçéû]{3,}/i;

export function findMonthsOnly(sentence: string, published: DayRef | null = null): number[] {
  const out: number[] = [];
  if (ROMANCE_MONTH_WORD.test(sentence))
    for (const m of matchesOf(ROMANCE_MONTH_ONLY, sentence)) {
      const name = plainLower(m[1] ?? '');
      const month = FRENCH_MONTHS.indexOf(name) + 1 || iberianMonth(m[1] ?? '');
      if (month) out.push(month);
    }
  for (const m of [...matchesOf(MONTH_ONLY, sentence), ...matchesOf(MONTH_POSSESSIVE, sentence)]) {
    const month = monthNumber(m[1] ?? '');
    if (month) out.push(month);
  }
  for (const m of matchesOf(MONTH_YEAR, sentence)) {
    const month = monthNumber(m[1] ?? '');
    // "behind the record-setting CEC-only draw that took place in February 2021": another draw's month.
    if (!month || OTHER_DRAWS_MONTH.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const back = published && published.year !== null ? (published.year - Number(m[2])) * 12 + published.month - month : null;
    out.push(back === 0 || back === 1 ? month : 0);
  }
  return out;
}
