/**
 * The Lua scripts behind SharedVendorLimits. Each runs atomically in Redis and reads the clock
 * there (TIME), so replicas whose clocks differ still agree. Keys of one vendor:
 *   KEYS[1] leases: sorted set of lease id → time (ms) the lease lapses
 *   KEYS[2] state: hash of circuit (closed|open|half-open), failures, openUntil, probe,
 *           probeUntil, notBefore (a 429's pause) and tat (GCRA's theoretical arrival time)
 *   KEYS[3] channel: published on every release, so waiting replicas try again at once
 */

const NOW = `local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000`;

/**
 * ARGV: lease id, max concurrency, ms between calls (0: no rate limit), burst, lease ms.
 * Answers {verdict, ms}: granted; open (refused, ms until a probe may go); half-open (refused, a
 * probe is out); paused, busy or rate (wait about ms, then ask again).
 */
export const ACQUIRE_SCRIPT = `${NOW}
local state = redis.call('HMGET', KEYS[2], 'circuit', 'openUntil', 'probeUntil', 'notBefore', 'tat')
local circuit = state[1] or 'closed'
local probe = false
if circuit == 'open' then
  local openUntil = tonumber(state[2]) or 0
  if now < openUntil then return {'open', math.ceil(openUntil - now)} end
  probe = true
elseif circuit == 'half-open' then
  if now < (tonumber(state[3]) or 0) then return {'half-open', 0} end
  probe = true
end
local notBefore = tonumber(state[4]) or 0
if now < notBefore then return {'paused', math.ceil(notBefore - now)} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {'busy', math.ceil(tonumber(first[2]) - now)}
end
local interval = tonumber(ARGV[3])
if interval > 0 then
  local tat = math.max(tonumber(state[5]) or 0, now)
  local early = tat - now - (tonumber(ARGV[4]) - 1) * interval
  if early > 0 then return {'rate', math.ceil(early)} end
  redis.call('HSET', KEYS[2], 'tat', tostring(tat + interval))
end
local leaseUntil = now + tonumber(ARGV[5])
redis.call('ZADD', KEYS[1], tostring(leaseUntil), ARGV[1])
if probe then
  redis.call('HSET', KEYS[2], 'circuit', 'half-open', 'probe', ARGV[1], 'probeUntil', tostring(leaseUntil))
end
return {'granted', 0}`;

/**
 * ARGV: lease id, outcome (answered | rate-limited | failed | unknown), failures that open the
 * circuit, ms it stays open, ms a 429 pauses every replica. Answers the circuit's state.
 * Consecutive failures across all replicas open the circuit; any answer while closed resets
 * them; the probe's answer closes it, the probe's failure opens it again.
 */
export const RELEASE_SCRIPT = `${NOW}
redis.call('ZREM', KEYS[1], ARGV[1])
local state = redis.call('HMGET', KEYS[2], 'circuit', 'probe')
local circuit = state[1] or 'closed'
local isProbe = circuit == 'half-open' and state[2] == ARGV[1]
local outcome = ARGV[2]
if outcome == 'failed' then
  if isProbe or circuit == 'closed' then
    local failures = tonumber(ARGV[3])
    if not isProbe then failures = redis.call('HINCRBY', KEYS[2], 'failures', 1) end
    if failures >= tonumber(ARGV[3]) then
      circuit = 'open'
      redis.call('HSET', KEYS[2], 'circuit', 'open', 'openUntil', tostring(now + tonumber(ARGV[4])), 'failures', 0)
      redis.call('HDEL', KEYS[2], 'probe', 'probeUntil')
    end
  end
elseif outcome == 'unknown' then
  if isProbe then redis.call('HDEL', KEYS[2], 'probeUntil') end
else
  if isProbe then
    circuit = 'closed'
    redis.call('HSET', KEYS[2], 'circuit', 'closed')
    redis.call('HDEL', KEYS[2], 'probe', 'probeUntil')
  end
  if circuit == 'closed' then redis.call('HSET', KEYS[2], 'failures', 0) end
  if outcome == 'rate-limited' then
    local pauseUntil = now + tonumber(ARGV[5])
    if pauseUntil > (tonumber(redis.call('HGET', KEYS[2], 'notBefore')) or 0) then
      redis.call('HSET', KEYS[2], 'notBefore', tostring(pauseUntil))
    end
  end
end
redis.call('PUBLISH', KEYS[3], circuit)
return circuit`;

/** The circuit as a caller would find it now: an open one whose time is up lets a probe through. */
export const CIRCUIT_SCRIPT = `${NOW}
local state = redis.call('HMGET', KEYS[2], 'circuit', 'openUntil')
local circuit = state[1] or 'closed'
if circuit == 'open' and now >= (tonumber(state[2]) or 0) then return 'half-open' end
return circuit`;
