import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildOpenApiDocument, formatOpenApiDocument } from '@p2c/platform';
import { appModules } from '../scripts/app-modules';

/** Every app's document is committed (`npm run openapi`); a deleted one fails like a drifted one. */
describe('the committed OpenAPI documents', () => {
  it.each(appModules())(
    'openapi/%s.json is committed and is what the code generates',
    async (app, module) => {
      const path = `openapi/${app}.json`;
      const committed = await readFile(join(__dirname, '..', path), 'utf8').catch(() => undefined);
      if (committed === undefined)
        throw new Error(`${path} is missing: run \`npm run openapi -- ${app}\` and commit it.`);
      expect(committed).toBe(formatOpenApiDocument(await buildOpenApiDocument(module, app)));
    },
  );
});
