import type { JwtConfig } from '../security-config';

/** How tokens are verified; the algorithm allow-list follows the key kind, never the token. */
export type JwtKey =
  | { kind: 'jwks'; algorithm: 'RS256'; jwksUrl: string }
  | { kind: 'public-key'; algorithm: 'RS256'; publicKey: string }
  | { kind: 'secret'; algorithm: 'HS256'; secret: string };

export class JwtKeyConfigError extends Error {
  constructor(detail: string) {
    super(`Invalid configuration: ${detail}`);
    this.name = 'JwtKeyConfigError';
  }
}

export function jwtKeyOf(
  config: Pick<JwtConfig, 'AUTH_JWT_JWKS_URL' | 'AUTH_JWT_PUBLIC_KEY' | 'AUTH_JWT_SECRET'>,
): JwtKey {
  const { AUTH_JWT_JWKS_URL: jwksUrl, AUTH_JWT_PUBLIC_KEY: publicKey } = config;
  if (jwksUrl && publicKey)
    throw new JwtKeyConfigError('set AUTH_JWT_JWKS_URL or AUTH_JWT_PUBLIC_KEY, not both');
  if (jwksUrl) return { kind: 'jwks', algorithm: 'RS256', jwksUrl };
  if (publicKey) return { kind: 'public-key', algorithm: 'RS256', publicKey };
  if (config.AUTH_JWT_SECRET)
    return { kind: 'secret', algorithm: 'HS256', secret: config.AUTH_JWT_SECRET };
  throw new JwtKeyConfigError(
    'no JWT key: set AUTH_JWT_JWKS_URL or AUTH_JWT_PUBLIC_KEY (RS256), or AUTH_JWT_SECRET (HS256)',
  );
}
