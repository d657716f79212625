import { DATA_OWNERS, DataOwner } from './app-schemas';
import { DEFAULT_DATABASE_URL, appDatabaseUrl, isDerivedDatabaseUrl } from './app-database-url';
import { ensureDatabase } from './ensure-database';
import { provisionAppSchemas } from './provision-app-schemas';
import { runMigrations } from './run-migrations';

/**
 * `npm run migrate`: every app's migrations, each as its own role. Apps without a URL of their own
 * are development apps: their database, role and schema are created first from `DATABASE_URL`.
 * Answers the migrations applied, by app.
 */
export async function migrateApps(
  env: Record<string, string | undefined>,
  apps: readonly DataOwner[] = DATA_OWNERS,
): Promise<Partial<Record<DataOwner, string[]>>> {
  const derived = apps.filter((app) => isDerivedDatabaseUrl(app, env));
  if (derived.length) {
    const ownerUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
    await ensureDatabase(ownerUrl);
    await provisionAppSchemas(ownerUrl, derived);
  }
  const applied: Partial<Record<DataOwner, string[]>> = {};
  for (const app of apps) applied[app] = await runMigrations(app, appDatabaseUrl(app, env));
  return applied;
}
