import { z } from 'zod';
import { ConfigValidationError, baseConfigShape, parseConfig } from './parse-config';

const shape = {
  ...baseConfigShape,
  PORT: z.coerce.number().int().min(1).max(65535),
  DATABASE_URL: z.string().url(),
  JWT_SECRET: z.string().min(32),
};

describe('parseConfig', () => {
  it('reports every bad or missing variable in one error', () => {
    let caught: unknown;
    try {
      parseConfig(shape, {
        NODE_ENV: 'production',
        PORT: 'eighty',
        DATABASE_URL: 'not a url',
        LOG_LEVEL: 'loud',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    const problems = (caught as ConfigValidationError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
    expect(problems.join('\n')).toMatch(/JWT_SECRET: required but not set/);
  });

  it('gives secrets their development default only in development', () => {
    const env = { PORT: '80', DATABASE_URL: 'postgres://localhost/x' };
    const devSecret = { JWT_SECRET: 'development-only-secret-of-32-chars!' };
    expect(parseConfig(shape, env, devSecret).JWT_SECRET).toBe(devSecret.JWT_SECRET);
    expect(() => parseConfig(shape, { ...env, NODE_ENV: 'production' }, devSecret)).toThrow(
      /JWT_SECRET: required but not set/,
    );
  });

  it('applies defaults and coerces numbers', () => {
    const config = parseConfig(shape, {
      PORT: '8080',
      DATABASE_URL: 'postgres://localhost/x',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config.PORT).toBe(8080);
    expect(config.HTTP_BODY_LIMIT_BYTES).toBe(1024 * 1024);
    expect(config.NODE_ENV).toBe('development');
  });
});
