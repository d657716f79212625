import type { Onboarding } from '@p2c/persistence';
import type { OnboardingDto } from './onboardings/dto/onboarding.dto';
import { OnboardingTestBed, SandboxRecord } from './testing/onboarding-test-bed';

/** Northwind's closed-won deals that can be set up, and what the ERP must file them under. */
const WON: Record<string, { legalEntity: string; costCenter: string; billingModel: string }> = {
  '006NW000101': {
    legalEntity: 'NWA-US',
    costCenter: 'US-STRAT',
    billingModel: 'TIME_AND_MATERIALS',
  },
  '006NW000102': { legalEntity: 'NWA-US', costCenter: 'US-TECH', billingModel: 'MILESTONE' },
  '006NW000103': { legalEntity: 'NWA-UK', costCenter: 'UK-FIN', billingModel: 'FIXED_FEE' },
  '006NW000104': { legalEntity: 'NWA-UK', costCenter: 'UK-TECH', billingModel: 'RETAINER' },
  '006NW000105': {
    legalEntity: 'NWA-DE',
    costCenter: 'DE-OPS',
    billingModel: 'TIME_AND_MATERIALS',
  },
  '006NW000107': {
    legalEntity: 'NWA-US',
    costCenter: 'US-TECH',
    billingModel: 'TIME_AND_MATERIALS',
  },
};
const LITWARE = '006NW000106';

describe('process-onboarding against the system tier and the sandbox', () => {
  let bed: OnboardingTestBed;

  /** The ERP's internal id of a dimension record by its code. */
  const erpIdOf = async (collection: string, code: string) =>
    (await bed.records('erp', collection, { externalId: code }))[0]?.id;
  const ref = (record: SandboxRecord, field: string) => (record[field] as { id?: string })?.id;
  const onboardingOf = async (crmId: string): Promise<Onboarding> => {
    const onboarding = await bed.onboardingOf(crmId);
    if (!onboarding) throw new Error(`${crmId} has no onboarding`);
    return onboarding;
  };

  beforeAll(async () => {
    bed = await OnboardingTestBed.start();
  }, 60_000);

  afterAll(() => bed?.close());

  it('onboards the seven closed-won deals: six active projects on both sides, Litware stopped on DE-DATA', async () => {
    for (const crmId of Object.keys(WON)) await bed.waitForStatus(crmId, 'completed', 60_000);
    await bed.waitForStatus(LITWARE, 'blocked');

    for (const [crmId, expected] of Object.entries(WON)) {
      const onboarding = await onboardingOf(crmId);
      const jobs = await bed.records('erp', 'job', { externalId: onboarding.projectId });
      expect(jobs).toHaveLength(1);
      const [job] = jobs;
      expect(job.entityStatus).toMatchObject({ refName: 'In Progress' });
      expect(ref(job, 'subsidiary')).toBe(await erpIdOf('subsidiary', expected.legalEntity));
      expect(ref(job, 'department')).toBe(await erpIdOf('department', expected.costCenter));
      expect(ref(job, 'class')).toBe(await erpIdOf('classification', expected.billingModel));
      expect(ref(job, 'parent')).toBe(onboarding.erpCustomerId);
      const workspaces = await bed.records('psa', 'workspaces', { external_reference: crmId });
      expect(workspaces).toEqual([expect.objectContaining({ status: 'active' })]);
    }

    const litware = await onboardingOf(LITWARE);
    expect(await bed.records('erp', 'job', { externalId: litware.projectId })).toEqual([]);
    expect(await bed.records('psa', 'workspaces', { external_reference: LITWARE })).toEqual([]);
    const answer = await bed.get(`/onboardings/${litware.id}`).expect(200);
    const view: OnboardingDto = answer.body;
    expect(view).toMatchObject({ status: 'BLOCKED', currentStep: 'validate-deal' });
    expect(view.steps.map((step) => [step.name, step.status])).toEqual([
      ['validate-deal', 'FAILED'],
      ['resolve-customer', 'WAITING'],
      ['create-psa-project', 'WAITING'],
      ['create-erp-project', 'WAITING'],
      ['activate-projects', 'WAITING'],
    ]);
    expect(view.exceptions).toEqual([
      expect.objectContaining({
        step: 'validate-deal',
        reasonCode: 'INVALID_DIMENSION',
        ownerGroup: 'finance-ops',
        status: 'open',
        message: expect.stringContaining('DE-DATA'),
      }),
    ]);
  }, 90_000);
});
