import { createHmac, generateKeyPairSync } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { devSecurityConfig } from './security-test-app';

export interface RsaKeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
  jwk: Record<string, unknown>;
}

export function rsaKeyPair(kid: string): RsaKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    jwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' },
  };
}

export function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Registered claims valid for the development issuer and audience, for five minutes. */
export function validClaims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const config = devSecurityConfig();
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: 'user-1',
    roles: ['admin'],
    iss: config.AUTH_JWT_ISSUER,
    aud: config.AUTH_JWT_AUDIENCE,
    iat: now,
    exp: now + 300,
    ...extra,
  };
}

/** A token MACed with any key material: how a forger tries HS256 with an RSA public key. */
export function hmacToken(
  key: string,
  claims = validClaims(),
  alg: 'HS256' | 'HS384' = 'HS256',
): string {
  const header = base64url({ alg, typ: 'JWT' });
  const payload = base64url(claims);
  const digest = alg === 'HS256' ? 'sha256' : 'sha384';
  const signature = createHmac(digest, key).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

export function unsignedToken(claims = validClaims()): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
}

export function rs256Token(keys: RsaKeyPair, kid?: string): string {
  const config = devSecurityConfig();
  return sign({ sub: 'svc-1', roles: ['service'] }, keys.privateKeyPem, {
    algorithm: 'RS256',
    issuer: config.AUTH_JWT_ISSUER,
    audience: config.AUTH_JWT_AUDIENCE,
    expiresIn: 300,
    ...(kid ? { keyid: kid } : {}),
  });
}
