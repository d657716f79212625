import { PsaEnvelope } from './psa-envelope';
import { createWorkspace, recordsOf, userIdOf } from './psa-test-fixtures';
import { PsaSandbox } from './psa-test-sandbox';

let sandbox: PsaSandbox;
let workspaceId: string;

beforeAll(async () => {
  sandbox = await PsaSandbox.start();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await sandbox.reset();
  workspaceId = await createWorkspace(sandbox, {
    opportunity: '006NW000105',
    currency: 'EUR',
    rateCard: 'RC-STD-EUR',
    staff: [{ worker: 'E1019', hoursPerWeek: 40 }],
  });
  const [analyst] = recordsOf(
    (await sandbox.psa<PsaEnvelope>('GET', 'roles.json?per_page=200')).body,
  ).filter((role) => role.code === 'ANALYST');
  const open = await sandbox.psa('POST', 'workspace_resources.json', {
    workspace_resource: {
      workspace_id: workspaceId,
      role_id: analyst.id,
      label: 'ANALYST, open',
      hours_per_week: 40,
      start_date: '2026-10-26',
      end_date: '2027-02-26',
    },
  });
  if (open.status !== 200) throw new Error(JSON.stringify(open.body));
});

async function staffing() {
  const { body } = await sandbox.psa<PsaEnvelope>(
    'GET',
    `workspaces/${workspaceId}.json?include=participations,workspace_resources`,
  );
  const participations = Object.values(
    (body.participations ?? {}) as Record<string, Record<string, unknown>>,
  );
  const unnamed = Object.values(
    (body.workspace_resources ?? {}) as Record<string, Record<string, unknown>>,
  );
  return { participations, unnamed };
}

async function staffingEvents(): Promise<Record<string, unknown>[]> {
  const { body } = await sandbox.psa<PsaEnvelope>(
    'GET',
    'subscribed_events.json?per_page=200&event_types=participation:created,participation:deleted,workspace_resource:created,workspace_resource:deleted',
  );
  return [...new Map(recordsOf(body).map((event) => [event.id, event])).values()];
}

describe('POST /__sandbox/psa/staffing-changes', () => {
  it('staffs a worker in the open role (taking its dates) and takes another off', async () => {
    const { status, body } = await sandbox.admin('POST', '/__sandbox/psa/staffing-changes', {
      opportunity: '006NW000105',
      remove: ['E1019'],
      add: [{ worker: 'E1023', role: 'ANALYST', hoursPerWeek: 32 }],
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      workspaceId,
      removed: ['E1019'],
      added: ['E1023'],
      filled: ['ANALYST, open'],
      open: 0,
    });
    const { participations, unnamed } = await staffing();
    expect(unnamed).toEqual([]);
    expect(participations).toEqual([
      expect.objectContaining({
        user_id: await userIdOf(sandbox, 'E1023'),
        hours_per_week: 32,
        start_date: '2026-10-26',
        end_date: '2027-02-26',
      }),
    ]);
  });

  it('tells the gateway through the PSA’s events, as a resource manager’s edit would', async () => {
    const before = new Set((await staffingEvents()).map((event) => event.id));
    await sandbox.admin('POST', '/__sandbox/psa/staffing-changes', {
      opportunity: '006NW000105',
      remove: ['E1019'],
      add: [{ worker: 'E1023', role: 'ANALYST', hoursPerWeek: 32 }],
    });
    const fired = (await staffingEvents())
      .filter((event) => !before.has(event.id))
      .map((event) => [
        event.event_type,
        (event.payload as { workspace_id: unknown }).workspace_id,
      ]);
    expect(fired.sort()).toEqual([
      ['participation:created', workspaceId],
      ['participation:deleted', workspaceId],
      ['workspace_resource:deleted', workspaceId],
    ]);
  });

  it('refuses an edit it cannot resolve, naming every problem, and changes nothing', async () => {
    const { status, body } = await sandbox.admin('POST', '/__sandbox/psa/staffing-changes', {
      opportunity: '006NW000105',
      remove: ['E1020'],
      add: [
        { worker: 'E9999', role: 'ANALYST', hoursPerWeek: 40 },
        { worker: 'E1019', role: 'SENIOR', hoursPerWeek: 40 },
      ],
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({ code: 'UNRESOLVED_STAFFING_CHANGE' });
    expect(body.errors).toEqual([
      'remove[0]: E1020 is not staffed on it',
      'add[0].worker: no PSA user has employee number E9999',
      'add[1].worker: E1019 is already staffed on it',
    ]);
    const { participations, unnamed } = await staffing();
    expect(participations).toHaveLength(1);
    expect(unnamed).toHaveLength(1);
  });

  it('answers 400 for a malformed edit', async () => {
    const { status } = await sandbox.admin('POST', '/__sandbox/psa/staffing-changes', {
      opportunity: '006NW000105',
      add: [{ worker: 'E1023', role: 'ANALYST', hoursPerWeek: 'lots' }],
    });
    expect(status).toBe(400);
  });
});
