import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ProgramCode } from '../domain/draw.ts';
import { packageUrl } from '../paths.ts';

const localized = z.object({ en: z.string().min(1), fr: z.string().min(1) });

const programSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a program code is lower-case letters, digits and _'),
  name: localized,
  short: localized,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb'),
  aliases: z.array(z.string().min(1)),
  match: z.array(z.string()),
  /** The first day a round of this program could be held (YYYY-MM-DD); absent for programs as old as Express Entry. */
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'since is YYYY-MM-DD')
    .optional(),
});

const fileSchema = z.object({ programs: z.array(programSchema).min(1) });

export type Lang = 'en' | 'fr';
export type ProgramInfo = z.infer<typeof programSchema>;

/** The program catalogue: classify source wording, resolve what users type, name codes. */
export interface Programs {
  readonly all: readonly ProgramInfo[];
  /** IRCC or news wording → code; `other` when nothing matches. */
  classify(text: string): ProgramCode;
  /** What a user typed (code, alias or full name) → code, or null. */
  resolve(input: string): ProgramCode | null;
  /** Only an exact code, alias or name (no guessing from wording): for lists of several programs. */
  resolveExact(input: string): ProgramCode | null;
  get(code: ProgramCode): ProgramInfo | undefined;
  /** The earliest `since` of the catalogue (the first day a category's round could be held); far in the future when none has one. */
  readonly categoriesSince: string;
  name(code: ProgramCode, lang: Lang): string;
  shortName(code: ProgramCode, lang: Lang): string;
}

export const FALLBACK_PROGRAM = 'other';

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

export function buildPrograms(raw: unknown): Programs {
  const parsed = fileSchema.parse(raw);
  const list = parsed.programs;
  const codes = new Set<string>();
  for (const p of list) {
    if (codes.has(p.code)) throw new Error(`programs: the code "${p.code}" appears twice`);
    codes.add(p.code);
  }
  if (!codes.has(FALLBACK_PROGRAM)) throw new Error(`programs: the code "${FALLBACK_PROGRAM}" is required`);

  const matchers = list.map((p) => ({ code: p.code, patterns: p.match.map((m) => new RegExp(m, 'iu')) }));
  const aliasMap = new Map<string, ProgramCode>();
  for (const p of list) {
    for (const a of [p.code, ...p.aliases, p.name.en, p.name.fr, p.short.en, p.short.fr]) {
      aliasMap.set(fold(a), p.code);
      aliasMap.set(stripAccents(fold(a)), p.code);
    }
  }
  const byCode = new Map(list.map((p) => [p.code, p]));

  return {
    all: list,
    classify(text) {
      const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
      for (const m of matchers) if (m.patterns.some((re) => re.test(t))) return m.code;
      return FALLBACK_PROGRAM;
    },
    resolveExact(input) {
      const f = fold(input);
      return f ? (aliasMap.get(f) ?? aliasMap.get(stripAccents(f)) ?? null) : null;
    },
    resolve(input) {
      const direct = this.resolveExact(input);
      if (direct) return direct;
      if (!fold(input)) return null;
      // A full IRCC name typed by a user ("Healthcare and social services occupations (Version 2)").
      const classified = this.classify(input);
      return classified === FALLBACK_PROGRAM ? null : classified;
    },
    get: (code) => byCode.get(code),
    categoriesSince: list.reduce((min, p) => (p.since !== undefined && p.since < min ? p.since : min), '9999-12-31'),
    name: (code, lang) => byCode.get(code)?.name[lang] ?? code,
    shortName: (code, lang) => byCode.get(code)?.short[lang] ?? code,
  };
}

export const DEFAULT_PROGRAMS_FILE = packageUrl('config/programs.json');

export function loadPrograms(file: URL | string = DEFAULT_PROGRAMS_FILE): Programs {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the programs file ${String(file)}: ${(err as Error).message}`, { cause: err });
  }
  return buildPrograms(raw);
}
