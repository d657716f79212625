import type { Onboarding } from '@p2c/persistence';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { waitFor } from '@p2c/testing';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import { DetectClosedWonUseCase } from './detection/detect-closed-won.use-case';
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
const NEGOTIATION = '006NW000108';
const PROPOSAL = '006NW000109';

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
        correlationId: expect.any(String),
      }),
    ]);
  }, 90_000);

  it('reports Litware blocked with its reason, and each set-up project’s budget from its deal', async () => {
    const kpis = (await bed.get('/kpis').expect(200)).body;
    expect(kpis.blocked).toEqual([
      expect.objectContaining({
        opportunityCrmId: LITWARE,
        reasonCode: 'INVALID_DIMENSION',
        step: 'validate-deal',
        message: expect.stringContaining('DE-DATA'),
      }),
    ]);
    expect(kpis.openExceptions).toEqual([
      expect.objectContaining({ reason: 'INVALID_DIMENSION', open: 1, underOneHour: 1 }),
    ]);

    const { body } = await bed.get('/kpis/budgets').expect(200);
    const scenario = defaultScenario();
    for (const crmId of Object.keys(WON)) {
      const deal = scenario.opportunities.find((one) => one.crmId === crmId)!;
      let minutes = 0n;
      let unpriced = 0n;
      const cost = new Map<string, bigint>();
      for (const assignment of deal.assignments ?? []) {
        const worker = scenario.workers.find((one) => one.id === assignment.worker);
        const perDay = BigInt(Math.round(assignment.hoursPerWeek * 12));
        for (
          let day = new Date(`${assignment.startDate}T00:00:00Z`);
          day <= new Date(`${assignment.endDate}T00:00:00Z`);
          day = new Date(day.getTime() + 86_400_000)
        ) {
          if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
          const date = day.toISOString().slice(0, 10);
          minutes += perDay;
          const rate =
            worker?.active === false
              ? undefined
              : worker?.costRates.find(
                  (r) => r.effectiveFrom <= date && (!r.effectiveTo || date <= r.effectiveTo),
                );
          if (!rate) {
            unpriced += perDay;
            continue;
          }
          const cents = BigInt(Math.round(Number(rate.rate) * 100));
          cost.set(rate.currency, (cost.get(rate.currency) ?? 0n) + (cents * perDay + 30n) / 60n);
        }
      }
      const contract = BigInt(Math.round(Number(deal.amount) * 100));
      const own = cost.get(deal.currency) ?? 0n;
      const item = body.items.find(
        (one: { opportunityCrmId: string }) => one.opportunityCrmId === crmId,
      );
      expect(item).toEqual({
        project: (await onboardingOf(crmId)).projectId,
        opportunityCrmId: crmId,
        name: deal.name,
        legalEntity: WON[crmId].legalEntity,
        billingModel: WON[crmId].billingModel,
        contractAmount: { amount: cents(contract), currency: deal.currency },
        plannedHours: cents((minutes * 100n + 30n) / 60n),
        unpricedHours: cents((unpriced * 100n + 30n) / 60n),
        plannedCost: [...cost]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([currency, minor]) => ({ amount: cents(minor), currency })),
        ...(unpriced === 0n && [...cost.keys()].every((c) => c === deal.currency)
          ? {
              contractedMargin: ratio((contract - own) * 10_000n, contract),
            }
          : {}),
      });
    }
  });

  it('reuses Fabrikam from the ERP, finds Columbia (no tax id) by name or creates it once', async () => {
    const fabrikam = await onboardingOf('006NW000102');
    const fabrikamInErp = await bed.records('erp', 'customer', { vatRegNumber: 'US-91-7654321' });
    expect(fabrikamInErp).toEqual([
      expect.objectContaining({
        companyName: 'FABRIKAM LOGISTICS, INC.',
        externalId: fabrikam.customerId,
      }),
    ]);
    expect(fabrikam.customerMatch).toBe('TAX_ID');
    const columbia = await onboardingOf('006NW000107');
    expect(
      await bed.records('erp', 'customer', { companyName: 'State of Columbia Dept. of Revenue' }),
    ).toEqual([expect.objectContaining({ externalId: columbia.customerId })]);
    // six customers of won deals, one of them Fabrikam's, plus Litware's from before
    expect(await bed.records('erp', 'customer')).toHaveLength(7);
    const view: OnboardingDto = (await bed.get(`/onboardings/${fabrikam.id}`).expect(200)).body;
    expect(view.crossReferences).toEqual(
      expect.arrayContaining([
        {
          entityType: 'customer',
          canonicalId: fabrikam.customerId,
          system: 'erp',
          externalId: fabrikamInErp[0].id,
        },
        {
          entityType: 'project',
          canonicalId: fabrikam.projectId,
          system: 'erp',
          externalId: fabrikam.erpProjectId,
        },
        {
          entityType: 'project',
          canonicalId: fabrikam.projectId,
          system: 'psa',
          externalId: fabrikam.psaProjectId,
        },
      ]),
    );
    expect(view.steps.every((step) => step.status === 'SUCCEEDED' && step.attempts === 1)).toBe(
      true,
    );
    expect(view.steps[1].outcome).toMatch(
      /Adopted ERP customer \d+ "FABRIKAM LOGISTICS, INC.", matched by tax id/,
    );
  });

  it('publishes ProjectActivated once per project and records the deal’s lineage to both projects', async () => {
    const fabrikam = await onboardingOf('006NW000102');
    const events = await bed.database.query(
      `SELECT payload FROM outbox_messages
        WHERE queue = 'business-events' AND job_name = 'ProjectActivated' ORDER BY payload->>'id'`,
    );
    expect(events).toHaveLength(6);
    expect(
      events.map((row: { payload: { payload: unknown } }) => row.payload.payload),
    ).toContainEqual({
      project: fabrikam.projectId,
      opportunity: fabrikam.opportunityId,
      psaId: fabrikam.psaProjectId,
      erpId: fabrikam.erpProjectId,
      customer: fabrikam.customerId,
    });
    // the same events, on the forecast's own queue too
    const forecast = await bed.database.query(
      `SELECT payload FROM outbox_messages
        WHERE queue = 'forecast-business-events' AND job_name = 'ProjectActivated'
        ORDER BY payload->>'id'`,
    );
    expect(forecast.map((row: { payload: unknown }) => row.payload)).toEqual(
      events.map((row: { payload: unknown }) => row.payload),
    );
    const hops = await bed.database.query(
      `SELECT target_system, target_id, amount_minor, currency FROM sync_ledger
        WHERE source_system = 'crm' AND source_id = '006NW000102' ORDER BY target_system`,
    );
    expect(hops).toEqual([
      {
        target_system: 'erp',
        target_id: fabrikam.erpProjectId,
        amount_minor: '35000000',
        currency: 'USD',
      },
      {
        target_system: 'psa',
        target_id: fabrikam.psaProjectId,
        amount_minor: '35000000',
        currency: 'USD',
      },
    ]);
  });

  it('records each customer’s partner, lists a partner’s projects by it, and carries it on ProjectActivated', async () => {
    const projectsOf = async (partner: string) => {
      const answer = await bed.get(`/onboardings?partner=${partner}`).expect(200);
      return (answer.body.items as OnboardingDto[]).map((item) => [item.project, item.partner]);
    };
    const [contoso, tailspin, adatum] = await Promise.all(
      ['006NW000101', '006NW000103', '006NW000105'].map(onboardingOf),
    );
    expect((await projectsOf('PARTNER-ALPHA')).sort()).toEqual(
      [
        [contoso.projectId, 'PARTNER-ALPHA'],
        [tailspin.projectId, 'PARTNER-ALPHA'],
      ].sort(),
    );
    expect(await projectsOf('PARTNER-BETA')).toEqual([[adatum.projectId, 'PARTNER-BETA']]);
    expect(await projectsOf('PARTNER-NONE')).toEqual([]);
    const one = await bed
      .get(`/onboardings?partner=PARTNER-ALPHA&project=${tailspin.projectId}`)
      .expect(200);
    expect(one.body.items.map((item: OnboardingDto) => item.project)).toEqual([tailspin.projectId]);
    await bed.get('/onboardings?partner=not%20a%20partner').expect(400);
    const fabrikam = await onboardingOf('006NW000102');
    expect(fabrikam.partner).toBeNull();
    const events: { payload: { payload: { project: string; partner?: string } } }[] =
      await bed.database.query(
        `SELECT payload FROM outbox_messages
        WHERE queue = 'business-events' AND job_name = 'ProjectActivated' ORDER BY payload->>'id'`,
      );
    const partnerOf = new Map(
      events.map(({ payload }) => [payload.payload.project, payload.payload.partner]),
    );
    expect(partnerOf.get(contoso.projectId)).toBe('PARTNER-ALPHA');
    expect(partnerOf.get(adatum.projectId)).toBe('PARTNER-BETA');
    expect(partnerOf.get(fabrikam.projectId)).toBeUndefined();
  });

  it('starts nothing new when detection runs again from the start of the feed', async () => {
    const polls = bed.app!.get(QueueFactory).queue(QueueName.CrmChangeFeed);
    await polls.pause(); // the scheduled poll stays out of the way of the two below
    try {
      await waitFor(async () => (await polls.getActiveCount()) === 0, { what: 'the poll to end' });
      await bed
        .system('SYSTEM_CRM_URL', 'delete', '/checkpoints/closed-won-opportunities/onboarding')
        .expect(204);
      const detect = bed.app!.get(DetectClosedWonUseCase);
      expect(await detect.execute()).toEqual({ read: 7, started: 0 });
      expect(await detect.execute()).toEqual({ read: 0, started: 0 });
    } finally {
      await polls.resume();
    }
    expect(await bed.onboardings()).toHaveLength(7);
    expect(await bed.records('erp', 'job')).toHaveLength(6);
    // the six onboarded projects, and the Negotiation deal's provisional one
    expect(await bed.records('psa', 'workspaces')).toHaveLength(7);
    expect(await bed.records('erp', 'customer')).toHaveLength(7);
  });

  it('answers a request for a deal onboarded already with its onboarding, and refuses deals not won or unknown', async () => {
    const contoso = await onboardingOf('006NW000101');
    const again = await bed
      .post('/onboardings', { opportunity: '006NW000101' })
      .set('idempotency-key', 'contoso-1')
      .expect(202);
    const replayed = await bed
      .post('/onboardings', { opportunity: '006NW000101' })
      .set('idempotency-key', 'contoso-1')
      .expect(202);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body).toEqual(again.body);
    expect(again.body).toMatchObject({ id: contoso.id, status: 'COMPLETED', trigger: 'DETECTION' });
    const byCanonicalId = await bed
      .post('/onboardings', { opportunity: contoso.opportunityId })
      .expect(202);
    expect(byCanonicalId.body.id).toBe(contoso.id);

    const notWon = await bed.post('/onboardings', { opportunity: NEGOTIATION }).expect(409);
    expect(notWon.body).toMatchObject({
      code: 'OPPORTUNITY_NOT_WON',
      detail: expect.stringContaining('Negotiation'),
    });
    expect(
      (await bed.post('/onboardings', { opportunity: '006NW000999' }).expect(404)).body.code,
    ).toBe('OPPORTUNITY_NOT_FOUND');
    await bed.post('/onboardings', { opportunity: 'no spaces allowed' }).expect(400);
    await bed.post('/onboardings', { opportunity: '006NW000101', extra: 1 }).expect(400);
    await bed.get('/onboardings/not-a-uuid').expect(400);
    await bed.get('/onboardings/3f7c2a9e-5d41-4b8e-9a61-0c2d7e4b1f90').expect(404);
    await bed.post(`/onboardings/${contoso.id}/retry`).expect(409);
    await bed.get('/onboardings', 'not-a-token').expect(401);
    expect(await bed.onboardings()).toHaveLength(7);
  });

  it('lists onboardings by status and deal', async () => {
    const blocked = await bed.get('/onboardings?status=BLOCKED').expect(200);
    expect(blocked.body).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ opportunityCrmId: LITWARE })],
    });
    const page = await bed.get('/onboardings?status=COMPLETED&limit=4&offset=4').expect(200);
    expect(page.body).toMatchObject({ total: 6, limit: 4, offset: 4 });
    expect(page.body.items).toHaveLength(2);
    const one = await bed.get(`/onboardings?opportunity=${LITWARE}`).expect(200);
    expect(one.body.items.map((item: OnboardingDto) => item.opportunityCrmId)).toEqual([LITWARE]);
    await bed.get('/onboardings?status=DONE').expect(400);
    await bed.get('/onboardings?limit=500').expect(400);
  });

  it('resumes Litware from its failed step once DE-DATA is in the ERP, reusing its ERP customer, then applies the change order that waited', async () => {
    const litware = await onboardingOf(LITWARE);
    await bed.sandbox('POST', '/state/erp/department', {
      name: 'Data & Analytics DE',
      externalId: 'DE-DATA',
      subsidiary: { id: await erpIdOf('subsidiary', 'NWA-DE') },
    });
    // a change order approved meanwhile waits for the onboarding to complete
    await bed.inCrm('PATCH', `Opportunity/${LITWARE}`, { End_Date__c: '2027-06-30' });
    await bed.inCrm('POST', 'Change_Order__c/', {
      Name: 'CO-1: two more months',
      Opportunity__c: LITWARE,
      Status__c: 'Approved',
      Approved_Date__c: '2026-11-20',
    });
    await waitFor(
      async () =>
        (await bed.stepsOf(litware.id)).some(
          (step) => step.name === 'apply-change-order' && step.status === 'waiting',
        ),
      { what: 'the change order to wait for the onboarding' },
    );
    const resumed = await bed.post(`/onboardings/${litware.id}/retry`).expect(202);
    expect(resumed.body.exceptions[0].status).toBe('retrying');
    expect(
      await bed.database.query(
        `SELECT actor, action, before, after FROM audit_log WHERE subject_id = $1`,
        [litware.id],
      ),
    ).toEqual([
      {
        actor: 'onboarding-test',
        action: 'onboarding.retry',
        before: { status: 'blocked', failed: ['validate-deal'] },
        after: { status: 'running' },
      },
    ]);
    await bed.waitForStatus(LITWARE, 'completed');
    await waitFor(
      async () =>
        (await bed.stepsOf(litware.id)).some(
          (step) => step.name === 'apply-change-order' && step.status === 'succeeded',
        ),
      { what: 'the waiting change order to be applied' },
    );

    const view: OnboardingDto = (await bed.get(`/onboardings/${litware.id}`).expect(200)).body;
    expect(view.steps[0]).toMatchObject({
      name: 'validate-deal',
      status: 'SUCCEEDED',
      attempts: 2,
    });
    expect(view.exceptions).toEqual([
      expect.objectContaining({
        reasonCode: 'INVALID_DIMENSION',
        status: 'resolved',
        resolvedAt: expect.any(String),
      }),
    ]);
    const [job] = await bed.records('erp', 'job', { externalId: litware.projectId });
    expect(ref(job, 'department')).toBe(await erpIdOf('department', 'DE-DATA'));
    expect(job.projectedEndDate).toBe('2027-06-30');
    expect(job.entityStatus).toMatchObject({ refName: 'In Progress' });
    const customers = await bed.records('erp', 'customer', { vatRegNumber: 'DE298765432' });
    expect(customers).toEqual([
      expect.objectContaining({
        companyName: 'Litware Bank Aktiengesellschaft',
        externalId: view.customer,
      }),
    ]);
    expect(await bed.records('erp', 'customer')).toHaveLength(7);
    expect(await bed.records('psa', 'workspaces', { external_reference: LITWARE })).toHaveLength(1);
  });

  it('leaves the Negotiation and Proposal deals alone until one closes, then onboards it', async () => {
    expect(await bed.onboardingOf(NEGOTIATION)).toBeNull();
    expect(await bed.onboardingOf(PROPOSAL)).toBeNull();
    await bed.sandbox('POST', `/crm/opportunities/${NEGOTIATION}/close-won`);
    await bed.waitForStatus(NEGOTIATION, 'completed');
    expect(await bed.onboardingOf(PROPOSAL)).toBeNull();
    expect(
      await bed.records('psa', 'workspaces', { external_reference: NEGOTIATION }),
    ).toHaveLength(1);
    expect(await bed.records('erp', 'customer')).toHaveLength(8);
  });

  it('applies an approved change order to the project on both sides', async () => {
    const fabrikam = await onboardingOf('006NW000102');
    await bed.inCrm('PATCH', 'Opportunity/006NW000102', {
      Amount: 420000,
      End_Date__c: '2027-05-31',
    });
    await bed.inCrm('POST', 'Milestone__c/', {
      Name: 'Extra warehouses live',
      Opportunity__c: '006NW000102',
      Amount__c: 70000,
      Due_Date__c: '2027-05-31',
    });
    await bed.inCrm('POST', 'Change_Order__c/', {
      Name: 'CO-1: two more warehouses',
      Opportunity__c: '006NW000102',
      Status__c: 'Approved',
      Amount__c: 70000,
      Approved_Date__c: '2026-11-20',
    });
    const view = await waitFor(
      async () => {
        const body: OnboardingDto = (await bed.get(`/onboardings/${fabrikam.id}`)).body;
        return (
          body.steps.some(
            (step) => step.name === 'apply-change-order' && step.status === 'SUCCEEDED',
          ) && body
        );
      },
      { timeoutMs: 20_000, what: 'the change order to be applied' },
    );
    expect(view.steps.at(-1)?.outcome).toMatch(
      /applied: amount 350000.00 → 420000.00 USD, end date 2027-03-31 → 2027-05-31, 4 milestone/,
    );
    expect(view.terms).toMatchObject({
      amount: { amount: '420000.00', currency: 'USD' },
      endDate: '2027-05-31',
      milestones: 4,
    });
    const [workspace] = await bed.records('psa', 'workspaces', {
      external_reference: '006NW000102',
    });
    expect(workspace).toMatchObject({
      price_in_cents: 42000000,
      due_date: '2027-05-31',
      status: 'active',
    });
    const milestones = await bed.records('psa', 'stories', {
      workspace_id: workspace.id,
      story_type: 'milestone',
    });
    expect(milestones.map((story) => story.title)).toContain('Extra warehouses live');
    expect(milestones).toHaveLength(4);
    const jobs = await bed.records('erp', 'job', { externalId: fabrikam.projectId });
    expect(jobs).toEqual([
      expect.objectContaining({
        projectedEndDate: '2027-05-31',
        entityStatus: expect.objectContaining({ refName: 'In Progress' }),
      }),
    ]);
    const kpis = (await bed.get('/kpis').expect(200)).body;
    expect(kpis.changeOrders).toMatchObject({ applied: 2, failed: 0 });
  });

  it('retries a step the ERP cannot answer, with backoff, and carries on once the ERP is back', async () => {
    await bed.faults('erp', { errorRate: 1 });
    try {
      await bed.sandbox('POST', `/crm/opportunities/${PROPOSAL}/close-won`);
      await waitFor(
        async () => {
          const onboarding = await bed.onboardingOf(PROPOSAL);
          const steps = onboarding ? await bed.stepsOf(onboarding.id) : [];
          return steps.some((step) => step.status === 'retrying' && step.failures >= 2);
        },
        { timeoutMs: 20_000, what: 'a step of the Proposal deal to fail twice' },
      );
    } finally {
      await bed.faults('erp', {});
    }
    const onboarding = await bed.waitForStatus(PROPOSAL, 'completed');
    const steps = await bed.stepsOf(onboarding.id);
    expect(steps.some((step) => step.attempts >= 3)).toBe(true);
    expect(steps.every((step) => step.status === 'succeeded' && step.failures === 0)).toBe(true);
    const view: OnboardingDto = (await bed.get(`/onboardings/${onboarding.id}`).expect(200)).body;
    expect(view.exceptions).toEqual([]);
  });

  it('stops a step with VENDOR_UNAVAILABLE for the platform team when its retries are used up, and resumes it when asked', async () => {
    await bed.faults('erp', { errorRate: 1 });
    let onboarding: Onboarding;
    try {
      await bed.inCrm('POST', 'Opportunity/', {
        Name: 'Northwind Traders — loyalty analytics',
        AccountId: '001NW000008',
        StageName: 'Closed Won',
        CloseDate: '2026-11-20',
        Amount: 95000,
        CurrencyIsoCode: 'USD',
        Billing_Model__c: 'TIME_AND_MATERIALS',
        Legal_Entity__c: 'NWA-US',
        Cost_Center__c: 'US-STRAT',
        Rate_Card__c: 'RC-STD-USD',
        Start_Date__c: '2026-12-01',
        End_Date__c: '2027-02-26',
      });
      onboarding = await waitFor(
        async () =>
          (await bed.onboardings()).find(
            (one) => one.opportunityName?.includes('loyalty') && one.status === 'blocked',
          ),
        { timeoutMs: 20_000, what: 'the new deal’s onboarding to stop' },
      );
    } finally {
      await bed.faults('erp', {});
    }
    const stopped: OnboardingDto = (await bed.get(`/onboardings/${onboarding.id}`).expect(200))
      .body;
    const failed = stopped.steps.find((step) => step.status === 'FAILED');
    expect(failed?.attempts).toBe(6);
    expect(stopped.exceptions).toEqual([
      expect.objectContaining({
        step: failed?.name,
        reasonCode: 'VENDOR_UNAVAILABLE',
        ownerGroup: 'platform',
        message: expect.stringContaining('Gave up after 6 attempts'),
      }),
    ]);
    await bed.post(`/onboardings/${onboarding.id}/retry`).expect(202);
    await waitFor(
      async () => (await bed.onboardingOf(onboarding.opportunityCrmId!))?.status === 'completed',
      {
        timeoutMs: 20_000,
        what: 'the resumed onboarding to complete',
      },
    );
    const done: OnboardingDto = (await bed.get(`/onboardings/${onboarding.id}`).expect(200)).body;
    expect(done.exceptions).toEqual([
      expect.objectContaining({ reasonCode: 'VENDOR_UNAVAILABLE', status: 'resolved' }),
    ]);
    const kpis = (await bed.get('/kpis').expect(200)).body;
    expect(kpis.onboardingsByStatus).toEqual({ PENDING: 0, RUNNING: 0, BLOCKED: 0, COMPLETED: 10 });
    expect(kpis.failuresByReason).toEqual(
      expect.arrayContaining([
        { reasonCode: 'INVALID_DIMENSION', total: 1, open: 0 },
        { reasonCode: 'VENDOR_UNAVAILABLE', total: 1, open: 0 },
      ]),
    );
    expect(kpis.setupCycleTime.completed).toBe(10);
    const metrics = await bed.get('/metrics').expect(200);
    expect(metrics.text).toMatch(/onboarding_onboardings\{status="COMPLETED"[^}]*\} 10/);
    expect(metrics.text).toMatch(
      /onboarding_step_failures_total\{step="[a-z-]+",reason="VENDOR_UNAVAILABLE"[^}]*\} 1/,
    );
    expect(metrics.text).toMatch(/onboarding_setup_cycle_seconds_count[^ ]* 10/);
  });
});

/** minor units (two places) written out */
function cents(minor: bigint): string {
  const digits = (minor < 0n ? -minor : minor).toString().padStart(3, '0');
  return `${minor < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** a ÷ b to four places, half away from zero (b positive) */
function ratio(a: bigint, b: bigint): string {
  const abs = a < 0n ? -a : a;
  const scaled = (2n * abs + b) / (2n * b);
  const digits = scaled.toString().padStart(5, '0');
  return `${a < 0n ? '-' : ''}${digits.slice(0, -4)}.${digits.slice(-4)}`;
}
