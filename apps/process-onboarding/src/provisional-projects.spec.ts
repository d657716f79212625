import { ConfigValidationError, parseConfig } from '@p2c/platform';
import { waitFor } from '@p2c/testing';
import { PollCrmJob } from './detection/poll-crm.job';
import { processOnboardingConfigShape } from './process-onboarding-config';
import { projectIdOf } from './flow/project-id';
import { OnboardingTestBed, SandboxRecord } from './testing/onboarding-test-bed';

const NEGOTIATION = '006NW000108';
const PROPOSAL = '006NW000109';
/** Yara Ito (E1024) is inactive in the HCM; E9999 is no one the HCM knows. */
const INACTIVE_LABEL = 'ANALYST, open: E1024 (Yara Ito) is inactive in the HCM';
const UNKNOWN_LABEL = 'CONSULTANT, open: E9999 is not in the HCM';
const weeks = (role: string, hours: Record<string, string>) =>
  Object.entries(hours).map(([week, h]) => ({ role, week, hours: h }));
/**
 * The Negotiation deal's demand, worked out by hand from its plan: 20 h a week of a manager from
 * Mon 4 Jan to Fri 26 Feb 2027 (2027-W01 to W08); 16 h a week (3.2 h a day) of an analyst from
 * Wed 6 to Tue 19 Jan (three days, five days, two days); 40 h of a consultant in 2027-W09.
 */
const NEGOTIATION_DEMAND = {
  named: weeks('MANAGER', {
    '2027-W01': '20.00',
    '2027-W02': '20.00',
    '2027-W03': '20.00',
    '2027-W04': '20.00',
    '2027-W05': '20.00',
    '2027-W06': '20.00',
    '2027-W07': '20.00',
    '2027-W08': '20.00',
  }),
  unnamed: [
    ...weeks('ANALYST', { '2027-W01': '9.60', '2027-W02': '16.00', '2027-W03': '6.40' }),
    ...weeks('CONSULTANT', { '2027-W09': '40.00' }),
  ],
};

