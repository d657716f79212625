import { RunningSandbox, startSandbox } from '../testing/sandbox-test-app';
import { CallOptions, HttpAnswer, call } from '../testing/vendor-http';

type Body = Record<string, unknown>;
const RECORDS = '/erp/services/rest/record/v1';

describe('the sandbox ERP (NetSuite REST style)', () => {
  let sandbox: RunningSandbox;
  const erp = <T = Body>(path: string, options?: CallOptions) =>
    call<T>(sandbox.url, path, 'erp', options);
  const post = (type: string, body: unknown) => erp(`${RECORDS}/${type}`, { body });
  const errorCode = (answer: HttpAnswer) =>
    (answer.body as { 'o:errorDetails': { 'o:errorCode': string }[] })['o:errorDetails'][0][
      'o:errorCode'
    ];
  /** Creates a record and returns its id, from the Location header. */
  const create = async (type: string, body: unknown): Promise<string> => {
    const answer = await post(type, body);
    expect(answer.status).toBe(204);
    return answer.headers.get('location')!.split('/').pop()!;
  };
  const stateId = async (collection: string, externalId: string) =>
    (
      await call<{ items: Body[] }>(
        sandbox.url,
        `/__sandbox/state/erp/${collection}?externalId=${externalId}`,
        'admin',
      )
    ).body.items[0].id as string;
  let customerId: string;
  let jobId: string;
  let employeeId: string;

  beforeAll(async () => {
    sandbox = await startSandbox();
    customerId = await create('customer', {
      companyName: 'Tailspin Toys Ltd',
      subsidiary: { externalId: 'NWA-UK' },
      externalId: 'CUST-TAILSPIN',
    });
    jobId = await create('job', {
      companyName: 'Tailspin — finance close acceleration',
      parent: { id: customerId },
      subsidiary: { externalId: 'NWA-UK' },
      department: { externalId: 'UK-FIN' },
      class: { externalId: 'FIXED_FEE' },
      entityStatus: { id: '2' },
      externalId: 'PRJ-103',
    });
    employeeId = await stateId('employee', 'E1011');
  });
  afterAll(() => sandbox.close());

  it('creates with 204 and a Location naming the new record, which GET returns', async () => {
    const answer = await post('customer', {
      companyName: 'Wingtip Insurance plc',
      subsidiary: { externalId: 'NWA-UK' },
    });
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    const location = answer.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${sandbox.url}${RECORDS}/customer/\\d+$`));
    const record = await erp(location.slice(sandbox.url.length));
    expect(record.body).toMatchObject({
      companyName: 'Wingtip Insurance plc',
      subsidiary: { id: '2', refName: 'Northwind Advisory Ltd' },
      currency: { refName: 'GBP' },
      isInactive: false,
    });
  });

  it('upserts by external id: twice makes one record, changed', async () => {
    const path = `${RECORDS}/customer/eid:CUST-ADATUM`;
    const first = await erp(path, {
      method: 'PUT',
      body: { companyName: 'Adatum Energie GmbH', subsidiary: { externalId: 'NWA-DE' } },
    });
    const second = await erp(path, {
      method: 'PUT',
      body: { companyName: 'Adatum Energie GmbH (DE)', subsidiary: { externalId: 'NWA-DE' } },
    });
    expect([first.status, second.status]).toEqual([204, 204]);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const query = await erp<{ items: Body[] }>('/erp/services/rest/query/v1/suiteql', {
      body: { q: "SELECT id, companyname FROM customer WHERE externalid = 'CUST-ADATUM'" },
      headers: { prefer: 'transient' },
    });
    expect(query.body.items).toEqual([
      { links: [], id: expect.any(String), companyname: 'Adatum Energie GmbH (DE)' },
    ]);
    expect((await erp(path)).body).toMatchObject({ externalId: 'CUST-ADATUM' });
  });

  it('refuses a second record with the same external id on POST', async () => {
    const answer = await post('customer', {
      companyName: 'Tailspin again',
      subsidiary: { externalId: 'NWA-UK' },
      externalId: 'CUST-TAILSPIN',
    });
    expect(answer.status).toBe(400);
    expect(errorCode(answer)).toBe('DUP_RCRD');
  });

  it('pages a list with limit/offset, hasMore and totalResults, each record once', async () => {
    for (let i = 0; i < 7; i++)
      await create('classification', { name: `Class ${i}`, externalId: `CLS-${i}` });
    const seen: string[] = [];
    let path: string | undefined = `${RECORDS}/classification?limit=3`;
    let pages = 0;
    while (path) {
      const page: HttpAnswer<{
        items: { id: string }[];
        hasMore: boolean;
        totalResults: number;
        count: number;
        links: { rel: string; href: string }[];
      }> = await erp(path);
      expect(page.body.totalResults).toBe(11);
      expect(page.body.count).toBe(page.body.items.length);
      seen.push(...page.body.items.map((item) => item.id));
      const next = page.body.links.find((link) => link.rel === 'next');
      expect(Boolean(next)).toBe(page.body.hasMore);
      path = next?.href.slice(sandbox.url.length);
      pages += 1;
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });

  it('answers errors in its o:errorDetails shape, naming the field', async () => {
    const answer = await post('customer', { companyName: 'No subsidiary' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      type: expect.stringContaining('rfc9110'),
      title: 'Bad Request',
      status: 400,
      'o:errorDetails': [
        {
          detail: expect.any(String),
          'o:errorCode': 'USER_ERROR',
          'o:errorPath': 'subsidiary',
        },
      ],
    });
    expect(errorCode(await erp(`${RECORDS}/customer/999999`))).toBe('NONEXISTENT_ID');
    expect(errorCode(await erp(`${RECORDS}/widget/1`))).toBe('INVALID_RCRD_TYPE');
    expect(errorCode(await post('customer', { companyName: 'x', colour: 'red' }))).toBe(
      'INVALID_FIELD',
    );
  });

  describe('business rejections', () => {
    const job = (changes: Body) =>
      post('job', {
        companyName: 'Rejected project',
        parent: { id: customerId },
        subsidiary: { externalId: 'NWA-UK' },
        ...changes,
      });
    const timeBill = (changes: Body) =>
      post('timeBill', {
        employee: { id: employeeId },
        customer: { id: jobId },
        hours: '7:30',
        tranDate: '2026-10-14',
        isBillable: true,
        ...changes,
      });

    it('refuses a transaction dated in a closed period (PERIOD_CLOSED)', async () => {
      const answer = await timeBill({ tranDate: '2026-09-30' });
      expect(answer.status).toBe(400);
      expect(errorCode(answer)).toBe('PERIOD_CLOSED');
      expect((await timeBill({})).status).toBe(204);
    });

    it('refuses an unknown subsidiary, department or class (INVALID_KEY_OR_REF)', async () => {
      for (const changes of [
        { subsidiary: { id: '99' } },
        { department: { externalId: 'DE-DATA' } },
        { class: { id: '777' } },
      ]) {
        const answer = await job(changes);
        expect(answer.status).toBe(400);
        expect(errorCode(answer)).toBe('INVALID_KEY_OR_REF');
        expect(
          (answer.body as { 'o:errorDetails': { 'o:errorPath': string }[] })['o:errorDetails'][0][
            'o:errorPath'
          ],
        ).toBe(Object.keys(changes)[0]);
      }
    });

    it('refuses an inactive subsidiary, department or class (INACTIVE_REFERENCE)', async () => {
      const inactive = async (collection: string, externalId: string) => {
        const id = await stateId(collection, externalId);
        await call(sandbox.url, `/__sandbox/state/erp/${collection}/${id}`, 'admin', {
          method: 'PATCH',
          body: { isInactive: true },
        });
        return id;
      };
      const classId = await create('classification', { name: 'Old', externalId: 'OLD-CLASS' });
      await inactive('classification', 'OLD-CLASS');
      const departmentId = await create('department', {
        name: 'Closed unit',
        externalId: 'UK-OLD',
        subsidiary: { externalId: 'NWA-UK' },
      });
      await inactive('department', 'UK-OLD');
      const subsidiaryId = await create('subsidiary', {
        name: 'Dormant Ltd',
        currency: { externalId: 'GBP' },
        externalId: 'NWA-DORMANT',
      });
      await inactive('subsidiary', 'NWA-DORMANT');
      for (const changes of [
        { class: { id: classId } },
        { department: { id: departmentId } },
        { subsidiary: { id: subsidiaryId } },
      ])
        expect(errorCode(await job(changes))).toBe('INACTIVE_REFERENCE');
    });

    it('refuses a project for an inactive customer', async () => {
      const inactiveCustomer = await create('customer', {
        companyName: 'Gone Ltd',
        subsidiary: { externalId: 'NWA-UK' },
        isInactive: true,
      });
      const answer = await job({ parent: { id: inactiveCustomer } });
      expect(answer.status).toBe(400);
      expect(errorCode(answer)).toBe('INACTIVE_REFERENCE');
    });

    it('refuses time on a project that is not in progress (JOB_NOT_ACTIVE)', async () => {
      const pendingJob = await create('job', {
        companyName: 'Not started',
        parent: { id: customerId },
        subsidiary: { externalId: 'NWA-UK' },
      });
      expect((await erp(`${RECORDS}/job/${pendingJob}`)).body).toMatchObject({
        entityStatus: { id: '4', refName: 'Pending' },
      });
      const answer = await timeBill({ customer: { id: pendingJob } });
      expect(answer.status).toBe(400);
      expect(errorCode(answer)).toBe('JOB_NOT_ACTIVE');
      await erp(`${RECORDS}/job/${pendingJob}`, {
        method: 'PATCH',
        body: { entityStatus: { id: '2' } },
      });
      expect((await timeBill({ customer: { id: pendingJob } })).status).toBe(204);
    });

    it('refuses time of an inactive employee', async () => {
      const inactive = await stateId('employee', 'E1024');
      expect(errorCode(await timeBill({ employee: { id: inactive } }))).toBe('INACTIVE_REFERENCE');
    });

    it('refuses a period closed through the admin API from then on', async () => {
      const closed = await call(
        sandbox.url,
        '/__sandbox/erp/periods/NWA-UK/2026-10/close',
        'admin',
        {
          method: 'POST',
        },
      );
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ periodName: 'Oct 2026', closed: true });
      expect(errorCode(await timeBill({ tranDate: '2026-10-20' }))).toBe('PERIOD_CLOSED');
      expect((await timeBill({ tranDate: '2026-11-03' })).status).toBe(204);
      const unknown = await call(
        sandbox.url,
        '/__sandbox/erp/periods/NWA-XX/2026-10/close',
        'admin',
        {
          method: 'POST',
        },
      );
      expect(unknown.status).toBe(404);
    });
  });

  describe('expense reports', () => {
    const expense = {
      employee: { id: '' },
      customer: { id: '' },
      tranDate: '2026-11-04',
      amount: '86.40',
      isBillable: true,
      memo: 'Train to client site',
    };
    const put = (externalId: string, changes: Body = {}) =>
      erp(`${RECORDS}/expenseReport/eid:${externalId}`, {
        method: 'PUT',
        body: { ...expense, employee: { id: employeeId }, customer: { id: jobId }, ...changes },
      });

    it('upserts by external id: twice makes one expense report, in the project currency', async () => {
      const first = await put('EXP-1');
      const second = await put('EXP-1', { amount: 90.1 });
      expect([first.status, second.status]).toEqual([204, 204]);
      expect(second.headers.get('location')).toBe(first.headers.get('location'));
      const query = await erp<{ items: Body[] }>('/erp/services/rest/query/v1/suiteql', {
        body: { q: "SELECT id, amount, currency FROM expenseReport WHERE externalid = 'EXP-1'" },
        headers: { prefer: 'transient' },
      });
      expect(query.body.items).toEqual([
        { links: [], id: expect.any(String), amount: '90.1', currency: expect.any(String) },
      ]);
      expect((await erp(`${RECORDS}/expenseReport/eid:EXP-1`)).body).toMatchObject({
        amount: 90.1,
        currency: { refName: 'GBP' },
        approvalStatus: { id: '2', refName: 'Approved' },
        subsidiary: { id: '2' },
      });
    });

    it('refuses a closed period, a project not in progress, another currency and a zero amount', async () => {
      const closed = await put('EXP-2', { tranDate: '2026-09-30' });
      expect(closed.status).toBe(400);
      expect(errorCode(closed)).toBe('PERIOD_CLOSED');
      const pendingJob = await create('job', {
        companyName: 'Not started either',
        parent: { id: customerId },
        subsidiary: { externalId: 'NWA-UK' },
      });
      expect(errorCode(await put('EXP-2', { customer: { id: pendingJob } }))).toBe(
        'JOB_NOT_ACTIVE',
      );
      const usd = await stateId('currency', 'USD');
      expect(errorCode(await put('EXP-2', { currency: { id: usd } }))).toBe('CURRENCY_MISMATCH');
      expect(errorCode(await put('EXP-2', { amount: '0.00' }))).toBe('USER_ERROR');
      const inactive = await stateId('employee', 'E1024');
      expect(errorCode(await put('EXP-2', { employee: { id: inactive } }))).toBe(
        'INACTIVE_REFERENCE',
      );
      expect((await erp(`${RECORDS}/expenseReport/eid:EXP-2`)).status).toBe(404);
    });
  });

  describe('invoices and payments', () => {
    let invoiceId: string;

    beforeAll(async () => {
      invoiceId = await create('invoice', {
        entity: { id: customerId },
        job: { id: jobId },
        tranDate: '2026-11-20',
        item: {
          items: [
            { item: { id: '1' }, quantity: 10, rate: 140, description: 'Consultant days' },
            { item: { id: '1' }, quantity: 2.5, rate: '190.10' },
          ],
        },
        externalId: 'BE-1',
      });
    });

    it('computes tax from the legal entity\u2019s rate, in the project\u2019s currency', async () => {
      const invoice = await erp(`${RECORDS}/invoice/${invoiceId}`);
      // 1400.00 + 475.25 = 1875.25; 20 % tax = 375.05
      expect(invoice.body).toMatchObject({
        currency: { refName: 'GBP' },
        subtotal: 1875.25,
        taxRate: '0.20',
        taxTotal: 375.05,
        total: 2250.3,
        amountRemaining: 2250.3,
        status: { id: 'open' },
        postingPeriod: { refName: 'Nov 2026' },
      });
    });

    it('refuses an invoice in another currency than the project\u2019s', async () => {
      const answer = await post('invoice', {
        entity: { id: customerId },
        job: { id: jobId },
        tranDate: '2026-11-20',
        currency: { externalId: 'USD' },
        item: { items: [{ item: { id: '1' }, quantity: 1, rate: 10 }] },
      });
      expect(errorCode(answer)).toBe('CURRENCY_MISMATCH');
    });

    it('moves the invoice to partly paid, then paid, as payments arrive', async () => {
      const pay = (amount: unknown) =>
        call<{ invoice: Body }>(
          sandbox.url,
          `/__sandbox/erp/invoices/${invoiceId}/payments`,
          'admin',
          {
            body: { amount },
          },
        );
      const partly = await pay('1000.00');
      expect(partly.status).toBe(200);
      expect(partly.body.invoice).toMatchObject({
        amountPaid: 1000,
        amountRemaining: 1250.3,
        status: { id: 'partiallyPaid', refName: 'Partially Paid' },
      });
      const tooMuch = await pay('5000');
      expect(tooMuch.status).toBe(422);
      expect(tooMuch.body).toMatchObject({ code: 'PAYMENT_REFUSED' });
      const rest = await pay(1250.3);
      expect(rest.body.invoice).toMatchObject({
        amountRemaining: 0,
        status: { id: 'paidInFull', refName: 'Paid In Full' },
      });
      expect((await pay('abc')).status).toBe(400);
    });
  });

  describe('credit memos', () => {
    let creditedId: string;
    const memo = (changes: Body = {}): Body => ({
      entity: { id: jobId },
      job: { id: jobId },
      tranDate: '2026-11-25',
      createdFrom: { id: creditedId },
      memo: 'Hours corrected after invoicing',
      item: { items: [{ item: { id: '1' }, quantity: 2.5, rate: '190.10' }] },
      ...changes,
    });
    const put = (externalId: string, changes: Body = {}) =>
      erp(`${RECORDS}/creditMemo/eid:${externalId}`, { method: 'PUT', body: memo(changes) });
    const held = async (externalId: string) =>
      (
        await call<{ items: Body[] }>(
          sandbox.url,
          `/__sandbox/state/erp/creditMemo?externalId=${externalId}`,
          'admin',
        )
      ).body.items;

    beforeAll(async () => {
      creditedId = await create('invoice', {
        entity: { id: jobId },
        job: { id: jobId },
        tranDate: '2026-11-20',
        item: { items: [{ item: { id: '1' }, quantity: 10, rate: 190.1 }] },
        externalId: 'BE-CREDITED',
      });
    });

    it('upserts by external id: twice makes one credit memo, taxed like an invoice', async () => {
      const first = await put('BE-CM-1');
      const second = await put('BE-CM-1');
      expect([first.status, second.status]).toEqual([204, 204]);
      expect(second.headers.get('location')).toBe(first.headers.get('location'));
      expect(first.headers.get('location')).toMatch(/\/creditMemo\/\d+$/);
      const credited = await erp(`${RECORDS}/invoice/${creditedId}`);
      const record = await erp(`${RECORDS}/creditMemo/eid:BE-CM-1`);
      // 2.5 × 190.10 = 475.25; 20 % tax = 95.05
      expect(record.body).toMatchObject({
        externalId: 'BE-CM-1',
        tranId: expect.stringMatching(/^CM\d+$/),
        entity: { id: jobId },
        job: { id: jobId },
        createdFrom: { id: creditedId, refName: credited.body.tranId },
        currency: { refName: 'GBP' },
        postingPeriod: { refName: 'Nov 2026' },
        subtotal: 475.25,
        taxRate: '0.20',
        taxTotal: 95.05,
        total: 570.3,
        amountRemaining: 570.3,
      });
      expect(await held('BE-CM-1')).toEqual([expect.objectContaining({ total: 570.3 })]);
      const query = await erp<{ items: Body[] }>('/erp/services/rest/query/v1/suiteql', {
        body: {
          q: "SELECT tranid, createdfrom, total FROM creditmemo WHERE externalid = 'BE-CM-1'",
        },
        headers: { prefer: 'transient' },
      });
      expect(query.body.items).toEqual([
        { links: [], tranid: record.body.tranId, createdfrom: creditedId, total: '570.3' },
      ]);
      // the credited invoice is left as it was
      expect(credited.body).toMatchObject({ total: 2281.2, amountRemaining: 2281.2 });
    });

    it('credits without naming an invoice too', async () => {
      expect((await put('BE-CM-2', { createdFrom: null })).status).toBe(204);
      expect((await erp(`${RECORDS}/creditMemo/eid:BE-CM-2`)).body).toMatchObject({
        createdFrom: null,
        total: 570.3,
      });
    });

    it('refuses what it refuses an invoice, and a credit of nothing, writing nothing', async () => {
      const gone = await create('customer', {
        companyName: 'Leaving Ltd',
        subsidiary: { externalId: 'NWA-UK' },
      });
      const goneJob = await create('job', {
        companyName: 'Leaving — wind-down',
        parent: { id: gone },
        subsidiary: { externalId: 'NWA-UK' },
      });
      await call(sandbox.url, `/__sandbox/state/erp/customer/${gone}`, 'admin', {
        method: 'PATCH',
        body: { isInactive: true },
      });
      const refusals: [Body, string, string][] = [
        [{ tranDate: '2026-09-30' }, 'PERIOD_CLOSED', 'tranDate'],
        [
          { entity: { id: goneJob }, job: { id: goneJob }, createdFrom: null },
          'INACTIVE_REFERENCE',
          'entity',
        ],
        [{ job: { id: '999999' } }, 'INVALID_KEY_OR_REF', 'job'],
        [{ currency: { externalId: 'USD' } }, 'CURRENCY_MISMATCH', 'currency'],
        [{ createdFrom: { id: '999999' } }, 'INVALID_KEY_OR_REF', 'createdFrom'],
        [{ item: { items: [{ item: { id: '1' }, quantity: 1, rate: 0 }] } }, 'USER_ERROR', 'item'],
        [{ item: { items: [] } }, 'USER_ERROR', 'item'],
        [{ tranDate: '2026-11-31' }, 'USER_ERROR', 'tranDate'],
        [{ dueDate: '2026-12-30' }, 'INVALID_FIELD', 'dueDate'],
      ];
      for (const [changes, code, path] of refusals) {
        const answer = await put('BE-CM-REFUSED', changes);
        expect({ changes, status: answer.status, code: errorCode(answer) }).toEqual({
          changes,
          status: 400,
          code,
        });
        expect(
          (answer.body as { 'o:errorDetails': { 'o:errorPath': string }[] })['o:errorDetails'][0][
            'o:errorPath'
          ],
        ).toBe(path);
      }
      expect(await held('BE-CM-REFUSED')).toEqual([]);
    });

    it('refuses to credit another customer\u2019s invoice, or one in another currency', async () => {
      const other = await create('customer', {
        companyName: 'Wide World Importers Ltd',
        subsidiary: { externalId: 'NWA-UK' },
      });
      const theirs = await create('invoice', {
        entity: { id: other },
        tranDate: '2026-11-20',
        item: { items: [{ item: { id: '1' }, quantity: 1, rate: 600 }] },
      });
      expect(errorCode(await put('BE-CM-THEIRS', { createdFrom: { id: theirs } }))).toBe(
        'USER_ERROR',
      );
      const dollarJob = await create('job', {
        companyName: 'Tailspin — US roll-out',
        parent: { id: customerId },
        subsidiary: { externalId: 'NWA-UK' },
        currency: { externalId: 'USD' },
      });
      const inDollars = await create('invoice', {
        entity: { id: dollarJob },
        job: { id: dollarJob },
        tranDate: '2026-11-20',
        item: { items: [{ item: { id: '1' }, quantity: 1, rate: 600 }] },
      });
      expect(errorCode(await put('BE-CM-THEIRS', { createdFrom: { id: inDollars } }))).toBe(
        'CURRENCY_MISMATCH',
      );
      expect(await held('BE-CM-THEIRS')).toEqual([]);
    });
  });

  describe('SuiteQL', () => {
    const suiteQl = (q: string, headers: Record<string, string> = { prefer: 'transient' }) =>
      erp<{ items: Body[]; totalResults: number }>('/erp/services/rest/query/v1/suiteql', {
        body: { q },
        headers,
      });

    it('answers a SELECT … WHERE … ORDER BY with text values and T/F flags', async () => {
      const answer = await suiteQl(
        "SELECT entityid, isinactive, subsidiary FROM employee WHERE subsidiary = 3 AND (isinactive = 'T' OR entityid LIKE '%17') ORDER BY entityid DESC",
      );
      expect(answer.status).toBe(200);
      expect(answer.body.items).toEqual([
        { links: [], entityid: 'E1024', isinactive: 'T', subsidiary: '3' },
        { links: [], entityid: 'E1017', isinactive: 'F', subsidiary: '3' },
      ]);
    });

    it('needs Prefer: transient and names unknown tables and columns', async () => {
      expect(errorCode(await suiteQl('SELECT id FROM customer', {}))).toBe('USER_ERROR');
      expect(errorCode(await suiteQl('SELECT id FROM widget'))).toBe('INVALID_SEARCH');
      expect(errorCode(await suiteQl('SELECT colour FROM customer'))).toBe('INVALID_SEARCH');
      expect(errorCode(await suiteQl('DELETE FROM customer'))).toBe('INVALID_SEARCH');
    });
  });
});
