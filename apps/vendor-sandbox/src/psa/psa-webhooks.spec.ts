import { setTimeout as sleep } from 'node:timers/promises';
import { verifyPsaSignature } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { PsaEnvelope } from './psa-envelope';
import { WebhookDeliveriesDto } from './dto/webhook-deliveries.dto';
import { WebhookTargetDto } from './dto/webhook-target.dto';
import { createWorkspace, recordsOf } from './psa-test-fixtures';
import { WebhookAnswer, WebhookReceiver } from './psa-test-receiver';
import { PsaSandbox } from './psa-test-sandbox';

const SECRET = 'psa-dev-webhook-secret';

let sandbox: PsaSandbox;
let receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  sandbox = await PsaSandbox.start();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());
afterEach(async () => {
  const { body } = await sandbox.admin<WebhookTargetDto[]>('GET', '/__sandbox/psa/webhooks');
  for (const target of body) await sandbox.admin('DELETE', `/__sandbox/psa/webhooks/${target.id}`);
  await Promise.all(receivers.map((receiver) => receiver.close()));
  receivers = [];
});

async function target(answer?: WebhookAnswer): Promise<{ receiver: WebhookReceiver; id: string }> {
  const receiver = await WebhookReceiver.start(answer);
  receivers.push(receiver);
  const { status, body } = await sandbox.admin<WebhookTargetDto>(
    'POST',
    '/__sandbox/psa/webhooks',
    { url: receiver.url },
  );
  expect(status).toBe(201);
  return { receiver, id: body.id };
}

/** A staffed workspace with `days` workdays of time from 2026-11-02, approved; their ids. */
async function approvedTime(days: number): Promise<string[]> {
  await createWorkspace(sandbox, {
    opportunity: '006NW000101',
    staff: [{ worker: 'E1003', hoursPerWeek: 40, startDate: '2026-11-02' }],
  });
  const to = new Date(Date.UTC(2026, 10, 2 + Math.ceil(days / 5) * 7 - 3));
  const generated = await sandbox.admin<{ count: number; firstId: string }>(
    'POST',
    '/__sandbox/psa/time-entries/generate',
    { from: '2026-11-02', to: to.toISOString().slice(0, 10) },
  );
  const ids = Array.from({ length: days }, (_, i) => String(Number(generated.body.firstId) + i));
  const approval = await sandbox.admin('POST', '/__sandbox/psa/time-entries/approve', { ids });
  expect(approval.body).toEqual({ approved: days });
  return ids;
}

async function targetSettled(id: string): Promise<WebhookTargetDto> {
  return waitFor(
    async () => {
      const { body } = await sandbox.admin<WebhookTargetDto[]>('GET', '/__sandbox/psa/webhooks');
      const found = body.find((candidate) => candidate.id === id);
      return found && found.pending === 0 ? found : undefined;
    },
    { what: `webhook target ${id} to settle` },
  );
}

