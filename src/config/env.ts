import { z } from 'zod';
import cron from 'node-cron';
import { SHIPPED_SOURCES_FILE, userPath } from '../paths.ts';
import { USER_AGENT } from '../version.ts';
import { INSTANCE_ID_PATTERN } from '../coordination/instance-id.ts';
import { MIN_RETENTION_DAYS } from '../alerts/should-alert.ts';
import { PUBLIC_KEY_HEX } from '../platforms/discord/verify-signature.ts';

const optionalString = z.string().min(1).optional();
const url = (what: string) => z.string().url(`${what} must be a URL such as https://example.org`).optional();

/**
 * Every environment variable the bot reads (docs/contracts.md "Environment").
 * Keys documented in .env.example; a test keeps the two in sync.
 */
export const envSchema = z.object({
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{5,25}$/, 'DISCORD_APPLICATION_ID must be a numeric snowflake id')
    .optional(),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d{5,25}$/, 'DISCORD_GUILD_ID must be a numeric snowflake id')
    .optional(),
  DISCORD_API_ROOT: url('DISCORD_API_ROOT'),
  DISCORD_PUBLIC_KEY: z.string().regex(PUBLIC_KEY_HEX, "DISCORD_PUBLIC_KEY must be the application's public key: 64 hexadecimal characters (Developer Portal, General Information)").optional(),
  TELEGRAM_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, 'TELEGRAM_TOKEN looks like 123456:ABC-def… (from @BotFather)')
    .optional(),
  TELEGRAM_API_ROOT: url('TELEGRAM_API_ROOT'),
  TELEGRAM_WEBHOOK_URL: url('TELEGRAM_WEBHOOK_URL'),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'TELEGRAM_WEBHOOK_SECRET must be 16–256 letters, digits, _ or - (Telegram sends it back in a header with every update)')
    .optional(),
  TELEGRAM_PAID_BROADCAST: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'TELEGRAM_PAID_BROADCAST must be true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  STORE_URL: z
    .string()
    .regex(/^(sqlite|redis|rediss|postgres|postgresql|memory):\/\//, 'STORE_URL must start with sqlite://, redis://, postgres:// or memory://')
    .refine((v) => v !== 'sqlite://', 'STORE_URL sqlite:// needs a file path, e.g. sqlite://data/ee-draw-bot.sqlite')
    .default('sqlite://data/ee-draw-bot.sqlite'),
  STORE_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int('STORE_CONNECT_TIMEOUT_MS must be a whole number of milliseconds')
    .min(100, 'STORE_CONNECT_TIMEOUT_MS must be 100–600000')
    .max(600_000, 'STORE_CONNECT_TIMEOUT_MS must be 100–600000')
    .optional(),
  /** Unset: a random id per process (src/coordination/instance-id.ts); stable, a restart takes back its own leases at once. */
  INSTANCE_ID: z.string().regex(INSTANCE_ID_PATTERN, 'INSTANCE_ID must be 1–100 letters, digits or . _ @ : - (starting with a letter or digit), unique per running instance').optional(),
  LEASE_TTL_MS: z.coerce.number().int('LEASE_TTL_MS must be a whole number of milliseconds').min(2_000, 'LEASE_TTL_MS must be 2000–60000').max(60_000, 'LEASE_TTL_MS must be 2000–60000').optional(),
  /** Finished outbox entries older than this are deleted (decision 0012); at least twice the 7 days a draw may alert, so a correction in that window still finds what to edit. */
  OUTBOX_RETENTION_DAYS: z.coerce
    .number()
    .int('OUTBOX_RETENTION_DAYS must be a whole number of days')
    .min(MIN_RETENTION_DAYS, `OUTBOX_RETENTION_DAYS must be ${MIN_RETENTION_DAYS}–3650`)
    .max(3650, `OUTBOX_RETENTION_DAYS must be ${MIN_RETENTION_DAYS}–3650`)
    .default(90),
  /** Unset: the package's own config/sources.json; a relative path is read from the working directory. */
  SOURCES_FILE: z.string().min(1).optional(),
  POLL_SCHEDULE: z
    .string()
    .refine((v) => cron.validate(v), 'POLL_SCHEDULE must be a cron expression such as "* * * * *" or "*/30 * * * * *"')
    .default('* * * * *'),
  HTTP_USER_AGENT: z
    .string()
    .regex(/^[\x20-\x7e]+$/, 'HTTP_USER_AGENT must be one line of printable ASCII, e.g. "my-bot/1.0 (+https://example.org)"')
    .default(USER_AGENT),
  HTTP_PORT: z.coerce.number().int('HTTP_PORT must be a whole number').min(1).max(65535, 'HTTP_PORT must be 1–65535').optional(),
  COMMAND_RATE_LIMIT: z
    .string()
    .regex(/^(off|\d{1,4}\/\d{1,4}s)$/, 'COMMAND_RATE_LIMIT must look like 10/30s (commands per seconds, per user) or off')
    .default('10/30s')
    .transform((v) => (v === 'off' ? null : { max: Number(v.split('/')[0]), windowMs: Number(v.slice(v.indexOf('/') + 1, -1)) * 1000 })),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
});

/** The parsed environment; SOURCES_FILE is always an absolute path here. */
export type Config = Omit<z.infer<typeof envSchema>, 'SOURCES_FILE'> & { SOURCES_FILE: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`the configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Environment → config, or a ConfigError listing every problem. Empty values count as unset.
 * Pure but for `cwd`, which a relative SOURCES_FILE is resolved from (src/paths.ts).
 */
export function loadConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()): Config {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const v = env[key]?.trim();
    if (v) relevant[key] = v;
  }
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => (i.message.includes(String(i.path[0])) ? i.message : `${String(i.path[0])}: ${i.message}`)));
  }
  const problems = crossChecks(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);
  const { SOURCES_FILE, ...rest } = parsed.data;
  return { ...rest, SOURCES_FILE: SOURCES_FILE ? userPath(SOURCES_FILE, cwd) : SHIPPED_SOURCES_FILE };
}

/** Settings that only make sense together. */
function crossChecks(c: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  if (c.TELEGRAM_WEBHOOK_URL) {
    if (!c.TELEGRAM_WEBHOOK_SECRET) problems.push('TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: every update must carry the secret, or anyone could post fake updates');
    if (!c.HTTP_PORT) problems.push('TELEGRAM_WEBHOOK_URL is set but HTTP_PORT is not: the webhook is served on HTTP_PORT');
    if (!c.TELEGRAM_TOKEN) problems.push('TELEGRAM_WEBHOOK_URL is set but TELEGRAM_TOKEN is not');
  }
  if (c.DISCORD_PUBLIC_KEY) {
    if (!c.HTTP_PORT) problems.push('DISCORD_PUBLIC_KEY is set but HTTP_PORT is not: Discord posts interactions to HTTP_PORT (/discord/interactions)');
    if (!c.DISCORD_TOKEN) problems.push('DISCORD_PUBLIC_KEY is set but DISCORD_TOKEN is not');
  }
  return problems;
}
