import { PsaTimeEntryDto } from '@p2c/canonical';
import { PsaTestBed } from '../testing/psa-test-bed';
import { contosoProject, keyed } from '../testing/northwind-projects';

interface Page<T> {
  items: T[];
  nextCursor?: string;
  checkpoint: string;
}

interface Generated {
  count: number;
  firstId: string;
  lastId: string;
}

describe('system-psa time entries against the sandbox PSA', () => {
  let bed: PsaTestBed;
  let calls = 0;

  beforeAll(async () => {
    // small PSA pages, one a call, so a pass crosses many of them and many calls
    bed = await PsaTestBed.start({ env: { PSA_PAGE_SIZE: '7', PSA_MAX_PAGES_PER_CALL: '1' } });
  });

  afterAll(() => bed?.close());

  async function staffedProject(key: string) {
    const project = keyed(contosoProject(), key);
    await bed.post('/projects', project).expect(201);
    await bed.post(`/projects/${project.id}/activate`).expect(200);
    return project;
  }

  /** Two weeks of time for each of the four people: 40 entries with consecutive ids. */
  async function twoWeeks(opportunity: string): Promise<string[]> {
    const generated = await bed.admin<Generated>('POST', '/__sandbox/psa/time-entries/generate', {
      from: '2026-11-02',
      to: '2026-11-13',
      opportunity,
    });
    expect(generated.body.count).toBe(40);
    return Array.from({ length: 40 }, (_, index) => String(Number(generated.body.firstId) + index));
  }

  const approve = (ids: string[]) =>
    bed.admin('POST', '/__sandbox/psa/time-entries/approve', { ids });

  async function page(query: Record<string, string>): Promise<Page<PsaTimeEntryDto>> {
    calls += 1;
    const response = await bed.get(`/time-entries?${new URLSearchParams(query)}`);
    expect(response.body).not.toHaveProperty('code');
    return response.body;
  }

  /** Reads the rest of a pass; returns its items and the checkpoint it ends on. */
  async function restOfPass(first: Page<PsaTimeEntryDto>, limit = '6') {
    const items = [...first.items];
    let current = first;
    while (current.nextCursor) {
      current = await page({ cursor: current.nextCursor, limit });
      items.push(...current.items);
    }
    return { items, checkpoint: current.checkpoint };
  }

  it('pages a pass across many PSA pages and hands out every approved entry once', async () => {
    const project = await staffedProject('paging');
    const ids = await twoWeeks(project.opportunity);
    const approved = ids.filter((_, index) => index % 3 !== 0);
    await approve(approved);
    calls = 0;
    const { items } = await restOfPass(await page({ limit: '6' }));
    expect(calls).toBeGreaterThan(3);
    const mine = items.filter((item) => item.project === project.id);
    expect(mine.map((item) => item.sourceId).sort()).toEqual([...approved].sort());
    expect(new Set(items.map((item) => item.sourceId)).size).toBe(items.length);
    expect(items.every((item) => item.status === 'APPROVED')).toBe(true);
    const senior = mine.find((item) => item.worker === 'E1003');
    expect(senior).toMatchObject({
      sourceSystem: 'psa',
      sourceVersion: 2,
      project: project.id,
      role: 'SENIOR',
      minutes: 480,
      hours: '8.00',
      billable: true,
      invoiced: false,
    });
    expect(senior!.workDate >= '2026-11-02' && senior!.workDate <= '2026-11-13').toBe(true);
  });

  it('misses nothing when entries before its place go away or change in the middle of a pass', async () => {
    const project = await staffedProject('moving');
    const ids = await twoWeeks(project.opportunity);
    const [even, odd] = [ids.filter((_, i) => i % 2 === 0), ids.filter((_, i) => i % 2 === 1)];
    // just before the first of them was logged: the pass holds exactly these 40
    const logged = Date.parse((await bed.get(`/time-entries/${ids[0]}`)).body.changedAt);
    const since = new Date(logged - 1).toISOString();
    await approve(even);
    // read until the pass is well inside this project's entries
    let current = await page({ updatedSince: since, limit: '10' });
    const seen = [...current.items];
    while (seen.filter((item) => item.project === project.id).length < 12)
      seen.push(...(current = await page({ cursor: current.nextCursor!, limit: '10' })).items);
    const lastSeen = Math.max(...seen.map((item) => Number(item.sourceId)));
    // behind the pass: five unapproved entries deleted (the rest move up), one approved late
    const behind = odd.filter((id) => Number(id) < lastSeen);
    for (const id of behind.slice(0, 5))
      expect((await bed.vendor('DELETE', `time_entries/${id}.json`)).status).toBe(204);
    const lateApproval = behind[5];
    await approve([lateApproval]);

    const { items, checkpoint } = await restOfPass(current, '10');
    const pass = [...seen, ...items.slice(current.items.length)];
    expect(pass.map((item) => item.sourceId).sort()).toEqual([...even].sort());
    // what changed after the pass began comes in the next one
    const next = await restOfPass(await page({ cursor: checkpoint, limit: '6' }));
    expect(next.items.map((item) => item.sourceId)).toContain(lateApproval);
  });

  it('reads an entry by id with its version: approval, correction and withdrawal', async () => {
    const project = await staffedProject('versions');
    const [id] = await twoWeeks(project.opportunity);
    expect((await bed.get(`/time-entries/${id}`)).body).toMatchObject({
      sourceVersion: 1,
      status: 'SUBMITTED',
    });
    await approve([id]);
    expect((await bed.get(`/time-entries/${id}`)).body).toMatchObject({
      sourceVersion: 2,
      status: 'APPROVED',
      minutes: 96,
      hours: '1.60',
      worker: 'E1001',
      role: 'PARTNER',
    });
    await bed.admin('PATCH', `/__sandbox/psa/time-entries/${id}`, { hours: 1.25 });
    expect((await bed.get(`/time-entries/${id}`)).body).toMatchObject({
      sourceVersion: 3,
      status: 'APPROVED',
      minutes: 75,
      hours: '1.25',
    });
    const corrected = (await bed.get(`/time-entries/${id}`)).body.changedAt as string;
    await bed.admin('POST', `/__sandbox/psa/time-entries/${id}/reject`);
    expect((await bed.get(`/time-entries/${id}`)).body).toMatchObject({
      sourceVersion: 4,
      status: 'SUBMITTED',
    });
    // a pass over what changed shows the withdrawal; one over approved entries no longer has it
    const changed = await restOfPass(
      await page({ updatedSince: corrected, status: 'ANY', limit: '50' }),
    );
    expect(changed.items.find((item) => item.sourceId === id)).toMatchObject({
      sourceVersion: 4,
      status: 'SUBMITTED',
    });
    const approvedSince = await restOfPass(await page({ updatedSince: corrected, limit: '50' }));
    expect(approvedSince.items.map((item) => item.sourceId)).not.toContain(id);
  });

  it('answers NOT_FOUND for an unknown entry and INVALID_CURSOR for a cursor not its own', async () => {
    const unknown = await bed.get('/time-entries/999999999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const garbage = await bed.get('/time-entries?cursor=not-a-cursor');
    expect(garbage.status).toBe(400);
    expect(garbage.body.code).toBe('INVALID_CURSOR');
    const timeCursor = (await page({ limit: '1' })).checkpoint;
    const crossed = await bed.get(`/expenses?cursor=${timeCursor}`);
    expect(crossed.body.code).toBe('INVALID_CURSOR');
    const badLimit = await bed.get('/time-entries?limit=0');
    expect(badLimit.body.code).toBe('VALIDATION_FAILED');
  });

  it('reads approved expenses with their amounts', async () => {
    const project = await staffedProject('expenses');
    const [workspace] = await bed.records('workspaces', {
      external_reference: project.opportunity,
    });
    const [user] = await bed.records('users', { employee_number: 'E1003' });
    const made = await bed.vendor<{ results: { id: string }[] }>('POST', 'expenses.json', {
      expense: {
        workspace_id: workspace.id,
        user_id: user.id,
        date: '2026-11-03',
        category: 'Travel',
        amount_in_cents: 12_345,
        notes: 'Train to the client site',
      },
    });
    const id = made.body.results[0].id;
    expect(
      (await bed.get('/expenses')).body.items.map((e: { sourceId: string }) => e.sourceId),
    ).not.toContain(id);
    await bed.admin('POST', '/__sandbox/psa/expenses/approve', { ids: [id] });
    const listed = await bed.get('/expenses');
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({
        sourceId: id,
        sourceVersion: 2,
        project: project.id,
        worker: 'E1003',
        date: '2026-11-03',
        amount: { amount: '123.45', currency: 'USD' },
        category: 'Travel',
        status: 'APPROVED',
      }),
    );
    expect((await bed.get(`/expenses/${id}`)).body.amount).toEqual({
      amount: '123.45',
      currency: 'USD',
    });
  });
});
