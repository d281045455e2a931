/**
 * Lua run inside Redis, so a change is one atomic step with no read-modify-write race between
 * processes. Keys are built in the script from a prefix (one Redis, not a cluster: decision 0007).
 *
 * A record lives in a hash `<prefix><c|t>:<key>` with `r` (the record's JSON) and `i` (its index
 * entries: sets `s`, sorted sets `z` with their score, version counters `v`, count key `n`),
 * computed by the store in TypeScript; the script only files and unfiles members.
 */

/**
 * APPLY: ARGV = prefix, op count, then per op: kind (c|t), key, check, record JSON ('' deletes),
 * index JSON. `check` is '*' (no check), or the JSON the record must hold now ('' = absent);
 * every check runs before any write, and one failing returns -1 with nothing written.
 * Returns, per op, 1 when the record existed before, else 0.
 */
export const APPLY = `
local p, n = ARGV[1], tonumber(ARGV[2])
for i = 0, n - 1 do
  local b = 3 + i * 5
  if ARGV[b + 2] ~= '*' and (redis.call('HGET', p .. ARGV[b] .. ':' .. ARGV[b + 1], 'r') or '') ~= ARGV[b + 2] then return -1 end
end
local bumped, existed = {}, {}
for i = 0, n - 1 do
  local b = 3 + i * 5
  local member = ARGV[b + 1]
  local rk = p .. ARGV[b] .. ':' .. member
  local old = redis.call('HGET', rk, 'i')
  existed[i + 1] = old and 1 or 0
  if old then
    local o = cjson.decode(old)
    for _, s in ipairs(o.s) do redis.call('SREM', p .. s, member) end
    for _, z in ipairs(o.z) do redis.call('ZREM', p .. z[1], member) end
    for _, v in ipairs(o.v) do bumped[v] = true end
    if ARGV[b + 3] == '' then
      redis.call('DEL', rk)
      redis.call('DECR', p .. o.n)
    end
  end
  if ARGV[b + 3] ~= '' then
    local x = cjson.decode(ARGV[b + 4])
    redis.call('HSET', rk, 'r', ARGV[b + 3], 'i', ARGV[b + 4])
    for _, s in ipairs(x.s) do redis.call('SADD', p .. s, member) end
    for _, z in ipairs(x.z) do redis.call('ZADD', p .. z[1], z[2], member) end
    for _, v in ipairs(x.v) do bumped[v] = true end
    if not old then redis.call('INCR', p .. x.n) end
  end
end
for v in pairs(bumped) do redis.call('INCR', p .. v) end
return existed
`;

/** RECORDS_IN: the records (JSON) whose keys are members of the set KEYS[1]; ARGV = prefix, kind. */
export const RECORDS_IN = `
local out = {}
for i, m in ipairs(redis.call('SMEMBERS', KEYS[1])) do out[i] = redis.call('HGET', ARGV[1] .. ARGV[2] .. ':' .. m, 'r') end
return out
`;

/** RECORDS_ABOVE: records of the sorted set KEYS[1] with a score ≥ ARGV[3], highest first; ARGV = prefix, kind, min. */
export const RECORDS_ABOVE = `
local out = {}
for i, m in ipairs(redis.call('ZRANGE', KEYS[1], '+inf', ARGV[3], 'BYSCORE', 'REV')) do out[i] = redis.call('HGET', ARGV[1] .. ARGV[2] .. ':' .. m, 'r') end
return out
`;

/** RECORDS: the records of the keys ARGV[3…]; ARGV = prefix, kind, keys. */
export const RECORDS = `
local out = {}
for i = 3, #ARGV do out[i - 2] = redis.call('HGET', ARGV[1] .. ARGV[2] .. ':' .. ARGV[i], 'r') end
return out
`;
