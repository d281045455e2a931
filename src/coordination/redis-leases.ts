import type { RedisClient } from '../store/redis-client.ts';
import type { LeaseEngine } from './lease-engine.ts';

/**
 * Leases as Redis strings `<prefix>lease:<key>` holding `<fence>:<owner>`, expiring by PX, and one
 * counter `<prefix>fence` (INCR) for the fencing tokens. Each operation is one Lua script, so the
 * owner check and the write are one atomic step: a free key is taken with SET NX PX; an existing
 * one only by the same owner (a restart taking back its claims); extend and release check owner
 * and fence, so a lease that expired and went to someone else is never touched.
 */
const TAKE = `
local cur = redis.call('GET', KEYS[1])
if cur and string.sub(cur, string.find(cur, ':', 1, true) + 1) ~= ARGV[1] then return false end
local fence = redis.call('INCR', KEYS[2])
local value = fence .. ':' .. ARGV[1]
if cur then redis.call('SET', KEYS[1], value, 'PX', ARGV[2])
elseif not redis.call('SET', KEYS[1], value, 'NX', 'PX', ARGV[2]) then return false end
return fence`;

const EXTEND = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])`;

const DROP = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])`;

const HOLDER = `
local v = redis.call('GET', KEYS[1])
if not v then return false end
return {v, redis.call('PTTL', KEYS[1])}`;

/** Default key prefix: apart from the subscription store's `ee:subs:` and keyv's namespaces. */
export const LEASE_PREFIX = 'ee:coord:';

export function createRedisLeases(client: RedisClient, prefix = LEASE_PREFIX): LeaseEngine {
  const shas = new Map<string, string>();
  /** EVALSHA, loading the script on first use and again after a server restart forgot it (NOSCRIPT). */
  async function run(script: string, keys: string[], args: string[]): Promise<unknown> {
    let sha = shas.get(script);
    if (sha !== undefined) {
      try {
        return await client.evalSha(sha, { keys, arguments: args });
      } catch (err) {
        if (!String((err as Error).message).startsWith('NOSCRIPT')) throw err;
      }
    }
    sha = await client.scriptLoad(script);
    shas.set(script, sha);
    return client.evalSha(sha, { keys, arguments: args });
  }
  const leaseKey = (key: string) => `${prefix}lease:${key}`;
  const value = (owner: string, fence: number) => `${fence}:${owner}`;
  return {
    name: 'redis',
    async take(key, owner, ttlMs) {
      const fence = await run(TAKE, [leaseKey(key), `${prefix}fence`], [owner, String(ttlMs)]);
      return typeof fence === 'number' ? fence : null;
    },
    async extend(key, owner, fence, ttlMs) {
      return (await run(EXTEND, [leaseKey(key)], [value(owner, fence), String(ttlMs)])) === 1;
    },
    async drop(key, owner, fence) {
      await run(DROP, [leaseKey(key)], [value(owner, fence)]);
    },
    async holder(key) {
      const found = (await run(HOLDER, [leaseKey(key)], [])) as [string, number] | null;
      if (!found) return null;
      const [v, pttl] = found;
      const colon = v.indexOf(':');
      return { owner: v.slice(colon + 1), fence: Number(v.slice(0, colon)), remainingMs: pttl };
    },
    async ping() {
      await client.ping();
    },
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
