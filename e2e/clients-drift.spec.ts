import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLIENT_APPS } from '@p2c/clients';

const ROOT = join(__dirname, '..');
const CLIENTS = 'libs/clients/src/generated';

/** As for every app: once its owner has committed its document, neither it nor its client may drift. */
const committed = CLIENT_APPS.filter((app) => existsSync(join(ROOT, 'openapi', `${app}.json`)));

/**
 * Runs `npm run openapi` for the client apps into a scratch directory (in its own Node process:
 * the generator loads ES modules jest cannot) and compares what it writes with what is committed.
 */
describe('the committed documents and clients of the system and process apps', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'p2c-openapi-'));
    await promisify(execFile)(
      process.execPath,
      ['-r', '@swc-node/register', 'scripts/openapi.ts', '--out', scratch, ...committed],
      { cwd: ROOT, timeout: 120_000 },
    );
  }, 150_000);

  afterAll(() => rm(scratch, { recursive: true, force: true }));

  const outOfDate = (app: string, what: string) =>
    `${what} is out of date: run \`npm run openapi -- ${app}\` and commit ` +
    `openapi/${app}.json and ${CLIENTS}/${app}.ts.`;

  async function expectCommitted(committedPath: string, generatedPath: string, app: string) {
    const committed = await readFile(join(ROOT, committedPath), 'utf8').catch(() => '(missing)');
    const generated = await readFile(generatedPath, 'utf8');
    if (committed !== generated) throw new Error(outOfDate(app, committedPath));
  }

  it('include the system APIs’', () => {
    expect(committed).toEqual(
      expect.arrayContaining(['system-crm', 'system-psa', 'system-erp', 'system-hcm']),
    );
  });

  it.each(committed)('openapi/%s.json is what the code generates', (app) =>
    expectCommitted(`openapi/${app}.json`, join(scratch, 'openapi', `${app}.json`), app),
  );

  it.each(committed)(`${CLIENTS}/%s.ts is what its document generates`, (app) =>
    expectCommitted(`${CLIENTS}/${app}.ts`, join(scratch, 'clients', `${app}.ts`), app),
  );
});
