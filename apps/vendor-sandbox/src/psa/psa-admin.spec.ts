import { PsaEnvelope } from './psa-envelope';
import { createWorkspace, recordsOf, userIdOf } from './psa-test-fixtures';
import { PsaSandbox } from './psa-test-sandbox';

let sandbox: PsaSandbox;

beforeAll(async () => {
  sandbox = await PsaSandbox.start();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function timeEntries(query = ''): Promise<Record<string, unknown>[]> {
  const { body } = await sandbox.psa<PsaEnvelope>('GET', `time_entries.json?per_page=200${query}`);
  return recordsOf(body);
}

async function events(): Promise<Record<string, unknown>[]> {
  const { body } = await sandbox.psa<PsaEnvelope>('GET', 'subscribed_events.json?per_page=200');
  const unique = new Map(recordsOf(body).map((event) => [event.id, event]));
  return [...unique.values()].sort((a, b) => Number(a.id) - Number(b.id));
}

describe('POST /__sandbox/psa/time-entries', () => {
  it('logs time by opportunity and HCM worker, in the participation’s role, and returns the ids', async () => {
    const workspaceId = await createWorkspace(sandbox, {
      opportunity: '006NW000101',
      staff: [
        { worker: 'E1002', hoursPerWeek: 32 },
        { worker: 'E1003', hoursPerWeek: 40 },
      ],
    });
    await createWorkspace(sandbox, {
      opportunity: '006NW000102',
      link: 'external_reference',
      staff: [{ worker: 'E1006', hoursPerWeek: 40 }],
    });
    const { status, body } = await sandbox.admin<{ ids: string[] }>(
      'POST',
      '/__sandbox/psa/time-entries',
      {
        entries: [
          {
            opportunity: '006NW000101',
            worker: 'E1003',
            date: '2026-11-16',
            hours: 7.5,
            billable: true,
            notes: 'Workshop',
          },
          {
            opportunity: '006NW000101',
            worker: 'E1002',
            date: '2026-11-16',
            hours: 2,
            billable: false,
          },
          {
            opportunity: '006NW000102',
            worker: 'E1006',
            date: '2026-11-17',
            hours: 8,
            billable: true,
          },
        ],
      },
    );
    expect(status).toBe(201);
    expect(body.ids).toHaveLength(3);
    const entries = await timeEntries();
    expect(entries.map((entry) => entry.id)).toEqual(body.ids);
    expect(entries[0]).toMatchObject({
      workspace_id: workspaceId,
      user_id: await userIdOf(sandbox, 'E1003'),
      date_performed: '2026-11-16',
      time_in_minutes: 450,
      billable: true,
      notes: 'Workshop',
      rate_in_cents: 24500,
      approved: false,
    });
    expect(entries[1]).toMatchObject({
      time_in_minutes: 120,
      billable: false,
      rate_in_cents: 31000,
    });
    expect(entries[2].workspace_id).not.toBe(workspaceId);
  });

  it('refuses the whole call naming every entry that does not resolve', async () => {
    await createWorkspace(sandbox, {
      opportunity: '006NW000101',
      staff: [{ worker: 'E1003', hoursPerWeek: 40 }],
    });
    const { status, body } = await sandbox.admin('POST', '/__sandbox/psa/time-entries', {
      entries: [
        {
          opportunity: '006NW000101',
          worker: 'E1003',
          date: '2026-11-16',
          hours: 8,
          billable: true,
        },
        {
          opportunity: '006NW999999',
          worker: 'E1003',
          date: '2026-11-16',
          hours: 8,
          billable: true,
        },
        {
          opportunity: '006NW000101',
          worker: 'E9999',
          date: '2026-11-16',
          hours: 8,
          billable: true,
        },
        {
          opportunity: '006NW000101',
          worker: 'E1001',
          date: '2026-11-16',
          hours: 8,
          billable: true,
        },
      ],
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({
      code: 'UNRESOLVED_TIME_ENTRIES',
      errors: [
        expect.stringMatching(
          /^entries\[1\]\.opportunity: no PSA workspace refers to .*006NW999999/,
        ),
        expect.stringMatching(/^entries\[2\]\.worker: no PSA user has employee number E9999/),
        expect.stringMatching(/^entries\[3\]\.worker: E1001 is not staffed/),
      ],
    });
    expect(await timeEntries()).toEqual([]);
  });

  it('names the twin when the gateway created two workspaces for one opportunity', async () => {
    const first = await createWorkspace(sandbox, { opportunity: '006NW000101' });
    const twin = await createWorkspace(sandbox, { opportunity: '006NW000101' });
    const { status, body } = await sandbox.admin('POST', '/__sandbox/psa/time-entries', {
      entries: [
        {
          opportunity: '006NW000101',
          worker: 'E1003',
          date: '2026-11-16',
          hours: 8,
          billable: true,
        },
      ],
    });
    expect(status).toBe(422);
    expect(String((body.errors as string[])[0])).toContain(`${first}, ${twin}): a twin`);
  });

  it('validates the request shape', async () => {
    const { status, body } = await sandbox.admin('POST', '/__sandbox/psa/time-entries', {
      entries: [
        {
          opportunity: '006NW000101',
          worker: 'E1003',
          date: '2026-11-31',
          hours: 25,
          billable: 'yes',
        },
      ],
    });
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect((body.errors as string[]).join('\n')).toMatch(/date[\s\S]*hours[\s\S]*billable/);
    expect(
      (await sandbox.admin('POST', '/__sandbox/psa/time-entries', { entries: [] })).status,
    ).toBe(400);
  });
});

describe('POST /__sandbox/psa/time-entries/generate', () => {
  it('makes an entry per participation per workday of the period, the week’s hours spread over five days', async () => {
    await createWorkspace(sandbox, {
      opportunity: '006NW000101',
      staff: [
        { worker: 'E1002', hoursPerWeek: 32 },
        { worker: 'E1001', hoursPerWeek: 8 },
        { worker: 'E1003', hoursPerWeek: 40, endDate: '2026-11-04' },
      ],
    });
    await createWorkspace(sandbox, {
      opportunity: '006NW000105',
      currency: 'EUR',
      rateCard: 'RC-STD-EUR',
      staff: [{ worker: 'E1019', hoursPerWeek: 40 }],
    });
    const { status, body } = await sandbox.admin('POST', '/__sandbox/psa/time-entries/generate', {
      opportunity: '006NW000101',
      from: '2026-11-01',
      to: '2026-11-14',
    });
    expect(status).toBe(201);
    // Mon 2 Nov to Fri 13 Nov: 10 workdays each; E1003 stops on Wed 4 Nov (3 days)
    expect(body).toMatchObject({ count: 23, minutes: 10 * 384 + 10 * 96 + 3 * 480 });
    const entries = await timeEntries();
    expect(entries).toHaveLength(23);
    expect(entries.map((entry) => entry.id)).toEqual(
      Array.from({ length: 23 }, (_, i) => String(Number(body.firstId) + i)),
    );
    expect(
      new Set(
        entries.map((entry) => new Date(`${String(entry.date_performed)}T00:00Z`).getUTCDay()),
      ),
    ).toEqual(new Set([1, 2, 3, 4, 5]));

    const everyone = await sandbox.admin('POST', '/__sandbox/psa/time-entries/generate', {
      from: '2026-11-02',
      to: '2026-11-02',
    });
    expect(everyone.body).toMatchObject({ count: 4 });
  });

  it('refuses a reversed period and an opportunity without a workspace', async () => {
    const reversed = await sandbox.admin('POST', '/__sandbox/psa/time-entries/generate', {
      from: '2026-11-14',
      to: '2026-11-01',
    });
    expect(reversed.status).toBe(422);
    expect(reversed.body.code).toBe('INVALID_PERIOD');
    const unknown = await sandbox.admin('POST', '/__sandbox/psa/time-entries/generate', {
      opportunity: '006NW000108',
      from: '2026-11-01',
      to: '2026-11-14',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('OPPORTUNITY_NOT_FOUND');
  });
});

describe('approving, correcting and rejecting time', () => {
  async function loggedDays(count: number): Promise<string[]> {
    await createWorkspace(sandbox, {
      opportunity: '006NW000101',
      staff: [{ worker: 'E1003', hoursPerWeek: 40 }],
    });
    const entries = Array.from({ length: count }, (_, i) => ({
      opportunity: '006NW000101',
      worker: 'E1003',
      date: `2026-11-${String(16 + i).padStart(2, '0')}`,
      hours: 8,
      billable: true,
    }));
    const { body } = await sandbox.admin<{ ids: string[] }>('POST', '/__sandbox/psa/time-entries', {
      entries,
    });
    return body.ids;
  }

  it('approves the chosen entries once, one event each', async () => {
    const ids = await loggedDays(3);
    const first = await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', {
      ids: [ids[0], ids[1]],
    });
    expect(first).toMatchObject({ status: 200, body: { approved: 2 } });
    const rest = await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', { all: true });
    expect(rest.body).toEqual({ approved: 1 });
    const again = await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', { ids });
    expect(again.body).toEqual({ approved: 0 });
    const approvals = (await events()).filter(
      (event) => event.event_type === 'time_entry:approved',
    );
    expect(approvals.map((event) => event.subject_id)).toEqual(ids);
  });

  it('refuses unknown ids and a selection that is not exactly one of ids and all', async () => {
    const ids = await loggedDays(1);
    const unknown = await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', {
      ids: [...ids, '42'],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'RECORDS_NOT_FOUND', unknownIds: ['42'] });
    expect((await timeEntries('&approved=true')).length).toBe(0);
    for (const selection of [{}, { ids, all: true }]) {
      const refused = await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', selection);
      expect(refused.status).toBe(400);
    }
    expect(
      (await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', { all: false })).status,
    ).toBe(400);
  });

  it('a correction after approval is a new version and a time_entry:updated event, repriced', async () => {
    const [id] = await loggedDays(1);
    await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', { ids: [id] });
    const corrected = await sandbox.admin('PATCH', `/__sandbox/psa/time-entries/${id}`, {
      hours: 6,
      date: '2026-10-30',
    });
    expect(corrected.body).toEqual({ id, version: 3, approved: true });
    const [entry] = await timeEntries();
    expect(entry).toMatchObject({
      time_in_minutes: 360,
      date_performed: '2026-10-30',
      rate_in_cents: 23500,
    });
    const updated = (await events()).filter((event) => event.event_type === 'time_entry:updated');
    expect(updated).toEqual([
      expect.objectContaining({
        subject_id: id,
        payload: expect.objectContaining({ version: 3, time_in_minutes: 360 }),
      }),
    ]);
    const empty = await sandbox.admin('PATCH', `/__sandbox/psa/time-entries/${id}`, {});
    expect(empty.status).toBe(400);
    expect(
      (await sandbox.admin('PATCH', '/__sandbox/psa/time-entries/42', { hours: 1 })).status,
    ).toBe(404);
  });

  it('a rejection after approval withdraws it with a time_entry:unapproved event; only approved time can be rejected', async () => {
    const [id] = await loggedDays(1);
    const early = await sandbox.admin('POST', `/__sandbox/psa/time-entries/${id}/reject`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('NOT_APPROVED');
    await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', { ids: [id] });
    const rejected = await sandbox.admin('POST', `/__sandbox/psa/time-entries/${id}/reject`);
    expect(rejected.body).toEqual({ id, version: 3, approved: false });
    expect((await events()).map((event) => event.event_type)).toEqual([
      'workspace:created',
      'participation:created',
      'time_entry:approved',
      'time_entry:unapproved',
    ]);
  });

  it('an approval made through the generic state API is an event too', async () => {
    const [id] = await loggedDays(1);
    const patched = await sandbox.admin('PATCH', `/__sandbox/state/psa/time_entries/${id}`, {
      approved: true,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ approved: true, version: 2 });
    expect((await events()).map((event) => event.event_type)).toContain('time_entry:approved');
  });
});

describe('milestones and expenses', () => {
  async function milestone(storyType = 'milestone'): Promise<string> {
    const workspaceId = await createWorkspace(sandbox, { opportunity: '006NW000102' });
    const story = await sandbox.psa<PsaEnvelope>('POST', 'stories.json', {
      story: {
        workspace_id: workspaceId,
        title: 'Discovery sign-off',
        story_type: storyType,
        budget_estimate_in_cents: 7_000_000,
        due_date: '2026-11-06',
      },
    });
    const storyId = story.body.results[0].id;
    await sandbox.psa('POST', 'external_references.json', {
      external_reference: {
        subject_type: 'Story',
        subject_id: storyId,
        service_name: 'salesforce',
        service_model: 'Milestone',
        service_model_ref: 'MS-102-1',
      },
    });
    return storyId;
  }

  it('completes a milestone named by the scenario’s id, once', async () => {
    const storyId = await milestone();
    const completed = await sandbox.admin('POST', '/__sandbox/psa/milestones/MS-102-1/complete');
    expect(completed).toMatchObject({ status: 200, body: { id: storyId, completedNow: true } });
    const again = await sandbox.admin('POST', `/__sandbox/psa/milestones/${storyId}/complete`);
    expect(again.body).toMatchObject({ completedNow: false });
    const completions = (await events()).filter((event) => event.event_type === 'story:completed');
    expect(completions).toEqual([
      expect.objectContaining({
        subject_id: storyId,
        payload: expect.objectContaining({
          state: 'completed',
          budget_estimate_in_cents: 7_000_000,
        }),
      }),
    ]);
  });

  it('refuses a story that is not a milestone and an unknown one', async () => {
    await milestone('task');
    const task = await sandbox.admin('POST', '/__sandbox/psa/milestones/MS-102-1/complete');
    expect(task.status).toBe(409);
    expect(task.body.code).toBe('NOT_A_MILESTONE');
    const unknown = await sandbox.admin('POST', '/__sandbox/psa/milestones/MS-000/complete');
    expect(unknown.status).toBe(404);
  });

  it('approves expenses with an expense:approved event', async () => {
    const workspaceId = await createWorkspace(sandbox, { opportunity: '006NW000101' });
    const expense = await sandbox.psa<PsaEnvelope>('POST', 'expenses.json', {
      expense: {
        workspace_id: workspaceId,
        user_id: await userIdOf(sandbox, 'E1003'),
        date: '2026-11-10',
        category: 'Travel',
        amount_in_cents: 45_250,
      },
    });
    const expenseId = expense.body.results[0].id;
    const approved = await sandbox.admin('POST', '/__sandbox/psa/expenses/approve', {
      ids: [expenseId],
    });
    expect(approved.body).toEqual({ approved: 1 });
    expect(await events()).toContainEqual(
      expect.objectContaining({
        event_type: 'expense:approved',
        subject_id: expenseId,
        payload: expect.objectContaining({ amount_in_cents: 45_250, currency: 'USD', version: 2 }),
      }),
    );
  });
});
