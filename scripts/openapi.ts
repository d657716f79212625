/**
 * `npm run openapi [-- app …]`: writes `openapi/<app>.json` for every app (or the ones named) from
 * its controllers and DTOs (Nest preview mode: nothing starts, no database needed), then, from
 * the documents of the system and process apps among them, their typed clients
 * `libs/clients/src/generated/<app>.ts`, and from the experience API's, the types of the partner
 * client package `clients/experience`. Commit the result; tests fail when a committed document
 * or client differs from what the code generates. `--out DIR` writes `DIR/openapi/`,
 * `DIR/clients/` and `DIR/partner-client/` instead, leaving the working tree alone (the drift
 * test uses it).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeOpenApiDocument } from '@p2c/platform';
import { CLIENT_APPS } from '../libs/clients/src/client-apps';
import { appModules } from './app-modules';
import { CLIENTS_DIRECTORY, writeClients, writePartnerClientSchema } from './openapi-clients';

async function main(): Promise<void> {
  const { values, positionals: only } = parseArgs({
    options: { out: { type: 'string' } },
    allowPositionals: true,
  });
  const apps = appModules().filter(([app]) => only.length === 0 || only.includes(app));
  if (apps.length === 0) throw new Error(`no app named ${only.join(', ')}`);
  const documents = values.out ? join(values.out, 'openapi') : 'openapi';
  const clients = values.out ? join(values.out, 'clients') : CLIENTS_DIRECTORY;
  await mkdir(documents, { recursive: true });
  for (const [app, module] of apps)
    console.log(`wrote ${await writeOpenApiDocument(module, app, documents)}`);
  const clientApps = CLIENT_APPS.filter((client) => apps.some(([app]) => app === client));
  for (const path of await writeClients(clientApps, { documents, clients }))
    console.log(`wrote ${path}`);
  if (apps.some(([app]) => app === 'experience-api')) {
    const partnerSchema = values.out && join(values.out, 'partner-client', 'schema.ts');
    console.log(`wrote ${await writePartnerClientSchema(documents, partnerSchema)}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
