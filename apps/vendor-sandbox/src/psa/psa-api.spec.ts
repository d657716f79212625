import { PsaEnvelope } from './psa-envelope';
import { createWorkspace, recordsOf, userIdOf } from './psa-test-fixtures';
import { PsaSandbox } from './psa-test-sandbox';

let sandbox: PsaSandbox;

beforeAll(async () => {
  sandbox = await PsaSandbox.start();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function generateTime(opportunity: string, from: string, to: string) {
  const { status, body } = await sandbox.admin<{ count: number }>(
    'POST',
    '/__sandbox/psa/time-entries/generate',
    { opportunity, from, to },
  );
  expect(status).toBe(201);
  return body.count;
}

describe('PSA API: lists', () => {
  it('pages through every record exactly once, following meta.page_count', async () => {
    await createWorkspace(sandbox, {
      opportunity: '006NW000101',
      staff: [
        { worker: 'E1001', hoursPerWeek: 8 },
        { worker: 'E1002', hoursPerWeek: 32 },
        { worker: 'E1003', hoursPerWeek: 40 },
      ],
    });
    const total = await generateTime('006NW000101', '2026-10-01', '2026-10-30');
    expect(total).toBe(66);

    const seen: string[] = [];
    let pageCount = Infinity;
    for (let page = 1; page <= pageCount; page += 1) {
      const { body } = await sandbox.psa<PsaEnvelope>(
        'GET',
        `time_entries.json?per_page=25&page=${page}`,
      );
      expect(body.meta).toEqual({
        count: total,
        page_count: 3,
        page_number: page,
        page_size: 25,
      });
      pageCount = body.meta.page_count;
      seen.push(...body.results.map((result) => result.id));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('side-loads records in a map keyed by id, ordered by results, with includes beside them', async () => {
    await createWorkspace(sandbox, {
      opportunity: '006NW000101',
      staff: [{ worker: 'E1003', hoursPerWeek: 40 }],
    });
    await generateTime('006NW000101', '2026-11-02', '2026-11-03');
    const { status, body } = await sandbox.psa<PsaEnvelope>(
      'GET',
      'time_entries.json?include=user,workspace',
    );
    expect(status).toBe(200);
    expect(body.results).toEqual([
      { key: 'time_entries', id: expect.any(String) },
      { key: 'time_entries', id: expect.any(String) },
    ]);
    const entries = body.time_entries as Record<string, Record<string, unknown>>;
    expect(Object.keys(entries).sort()).toEqual(body.results.map((r) => r.id).sort());
    const [first] = recordsOf(body);
    expect(first).toMatchObject({
      id: body.results[0].id,
      date_performed: '2026-11-02',
      time_in_minutes: 480,
      billable: true,
      rate_in_cents: 24500,
      cost_rate_in_cents: expect.any(Number),
      approved: false,
      invoice_id: null,
      version: 1,
    });
    const userId = await userIdOf(sandbox, 'E1003');
    expect(Object.keys(body.users as object)).toEqual([userId]);
    expect(Object.keys(body.workspaces as object)).toEqual([first.workspace_id]);
  });

  it('cuts per_page to 200, keeps the default of 20, and lists the active users', async () => {
    const capped = await sandbox.psa<PsaEnvelope>('GET', 'users.json?per_page=500');
    expect(capped.body.meta.page_size).toBe(200);
    const active = await sandbox.psa<PsaEnvelope>('GET', 'users.json?per_page=200&active=true');
    expect(recordsOf(active.body).map((user) => user.employee_number)).not.toContain('E1024');
    expect(active.body.count).toBe(23);
    const defaulted = await sandbox.psa<PsaEnvelope>('GET', 'users.json');
    expect(defaulted.body.meta).toMatchObject({ page_size: 20, page_count: 2, count: 24 });
    expect(defaulted.body.results).toHaveLength(20);
  });

  it('filters: approved, updated_after, and the workspace of a CRM opportunity by external reference', async () => {
    const workspaceId = await createWorkspace(sandbox, {
      opportunity: '006NW000102',
      link: 'external_reference',
      staff: [{ worker: 'E1006', hoursPerWeek: 40 }],
    });
    const found = await sandbox.psa<PsaEnvelope>(
      'GET',
      'external_references.json?subject_type=Workspace&service_model_ref=006NW000102',
    );
    expect(recordsOf(found.body).map((reference) => reference.subject_id)).toEqual([workspaceId]);

    await generateTime('006NW000102', '2026-11-02', '2026-11-06');
    const all = recordsOf((await sandbox.psa<PsaEnvelope>('GET', 'time_entries.json')).body);
    const cursor = String(all[4].updated_at);
    const before = await sandbox.psa<PsaEnvelope>('GET', 'time_entries.json?approved=true');
    expect(before.body.count).toBe(0);
    sandbox.world.clock.advance(1000);
    await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', { ids: [all[0].id] });

    const approved = await sandbox.psa<PsaEnvelope>('GET', 'time_entries.json?approved=true');
    expect(approved.body.results.map((r) => r.id)).toEqual([all[0].id]);
    const changed = await sandbox.psa<PsaEnvelope>(
      'GET',
      `time_entries.json?updated_after=${encodeURIComponent(cursor)}`,
    );
    expect(changed.body.results.map((r) => r.id)).toEqual([all[0].id]);
  });
});

describe('PSA API: writes', () => {
  it('a retried POST makes a twin: the vendor has no idempotency', async () => {
    const request = { workspace: { title: 'Contoso roadmap', currency: 'USD' } };
    const first = await sandbox.psa<PsaEnvelope>('POST', 'workspaces.json', request);
    const retry = await sandbox.psa<PsaEnvelope>('POST', 'workspaces.json', request);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body.results[0].id).not.toBe(first.body.results[0].id);
    const listed = await sandbox.psa<PsaEnvelope>('GET', 'workspaces.json');
    expect(recordsOf(listed.body).map((workspace) => workspace.title)).toEqual([
      'Contoso roadmap',
      'Contoso roadmap',
    ]);
  });

  it('logs time priced from the rate card and the cost rate of the day, role from the participation', async () => {
    const workspaceId = await createWorkspace(sandbox, {
      opportunity: '006NW000101',
      staff: [{ worker: 'E1002', hoursPerWeek: 32 }],
    });
    const { status, body } = await sandbox.psa<PsaEnvelope>('POST', 'time_entries.json', {
      time_entry: {
        workspace_id: workspaceId,
        user_id: await userIdOf(sandbox, 'E1002'),
        date_performed: '2026-10-30',
        time_in_minutes: 90,
      },
    });
    expect(status).toBe(200);
    expect(recordsOf(body)[0]).toMatchObject({
      rate_in_cents: 30000,
      currency: 'USD',
      role_id: expect.any(String),
      billable: true,
    });
  });

  it('answers invalid input with 422 naming every field, in the vendor’s shape', async () => {
    const { status, body } = await sandbox.psa('POST', 'time_entries.json', {
      time_entry: { workspace_id: 'abc', date_performed: '2026-02-30', time_in_minutes: 0 },
    });
    expect(status).toBe(422);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { type: 'validation', field: 'workspace_id', message: 'Workspace id is not a valid id' },
        { type: 'validation', field: 'user_id', message: "User id can't be blank" },
        {
          type: 'validation',
          field: 'date_performed',
          message: 'Date performed must be a date (YYYY-MM-DD)',
        },
        {
          type: 'validation',
          field: 'time_in_minutes',
          message: 'Time in minutes must be at least 1',
        },
      ]),
    );
    expect(body.errors).toHaveLength(4);
  });

  it('refuses references to what does not exist and users who are not staffed', async () => {
    const workspaceId = await createWorkspace(sandbox, { opportunity: '006NW000101' });
    const unstaffed = await sandbox.psa('POST', 'time_entries.json', {
      time_entry: {
        workspace_id: workspaceId,
        user_id: await userIdOf(sandbox, 'E1001'),
        date_performed: '2026-11-02',
        time_in_minutes: 60,
      },
    });
    expect(unstaffed.status).toBe(422);
    expect(unstaffed.body.errors).toEqual([
      {
        type: 'validation',
        field: 'user_id',
        message: 'User is not a participant in this workspace',
      },
    ]);
    const mismatched = await sandbox.psa('POST', 'workspaces.json', {
      workspace: { title: 'x', currency: 'EUR', rate_card_id: '14000001' },
    });
    expect(mismatched.status).toBe(422);
    expect(mismatched.body.errors).toEqual([
      expect.objectContaining({ field: 'rate_card_id', message: expect.stringMatching(/USD/) }),
    ]);
  });

  it('locks approved time against edits and deletes through the API', async () => {
    await createWorkspace(sandbox, {
      opportunity: '006NW000101',
      staff: [{ worker: 'E1003', hoursPerWeek: 40 }],
    });
    await generateTime('006NW000101', '2026-11-02', '2026-11-02');
    const [entry] = recordsOf((await sandbox.psa<PsaEnvelope>('GET', 'time_entries.json')).body);
    await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', { all: true });
    const edit = await sandbox.psa('PUT', `time_entries/${String(entry.id)}.json`, {
      time_entry: { time_in_minutes: 60 },
    });
    expect(edit.status).toBe(422);
    expect(edit.body.errors).toEqual([
      expect.objectContaining({ type: 'validation', field: 'approved' }),
    ]);
    const removal = await sandbox.psa('DELETE', `time_entries/${String(entry.id)}.json`);
    expect(removal.status).toBe(422);
  });

  it('an edit before approval is a new version with its rates recomputed', async () => {
    await createWorkspace(sandbox, {
      opportunity: '006NW000101',
      staff: [{ worker: 'E1003', hoursPerWeek: 40 }],
    });
    await generateTime('006NW000101', '2026-10-30', '2026-10-30');
    const [entry] = recordsOf((await sandbox.psa<PsaEnvelope>('GET', 'time_entries.json')).body);
    expect(entry.rate_in_cents).toBe(23500);
    const { status, body } = await sandbox.psa<PsaEnvelope>(
      'PATCH',
      `time_entries/${String(entry.id)}.json`,
      { time_entry: { date_performed: '2026-11-02' } },
    );
    expect(status).toBe(200);
    expect(recordsOf(body)[0]).toMatchObject({ version: 2, rate_in_cents: 24500 });
  });
});

describe('PSA API: errors', () => {
  it('answers a wrong token with 401 and an oauth error', async () => {
    const { status, body } = await sandbox.psa('GET', 'workspaces.json', undefined, 'wrong');
    expect(status).toBe(401);
    expect(body).toEqual({ errors: [{ type: 'oauth', message: expect.any(String) }] });
  });

  it('answers unknown records and resources with 404 in the vendor’s shape', async () => {
    const record = await sandbox.psa('GET', 'workspaces/99999999.json');
    expect(record.status).toBe(404);
    expect(record.body).toEqual({
      errors: [{ type: 'system', message: 'Workspace not found' }],
    });
    expect((await sandbox.psa('GET', 'projects.json')).status).toBe(404);
  });

  it('refuses bad paging and unknown includes with 422', async () => {
    const page = await sandbox.psa('GET', 'users.json?page=0');
    expect(page.status).toBe(422);
    expect(page.body.errors).toEqual([expect.objectContaining({ field: 'page' })]);
    const include = await sandbox.psa('GET', 'users.json?include=salary');
    expect(include.status).toBe(422);
    expect(include.body.errors).toEqual([expect.objectContaining({ field: 'include' })]);
  });

  it('answers over its rate limit with 429 and no Retry-After', async () => {
    await sandbox.admin('PUT', '/__sandbox/faults', { system: 'psa', rateLimit: { perSecond: 2 } });
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => sandbox.psa('GET', 'roles.json')),
    );
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(3);
    for (const answer of limited) {
      expect(answer.headers.get('retry-after')).toBeNull();
      expect(answer.body).toEqual({ errors: [{ type: 'system', message: expect.any(String) }] });
    }
  });
});
