import { ConfigService } from '@nestjs/config';
import { ReasonCode } from '@p2c/canonical';
import { CaseSubject, ExceptionCases } from '@p2c/flow';
import { Role, readSecurityConfig, signAccessToken } from '@p2c/security';
import { ONBOARDING_FLOW, RESTAFF_STEP } from '../flow/step-name';
import { OnboardingTestBed } from '../testing/onboarding-test-bed';

const LITWARE = '006NW000106';
const UNKNOWN = '6f1c2d3e-0000-4000-8000-000000000000';

interface Case {
  id: string;
  reasonCode: string;
  ownerGroup: string;
  status: string;
  subjectId: string;
  facts: Record<string, unknown>;
}

describe('the exception workbench over onboardings', () => {
  let bed: OnboardingTestBed;
  let delivery: string;
  /** Litware's real case (DE-DATA is no ERP department), and cases raised beside it */
  let litware: Case;
  const raised: Record<'incomplete' | 'gap' | 'outage', string> = {
    incomplete: '',
    gap: '',
    outage: '',
  };

  const list = async (query = '', token?: string): Promise<Case[]> =>
    (await bed.get(`/exceptions${query}`, token).expect(200)).body.items;
  const audits = (id: string): Promise<{ actor: string; action: string }[]> =>
    bed.database.query(
      `SELECT actor, action FROM audit_log WHERE subject_id = $1 ORDER BY occurred_at, action`,
      [id],
    );
  const row = async (id: string) =>
    (
      await bed.database.query(
        `SELECT status, assignee, resolution, updated_at FROM exceptions WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    bed = await OnboardingTestBed.start();
    delivery = signAccessToken(readSecurityConfig(bed.app!.get(ConfigService)), {
      subject: 'delivery-lead',
      roles: [Role.Delivery],
      ttlSeconds: 3600,
    });
    await bed.waitForStatus(LITWARE, 'blocked', 60_000);
    [litware] = await list('?reason=INVALID_DIMENSION');
    const cases = new ExceptionCases();
    const raise = (subjectId: string, reason: ReasonCode, step = 'validate-deal') => {
      const subject: CaseSubject = {
        flow: ONBOARDING_FLOW,
        step,
        subjectType: 'opportunity',
        subjectId,
      };
      return bed.database.transaction((manager) =>
        cases.raise(manager, subject, { reason, message: `${reason} on ${subjectId}` }),
      );
    };
    raised.incomplete = await raise('opp_incomplete', ReasonCode.DEAL_INCOMPLETE);
    raised.gap = await raise('opp_gap', ReasonCode.WORKER_INACTIVE, RESTAFF_STEP);
    raised.outage = await raise('opp_outage', ReasonCode.VENDOR_UNAVAILABLE);
  }, 120_000);

  afterAll(() => bed?.close());

  it('lists the flow’s cases newest first, by reason, owner group and status, a page at a time', async () => {
    expect(litware).toMatchObject({
      flow: 'project-onboarding',
      step: 'validate-deal',
      ownerGroup: 'finance-ops',
      status: 'open',
      facts: expect.objectContaining({ opportunityCrmId: LITWARE }),
    });
    const all = await list();
    expect(all.map((found) => found.id)).toEqual([
      raised.outage,
      raised.gap,
      raised.incomplete,
      litware.id,
    ]);
    expect((await list('?ownerGroup=delivery')).map((found) => found.id)).toEqual([raised.gap]);
    expect((await list('?ownerGroup=platform&status=open')).map((found) => found.id)).toEqual([
      raised.outage,
    ]);
    expect(await list('?status=dismissed')).toEqual([]);

    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await bed
        .get(`/exceptions?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      paged.push(...body.items.map((found: Case) => found.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.map((found) => found.id));
    expect((await bed.get('/exceptions?cursor=WyJ4IiwieSJd').expect(400)).body.code).toBe(
      'INVALID_CURSOR',
    );
    await bed.get('/exceptions?status=stuck').expect(400);
  });

  it('lets delivery see and work the cases delivery owns, and nothing else', async () => {
    expect((await list('', delivery)).map((found) => found.id)).toEqual([raised.gap]);
    const assigned = await bed
      .post(`/exceptions/${raised.gap}/assign`, { assignee: 'delivery-lead' }, delivery)
      .expect(200);
    expect(assigned.body).toMatchObject({ status: 'assigned', assignee: 'delivery-lead' });
    await bed
      .post(`/exceptions/${raised.gap}/notes`, { text: 'Restaffing with E1008.' }, delivery)
      .expect(201);
    expect(await audits(raised.gap)).toEqual([
      { actor: 'delivery-lead', action: 'exception.assign' },
      { actor: 'delivery-lead', action: 'exception.note' },
    ]);

    const before = await row(litware.id);
    const forbidden = [
      bed.get(`/exceptions/${litware.id}`, delivery),
      bed.get('/exceptions?ownerGroup=finance-ops', delivery),
      bed.post(`/exceptions/${litware.id}/dismiss`, { reason: 'not mine' }, delivery),
      bed.post(`/exceptions/${litware.id}/retry`, undefined, delivery),
    ];
    for (const call of forbidden) expect((await call.expect(403)).body.code).toBe('FORBIDDEN');
    expect(await row(litware.id)).toEqual(before);
    expect(await audits(litware.id)).toEqual([]);
  });

  it('assigns, notes, dismisses and resolves, audited; a closed case is 409', async () => {
    const { incomplete, outage } = raised;
    await bed.post(`/exceptions/${incomplete}/assign`, { assignee: 'ana.ops' }).expect(200);
    expect((await list('?assignee=ana.ops')).map((found) => found.id)).toEqual([incomplete]);
    await bed.post(`/exceptions/${incomplete}/notes`, { text: 'Sales is adding the rate card.' });
    const dismissed = await bed
      .post(`/exceptions/${incomplete}/dismiss`, { reason: 'The deal was re-entered.' })
      .expect(200);
    expect(dismissed.body).toMatchObject({
      status: 'dismissed',
      resolution: 'The deal was re-entered.',
      notes: [expect.objectContaining({ text: 'Sales is adding the rate card.' })],
    });
    const resolved = await bed
      .post(`/exceptions/${outage}/resolve`, { resolution: 'Created by hand in the PSA.' })
      .expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    expect(await audits(incomplete)).toEqual([
      { actor: 'onboarding-test', action: 'exception.assign' },
      { actor: 'onboarding-test', action: 'exception.note' },
      { actor: 'onboarding-test', action: 'exception.dismiss' },
    ]);
    expect(await audits(outage)).toEqual([
      { actor: 'onboarding-test', action: 'exception.resolve' },
    ]);
    for (const id of [incomplete, outage]) {
      const before = await row(id);
      for (const [action, body] of [
        ['dismiss', { reason: 'again' }],
        ['resolve', { resolution: 'again' }],
        ['assign', { assignee: 'x' }],
        ['retry', undefined],
      ] as const) {
        const answer = await bed.post(`/exceptions/${id}/${action}`, body).expect(409);
        expect(answer.body.code).toBe('EXCEPTION_CLOSED');
      }
      expect(await row(id)).toEqual(before);
    }
  });

  it('answers 404 for an unknown case and 400 for a bad body, writing nothing', async () => {
    const calls: [path: string, body?: object][] = [
      [''],
      ['/assign', { assignee: 'ana.ops' }],
      ['/notes', { text: 'lost' }],
      ['/dismiss', { reason: 'lost' }],
      ['/resolve', { resolution: 'lost' }],
      ['/retry'],
    ];
    for (const [path, body] of calls) {
      const answer = path
        ? await bed.post(`/exceptions/${UNKNOWN}${path}`, body)
        : await bed.get(`/exceptions/${UNKNOWN}`);
      expect([path, answer.status, answer.type, answer.body.code]).toEqual([
        path,
        404,
        'application/problem+json',
        'NOT_FOUND',
      ]);
    }
    expect(await audits(UNKNOWN)).toEqual([]);
    const before = await row(litware.id);
    for (const [action, body] of [
      ['assign', { assignee: '' }],
      ['notes', { text: '  ' }],
      ['dismiss', { reason: 'r', also: 'x' }],
      ['resolve', {}],
    ] as const) {
      const answer = await bed.post(`/exceptions/${litware.id}/${action}`, body).expect(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
    }
    expect(await row(litware.id)).toEqual(before);
    expect((await bed.get(`/exceptions/${litware.id}`).expect(200)).body.notes).toEqual([]);
    expect(await audits(litware.id)).toEqual([]);
  });

  it('retries a case by resuming its onboarding, once its cause is fixed', async () => {
    const gap = await bed.post(`/exceptions/${raised.gap}/retry`).expect(409);
    expect(gap.body.code).toBe('NOT_RETRYABLE');
    const [subsidiary] = await bed.records('erp', 'subsidiary', { externalId: 'NWA-DE' });
    await bed.sandbox('POST', '/state/erp/department', {
      name: 'Data & Analytics DE',
      externalId: 'DE-DATA',
      subsidiary: { id: subsidiary.id },
    });
    const onboarding = litware.facts.onboardingId as string;
    const resumed = await bed
      .post(`/exceptions/${litware.id}/retry`)
      .set('idempotency-key', `retry-${litware.id}`)
      .expect(202);
    expect(resumed.body).toMatchObject({ id: onboarding, status: 'RUNNING' });
    expect(await audits(litware.id)).toEqual([
      { actor: 'onboarding-test', action: 'exception.retry' },
    ]);
    expect(await audits(onboarding)).toEqual([
      { actor: 'onboarding-test', action: 'onboarding.retry' },
    ]);
    await bed.waitForStatus(LITWARE, 'completed', 60_000);
    const { body } = await bed.get(`/exceptions/${litware.id}`).expect(200);
    expect(body).toMatchObject({ status: 'resolved', resolution: expect.any(String) });
    const again = await bed.post(`/exceptions/${litware.id}/retry`).expect(409);
    expect(again.body.code).toBe('EXCEPTION_CLOSED');
  }, 90_000);
});
