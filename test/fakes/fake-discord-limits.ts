import { createHash } from 'node:crypto';

/** At most `limit` requests per `windowMs`. */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

/**
 * The global limit. `sliding`: at most `limit` counted requests in any interval (t - windowMs, t]
 * (a log of arrival times). `fixed`: a window opens at the first counted request after the previous
 * one closed and lasts `windowMs` (how Discord's per-route buckets and discord.js's own global
 * counter behave). Sliding is the stricter of the two: a client that passes it passes fixed.
 */
export interface GlobalLimit extends WindowLimit {
  mode: 'sliding' | 'fixed';
  /**
   * Which requests skip the global limit. `callbacks` (default, as the issue asks): only
   * `POST /interactions/:id/:token/callback`. `interaction-endpoints`: also the interaction
   * webhooks (follow-ups, @original edits), as Discord's docs list them.
   */
  exempt: 'callbacks' | 'interaction-endpoints';
}

/** Per-route buckets; each is counted per top-level resource (channel, guild, webhook + token, interaction). */
export type RouteBucketName = 'messageCreate' | 'messageEdit' | 'messageDelete' | 'crosspost' | 'webhook' | 'interactionCallback' | 'dmOpen' | 'commands' | 'default';

export const DEFAULT_ROUTE_LIMITS: Record<RouteBucketName, WindowLimit> = {
  messageCreate: { limit: 5, windowMs: 5_000 },
  messageEdit: { limit: 5, windowMs: 5_000 },
  messageDelete: { limit: 5, windowMs: 1_000 },
  // Publishing in an announcement channel: 10 an hour per channel, as users of Discord report it.
  crosspost: { limit: 10, windowMs: 3_600_000 },
  // Follow-ups and edits through one interaction token share a webhook bucket.
  webhook: { limit: 5, windowMs: 2_000 },
  interactionCallback: { limit: 5, windowMs: 1_000 },
  // Discord does not document this one; as generous as the default bucket.
  dmOpen: { limit: 50, windowMs: 1_000 },
  commands: { limit: 5, windowMs: 5_000 },
  default: { limit: 50, windowMs: 1_000 },
};

export const DEFAULT_GLOBAL_LIMIT: GlobalLimit = { limit: 50, windowMs: 1_000, mode: 'sliding', exempt: 'callbacks' };

/** What the limiter counted; tests assert on these (e.g. `tooManyRequests === 0`). */
export interface RateLimitCounters {
  /** 429 answers sent (global + route). */
  tooManyRequests: number;
  global429: number;
  route429: number;
  /** Requests over a limit, answered 429 or (with enforcement off) served anyway. */
  violations: number;
  globalViolations: number;
  routeViolations: number;
  /** 401, 403 and 429 answers: what Discord's 10,000-per-10-minutes invalid-request ban counts. */
  invalidRequests: number;
}

export interface RateLimitEvent {
  at: number;
  scope: 'global' | 'user';
  bucket: string;
  route: string;
  retryAfterMs: number;
  enforced: boolean;
}

export type Admission =
  { ok: true; headers: Record<string, string> } | { ok: false; headers: Record<string, string>; body: { message: string; retry_after: number; global: boolean }; scope: 'global' | 'user' };

interface FixedWindow {
  resetAt: number;
  remaining: number;
}

const seconds = (ms: number) => Math.max(0, ms) / 1000;
const bucketHash = (name: RouteBucketName) => createHash('sha1').update(`fake-discord:${name}`).digest('hex').slice(0, 32);

export class RateLimiter {
  readonly counters: RateLimitCounters = { tooManyRequests: 0, global429: 0, route429: 0, violations: 0, globalViolations: 0, routeViolations: 0, invalidRequests: 0 };
  readonly events: RateLimitEvent[] = [];
  /** Arrival times of every request the global limit counted (served or not by its route bucket). */
  readonly globalCounted: number[] = [];
  private readonly slidingLog: number[] = [];
  private globalFixed: FixedWindow = { resetAt: 0, remaining: 0 };
  private readonly buckets = new Map<string, FixedWindow>();

