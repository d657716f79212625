import type { JwtConfig } from '../security-config';
import { JwtKeyConfigError } from './jwt-key';

/** How service tokens are signed and verified: their own issuer and secret, HS256 only. */
export interface ServiceTokenKey {
  algorithm: 'HS256';
  issuer: string;
  secret: string;
}

/**
 * The service token key, kept apart from the user key: sharing the issuer would make a service
 * token a user token, sharing the secret would let every app mint user tokens with any role.
 */
export function serviceTokenKeyOf(
  config: Pick<
    JwtConfig,
    | 'AUTH_JWT_ISSUER'
    | 'AUTH_JWT_SECRET'
    | 'AUTH_SERVICE_TOKEN_SECRET'
    | 'AUTH_SERVICE_TOKEN_ISSUER'
  >,
): ServiceTokenKey {
  if (config.AUTH_SERVICE_TOKEN_ISSUER === config.AUTH_JWT_ISSUER)
    throw new JwtKeyConfigError('AUTH_SERVICE_TOKEN_ISSUER must differ from AUTH_JWT_ISSUER');
  if (config.AUTH_SERVICE_TOKEN_SECRET === config.AUTH_JWT_SECRET)
    throw new JwtKeyConfigError('AUTH_SERVICE_TOKEN_SECRET must differ from AUTH_JWT_SECRET');
  return {
    algorithm: 'HS256',
    issuer: config.AUTH_SERVICE_TOKEN_ISSUER,
    secret: config.AUTH_SERVICE_TOKEN_SECRET,
  };
}