/** The problems start-up reports for an env, none when it starts. */
function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(processOnboardingConfigShape, env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('provisional projects for late-stage deals', () => {
  let bed: OnboardingTestBed;
  let poll: () => ReturnType<PollCrmJob['process']>;

  const workspacesOf = (crmId: string) =>
    bed.records('psa', 'workspaces', { external_reference: crmId });
  const demandOf = async (workspace: SandboxRecord) => ({
    named: await bed.records('psa', 'participations', { workspace_id: workspace.id }),
    open: (await bed.records('psa', 'workspace_resources', { workspace_id: workspace.id })).filter(
      (resource) => !resource.user_id,
    ),
  });
  const roleId = async (code: string) =>
    (await bed.records('psa', 'roles')).find((role) => role.name === code || role.code === code)
      ?.id;
  const opportunityIdOf = async (crmId: string): Promise<string> =>
    (await bed.system('SYSTEM_CRM_URL', 'get', `/opportunities/crm/${crmId}`).expect(200)).body.id;
  const provisionalOf = async (crmId: string) =>
    (
      await bed
        .get(`/provisional-projects/${projectIdOf(await opportunityIdOf(crmId))}`)
        .expect(200)
    ).body;
  const staffingExceptions = (): Promise<unknown[]> =>
    bed.database.query(
      `SELECT step, subject_id FROM exceptions WHERE reason_code = 'WORKER_INACTIVE'`,
    );

  beforeAll(async () => {
    // polled by hand, so each test knows exactly which polls ran
    bed = await OnboardingTestBed.start({ env: { ONBOARDING_POLL_INTERVAL_MS: '0' } });
    const job = bed.app!.get(PollCrmJob);
    poll = () => job.process();
    await bed.inCrm('POST', 'Resource_Assignment__c/', {
      Name: 'E1002 MANAGER',
      Opportunity__c: NEGOTIATION,
      Worker_Id__c: 'E1002',
      Role__c: 'MANAGER',
      Start_Date__c: '2027-01-04',
      End_Date__c: '2027-02-26',
      Hours_Per_Week__c: 20,
    });
    // planned, but no one the gateway can staff: held open, as onboarding would hold them
    await bed.inCrm('POST', 'Resource_Assignment__c/', {
      Name: 'E1024 ANALYST',
      Opportunity__c: NEGOTIATION,
      Worker_Id__c: 'E1024',
      Role__c: 'ANALYST',
      Start_Date__c: '2027-01-06',
      End_Date__c: '2027-01-19',
      Hours_Per_Week__c: 16,
    });
    await bed.inCrm('POST', 'Resource_Assignment__c/', {
      Name: 'E9999 CONSULTANT',
      Opportunity__c: NEGOTIATION,
      Worker_Id__c: 'E9999',
      Role__c: 'CONSULTANT',
      Start_Date__c: '2027-03-01',
      End_Date__c: '2027-03-05',
      Hours_Per_Week__c: 40,
    });
  }, 60_000);

  afterAll(() => bed?.close());

  it('sets the Negotiation deal up as one provisional PSA project with named workers and open roles, and no ERP project', async () => {
    const first = await poll();
    expect(first.provisional).toEqual({ read: 1, provisional: 1, closed: 0, released: 0 });

    const workspaces = await workspacesOf(NEGOTIATION);
    expect(workspaces).toEqual([
      expect.objectContaining({
        status: 'in_planning',
        title: 'Northwind Traders — pricing strategy',
      }),
    ]);
    const { named, open } = await demandOf(workspaces[0]);
    expect(named).toEqual([
      expect.objectContaining({
        role_id: await roleId('MANAGER'),
        hours_per_week: 20,
        start_date: '2027-01-04',
        end_date: '2027-02-26',
      }),
    ]);
    expect(open).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          label: INACTIVE_LABEL,
          role_id: await roleId('ANALYST'),
          hours_per_week: 16,
          start_date: '2027-01-06',
          end_date: '2027-01-19',
        }),
        expect.objectContaining({
          label: UNKNOWN_LABEL,
          role_id: await roleId('CONSULTANT'),
          hours_per_week: 40,
          start_date: '2027-03-01',
          end_date: '2027-03-05',
        }),
      ]),
    );
    expect(open).toHaveLength(2);
    const projectId = projectIdOf(await opportunityIdOf(NEGOTIATION));
    const project = (
      await bed.system('SYSTEM_PSA_URL', 'get', `/projects/${projectId}`).expect(200)
    ).body;
    expect(project).toMatchObject({
      status: 'PROVISIONAL',
      assignments: [
        expect.objectContaining({ worker: 'E1002', role: 'MANAGER', hoursPerWeek: 20 }),
      ],
    });
    // a staffing gap on a deal not yet won blocks nothing and asks no one to restaff
    expect(await staffingExceptions()).toEqual([]);
    expect(await bed.records('erp', 'job', { externalId: projectId })).toEqual([]);
    expect(await bed.onboardingOf(NEGOTIATION)).toBeNull();
    expect(await workspacesOf(PROPOSAL)).toEqual([]);
  });

  it('answers the provisional project with its demand by role and ISO week, named and open apart', async () => {
    const projectId = projectIdOf(await opportunityIdOf(NEGOTIATION));
    const [workspace] = await workspacesOf(NEGOTIATION);
    const expected = {
      project: projectId,
      opportunity: await opportunityIdOf(NEGOTIATION),
      opportunityCrmId: NEGOTIATION,
      name: 'Northwind Traders — pricing strategy',
      stage: 'Negotiation',
      legalEntity: 'NWA-US',
      status: 'PROVISIONAL',
      psaProjectId: String(workspace.id),
      demand: NEGOTIATION_DEMAND,
      assignments: [
        {
          worker: 'E1002',
          role: 'MANAGER',
          startDate: '2027-01-04',
          endDate: '2027-02-26',
          hoursPerWeek: 20,
        },
      ],
      openRoles: [
        expect.objectContaining({ worker: 'E1024', role: 'ANALYST', label: INACTIVE_LABEL }),
        expect.objectContaining({ worker: 'E9999', role: 'CONSULTANT', label: UNKNOWN_LABEL }),
      ],
    };
    const us = await bed.get('/provisional-projects?legalEntity=NWA-US').expect(200);
    expect(us.body).toEqual({ items: [expect.objectContaining(expected)] });
    expect(await provisionalOf(NEGOTIATION)).toMatchObject(expected);
    expect((await bed.get('/provisional-projects?legalEntity=NWA-UK').expect(200)).body).toEqual({
      items: [],
    });
  });

  it('refuses bad queries with 400 problem+json, and answers 404 for a project no late-stage deal made', async () => {
    for (const [query, code] of [
      ['legalEntity=%3Cscript%3E', 'VALIDATION_FAILED'],
      ['status=WON', 'VALIDATION_FAILED'],
      ['limit=0', 'VALIDATION_FAILED'],
      ['limit=101', 'VALIDATION_FAILED'],
      ['region=EU', 'VALIDATION_FAILED'],
      ['cursor=bm90LW1pbmU', 'INVALID_CURSOR'],
    ]) {
      const answer = await bed.get(`/provisional-projects?${query}`);
      expect({ query, status: answer.status, code: answer.body.code }).toEqual({
        query,
        status: 400,
        code,
      });
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const missing = await bed.get('/provisional-projects/prj_00000000').expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    expect((await bed.get('/provisional-projects/%20x').expect(400)).body.code).toBe(
      'VALIDATION_FAILED',
    );
    await bed.get('/provisional-projects', 'not-a-token').expect(401);
  });

  it('creates nothing twice when polled again, even from the start of the feed', async () => {
    expect((await poll()).provisional).toEqual({
      read: 0,
      provisional: 0,
      closed: 0,
      released: 0,
    });
    await bed
      .system('SYSTEM_CRM_URL', 'delete', '/checkpoints/opportunity-stages/onboarding')
      .expect(204);
    expect((await poll()).provisional).toEqual({
      read: 1,
      provisional: 1,
      closed: 0,
      released: 0,
    });
    const workspaces = await workspacesOf(NEGOTIATION);
    expect(workspaces).toHaveLength(1);
    const demand = await demandOf(workspaces[0]);
    expect([demand.named.length, demand.open.length]).toEqual([1, 2]);
    const projectId = projectIdOf(await opportunityIdOf(NEGOTIATION));
    expect(await bed.records('erp', 'job', { externalId: projectId })).toEqual([]);
  });

  it('promotes the same PSA project when the deal is won, and gives it its ERP project', async () => {
    const [provisional] = await workspacesOf(NEGOTIATION);
    await bed.sandbox('POST', `/crm/opportunities/${NEGOTIATION}/close-won`);
    await poll();
    const onboarding = await bed.waitForStatus(NEGOTIATION, 'completed');

    const workspaces = await workspacesOf(NEGOTIATION);
    expect(workspaces).toEqual([expect.objectContaining({ id: provisional.id, status: 'active' })]);
    expect(onboarding.psaProjectId).toBe(provisional.id);
    // the onboarding holds the same roles open, under the same labels: nothing made twice
    const demand = await demandOf(workspaces[0]);
    expect([demand.named.length, demand.open.length]).toEqual([1, 2]);
    expect(await bed.records('erp', 'job', { externalId: onboarding.projectId })).toEqual([
      expect.objectContaining({
        entityStatus: expect.objectContaining({ refName: 'In Progress' }),
      }),
    ]);
    // the onboarding owns the deal now: the stage feed no longer carries it
    expect((await poll()).provisional).toMatchObject({ provisional: 0, released: 0 });
    expect(await workspacesOf(NEGOTIATION)).toHaveLength(1);
    expect(await provisionalOf(NEGOTIATION)).toMatchObject({
      status: 'PROMOTED',
      stage: 'Closed Won',
      demand: NEGOTIATION_DEMAND,
    });
  });

  it('files an incomplete late-stage deal as one exception, reads on, and sets it up once completed', async () => {
    await bed.inCrm('POST', 'Resource_Assignment__c/', {
      Name: 'E1001 PARTNER',
      Opportunity__c: PROPOSAL,
      Worker_Id__c: 'E1001',
      Role__c: 'PARTNER',
      Hours_Per_Week__c: 4,
    });
    await bed.inCrm('PATCH', `Opportunity/${PROPOSAL}`, {
      StageName: 'Negotiation',
      Rate_Card__c: null,
    });
    expect((await poll()).provisional).toEqual({
      read: 1,
      provisional: 0,
      closed: 0,
      released: 0,
    });
    expect((await poll()).provisional.read).toBe(0);
    expect(await workspacesOf(PROPOSAL)).toEqual([]);
    const opportunityId = await opportunityIdOf(PROPOSAL);
    const exceptionsOf = () =>
      bed.database.query(
        `SELECT reason_code, status, message FROM exceptions WHERE step = 'provisional-project' AND subject_id = $1`,
        [opportunityId],
      );
    await bed.get(`/provisional-projects/${projectIdOf(opportunityId)}`).expect(404);
    expect(await exceptionsOf()).toEqual([
      expect.objectContaining({
        reason_code: 'DEAL_INCOMPLETE',
        status: 'open',
        message: expect.stringContaining('rate card'),
      }),
    ]);

    await bed.inCrm('PATCH', `Opportunity/${PROPOSAL}`, { Rate_Card__c: 'RC-STD-GBP' });
    expect((await poll()).provisional).toEqual({
      read: 1,
      provisional: 1,
      closed: 0,
      released: 0,
    });
    expect(await workspacesOf(PROPOSAL)).toHaveLength(1);
    expect(await exceptionsOf()).toEqual([expect.objectContaining({ status: 'resolved' })]);
    // E1001 as a partner, 4 h a week for the whole deal: Mon 11 Jan to Fri 5 Mar 2027
    expect(await provisionalOf(PROPOSAL)).toMatchObject({
      status: 'PROVISIONAL',
      legalEntity: 'NWA-UK',
      demand: {
        named: weeks(
          'PARTNER',
          Object.fromEntries(
            ['W02', 'W03', 'W04', 'W05', 'W06', 'W07', 'W08', 'W09'].map((w) => [
              `2027-${w}`,
              '4.00',
            ]),
          ),
        ),
        unnamed: [],
      },
    });
  });

  it('pages the provisional projects newest first with a keyset cursor', async () => {
    const first = await bed.get('/provisional-projects?limit=1').expect(200);
    expect(first.body.items.map((p: { opportunityCrmId: string }) => p.opportunityCrmId)).toEqual([
      PROPOSAL,
    ]);
    const second = await bed
      .get(`/provisional-projects?limit=1&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ opportunityCrmId: NEGOTIATION, status: 'PROMOTED' })],
    });
    const uk = await bed.get('/provisional-projects?legalEntity=NWA-UK&status=PROVISIONAL');
    expect(uk.body.items.map((p: { opportunityCrmId: string }) => p.opportunityCrmId)).toEqual([
      PROPOSAL,
    ]);
  });

  it('releases the demand of a deal moved back from the late stage, once, even after the PSA failed', async () => {
    const [workspace] = await workspacesOf(PROPOSAL);
    await bed.inCrm('PATCH', `Opportunity/${PROPOSAL}`, { StageName: 'Proposal' });
    await bed.faults('psa', { errorRate: 1 });
    try {
      await expect(poll()).rejects.toThrow();
    } finally {
      await bed.faults('psa', {});
    }
    // nothing recorded as released while the PSA still holds the demand
    expect(await provisionalOf(PROPOSAL)).toMatchObject({ status: 'PROVISIONAL' });
    expect((await demandOf(workspace)).named).toHaveLength(1);

    const released = await waitFor(
      async () => {
        try {
          return (await poll()).provisional;
        } catch {
          return undefined; // the PSA's circuit is still open
        }
      },
      { timeoutMs: 20_000, what: 'a poll once the PSA is back' },
    );
    expect(released).toEqual({ read: 0, provisional: 0, closed: 0, released: 1 });
    expect(await workspacesOf(PROPOSAL)).toEqual([
      expect.objectContaining({ id: workspace.id, status: 'cancelled' }),
    ]);
    expect(await demandOf(workspace)).toEqual({ named: [], open: [] });
    expect(await provisionalOf(PROPOSAL)).toMatchObject({
      status: 'CLOSED',
      stage: 'Proposal',
      demand: { named: [], unnamed: [] },
      closedAt: expect.any(String),
    });
    expect((await poll()).provisional).toMatchObject({ released: 0, provisional: 0 });
  });

  it('gives a deal that comes back to the late stage the same project back, with its demand', async () => {
    const [workspace] = await workspacesOf(PROPOSAL);
    await bed.inCrm('PATCH', `Opportunity/${PROPOSAL}`, { StageName: 'Negotiation' });
    expect((await poll()).provisional).toEqual({
      read: 1,
      provisional: 1,
      closed: 0,
      released: 0,
    });
    expect(await workspacesOf(PROPOSAL)).toEqual([
      expect.objectContaining({ id: workspace.id, status: 'in_planning' }),
    ]);
    expect((await demandOf(workspace)).named).toEqual([
      expect.objectContaining({ role_id: await roleId('PARTNER'), hours_per_week: 4 }),
    ]);
    const projectId = projectIdOf(await opportunityIdOf(PROPOSAL));
    expect(
      (await bed.system('SYSTEM_PSA_URL', 'get', `/projects/${projectId}`).expect(200)).body,
    ).toMatchObject({
      status: 'PROVISIONAL',
      assignments: [expect.objectContaining({ worker: 'E1001' })],
    });
    expect(await provisionalOf(PROPOSAL)).toMatchObject({
      status: 'PROVISIONAL',
      stage: 'Negotiation',
      psaProjectId: String(workspace.id),
      demand: { named: expect.arrayContaining([expect.objectContaining({ role: 'PARTNER' })]) },
    });
  });

  it('closes a lost deal\u2019s provisional project and releases its demand', async () => {
    const [workspace] = await workspacesOf(PROPOSAL);
    expect(workspace).toMatchObject({ status: 'in_planning' });
    expect((await demandOf(workspace)).named).toHaveLength(1);

    await bed.inCrm('PATCH', `Opportunity/${PROPOSAL}`, { StageName: 'Closed Lost' });
    expect((await poll()).provisional).toEqual({
      read: 1,
      provisional: 0,
      closed: 1,
      released: 0,
    });
    expect(await workspacesOf(PROPOSAL)).toEqual([
      expect.objectContaining({ id: workspace.id, status: 'cancelled' }),
    ]);
    expect(await demandOf(workspace)).toEqual({ named: [], open: [] });
    const projectId = projectIdOf(await opportunityIdOf(PROPOSAL));
    expect(
      (await bed.system('SYSTEM_PSA_URL', 'get', `/projects/${projectId}`).expect(200)).body,
    ).toMatchObject({ status: 'CLOSED', assignments: [] });
    expect(await bed.records('erp', 'job', { externalId: projectId })).toEqual([]);
    expect(await bed.onboardingOf(PROPOSAL)).toBeNull();
    expect(await provisionalOf(PROPOSAL)).toMatchObject({
      status: 'CLOSED',
      stage: 'Closed Lost',
      demand: { named: [], unnamed: [] },
    });
  });

  it('takes Negotiation as the late stage unless told otherwise, and refuses to start with closed or unreadable stages', () => {
    expect(parseConfig(processOnboardingConfigShape, {})).toMatchObject({
      ONBOARDING_PROVISIONAL_STAGES: ['Negotiation'],
    });
    expect(
      parseConfig(processOnboardingConfigShape, {
        ONBOARDING_PROVISIONAL_STAGES: 'Negotiation, Id. Decision Makers',
      }),
    ).toMatchObject({ ONBOARDING_PROVISIONAL_STAGES: ['Negotiation', 'Id. Decision Makers'] });
    for (const stages of [
      'Closed Won',
      'Negotiation,Closed Lost',
      ' , ',
      'Negotiation,,',
      '<script>',
    ]) {
      const problems = problemsOf({ ONBOARDING_PROVISIONAL_STAGES: stages });
      expect(problems).not.toEqual([]);
      for (const problem of problems) expect(problem).toMatch(/^ONBOARDING_PROVISIONAL_STAGES/);
    }
  });
});
