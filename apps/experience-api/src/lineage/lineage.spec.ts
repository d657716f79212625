import type { LineageLinkDto } from '@p2c/flow';
import { Role } from '@p2c/security';
import { BilledEvent, pay, postTime, projectOfDeal, runBilling } from '../testing/billed-work';
import { ExperienceTestBed } from '../testing/experience-test-bed';

const CONTOSO = '006NW000101';

describe('lineage: entry → posting → billing event → invoice → payment', () => {
  let bed: ExperienceTestBed;
  let finance: string;
  let billed: string[];
  let invoice: BilledEvent;

  const lineage = async (query: string, token = finance): Promise<LineageLinkDto[]> =>
    (await bed.api('get', `/lineage?${query}`, token).expect(200)).body.links;
  const erpIdOfPosting = async (entry: string): Promise<string> =>
    (await bed.process('process-time', 'get', `/postings?sourceId=${entry}`)).body.items[0].erpId;

  beforeAll(async () => {
    bed = await ExperienceTestBed.start();
    finance = bed.token(Role.Finance);
    billed = await postTime(bed, [
      { opportunity: CONTOSO, worker: 'E1003', date: '2026-11-16', hours: 8 },
      { opportunity: CONTOSO, worker: 'E1004', date: '2026-11-17', hours: 4 },
    ]);
    const project = await projectOfDeal(bed, CONTOSO);
    invoice = (await runBilling(bed, 'NWA-US', '2026-11')).get(project)!;
    await pay(bed, invoice, invoice.total.amount);
  }, 300_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(() => bed?.close(), 120_000);

  it('follows a PSA time entry that was posted, invoiced and paid through every system', async () => {
    const [entry] = billed;
    const links = await lineage(`source=psa:time-entry:${entry}`);
    expect(links.map((link) => link.stage)).toEqual([
      'entry',
      'posting',
      'billing-event',
      'invoice',
      'payment',
    ]);
    const [psa, posting, event, erpInvoice, payment] = links;
    expect(psa).toMatchObject({ system: 'psa', type: 'time_entry', id: entry, status: 'approved' });
    expect(posting).toMatchObject({
      system: 'erp',
      type: 'timeBill',
      id: `psa-time-${entry}`,
      externalId: await erpIdOfPosting(entry),
      status: 'succeeded',
      from: [entry],
    });
    expect(event).toMatchObject({
      system: 'gateway',
      id: invoice.billingEvent,
      status: 'invoiced',
      from: [posting.id],
    });
    expect(erpInvoice).toMatchObject({
      system: 'erp',
      type: 'invoice',
      id: invoice.billingEvent,
      externalId: invoice.invoiceErpId,
      number: invoice.invoiceNumber,
      status: 'PAID',
      amount: invoice.total,
    });
    expect(payment).toMatchObject({
      system: 'erp',
      type: 'customer_payment',
      status: 'received',
      amount: invoice.total,
      from: [invoice.billingEvent],
    });
    for (const link of links) expect(Number.isNaN(Date.parse(link.startedAt))).toBe(false);
    // the ERP holds what the chain says: the invoice under its id, paid
    const held = await bed.admin<{ id: string; status?: unknown }>(
      `/state/erp/invoice/${invoice.invoiceErpId}`,
    );
    expect(held.id).toBe(invoice.invoiceErpId);
  });

  it('goes back from an invoice to every entry it bills, and on to its payment', async () => {
    const links = await lineage(`invoice=${invoice.billingEvent}`);
    const of = (stage: string) => links.filter((link) => link.stage === stage);
    expect(
      of('entry')
        .map((link) => link.id)
        .sort(),
    ).toEqual([...billed].sort());
    expect(
      of('posting')
        .map((link) => link.id)
        .sort(),
    ).toEqual(billed.map((id) => `psa-time-${id}`).sort());
    expect(of('billing-event').map((link) => link.id)).toEqual([invoice.billingEvent]);
    expect(of('invoice').map((link) => link.externalId)).toEqual([invoice.invoiceErpId]);
    expect(of('payment')).toHaveLength(1);
  });

  it('ends the chain at the posting for an entry not billed yet', async () => {
    const [later] = await postTime(bed, [
      { opportunity: CONTOSO, worker: 'E1003', date: '2026-11-18', hours: 2 },
    ]);
    const links = await lineage(`source=psa:time-entry:${later}`);
    expect(links.map((link) => link.stage)).toEqual(['entry', 'posting']);
  });

  it('answers admin, finance and delivery, and refuses partners', async () => {
    const query = `/lineage?source=psa:time-entry:${billed[0]}`;
    for (const role of [Role.Admin, Role.Delivery])
      await bed.api('get', query, bed.token(role)).expect(200);
    const partner = bed.token(Role.Partner, { partnerId: 'PARTNER-ALPHA' });
    await bed.api('get', query, partner).expect(403);
    await bed.api('get', query).expect(401);
  });

  it('answers 404 for an entry or invoice it does not know and 400 problem+json for a malformed request', async () => {
    const unknown = await bed.api('get', '/lineage?source=psa:time-entry:999999999', finance);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    await bed
      .api('get', '/lineage?invoice=0b6f7f0e-3c51-4d8a-a2f4-1f4c0f8e9a21', finance)
      .expect(404);
    for (const query of [
      'source=psa:time:1',
      'source=crm:time-entry:1',
      'source=psa:time-entry:',
      'invoice=not-an-invoice',
      `source=psa:time-entry:${billed[0]}&invoice=${invoice.billingEvent}`,
      '',
    ]) {
      const answer = await bed.api('get', `/lineage?${query}`, finance);
      expect([query, answer.status]).toEqual([query, 400]);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
  });
});
