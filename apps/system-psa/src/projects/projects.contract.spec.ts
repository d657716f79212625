import request from 'supertest';
import { PsaTestBed } from '../testing/psa-test-bed';
import { contosoProject, fabrikamProject, keyed } from '../testing/northwind-projects';

describe('system-psa projects against the sandbox PSA', () => {
  let bed: PsaTestBed;

  beforeAll(async () => {
    bed = await PsaTestBed.start({ proxy: true });
  });

  afterAll(() => bed?.close());

  const workspacesOf = (opportunity: string) =>
    bed.records('workspaces', { external_reference: opportunity });

  it('sets a project up with its rate card, milestones, participations and references', async () => {
    const project = keyed(fabrikamProject(), 'setup');
    const response = await bed.post('/projects', project);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: 'PRJ-102-setup',
      opportunity: '006NW000102-setup',
      status: 'PROVISIONAL',
      currency: 'USD',
      rateCard: 'RC-STD-USD',
      budget: { amount: '350000.00', currency: 'USD' },
      endDate: '2027-03-31',
    });
    expect(response.body.milestones.map((m: { id: string }) => m.id)).toEqual([
      'MS-102-1-setup',
      'MS-102-2-setup',
      'MS-102-3-setup',
    ]);
    expect(response.body.milestones[0]).toEqual({
      id: 'MS-102-1-setup',
      project: 'PRJ-102-setup',
      name: 'Discovery sign-off',
      amount: { amount: '70000.00', currency: 'USD' },
      dueDate: '2026-11-06',
      completed: false,
    });
    expect(response.body.assignments).toContainEqual({
      worker: 'E1008',
      role: 'ANALYST',
      startDate: '2026-10-13',
      endDate: '2027-03-31',
      hoursPerWeek: 40,
    });

    const [workspace] = await workspacesOf(project.opportunity);
    expect(workspace).toMatchObject({ price_in_cents: 35_000_000, currency: 'USD' });
    const references = await bed.records('external_references', { subject_id: workspace.id });
    expect(references.map((r) => [r.service_name, r.service_model, r.service_model_ref])).toEqual(
      expect.arrayContaining([
        ['p2c-gateway', 'Project', 'PRJ-102-setup'],
        ['salesforce', 'Opportunity', '006NW000102-setup'],
      ]),
    );
    // the sandbox finds the milestone by its canonical id, as delivery would complete it
    const completed = await bed.admin('POST', '/__sandbox/psa/milestones/MS-102-1-setup/complete');
    expect(completed.status).toBe(200);
    const read = await bed.get('/projects/PRJ-102-setup/milestones');
    expect(read.body[0]).toMatchObject({ id: 'MS-102-1-setup', completed: true });
  });

  it('makes one workspace, one story per milestone and one participation per worker however often it is asked', async () => {
    const project = keyed(fabrikamProject(), 'again');
    const answers = [];
    for (let attempt = 0; attempt < 3; attempt += 1)
      answers.push(await bed.post('/projects', project));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(answers[2].body).toEqual(answers[0].body);
    const [workspace, ...twins] = await workspacesOf(project.opportunity);
    expect(twins).toEqual([]);
    expect(await bed.records('stories', { workspace_id: workspace.id })).toHaveLength(3);
    expect(await bed.records('participations', { workspace_id: workspace.id })).toHaveLength(4);
  });

  it('makes one workspace when the same create arrives several times at once', async () => {
    const project = keyed(fabrikamProject(), 'parallel');
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => bed.post('/projects', project)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    const workspaces = await workspacesOf(project.opportunity);
    expect(workspaces).toHaveLength(1);
    expect(await bed.records('stories', { workspace_id: workspaces[0].id })).toHaveLength(3);
  });

  it('finds what it made when the answers to its creates were lost after the PSA acted', async () => {
    const project = keyed(fabrikamProject(), 'lost');
    bed.proxy!.dropAnswers('POST', /\/workspaces\.json/);
    bed.proxy!.dropAnswers('POST', /\/stories\.json/);
    bed.proxy!.dropAnswers('POST', /\/participations\.json/);
    bed.proxy!.dropAnswers('POST', /\/external_references\.json/);
    const response = await bed.post('/projects', project);
    expect(response.status).toBe(201);
    expect(bed.proxy!.dropped).toBe(4);
    const workspaces = await workspacesOf(project.opportunity);
    expect(workspaces).toHaveLength(1);
    const [workspace] = workspaces;
    expect(await bed.records('stories', { workspace_id: workspace.id })).toHaveLength(3);
    expect(await bed.records('participations', { workspace_id: workspace.id })).toHaveLength(4);
    const references = await bed.records('external_references', { subject_id: workspace.id });
    expect(references).toHaveLength(2);
  });

  it('completes a project an earlier attempt left half made instead of making a twin', async () => {
    const project = keyed(contosoProject(), 'half');
    // an attempt that got as far as the workspace and stopped (crash before anything else)
    const made = await bed.vendor<{ results: { id: string }[] }>('POST', 'workspaces.json', {
      workspace: { title: project.name, currency: 'USD', external_reference: project.opportunity },
    });
    expect(made.status).toBe(200);
    const response = await bed.post('/projects', project);
    expect(response.status).toBe(201);
    const workspaces = await workspacesOf(project.opportunity);
    expect(workspaces.map((workspace) => workspace.id)).toEqual([made.body.results[0].id]);
    expect(response.body.assignments).toHaveLength(4);
  });

  it('does not take over the workspace of another project of the same opportunity', async () => {
    const first = keyed(contosoProject(), 'shared');
    await bed.post('/projects', first).expect(201);
    const second = { ...first, id: `${first.id}-phase-2` };
    await bed.post('/projects', second).expect(201);
    expect(await workspacesOf(first.opportunity)).toHaveLength(2);
  });

  it('activates once and reads the project back', async () => {
    const project = keyed(contosoProject(), 'activate');
    await bed.post('/projects', project).expect(201);
    const first = await bed.post(`/projects/${project.id}/activate`);
    const again = await bed.post(`/projects/${project.id}/activate`);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body.status).toBe('ACTIVE');
    const [workspace] = await workspacesOf(project.opportunity);
    expect(workspace.status).toBe('active');
    expect((await bed.get(`/projects/${project.id}`)).body.status).toBe('ACTIVE');
  });

  it('closes a provisional project once: its demand released, the workspace cancelled', async () => {
    const project = {
      ...keyed(contosoProject(), 'close'),
      openAssignments: [
        {
          label: 'ANALYST, to be named',
          role: 'ANALYST',
          startDate: '2026-10-01',
          endDate: '2026-12-18',
          hoursPerWeek: 16,
        },
      ],
    };
    const created = await bed.post('/projects', project).expect(201);
    expect(created.body).toMatchObject({
      status: 'PROVISIONAL',
      openAssignments: [expect.anything()],
    });
    expect(created.body.assignments.length).toBeGreaterThan(0);
    const [workspace] = await workspacesOf(project.opportunity);

    const first = await bed.post(`/projects/${project.id}/close`);
    const again = await bed.post(`/projects/${project.id}/close`);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toMatchObject({ status: 'CLOSED', assignments: [], openAssignments: [] });
    expect(await workspacesOf(project.opportunity)).toEqual([
      expect.objectContaining({ id: workspace.id, status: 'cancelled' }),
    ]);
    expect(await bed.records('participations', { workspace_id: workspace.id })).toEqual([]);
    expect(await bed.records('workspace_resources', { workspace_id: workspace.id })).toEqual([]);
    const unknown = await bed.post('/projects/PRJ-404/close');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('reopens a closed project once, in planning again, and its staffing comes back on the same workspace', async () => {
    const project = {
      ...keyed(contosoProject(), 'reopen'),
      openAssignments: [
        {
          label: 'ANALYST, to be named',
          role: 'ANALYST',
          startDate: '2026-10-01',
          endDate: '2026-12-18',
          hoursPerWeek: 16,
        },
      ],
    };
    const created = await bed.post('/projects', project).expect(201);
    const [workspace] = await workspacesOf(project.opportunity);
    await bed.post(`/projects/${project.id}/close`).expect(200);

    const first = await bed.post(`/projects/${project.id}/reopen`);
    const again = await bed.post(`/projects/${project.id}/reopen`);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toMatchObject({
      status: 'PROVISIONAL',
      assignments: [],
      openAssignments: [],
    });
    expect(await workspacesOf(project.opportunity)).toEqual([
      expect.objectContaining({ id: workspace.id, status: 'in_planning' }),
    ]);

    const restaffed = await bed.post('/projects', project).expect(201);
    expect(restaffed.body).toMatchObject({ status: 'PROVISIONAL' });
    expect(restaffed.body.assignments).toEqual(created.body.assignments);
    expect(restaffed.body.openAssignments).toEqual(created.body.openAssignments);
    expect(await workspacesOf(project.opportunity)).toEqual([
      expect.objectContaining({ id: workspace.id }),
    ]);

    // a project that went ahead is never set back
    await bed.post(`/projects/${project.id}/activate`).expect(200);
    expect((await bed.post(`/projects/${project.id}/reopen`).expect(200)).body.status).toBe(
      'ACTIVE',
    );
    const unknown = await bed.post('/projects/PRJ-404/reopen');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('applies a change order: value, end date, milestones added, changed and removed', async () => {
    const project = keyed(fabrikamProject(), 'change');
    await bed.post('/projects', project).expect(201);
    const [first, second] = project.milestones;
    const response = await bed.patch(`/projects/${project.id}`, {
      budget: { amount: '380000.00', currency: 'USD' },
      endDate: '2027-04-30',
      milestones: [
        first,
        { ...second, amount: { amount: '150000.00', currency: 'USD' } },
        {
          id: 'MS-102-4-change',
          name: 'Hypercare',
          amount: { amount: '90000.00', currency: 'USD' },
          dueDate: '2027-04-30',
        },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      budget: { amount: '380000.00', currency: 'USD' },
      endDate: '2027-04-30',
    });
    expect(
      response.body.milestones.map((m: { id: string; amount: { amount: string } }) => [
        m.id,
        m.amount.amount,
      ]),
    ).toEqual([
      ['MS-102-1-change', '70000.00'],
      ['MS-102-2-change', '150000.00'],
      ['MS-102-4-change', '90000.00'],
    ]);
    const [workspace] = await workspacesOf(project.opportunity);
    expect(workspace).toMatchObject({ price_in_cents: 38_000_000, due_date: '2027-04-30' });
    const stories = await bed.records('stories', { workspace_id: workspace.id });
    expect(stories.map((story) => story.title).sort()).toEqual([
      'Discovery sign-off',
      'Hypercare',
      'Platform MVP',
    ]);
    // the removed milestone's reference went with it
    const references = await bed.records('external_references', {
      service_model_ref: 'MS-102-3-change',
    });
    expect(references).toEqual([]);
  });

  it('does not undo a change order when an old create is repeated', async () => {
    const project = keyed(fabrikamProject(), 'stale');
    await bed.post('/projects', project).expect(201);
    const changed = project.milestones.map((milestone) => ({
      ...milestone,
      amount: { amount: '100000.00', currency: 'USD' },
    }));
    await bed.patch(`/projects/${project.id}`, { milestones: changed }).expect(200);
    const repeated = await bed.post('/projects', project);
    expect(repeated.status).toBe(201);
    expect(
      repeated.body.milestones.map((m: { amount: { amount: string } }) => m.amount.amount),
    ).toEqual(['100000.00', '100000.00', '100000.00']);
  });

  it('refuses to remove a completed milestone and changes nothing', async () => {
    const project = keyed(fabrikamProject(), 'completed');
    await bed.post('/projects', project).expect(201);
    await bed.admin('POST', `/__sandbox/psa/milestones/${project.milestones[0].id}/complete`);
    const [, second, third] = project.milestones;
    const response = await bed.patch(`/projects/${project.id}`, {
      endDate: '2027-05-31',
      milestones: [second, third],
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'MILESTONE_COMPLETED' });
    expect(response.body.detail).toContain(project.milestones[0].id);
    const [workspace] = await workspacesOf(project.opportunity);
    expect(workspace.due_date).toBe('2027-03-31');
    expect(await bed.records('stories', { workspace_id: workspace.id })).toHaveLength(3);
  });

  it('refuses an unknown worker, role or rate card before writing anything', async () => {
    const project = keyed(contosoProject(), 'refused');
    const unknownWorker = await bed.post('/projects', {
      ...project,
      assignments: [...project.assignments, { ...project.assignments[0], worker: 'E9999' }],
    });
    expect(unknownWorker.status).toBe(422);
    expect(unknownWorker.body).toMatchObject({ code: 'WORKER_UNMAPPED', workers: ['E9999'] });
    const unknownRole = await bed.post('/projects', {
      ...project,
      assignments: [{ ...project.assignments[0], role: 'WIZARD' }],
    });
    expect(unknownRole.body).toMatchObject({ status: 422, code: 'UNKNOWN_ROLE' });
    const unknownCard = await bed.post('/projects', { ...project, rateCard: 'RC-NOPE' });
    expect(unknownCard.body).toMatchObject({ status: 422, code: 'UNKNOWN_RATE_CARD' });
    const fabrikam = keyed(fabrikamProject(), 'refused');
    const wrongCurrency = await bed.post('/projects', {
      ...fabrikam,
      milestones: [{ ...fabrikam.milestones[0], amount: { amount: '1.00', currency: 'EUR' } }],
    });
    expect(wrongCurrency.body).toMatchObject({ status: 422, code: 'CURRENCY_MISMATCH' });
    expect(await workspacesOf(project.opportunity)).toEqual([]);
    expect(await workspacesOf(fabrikam.opportunity)).toEqual([]);
  });

  it('passes the PSA’s own validation message on as VENDOR_REJECTED', async () => {
    const project = keyed(contosoProject(), 'gbp');
    const response = await bed.post('/projects', { ...project, rateCard: 'RC-STD-GBP' });
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'VENDOR_REJECTED',
      vendor: 'psa',
      vendorStatus: 422,
      vendorMessage: 'rate_card_id: Rate card RC-STD-GBP bills in GBP, not USD',
    });
  });

  it('validates the request and answers NOT_FOUND for a project never set up', async () => {
    const invalid = await bed.post('/projects', { ...contosoProject(), startDate: '2026-02-30' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    const unknown = await bed.get('/projects/PRJ-404');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('needs a service token', async () => {
    expect((await request(bed.app.getHttpServer()).get('/projects/PRJ-404')).status).toBe(401);
  });
});
