/**
 * What every authenticated request pays to verify its bearer token (HS256): jsonwebtoken with
 * the secret as a string (it parses the key again on each call) beside the prepared KeyObject
 * the gateway's JWT strategy hands it, in one run, rounds interleaved.
 */
import { createSecretKey } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sign, verify } from 'jsonwebtoken';
import { recordResults } from './results';

const SECRET = 'bench-secret-of-the-length-deployments-use-0123456789';
const TOKENS = 20_000;
const ROUNDS = 5;
const options = { algorithms: ['HS256' as const], issuer: 'p2c', audience: 'p2c-api' };

const tokens = Array.from({ length: 200 }, (_, i) =>
  sign({ sub: `user-${i}`, roles: ['finance'] }, SECRET, {
    issuer: 'p2c',
    audience: 'p2c-api',
    expiresIn: 3600,
  }),
);

function timeVerifications(key: string | ReturnType<typeof createSecretKey>): number {
  const started = performance.now();
  for (let i = 0; i < TOKENS; i++) verify(tokens[i % tokens.length], key, options);
  return performance.now() - started;
}

const prepared = createSecretKey(Buffer.from(SECRET));
const stringMs: number[] = [];
const keyMs: number[] = [];
timeVerifications(SECRET);
timeVerifications(prepared);
for (let round = 0; round < ROUNDS; round++) {
  stringMs.push(timeVerifications(SECRET));
  keyMs.push(timeVerifications(prepared));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const perSecond = (ms: number) => Math.round((TOKENS / ms) * 1000);
console.table({
  'secret as a string': {
    'median ms': median(stringMs).toFixed(1),
    'verifications/s': perSecond(median(stringMs)),
  },
  'prepared KeyObject': {
    'median ms': median(keyMs).toFixed(1),
    'verifications/s': perSecond(median(keyMs)),
  },
});
recordResults('jwt-verify', {
  verifications: TOKENS,
  rounds: ROUNDS,
  verificationsPerSecond: {
    secretAsString: perSecond(median(stringMs)),
    preparedKey: perSecond(median(keyMs)),
  },
  ratio: +(median(stringMs) / median(keyMs)).toFixed(2),
});
console.log(
  `prepared key / string key throughput: ${(median(stringMs) / median(keyMs)).toFixed(2)}× ` +
    `(${TOKENS} verifications × ${ROUNDS} rounds each)`,
);
