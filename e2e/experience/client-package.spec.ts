import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Role } from '@p2c/security';
import { ExperienceTestBed } from '@p2c/apps/experience-api/src/testing/experience-test-bed';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const PACKAGE = join(ROOT, 'clients', 'experience');

/**
 * The partner client installs from the repository as a partner team would install it (a tarball
 * from `npm pack`, built on the way) and its example runs against the gateway with nothing but
 * the package and its one dependency.
 */
describe('the partner client package, packed and installed', () => {
  let bed: ExperienceTestBed;
  let scratch: string;
  let project: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'p2c-client-'));
    const [started, packed] = await Promise.all([
      ExperienceTestBed.start(),
      run('npm', ['pack', PACKAGE, '--pack-destination', scratch, '--json'], {
        cwd: ROOT,
        timeout: 120_000,
      }),
    ]);
    bed = started;
    const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[];
    project = join(scratch, 'partner-app');
    const installed = join(project, 'node_modules', '@p2c-gateway', 'experience-client');
    await mkdir(installed, { recursive: true });
    await run('tar', ['-xzf', join(scratch, filename), '-C', installed, '--strip-components=1']);
    await symlink(
      join(ROOT, 'node_modules', 'openapi-fetch'),
      join(project, 'node_modules', 'openapi-fetch'),
    );
    await copyFile(join(PACKAGE, 'examples', 'partner-portal.mjs'), join(project, 'example.mjs'));
  }, 180_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(async () => {
    await bed?.close();
    await rm(scratch, { recursive: true, force: true });
  }, 120_000);

  it('ships the built client with its types and guide, not its sources', async () => {
    const installed = join(project, 'node_modules', '@p2c-gateway', 'experience-client');
    expect((await readdir(installed)).sort()).toEqual(['README.md', 'dist', 'package.json']);
    expect((await readdir(join(installed, 'dist'))).sort()).toEqual(
      expect.arrayContaining(['index.d.ts', 'index.js', 'schema.d.ts']),
    );
  });

  it("runs its example: a partner's own projects, and none of another partner's", async () => {
    const own = await bed
      .process('process-onboarding', 'get', '/onboardings?partner=PARTNER-ALPHA')
      .expect(200);
    const others = await bed
      .process('process-onboarding', 'get', '/onboardings?partner=PARTNER-BETA')
      .expect(200);
    const { stdout } = await run(process.execPath, ['example.mjs'], {
      cwd: project,
      timeout: 30_000,
      env: {
        PATH: process.env.PATH,
        P2C_URL: bed.url,
        P2C_TOKEN: bed.token(Role.Partner, { partnerId: 'PARTNER-ALPHA' }),
      },
    });
    const listed = stdout
      .split('\n')
      .filter((line) => line.startsWith('project '))
      .map((line) => line.split(' ')[1]);
    const expected = (own.body.items as { project: string; status: string }[]).map(
      (o) => o.project,
    );
    expect(listed.sort()).toEqual(expected.sort());
    expect(listed.length).toBeGreaterThan(0);
    for (const other of others.body.items as { project: string }[])
      expect(listed).not.toContain(other.project);
  });
});
