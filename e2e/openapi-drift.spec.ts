import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildOpenApiDocument, formatOpenApiDocument } from '@p2c/platform';
import { appModules } from '../scripts/app-modules';

const documentPath = (app: string) => join(__dirname, '..', 'openapi', `${app}.json`);

/** Each app's owner commits its document with `npm run openapi`; from then on it may not drift. */
const committed = appModules().filter(([app]) => existsSync(documentPath(app)));

describe('the committed OpenAPI documents', () => {
  it('include the vendor sandbox\u2019s', () => {
    expect(committed.map(([app]) => app)).toContain('vendor-sandbox');
  });

  it.each(committed)('openapi/%s.json is what the code generates', async (app, module) => {
    expect(await readFile(documentPath(app), 'utf8')).toBe(
      formatOpenApiDocument(await buildOpenApiDocument(module, app)),
    );
  });
});
