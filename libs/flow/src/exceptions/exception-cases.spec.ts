import { DataSource } from 'typeorm';
import { ReasonCode } from '@p2c/canonical';
import { dataSourceOptions } from '@p2c/persistence';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import type { CaseSubject } from './case-subject';
import { ExceptionCases } from './exception-cases';

interface CaseRow {
  id: string;
  status: string;
  reason_code: string;
  owner_group: string;
  attempts: number;
  assignee: string | null;
  sla_due_at: Date;
  resolution: string | null;
}

describe('exception cases', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const cases = new ExceptionCases();
  let n = 0;
  const subject = (): CaseSubject => ({
    flow: 'project-onboarding',
    step: 'create-psa-project',
    subjectType: 'opportunity',
    subjectId: `opp_${++n}`,
  });
  const raise = (on: CaseSubject, reason: ReasonCode, message = `${reason} on ${on.subjectId}`) =>
    dataSource.transaction((manager) => cases.raise(manager, on, { reason, message }));
  const row = async (id: string): Promise<CaseRow> =>
    (await dataSource.query(`SELECT * FROM exceptions WHERE id = $1`, [id]))[0];
  const audits = (id: string): Promise<{ action: string; actor: string }[]> =>
    dataSource.query(
      `SELECT action, actor FROM audit_log WHERE subject_type = 'exception' AND subject_id = $1
        ORDER BY occurred_at`,
      [id],
    );
  const hoursUntil = (due: Date) => (due.getTime() - Date.now()) / 3_600_000;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions('process-onboarding', database.urlFor('process-onboarding'), 'flow-spec'),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('takes owner group and SLA from the reason catalogue: a staffing gap goes to delivery', async () => {
    const id = await raise(subject(), ReasonCode.WORKER_INACTIVE);
    const raised = await row(id);
    expect(raised).toMatchObject({ status: 'open', owner_group: 'delivery', attempts: 1 });
    expect(hoursUntil(raised.sla_due_at)).toBeCloseTo(24, 1);
    const outage = await row(await raise(subject(), ReasonCode.VENDOR_UNAVAILABLE));
    expect(outage.owner_group).toBe('platform');
    expect(hoursUntil(outage.sla_due_at)).toBeCloseTo(2, 1);
  });

  it('counts a re-raise of an unresolved case as an attempt on it, keeping its SLA while the reason stays', async () => {
    const on = subject();
    const id = await raise(on, ReasonCode.PERIOD_CLOSED);
    const first = await row(id);
    await dataSource.query(
      `UPDATE exceptions SET sla_due_at = sla_due_at - interval '5 hours' WHERE id = $1`,
      [id],
    );
    expect(await raise(on, ReasonCode.PERIOD_CLOSED, 'still closed')).toBe(id);
    const again = await row(id);
    expect(again).toMatchObject({ attempts: 2, status: 'open', reason_code: 'PERIOD_CLOSED' });
    expect(hoursUntil(again.sla_due_at)).toBeCloseTo(hoursUntil(first.sla_due_at) - 5, 1);

    expect(await raise(on, ReasonCode.PROJECT_NOT_ACTIVE)).toBe(id);
    const changed = await row(id);
    expect(changed).toMatchObject({
      attempts: 3,
      reason_code: 'PROJECT_NOT_ACTIVE',
      owner_group: 'integration-support',
    });
    expect(hoursUntil(changed.sla_due_at)).toBeCloseTo(8, 1);
  });

  it('sends a case whose replay failed back to its assignee, or to open when it has none', async () => {
    const assigned = subject();
    const id = await raise(assigned, ReasonCode.RATE_MISSING);
    await dataSource.transaction((manager) => cases.assign(manager, id, 'fin.ops@nw', 'lead@nw'));
    await dataSource.transaction((manager) => cases.retrying(manager, assigned));
    expect((await row(id)).status).toBe('retrying');
    await raise(assigned, ReasonCode.RATE_MISSING);
    expect(await row(id)).toMatchObject({ status: 'assigned', assignee: 'fin.ops@nw' });

    const unassigned = subject();
    const other = await raise(unassigned, ReasonCode.RATE_MISSING);
    await dataSource.transaction((manager) => cases.retryingCase(manager, other));
    expect((await row(other)).status).toBe('retrying');
    await raise(unassigned, ReasonCode.RATE_MISSING);
    expect((await row(other)).status).toBe('open');
  });

  it('resolves what is unresolved for the subject; a later failure opens a new case', async () => {
    const on = subject();
    const id = await raise(on, ReasonCode.DUPLICATE_SUSPECTED);
    expect(await dataSource.transaction((m) => cases.resolve(m, on, 'linked by hand'))).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'resolved', resolution: 'linked by hand' });
    expect(await dataSource.transaction((m) => cases.resolve(m, on, 'again'))).toBe(0);
    const next = await raise(on, ReasonCode.DUPLICATE_SUSPECTED);
    expect(next).not.toBe(id);
    expect((await row(next)).attempts).toBe(1);
  });

  it('keeps notes on a case, oldest first, and audits assigning, noting and dismissing', async () => {
    const id = await raise(subject(), ReasonCode.VENDOR_REJECTED);
    await dataSource.transaction(async (manager) => {
      expect(await cases.assign(manager, id, 'ana@nw', 'lead@nw')).toMatchObject({
        status: 'assigned',
        assignee: 'ana@nw',
      });
      await cases.note(manager, id, 'ana@nw', 'Asked the ERP team why the key is inactive.');
      await cases.note(manager, id, 'ana@nw', 'Reactivated; dismissing.');
      expect(await cases.dismiss(manager, id, 'fixed in the ERP by hand', 'ana@nw')).toBeDefined();
    });
    expect(await row(id)).toMatchObject({
      status: 'dismissed',
      resolution: 'fixed in the ERP by hand',
    });
    const notes = await cases.notes(dataSource.manager, id);
    expect(notes.map((note) => note.body)).toEqual([
      'Asked the ERP team why the key is inactive.',
      'Reactivated; dismissing.',
    ]);
    // one transaction: the entries share its time, so compare them in a fixed order
    const sorted = (await audits(id)).sort((a, b) => a.action.localeCompare(b.action));
    expect(sorted).toEqual([
      { action: 'exception.assign', actor: 'lead@nw' },
      { action: 'exception.dismiss', actor: 'ana@nw' },
      { action: 'exception.note', actor: 'ana@nw' },
      { action: 'exception.note', actor: 'ana@nw' },
    ]);
  });

  it('resolves a case a person put right by hand, audited, once', async () => {
    const id = await raise(subject(), ReasonCode.PERIOD_CLOSED);
    const resolve = () =>
      dataSource.transaction((m) => cases.resolveCase(m, id, 'booked by hand', 'ana@nw'));
    expect(await resolve()).toMatchObject({ id, status: 'open' });
    expect(await row(id)).toMatchObject({ status: 'resolved', resolution: 'booked by hand' });
    expect(await resolve()).toBeUndefined();
    expect(await audits(id)).toEqual([{ action: 'exception.resolve', actor: 'ana@nw' }]);
  });

  it('changes nothing on a case that is closed or does not exist', async () => {
    const on = subject();
    const id = await raise(on, ReasonCode.VENDOR_REJECTED);
    await dataSource.transaction((m) => cases.resolve(m, on, 'done'));
    const missing = '00000000-0000-4000-8000-000000000000';
    await dataSource.transaction(async (manager) => {
      expect(await cases.assign(manager, id, 'ana@nw', 'lead@nw')).toBeUndefined();
      expect(await cases.dismiss(manager, id, 'late', 'lead@nw')).toBeUndefined();
      expect(await cases.retryingCase(manager, id)).toBeUndefined();
      expect(await cases.note(manager, missing, 'ana@nw', 'lost')).toBeUndefined();
    });
    expect(await row(id)).toMatchObject({ status: 'resolved', assignee: null });
    expect(await audits(id)).toEqual([]);
  });

  it('lets every owner group of the catalogue own a case, and nothing else', async () => {
    const on = subject();
    await expect(
      dataSource.transaction((manager) =>
        cases.raise(manager, on, {
          reason: ReasonCode.WORKER_INACTIVE,
          message: 'x',
          owner: 'sales' as never,
        }),
      ),
    ).rejects.toThrow(/ck_exceptions_owner_group/);
  });
});
