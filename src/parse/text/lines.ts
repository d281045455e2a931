import { compiledNow } from './matches.ts';
import { linesOneByte } from './one-byte.ts';
import { tieBreakListLine } from './tie-break-list.ts';
import type { Zone } from '../types.ts';
import { STORY_AGE } from './story-age.ts';

/** One line of the cleaned article and the part of the page it belongs to. */
export interface ArticleLine {
  readonly index: number;
  readonly text: string;
  readonly zone: Zone;
  /** Bylines, datelines, share bars: they date the page, not a draw. */
  readonly meta: boolean;
  /** A date stamp cut from the start of the line ("date 2025-11-29 Canada has…"). */
  readonly stamp: string | null;
  /**
   * When a message was sent: a chat message's day ("2024-08-26" from "[2024-08-26, 21:52] Ravi Sharma: …", chat-export.ts) or an
   * e-mail's "Date: Tue, 17 Mar 2026 19:22" header. Its "today" is that day.
   */
  readonly sent?: string;
}

const RELATED_HEADING =
  /^(?:related(?: news| articles?| posts?| stories| reading| content| links| coverage)?|more references|more (?:news|stories|articles|coverage)(?: from| on| like this)?(?: [\w ]{1,30})?|more (?:express entry )?(?:draws|draw results|results)|(?:previous|past|earlier|older) (?:express entry )?(?:draws|draw results|rounds)|read (?:more|also|next)(?: [\w ]{1,30})?|see also|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| reading| articles)?|latest (?:news|posts?|articles|updates)|recent (?:posts?|articles)|trending(?: now| stories)?|popular(?: posts| stories| articles)?|most (?:read|popular)|further reading|also read|other news|in case you missed it)\s*:?$/i;

