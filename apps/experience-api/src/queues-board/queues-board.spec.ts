import { randomUUID } from 'node:crypto';
import { Job } from 'bullmq';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { ExperienceTestBed } from '../testing/experience-test-bed';

interface BoardQueue {
  name: string;
  counts: Record<string, number>;
  jobs: { id: string; name: string }[];
}

const SESSION = '/admin/queues/session';

describe('the queue board at /admin/queues', () => {
  let bed: ExperienceTestBed;
  const admin = () => bed.token(Role.Admin, { subject: 'ops-admin' });

  beforeAll(async () => {
    bed = await ExperienceTestBed.start();
  }, 240_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(() => bed?.close(), 120_000);

  const queues = async (query = ''): Promise<BoardQueue[]> => {
    const answer = await bed.api('get', `/admin/queues/api/queues${query}`, admin()).expect(200);
    return (answer.body as { queues: BoardQueue[] }).queues;
  };

  it('shows an admin the board, with every queue of the gateway', async () => {
    const page = await bed.api('get', '/admin/queues', admin()).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<base href="/admin/queues/"');
    expect((await queues()).map((queue) => queue.name).sort()).toEqual(
      Object.values(QueueName).sort(),
    );
  });

  it('reads the queues the apps work, on their Redis under their prefix', async () => {
    // the bed onboarded Northwind's closed-won deals through process-onboarding's queue
    const [onboarding] = (await queues('?activeQueue=project-onboarding&status=completed')).filter(
      (queue) => queue.name === QueueName.ProjectOnboarding,
    );
    expect(onboarding.counts.completed).toBeGreaterThan(0);
    expect(onboarding.jobs.length).toBeGreaterThan(0);
  });

  it.each([['/admin/queues'], ['/admin/queues/api/queues'], ['/admin/queues/queue/billing-run']])(
    'refuses %s to finance (403), and without a valid token (401)',
    async (path) => {
      const finance = await bed.api('get', path, bed.token(Role.Finance));
      expect([finance.status, finance.body.code]).toEqual([403, 'FORBIDDEN']);
      expect(finance.headers['content-type']).toMatch(/^application\/problem\+json/);
      const anonymous = await bed.api('get', path);
      expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
      const forged = await bed.api('get', path, `${admin().slice(0, -4)}AAAA`);
      expect([forged.status, forged.body.code]).toEqual([401, 'INVALID_TOKEN']);
    },
  );

  it('lets an admin’s browser in with the cookie an authenticated POST sets', async () => {
    const token = admin();
    const opened = await bed
      .api('post', SESSION, token)
      .set('idempotency-key', 'board-session-1')
      .expect(204);
    const [cookie] = opened.headers['set-cookie'] as unknown as string[];
    expect(cookie.split('; ').slice(1).sort()).toEqual(
      ['HttpOnly', 'Max-Age=900', 'Path=/admin/queues', 'SameSite=Strict', 'Secure'].sort(),
    );
    const pair = cookie.split(';')[0];
    await bed.api('get', '/admin/queues/api/queues').set('cookie', pair).expect(200);

    // a retry of the same POST is replayed, cookie and all
    const replayed = await bed
      .api('post', SESSION, token)
      .set('idempotency-key', 'board-session-1')
      .expect(204);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect((replayed.headers['set-cookie'] as unknown as string[])[0].split(';')[0]).toBe(pair);

    const tampered = await bed
      .api('get', '/admin/queues/api/queues')
      .set('cookie', `${pair.slice(0, -4)}AAAA`);
    expect([tampered.status, tampered.body.code]).toEqual([401, 'INVALID_TOKEN']);
  });

  it('sets no cookie for anyone but an admin, and holds a cookie to the admin role', async () => {
    const refused = await bed.api('post', SESSION, bed.token(Role.Finance));
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect((await bed.api('post', SESSION)).status).toBe(401);

    const financeCookie = `p2c_queues_board=${bed.token(Role.Finance)}`;
    const board = await bed.api('get', '/admin/queues/api/queues').set('cookie', financeCookie);
    expect([board.status, board.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('refuses to add, edit or drop jobs, or to rerun a completed one, changing nothing', async () => {
    const before = await queues('?activeQueue=project-onboarding&status=completed');
    const onboarding = before.find((queue) => queue.name === QueueName.ProjectOnboarding)!;
    const [done] = onboarding.jobs;

    const refusals = [
      bed.api('post', '/admin/queues/api/queues/billing-run/add', admin()).send({
        name: 'billing-run',
        data: { runId: 'made-by-hand' },
      }),
      bed.api('put', '/admin/queues/api/queues/project-onboarding/empty', admin()),
      bed.api('put', '/admin/queues/api/queues/project-onboarding/clean/failed', admin()),
      bed.api('put', `/admin/queues/api/queues/project-onboarding/${done.id}/clean`, admin()),
      bed.api('put', '/admin/queues/api/queues/project-onboarding/retry/completed', admin()),
      bed.api('put', `/admin/queues/api/queues/project-onboarding/${done.id}/retry`, admin()),
    ];
    for (const refusal of refusals) {
      const answer = await refusal;
      expect(answer.status).toBe(403);
      expect(answer.body.message).toEqual(expect.any(String));
    }

    const after = await queues('?activeQueue=project-onboarding&status=completed');
    const counts = (list: BoardQueue[]) =>
      list
        .filter((queue) =>
          [QueueName.ProjectOnboarding, QueueName.BillingRun].includes(queue.name as QueueName),
        )
        .map((queue) => [queue.name, queue.counts]);
    expect(counts(after)).toEqual(counts(before));
  });

  it('retries a failed job as the same job, which its app runs again', async () => {
    const billing = bed.processes['process-billing'].get(QueueFactory);
    const data = { runId: randomUUID(), eventId: randomUUID() };
    // an invoice job for an event billing does not hold fails on its one attempt
    const { id } = await billing.enqueue(QueueName.Invoicing, 'invoice-event', data, {
      attempts: 1,
    });
    const job = async () => (await Job.fromId(billing.queue(QueueName.Invoicing), id!))!;
    const failed = (attempts: number) =>
      waitFor(
        async () =>
          (await job()).attemptsMade === attempts && (await (await job()).getState()) === 'failed',
        { timeoutMs: 20_000, intervalMs: 100, what: `attempt ${attempts} of job ${id}` },
      );
    await failed(1);

    await bed.api('put', `/admin/queues/api/queues/invoicing/${id}/retry`, admin()).expect(204);
    await failed(2);
    expect([(await job()).name, (await job()).data]).toEqual([
      'invoice-event',
      expect.objectContaining(data),
    ]);
  });
});
