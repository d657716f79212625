import { LRUCache } from 'lru-cache';
import { JwtConfig, currentActingUser, signServiceToken } from '@p2c/security';

/** Where a client gets the bearer token of each call (may fetch one from an identity provider). */
export type TokenProvider = () => string | Promise<string>;

export interface ServiceTokenOptions {
  /** who calls: the calling app's name, the `sub` of its tokens */
  subject: string;
  ttlSeconds: number;
}

/** How many acting users' tokens are kept at once; the least recently used one is dropped. */
const ACTORS_KEPT = 1000;

/**
 * Mints short-lived `service` tokens with the service secret (never the user key), each naming
 * the request's acting user (`act`) when there is one, and reuses each until it is close to
 * expiry: the last fifth of its life, at most a minute. One token per acting user, and one for
 * calls made for no user (jobs, sweeps).
 */
export function serviceTokenProvider(
  config: JwtConfig,
  options: ServiceTokenOptions,
): () => string {
  const margin = Math.min(60, options.ttlSeconds / 5) * 1000;
  const minted = new LRUCache<string, { token: string; renewAt: number }>({ max: ACTORS_KEPT });
  return () => {
    const actor = currentActingUser();
    const key = actor ?? '';
    let current = minted.get(key);
    if (!current || Date.now() >= current.renewAt) {
      const token = signServiceToken(config, {
        subject: options.subject,
        actor,
        ttlSeconds: options.ttlSeconds,
      });
      current = { token, renewAt: Date.now() + options.ttlSeconds * 1000 - margin };
      minted.set(key, current);
    }
    return current.token;
  };
}
