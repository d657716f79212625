import { z } from 'zod';
import { DataOwner, schemaOf } from './app-schemas';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/p2c';

/** `PROCESS_TIME_DATABASE_URL` for process-time. */
export function databaseUrlVariable(app: DataOwner): string {
  return `${schemaOf(app).toUpperCase()}_DATABASE_URL`;
}

/** The app's own connection settings, and the owner's from which development derives them. */
export function persistenceConfigShape(app: DataOwner) {
  return {
    DATABASE_URL: z.string().url().default(DEFAULT_DATABASE_URL),
    [databaseUrlVariable(app)]: z.string().url().optional(),
  };
}

/**
 * Where the app connects: its own `<APP>_DATABASE_URL` (production: one per app, with the app's
 * role and secret), else `DATABASE_URL` with the app's role in place of the user — the roles
 * `npm run migrate` provisions in development.
 */
export function appDatabaseUrl(app: DataOwner, env: Record<string, string | undefined>): string {
  const own = env[databaseUrlVariable(app)];
  if (own) return own;
  const url = new URL(env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  url.username = schemaOf(app);
  return url.toString();
}

/** Whether the app's connection is derived from `DATABASE_URL` (so its role is ours to provision). */
export function isDerivedDatabaseUrl(
  app: DataOwner,
  env: Record<string, string | undefined>,
): boolean {
  return !env[databaseUrlVariable(app)];
}
