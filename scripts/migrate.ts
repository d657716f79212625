/** `npm run migrate`: creates the database if needed and applies pending migrations. */
import { parseConfig } from '@p2c/platform';
import { ensureDatabase, persistenceConfigShape, runMigrations } from '@p2c/persistence';

async function main(): Promise<void> {
  const { DATABASE_URL } = parseConfig(persistenceConfigShape, process.env);
  if (await ensureDatabase(DATABASE_URL)) console.log('created the database');
  const applied = await runMigrations(DATABASE_URL);
  console.log(applied.length ? `applied ${applied.join(', ')}` : 'the schema is up to date');
}

main().catch((error: unknown) => {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