  constructor(
    readonly global: GlobalLimit,
    readonly routes: Record<RouteBucketName, WindowLimit | null>,
    public enforce: boolean,
  ) {}

  /** Decides one request arriving at `now`: the global limit first (unless exempt), then its route bucket. */
  admit(now: number, req: { route: string; bucket: RouteBucketName; major: string; globalExempt: boolean }): Admission {
    if (!req.globalExempt) {
      const waitMs = this.takeGlobal(now);
      if (waitMs > 0) {
        this.counters.globalViolations++;
        this.counters.violations++;
        this.events.push({ at: now, scope: 'global', bucket: 'global', route: req.route, retryAfterMs: waitMs, enforced: this.enforce });
        if (this.enforce) {
          this.counters.global429++;
          this.counters.tooManyRequests++;
          const retry = seconds(waitMs);
          return {
            ok: false,
            scope: 'global',
            headers: { 'retry-after': String(Math.ceil(retry)), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
            body: { message: 'You are being rate limited.', retry_after: Number(retry.toFixed(3)), global: true },
          };
        }
        this.countGlobal(now);
      }
    }
    const limit = this.routes[req.bucket];
    if (!limit) return { ok: true, headers: {} };
    const key = `${req.bucket}:${req.major}`;
    let w = this.buckets.get(key);
    if (!w || now >= w.resetAt) {
      w = { resetAt: now + limit.windowMs, remaining: limit.limit };
      this.buckets.set(key, w);
    }
    const over = w.remaining <= 0;
    if (!over) w.remaining--;
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(limit.limit),
      'x-ratelimit-remaining': String(w.remaining),
      'x-ratelimit-reset': seconds(w.resetAt).toFixed(3),
      'x-ratelimit-reset-after': seconds(w.resetAt - now).toFixed(3),
      'x-ratelimit-bucket': bucketHash(req.bucket),
    };
    if (!over) return { ok: true, headers };
    this.counters.routeViolations++;
    this.counters.violations++;
    this.events.push({ at: now, scope: 'user', bucket: req.bucket, route: req.route, retryAfterMs: w.resetAt - now, enforced: this.enforce });
    if (!this.enforce) return { ok: true, headers };
    this.counters.route429++;
    this.counters.tooManyRequests++;
    const retry = seconds(w.resetAt - now);
    return {
      ok: false,
      scope: 'user',
      headers: { ...headers, 'retry-after': String(Math.ceil(retry)), 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: Number(retry.toFixed(3)), global: false },
    };
  }

  /** Counts one request against the global limit; returns 0, or how long until it would fit. */
  private takeGlobal(now: number): number {
    const { limit, windowMs, mode } = this.global;
    if (mode === 'sliding') {
      while (this.slidingLog.length > 0 && this.slidingLog[0]! <= now - windowMs) this.slidingLog.shift();
      if (this.slidingLog.length >= limit) return this.slidingLog[0]! + windowMs - now;
      this.countGlobal(now);
      return 0;
    }
    if (now >= this.globalFixed.resetAt) this.globalFixed = { resetAt: now + windowMs, remaining: limit };
    if (this.globalFixed.remaining <= 0) return this.globalFixed.resetAt - now;
    this.countGlobal(now);
    return 0;
  }

  private countGlobal(now: number): void {
    this.globalFixed.remaining--;
    this.slidingLog.push(now);
    this.globalCounted.push(now);
  }

  /** Globally counted requests per second between the first and the last one (what a fan-out sustained). */
  sustainedRate(): number {
    const t = this.globalCounted;
    return t.length < 2 ? 0 : ((t.length - 1) * 1000) / (t.at(-1)! - t[0]!);
  }

  /** The most globally counted requests that arrived within any span of `windowMs` (the measured peak). */
  peakInWindow(windowMs = this.global.windowMs): number {
    let peak = 0;
    let start = 0;
    const t = this.globalCounted;
    for (let end = 0; end < t.length; end++) {
      while (t[end]! - t[start]! >= windowMs) start++;
      peak = Math.max(peak, end - start + 1);
    }
    return peak;
  }
}
