import { JwtConfig, Role, signAccessToken } from '@p2c/security';

/** Where a client gets the bearer token of each call (may fetch one from an identity provider). */
export type TokenProvider = () => string | Promise<string>;

export interface ServiceTokenOptions {
  /** who calls: the calling app's name, the `sub` of its tokens */
  subject: string;
  ttlSeconds: number;
}

/**
 * Mints short-lived `service` tokens with the app's own JWT config (HS256 shared secret) and
 * reuses each until it is close to expiry: the last fifth of its life, at most a minute.
 */
export function serviceTokenProvider(
  config: JwtConfig,
  options: ServiceTokenOptions,
): () => string {
  const margin = Math.min(60, options.ttlSeconds / 5) * 1000;
  let current: { token: string; renewAt: number } | undefined;
  return () => {
    if (!current || Date.now() >= current.renewAt) {
      const token = signAccessToken(config, {
        subject: options.subject,
        roles: [Role.Service],
        ttlSeconds: options.ttlSeconds,
      });
      current = { token, renewAt: Date.now() + options.ttlSeconds * 1000 - margin };
    }
    return current.token;
  };
}
