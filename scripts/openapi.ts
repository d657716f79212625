/**
 * `npm run openapi [-- app …]`: writes `openapi/<app>.json` for every app (or the ones named) from
 * its controllers and DTOs (Nest preview mode: nothing starts, no database needed). Commit the
 * result; a test fails when a committed document differs from what the code generates.
 */
import { writeOpenApiDocument } from '@p2c/platform';
import { appModules } from './app-modules';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const apps = appModules().filter(([app]) => only.length === 0 || only.includes(app));
  if (apps.length === 0) throw new Error(`no app named ${only.join(', ')}`);
  for (const [app, module] of apps) console.log(`wrote ${await writeOpenApiDocument(module, app)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
