import { randomUUID } from 'node:crypto';
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import type { LineageLinkDto } from '@p2c/flow';
import type { BillingEventDto } from '../runs/dto/billing-event.dto';
import { BillingTestBed, RunView } from '../testing/billing-test-bed';

const WEEK = { from: '2026-11-16', to: '2026-11-20' };
const ALPHA_DEAL = '006NW000101';
const BETA_DEAL = '006NW000105';

describe('billing’s lineage of postings and invoices, and its events by partner', () => {
  let bed: BillingTestBed;
  let us: RunView;
  let de: RunView;
  let postingOfEntry: Map<string, string>;

  const eventOf = (run: RunView, opportunity: string) =>
    run.projects.find((project) => project.project === projectOf(opportunity))!;
  const stages = (links: LineageLinkDto[]) => links.map((link) => link.stage);

  beforeAll(async () => {
    bed = await BillingTestBed.start();
    await bed.activate([projectOf(ALPHA_DEAL), projectOf(BETA_DEAL)], {
      [projectOf(ALPHA_DEAL)]: 'PARTNER-ALPHA',
      [projectOf(BETA_DEAL)]: 'PARTNER-BETA',
    });
    for (const opportunity of [ALPHA_DEAL, BETA_DEAL])
      await bed.time.admin('/psa/time-entries/generate', { body: { ...WEEK, opportunity } });
    await bed.time.admin('/psa/time-entries/approve', { body: { all: true } });
    const approved = (await psaEntries(bed.time)).filter((entry) => entry.approved);
    await bed.time.get(SweepApprovedUseCase).execute();
    await bed.time.settled(approved.map((entry) => entry.id));
    const rows: { source_id: string; id: string }[] = await bed.time.dataSource.query(
      `SELECT source_id, id FROM time_postings WHERE status = 'posted' AND billable`,
    );
    postingOfEntry = new Map(rows.map((row) => [row.source_id, row.id]));
    us = await bed.run('NWA-US', '2026-11');
    de = await bed.run('NWA-DE', '2026-11');
    expect([us.status, de.status]).toEqual(['completed', 'completed']);
  }, 240_000);

  afterAll(() => bed?.close());

  it('lists and shows a partner’s customers’ billing events only, with their payment standing', async () => {
    const alpha = await bed.api('get', '/billing-events?partner=PARTNER-ALPHA').expect(200);
    const items = alpha.body.items as BillingEventDto[];
    expect(items.map((item) => [item.project, item.partner])).toEqual([
      [projectOf(ALPHA_DEAL), 'PARTNER-ALPHA'],
    ]);
    expect(items[0]).toMatchObject({ status: 'invoiced', paymentStatus: 'OPEN' });
    expect(items[0].amountPaid.amount).toBe('0.00');
    const beta = await bed.api('get', '/billing-events?partner=PARTNER-BETA').expect(200);
    expect(beta.body.items.map((item: BillingEventDto) => item.project)).toEqual([
      projectOf(BETA_DEAL),
    ]);
    await bed.api('get', '/billing-events?partner=bad%20partner').expect(400);
  });

  it('answers another partner’s billing event exactly as one that does not exist', async () => {
    const betaEvent = eventOf(de, BETA_DEAL).billingEvent;
    const own = await bed.api('get', `/billing-events/${betaEvent}?partner=PARTNER-BETA`);
    expect(own.status).toBe(200);
    const other = await bed.api('get', `/billing-events/${betaEvent}?partner=PARTNER-ALPHA`);
    const missing = await bed.api('get', `/billing-events/${randomUUID()}?partner=PARTNER-ALPHA`);
    expect([other.status, missing.status]).toEqual([404, 404]);
    const shape = (body: Record<string, unknown>) => ({
      ...body,
      detail: undefined,
      instance: undefined,
      correlationId: undefined,
    });
    expect(shape(other.body)).toEqual(shape(missing.body));
  });

  it('follows a posting to the billing event that billed it, its ERP invoice and the payment', async () => {
    const event = eventOf(us, ALPHA_DEAL);
    const posting = [...postingOfEntry.values()].find((id) => id.startsWith('psa-time-'))!;
    await bed.time.admin(`/erp/invoices/${event.invoiceErpId}/payments`, {
      body: { amount: '100.00' },
    });
    await bed.api('post', '/payments/sync').send({}).expect(200);
    const answer = await bed.api('get', `/lineage?posting=${posting}`).expect(200);
    const links = answer.body.links as LineageLinkDto[];
    expect(stages(links)).toEqual(['billing-event', 'invoice', 'payment']);
    const [billed, invoice, payment] = links;
    expect(billed).toMatchObject({
      system: 'gateway',
      id: event.billingEvent,
      status: 'invoiced',
      from: [posting],
    });
    expect(invoice).toMatchObject({
      system: 'erp',
      type: 'invoice',
      id: event.billingEvent,
      externalId: event.invoiceErpId,
      number: event.invoiceNumber,
      status: 'PARTIALLY_PAID',
      amount: event.total,
      from: [event.billingEvent],
    });
    expect(payment).toMatchObject({
      system: 'erp',
      type: 'customer_payment',
      status: 'received',
      amount: { amount: '100.00', currency: 'USD' },
      from: [event.billingEvent],
    });
    expect(payment.externalId).toEqual(expect.any(String));
  });

  it('answers a billing event with every posting version it bills, its invoice and payments', async () => {
    const event = eventOf(de, BETA_DEAL);
    const answer = await bed.api('get', `/lineage?billingEvent=${event.billingEvent}`).expect(200);
    const links = answer.body.links as LineageLinkDto[];
    const postings = links.filter((link) => link.stage === 'posting');
    expect(postings).toHaveLength(event.items);
    const billedHere = await bed.dataSource.query(
      `SELECT posting_id FROM billing_event_items WHERE billing_event_id = $1`,
      [event.billingEvent],
    );
    expect(postings.map((link) => link.id).sort()).toEqual(
      billedHere.map((row: { posting_id: string }) => row.posting_id).sort(),
    );
    for (const link of postings) {
      expect(link).toMatchObject({ system: 'erp', status: 'succeeded' });
      expect(postingOfEntry.get(link.from[0])).toBe(link.id);
    }
    expect(stages(links.filter((link) => link.stage !== 'posting'))).toEqual([
      'billing-event',
      'invoice',
    ]);
    expect(links.find((link) => link.stage === 'invoice')).toMatchObject({
      externalId: event.invoiceErpId,
      status: 'OPEN',
    });
  });

  it('refuses a lineage request naming nothing or two things, and answers 404 for what it never billed', async () => {
    const both = await bed.api(
      'get',
      `/lineage?posting=psa-time-1&billingEvent=${eventOf(de, BETA_DEAL).billingEvent}`,
    );
    expect(both.status).toBe(400);
    expect(both.headers['content-type']).toContain('application/problem+json');
    await bed.api('get', '/lineage').expect(400);
    await bed.api('get', '/lineage?billingEvent=not-a-uuid').expect(400);
    const never = await bed.api('get', '/lineage?posting=psa-time-999999999').expect(404);
    expect(never.body.code).toBe('NOT_FOUND');
    await bed.api('get', `/lineage?billingEvent=${randomUUID()}`).expect(404);
  });
});
