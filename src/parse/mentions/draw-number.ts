import { isDayRef, type NumberMention } from '../types.ts';
import { findDates } from './date-mentions.ts';
import { MONTHS } from './masks.ts';
import { compiledNow, matchesOf } from '../text/matches.ts';
import { firstYearOrdinals } from './first-year-ordinals.ts';

/**
 * IRCC's round number: "Round #437", "draw #326", "round number 293", "The round number was 430", "Express Entry round 402",
 * "the Express Entry No. 276 cycle", "Under the Express Entry system, Number 397 held on …", "The round of invitations, number 269,",
 * "the 326th Express Entry draw", "(#141)" after "round", "Tirage Entrée Express n° 131". Ordinals that count draws within a
 * year ("the fourth draw of the year", "13th CEC-specific draw of 2025") are not round numbers.
 */

const LABELLED = compiledNow(
  /\b(?:(?:draw|round(?:\sof\sinvitations)?|tirage|ronde(?:\sd['’]invitations)?)s?(?:\s(?:was|is|porte|portait)(?:\sle)?|\s(?:g[ée]n[ée]ral|sanitaire|francophone|cibl[ée]|f[ée]d[ée]ral)(?=\s(?:n°|n\.?\s?º|no\.)))?|express entry(?: system)?|entr[ée]e express)(?:,|\s?:|\s?[\u2013\u2014]|\s-)?\s{0,2}\(?\s?(?:#|no\.?|n°|n\.?\s?º|number(?:\s(?:was|is))?|numéro|n[úu]mero|n[úu]m\.?|num\.?|was numbered|numbered)\s{0,2}(\d{1,3}[ab]?)\b(?![\d,.:]\d)/gi,
);
/** "la ronda n.º 77", "Ronda general n.º 283", "Rodada nº 272" (both "No." after clean-text), "sorteo número 240", "A rodada, de número 252,", "Foi a rodada de número 128." (not "la ronda no 500 …": Spanish "no", Portuguese "no" are words). */
const LABELLED_IBERIAN =
  /\b(?:ronda(?:\sde\sinvitaciones)?|rodada(?:\sde\sconvites)?|sorteo|sorteio)s?(?:\s(?:general|geral|sanitaria|federal)(?=\s(?:#|no\.|n[úu]mero)))?(?:\s?:|\s?[\u2013\u2014]|\s-|,?\s(?:de|del|com\so)\s)?\s{0,2}\(?\s?(?:#|no\.|n[úu]mero|n[úu]m\.)\s{0,2}(\d{1,3}[ab]?)\b(?![\d,.:]\d)/gi;
/**
 * "Round: 408" (or "Round no. – 210") as a label, the number alone after it, or before the next label ("Draw Number: 221 Date of
 * Draw: April 27, 2022").
 * Not "(previous CEC draw: 522)": a value of the draw before.
 */
const COLON =
  /\b(?<!\b(?:previous|last|prior|preceding|earlier)\s(?:[\w-]+\s){0,2})(?:draw|round|ronde|ronda|rodada|sorteo|sorteio|num[ée]ro d[ue] (?:la )?(?:tirage|ronde)|n[úu]mero d[aeo] (?:la )?(?:ronda|rodada|sorteo|sorteio))(?: number| no\.?| #)?(?:\s?[:|]|\s[\u2013\u2014-])\s?(\d{1,3}[ab]?)(?![\d,.]\d)\s*(?=$|[,.;)|]|[A-Z][a-z]+(?: [A-Za-z]+){0,3}\s?:|\((?=(?:no program specified|all programs|general|CEC|PNP|FSW|FST|STEM|French[\w -]*|healthcare[\w -]*|trades?[\w -]*|transport[\w -]*|agriculture[\w -]*|education[\w -]*|Canadian Experience Class|Provincial Nominee Program|Federal Skilled (?:Worker|Trades) Program)\)))/gi;
/** A draw card's line "Número: 337", "Number | 77", "► Numéro : 318": the line is the label and the number alone. */
const KEY_LINE = /^\s*(?:[^\p{L}\p{N}\s]{1,3}\s*)?(?:n[úu]mero|number|num[ée]ro)\s?[:|]\s?(\d{1,3})\s*$/giu;
/** A round's figures told before a number in brackets. */
const FIGURES_BEFORE = /\b(?:invited|invitations|ITAs?|CRS)\b/i;
/** A round's card or list item headed by its number (an answer after its question too): "No. 311 — PNP: 1,121 invitations, minimum score 694." (a program or label next), "No. 331 · 2025-01-07" (its day next). */
const NUMBER_HEADING = /(?:^\s*|(?<=[?:]\s))[Nn]o\.\s?(\d{2,3})\s?(?:[-\u2013\u2014]\s?(?=[A-Z])|\u00b7\s?(?=(?:19|20)\d\d-\d\d-\d\d\b|\d{1,2}\s[A-Z][a-z]{2}))/g;
/** "#396", and a number in brackets after "No." ("ronde générale (n° 272)", cleaned to "(no. 272)") or "number" ("Friday, Feb. 20 — (number 398)"). */
const HASH = compiledNow(/(?:#|(?<=\(\s?)(?:no\.|number(?=\s\d{1,3}\s?\))))\s?(\d{1,3}[ab]?)\b(?![\d,.:]\d)/gi);
/**
 * Not "draw 2 of the year", "the draw 11 days later": a count, a period; nor "draw 23 November 2026", "draw 23/11/2026": a day; nor
 * "draws 3-5" (but "Draw 435 — 17 Aug 2026 — …", its dash cleaned to a hyphen, is round 435 and its day; so are "Round 384 – 10.12.2025"
 * and "Round 384 - 2025-12-10").
 */
const BARE = new RegExp(
  // Also "round of invitations 402", "la ronde d'invitations 402", "la ronde 397", "held round 233 and invited 4,250" (not "rounds 2 and 3").
  String.raw`\b(?:draw|round|rnd|tirage|ronde)(?:\sof\sinvitations|\sd['’]invitations)?\s(\d{1,3}[ab]?)\b(?![\d,.:/]\d|\s*(?:%|percent|invitations|ITAs?|(?:express entry\s)?candidates|candidats|points|CRS|of\b(?!\s(?:the\s)?(?:express entry|system)\b)|to\b|and\b(?!\s(?:invited|issued|sent|extended|saw|had|required|needed|set)\b)|or\b|de\b|du\b|et\b|(?:days?|weeks?|months?|years?|hours?|jours?|semaines?|mois|ans?)\b|-\s?\d(?!\d?\s(?:${MONTHS})\b|\d?[./]\d{1,2}[./](?:19|20)\d\d\b|\d{3}-\d\d-\d\d\b)|(?:${MONTHS})\b))`,
  'gi',
);
/**
 * "The November 23rd draw": a day of the month, not a round number; nor "the 25th draw in 2017" (but "63rd … since 2015 and 13th for
 * 2017" is round 63). A machine translation's "the 41st time draw" ("第41次抽签") is round 41.
 */
const ORDINAL = compiledNow(
  new RegExp(
    String.raw`\b(?<!\b(?:${MONTHS})\.?\s|\b(?:20\d\d|year|month|week)['\u2019]s\s)(\d{1,3})(?:st|nd|rd|th)\s+(?:(?:express entry|EE|time)\s+)?(?:draw|round)(?:\s+of\s+invitations)?\b(?!\s+(?:since)\s+(?:the\s+)?(?:year|month|week|20(?!1[45])\d\d)|(?:(?!\band\s\d{1,3}(?:st|nd|rd|th)\b)[^.;]){0,60}?\b(?:of|in|for|this|during)\s+(?:the\s+)?(?:year|month|week|20\d\d)\b)`,
    'gi',
  ),
);
/**
 * "During this 267th round, the cut-off reached an all-time low for 2023": no year has had 100 rounds, so a count that high is the
 * round number whatever follows ("the 378th Express Entry lottery" too, a machine translation's word for a draw).
 */
const HIGH_ORDINAL = /\b(\d{3})(?:st|nd|rd|th)\s+(?:express entry\s+)?(?:draw|round|lottery)\b(?!s)/gi;
const MIN_HIGH_ORDINAL = 100;
/** "The draw was the 330th.", "This round marks the 268th overall": the same high count, after the draw it names. */
const DRAW_WAS_HIGH_ORDINAL = /\b(?:draw|round)\s(?:was|is|marks|marked|became)\s(?:the\s)?(\d{3})(?:st|nd|rd|th)(?=\s?[.,;)]|\s?$|\s(?:overall|since|in total|express entry|draw|round)\b)/gi;
/**
 * "its 221st PNP draw": no program has had more than 111 rounds of its own (the nominees', by August 2026 in IRCC's
 * record, at about 25 a year), so a count from 200 up with a program's name is the round number for years to come.
 */
const PROGRAM_ORDINAL = compiledNow(
  /\b(\d{3})(?:st|nd|rd|th)\s+(?:PNP|CEC|FSW|FST|provincial nominee|category-based|French(?:-language)?|healthcare|STEM|trades?|transport|agriculture|education)(?:[- ]only)?\s+(?:express entry\s+)?(?:draw|round)\b(?!s)/gi,
);
const MIN_PROGRAM_ORDINAL = 200;
/** "the 33rd round of 2024 and the 311th overall", "IRCC's 128th invitation round overall": the count over all draws is the round number. */
const OVERALL =
  /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:(?:express entry\s+|invitation\s+)?(?:draw|round)s?\s+)?(?:(?:of\s+)?overall|in total|since (?:express entry|the (?:immigration selection |selection )?system|its (?:launch|introduction)|(?:its |the )?inception)|since it (?:was )?(?:launched|introduced))\b/gi;
/** "The draw, the 48th, was held", "another round on Tuesday, the 204th,", "Cette ronde, la 397e, …": the number set off by commas. */
const APPOSITION = compiledNow(
  /\b(?:draw|round)\b(?:\s(?:on|of)\s[^,.;]{1,25})?,\s(?:the\s)?(\d{1,3})(?:st|nd|rd|th)(?=,|\s(?:overall|since|in total|(?:under|of|in)\s(?:the\s)?express entry)\b)|\b(?:tirage|ronde|draw|round),\s(?:la|le)\s(\d{1,3})(?:e|ème|eme)(?=,|\s(?:du système|depuis|au total)\b)/gi,
);
/** French: "son 380e tirage du système Entrée express" (not "le 2e tirage de l'année"). */
const FRENCH_ORDINAL = compiledNow(/\b(\d{1,3})(?:e|ème|eme)\s+(?:tirage|ronde)\b(?![^.;]{0,40}?\b(?:de l'année|de l’année|cette année|en 20\d\d|du mois|de la semaine)\b)/gi);
/** Spanish and Portuguese: "É a 56ª rodada desde a criação do sistema", "la 240.ª ronda" ("56a", "240.a" once clean-text.ts has made them plain) (not "la 5.ª ronda del año", "a 12ª rodada de 2024"). */
const IBERIAN_ORDINAL = compiledNow(
  /\b(\d{1,3})\.?[ºª°ao]\s+(?:ronda|rodada|sorteo|sorteio)\b(?!(?:\s+de\s+(?:convites|invitaciones))?(?:\s+(?:de|del|do|em|en)\s+20\d\d|\s+(?:del año|do ano|este año|deste ano|neste ano|del mes|do mês|de la semana|da semana)\b))/gi,
);
/** "Os números da rodada 140", "Martes 27 de junio - Ronda 251", "a rodada 236 do Express Entry": a round and its number. */
const IBERIAN_BARE = /\b(?:ronda|rodada|sorteo|sorteio)\s(\d{2,3})\b(?![\d,.:/]\d|\s*(?:%|invitaciones|convites|candidatos|puntos|pontos|d[íi]as?|semanas?|meses|anos?|años?|horas?)\b)/gi;
/** French overall count: "la 18e série d'invitations en 2023 et la 254e au total", "le 165e depuis 2015" (Express Entry's first year; not "la 25e ronde au total en 2016"). */
const FRENCH_OVERALL = compiledNow(
  /\b(\d{1,3})(?:e|ème|eme)\s+(?:(?:tirage|ronde|série d['’]invitations)\s+)?(?:au total|depuis (?:le lancement|la création|l['’]introduction|sa création|son lancement|2015|janvier 2015))\b(?!\s+(?:en 20\d\d|de l['’]année|cette année|pour 20\d\d)\b)/gi,
);
/**
 * "Draw #1 of December 2025", "round #3 this year": a small count within a period, not a round number (a round
 * number told with its month, "draw #326 of December 2024", is one: no period has had 20 rounds).
 */
const WITHIN_A_PERIOD = new RegExp(String.raw`^\s+(?:(?:of|in|for)\s+(?:the\s+)?(?:year|month|week|(?:${MONTHS})\.?(?:\s+\d{4})?|20\d\d)|this\s+(?:year|month|week))\b`, 'i');
const MAX_COUNT_IN_A_PERIOD = 20;

function countInAPeriod(sentence: string, end: number, value: string): boolean {
  return Number.parseInt(value, 10) < MAX_COUNT_IN_A_PERIOD && WITHIN_A_PERIOD.test(sentence.slice(end, end + 40));
}

const HASH_CONTEXT = /\b(?:draw|round|express\s?entry|ee|tirage|ronde|ministerial instructions?)\b[^.;]{0,24}$/i;
/** "Provincial Nominee Program (#363)", "Healthcare occupations (#252)", "All programs (#272)", "Agriculture & agri-food (#278)", a card row's "● MON 28 APR   PNP   #343": the number in brackets after a round's program, or after its name in capitals. */
const HASH_AFTER_PROGRAM =
  /\b(?:program(?:me)?s?|class|occupations|proficiency|nominees?|trades|category|PNP|CEC|FSW|FST|STEM|candidates|invitations|ITAs|general|all-programs?|agri-food|agriculture|transport(?:ation)?|healthcare|french|education|physicians|managers|researchers|military)\s?\(\s?$/i;
const HASH_AFTER_CAPS = /\b(?:PNP|CEC|FSW|FST|STEM|GENERAL|EDUCATION|HEALTHCARE|SERVICES|TRADES|TRANSPORT|AGRICULTURE|FRENCH|PHYSICIANS|MILITARY|MANAGERS|RESEARCHERS)\s$/;
/**
 * "Monday, December 8 (#383): Provincial Nominee Program", "Sept. 2, 2025 (#363)": the number in brackets after a round's day;
 * a row's "Mon Oct 21 | #319 | Provincial Nominee Program" or "Mon 15 Sep | #366 | …" (cells cleaned to commas), "French-language proficiency, Wednesday
 * July 12: #258, 3,800 ITAs" (after a colon), a number past any period's count.
 */
const HASH_AFTER_DAY = new RegExp(String.raw`\b(?:(?:${MONTHS})\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s(?:${MONTHS})\.?)(?:,?\s(?:19|20)\d\d)?\s?(?:(\()|[,|:])\s?$`, 'i');
/** "Wed Feb 1 — #239 — Provincial Nominee Program": a day, the number and the program between dashes. */
const HASH_BETWEEN_DASHES = new RegExp(String.raw`\b(?:${MONTHS})\.?\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s(?:19|20)\d\d)?\s-\s?$`, 'i');
/**
 * "#332 Wednesday CEC 1,350 invitations", "#176 – February 13, 2021", "#253 - Tue July 4 - …", "#100 · 24 Sep 2018 · Federal Skilled Trades", "1) #386 - 2025.12.15 / …": a list's
 * line that opens with the round's number, then its day or program.
 */
const HASH_LINE_START = /^\s*(?:>\s*)?(?:[\u2502\u2503\u250c\u2514\u251c\u250f\u2517\u2523]\s*)?(?:[-•*]\s*|\d[.)]\s+)?$/;
const DAY_OR_PROGRAM_AFTER = new RegExp(
  String.raw`^\s*(?:[-\u2013\u2014:|,\u00b7/]\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tue|wed|thu|fri|sat|sun)\.?\s+(?:${MONTHS}\b|(?:19|20)\d\d-\d\d-\d\d\b)|(?:${MONTHS})\b|\d{1,2}\s(?:${MONTHS})\b|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b|(?:19|20)\d\d-\d\d-\d\d\b|PNP\b|CEC\b|FSW\b|FST\b|STEM\b|French\b|Healthcare\b|Trades?\b|Transport\b|Agriculture\b|Education\b|Provincial\b|Canadian Experience\b|Federal Skilled\b|(?:Skilled\s)?Military\b|Physicians\b|(?:Senior\s)?Managers\b|Researchers\b|All[- ]program|General\b|No program)`,
  'i',
);
const HASH_AFTER = /^\s*(?:draw|round|express entry)\b/i;
/** "#109 is out!! 3,900 ITAs": a round's number, announced. */
const IS_OUT_AFTER = /^\s(?:is|just)\s(?:out|here|live|dropped)\b/i;
/** "And today #405: French proficiency, 4,000 invites": the day's round, its number, then its facts after a colon. */
const TODAY_BEFORE = /\b(?:today|yesterday|tonight)\s$/i;
/** "El #42: 1000 invitaciones y mínimo de 491 puntos", "Healthcare #301 — 3,750 invitations": the number, then the round's count. */
const HASH_THEN_COUNT = /^\s?(?::|\s-)\s?\d[\d,.\s]*\s?(?:ITAs?|invitations?|invitaciones|convites|invites)\b/i;
/** A row's cell separator right before the number. */
const CELL_BEFORE = /\s[/|\u00b7]\s?$/;
/** The same, or the comma clean text leaves of a bar. */
const FIGURES_CELL_BEFORE = /(?:\s[/|\u00b7]|,)\s?$/;

/** A day's line of a list with the round's number in brackets: "- Mardi 2 septembre – candidats des provinces (no 363) : 249 invitations". */
const BRACKETED_NO = /\((?:no\.?|n°|nº)\s?(\d{2,3})\)/gi;

/** A heading that opens with its round's day and ends with the number: "Jeudi 7 décembre - connaissance du français (no. 273)". */
const BRACKET_ENDS = /^\s?\)\s?[.:]?\s*$/;
const opensWithDay = (sentence: string): boolean => findDates(sentence.slice(0, 40), { published: null, lastMonth: null }).some((d) => d.start <= 12 && isDayRef(d.value));

function afterDay(before: string, value: string): boolean {
  const day = HASH_AFTER_DAY.exec(before);
  return day !== null && (day[1] !== undefined || Number.parseInt(value, 10) >= MAX_COUNT_IN_A_PERIOD);
}

function dayHeading(sentence: string, m: RegExpExecArray): boolean {
  return sentence[m.index - 1] === '(' && BRACKET_ENDS.test(sentence.slice(m.index + m[0].length)) && sentence.length <= 120 && opensWithDay(sentence);
}

function push(out: NumberMention[], start: number, end: number, value: string): void {
  if (out.some((o) => start < o.end && o.start < end)) return;
  out.push({ start, end, value: value.toLowerCase() });
}

/** "the 3rd draw in March": a count within a month (a small ordinal is the round number only in 2015, and only of the year). */
const WITHIN_A_MONTH = new RegExp(String.raw`^[^.;]{0,30}?\b(?:in|of|for|during)\s+(?:(?:${MONTHS})\b)`, 'i');

/** A cheap test before findDrawNumbers' patterns: a word every round number is told with. */
const NUMBER_WORD = compiledNow(/draw|round|rnd|lottery|tirage|ronde|ronda|rodada|sorteo|sorteio|#|\(no\b|\(n°|(?:^\s*|[?:]\s)no\.|express entry|au total|depuis|n[úu]mero|number|num[ée]ro/i);

/**
 * The round numbers a sentence writes. `firstYear`: the page is of 2015, Express Entry's first year, when "the 13th Express
 * Entry draw" counted every round there had been: a small ordinal is then the round number too.
 */
export function findDrawNumbers(sentence: string, firstYear = false): NumberMention[] {
  const out: NumberMention[] = [];
  if (!NUMBER_WORD.test(sentence)) return out;
  for (const m of matchesOf(KEY_LINE, sentence)) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  for (const m of matchesOf(NUMBER_HEADING, sentence)) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  for (const m of matchesOf(LABELLED, sentence)) {
    if (!countInAPeriod(sentence, m.index + m[0].length, m[1] ?? '')) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(LABELLED_IBERIAN, sentence)) {
    if (!countInAPeriod(sentence, m.index + m[0].length, m[1] ?? '')) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(COLON, sentence)) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  for (const m of matchesOf(HASH, sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    // "My Express Entry journey, entry #37": a diary's entry, not "Express Entry #37".
    if (/(?<!express\s)\bentry\s?$/i.test(before)) continue;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const opensLine = HASH_LINE_START.test(before) && DAY_OR_PROGRAM_AFTER.test(after) && Number.parseInt(m[1] ?? '', 10) >= MAX_COUNT_IN_A_PERIOD;
    // "June 19, 2024 / CEC / 3000 invitations / min. CRS 522 / #303": the last cell of a day's row, or of a row of the round's
    // figures ("Transport draw today: 300 ITAs | min CRS 470 | #434").
    const lastCell =
      /^\s*$/.test(after) &&
      Number.parseInt(m[1] ?? '', 10) >= MAX_COUNT_IN_A_PERIOD &&
      ((CELL_BEFORE.test(before) && opensWithDay(sentence)) || (FIGURES_CELL_BEFORE.test(before) && FIGURES_BEFORE.test(before) && /\b(?:draw|round)\b/i.test(before)));
    // "Monday - PNP: 264 invited, CRS ≥ 710 (#399)": a round's figures, its number in brackets at the end.
    const closingBrackets = /\(\s?$/.test(before) && /^\s?\)[\s.;]*$/.test(after) && FIGURES_BEFORE.test(before) && Number.parseInt(m[1] ?? '', 10) >= MAX_COUNT_IN_A_PERIOD;
    if (
      (HASH_CONTEXT.test(before) ||
        HASH_AFTER.test(after) ||
        (HASH_BETWEEN_DASHES.test(before) && /^\s-/.test(after) && DAY_OR_PROGRAM_AFTER.test(after)) ||
        (HASH_THEN_COUNT.test(after) && Number.parseInt(m[1] ?? '', 10) >= MAX_COUNT_IN_A_PERIOD) ||
        (IS_OUT_AFTER.test(after) && Number.parseInt(m[1] ?? '', 10) >= MAX_COUNT_IN_A_PERIOD) ||
        (TODAY_BEFORE.test(before) && /^\s?:/.test(after) && Number.parseInt(m[1] ?? '', 10) >= MAX_COUNT_IN_A_PERIOD) ||
        HASH_AFTER_PROGRAM.test(before) ||
        HASH_AFTER_CAPS.test(before) ||
        afterDay(before, m[1] ?? '') ||
        opensLine ||
        lastCell ||
        closingBrackets ||
        dayHeading(sentence, m)) &&
      !countInAPeriod(sentence, m.index + m[0].length, m[1] ?? '')
    )
      push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(BRACKETED_NO, sentence)) {
    if (Number(m[1]) >= MAX_COUNT_IN_A_PERIOD && opensWithDay(sentence.replace(/^[\s\-\u2013\u2014•*]+/, ''))) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(BARE, sentence)) {
    // A French "tirage 4 mars", "Tirage 1 :", "un tirage 2 fois plus…", and "round 2 of …": small numbers there count or date.
    const small = Number.parseInt(m[1] ?? '', 10) < 20;
    if (small && (/^(?:tirage|ronde)/i.test(m[0]) || /^\s+of\b/i.test(sentence.slice(m.index + m[0].length)) || /\bof invitations\b/i.test(m[0]))) continue;
    if (/^\s*(?:fois|heures?|hours?|times|jours?|days?|weeks?|months?|hafte|hafton|din|mahine)\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    if (
      /^(?:tirage|ronde)/i.test(m[0]) &&
      /^\s*(?::|fois|heures?|jours?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/i.test(sentence.slice(m.index + m[0].length))
    )
      continue;
    push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(OVERALL, sentence)) {
    if (Number(m[1]) >= 20 || firstYear) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(FRENCH_ORDINAL, sentence)) {
    if (Number(m[1]) >= 20) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(FRENCH_OVERALL, sentence)) {
    if (Number(m[1]) >= 20) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(IBERIAN_ORDINAL, sentence)) {
    if (Number(m[1]) >= 20) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(IBERIAN_BARE, sentence)) {
    if (Number(m[1]) >= 20) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(APPOSITION, sentence)) {
    const n = m[1] ?? m[2] ?? '';
    // Not "another round on Thursday, the 21st,": a day of the month.
    const dayOfMonth = Number(n) <= 31 && /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(m[0]);
    // In 2015 a small count is the round number too ("Ce tirage, le 22e depuis janvier", "the draw, the 9th since Express Entry began").
    if ((Number(n) >= 20 || firstYear) && !dayOfMonth) push(out, m.index, m.index + m[0].length, n);
  }
  for (const m of matchesOf(ORDINAL, sentence)) {
    const small = Number(m[1]) < 20;
    if (!small || (firstYear && !WITHIN_A_MONTH.test(sentence.slice(m.index + m[0].length)))) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const re of [HIGH_ORDINAL, DRAW_WAS_HIGH_ORDINAL]) {
    for (const m of matchesOf(re, sentence)) if (Number(m[1]) >= MIN_HIGH_ORDINAL) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  for (const m of matchesOf(PROGRAM_ORDINAL, sentence)) {
    if (Number(m[1]) >= MIN_PROGRAM_ORDINAL) push(out, m.index, m.index + m[0].length, m[1] ?? '');
  }
  if (firstYear) for (const m of firstYearOrdinals(sentence)) push(out, m.start, m.end, m.value);
  return out.sort((a, b) => a.start - b.start);
}

/** "its 147th and 148th Express Entry draws" (counts over all rounds: from 20 up, and not of a year), "draws #147 and #148". */
const ORDINAL_ROUNDS = new RegExp(
  String.raw`\b(\d{2,3})(?:st|nd|rd|th)((?:,\s\d{2,3}(?:st|nd|rd|th))*,?\s(?:and|&)\s\d{2,3}(?:st|nd|rd|th))\s(?:express entry\s)?(?:draws|rounds)\b(?!\s(?:of\s(?:the\s)?(?:year|month|week|20\d\d)|this\s(?:year|month|week)|in\s20\d\d))`,
  'gi',
);
const NUMBERED_ROUNDS =
  /\b(?:draws|rounds|rondes|tirages|rondas|rodadas)\s(?:#\s?|nos?\.?\s|n°\s?)?(\d{1,3})((?:,\s(?:#\s?|no\.?\s|n°\s?)?\d{1,3})*,?\s(?:and|&|et|y|e)\s(?:#\s?|no\.?\s|n°\s?)?\d{1,3})\b/gi;
const MIN_ORDINAL_ROUND = 20;

/** The round numbers a list writes, in order ("its 147th and 148th Express Entry draws", "draws #147 and #148", "rounds No. 63 and No. 64", "les rondes no 75 et no 76"); none for no list. */
export function findListedDrawNumbers(sentence: string): string[] {
  for (const m of matchesOf(ORDINAL_ROUNDS, sentence)) {
    const all = [m[1] ?? '', ...((m[2] ?? '').match(/\d{2,3}/g) ?? [])];
    if (all.every((n) => Number(n) >= MIN_ORDINAL_ROUND)) return all;
  }
  for (const m of matchesOf(NUMBERED_ROUNDS, sentence)) return [m[1] ?? '', ...((m[2] ?? '').match(/\d{1,3}/g) ?? [])];
  return [];
}
