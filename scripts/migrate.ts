/**
 * `npm run migrate`: every app's migrations, each applied as the app's own role to its own schema.
 * In development (no `<APP>_DATABASE_URL` set) the database, roles and schemas are created first
 * from `DATABASE_URL`.
 */
import { migrateApps } from '@p2c/persistence';

async function main(): Promise<void> {
  const applied = await migrateApps(process.env);
  for (const [app, names = []] of Object.entries(applied))
    console.log(`${app}: ${names.length ? `applied ${names.join(', ')}` : 'up to date'}`);
}

main().catch((error: unknown) => {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
