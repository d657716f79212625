import { z } from 'zod';

export const nodeEnvSchema = z.enum(['development', 'test', 'production']).default('development');

/** Variables every gateway app understands. */
export const baseConfigShape = {
  NODE_ENV: nodeEnvSchema,
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HTTP_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  /**
   * how many reverse proxies in front of the app to believe about the client (X-Forwarded-For,
   * -Host, -Proto): 0 trusts none, so the client is the socket's peer
   */
  HTTP_TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
};

export type ConfigShape = z.ZodRawShape;
export type ConfigOf<S extends ConfigShape> = z.infer<z.ZodObject<S>>;

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (${problems.length} problem(s)):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

function isDevelopment(env: Record<string, string | undefined>): boolean {
  return env.NODE_ENV === undefined || env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
}

/**
 * Parses the environment against a schema and reports every bad or missing variable at once.
 * Secrets get their development defaults only when NODE_ENV is development or test: a production
 * start without them fails instead of running with a well-known key.
 */
export function parseConfig<S extends ConfigShape>(
  shape: S,
  env: Record<string, string | undefined>,
  devSecrets: Record<string, string> = {},
): ConfigOf<S> {
  const input = isDevelopment(env) ? { ...devSecrets, ...stripEmpty(env) } : stripEmpty(env);
  const result = z.object(shape).safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const value = input[String(issue.path[0])];
    return value === undefined ? `${name}: required but not set` : `${name}: ${issue.message}`;
  });
  throw new ConfigValidationError(problems);
}

function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value !== '') out[key] = value;
  return out;
}
