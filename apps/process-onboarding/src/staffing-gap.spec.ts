import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createHttpApp } from '@p2c/platform';
import { waitFor } from '@p2c/testing';
import type { Scenario } from '@p2c/vendor-sandbox/scenario/scenario.types';
import { quietNorthwind } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
// Test-only: time posting runs beside onboarding, so the project it posts to is onboarding's own.
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { ProcessTimeModule } from '@p2c/apps/process-time/src/process-time.module';
import {
  FAST_PROCESS_TIME,
  FAST_SYSTEM_TIER,
} from '@p2c/apps/process-time/src/testing/time-test-bed';
import { DetectRestaffingUseCase } from './detection/detect-restaffing.use-case';
import { OnboardingTestBed } from './testing/onboarding-test-bed';

const ADATUM = '006NW000105';
const OPEN_LABEL = 'ANALYST, open: E1024 (Yara Ito) is inactive in the HCM';

/** Quiet Northwind with Yara Ito (E1024, inactive in the HCM) planned on Adatum as an analyst. */
function adatumPlansAnInactiveWorker(): Scenario {
  const scenario = quietNorthwind();
  const adatum = scenario.opportunities.find((deal) => deal.crmId === ADATUM)!;
  adatum.assignments = [
    ...(adatum.assignments ?? []),
    {
      worker: 'E1024',
      role: 'ANALYST',
      startDate: '2026-10-26',
      endDate: '2027-02-26',
      hoursPerWeek: 40,
    },
  ];
  return scenario;
}

interface ExceptionRow {
  reason_code: string;
  owner_group: string;
  step: string;
  status: string;
  message: string;
  resolution: string | null;
  context: { openRoles: { label: string; worker: string; role: string }[] };
}

