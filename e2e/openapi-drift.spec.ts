import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildOpenApiDocument, formatOpenApiDocument } from '@p2c/platform';
import { appModules } from '../scripts/app-modules';

describe('the committed OpenAPI documents', () => {
  it.each(appModules())('openapi/%s.json is what the code generates', async (app, module) => {
    const committed = await readFile(join(__dirname, '..', 'openapi', `${app}.json`), 'utf8').catch(
      () => `(missing: run npm run openapi and commit openapi/${app}.json)`,
    );
    expect(committed).toBe(formatOpenApiDocument(await buildOpenApiDocument(module, app)));
  });
});
