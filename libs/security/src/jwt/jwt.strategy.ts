import { KeyObject, createPublicKey, createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { JsonWebTokenError, decode } from 'jsonwebtoken';
import { passportJwtSecret } from 'jwks-rsa';
import {
  ExtractJwt,
  SecretOrKeyProvider,
  Strategy,
  StrategyOptionsWithoutRequest,
} from 'passport-jwt';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { readSecurityConfig } from '../read-security-config';
import { JwtConfig } from '../security-config';
import { principalFromClaims } from './access-token-claims';
import { JwtKey, jwtKeyOf } from './jwt-key';
import { servicePrincipalFromClaims } from './service-token-claims';
import { ServiceTokenKey, serviceTokenKeyOf } from './service-token-key';

export const JWT_STRATEGY = 'jwt';

export function jwtStrategyOptions(config: JwtConfig): StrategyOptionsWithoutRequest {
  const user = jwtKeyOf(config);
  const service = serviceTokenKeyOf(config);
  // passport-jwt overwrites these in jsonWebTokenOptions with its own top-level options
  return {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    algorithms: [...new Set([user.algorithm, service.algorithm])],
    issuer: [config.AUTH_JWT_ISSUER, service.issuer],
    audience: config.AUTH_JWT_AUDIENCE,
    jsonWebTokenOptions: { clockTolerance: config.AUTH_JWT_CLOCK_TOLERANCE_SECONDS },
    secretOrKeyProvider: keyByIssuer(user, service),
  };
}

/**
 * The key of a token's kind, told by its issuer: the service issuer's tokens are checked with the
 * service secret, every other token with the user key, each kind held to its own algorithm. The
 * issuer is read before the signature is checked, so verification checks it again (the issuer
 * allow-list): a token signed with one kind's key and claiming the other's issuer fails.
 */
function keyByIssuer(user: JwtKey, service: ServiceTokenKey): SecretOrKeyProvider {
  const userKey = userKeyProvider(user);
  const serviceKey = verificationKey(createSecretKey(Buffer.from(service.secret)));
  return (request, rawToken, done) => {
    const token = decode(rawToken, { complete: true });
    if (!token || typeof token.payload !== 'object')
      return done(new JsonWebTokenError('jwt malformed'));
    const isService = token.payload.iss === service.issuer;
    if (token.header.alg !== (isService ? service.algorithm : user.algorithm))
      return done(new JsonWebTokenError('invalid algorithm'));
    if (isService) return done(null, serviceKey);
    return userKey(request, rawToken, done);
  };
}

function userKeyProvider(key: JwtKey): SecretOrKeyProvider {
  switch (key.kind) {
    case 'secret':
      return fixedKey(verificationKey(createSecretKey(Buffer.from(key.secret))));
    case 'public-key':
      return fixedKey(verificationKey(createPublicKey(key.publicKey)));
    case 'jwks':
      return passportJwtSecret({
        jwksUri: key.jwksUrl,
        cache: true,
        cacheMaxAge: 10 * 60 * 1000,
        rateLimit: true,
        jwksRequestsPerMinute: 10,
        timeout: 5000,
      });
  }
}

function fixedKey(key: Buffer): SecretOrKeyProvider {
  return (_request, _rawToken, done) => done(null, key);
}

/**
 * jsonwebtoken takes a KeyObject as it is, but parses a string key again on every verification
 * (first trying it as a PEM public key): prepared once, a request saves that work. passport-jwt
 * hands the key to jsonwebtoken untouched; only its type declaration is narrower.
 */
function verificationKey(key: KeyObject): Buffer {
  return key as unknown as Buffer;
}

/**
 * Verifies the bearer token (signature, algorithm, issuer, audience, exp, nbf) of every request:
 * a user token, or a service token of the gateway's own apps.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  private readonly serviceIssuer: string;

  constructor(config: ConfigService) {
    const security = readSecurityConfig(config);
    super(jwtStrategyOptions(security));
    this.serviceIssuer = security.AUTH_SERVICE_TOKEN_ISSUER;
  }

  validate(payload: Record<string, unknown>): AuthenticatedPrincipal {
    return payload.iss === this.serviceIssuer
      ? servicePrincipalFromClaims(payload)
      : principalFromClaims(payload);
  }
}
