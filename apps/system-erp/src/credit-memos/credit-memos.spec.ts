import { call } from '@p2c/vendor-sandbox/testing/vendor-http';
import { ErpTestBed } from '../testing/erp-test-bed';

describe('credit memos over the ERP', () => {
  let bed: ErpTestBed;
  let invoiceErpId: string;
  const creditMemo = {
    project: 'P-006NW000103',
    issueDate: '2026-12-15',
    currency: 'GBP',
    memo: 'Billing run 2026-12 NWA-UK: November hours corrected',
    creditedInvoice: 'BE-2026-11-0007',
    lines: [
      {
        description: 'Senior consultant, November, corrected',
        quantity: '7.5',
        rate: { amount: '185.00', currency: 'GBP' },
      },
    ],
  };
  const creditMemosHeld = (externalId: string) => bed.erpRecords('creditMemo', { externalId });

  beforeAll(async () => {
    bed = await ErpTestBed.start();
    await bed.put('/customers/C-001NW000003', { name: 'Tailspin Toys Ltd', legalEntity: 'NWA-UK' });
    await bed.put('/projects/P-006NW000103', {
      name: 'Tailspin — finance close acceleration',
      customer: 'C-001NW000003',
      legalEntity: 'NWA-UK',
      costCenter: 'UK-FIN',
      class: 'TIME_AND_MATERIALS',
      startDate: '2026-10-05',
    });
    const invoice = await bed.put('/invoices/BE-2026-11-0007', {
      project: 'P-006NW000103',
      issueDate: '2026-11-30',
      currency: 'GBP',
      lines: [
        {
          description: 'Senior consultant, November',
          quantity: '37.5',
          rate: { amount: '185.00', currency: 'GBP' },
        },
      ],
    });
    expect(invoice.status).toBe(200);
    invoiceErpId = invoice.body.erpId;
  });

  afterAll(() => bed?.close());

  it('raises the credit memo once, for the invoice it credits, taxed at the legal entity’s rate', async () => {
    const first = await bed.put('/credit-memos/BE-2026-12-0003', creditMemo);
    const second = await bed.put('/credit-memos/BE-2026-12-0003', creditMemo);
    expect(first.status).toBe(200);
    // 7.5 × 185.00 = 1387.50; 20 % tax = 277.50
    expect(first.body).toEqual({
      id: 'BE-2026-12-0003',
      erpId: expect.any(String),
      number: expect.stringMatching(/^CM/),
      project: 'P-006NW000103',
      customer: 'C-001NW000003',
      legalEntity: 'NWA-UK',
      issueDate: '2026-12-15',
      period: '2026-12',
      net: { amount: '1387.50', currency: 'GBP' },
      tax: { amount: '277.50', currency: 'GBP' },
      total: { amount: '1665.00', currency: 'GBP' },
      creditedInvoice: 'BE-2026-11-0007',
    });
    expect(second.body).toEqual(first.body);
    const held = await creditMemosHeld('BE-2026-12-0003');
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ createdFrom: { id: invoiceErpId }, total: 1665 });
    expect((await bed.get('/credit-memos/BE-2026-12-0003')).body).toEqual(first.body);
    // the invoice it credits stays as it was sent
    expect((await bed.get('/invoices/BE-2026-11-0007')).body).toMatchObject({
      net: { amount: '6937.50', currency: 'GBP' },
      amountDue: { amount: '8325.00', currency: 'GBP' },
    });
  });

  it('never rewrites a credit memo the ERP already holds', async () => {
    const retried = await bed.put('/credit-memos/BE-2026-12-0003', {
      ...creditMemo,
      lines: [{ ...creditMemo.lines[0], quantity: '1' }],
    });
    expect(retried.status).toBe(200);
    expect(retried.body.net.amount).toBe('1387.50');
  });

  it('answers a credit memo the ERP took before a crash, without writing a second', async () => {
    const [job] = await bed.erpRecords('job', { externalId: 'P-006NW000103' });
    const direct = await call(
      bed.sandbox.url,
      '/erp/services/rest/record/v1/creditMemo/eid:BE-2026-12-0004',
      'erp',
      {
        method: 'PUT',
        body: {
          entity: { id: job.id },
          job: { id: job.id },
          tranDate: '2026-12-15',
          item: { items: [{ quantity: 2, rate: 185 }] },
        },
      },
    );
    expect(direct.status).toBe(204);
    const answered = await bed.put('/credit-memos/BE-2026-12-0004', creditMemo);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      id: 'BE-2026-12-0004',
      project: 'P-006NW000103',
      net: { amount: '370.00', currency: 'GBP' },
    });
    expect(answered.body.creditedInvoice).toBeUndefined();
    expect(await creditMemosHeld('BE-2026-12-0004')).toHaveLength(1);
  });

  it('credits without naming an invoice', async () => {
    const { creditedInvoice: _none, ...standalone } = creditMemo;
    const answer = await bed.put('/credit-memos/BE-2026-12-0005', standalone);
    expect(answer.status).toBe(200);
    expect(answer.body.creditedInvoice).toBeUndefined();
    expect((await creditMemosHeld('BE-2026-12-0005'))[0]).toMatchObject({ createdFrom: null });
  });

  it('surfaces the ERP’s refusals with its message: a closed period as PERIOD_CLOSED, others as VENDOR_REJECTED', async () => {
    const closed = await bed.put('/credit-memos/BE-SEPT', {
      ...creditMemo,
      issueDate: '2026-09-30',
    });
    expect(closed.status).toBe(422);
    expect(closed.body).toMatchObject({ code: 'PERIOD_CLOSED', vendorCode: 'PERIOD_CLOSED' });
    expect(closed.body.vendorMessage).toContain('closed');

    const dollars = await bed.put('/credit-memos/BE-USD', {
      ...creditMemo,
      currency: 'USD',
      lines: [{ description: 'x', quantity: '1', rate: { amount: '1.00', currency: 'USD' } }],
    });
    expect(dollars.status).toBe(422);
    expect(dollars.body).toMatchObject({
      code: 'VENDOR_REJECTED',
      vendorCode: 'CURRENCY_MISMATCH',
    });

    const nothing = await bed.put('/credit-memos/BE-ZERO', {
      ...creditMemo,
      lines: [{ description: 'x', quantity: '0', rate: { amount: '185.00', currency: 'GBP' } }],
    });
    expect(nothing.body).toMatchObject({ code: 'VENDOR_REJECTED', vendorCode: 'USER_ERROR' });

    const [customer] = await bed.erpRecords('customer', { externalId: 'C-001NW000003' });
    await bed.admin('PATCH', `/__sandbox/state/erp/customer/${customer.id}`, { isInactive: true });
    const inactive = await bed.put('/credit-memos/BE-INACTIVE', creditMemo);
    await bed.admin('PATCH', `/__sandbox/state/erp/customer/${customer.id}`, { isInactive: false });
    expect(inactive.body).toMatchObject({
      code: 'VENDOR_REJECTED',
      vendorCode: 'INACTIVE_REFERENCE',
    });

    for (const id of ['BE-SEPT', 'BE-USD', 'BE-ZERO', 'BE-INACTIVE'])
      expect(await creditMemosHeld(id)).toHaveLength(0);
  });

  it('refuses an invoice the ERP does not hold, lines in another currency and an unknown project before writing', async () => {
    const unknown = await bed.put('/credit-memos/BE-NO-INVOICE', {
      ...creditMemo,
      creditedInvoice: 'BE-NEVER-RAISED',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({
      code: 'INVOICE_NOT_IN_ERP',
      creditedInvoice: 'BE-NEVER-RAISED',
    });
    const mixed = await bed.put('/credit-memos/BE-MIXED', {
      ...creditMemo,
      lines: [{ description: 'x', quantity: '1', rate: { amount: '1.00', currency: 'EUR' } }],
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body.code).toBe('CURRENCY_MISMATCH');
    const orphan = await bed.put('/credit-memos/BE-ORPHAN', { ...creditMemo, project: 'P-NONE' });
    expect(orphan.status).toBe(422);
    expect(orphan.body.code).toBe('PROJECT_NOT_IN_ERP');
    for (const id of ['BE-NO-INVOICE', 'BE-MIXED', 'BE-ORPHAN'])
      expect(await creditMemosHeld(id)).toHaveLength(0);
  });

  it.each([
    ['no lines', { lines: [] }],
    ['a credited invoice that is no canonical id', { creditedInvoice: 'BE 0007' }],
    ['a date that is no day', { issueDate: '2026-12-32' }],
    ['a due date (a credit memo has none)', { dueDate: '2027-01-15' }],
    ['a negative quantity', { lines: [{ ...creditMemo.lines[0], quantity: '-7.5' }] }],
  ])('answers 400 for %s, writing nothing', async (_case, changes) => {
    const answer = await bed.put('/credit-memos/BE-BAD', { ...creditMemo, ...changes });
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(await creditMemosHeld('BE-BAD')).toHaveLength(0);
  });

  it('answers NOT_FOUND for a credit memo the ERP does not hold', async () => {
    const answer = await bed.get('/credit-memos/BE-NONE');
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
  });
});
