import { CrmQuota, CrmQuotaExhaustedError, QuotaClock } from './crm-quota';

/** A clock that moves when told to; `sleep` records the wait (and, sequentially, moves the clock). */
class FakeClock implements QuotaClock {
  time = 1_000_000;
  readonly sleeps: number[] = [];

  constructor(private readonly sleepMovesTime = true) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    if (this.sleepMovesTime) this.time += ms;
  }
}

const settings = { slowdownAt: 0.8, stopAt: 0.95, maxSpacingMs: 1000, probeIntervalMs: 60_000 };

describe('CrmQuota', () => {
  let clock: FakeClock;
  let quota: CrmQuota;

  /** one call answered with `used` of 1000 */
  const call = async (used: number) => quota.answered(await quota.admit(), { used, max: 1000 });

  beforeEach(() => {
    clock = new FakeClock();
    quota = new CrmQuota(settings, clock);
  });

  it('lets calls through without waiting while usage is below the slowdown share', async () => {
    for (let i = 0; i < 5; i++) await call(500 + i);
    expect(clock.sleeps).toEqual([]);
    expect(quota.spacingMs()).toBe(0);
  });

  it('spaces calls out from the slowdown share, more the closer usage gets to the stop share', async () => {
    for (let i = 0; i < 4; i++) await call(850); // a third of the way from 80 % to 95 %
    expect(quota.spacingMs()).toBe(333);
    expect(clock.sleeps).toEqual([333, 333]);
    await call(930);
    expect(quota.spacingMs()).toBe(867);
  });

  it('spaces concurrent callers one after another, not all after the same wait', async () => {
    clock = new FakeClock(false);
    quota = new CrmQuota(settings, clock);
    await call(900);
    await Promise.all([quota.admit(), quota.admit(), quota.admit()]);
    expect(clock.sleeps).toEqual([667, 1334]);
  });

  it('stops at the stop share and refuses calls at once, saying when to retry', async () => {
    await call(950);
    const refusal = await quota.admit().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CrmQuotaExhaustedError);
    expect((refusal as CrmQuotaExhaustedError).retryAfterMs).toBe(60_000);
    expect((refusal as CrmQuotaExhaustedError).usage).toEqual({ used: 950, max: 1000 });
    clock.time += 20_000;
    await expect(quota.admit()).rejects.toMatchObject({ retryAfterMs: 40_000 });
  });

  it('lets one probe through after the interval and resumes when the allowance was renewed', async () => {
    await call(960);
    clock.time += 60_000;
    const probe = await quota.admit();
    expect(probe.probe).toBe(true);
    await expect(quota.admit()).rejects.toBeInstanceOf(CrmQuotaExhaustedError);
    quota.answered(probe, { used: 3, max: 1000 });
    await expect(quota.admit()).resolves.toEqual({ probe: false });
    expect(clock.sleeps).toEqual([]);
  });

  it('stays stopped for another interval when the probe finds the allowance still used up', async () => {
    await call(960);
    clock.time += 60_000;
    quota.answered(await quota.admit(), { used: 961, max: 1000 });
    await expect(quota.admit()).rejects.toMatchObject({ retryAfterMs: 60_000 });
  });

  it('ignores a late answer of an older call while stopped', async () => {
    const older = await quota.admit();
    await call(955);
    quota.answered(older, { used: 940, max: 1000 });
    await expect(quota.admit()).rejects.toBeInstanceOf(CrmQuotaExhaustedError);
  });

  it('stops when the CRM itself refuses for the daily limit, and probes again later', async () => {
    await call(10);
    const ticket = await quota.admit();
    const refusal = quota.refused(ticket);
    expect(refusal.retryAfterMs).toBe(60_000);
    await expect(quota.admit()).rejects.toBeInstanceOf(CrmQuotaExhaustedError);
    clock.time += 60_000;
    const probe = await quota.admit();
    quota.failed(probe);
    // a probe that failed for another reason lets the next call probe
    await expect(quota.admit()).resolves.toEqual({ probe: true });
  });

  it('refuses settings whose slowdown share is not below the stop share', () => {
    expect(() => new CrmQuota({ ...settings, slowdownAt: 0.95 })).toThrow(/must be below/);
  });
});
