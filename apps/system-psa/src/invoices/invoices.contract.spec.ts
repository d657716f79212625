import { PsaTestBed } from '../testing/psa-test-bed';
import { contosoProject, keyed } from '../testing/northwind-projects';

describe('system-psa invoice write-back and external references against the sandbox PSA', () => {
  let bed: PsaTestBed;
  const project = keyed(contosoProject(), 'billing');
  let approved: string[];

  beforeAll(async () => {
    bed = await PsaTestBed.start();
    await bed.post('/projects', project).expect(201);
    const generated = await bed.admin<{ firstId: string }>(
      'POST',
      '/__sandbox/psa/time-entries/generate',
      { from: '2026-11-16', to: '2026-11-16', opportunity: project.opportunity },
    );
    approved = [0, 1].map((i) => String(Number(generated.body.firstId) + i));
    await bed.admin('POST', '/__sandbox/psa/time-entries/approve', { ids: approved });
  });

  afterAll(() => bed?.close());

  const invoice = (status: string, paid: string) => ({
    project: project.id,
    number: 'INV-2026-0042',
    status,
    issueDate: '2026-11-30',
    dueDate: '2026-12-30',
    net: { amount: '5960.00', currency: 'USD' },
    tax: { amount: '0.00', currency: 'USD' },
    amountPaid: { amount: paid, currency: 'USD' },
    timeEntries: approved,
    expenses: [],
  });

  it('records an invoice once and brings its status and payment up to date', async () => {
    const issued = await bed.put('/invoices/INV-billing-1', invoice('OPEN', '0.00'));
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({
      id: 'INV-billing-1',
      project: project.id,
      number: 'INV-2026-0042',
      status: 'OPEN',
      net: { amount: '5960.00', currency: 'USD' },
      timeEntries: approved,
    });
    await bed.put('/invoices/INV-billing-1', invoice('OPEN', '0.00')).expect(200);
    const paid = await bed.put('/invoices/INV-billing-1', invoice('PAID', '5960.00'));
    expect(paid.body).toMatchObject({
      status: 'PAID',
      amountPaid: { amount: '5960.00', currency: 'USD' },
    });
    const held = await bed.records('invoices', { external_reference: 'INV-billing-1' });
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ status: 'paid', paid_in_cents: 596_000 });
    const entry = await bed.get(`/time-entries/${approved[0]}`);
    expect(entry.body.invoiced).toBe(true);
    expect((await bed.get('/invoices/INV-billing-1')).body.status).toBe('PAID');
  });

  it('refuses amounts in another currency and answers NOT_FOUND for an unknown invoice', async () => {
    const wrong = await bed.put('/invoices/INV-billing-2', {
      ...invoice('OPEN', '0.00'),
      net: { amount: '1.00', currency: 'EUR' },
    });
    expect(wrong.body).toMatchObject({ status: 422, code: 'CURRENCY_MISMATCH' });
    expect((await bed.get('/invoices/INV-nope')).body.code).toBe('NOT_FOUND');
  });

  it('links a project to another system’s record once and finds it either way round', async () => {
    const link = {
      subject: { type: 'PROJECT', id: project.id },
      serviceName: 'netsuite',
      serviceModel: 'job',
      serviceModelRef: '4711',
      status: 'synced',
    };
    const first = await bed.post('/external-references', link);
    const again = await bed.post('/external-references', link);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(first.body).toMatchObject({
      subject: { type: 'PROJECT', id: project.id },
      serviceName: 'netsuite',
      serviceModelRef: '4711',
      status: 'synced',
    });
    expect(await bed.records('external_references', { service_model_ref: '4711' })).toHaveLength(1);
    const bySubject = await bed.get(
      `/external-references?subjectType=PROJECT&subjectId=${project.id}`,
    );
    expect(bySubject.body.items.map((r: { serviceName: string }) => r.serviceName).sort()).toEqual([
      'netsuite',
      'p2c-gateway',
      'salesforce',
    ]);
    const byRef = await bed.get(
      '/external-references?serviceName=netsuite&serviceModel=job&serviceModelRef=4711',
    );
    expect(byRef.body.items).toEqual([expect.objectContaining({ subject: link.subject })]);
    const stale = await bed.post('/external-references', { ...link, status: 'stale' });
    expect(stale.body.status).toBe('stale');
    expect((await bed.get('/external-references')).body.code).toBe('VALIDATION_FAILED');
    const unknown = await bed.post('/external-references', {
      ...link,
      subject: { type: 'PROJECT', id: 'PRJ-unknown' },
    });
    expect(unknown.body.code).toBe('NOT_FOUND');
  });
});