/** A line that is nothing but a date ("January 10, 2021", "Jun 06 2025", "2025-06-06", "13.04.2017", "Thứ Năm, 24/11/2022 - 08:05" (a weekday before a day in figures), "- 6 August 2021 -", "| December 11, 2025" left of a glossed byline) dates the page. */
export const BARE_DATE_LINE =
  /^[\s\u2022*\u00b7|-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|(?<=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s)\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d\s[A-Z][a-z]{2,8}\s\d{1,2},?\s(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|\d{1,2}(?:er|º)?\s(?:de\s)?(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s(?:de\s)?(?:19|20)\d\d)(?:\s?(?:[|,\u00b7\u2022-]|at\b)?\s?\d{1,2}[:.]\d{2}(?:\s?[AP]M)?(?:,?\s(?:[A-Z]{2,4}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?))?)?(?:\s-+)?$/i;

/** "Update: 2023-06-29 02:27 GMT": when the page changed, as a bare date line (an update told in words stays news). */
const UPDATE_LABEL = /^\s*(?:last\s)?update[ds]?\s?:\s?/i;

/** "The Canadian Press, 29 Jun, 2023 11:48 AM", "NRI Desk | Sep 19, 2015, 08.30 PM IST": a byline's date and time of publication. */
const DATED_BYLINE = /(?:\b\d{1,2}\s[A-Z][a-z]{2,8}\.?,?\s(?:19|20)\d\d|\b[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d)[\s,|-]{1,4}\d{1,2}[:.]\d{2}\s?[AP]\.?M\.?(?:\s[A-Z]{2,4})?\s*$/;

/** "⏱ Tie-break: 12 February 2026, 09:24 AM IST": a round's tie-break told with its clock, no byline. */
const TIE_BREAK_LABEL = /^\W*(?:tie[- ]?break(?:ing|er)?(?:\s(?:rule|date|time))?|TB|d[ée]partage|desempate)\b/i;

/** "February 7, 2022BY Admin", "Jan 5, 2024 by Jane Doe", "3rd May, 2025 | By Ifeanyi Eze | 6 Comments", "August 25, 2016 | Rohit Mehra | 3 comments", "March 5, 2026 | Videsh Visa Guru, Chandigarh", "June 28, 2026 · Feature · By Laura Mensah", "February 15, 2021 | Career Advice, Immigration | by Maya Chen": the page's date, then its byline. */
export const DATE_THEN_BYLINE =
  /^(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d|\d{1,2}(?:er|º)?\sde\s[a-zçéû]{3,10}\sde\s(?:19|20)\d\d)\s?(?:(?:[|\u00b7\u2022]\s?[A-Z][\w'-]*(?:\s[\w'&-]+){0,2}(?:,\s[A-Z][\w'-]*(?:\s[\w'&-]+){0,2}){0,3}\s?)?(?:[|\u00b7\u2022]\s?)?(?:by|BY|By|Por|Par)\s[A-Z][\w .'-]{0,40}(?:,\s[\w .'-]{1,40})?(?:[|\u00b7\u2022]\s?[\w .'-]{1,30})?|[|\u00b7\u2022]\s?(?!(?:[\w.'-]+\s){0,2}(?:Class|Program|Programme|Nominee|Draw|Round|Express|Entry|Category)\b)[A-Z][a-z]+(?:\s[A-Z][a-z.'-]+){1,2}(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:\s?[|\u00b7\u2022]\s?\d{1,4}\s(?:comments?|responses?|replies|min(?:ute)?s?\s+read))?(?:\s?[|\u00b7\u2022]\s?[^\w\s]{1,4})?)$/;

/**
 * "Express_Entry Aug 24 2023", "Express Entry / June 24, 2025": a tag or a section, then the page's date (not a fact box's "Date | July 6, 2022", nor a card's "Round 430 · July 23, 2026" or "Express Entry #430 | July 23, 2026").
 * A printed page's running head too, after its page number: "- 4 - THE NEWCOMER TIMES May 5, 2017", "Page 4 THE DAILY May 5, 2017".
 */
const TAG_THEN_DATE_LINE =
  /^(?:[-\u2013\u2014]\s?\d{1,3}\s?[-\u2013\u2014]\s|(?:Page|PAGE|P\.)\s?[A-Z]?\d{1,3}\s)?(?!(?:[\w#&-]+\s){0,2}[Dd]ate\b|(?:[Dd]raw|[Rr]ound|DRAW|ROUND)\s#?\d|[Ee]xpress [Ee]ntry\s#\d)[\w#&-]{2,30}(?:\s[\w#&-]{2,30}){0,2}(?:\s[/|\u00b7])?\s[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d$/;
/** An alert's or a digest's own day: "Daily update ⋅ 3 April 2026", "Weekly digest · July 5, 2024". */
const DIGEST_DATE_LINE =
  /^(?:daily|weekly|monthly)\s(?:update|digest|summary|alert|round-?up|briefing)\s?[\u00b7\u2022\u22c5|:-]\s?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?|\d{1,2}\s[A-Z][a-z]{2,8},?)\s(?:19|20)\d\d$/i;

/** "Jul 8, 2024 | Express Entry", "07-07-2022 | Canada PR News": the page's (or a listed story's) date, then its tag or section. */
const DATE_THEN_TAG_LINE = /^(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s[/|\u00b7]\s[\w#&-]{2,30}(?:\s[\w#&-]{2,30}){0,2}$/;
/** "July 12, 2023 · Admin · Canada PR": the page's date, then its author and section (no draw words: see DRAW_WORDS). */
const DATE_THEN_PARTS_LINE = /^(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d)(?:\s[|\u00b7]\s[\w#&-]{2,30}(?:\s[\w#&-]{2,30}){0,2}){2,3}$/;
/**
 * "May 14, 2025 | Updated May 14, 2025", "3 April 2025 | Abuja", "January 24, 2019 — Vancouver immigration lawyers", "October 6,
 * 2025 · Teachers to Canada (Manila)", "16 de junio de 2026 · Newsletter Rumbo Norte", "Date: 29 September 2023 | Punjab Overseas
 * Desk": the page's date, then its update, place or
 * author (no draw words: see DRAW_WORDS).
 */
const DATE_THEN_NOTE_LINE =
  /^(?:(?:date|dated|published|posted(?: on)?)\s?:\s?)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d|\d{1,2}\sde\s[a-zç]{3,10}\sde\s(?:19|20)\d\d)\s[/|\u00b7\u2013\u2014-]\s(?:(?:updated|published|posted)\s?:?\s?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d|\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?)|[A-ZÀ-Þ][A-Za-zÀ-ÿ.'-]+(?:\s[A-Za-zÀ-ÿ.'&-]+){0,3}(?:\s\([A-ZÀ-Þ][A-Za-zÀ-ÿ .'-]{1,30}\))?)$/i;

/**
 * "TNN / Aug 3, 2023, 08:15 IST", "Philippine Daily Inquirer / 05:08 AM January 31, 2019", "Mumbai | August 21, 2019 | Updated 10:15 IST", "Por Redação | 15/08/2024 06h30", "The Island Gazette | Montreal | Feb. 2, 2024 | By Luc Thibodeau", "PTI | Toronto | September 15, 2021", "Press Trust of India, Toronto, September 15, 2021":
 * an agency, a desk or a city, then the page's date (and time). Not a line that speaks of a draw.
 */
export const PARTS_THEN_DATE_LINE =
  /^(?!(?:[\w#&-]+\s){0,2}[Dd]ate\b)(?:(?:Source|Fuente|Fonte|Via)\s?:\s?)?(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ.&'-]*(?:\s\(?[A-Za-zÀ-ÿ.&'-]+\)?){0,6}\s?[|/,\u00b7]\s?){1,4}(?:(?:Updated|Published|Posted)\s?:?\s)?(?:\d{1,2}:\d{2}\s?[AP]M,?\s)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2}|(?:(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s)?\d{1,2}(?:er|º)?\s(?:de\s)?[a-zà-ÿ]{3,10}\s(?:de\s)?(?:19|20)\d\d)(?:(?:,?\s|\s?\|\s?(?:(?:Last\s)?[Uu]pdated:?\s)?)(?:\d{1,2}:\d{2}(?:\s?[AP]M)?|\d{1,2}h\d{2})(?:\s[A-Z]{2,4}|\s?hrs?\.?)?)?(?:\s?[|·]\s?(?:(?:By|Por|Par)\s)?[A-ZÀ-Þ][A-Za-zÀ-ÿ.'-]*(?:\s[A-Za-zÀ-ÿ.'-]+){0,3})?$/;
/** "Draw Watch | Data table | September 16, 2021": with two bars or more, the first part is the source's name, whatever its words. */
const bylineParts = (line: string): string => ((line.match(/\|/g) ?? []).length >= 2 ? line.replace(/^[^|]*/, '') : line);
/** "Campus & Classroom | Education | May 3, 2025": a section's one word between bars is the page's taxonomy, not a round's category. */
const LONE_SECTION = /(?<=[|/])\s*[A-Z][a-z]+\s*(?=[|/])/g;
const DRAW_WORDS =
  /\b(?:draws?|rounds?|ITAs?|invit\w*|CRS|express entry|IRCC|experience|class|programs?|proficiency|french|healthcare|STEM|trades?|transport|agricultur\w*|education|physicians|PNP|CEC|FSW|category)\b/i;

/** "CanadaPR with Arjun · 12,408 views · May 30, 2019", "1,03,452 views  1 Mar 2024": a video's channel, views and day. */
const VIEWS =
  /(?:^\s*|[\u00b7|\u2022]\s?)(?:\ud83d\udc41\ufe0f?\s?)?\d[\d,.]*\s?[KkMm]?\s(?:views|vues|visualiza[çc][õo]es|visualizaciones|reproducciones)\s?(?:[\u00b7|\u2022]|$|\s+(?:\d{1,2}\s[A-Z][a-z]{2,8}\.?,?\s(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d)\s*$)/i;

/**
 * "r/ImmigrationCanada · summary by mods · July 24, 2026": parts between middle dots, then the page's day (not a line that
 * speaks of a draw). Not a post's "@NorthboundPR · Jul 23, 2026", whose day is its round's.
 */
const DOTTED_PARTS_THEN_DATE =
  /^(?!@)[^\u00b7\n]{2,40}(?:\s\u00b7\s[^\u00b7\n]{2,40}){0,3}\s\u00b7\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2})$/;

/** "rajat_fsw » Sat Mar 21, 2015 12:41 am" (the clean text's "»" is a quote mark): a forum post's author and when it was posted, not the day of what it tells. */
export const FORUM_POST_STAMP =
  /^[\w.-]{2,30}\s["\u00bb]\s(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d)(?:,?\s(?:at\s)?\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)?$/i;

/**
 * A forum member's signature or timeline ("FSW | NOC 1111 | EE profile: Feb 14, 2015 | ITA: waiting | CRS 447", "Sig: FSW |
 * CRS 494 | ITA: Feb 2, 2023 | AOR: ?"): their own score and steps, no round's figures (docs/parser.md "Session 55").
 */
const TIMELINE_LINE = /^(?=[^\n]*\|)(?=[^\n]*\bITA\b)(?:Sig:|[^\n]*\b(?:AOR|PPR|BIL|COPR|ECA|NOC|(?:EE )?[Pp]rofile(?: created)?:|PGWP|Medicals|MEDs)\b)/;

/** "Quote (Priya.S @ 21 March 2015 - 12:31 AM)": whom a forum post quotes and when that was posted, not the day of what it tells. */
const QUOTE_STAMP = /^(?:Quote|Quoting)\s?\([^()@\n]{1,40}@\s?[^()\n]{6,40}\)\s*:?$/i;

/**
 * "Editor's note (Oct. 17, 2019): This post originally reported that Wednesday's round was open to all programs. …" above the
 * page: a note on it, not its headline or lead (one with a figure of its own is read: it may give the corrected figure; so is
 * one below the story, "Editor's note: This post was updated March 24 with the tie-break date, November 25, 2019.").
 */
const EDITORS_NOTE = /^\s*editor['\u2019]s\snote\b/i;
const FIGURE_NOT_YEAR = /\b(?!(?:19|20)\d\d\b)\d{3,6}\b|\d,\d{3}\b/;

/**
 * "Immigration.ca · Yesterday", "CIC News · 2 hours ago" between a feed's headline and its snippet cut short ("… issuing 2,000
 * ITAs..."): the story's source and age (story-feed.ts), no text of it. Not an app's "EE Watch • Yesterday" over its notice,
 * whose day is the notice's.
 */
const SNIPPET = /(?:\.\.\.|\u2026)\s*$/;
const SOURCE_AND_AGE = compiledNow(new RegExp(String.raw`^[\p{L}][\p{L}\p{N} .&'\u2019-]{1,40}\s?[\u00b7|\u2022]\s?${STORY_AGE}\s*$`, 'iu'));

/** "Jan 6, 2026 / 2 min read": a byline's reading time. */
const READ_TIME = compiledNow(/\b\d{1,2}\s?min(?:ute)?s?\.?\s+read|\b(?:lectura|leitura|lecture)\s?:\s?\d{1,2}\s?min\b|\b\d{1,2}\s?min\.?\s+de\s+(?:lectura|leitura|lecture)\b/i);

/**
 * "2016-11-17 08:40 | Editor: Lily Zhao | Views 3,214", "Tuesday, 27 August 2024 · Posted in Draw results": the page's day and
 * time, then who wrote it, where it was posted or how many read it.
 */
const DATE_THEN_META =
  /^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)?(?:(?:19|20)\d\d-\d\d-\d\d|[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d)(?:\s\d{1,2}:\d{2})?\s*[|\u00b7\u2022]\s*(?:by|editor|author|views?|posted|source|reporter|written by)\b/i;
/** "February 14, 2021 | Nûçe: Rojhat Amed": the page's day, a label, a name in capitals (not "… | Program: Provincial Nominee Program"). */
const DATE_THEN_LABELLED_NAME =
  /^\s*(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d)\s*[|\u00b7\u2022]\s*(?!(?:Program|Programme|Category|Stream|Type|Round|Draw|Class|Selection|Tie)\b)\p{L}{2,15}\s?:\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}$/u;

/** "[image] Screenshot: IRCC rounds page — "Canadian Experience Class · 8,000 invitations · …"": a picture's words, which may be a round's facts. */
const PICTURED_FACTS = /^\W*(?:image|photo|screenshot)\b/i;

/**
 * "Issue 61 · Sunday, February 13, 2022", "Issue 58 · Friday, August 4, 2023": a newsletter's issue line, the page's day; so is an
 * app's release ("Version 4.0.2 Nov 24, 2022").
 */
const ISSUE_LINE =
  /^\s*(?:(?:issue|edition|vol\.?|volume|no\.)\s*#?\d{1,4}\s*[\u00b7|\u2022,-]|(?:version|v)\s?\d{1,3}(?:\.\d{1,3}){1,3}\s*[\u00b7|\u2022,-]?)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d)\s*$/i;

/** "Mohanad Moetaz - 09 July, 2021", "Clara Beaulieu, Initiative de journalisme local – 2 février 2024": an author's name (and outlet), a dash, the page's date. */
/** "Thursday, March 2, 2017 — Staff", "May 5, 2024 | Jane Doe": the page's date, then who wrote it. */
const DATE_DASH_NAME_LINE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d)\s[-|]\s(?:by\s)?(?![^|]*\b(?:program|class|worker|trades?|nominee|PNP|CEC|FSWP?|FSTP?|STEM|French|healthcare|transport|agri\w*|education|physicians|managers|military|general|round|draw|category)\b)[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3}$/i;
const NAME_DASH_DATE_LINE =
  /^(?!(?:[\w#&-]+\s){0,2}[Dd]ate\b)[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3}(?:,\s[\p{L}.'&-]+(?:\s[\p{L}.'&-]+){0,5})?\s[-|]\s(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s)?(?:\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s(?:19|20)\d\d)$/u;

/** "… 02:15 PM ISTहिंदी में पढें": a link in another script glued after a date line ("read in Hindi"). */
/** What a glossed byline leaves after its date ("2025年11月27日 09:15 | 来源：本报综合" → "November 27, 2025 09:15 |:"); a post's "13 May 2021 · 🌐". */
const SEPARATOR_TAIL = compiledNow(/(?:\s*(?:[|:\u00b7\u2022]|\p{Extended_Pictographic}|\ufe0f))+\s*$/u);
/** ", 7 December 2023 |": a dateline whose weekday a gloss dropped (Gujarati "ગુરુવાર, ૭ ડિસેમ્બર ૨૦૨૩ | …"), its comma left first; "| March 18, 2026": its source's name. */
const GLOSSED_AWAY_HEAD = /^[,;|]\s*(?=\d|[A-Z][a-z]{2,8}\.?\s\d)/;
/** The same day in a second calendar, in brackets after the first ("۲۷ اسفند ۱۴۰۴ (۱۸ مارس ۲۰۲۶)" glossed: "March 18, 2026 ( March 18, 2026)"). */
const SECOND_CALENDAR = compiledNow(/\s?\(\s?[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d\s?\)\s*$/);
/** A glossed weekday or place left empty: "2025年3月22日（星期六） 香港時間 09:20" → "March 22, 2025 () 09:20". */
const EMPTY_PARENS = /\s?\(\s*\)/g;
const OTHER_SCRIPT_TAIL = compiledNow(/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+(?:\s+[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+)*\s*$/u);

const META_LINE = compiledNow(
  /^[\s\u2022*\u00b7([-]*(?:[A-Za-z][\w ]{0,20}\|\s*|(?:date\s?:\s?)?(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s?\|\s*)?(?:by\s|posted\b|published\b|updated\b(?!\s+(?:draw|round|database|list|tracker|table|data|figures|results|app|our|the|with|to)\b)|last updated\b|(?:date|last)\schecked\b|(?:publicad[oa]|actualizad[oa]|atualizad[oa])\s?(?::|el|em|en)\s?\d{1,2}\/\d{1,2}\/\d{4}\b|started by\b|date modified\b|written by\b|(?:prepared|edited|reviewed|fact[- ]checked) by\b|author\b|photo\b|image\b|credit\b|share\b|tags?\s*:|category\s*:|filed under\b)|\b(?:posted|published|updated|edited|reviewed) (?:by|on)\b|\b(?:posted|published|updated)\s(?:the\s|on\s)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{1,2}\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)\s*$|^\s*(?:publi[ée]e?|mis à jour|mise à jour)\s(?:par|le)\s|^\s*(?:publicad[oa]|actualizad[oa]|atualizad[oa])\s(?:el|em)\s\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?:\s(?:por|às|a las)\s[^.!?]{1,40})?$|^\s*(?:publicad[oa]|actualizad[oa]|atualizad[oa])\s(?:el|em)\s\d{1,2}º?\sde\s[a-zç]{4,9}\sde\s(?:19|20)\d\d(?:\s(?:por|às|a las)\s[^.!?]{1,40})?$/i,
);

/** "Category: French language proficiency", "• Category: Provincial Nominee Program (PNP)": a draw's category is a fact, not the page's taxonomy ("Category: Canada News"). */
const DRAW_CATEGORY_LINE =
  /^[\s\u2022*\u00b7-]*category\s*:\s*(?:\d+\s+)?(?:CEC|FSW|FST|PNP|Canadian Experience|Federal Skilled|Provincial Nominee|French|Francophone|Healthcare|Health|STEM|Science|Trades?\b|Transport|Agricultur|Education|Physicians|Researchers|Military|Senior managers|General|All[- ]programs?|No program|No Prog)/i;

/** "… sets a target of 124,680 new permanent residents. Photo: Shutterstock": a picture's caption, not the article's lead. */
const PHOTO_CAPTION = compiledNow(/(?:^|[.!?)\s])\(?(?:photo(?:graph)?|image|picture)(?:\s(?:credit|courtesy|source))?\s?(?::|by\s)\s?[^.:;]{1,60}\)?\.?$/i);

/** A one-line teaser for another story inside the article ("Related: IRCC invites 399 PNP candidates…"). */
/**
 * Readers' comments under the article ("Comments (4)", "12 Responses", "Leave a comment") and an "On this day" box: every
 * line after is someone else's words or another year's round, never the article's news; no long paragraph brings the
 * story back.
 */
const COMMENTS_HEADING =
  /^(?:(?:reader |readers' |user )?comments?(?:\s*\(\d+\))?|\d+\s+(?:comments?|responses?|replies)|(?:leave|post|add) a (?:comment|reply)|join the (?:discussion|conversation)|what (?:readers|you) (?:say|said)|on this day(?:\s*[·•|\u2013\u2014-]\s*\d+\s*(?:yrs?|years?)\s+ago)?|this day in (?:history|express entry))\s*:?$/i;
const RELATED_INLINE = /^(?:related(?: story| article)?|read (?:more|also|next)|see also|(?:also|must|don't miss|recommended) read|more|recommended|watch|listen|in case you missed it|ICYMI)\s*:/i;

/**
 * "5,500: invitations issued on Wednesday" (a by-the-numbers list) reads as "invitations issued on Wednesday: 5,500"; "533: minimum
 * CRS score, unchanged from the October 28 CEC round" as "minimum CRS score: 533, unchanged from …"; "October 17, 2025 at 03:39:05
 * UTC: tie-break time" as "tie-break time: October 17, 2025 at 03:39:05 UTC".
 */
const NUMBER_FIRST = /^[\s*\u2022-]*(\d{1,3}(?:,\d{3})*|\d+|[A-Z][a-z]+\.?\s\d{1,2},\s(?:19|20)\d\d\s(?:at\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?UTC)?)\s?:\s+([A-Za-z][^:,;]{2,120}?)((?:[,;]\s[^:]*)?)$/;

/** A label that names what was counted ("invitations issued today", "provincial nominees invited on Monday"): its figure reads before it, as prose. */
const COUNTED_LABEL = /^(?:invitations|ITAs?|invites|candidates|(?:[a-z-]+\s){0,3}(?:candidates|nominees|workers|speakers))\b/i;

/** A chat export's "[10/07/2026, 6:05 PM] Hiren Patel: " before each message: when and who sent it. */
const CHAT_PREFIX = /^\[(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d),?\s\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AaPp]\.?\s?[Mm]\.?)?\]\s[^:\n]{1,40}:\s/;
/** The day of a message stamped as chat-export.ts writes it ("[2024-08-26, 21:52] "). */
const SENT_ON = /^\[(\d{4}-\d\d-\d\d),\s/;
/** A leading "date 2025-11-29" or "Published: 2025-11-29" glued to the first paragraph. */
const LEADING_STAMP = /^(?:date|posted|published|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\b\s*/i;

/** "ImmigrateExpress & PNP DrawCanada Express Entry Draw: …": menu items glued together (a breadcrumb), not a headline or a sentence. */
/** "Home | Express Entry | Provincial Nominee Programs | Quebec | Study": a site's menu, its sections no program of a round. */
const NAV_BAR = /^(?:(?:Breadcrumbs?(?: navigation)?|You are here)\s?:\s?)?(?:Home|Accueil|Inicio|In[íi]cio|Startseite)\s?[|\u00b7\u2022>\u203a/]\s?[^\d|/]+(?:[|\u00b7\u2022>\u203a/][^\d|/]+)+$/;
/** "Knowledge Hub > Canada > Express Entry": a breadcrumb of three or more short sections, from another start than "Home". */
const CRUMBS = /^[A-Z][\w&' -]{1,25}(?:\s[>\u203a\u00bb]\s[A-Z][\w&' -]{1,25}){2,}$/;
/** "CJRV 101.9 NEWSTALK — Local. Live. Listening.": a site's name and its slogan of one-word sentences. */
const MASTHEAD = /^(?:[^.!?|]|\d\.\d){2,40}\s[-\u2013\u2014|]\s(?:[A-Z][a-z]+[.!]\s?){2,4}$/;
/** "Watch Live | Local | Canada | Health | Weather | Traffic": a site's sections (not a table's header: no column of a round). */
const SECTIONS_BAR = /^(?:[A-Z][\w&'.-]*(?:\s[A-Z&][\w&'.-]*){0,2}\s?\|\s?){4,}[A-Z][\w&'.-]*(?:\s[A-Z&][\w&'.-]*){0,2}$/;
const COLUMN_WORDS = /\b(?:date|day|round|draw|program(?:me)?|stream|invitations?|ITAs?|CRS|score|cut-?off|category|tie|rank|minimum|number|no\.|type|size)\b/i;
const GLUED_MENU = compiledNow(/^[^.!?]*[a-z]{2}[A-Z][a-z][^.!?]*[a-z]{2}[A-Z][a-z][^.!?]*$/);

/** "Notification Icon", "Menu", "Search the Knowledge Hub...", "Subscribe Today", "Get Free Counseling": a page's controls and calls to action, not its headline. */
const UI_CONTROL =
  /^(?:[\w ]{1,25}\sicon|icon|(?:up|down) arrow|menu|main menu|search|search\s[\w ]{1,30}?(?:\.{3}|\u2026)|close|home|log ?in|sign ?in|sign ?up(?: for free)?|subscribe(?: today| now)?|skip to (?:the )?(?:main )?(?:content|article|menu|navigation|footer|search|accessibility settings)|(?:\u26a1\s?)?amp|exit amp view|toggle navigation|i accept the terms (?:&|and) conditions|get (?:a )?free (?:counsell?ing|consultation|assessment)|expert consultation|don(?:'t|'|t)? know what to do\??)$/i;

/**
 * "Immigration : 8594022222 | 8594033333", "Call us: +1 (416) 555-0100": a contact bar's phone numbers (not "Draw date:
 * 2024-08-14", "Date of draw: 14-08-2024": a day written with dashes).
 */
const PHONE_LINE = /^(?:[A-Za-z][\w &]{0,25}\s?:\s?)?(?!(?:19|20)\d\d-\d\d?-\d\d?$|\d\d?-\d\d?-(?:19|20)\d\d$)(?:\+?\(?\d[\d ()-]{8,}\d)(?:\s?[|/,]\s?\+?\(?\d[\d ()-]{8,}\d)*$/;

/** An e-mail's "Date: Monday, February 2, 2015" among its "From:" and "Subject:" lines: when it was sent, not a draw card's day. */
const EMAIL_DATE = /^\s*(?:date|sent)\s?:/i;
const EMAIL_HEADER = /^\s*(?:from|subject|to|cc|reply-to)\s?:/i;
const emailHeaderNear = (raw: readonly string[], at: number): boolean => [at - 2, at - 1, at + 1, at + 2].some((i) => EMAIL_HEADER.test(raw[i] ?? ''));

/** "We value your privacy. This site uses cookies … [Accept all]": a cookie banner, not the headline. */
const COOKIE_BANNER = /\bcookies?\b.{0,160}\b(?:accept|consent|agree|settings|preferences)\b|\b(?:privacy|consent)\b.{0,120}\bcookies?\b/i;

/** "🟦 PNP", "🟩 CEC [NEW TODAY]", "Draw #143 — PNP only": a card's title, its program's name; the bare day under it is the card's round's, not the page's. */
const CARD_TITLE =
  /^[^\p{L}\d]*(?:(?:draw|round)\s?#\s?\d{1,3}\s*$|(?:draw|round)\s?#?\s?\d{1,3}\s?[-\u2013\u2014:\u00b7|]\s?(?:Canadian Experience|Provincial Nominee|Federal Skilled|No program|Senior managers|Skilled military|Researchers|French[- ]language)|(?:(?:draw|round)\s?#?\s?\d{1,3}\s?[-\u2013\u2014:\u00b7|]\s?)?(?:CEC|PNP|FSWP?|FSTP?|French(?:-language)?|Healthcare|STEM|Trades?|Transport|Agriculture|Education|Physicians|General|All[- ]programs?))\b[^\d]{0,25}$/iu;

const MAX_HEAD_LINES = 4;

/** A line this long is a paragraph of the article, not a call to action or a menu item. */
const ARTICLE_PARAGRAPH = 200;

/** "By Stephanie Ford", "Posted on August 19, 2025": where an article begins. */
const ARTICLE_BYLINE = /^[\s\u2022*\u00b7-]*(?:by\s+[A-Z]|written by\b|posted\b|published\b)/i;

function isHeadlineLike(text: string): boolean {
  return text.length <= 200 && !/[.:;,]$/.test(text);
}

/** How many of the first lines may hold the title written twice. */
const TITLE_REACH = 5;

/** A headline-like line written twice in a row among the first lines: the page's title (null if none). */
function repeatedTitle(raw: readonly string[]): string | null {
  const first: string[] = [];
  for (const l of raw) {
    if (l.trim() !== '') first.push(l);
    if (first.length === TITLE_REACH) break;
  }
  for (let i = 0; i + 1 < first.length; i++) {
    const line = first[i] ?? '';
    if (line === first[i + 1] && isHeadlineLike(line)) return line;
  }
  return null;
}

/** "Round #385 · Dec 11, 2025", "Draw #278 · December 21, 2023", "No. 331 · 2025-01-07": a draw card's line with its round's number and day, not a dateline. */
const ROUND_NUMBER_LINE = /^\W*(?:(?:draw|round|ronde|tirage|ronda|rodada)\s?(?:#|no\.\s?|number\s)|no\.\s?(?=\d{2,3}\s\u00b7\s))\s?\d{1,3}\b/i;

/** Splits cleaned text into lines, marks the headline block, page furniture and trailing related links. */
export function classifyLines(text: string): ArticleLine[] {
  const out: ArticleLine[] = [];
  let inHead = true;
  let messages = 0;
  let headCount = 0;
  let related = false;
  // A "Latest articles" heading among the calls to action above the article: its byline ends the links.
  let relatedAtTop = false;
  /** How many lines were read when a related heading came inside the story. */
  let relatedSince = 0;
  let linksBar = false;
  let comments = false;
  const raw = linesOneByte(text);
  const title = repeatedTitle(raw);
  let tieBreaks: boolean | string = false;
  for (let index = 0; index < raw.length; index++) {
    let line = raw[index] ?? '';
    if (!line) continue;
    ({ line, inList: tieBreaks } = tieBreakListLine(line, tieBreaks));
    const stamp = out.length < 3 ? (LEADING_STAMP.exec(line)?.[0] ?? null) : null;
    if (stamp) line = line.slice(stamp.length);
    // A chat export's "[10/07/2026, 6:05 PM] Hiren Patel: …": when and who sent the message, not the day of what it tells.
    const message = line.startsWith('[') && CHAT_PREFIX.test(line);
    const sent = message ? SENT_ON.exec(line)?.[1] : undefined;
    if (message) {
      line = line.replace(CHAT_PREFIX, '');
      messages++;
    }
    if (!line) continue;
    const numberFirst = NUMBER_FIRST.exec(line);
    if (numberFirst)
      line =
        COUNTED_LABEL.test(numberFirst[2] ?? '') && /^\d/.test(numberFirst[1] ?? '')
          ? `${numberFirst[1] ?? ''} ${numberFirst[2] ?? ''}${numberFirst[3] ?? ''}`
          : `${numberFirst[2] ?? ''}: ${numberFirst[1] ?? ''}${numberFirst[3] ?? ''}`;
    const meta =
      (EDITORS_NOTE.test(line) && !FIGURE_NOT_YEAR.test(line) && out.every((l) => l.meta)) ||
      (line.length <= 160 &&
        !ROUND_NUMBER_LINE.test(line) &&
        ((META_LINE.test(line) && !DRAW_CATEGORY_LINE.test(line) && !(PICTURED_FACTS.test(line) && DRAW_WORDS.test(line))) ||
          GLUED_MENU.test(line) ||
          NAV_BAR.test(line) ||
          CRUMBS.test(line) ||
          MASTHEAD.test(line) ||
          (line.includes('|') && SECTIONS_BAR.test(line) && !COLUMN_WORDS.test(line)) ||
          UI_CONTROL.test(line) ||
          (line.includes('|') && line.split('|').every((item) => UI_CONTROL.test(item.trim()))) ||
          COOKIE_BANNER.test(line) ||
          (EMAIL_DATE.test(line) && emailHeaderNear(raw, index)) ||
          PHONE_LINE.test(line) ||
          (BARE_DATE_LINE.test(
            line.replace(GLOSSED_AWAY_HEAD, '').replace(OTHER_SCRIPT_TAIL, '').replace(SEPARATOR_TAIL, '').replace(EMPTY_PARENS, '').replace(SECOND_CALENDAR, '').replace(UPDATE_LABEL, ''),
          ) &&
            !CARD_TITLE.test(out[out.length - 1]?.text ?? '')) ||
          ISSUE_LINE.test(line) ||
          FORUM_POST_STAMP.test(line) ||
          TIMELINE_LINE.test(line) ||
          QUOTE_STAMP.test(line) ||
          DATE_THEN_META.test(line) ||
          (DATE_THEN_LABELLED_NAME.test(line) && !DRAW_WORDS.test(line)) ||
          TAG_THEN_DATE_LINE.test(line) ||
          DIGEST_DATE_LINE.test(line) ||
          DATE_THEN_TAG_LINE.test(line) ||
          (DATE_THEN_PARTS_LINE.test(line) && !DRAW_WORDS.test(line)) ||
          ((NAME_DASH_DATE_LINE.test(line) || DATE_DASH_NAME_LINE.test(line)) && !DRAW_WORDS.test(line)) ||
          (PARTS_THEN_DATE_LINE.test(line) && !DRAW_WORDS.test(bylineParts(line).replace(LONE_SECTION, '|')) && !CARD_TITLE.test(out[out.length - 1]?.text ?? '')) ||
          (DATE_THEN_NOTE_LINE.test(line) && !DRAW_WORDS.test(line)) ||
          DATE_THEN_BYLINE.test(line) ||
          (line.length <= 120 && DATED_BYLINE.test(line) && !TIE_BREAK_LABEL.test(line)) ||
          (line.length <= 120 && READ_TIME.test(line)) ||
          (line.length <= 120 && VIEWS.test(line)) ||
          (DOTTED_PARTS_THEN_DATE.test(line) && !DRAW_WORDS.test(line)) ||
          (SOURCE_AND_AGE.test(line) && SNIPPET.test(raw[index + 1] ?? '')) ||
          PHOTO_CAPTION.test(line)));
    if (!comments && line.length <= 60 && COMMENTS_HEADING.test(line) && out.some((l) => l.zone === 'body' && !l.meta)) {
      comments = true;
      continue;
    }
    if (!related && line.length <= 80 && RELATED_HEADING.test(line)) {
      // A "Latest posts" bar above the article holds one line of links; below the article, all the rest.
      if (out.some((l) => l.zone === 'body' && !l.meta)) {
        related = true;
        relatedAtTop = !out.some((l) => l.zone === 'body' && !l.meta && l.text.length >= ARTICLE_PARAGRAPH);
        relatedSince = out.length;
      } else linksBar = true;
      continue;
    }
    // "Read More" / one teaser's headline / the story going on in long paragraphs: the heading held one link, not the page's end.
    if (related && !relatedAtTop && out.length - relatedSince <= 2 && line.length >= ARTICLE_PARAGRAPH && !meta && /[.!?]["”']?$/.test(line)) related = false;
    if (related && relatedAtTop && meta && ARTICLE_BYLINE.test(line)) related = relatedAtTop = false;
    let zone: Zone = comments || related || linksBar || RELATED_INLINE.test(line) ? 'related' : 'body';
    linksBar = false;
    // The page's title written twice under a tagline ("Get the latest … news, instantly." / "4 Canadian states release PNP draw
    // results" twice): the headline, though the tagline ended the head.
    if (!inHead && !related && line === title && headCount < MAX_HEAD_LINES) {
      headCount++;
      zone = 'head';
    }
    // "RELATED: Express Entry PNP draw invites 730 candidates" under the headline is a link, not more of the headline.
    // A chat's messages after its first are its body: the head is the chat's name and its first message at most.
    if (inHead && !related && zone !== 'related') {
      if (!(message && messages > 1) && (meta || (isHeadlineLike(line) && headCount < MAX_HEAD_LINES))) {
        if (!meta) headCount++;
        zone = meta ? 'body' : 'head';
      } else {
        inHead = false;
      }
    }
    // A short answer under a short question reads as one labelled line: "How many invitations were issued: 3,000."
    const prev = out[out.length - 1];
    if (
      prev &&
      !meta &&
      prev.text.endsWith('?') &&
      prev.text.length <= 120 &&
      (line.length <= 80 || (line.length <= 160 && FIGURE_FIRST_ANSWER.test(line))) &&
      !line.endsWith('?') &&
      prev.index === index - 1
    ) {
      out[out.length - 1] = { ...prev, text: `${prev.text.slice(0, -1)}: ${line}` };
      continue;
    }
    // An e-mail's "Date: Tue, 17 Mar 2026 19:22" among its headers: its message's "today" is that day, as a chat message's.
    const mailed = meta && !sent && EMAIL_DATE.test(line) && emailHeaderNear(raw, index) ? line : undefined;
    out.push({ index, text: line, zone, meta, stamp, ...(sent ? { sent } : mailed ? { sent: mailed } : {}) });
  }
  return listedBelowFirst(out);
}

/** A longer answer that gives its figure first, then explains it: "886 — in practice, only candidates with a nomination were invited." */
const FIGURE_FIRST_ANSWER = /^\d[\d,.]*\s?[-\u2013\u2014,;]\s/;

/** How many stories, each a headline over its date line, make a page of headlines. */
const LISTED_STORIES = 3;
const WRITTEN_DATE = /\b[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8},?\s(?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b/;

/** A headline-like line with its written date on the line below, at `i`. */
function storyAt(lines: readonly ArticleLine[], i: number): boolean {
  const head = lines[i];
  const date = lines[i + 1];
  return !!head && !!date && !head.meta && isHeadlineLike(head.text) && date.meta && WRITTEN_DATE.test(date.text) && !POSTER_STAMP.test(date.text);
}

/** A thread's post stamp, a user's handle before the day ("rana_ee • Jul 8, 2025 12:47 PM"): the posts are the thread, no list of links. */
const POSTER_STAMP = /^@?(?:[a-z][\w.-]{1,29}|[\w.-]*[_\d][\w.-]*)\s[\u2022\u00b7\u00bb]\s/;

/**
 * A page of headlines ("Canada holds third Express Entry draw of the week" / "July 8, 2024" / "Express Entry: IRCC invites
 * 3,750 healthcare workers, cut-off 445" / "July 5, 2024" / …): where three stories or more follow one another, each a
 * headline over its date line, every story after the first is a link to another page. They are read as related stories;
 * the first stays what it was (the page's news when it tells one, or an article's own title and date).
 */
function listedBelowFirst(lines: ArticleLine[]): ArticleLine[] {
  for (let i = 0; i < lines.length; i++) {
    let end = i;
    while (storyAt(lines, end)) end += 2;
    if ((end - i) / 2 < LISTED_STORIES) continue;
    for (let j = i + 2; j < end; j++) {
      const l = lines[j];
      if (l) lines[j] = { ...l, zone: 'related' };
    }
    i = end - 1;
  }
  return lines;
}
