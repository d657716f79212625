import { DataSource } from 'typeorm';
import request from 'supertest';
import { PsaEventDto } from '@p2c/canonical';
import { PSA_SIGNATURE_HEADER, signPsaWebhook } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { PsaTestBed } from '../testing/psa-test-bed';
import { contosoProject, fabrikamProject, keyed } from '../testing/northwind-projects';

interface InboxRow {
  event_id: string;
  event_type: string;
  status: string;
  payload: PsaEventDto;
}

interface Page {
  items: PsaEventDto[];
  nextCursor?: string;
  checkpoint: string;
}

const SECRET = 'psa-dev-webhook-secret';

describe('system-psa events against the sandbox PSA', () => {
  let bed: PsaTestBed;

  beforeAll(async () => {
    bed = await PsaTestBed.start({ env: { PSA_PAGE_SIZE: '5', PSA_MAX_PAGES_PER_CALL: '2' } });
  });

  afterAll(() => bed?.close());

  const inbox = (): Promise<InboxRow[]> =>
    bed.app
      .get(DataSource)
      .query(
        `SELECT event_id, event_type, status, payload FROM inbox_messages WHERE source_system = 'psa' ORDER BY event_id`,
      );

  const deliver = (body: string, signature?: string) => {
    const call = request(bed.app.getHttpServer())
      .post('/webhooks/psa')
      .set('content-type', 'application/json');
    return (signature === undefined ? call : call.set(PSA_SIGNATURE_HEADER, signature)).send(body);
  };

  const now = () => Math.floor(Date.now() / 1000);

  async function approvedTime(key: string, count: number): Promise<string[]> {
    const project = keyed(contosoProject(), key);
    await bed.post('/projects', project).expect(201);
    const generated = await bed.admin<{ firstId: string }>(
      'POST',
      '/__sandbox/psa/time-entries/generate',
      { from: '2026-11-16', to: '2026-11-16', opportunity: project.opportunity },
    );
    const ids = Array.from({ length: count }, (_, i) => String(Number(generated.body.firstId) + i));
    await bed.admin('POST', '/__sandbox/psa/time-entries/approve', { ids });
    return ids;
  }

  /** A signed delivery body of a real event of the PSA's, as the PSA would send it. */
  async function eventBody(eventType: string, subjectId: string): Promise<string> {
    const events = await bed.records('subscribed_events', {
      event_type: eventType,
      subject_id: subjectId,
    });
    return JSON.stringify(events[0]);
  }

  it('hands each approval the PSA pushes to the inbox once, in canonical terms', async () => {
    const target = await bed.admin<{ id: string }>('POST', '/__sandbox/psa/webhooks', {
      url: `${bed.url}/webhooks/psa`,
    });
    const ids = await approvedTime('pushed', 3);
    const approvals = await waitFor(
      async () => {
        const rows = (await inbox()).filter((row) => row.event_type === 'TIME_ENTRY_APPROVED');
        return rows.length === 3 && rows;
      },
      { what: 'three approvals in the inbox' },
    );
    // staffing the project is an event of its own, kept for the process tier
    const staffing = await waitFor(
      async () => {
        const rows = (await inbox()).filter((row) => row.event_type === 'STAFFING_CHANGED');
        return rows.length > 0 && rows;
      },
      { what: 'the project’s staffing in the inbox' },
    );
    expect(staffing.every((row) => row.status === 'received')).toBe(true);
    expect(new Set(staffing.map((row) => row.payload.project))).toEqual(
      new Set(['PRJ-101-pushed']),
    );
    await bed.admin('DELETE', `/__sandbox/psa/webhooks/${target.body.id}`);
    expect(approvals.map((row) => row.payload.timeEntry!.sourceId).sort()).toEqual(ids);
    expect(approvals[0]).toMatchObject({
      status: 'received',
      payload: {
        type: 'TIME_ENTRY_APPROVED',
        project: 'PRJ-101-pushed',
        timeEntry: {
          sourceSystem: 'psa',
          sourceVersion: 2,
          status: 'APPROVED',
          workDate: '2026-11-16',
        },
      },
    });
    // the workspace's own events need nothing done: stored as such
    const workspaceRows = (await inbox()).filter((row) => row.event_type === 'PROJECT_CREATED');
    expect(workspaceRows.every((row) => row.status === 'ignored')).toBe(true);
    const deliveries = await bed.admin<{ deliveries: { status: string }[] }>(
      'GET',
      `/__sandbox/psa/webhooks/deliveries?targetId=${target.body.id}`,
    );
    expect(deliveries.body.deliveries.every((d) => d.status === 'delivered')).toBe(true);
  });

  it('stores an event delivered five times once and answers 200 every time', async () => {
    const [id] = await approvedTime('five', 1);
    const body = await eventBody('time_entry:approved', id);
    const eventId = JSON.parse(body).id as string;
    const answers = [];
    for (let delivery = 0; delivery < 5; delivery += 1)
      answers.push(await deliver(body, signPsaWebhook(SECRET, body, now())));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map((answer) => answer.body.duplicate)).toEqual([false, true, true, true, true]);
    expect((await inbox()).filter((row) => row.event_id === eventId)).toHaveLength(1);
  });

  it('refuses a delivery whose signature does not match and stores nothing', async () => {
    const [id] = await approvedTime('forged', 1);
    const body = await eventBody('time_entry:approved', id);
    const eventId = JSON.parse(body).id as string;
    const refusals = [
      await deliver(body, signPsaWebhook('another-webhook-secret', body, now())),
      await deliver(
        body.replace('"approved":true', '"approved":false'),
        signPsaWebhook(SECRET, body, now()),
      ),
      await deliver(body, signPsaWebhook(SECRET, body, now() - 3600)),
      await deliver(body),
    ];
    for (const refusal of refusals) {
      expect(refusal.status).toBe(401);
      expect(refusal.body.code).toBe('INVALID_WEBHOOK_SIGNATURE');
    }
    const malformed = '{"id":"1","event_type":"time_entry:approved"}';
    const invalid = await deliver(malformed, signPsaWebhook(SECRET, malformed, now()));
    expect(invalid.status).toBe(400);
    const rows = await inbox();
    expect(rows.filter((row) => row.event_id === eventId || row.event_id === '1')).toEqual([]);
  });

  it('reads the whole feed in passes: every event once a page, repeats across passes', async () => {
    await approvedTime('feed', 4);
    const pass = async (first: Record<string, string>) => {
      const items: PsaEventDto[] = [];
      let page: Page = (await bed.get(`/events?${new URLSearchParams(first)}`)).body;
      items.push(...page.items);
      let pages = 1;
      while (page.nextCursor) {
        const ids = new Set(page.items.map((item) => item.id));
        expect(ids.size).toBe(page.items.length);
        page = (await bed.get(`/events?cursor=${page.nextCursor}&limit=4`)).body;
        items.push(...page.items);
        pages += 1;
      }
      return { items, checkpoint: page.checkpoint, pages };
    };
    const first = await pass({ limit: '4' });
    const held = await bed.records('subscribed_events');
    expect(first.pages).toBeGreaterThan(3);
    expect(new Set(first.items.map((item) => item.id))).toEqual(new Set(held.map((e) => e.id)));
    // the next pass brings what happened since (and may repeat some: de-duplicate on id)
    const later = await approvedTime('feed-later', 2);
    const second = await pass({ cursor: first.checkpoint, limit: '4' });
    const approvedLater = second.items.filter(
      (item) => item.type === 'TIME_ENTRY_APPROVED' && later.includes(item.timeEntry!.sourceId),
    );
    expect(approvedLater).toHaveLength(2);
  });

  it('keeps each consumer’s checkpoint: a read with `consumer` and no cursor resumes there', async () => {
    await approvedTime('checkpoint', 2);
    const first: Page = (await bed.get('/events?consumer=spec-reader&limit=500')).body;
    await bed.get('/checkpoints/events/spec-reader').expect(404);
    const saved = await bed
      .put('/checkpoints/events/spec-reader', { cursor: first.nextCursor ?? first.checkpoint })
      .expect(200);
    expect(saved.body).toMatchObject({
      feed: 'events',
      consumer: 'spec-reader',
      cursor: first.nextCursor ?? first.checkpoint,
    });
    expect((await bed.get('/checkpoints/events/spec-reader').expect(200)).body).toEqual(saved.body);

    const resumed: Page = (await bed.get('/events?consumer=spec-reader&limit=500')).body;
    const direct: Page = (
      await bed.get(`/events?cursor=${first.nextCursor ?? first.checkpoint}&limit=500`)
    ).body;
    expect(resumed.items.map((item) => item.id)).toEqual(direct.items.map((item) => item.id));

    const timeCursor = (await bed.get('/time-entries?limit=1')).body.checkpoint as string;
    expect(
      (await bed.put('/checkpoints/events/spec-reader', { cursor: timeCursor })).body.code,
    ).toBe('INVALID_CURSOR');
    await bed.put('/checkpoints/invoices/spec-reader', { cursor: timeCursor }).expect(400);
    expect(
      (await bed.put('/checkpoints/events/spec-reader', { cursor: timeCursor, at: 'end' })).body
        .code,
    ).toBe('VALIDATION_FAILED');
    await request(bed.app.getHttpServer())
      .delete('/checkpoints/events/spec-reader')
      .set('authorization', `Bearer ${bed.token}`)
      .expect(204);
    await bed.get('/checkpoints/events/spec-reader').expect(404);
  });

  it('names corrections, withdrawals and completed milestones in canonical terms', async () => {
    const [id] = await approvedTime('changes', 1);
    const fabrikam = keyed(fabrikamProject(), 'events');
    await bed.post('/projects', fabrikam).expect(201);
    const since = (await bed.get(`/time-entries/${id}`)).body.changedAt as string;
    await bed.admin('PATCH', `/__sandbox/psa/time-entries/${id}`, { hours: 6 });
    await bed.admin('POST', `/__sandbox/psa/time-entries/${id}/reject`);
    await bed.admin('POST', `/__sandbox/psa/milestones/${fabrikam.milestones[0].id}/complete`);
    const items: PsaEventDto[] = [];
    let page: Page = (await bed.get(`/events?since=${since}&limit=50`)).body;
    items.push(...page.items);
    while (page.nextCursor) {
      page = (await bed.get(`/events?cursor=${page.nextCursor}&limit=50`)).body;
      items.push(...page.items);
    }
    // passes overlap, so the approval (version 2) may come again; what matters is what followed it
    const about = items.filter(
      (item) => item.timeEntry?.sourceId === id && item.timeEntry.sourceVersion > 2,
    );
    expect(about.map((item) => [item.type, item.timeEntry!.sourceVersion]).sort()).toEqual([
      ['TIME_ENTRY_UPDATED', 3],
      ['TIME_ENTRY_WITHDRAWN', 4],
    ]);
    expect(about.find((item) => item.type === 'TIME_ENTRY_UPDATED')!.timeEntry).toMatchObject({
      minutes: 360,
      status: 'APPROVED',
    });
    const completed = items.find((item) => item.type === 'MILESTONE_COMPLETED');
    expect(completed).toMatchObject({
      project: fabrikam.id,
      milestone: {
        id: fabrikam.milestones[0].id,
        project: fabrikam.id,
        name: 'Discovery sign-off',
        amount: { amount: '70000.00', currency: 'USD' },
        completedOn: '2026-11-20',
      },
    });
  });
});
