import { randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { Role } from '../roles/role.enum';
import type { JwtConfig } from '../security-config';
import type { AccessTokenClaims } from './access-token-claims';
import { jwtKeyOf } from './jwt-key';

export interface AccessTokenRequest {
  subject: string;
  roles: Role[];
  partnerId?: string;
  ttlSeconds: number;
}

/**
 * Signs an access token with the configured shared secret (HS256): how development and tests get
 * tokens. Deployments that verify with RS256 get their tokens from their identity provider.
 */
export function signAccessToken(config: JwtConfig, request: AccessTokenRequest): string {
  const key = jwtKeyOf(config);
  if (key.kind !== 'secret')
    throw new Error(
      'Tokens can only be signed here with AUTH_JWT_SECRET (HS256); this configuration verifies ' +
        'RS256 tokens, which come from your identity provider.',
    );
  if (request.roles.includes(Role.Partner) && !request.partnerId)
    throw new Error('A partner token needs its partner id.');
  const claims: AccessTokenClaims = {
    sub: request.subject,
    roles: request.roles,
    ...(request.partnerId ? { partnerId: request.partnerId } : {}),
  };
  return sign(claims, key.secret, {
    algorithm: key.algorithm,
    issuer: config.AUTH_JWT_ISSUER,
    audience: config.AUTH_JWT_AUDIENCE,
    expiresIn: request.ttlSeconds,
    jwtid: randomUUID(),
  });
}
