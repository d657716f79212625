import { SweepApprovedUseCase } from '../intake/sweep-approved.use-case';
import { TimeTestBed } from '../testing/time-test-bed';

describe('retries that end', () => {
  let bed: TimeTestBed;

  beforeAll(async () => {
    bed = await TimeTestBed.start({
      env: { TIME_POSTING_ATTEMPTS: '3', TIME_POSTING_MAX_DEFERRALS: '2' },
    });
  }, 120_000);

  afterAll(() => bed?.close());

  const faults = (body: object) =>
    bed.admin('/faults', { method: 'PUT', body: { system: 'erp', ...body } });

  async function blockedBy(fault: object, date: string) {
    const [id] = await bed.logTime([
      { opportunity: '006NW000104', worker: 'E1014', date, hours: 6 },
    ]);
    await bed.approve([id]);
    await faults(fault);
    try {
      await bed.get(SweepApprovedUseCase).execute();
      await bed.settled([id], 60_000);
    } finally {
      await faults({});
    }
    const { body } = await bed.api('get', `/postings/psa-time-${id}`).expect(200);
    return { id, posting: body };
  }

  async function retryPosts(id: string, exceptionId: string): Promise<void> {
    await bed.api('post', `/exceptions/${exceptionId}/retry`).expect(202);
    const statuses = await bed.settled([id]);
    expect(statuses.get(id)).toBe('posted');
    const { items } = await bed.admin<{ items: unknown[] }>(
      `/state/erp/timeBill?externalId=psa-time-${id}`,
    );
    expect(items).toHaveLength(1);
    const audit = await bed.dataSource.query(
      `SELECT actor, action FROM audit_log WHERE subject_id = $1`,
      [exceptionId],
    );
    expect(audit).toEqual([{ actor: 'finance-analyst', action: 'exception.retry' }]);
  }

  it('stops after its attempts while the ERP is down, for the platform team to retry', async () => {
    const { id, posting } = await blockedBy({ errorRate: 1 }, '2026-11-12');
    expect(posting.status).toBe('blocked');
    expect(posting.exception).toMatchObject({
      reasonCode: 'VENDOR_UNAVAILABLE',
      ownerGroup: 'platform',
      message: expect.stringMatching(/failed 3 times.*retry this exception/),
    });
    const { items } = await bed.admin<{ items: unknown[] }>(
      `/state/erp/timeBill?externalId=psa-time-${id}`,
    );
    expect(items).toHaveLength(0);
    await retryPosts(id, posting.exception.id);
  }, 90_000);

  it('stops after its deferrals and attempts while the ERP keeps answering 429', async () => {
    const { id, posting } = await blockedBy({ rateLimit: { perSecond: 0 } }, '2026-11-13');
    expect(posting.exception).toMatchObject({ reasonCode: 'RATE_LIMITED', ownerGroup: 'platform' });
    await retryPosts(id, posting.exception.id);
  }, 90_000);
});
