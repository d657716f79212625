import { createPublicKey } from 'node:crypto';
import { z } from 'zod';

const MIN_RSA_BITS = 2048;

function isRsaPublicKey(pem: string): boolean {
  try {
    const key = createPublicKey(pem);
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    return key.asymmetricKeyType === 'rsa' && bits >= MIN_RSA_BITS;
  } catch {
    return false;
  }
}

/**
 * How bearer tokens are verified. User tokens: exactly one kind of key is used, a JWKS URL or a
 * PEM public key (RS256, an identity provider) or the shared secret (HS256, development).
 * Service tokens, the gateway's own calls between its tiers, carry their own issuer and are
 * verified with their own secret (HS256), apart from the user key.
 */
export const jwtConfigShape = {
  AUTH_JWT_ISSUER: z.string().min(1).default('p2c-gateway'),
  AUTH_JWT_AUDIENCE: z.string().min(1).default('p2c'),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** PEM; `\n` escapes are accepted so the key fits on one line of an env file */
  AUTH_JWT_PUBLIC_KEY: z
    .string()
    .transform((value) => value.replace(/\\n/g, '\n'))
    .refine(isRsaPublicKey, `must be a PEM RSA public key of at least ${MIN_RSA_BITS} bits`)
    .optional(),
  AUTH_JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_JWT_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(60).default(30),
  AUTH_SERVICE_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters'),
  AUTH_SERVICE_TOKEN_ISSUER: z.string().min(1).default('p2c-services'),
};

/** Every variable of libs/security. */
export const securityConfigShape = {
  ...jwtConfigShape,
  PSA_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters'),
};

export type JwtConfig = z.infer<z.ZodObject<typeof jwtConfigShape>>;
export type SecurityConfig = z.infer<z.ZodObject<typeof securityConfigShape>>;

/** Development-only values (parseConfig ignores them in production, where a start without keys fails). */
export const securityDevSecrets = {
  AUTH_JWT_SECRET: 'p2c-development-only-jwt-secret-never-in-production',
  AUTH_SERVICE_TOKEN_SECRET: 'p2c-development-only-service-token-secret',
  PSA_WEBHOOK_SECRET: 'psa-dev-webhook-secret',
};
