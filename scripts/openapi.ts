/**
 * `npm run openapi`: writes `openapi/<app>.json` for every app from its controllers and DTOs
 * (Nest preview mode: nothing starts, no database needed). Commit the result; a test fails when
 * a committed document differs from what the code generates.
 */
import { writeOpenApiDocument } from '@p2c/platform';
import { appModules } from './app-modules';

async function main(): Promise<void> {
  for (const [app, module] of appModules())
    console.log(`wrote ${await writeOpenApiDocument(module, app)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
