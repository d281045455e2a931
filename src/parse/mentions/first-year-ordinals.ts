import type { NumberMention } from '../types.ts';
import { matchesOf } from '../text/matches.ts';

/**
 * Round numbers written as words on a page of 2015, Express Entry's first year, when "the sixth round of invitations",
 * "round five", "la cinquième ronde", "la ronda 13" counted every round there had been (IRCC's record: rounds 1–23
 * in 2015). Only a definite ordinal ("the", "its", a headline's "in sixth draw"), never "a second round" (another one);
 * not a count within a period ("the second draw this month"), nor a first of a kind ("the first draw to go below 500",
 * "the first round where …"), nor the round compared with ("unlike the first round"). Spanish and Portuguese ordinal
 * words ("la quinta ronda") are not read: tried, they cost a test set a wrong day (docs/parser.md "Session 41").
 */

const ENGLISH = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const CARDINAL = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const FRENCH = ['premi[eè]re?', 'deuxi[eè]me', 'troisi[eè]me', 'quatri[eè]me', 'cinqui[eè]me', 'sixi[eè]me', 'septi[eè]me', 'huiti[eè]me', 'neuvi[eè]me', 'dixi[eè]me', 'onzi[eè]me', 'douzi[eè]me'];

/** Not a count within a period, nor a first of a kind, after the round (but "the fifth round of its new Express Entry system" is round 5). */
const NOT_AFTER =
  /^(?:\s+(?:of|in|for|this|during|to|where|in which|that|with|without|after|before)\b(?!\s+(?:its|the)\s+(?:new\s+)?(?:express entry\s+)?(?:system|program)\b)|\s+since\b(?!\s+(?:the\s+)?(?:system|express entry|its|it)\b)|\s+(?:de|del|do|da|du|en|em|dans|desde|depuis|neste|nesta|deste|desta|este|esta|cette|ce)(?:\s+[\p{L}'’]+){0,3}?\s+(?:l['’])?(?:años?|anos?|mes(?:es)?|mês|semanas?|semaines?|ann[ée]es?|mois|jours|d[íi]as|20\d\d)(?![\p{L}\d])|\s+(?:este año|esta semana|deste ano|desta semana|cette (?:ann[ée]e|semaine)|du mois|que|qui|en (?:la|el) que|em que|na qual|no qual|dans laquelle|où|donde|onde|para|pour|a|à|sin|sem|sans|con|com|avec)(?![\p{L}]))/iu;
/** The round compared with, or another one. */
const NOT_BEFORE = /\b(?:unlike|than|like|from|after|before|since|compared (?:to|with)|as in|a|an|one|un|una|uma|une)\s+$/i;

const english = new RegExp(String.raw`\b(?:the|its|their|CIC['\u2019]s|in)\s+(?:very\s+)?(${ENGLISH.join('|')})(?:-ever)?\s+(?:express entry\s+)?(?:draw|round)(?:\s+of\s+invitations)?\b`, 'gi');
/** "In this round, the tenth since the system was launched in January, …": the ordinal set after the round. */
const englishApposed = new RegExp(String.raw`\b(?:this|the|its)\s+(?:draw|round),\s+the\s+(${ENGLISH.join('|')})(?=\s+since\b)`, 'gi');
const englishAfter = new RegExp(String.raw`\b(?:draw|round)\s+(${CARDINAL.join('|')})\b`, 'gi');
const french = new RegExp(String.raw`\b(?:la|le|sa|son)\s+(${FRENCH.join('|')})\s+(?:ronde|tirage|s[ée]rie)\b(?:\s+d['’]invitations)?`, 'gi');
/** "Lors de cette sixième ronde" (not "ce premier tirage", which the pages' writers do not count as a round's number). */
const frenchThis = new RegExp(String.raw`\b(?:cette|ce)\s+(${FRENCH.slice(1).join('|')})\s+(?:ronde|tirage|s[ée]rie)\b(?:\s+d['’]invitations)?`, 'gi');
/** "la 11e ronde d'invitations", "son 3e tirage": a French ordinal in figures. */
const frenchDigits = /\b(?:la|le|sa|son|cette)\s+(\d{1,2})(?:e|ème|eme)\s+(?:ronde|tirage|s[ée]rie)\b(?:\s+d['’]invitations)?/gi;
/** "la ronda 13", "a rodada 7": a small number after the round, in 2015. */
const iberianBare = /\b(?:la|a)\s+(?:ronda|rodada)\s+(\d{1,2})\b(?![\d,.:/]\d|\s*(?:%|invitaciones|convites|candidatos|puntos|pontos|d[íi]as?|semanas?|meses|anos?|años?|horas?)\b)/gi;

function valueOf(word: string, table: readonly string[]): number {
  const w = word.toLowerCase();
  return table.findIndex((t) => new RegExp(`^(?:${t})$`, 'i').test(w)) + 1;
}

/** A cheap test before the patterns. */
const ANY = /\b(?:draw|round|ronde|tirage|s[ée]rie|ronda|rodada|sorteo|sorteio)\b/i;

export function firstYearOrdinals(sentence: string): NumberMention[] {
  if (!ANY.test(sentence)) return [];
  const out: NumberMention[] = [];
  const take = (m: RegExpExecArray, value: number): void => {
    const end = m.index + m[0].length;
    if (value < 1 || NOT_AFTER.test(sentence.slice(end, end + 40)) || NOT_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index))) return;
    out.push({ start: m.index, end, value: String(value) });
  };
  for (const m of matchesOf(english, sentence)) take(m, valueOf(m[1] ?? '', ENGLISH));
  for (const m of matchesOf(englishApposed, sentence)) take(m, valueOf(m[1] ?? '', ENGLISH));
  for (const m of matchesOf(englishAfter, sentence)) take(m, valueOf(m[1] ?? '', CARDINAL));
  for (const m of matchesOf(french, sentence)) take(m, valueOf(m[1] ?? '', FRENCH));
  for (const m of matchesOf(frenchThis, sentence)) take(m, valueOf(m[1] ?? '', FRENCH));
  for (const m of matchesOf(frenchDigits, sentence)) take(m, Number(m[1]));
  for (const m of matchesOf(iberianBare, sentence)) take(m, Number(m[1]));
  return out;
}
