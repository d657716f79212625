import { QueueName } from '@p2c/messaging';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { ForecastTestBed } from '../testing/forecast-test-bed';

const FABRIKAM = projectOf('006NW000102');
const COLUMBIA = projectOf('006NW000107');
const CONTOSO = projectOf('006NW000101');
/** Two ISO weeks after the world's date (2026-W48 and W49). */
const RANGE = 'from=2026-11-23&to=2026-12-04';

interface WorkerUtilisation {
  worker: string;
  plannedHours: string;
  capacityHours: string;
  utilisationPct: string;
  projects: string[];
  weeks: { week: string; plannedHours: string; utilisationPct: string }[];
}

describe('utilisation, the bench, the PSA feed and bad input', () => {
  let bed: ForecastTestBed;

  beforeAll(async () => {
    // no webhooks: staffing changes reach the forecast through the PSA feed alone
    bed = await ForecastTestBed.start({ forecastEnv: { FORECAST_FEED_POLL_MS: '2000' } });
    await bed.activate([FABRIKAM, COLUMBIA, CONTOSO]);
  }, 240_000);

  afterAll(() => bed?.close());

  it('sums the hours of a worker split across two projects', async () => {
    const { body } = await bed.api('get', `/utilisation?${RANGE}&legalEntity=NWA-US`).expect(200);
    const farah = (body.items as WorkerUtilisation[]).find((item) => item.worker === 'E1006')!;
    // 40 h a week on Fabrikam and 8 on Columbia, over 40 h of capacity
    expect(farah).toMatchObject({
      projects: [FABRIKAM, COLUMBIA],
      plannedHours: '96.00',
      capacityHours: '80.00',
      utilisationPct: '120.00',
      weeks: [
        expect.objectContaining({
          week: '2026-W48',
          plannedHours: '48.00',
          utilisationPct: '120.00',
        }),
        expect.objectContaining({
          week: '2026-W49',
          plannedHours: '48.00',
          utilisationPct: '120.00',
        }),
      ],
    });
    expect((body.items as WorkerUtilisation[]).every((item) => item.worker < 'E1009')).toBe(true);
  });

  it('lists a worker with no assignment on the bench, by legal entity and cost centre', async () => {
    const { body } = await bed.api('get', `/bench?${RANGE}`).expect(200);
    const dataTeam = body.groups.find(
      (group: { legalEntity: string; costCenter: string }) =>
        group.legalEntity === 'NWA-DE' && group.costCenter === 'DE-DATA',
    );
    expect(dataTeam.workers).toContainEqual(
      expect.objectContaining({ worker: 'E1023', plannedHours: '0.00', utilisationPct: '0.00' }),
    );
    // E1024 has left: not on the bench
    expect(dataTeam.workers.map((w: WorkerUtilisation) => w.worker)).not.toContain('E1024');
    const benched = body.groups.flatMap((group: { workers: WorkerUtilisation[] }) =>
      group.workers.map((w) => w.worker),
    );
    expect(benched).not.toContain('E1006');
  });

  it('takes a staffing change whose webhook never came from the PSA feed within a minute', async () => {
    const before = await bed.version(FABRIKAM, 1);
    await bed.time.admin('/psa/staffing-changes', {
      body: { opportunity: '006NW000102', remove: ['E1007'] },
    });
    const after = await bed.version(FABRIKAM, 2, 60_000);
    expect(after.changes.removed).toEqual([expect.objectContaining({ worker: 'E1007' })]);
    expect(after.trigger).toMatchObject({ kind: 'event', type: 'STAFFING_CHANGED' });
    expect(BigInt(after.planned.cost.amount.replace('.', ''))).toBeLessThan(
      BigInt(before.planned.cost.amount.replace('.', '')),
    );
  });

  it('counts hours without a bill rate as unpriced and asks finance for the rate, never judging that margin', async () => {
    // the public-sector rate card has no ANALYST line: E1008's 40 h a week on Columbia
    const columbia = await bed.version(COLUMBIA, 1);
    expect(Number(columbia.unpricedHours)).toBeGreaterThan(0);
    expect(columbia.marginAtRisk).toBe(false);
    const cases = await bed.dataSource.query(
      `SELECT reason_code, owner_group FROM exceptions WHERE subject_id = $1`,
      [COLUMBIA],
    );
    expect(cases).toEqual([{ reason_code: 'RATE_MISSING', owner_group: 'finance-ops' }]);
  });

  it('lists the projects’ forecasts a keyset page at a time, of one legal entity when asked', async () => {
    const first = await bed.api('get', '/forecasts/projects?limit=2').expect(200);
    const rest = await bed
      .api('get', `/forecasts/projects?limit=2&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(rest.body.nextCursor).toBeUndefined();
    const listed = [...first.body.items, ...rest.body.items].map(
      (item: { project: string }) => item.project,
    );
    expect(listed.sort()).toEqual([CONTOSO, FABRIKAM, COLUMBIA].sort());
    const uk = await bed.api('get', '/forecasts/projects?legalEntity=NWA-UK').expect(200);
    expect(uk.body).toEqual({ items: [] });
  });

  it('refuses bad input with 400 problem+json and writes nothing', async () => {
    const counts = () =>
      bed.dataSource.query(
        `SELECT (SELECT count(*) FROM forecast_versions)::int AS versions,
                (SELECT count(*) FROM forecast_projects)::int AS projects,
                (SELECT count(*) FROM outbox_messages)::int AS outbox`,
      );
    const before = await counts();
    for (const [path, code] of [
      ['/utilisation?from=2026-12-04&to=2026-11-23', 'VALIDATION_FAILED'],
      ['/utilisation?from=2026-11-23&to=2026-12-04&legalEntity=NWA-XX', 'VALIDATION_FAILED'],
      ['/bench?from=2026-02-30&to=2026-12-04', 'VALIDATION_FAILED'],
      ['/bench?from=2026-11-23', 'VALIDATION_FAILED'],
      ['/utilisation?from=2026-01-01&to=2027-06-30', 'VALIDATION_FAILED'],
      ['/forecasts/projects?legalEntity=NWA-XX', 'VALIDATION_FAILED'],
      ['/forecasts/projects?cursor=not-ours', 'INVALID_CURSOR'],
      [`/forecasts/projects/${FABRIKAM}?asOf=last-week`, 'VALIDATION_FAILED'],
      [`/forecasts/projects/${FABRIKAM}/versions/none`, 'VALIDATION_FAILED'],
    ]) {
      const answer = await bed.api('get', path);
      expect({ path, status: answer.status, type: answer.type }).toEqual({
        path,
        status: 400,
        type: 'application/problem+json',
      });
      expect(answer.body.code).toBe(code);
    }
    const unknown = await bed
      .api('post', '/forecasts/projects/PRJ-NOSUCH/recompute')
      .set('idempotency-key', 'no-such-project');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
    expect(await bed.businessEvents(QueueName.BusinessEvents, 'MarginProjectionChanged')).toEqual(
      [],
    );
  });
});
