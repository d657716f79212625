import { waitFor } from '@p2c/testing';
import { PsaTimeEntryDto } from '@p2c/canonical';
import { Role } from '@p2c/security';
import { TimeTestBed } from '../testing/time-test-bed';
import { EntryIntake } from './entry-intake';
import { PollFeedUseCase } from './poll-feed.use-case';
import { PsaEventIntake } from './psa-event-intake';
import { PsaFeedCheckpoints } from './psa-feed-checkpoints';
import { SweepApprovedUseCase } from './sweep-approved.use-case';

interface Bill {
  externalId: string;
  hours: string;
  approvalStatus: { id: string };
}

describe('intake from webhooks, the feed and the sweep; corrections and withdrawals', () => {
  let bed: TimeTestBed;

  beforeAll(async () => {
    bed = await TimeTestBed.start();
  }, 120_000);

  afterAll(() => bed?.close());

  async function billOf(id: string): Promise<Bill[]> {
    const { items } = await bed.admin<{ items: Bill[] }>(
      `/state/erp/timeBill?externalId=psa-time-${id}`,
    );
    return items;
  }

  async function ledger(
    id: string,
  ): Promise<{ flow: string; version: string; status: string; attempts: number }[]> {
    return bed.dataSource.query(
      `SELECT flow, source_version AS version, status, attempts FROM sync_ledger
        WHERE source_id = $1 ORDER BY created_at, flow`,
      [id],
    );
  }

  async function postingOf(id: string, status: string) {
    return waitFor(
      async () => {
        const res = await bed.api('get', `/postings/psa-time-${id}`);
        return res.status === 200 && res.body.status === status ? res.body : undefined;
      },
      { timeoutMs: 30_000, what: `psa-time-${id} to be ${status}` },
    );
  }

  it('posts once what five webhooks, two feed passes and a sweep all brought', async () => {
    await bed.registerWebhooks(5);
    const [id] = await bed.logTime([
      { opportunity: '006NW000104', worker: 'E1013', date: '2026-11-04', hours: 8 },
    ]);
    await bed.approve([id]);
    await bed.deliveriesDone();
    const deliveries = await bed.admin<{ deliveries: { eventId: string; status: string }[] }>(
      '/psa/webhooks/deliveries?limit=50',
    );
    const approvals = deliveries.deliveries.filter((d) => d.status === 'delivered');
    expect(approvals.length).toBeGreaterThanOrEqual(5);
    const eventId = approvals[0].eventId;
    expect(approvals.filter((d) => d.eventId === eventId)).toHaveLength(5);
    await postingOf(id, 'posted');

    expect(await bed.get(PollFeedUseCase).execute()).toBe(0);
    await bed.get(PsaFeedCheckpoints).forget('events');
    expect(await bed.get(PollFeedUseCase).execute()).toBe(0);
    expect(await bed.get(SweepApprovedUseCase).execute()).toBe(0);

    expect(await bed.psaInbox(eventId)).toMatchObject({ id: eventId, type: 'TIME_ENTRY_APPROVED' });
    expect(await billOf(id)).toHaveLength(1);
    expect(await ledger(id)).toEqual([
      { flow: 'time-intake', version: '2', status: 'succeeded', attempts: 1 },
      { flow: 'time-posting', version: '2', status: 'succeeded', attempts: 1 },
    ]);
    await bed.dropWebhooks();
    await bed.registerWebhooks(1);
  });

  it('cannot see system-psa’s inbox but through its API', async () => {
    await expect(bed.dataSource.query(`SELECT 1 FROM inbox_messages LIMIT 1`)).rejects.toThrow(
      'relation "inbox_messages" does not exist',
    );
    await expect(
      bed.dataSource.query(`SELECT 1 FROM system_psa.inbox_messages LIMIT 1`),
    ).rejects.toThrow('permission denied');
  });

  it('retries a psa-events job that failed, and posts its entry once', async () => {
    const take = jest
      .spyOn(bed.get(PsaEventIntake), 'take')
      .mockRejectedValueOnce(new Error('the worker lost its database connection'));
    try {
      const [id] = await bed.logTime([
        { opportunity: '006NW000104', worker: 'E1015', date: '2026-11-06', hours: 3 },
      ]);
      await bed.approve([id]);
      await postingOf(id, 'posted');
      expect(take.mock.calls.length).toBeGreaterThanOrEqual(2);
      await expect(take.mock.results[0].value).rejects.toThrow('lost its database connection');
      expect(await billOf(id)).toHaveLength(1);
      expect((await ledger(id)).map((hop) => hop.flow)).toEqual(['time-intake', 'time-posting']);
    } finally {
      take.mockRestore();
    }
  });

  it('corrects a posted entry in place when its hours are edited: the ERP nets 6 of 8', async () => {
    const [id] = await bed.logTime([
      { opportunity: '006NW000101', worker: 'E1004', date: '2026-11-04', hours: 8 },
    ]);
    await bed.approve([id]);
    const first = await postingOf(id, 'posted');
    expect(first.billableValue).toEqual({ amount: '1440.00', currency: 'USD' });
    await bed.admin(`/psa/time-entries/${id}`, { method: 'PATCH', body: { hours: 6 } });
    const corrected = await waitFor(async () => {
      const res = await bed.api('get', `/postings/psa-time-${id}`);
      return res.body.postedVersion === 3 && res.body.status === 'posted' ? res.body : undefined;
    });
    expect(corrected).toMatchObject({
      minutes: 360,
      billableValue: { amount: '1080.00', currency: 'USD' },
      cost: { amount: '444.00', currency: 'USD' },
      erpId: first.erpId,
    });
    const bills = await billOf(id);
    expect(bills.map((bill) => [bill.hours, bill.approvalStatus.id])).toEqual([['6:00', '2']]);
    expect(await ledger(id)).toEqual([
      { flow: 'time-intake', version: '2', status: 'succeeded', attempts: 1 },
      { flow: 'time-posting', version: '2', status: 'reversed', attempts: 1 },
      { flow: 'time-intake', version: '3', status: 'succeeded', attempts: 1 },
      { flow: 'time-posting', version: '3', status: 'succeeded', attempts: 1 },
    ]);
  });

  it('reverses a posted entry whose approval is withdrawn: the ERP nets zero', async () => {
    const [id] = await bed.logTime([
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-11-05', hours: 8 },
    ]);
    await bed.approve([id]);
    await postingOf(id, 'posted');
    await bed.admin(`/psa/time-entries/${id}/reject`, { method: 'POST' });
    await postingOf(id, 'reversed');
    const bills = await billOf(id);
    expect(bills).toHaveLength(1);
    expect(bills[0].approvalStatus.id).not.toBe('2');
    const flows = (await ledger(id)).map((hop) => `${hop.flow} v${hop.version} ${hop.status}`);
    expect(flows).toEqual([
      'time-intake v2 succeeded',
      'time-posting v2 reversed',
      'time-intake v3 succeeded',
      'time-reversal v3 succeeded',
    ]);
  });

  it('reverses a posted entry deleted in the PSA', async () => {
    const [id] = await bed.logTime([
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-11-06', hours: 4 },
    ]);
    await bed.approve([id]);
    await postingOf(id, 'posted');
    await bed.admin(`/state/psa/time_entries/${id}`, { method: 'DELETE' });
    await postingOf(id, 'reversed');
    expect((await billOf(id))[0].approvalStatus.id).not.toBe('2');
  });

  it('takes versions in any order: a late older version changes nothing', async () => {
    await bed.dropWebhooks();
    const [id] = await bed.logTime([
      { opportunity: '006NW000102', worker: 'E1007', date: '2026-11-04', hours: 8 },
    ]);
    await bed.approve([id]);
    const approved = await psaEntry(id);
    await bed.admin(`/psa/time-entries/${id}`, { method: 'PATCH', body: { hours: 5 } });
    const edited = await psaEntry(id);
    expect([approved.sourceVersion, edited.sourceVersion]).toEqual([2, 3]);
    const intake = bed.get(EntryIntake);
    expect(
      await bed.dataSource.transaction((m) => intake.record(m, [{ kind: 'TIME', record: edited }])),
    ).toBe(1);
    expect(
      await bed.dataSource.transaction((m) =>
        intake.record(m, [{ kind: 'TIME', record: approved }]),
      ),
    ).toBe(0);
    const posted = await postingOf(id, 'posted');
    expect([posted.postedVersion, posted.minutes]).toEqual([3, 300]);
    expect((await billOf(id)).map((bill) => bill.hours)).toEqual(['5:00']);
    await bed.registerWebhooks(1);
  });

  it('posts nothing for an approval withdrawn before it was posted', async () => {
    const [id] = await bed.logTime([
      { opportunity: '006NW000102', worker: 'E1006', date: '2026-11-04', hours: 8 },
    ]);
    await bed.dropWebhooks();
    await bed.approve([id]);
    const approved = await psaEntry(id);
    await bed.admin(`/psa/time-entries/${id}/reject`, { method: 'POST' });
    const withdrawn = await psaEntry(id);
    const intake = bed.get(EntryIntake);
    // both arrive before any worker took the first one: one row, at the withdrawn version
    await bed.dataSource.transaction(async (m) => {
      await intake.record(m, [{ kind: 'TIME', record: approved }]);
      await intake.record(m, [{ kind: 'TIME', record: withdrawn }]);
    });
    await postingOf(id, 'withdrawn');
    expect(await billOf(id)).toHaveLength(0);
    await bed.registerWebhooks(1);
  });

  it('retries RATE_MISSING on its own when the rate card gets the missing rate', async () => {
    const [id] = await bed.logTime([
      { opportunity: '006NW000107', worker: 'E1008', date: '2026-11-04', hours: 8 },
    ]);
    await bed.approve([id]);
    const blocked = await postingOf(id, 'blocked');
    expect(blocked.exception).toMatchObject({ reasonCode: 'RATE_MISSING', status: 'open' });
    const [card] = (
      await bed.admin<{ items: { id: string }[] }>('/state/psa/rate_cards?title=RC-PUBSEC-USD')
    ).items;
    const [analyst] = (
      await bed.admin<{ items: { id: string }[] }>('/state/psa/roles?code=ANALYST')
    ).items;
    await bed.admin('/state/psa/rate_card_roles', {
      body: {
        rate_card_id: card.id,
        role_id: analyst.id,
        rate_in_cents: 11500,
        effective_from: '2026-11-01',
      },
    });
    const posted = await postingOf(id, 'posted');
    expect(posted.billRate).toEqual({ amount: '115.00', currency: 'USD' });
    const resolved = await bed.api('get', `/exceptions?reason=RATE_MISSING&status=resolved`);
    expect(resolved.body.items.map((item: { subjectId: string }) => item.subjectId)).toContain(id);
  });

  /** The entry as the gateway sees it (system-psa's canonical view). */
  async function psaEntry(id: string): Promise<PsaTimeEntryDto> {
    const res = await fetch(`${bed.tier.env.SYSTEM_PSA_URL}/time-entries/${id}`, {
      headers: { authorization: `Bearer ${bed.token([Role.Service])}` },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as PsaTimeEntryDto;
  }
});
