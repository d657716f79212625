import { KeyObject, createPublicKey, createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { passportJwtSecret } from 'jwks-rsa';
import { ExtractJwt, Strategy, StrategyOptionsWithoutRequest } from 'passport-jwt';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { readSecurityConfig } from '../read-security-config';
import { JwtConfig } from '../security-config';
import { principalFromClaims } from './access-token-claims';
import { jwtKeyOf } from './jwt-key';

export const JWT_STRATEGY = 'jwt';

export function jwtStrategyOptions(config: JwtConfig): StrategyOptionsWithoutRequest {
  const key = jwtKeyOf(config);
  // passport-jwt overwrites these in jsonWebTokenOptions with its own top-level options
  const common = {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    algorithms: [key.algorithm],
    issuer: config.AUTH_JWT_ISSUER,
    audience: config.AUTH_JWT_AUDIENCE,
    jsonWebTokenOptions: { clockTolerance: config.AUTH_JWT_CLOCK_TOLERANCE_SECONDS },
  };
  switch (key.kind) {
    case 'secret':
      return { ...common, secretOrKey: verificationKey(createSecretKey(Buffer.from(key.secret))) };
    case 'public-key':
      return { ...common, secretOrKey: verificationKey(createPublicKey(key.publicKey)) };
    case 'jwks':
      return {
        ...common,
        secretOrKeyProvider: passportJwtSecret({
          jwksUri: key.jwksUrl,
          cache: true,
          cacheMaxAge: 10 * 60 * 1000,
          rateLimit: true,
          jwksRequestsPerMinute: 10,
          timeout: 5000,
        }),
      };
  }
}

/**
 * jsonwebtoken takes a KeyObject as it is, but parses a string key again on every verification
 * (first trying it as a PEM public key): prepared once, a request saves that work. passport-jwt
 * hands the key to jsonwebtoken untouched; only its type declaration is narrower.
 */
function verificationKey(key: KeyObject): Buffer {
  return key as unknown as Buffer;
}

/** Verifies the bearer token (signature, algorithm, issuer, audience, exp, nbf) of every request. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(config: ConfigService) {
    super(jwtStrategyOptions(readSecurityConfig(config)));
  }

  validate(payload: Record<string, unknown>): AuthenticatedPrincipal {
    return principalFromClaims(payload);
  }
}
