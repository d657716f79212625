import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLIENT_APPS } from '@p2c/clients';

const ROOT = join(__dirname, '..');
const CLIENTS = 'libs/clients/src/generated';
const PARTNER_SCHEMA = 'clients/experience/src/schema.ts';

/**
 * Every system and process app's document and client are committed, and neither may drift: runs
 * `npm run openapi` for them into a scratch directory (in its own Node process: the generator
 * loads ES modules jest cannot) and compares what it writes with what is committed.
 */
describe('the committed documents and clients of the system and process apps, and the partner client', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'p2c-openapi-'));
    await promisify(execFile)(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        'scripts/openapi.ts',
        '--out',
        scratch,
        ...CLIENT_APPS,
        'experience-api',
      ],
      { cwd: ROOT, timeout: 120_000 },
    );
  }, 150_000);

  afterAll(() => rm(scratch, { recursive: true, force: true }));

  const fix = (app: string) =>
    `run \`npm run openapi -- ${app}\` and commit openapi/${app}.json and ${
      app === 'experience-api' ? PARTNER_SCHEMA : `${CLIENTS}/${app}.ts`
    }.`;

  async function expectCommitted(committedPath: string, generatedPath: string, app: string) {
    const committed = await readFile(join(ROOT, committedPath), 'utf8').catch(() => undefined);
    if (committed === undefined) throw new Error(`${committedPath} is missing: ${fix(app)}`);
    const generated = await readFile(generatedPath, 'utf8');
    if (committed !== generated) throw new Error(`${committedPath} is out of date: ${fix(app)}`);
  }

  it.each(CLIENT_APPS)('openapi/%s.json is committed and is what the code generates', (app) =>
    expectCommitted(`openapi/${app}.json`, join(scratch, 'openapi', `${app}.json`), app),
  );

  it.each(CLIENT_APPS)(`${CLIENTS}/%s.ts is committed and is what its document generates`, (app) =>
    expectCommitted(`${CLIENTS}/${app}.ts`, join(scratch, 'clients', `${app}.ts`), app),
  );

  it("the partner client's types are committed and are what the experience API's document generates", () =>
    expectCommitted(
      PARTNER_SCHEMA,
      join(scratch, 'partner-client', 'schema.ts'),
      'experience-api',
    ));
});