describe('a deal whose plan names an inactive worker', () => {
  let bed: OnboardingTestBed;
  let time: NestFastifyApplication;
  let projectId: string;

  const exceptionsOf = (subjectId: string): Promise<ExceptionRow[]> =>
    bed.database.query(
      `SELECT reason_code, owner_group, step, status, message, resolution, context
         FROM exceptions WHERE subject_id = $1 ORDER BY created_at`,
      [subjectId],
    );
  const psaProject = async () =>
    (await bed.system('SYSTEM_PSA_URL', 'get', `/projects/${projectId}`).expect(200)).body as {
      status: string;
      assignments: { worker: string; role: string }[];
      openAssignments: Record<string, unknown>[];
    };
  const timeApi = (path: string) =>
    request(time.getHttpServer()).get(path).set('authorization', `Bearer ${bed.token}`);
  /** Logs a day of the worker's time on Adatum, approves it, and waits for process-time's verdict. */
  const postDay = async (worker: string) => {
    const { ids } = await bed.sandbox<{ ids: string[] }>('POST', '/psa/time-entries', {
      entries: [{ opportunity: ADATUM, worker, date: '2026-11-02', hours: 8, billable: true }],
    });
    await bed.sandbox('POST', '/psa/time-entries/approve', { ids });
    await time.get(SweepApprovedUseCase).execute();
    return waitFor(
      async () => {
        const { body } = await timeApi(`/postings/psa-time-${ids[0]}`);
        return body?.status && body.status !== 'pending' ? body : undefined;
      },
      { timeoutMs: 30_000, what: `the posting of ${worker}'s day` },
    );
  };

  beforeAll(async () => {
    bed = await OnboardingTestBed.start({
      tier: { scenario: adatumPlansAnInactiveWorker(), env: FAST_SYSTEM_TIER },
    });
    time = await createHttpApp(
      ProcessTimeModule.with({ env: { ...bed.tier.env, ...FAST_PROCESS_TIME } }),
      'process-time',
    );
    await time.init();
    await time.getHttpAdapter().getInstance().ready();
    projectId = (await bed.waitForStatus(ADATUM, 'completed', 60_000)).projectId;
  }, 120_000);

  afterAll(async () => {
    await time?.close();
    await bed?.close();
  });

  it('sets up active PSA and ERP projects with her role held open, and asks delivery to restaff it', async () => {
    const [job] = await bed.records('erp', 'job', { externalId: projectId });
    expect(job.entityStatus).toMatchObject({ refName: 'In Progress' });
    const project = await psaProject();
    expect(project.status).toBe('ACTIVE');
    expect(project.assignments.map((a) => a.worker).sort()).toEqual([
      'E1017',
      'E1018',
      'E1019',
      'E1020',
    ]);
    expect(project.openAssignments).toEqual([
      {
        label: OPEN_LABEL,
        role: 'ANALYST',
        startDate: '2026-10-26',
        endDate: '2027-02-26',
        hoursPerWeek: 40,
      },
    ]);

    const onboarding = (await bed.onboardingOf(ADATUM))!;
    const [exception, ...others] = await exceptionsOf(onboarding.opportunityId);
    expect(others).toEqual([]);
    expect(exception).toMatchObject({
      reason_code: 'WORKER_INACTIVE',
      owner_group: 'delivery',
      step: 'restaff-project',
      status: 'open',
      context: { openRoles: [{ label: OPEN_LABEL, worker: 'E1024', role: 'ANALYST' }] },
    });
    expect(exception.message).toMatch(
      /^Deal 006NW000105 \(Adatum — grid operations review\) is set up without 1 of its planned worker\(s\): E1024 \(Yara Ito\) is inactive in the HCM, so the ANALYST role .* is held open .* Staff an active worker in each open role on PSA project .*restaffed\.$/,
    );
    const all: { n: number }[] = await bed.database.query(
      `SELECT count(*)::int AS n FROM exceptions WHERE reason_code = 'WORKER_INACTIVE'`,
    );
    expect(all[0].n).toBe(1);
    // the poll that closes restaffed gaps leaves this one open
    expect(await bed.app!.get(DetectRestaffingUseCase).execute()).toBe(0);
    expect((await exceptionsOf(onboarding.opportunityId))[0].status).toBe('open');
  });

  it('posts the time of the workers who are staffed', async () => {
    const posting = await postDay('E1018');
    expect(posting).toMatchObject({
      status: 'posted',
      project: projectId,
      billRate: { amount: '290.00', currency: 'EUR' },
    });
    const bills = await bed.records('erp', 'timeBill');
    expect(bills.map((bill) => bill.externalId)).toEqual([posting.id]);
  });

  it('resolves the exception once a resource manager staffs someone in the open role', async () => {
    const change = await bed.sandbox('POST', '/psa/staffing-changes', {
      opportunity: ADATUM,
      add: [{ worker: 'E1023', role: 'ANALYST', hoursPerWeek: 40 }],
    });
    expect(change).toMatchObject({ added: ['E1023'], filled: [OPEN_LABEL], open: 0 });
    const onboarding = (await bed.onboardingOf(ADATUM))!;
    const [resolved] = await waitFor(
      async () => {
        const rows = await exceptionsOf(onboarding.opportunityId);
        return rows[0]?.status === 'resolved' ? rows : undefined;
      },
      { timeoutMs: 15_000, what: 'the WORKER_INACTIVE exception to resolve' },
    );
    expect(resolved.resolution).toMatch(/^Restaffed in the PSA: .*E1023 as ANALYST/);
    const project = await psaProject();
    expect(project.openAssignments).toEqual([]);
    expect(project.assignments).toContainEqual(
      expect.objectContaining({ worker: 'E1023', role: 'ANALYST' }),
    );
  });

  it('still refuses time the inactive worker logs, as WORKER_UNMAPPED', async () => {
    // staffed back by hand (no planned hours), as a person might in the PSA's screens
    await bed.sandbox('POST', '/psa/staffing-changes', {
      opportunity: ADATUM,
      add: [{ worker: 'E1024', role: 'ANALYST', hoursPerWeek: 0 }],
    });
    const posting = await postDay('E1024');
    expect(posting).toMatchObject({
      status: 'blocked',
      exception: {
        reasonCode: 'WORKER_UNMAPPED',
        ownerGroup: 'integration-support',
        message: expect.stringMatching(/E1024 is inactive in the HCM/),
      },
    });
    expect(await bed.records('erp', 'timeBill')).toHaveLength(1);
  });
});
