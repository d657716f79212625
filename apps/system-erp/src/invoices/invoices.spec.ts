import { ErpTestBed } from '../testing/erp-test-bed';

describe('invoices over the ERP', () => {
  let bed: ErpTestBed;
  const invoice = {
    project: 'P-006NW000103',
    issueDate: '2026-11-30',
    dueDate: '2026-12-30',
    currency: 'GBP',
    memo: 'Billing run 2026-11 NWA-UK',
    lines: [
      {
        description: 'Senior consultant, November',
        quantity: '37.5',
        rate: { amount: '185.00', currency: 'GBP' },
      },
      {
        description: 'Milestone 1: close diagnostic',
        quantity: '1',
        rate: { amount: '10000.00', currency: 'GBP' },
      },
    ],
  };

  beforeAll(async () => {
    bed = await ErpTestBed.start();
    await bed.put('/customers/C-001NW000003', { name: 'Tailspin Toys Ltd', legalEntity: 'NWA-UK' });
    const project = await bed.put('/projects/P-006NW000103', {
      name: 'Tailspin — finance close acceleration',
      customer: 'C-001NW000003',
      legalEntity: 'NWA-UK',
      costCenter: 'UK-FIN',
      class: 'FIXED_FEE',
      startDate: '2026-10-05',
    });
    expect(project.status).toBe(200);
  });

  afterAll(() => bed?.close());

  it('raises the invoice once, with the legal entity’s tax', async () => {
    const first = await bed.put('/invoices/BE-2026-11-0001', invoice);
    const second = await bed.put('/invoices/BE-2026-11-0001', invoice);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      id: 'BE-2026-11-0001',
      erpId: expect.any(String),
      number: expect.stringMatching(/^INV/),
      project: 'P-006NW000103',
      customer: 'C-001NW000003',
      legalEntity: 'NWA-UK',
      issueDate: '2026-11-30',
      dueDate: '2026-12-30',
      period: '2026-11',
      net: { amount: '16937.50', currency: 'GBP' },
      tax: { amount: '3387.50', currency: 'GBP' },
      total: { amount: '20325.00', currency: 'GBP' },
      amountPaid: { amount: '0.00', currency: 'GBP' },
      amountDue: { amount: '20325.00', currency: 'GBP' },
      status: 'OPEN',
    });
    expect(second.body.erpId).toBe(first.body.erpId);
    expect(await bed.erpRecords('invoice', { externalId: 'BE-2026-11-0001' })).toHaveLength(1);
  });

  it('never rewrites an invoice the ERP already holds', async () => {
    const retried = await bed.put('/invoices/BE-2026-11-0001', {
      ...invoice,
      lines: [invoice.lines[0]],
    });
    expect(retried.body.net.amount).toBe('16937.50');
  });

  it('reads the payment status and the payments as they come in', async () => {
    const { erpId } = (await bed.get('/invoices/BE-2026-11-0001')).body;
    const paid = await bed.admin('POST', `/__sandbox/erp/invoices/${erpId}/payments`, {
      amount: '5000.00',
    });
    expect(paid.status).toBe(200);
    const status = await bed.get('/invoices/BE-2026-11-0001');
    expect(status.body).toMatchObject({
      status: 'PARTIALLY_PAID',
      amountPaid: { amount: '5000.00', currency: 'GBP' },
      amountDue: { amount: '15325.00', currency: 'GBP' },
    });
    await bed.admin('POST', `/__sandbox/erp/invoices/${erpId}/payments`, { amount: '15325.00' });
    expect((await bed.get('/invoices/BE-2026-11-0001')).body.status).toBe('PAID');
    const payments = await bed.get('/invoices/BE-2026-11-0001/payments');
    expect(payments.body).toEqual({
      invoice: 'BE-2026-11-0001',
      items: [
        {
          erpId: expect.any(String),
          number: expect.any(String),
          date: expect.any(String),
          amount: { amount: '5000.00', currency: 'GBP' },
        },
        {
          erpId: expect.any(String),
          number: expect.any(String),
          date: expect.any(String),
          amount: { amount: '15325.00', currency: 'GBP' },
        },
      ],
    });
  });

  it('surfaces the ERP’s refusals with its message: a closed period as PERIOD_CLOSED, others as VENDOR_REJECTED', async () => {
    const closed = await bed.put('/invoices/BE-SEPT', { ...invoice, issueDate: '2026-09-30' });
    expect(closed.status).toBe(422);
    expect(closed.body).toMatchObject({ code: 'PERIOD_CLOSED', vendorCode: 'PERIOD_CLOSED' });
    expect(closed.body.vendorMessage).toContain('closed');

    const dollars = await bed.put('/invoices/BE-USD', {
      ...invoice,
      currency: 'USD',
      lines: [{ description: 'x', quantity: '1', rate: { amount: '1.00', currency: 'USD' } }],
    });
    expect(dollars.status).toBe(422);
    expect(dollars.body).toMatchObject({
      code: 'VENDOR_REJECTED',
      vendorCode: 'CURRENCY_MISMATCH',
    });

    const [customer] = await bed.erpRecords('customer', { externalId: 'C-001NW000003' });
    await bed.admin('PATCH', `/__sandbox/state/erp/customer/${customer.id}`, { isInactive: true });
    const inactive = await bed.put('/invoices/BE-INACTIVE', invoice);
    expect(inactive.body).toMatchObject({
      code: 'VENDOR_REJECTED',
      vendorCode: 'INACTIVE_REFERENCE',
    });
    await bed.admin('PATCH', `/__sandbox/state/erp/customer/${customer.id}`, { isInactive: false });

    for (const id of ['BE-SEPT', 'BE-USD', 'BE-INACTIVE'])
      expect(await bed.erpRecords('invoice', { externalId: id })).toHaveLength(0);
  });

  it('refuses lines in another currency and an unknown project before calling the ERP', async () => {
    const mixed = await bed.put('/invoices/BE-MIXED', {
      ...invoice,
      lines: [{ description: 'x', quantity: '1', rate: { amount: '1.00', currency: 'EUR' } }],
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body.code).toBe('CURRENCY_MISMATCH');
    const orphan = await bed.put('/invoices/BE-ORPHAN', { ...invoice, project: 'P-NONE' });
    expect(orphan.status).toBe(422);
    expect(orphan.body.code).toBe('PROJECT_NOT_IN_ERP');
    expect((await bed.put('/invoices/BE-EMPTY', { ...invoice, lines: [] })).status).toBe(400);
  });

  it('answers NOT_FOUND for an invoice the ERP does not hold', async () => {
    expect((await bed.get('/invoices/BE-NONE')).status).toBe(404);
    expect((await bed.get('/invoices/BE-NONE/payments')).status).toBe(404);
  });
});
