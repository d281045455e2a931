import { readFile } from 'node:fs/promises';
import cron from 'node-cron';
import { z } from 'zod';

/** A host name ("www.example.com"); lower-cased. */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

const schedule = z.string().refine((v) => cron.validate(v), { message: 'is not a cron expression (e.g. "* * * * *")' });

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,40}$/, 'a source id is lower-case letters, digits, - and _'),
  kind: z.enum(['ircc-json', 'rss']),
  url: z.string().url('is not a URL'),
  name: z.string().optional(),
  /** One cron expression, or several whose union is the schedule (busy window + quiet hours). */
  schedule: z.union([schedule, z.array(schedule).min(1)]).optional(),
  enabled: z.boolean().default(true),
  timeoutMs: z.number().int().min(100).max(120_000).default(15_000),
  maxBytes: z.number().int().min(1024).max(50_000_000).default(5_000_000),
  /** Hosts besides the feed's own whose links a news alert may carry (a feed served from another host); subdomains included. */
  linkHosts: z.array(z.string().toLowerCase().regex(HOST_NAME, 'is a host name such as "www.example.com"')).optional(),
});

export type SourceConfig = z.infer<typeof sourceSchema>;

const fileSchema = z.object({ sources: z.array(sourceSchema) }).superRefine((f, ctx) => {
  const seen = new Set<string>();
  f.sources.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `the id "${s.id}" is used twice` });
    seen.add(s.id);
  });
});

export class SourcesFileError extends Error {
  override name = 'SourcesFileError';
}

export function parseSources(raw: unknown, file = 'sources file'): SourceConfig[] {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new SourcesFileError(`${file} has problems:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  }
  return parsed.data.sources;
}

export async function loadSources(file: string): Promise<SourceConfig[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new SourcesFileError(`cannot read SOURCES_FILE ${file}: ${(err as Error).message}`, { cause: err });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new SourcesFileError(`SOURCES_FILE ${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  return parseSources(raw, file);
}

/** The cron expressions a source runs on: its own, else POLL_SCHEDULE. */
export function schedulesOf(source: SourceConfig, fallback: string): string[] {
  if (!source.schedule) return [fallback];
  return typeof source.schedule === 'string' ? [source.schedule] : source.schedule;
}
