import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLIENT_APPS } from '@p2c/clients';

const ROOT = join(__dirname, '..');
const CLIENTS = 'libs/clients/src/generated';

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
      ['-r', '@swc-node/register', 'scripts/openapi.ts', '--out', scratch, ...CLIENT_APPS],
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

  it.each(CLIENT_APPS)('openapi/%s.json is what the code generates', (app) =>
    expectCommitted(`openapi/${app}.json`, join(scratch, 'openapi', `${app}.json`), app),
  );

  it.each(CLIENT_APPS)(`${CLIENTS}/%s.ts is what its document generates`, (app) =>
    expectCommitted(`${CLIENTS}/${app}.ts`, join(scratch, 'clients', `${app}.ts`), app),
  );
});