describe('PSA webhooks', () => {
  it('sends one signed webhook per approved entry, which libs/security verifies', async () => {
    const { receiver, id } = await target();
    const ids = await approvedTime(5);
    // five approvals, the workspace's creation and its worker's staffing
    expect(await targetSettled(id)).toMatchObject({ delivered: 7, failed: 0 });

    const approvals = receiver.received.filter((delivery) =>
      delivery.rawBody.includes('"time_entry:approved"'),
    );
    expect(approvals).toHaveLength(5);
    for (const delivery of approvals) {
      const header = delivery.headers['x-psa-signature'] as string;
      expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifyPsaSignature(SECRET, header, delivery.rawBody)).toEqual({ valid: true });
      expect(verifyPsaSignature('another-secret', header, delivery.rawBody)).toEqual({
        valid: false,
        reason: 'mismatch',
      });
      const event = JSON.parse(delivery.rawBody) as Record<string, unknown>;
      expect(delivery.headers['x-psa-event-id']).toBe(event.id);
      expect(event).toMatchObject({
        subject_type: 'TimeEntry',
        payload: expect.objectContaining({ approved: true, version: 2 }),
      });
    }
    const subjects = approvals.map((delivery) => JSON.parse(delivery.rawBody).subject_id);
    expect(subjects.sort()).toEqual([...ids].sort());
  });

  it('retries a target that answered 500, which then gets the same event', async () => {
    const { receiver, id } = await target((_body, earlier) => (earlier === 0 ? 500 : 200));
    await approvedTime(1);
    // the workspace's creation, its staffing and the approval, each refused once, then delivered
    expect(await targetSettled(id)).toMatchObject({ delivered: 3, failed: 0 });

    const statuses = new Map<string, number[]>();
    for (const delivery of receiver.received)
      statuses.set(delivery.rawBody, [...(statuses.get(delivery.rawBody) ?? []), delivery.status]);
    expect([...statuses.values()]).toEqual([
      [500, 200],
      [500, 200],
      [500, 200],
    ]);
    const { body } = await sandbox.admin<WebhookDeliveriesDto>(
      'GET',
      `/__sandbox/psa/webhooks/deliveries?targetId=${id}`,
    );
    expect(body.deliveries.map((d) => [d.status, d.attempts, d.lastStatus])).toEqual([
      ['delivered', 2, 200],
      ['delivered', 2, 200],
      ['delivered', 2, 200],
    ]);
  });

  it('gives up after three retries, on errors and on targets that cannot be reached', async () => {
    const { receiver, id: failingId } = await target(() => 503);
    const unreachable = await sandbox.admin<WebhookTargetDto>('POST', '/__sandbox/psa/webhooks', {
      url: 'http://127.0.0.1:9/unreachable',
    });
    await sandbox.psa('POST', 'workspaces.json', { workspace: { title: 'x', currency: 'USD' } });

    expect(await targetSettled(failingId)).toMatchObject({ delivered: 0, failed: 1 });
    expect(await targetSettled(unreachable.body.id)).toMatchObject({ delivered: 0, failed: 1 });
    expect(receiver.received.map((delivery) => delivery.status)).toEqual([503, 503, 503, 503]);
    const { body } = await sandbox.admin<WebhookDeliveriesDto>(
      'GET',
      `/__sandbox/psa/webhooks/deliveries?status=failed&targetId=${unreachable.body.id}`,
    );
    expect(body.deliveries).toEqual([
      expect.objectContaining({ attempts: 4, lastStatus: null, lastError: expect.any(String) }),
    ]);
  });

  it('never makes the approval wait for its deliveries', async () => {
    const { id } = await target(async () => {
      await sleep(300);
      return 200;
    });
    const started = performance.now();
    await approvedTime(20);
    const { body } = await sandbox.admin<WebhookTargetDto[]>('GET', '/__sandbox/psa/webhooks');
    expect(performance.now() - started).toBeLessThan(300 * 2);
    expect(body.find((candidate) => candidate.id === id)!.pending).toBeGreaterThan(0);
    expect(await targetSettled(id)).toMatchObject({ failed: 0 });
  });

  it('keeps its targets across a reset, and refuses to remove an unknown one', async () => {
    const { id } = await target();
    await sandbox.reset();
    const listed = await sandbox.admin<WebhookTargetDto[]>('GET', '/__sandbox/psa/webhooks');
    expect(listed.body.map((candidate) => candidate.id)).toEqual([id]);
    const missing = await sandbox.admin('DELETE', '/__sandbox/psa/webhooks/999');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'WEBHOOK_TARGET_NOT_FOUND' });
    const bad = await sandbox.admin('POST', '/__sandbox/psa/webhooks', { url: 'not a url' });
    expect(bad.status).toBe(400);
  });
});

describe('PSA subscribed events feed', () => {
  async function feed(query = ''): Promise<string[]> {
    const ids: string[] = [];
    for (let page = 1, pages = 1; page <= pages; page += 1) {
      const { status, body } = await sandbox.psa<PsaEnvelope>(
        'GET',
        `subscribed_events.json?per_page=7&page=${page}${query}`,
      );
      expect(status).toBe(200);
      pages = body.meta.page_count;
      ids.push(...recordsOf(body).map((event) => String(event.id)));
    }
    return ids;
  }

  it('lists the events the webhooks delivered, out of order and some of them twice', async () => {
    const { receiver, id } = await target();
    await approvedTime(25);
    await targetSettled(id);
    const pushed = receiver.accepted().map((event) => String(event.id));
    // 25 approvals, the workspace's creation and its worker's staffing
    expect(pushed).toHaveLength(27);

    const pulled = await feed();
    expect(new Set(pulled)).toEqual(new Set(pushed));
    expect(pulled.length).toBeGreaterThan(pushed.length);
    expect(pulled).not.toEqual([...pulled].sort());
  });

  it('filters by creation time and event type', async () => {
    await createWorkspace(sandbox, { opportunity: '006NW000101' });
    const [created] = recordsOf(
      (await sandbox.psa<PsaEnvelope>('GET', 'subscribed_events.json')).body,
    );
    sandbox.world.clock.advance(1000);
    await approvedTime(2);
    const after = await feed(`&created_after=${encodeURIComponent(String(created.created_at))}`);
    expect(after).not.toContain(created.id);
    const approvals = await feed('&event_types=time_entry:approved');
    expect(new Set(approvals).size).toBe(2);
    const bad = await sandbox.psa('GET', 'subscribed_events.json?created_after=yesterday');
    expect(bad.status).toBe(422);
  });

  it('keeps events for 9 days', async () => {
    await approvedTime(3);
    sandbox.world.clock.advanceDays(8);
    // three approvals, the workspace's creation and its staffing
    expect(new Set(await feed()).size).toBe(5);
    sandbox.world.clock.advanceDays(1);
    sandbox.world.clock.advance(1000);
    expect(await feed()).toEqual([]);
  });
});
