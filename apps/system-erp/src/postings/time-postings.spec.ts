import { ErpTestBed } from '../testing/erp-test-bed';

describe('time postings over the ERP', () => {
  let bed: ErpTestBed;
  const usProject = 'P-006NW000101';
  const posting = {
    project: usProject,
    worker: 'E1002',
    workDate: '2026-10-30',
    hours: '7.5',
    billable: true,
    billRate: { amount: '300.00', currency: 'USD' },
    memo: 'PSA time entry 31000017 v1',
  };

  async function project(id: string, fields: object, activate = true): Promise<void> {
    const put = await bed.put(`/projects/${id}`, {
      name: id,
      customer: 'C-001NW000001',
      legalEntity: 'NWA-US',
      costCenter: 'US-STRAT',
      startDate: '2026-10-01',
      ...fields,
    });
    expect(put.status).toBe(200);
    if (activate) expect((await bed.post(`/projects/${id}/activation`)).status).toBe(200);
  }

  beforeAll(async () => {
    // three records per ERP page: a page of postings spans several
    bed = await ErpTestBed.start({ ERP_PAGE_SIZE: '3' });
    await bed.put('/customers/C-001NW000001', { name: 'Contoso', legalEntity: 'NWA-US' });
    await project(usProject, {});
    await project('P-PROVISIONAL', {}, false);
    await project('P-PAGED', {});
    await project('P-ADATUM', { legalEntity: 'NWA-DE', costCenter: 'DE-OPS' });
  });

  afterAll(() => bed?.close());

  describe('posting', () => {
    it('posts the same posting once, however often it is sent', async () => {
      const first = await bed.put('/time-postings/psa-31000017-v1', posting);
      const second = await bed.put('/time-postings/psa-31000017-v1', posting);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        id: 'psa-31000017-v1',
        erpId: expect.any(String),
        project: usProject,
        worker: 'E1002',
        workDate: '2026-10-30',
        hours: '7.5',
        minutes: 450,
        billable: true,
        billRate: { amount: '300.00', currency: 'USD' },
        billableAmount: { amount: '2250.00', currency: 'USD' },
        memo: 'PSA time entry 31000017 v1',
        status: 'POSTED',
      });
      expect(second.body.erpId).toBe(first.body.erpId);
      const bills = await bed.erpRecords('timeBill', { externalId: 'psa-31000017-v1' });
      expect(bills).toHaveLength(1);
      expect(bills[0]).toMatchObject({ hours: '7:30', tranDate: '2026-10-30', isBillable: true });
    });

    it('reads a posting back as the ERP holds it, or NOT_FOUND', async () => {
      const read = await bed.get('/time-postings/psa-31000017-v1');
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        id: 'psa-31000017-v1',
        project: usProject,
        worker: 'E1002',
        minutes: 450,
        billableAmount: { amount: '2250.00', currency: 'USD' },
        status: 'POSTED',
      });
      const missing = await bed.get('/time-postings/psa-never-posted');
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('NOT_FOUND');
    });

    it('corrects a posting in place: the ERP nets the new hours', async () => {
      const corrected = await bed.put('/time-postings/psa-31000017-v1', {
        ...posting,
        hours: '6',
      });
      expect(corrected.body).toMatchObject({ minutes: 360, billableAmount: { amount: '1800.00' } });
      expect(await bed.erpRecords('timeBill', { externalId: 'psa-31000017-v1' })).toHaveLength(1);
      const summary = await bed.get(`/projects/${usProject}/time-postings/summary`);
      expect(summary.body).toMatchObject({ postings: 1, hours: '6', minutes: 360 });
    });

    it('reverses a posting: nets to zero, idempotently, and can be put back', async () => {
      const reversed = await bed.post('/time-postings/psa-31000017-v1/reversal');
      expect(reversed.status).toBe(200);
      expect(reversed.body.status).toBe('REVERSED');
      expect((await bed.post('/time-postings/psa-31000017-v1/reversal')).body.status).toBe(
        'REVERSED',
      );
      const summary = await bed.get(`/projects/${usProject}/time-postings/summary`);
      expect(summary.body).toEqual({
        project: usProject,
        postings: 0,
        hours: '0',
        minutes: 0,
        billableMinutes: 0,
        billableAmount: { amount: '0.00', currency: 'USD' },
        reversed: 1,
      });
      const reposted = await bed.put('/time-postings/psa-31000017-v1', posting);
      expect(reposted.body.status).toBe('POSTED');
      expect((await bed.get('/time-postings/psa-31000017-v1')).body.status).toBe('POSTED');
    });
  });

  describe('the ERP’s business rejections', () => {
    it('refuses time in a closed period, with the ERP’s message', async () => {
      const answer = await bed.put('/time-postings/psa-sept', {
        ...posting,
        workDate: '2026-09-30',
      });
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({
        code: 'PERIOD_CLOSED',
        vendor: 'erp',
        vendorStatus: 400,
        vendorCode: 'PERIOD_CLOSED',
      });
      expect(answer.body.vendorMessage).toMatch(/period .* is closed/);
      expect(await bed.erpRecords('timeBill', { externalId: 'psa-sept' })).toHaveLength(0);
    });

    it('refuses time on a project that is not in progress as PROJECT_NOT_ACTIVE', async () => {
      const answer = await bed.put('/time-postings/psa-provisional', {
        ...posting,
        project: 'P-PROVISIONAL',
      });
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({
        code: 'PROJECT_NOT_ACTIVE',
        vendorCode: 'JOB_NOT_ACTIVE',
      });
      expect(answer.body.vendorMessage).toContain('not in progress');
    });

    it('refuses time of an inactive employee', async () => {
      const answer = await bed.put('/time-postings/psa-inactive', {
        ...posting,
        project: 'P-ADATUM',
        worker: 'E1024',
        billRate: { amount: '125.00', currency: 'EUR' },
      });
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({
        code: 'VENDOR_REJECTED',
        vendorCode: 'INACTIVE_REFERENCE',
      });
      expect(answer.body.vendorMessage).toContain('inactive');
    });
  });

  describe('what the gateway refuses before calling the ERP', () => {
    it.each([
      [{ worker: 'E9999' }, 422, 'WORKER_UNMAPPED'],
      [{ project: 'P-UNKNOWN' }, 422, 'PROJECT_NOT_IN_ERP'],
      [{ billRate: { amount: '240.00', currency: 'GBP' } }, 422, 'CURRENCY_MISMATCH'],
      [{ hours: '0.3333' }, 400, 'INVALID_HOURS'],
      [{ hours: '25' }, 400, 'INVALID_HOURS'],
      [{ hours: 7.5 }, 400, 'VALIDATION_FAILED'],
      [{ workDate: '30/10/2026' }, 400, 'VALIDATION_FAILED'],
    ])('%j → %i %s', async (change, status, code) => {
      const answer = await bed.put('/time-postings/psa-refused', { ...posting, ...change });
      expect(answer.status).toBe(status);
      expect(answer.body.code).toBe(code);
    });

    it('leaves no record for any of them', async () => {
      expect(await bed.erpRecords('timeBill', { externalId: 'psa-refused' })).toHaveLength(0);
    });
  });

  describe('a project’s postings', () => {
    beforeAll(async () => {
      for (let n = 0; n < 10; n += 1) {
        const answer = await bed.put(`/time-postings/paged-${n}`, {
          ...posting,
          project: 'P-PAGED',
          worker: n % 2 === 0 ? 'E1003' : 'E1004',
          workDate: `2026-11-${String(n + 2).padStart(2, '0')}`,
          hours: '1.5',
          billable: n !== 9,
          billRate: { amount: '175.00', currency: 'USD' },
        });
        expect(answer.status).toBe(200);
      }
    });

    it('pages through them across several ERP pages, each once and in order', async () => {
      const ids: string[] = [];
      const pageSizes: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await bed
          .get('/projects/P-PAGED/time-postings')
          .query({ limit: 4, ...(cursor ? { cursor } : {}) });
        expect(page.status).toBe(200);
        pageSizes.push(page.body.items.length);
        ids.push(...page.body.items.map((item: { id: string }) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(pageSizes).toEqual([4, 4, 2]);
      expect(ids).toEqual(Array.from({ length: 10 }, (_, n) => `paged-${n}`));
    });

    it('describes each posting canonically', async () => {
      const page = await bed.get('/projects/P-PAGED/time-postings').query({ limit: 1 });
      expect(page.body.items[0]).toEqual({
        id: 'paged-0',
        erpId: expect.any(String),
        project: 'P-PAGED',
        worker: 'E1003',
        workDate: '2026-11-02',
        hours: '1.5',
        minutes: 90,
        billable: true,
        billRate: { amount: '175.00', currency: 'USD' },
        billableAmount: { amount: '262.50', currency: 'USD' },
        memo: 'PSA time entry 31000017 v1',
        status: 'POSTED',
      });
    });

    it('sums them, by work date if asked', async () => {
      const all = await bed.get('/projects/P-PAGED/time-postings/summary');
      expect(all.body).toEqual({
        project: 'P-PAGED',
        postings: 10,
        hours: '15',
        minutes: 900,
        billableMinutes: 810,
        billableAmount: { amount: '2362.50', currency: 'USD' },
        reversed: 0,
      });
      const firstWeek = await bed
        .get('/projects/P-PAGED/time-postings/summary')
        .query({ from: '2026-11-02', to: '2026-11-06' });
      expect(firstWeek.body).toMatchObject({ postings: 5, minutes: 450 });
    });

    it('refuses a cursor it did not hand out, and an unknown project', async () => {
      const bad = await bed.get('/projects/P-PAGED/time-postings').query({ cursor: 'bm9wZQ' });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('INVALID_CURSOR');
      expect((await bed.get('/projects/P-UNKNOWN/time-postings')).status).toBe(404);
    });
  });

  describe('employees', () => {
    it('finds a worker’s employee by external id', async () => {
      const answer = await bed.get('/employees/E1001');
      expect(answer.body).toEqual({
        worker: 'E1001',
        erpId: expect.any(String),
        name: 'Ava Okafor',
        legalEntity: 'NWA-US',
        costCenter: 'US-STRAT',
        active: true,
        matchedBy: 'EXTERNAL_ID',
      });
      expect((await bed.get('/employees/E1024')).body.active).toBe(false);
    });

    it('finds one keyed by hand by its entity id, and posts its time', async () => {
      const [us] = await bed.erpRecords('subsidiary', { externalId: 'NWA-US' });
      await bed.addErpRecord('employee', {
        entityId: 'E2001',
        firstName: 'New',
        lastName: 'Starter',
        subsidiary: { id: us.id },
        isInactive: false,
      });
      // just added: within a second of the last read, only a fresh read is sure to see it
      const answer = await bed.get('/employees/E2001').set('cache-control', 'no-cache');
      expect(answer.body).toMatchObject({ worker: 'E2001', matchedBy: 'ENTITY_ID' });
      const posted = await bed.put('/time-postings/psa-new-starter', {
        ...posting,
        worker: 'E2001',
      });
      expect(posted.status).toBe(200);
      expect((await bed.get('/time-postings/psa-new-starter')).body.worker).toBe('E2001');
    });

    it('answers NOT_FOUND for a worker without an employee', async () => {
      expect((await bed.get('/employees/E9999')).status).toBe(404);
    });
  });
});
