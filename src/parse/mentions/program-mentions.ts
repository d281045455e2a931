import type { Programs } from '../../config/programs.ts';
import type { ProgramMention } from '../types.ts';
import { compiledNow, matchesOf } from '../text/matches.ts';

/**
 * Where a sentence names a program. The patterns are config/programs.json's `match` lists — the
 * same ones `programs.classify` uses — run with positions. Like `classify`, the earlier program in
 * the file wins where two patterns cover the same words ("Federal Skilled Trades" is fst, not trades).
 */

interface Matcher {
  readonly code: string;
  readonly rank: number;
  readonly pattern: RegExp;
  /** Lower-case letters every match contains, when the pattern is simple enough to tell; a cheap pre-test. */
  readonly hint: string | null;
}

/**
 * The longest run of plain letters every match of a pattern contains ("federal skilled trades?" →
 * "federal", "\\bno specific (?:immigration )?program\\b" → "specific"), or null when there is none to
 * tell (a pattern with alternatives at its top level, or only short runs). Groups, classes, escapes and
 * letters a quantifier may drop are left out, so the hint never rules out a sentence the pattern matches.
 */
export function requiredLetters(source: string): string | null {
  let rest = source.replace(/\\./g, ' ');
  // A group of plain words that must be there keeps the letters they all hold: "(?:educativo|educacional)" → "educa".
  rest = rest.replace(/\(\?:(\p{L}+(?:\|\p{L}+)+)\)(?![?*+{])/gu, (_, words: string) => ` ${commonLetters(words.split('|'))} `);
  // Innermost groups first, with any quantifier after them, then character classes.
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/\([^()]*\)(?:[?*+]|\{[^}]*\})?/g, ' ');
  }
  rest = rest.replace(/\[[^\]]*\](?:[?*+]|\{[^}]*\})?/g, ' ');
  if (/[|()[\]]/.test(rest)) return null;
  let best = '';
  for (const run of rest.replace(/.(?:[?*]|\{0,?\d*\})/gu, ' ').split(/[^\p{L}]+/u)) if (run.length > best.length) best = run;
  return best.length >= 3 ? best.toLowerCase() : null;
}

/** The longest run of letters all the words hold ("educativo", "educacional" → "educa"; "general", "geral" → "era"). */
function commonLetters(words: readonly string[]): string {
  const shortest = words.reduce((a, b) => (b.length < a.length ? b : a));
  for (let length = shortest.length; length > 0; length--)
    for (let at = 0; at + length <= shortest.length; at++) {
      const run = shortest.slice(at, at + length);
      if (words.every((w) => w.includes(run))) return run;
    }
  return '';
}

interface Matchers {
  readonly each: readonly Matcher[];
  /** Finds, at every position of a lower-case sentence, the longest hint starting there (one scan instead of one search per pattern). */
  readonly scan: RegExp | null;
  /** Each hint with the hints that are its prefixes (itself included): where it starts, they start too. */
  readonly prefixes: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<Programs, Matchers>();

function matchersFor(programs: Programs): Matchers {
  const known = cache.get(programs);
  if (known) return known;
  const each: Matcher[] = [];
  programs.all.forEach((p, rank) => {
    // buildPrograms already compiled each pattern with 'iu'; adding 'g' cannot make one invalid.
    for (const source of p.match) each.push({ code: p.code, rank, pattern: new RegExp(source, 'giu'), hint: requiredLetters(source) });
  });
  // Longest first: at a position the scan reports the longest hint there, and its prefixes are there too.
  const hints = [...new Set(each.flatMap((m) => (m.hint === null ? [] : [m.hint])))].sort((a, b) => b.length - a.length);
  const escape = (h: string): string => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const scan = hints.length > 0 ? compiledNow(new RegExp(`(?=(${hints.map(escape).join('|')}))`, 'gu')) : null;
  const prefixes = new Map(hints.map((h) => [h, hints.filter((o) => h.startsWith(o))]));
  const made = { each, scan, prefixes };
  cache.set(programs, made);
  return made;
}

/** Program mentions of a sentence, left to right, without overlaps. */
export function findPrograms(sentence: string, programs: Programs): ProgramMention[] {
  const matchers = matchersFor(programs);
  const present = new Set<string>();
  if (matchers.scan) for (const m of matchesOf(matchers.scan, sentence.toLowerCase())) for (const h of matchers.prefixes.get(m[1] ?? '') ?? []) present.add(h);
  const found: (ProgramMention & { rank: number })[] = [];
  for (const m of matchers.each) {
    if (m.hint !== null && !present.has(m.hint)) continue;
    for (const hit of matchesOf(m.pattern, sentence)) {
      if (hit[0].length === 0) continue;
      found.push({ start: hit.index, end: hit.index + hit[0].length, code: m.code, rank: m.rank });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const kept: ProgramMention[] = [];
  for (const f of found) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push({ start: f.start, end: f.end, code: f.code });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "ofícios especializados", "oficios calificados", "métiers spécialisés": skilled trades written after the noun. */
const SKILLED_AFTER = /^\s+(?:especializad[oa]s|qualificad[oa]s|calificad[oa]s|sp[ée]cialis[ée]s)(?![\p{L}])/iu;

/** Category wording that names trade occupations as such, not the workers of the FST program. */
const TRADES_CATEGORY = /\btrades?\s+(?:occupations?|categor(?:y|ies)|jobs\s+category)\b|\bcategory[- ]based\b/i;

/**
 * "Skilled trades" in an article that names the Federal Skilled Trades Program, and never the
 * trade-occupations category, are that program's workers: the mention is relabelled `fst`. On a page
 * written before the category existed (`beforeCategory`), every trades mention is ("A new trades-only
 * round was held on October 16, 2019" over "IRCC invited 500 Federal Skilled Trades candidates").
 */
export function skilledTradesAsFst(texts: readonly string[], mentions: readonly (readonly ProgramMention[])[], beforeCategory = false): ProgramMention[][] {
  if (beforeCategory) return mentions.map((ms) => ms.map((m) => (m.code === 'trades' ? { ...m, code: 'fst' } : m)));
  const namesFst = mentions.some((ms) => ms.some((m) => m.code === 'fst'));
  if (!namesFst || texts.some((t) => TRADES_CATEGORY.test(t))) return mentions.map((ms) => [...ms]);
  const skilled = (text: string, m: ProgramMention): boolean => /\bskilled\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)) || SKILLED_AFTER.test(text.slice(m.end, m.end + 20));
  return mentions.map((ms, i) => ms.map((m) => (m.code === 'trades' && skilled(texts[i] ?? '', m) ? { ...m, code: 'fst' } : m)));
}
