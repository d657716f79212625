import { randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { Role } from '../roles/role.enum';
import type { JwtConfig } from '../security-config';
import type { ServiceTokenClaims } from './service-token-claims';
import { serviceTokenKeyOf } from './service-token-key';

export interface ServiceTokenRequest {
  /** the calling app */
  subject: string;
  /** the user the call is made for, if any: the `act` claim */
  actor?: string;
  ttlSeconds: number;
}

/** Signs a service token with the service secret (never the user key): role `service` only. */
export function signServiceToken(config: JwtConfig, request: ServiceTokenRequest): string {
  const key = serviceTokenKeyOf(config);
  const claims: ServiceTokenClaims = {
    sub: request.subject,
    roles: [Role.Service],
    ...(request.actor ? { act: { sub: request.actor } } : {}),
  };
  return sign(claims, key.secret, {
    algorithm: key.algorithm,
    issuer: key.issuer,
    audience: config.AUTH_JWT_AUDIENCE,
    expiresIn: request.ttlSeconds,
    jwtid: randomUUID(),
  });
}
