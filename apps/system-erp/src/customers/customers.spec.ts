import { ErpTestBed } from '../testing/erp-test-bed';

describe('customers over the ERP', () => {
  let bed: ErpTestBed;

  beforeAll(async () => {
    bed = await ErpTestBed.start();
  });

  afterAll(() => bed?.close());

  describe('matching', () => {
    it('finds Fabrikam by tax id although the ERP spells it "FABRIKAM LOGISTICS, INC."', async () => {
      const answer = await bed
        .get('/customers/matches')
        .query({ name: 'Fabrikam Logistics', taxId: 'US-91-7654321' });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        matchedBy: 'TAX_ID',
        candidates: [
          {
            name: 'FABRIKAM LOGISTICS, INC.',
            taxId: 'US-91-7654321',
            legalEntity: 'NWA-US',
            currency: 'USD',
            active: true,
            matchedBy: 'TAX_ID',
          },
        ],
      });
      expect(answer.body.candidates[0].id).toBeUndefined();
    });

    it('finds Fabrikam and Litware by normalised name when no tax id is given', async () => {
      const fabrikam = await bed.get('/customers/matches').query({ name: 'Fabrikam Logistics' });
      expect(fabrikam.body.matchedBy).toBe('NAME');
      expect(fabrikam.body.normalizedName).toBe('fabrikam logistics');
      expect(fabrikam.body.candidates.map((c: { name: string }) => c.name)).toEqual([
        'FABRIKAM LOGISTICS, INC.',
      ]);

      const litware = await bed.get('/customers/matches').query({ name: 'Litware Bank AG' });
      expect(litware.body.matchedBy).toBe('NAME');
      expect(litware.body.candidates).toHaveLength(1);
      expect(litware.body.candidates[0]).toMatchObject({
        name: 'Litware Bank Aktiengesellschaft',
        legalEntity: 'NWA-DE',
        currency: 'EUR',
      });
    });

    it('finds a tax id the ERP writes differently', async () => {
      const answer = await bed
        .get('/customers/matches')
        .query({ name: 'Someone else entirely', taxId: 'de 298 765 432' });
      expect(answer.body.matchedBy).toBe('TAX_ID');
      expect(answer.body.candidates[0].name).toBe('Litware Bank Aktiengesellschaft');
    });

    it('does not offer a same-named customer with another tax id', async () => {
      const answer = await bed
        .get('/customers/matches')
        .query({ name: 'Fabrikam Logistics', taxId: 'US-00-0000000' });
      expect(answer.body).toEqual({
        matchedBy: 'NONE',
        normalizedName: 'fabrikam logistics',
        candidates: [],
      });
    });

    it('answers none for a customer the ERP does not hold', async () => {
      const answer = await bed
        .get('/customers/matches')
        .query({ name: 'State of Columbia Dept. of Revenue' });
      expect(answer.status).toBe(200);
      expect(answer.body.matchedBy).toBe('NONE');
    });

    it('returns every candidate when several share the name, so nobody guesses', async () => {
      await bed.addErpRecord('customer', {
        companyName: 'Fabrikam Logistics Ltd',
        subsidiary: { id: '2' },
        isInactive: false,
      });
      const answer = await bed.get('/customers/matches').query({ name: 'Fabrikam Logistics' });
      expect(answer.body.matchedBy).toBe('NAME');
      expect(answer.body.candidates).toHaveLength(2);
    });

    it('refuses a search without a name', async () => {
      const answer = await bed.get('/customers/matches').query({ taxId: 'US-91-7654321' });
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('upsert by canonical id', () => {
    const contoso = {
      name: 'Contoso Pharmaceuticals Inc.',
      taxId: 'US-84-1234567',
      legalEntity: 'NWA-US',
    };

    it('creates the customer once, however often it is sent', async () => {
      const first = await bed.put('/customers/C-001NW000001', contoso);
      const second = await bed.put('/customers/C-001NW000001', contoso);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        id: 'C-001NW000001',
        name: 'Contoso Pharmaceuticals Inc.',
        taxId: 'US-84-1234567',
        legalEntity: 'NWA-US',
        currency: 'USD',
        active: true,
      });
      expect(second.body.erpId).toBe(first.body.erpId);
      const records = await bed.erpRecords('customer', { externalId: 'C-001NW000001' });
      expect(records).toHaveLength(1);
    });

    it('changes the one record when the customer changes', async () => {
      const changed = await bed.put('/customers/C-001NW000001', {
        ...contoso,
        name: 'Contoso Pharma Inc.',
      });
      expect(changed.body.name).toBe('Contoso Pharma Inc.');
      expect(await bed.erpRecords('customer', { companyName: 'Contoso Pharma Inc.' })).toHaveLength(
        1,
      );
      expect((await bed.get('/customers/C-001NW000001')).body.name).toBe('Contoso Pharma Inc.');
    });

    it('makes no twin when the ERP record lost its external id', async () => {
      const [record] = await bed.erpRecords('customer', { externalId: 'C-001NW000001' });
      await bed.admin('PATCH', `/__sandbox/state/erp/customer/${record.id}`, { externalId: null });
      const again = await bed.put('/customers/C-001NW000001', contoso);
      expect(again.body.erpId).toBe(record.id);
      expect(await bed.erpRecords('customer', { externalId: 'C-001NW000001' })).toHaveLength(1);
    });

    it('surfaces the ERP’s refusal of an unknown legal entity as VENDOR_REJECTED', async () => {
      const answer = await bed.put('/customers/C-X', { ...contoso, legalEntity: 'NWA-FR' });
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({
        code: 'VENDOR_REJECTED',
        vendorCode: 'INVALID_KEY_OR_REF',
      });
      expect(answer.body.vendorMessage).toContain('subsidiary');
    });

    it('refuses a malformed customer before calling the ERP', async () => {
      const answer = await bed.put('/customers/C-Y', { name: '', legalEntity: 'NWA-US', extra: 1 });
      expect(answer.status).toBe(400);
    });
  });

  describe('adopting a match', () => {
    it('links the matched ERP customer to the canonical customer, keeping its name', async () => {
      const match = await bed
        .get('/customers/matches')
        .query({ name: 'Litware Bank AG', taxId: 'DE298765432' });
      const erpId = match.body.candidates[0].erpId as string;
      const linked = await bed.put('/customers/C-001NW000006/erp-record', { erpId });
      const again = await bed.put('/customers/C-001NW000006/erp-record', { erpId });
      expect(linked.status).toBe(200);
      expect(linked.body).toMatchObject({
        id: 'C-001NW000006',
        erpId,
        name: 'Litware Bank Aktiengesellschaft',
      });
      expect(again.status).toBe(200);
      const rematch = await bed.get('/customers/matches').query({ name: 'Litware Bank AG' });
      expect(rematch.body.candidates[0].id).toBe('C-001NW000006');
      expect((await bed.get('/customers/C-001NW000006')).body.erpId).toBe(erpId);
    });

    it('refuses to give a record that belongs to one customer to another', async () => {
      const [record] = await bed.erpRecords('customer', { externalId: 'C-001NW000006' });
      const answer = await bed.put('/customers/C-OTHER/erp-record', { erpId: record.id });
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('ERP_RECORD_TAKEN');
    });

    it('refuses to link a customer to a second record', async () => {
      const [fabrikam] = await bed.erpRecords('customer', {
        companyName: 'FABRIKAM LOGISTICS, INC.',
      });
      const answer = await bed.put('/customers/C-001NW000006/erp-record', { erpId: fabrikam.id });
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('CROSS_REFERENCE_CONFLICT');
    });

    it('answers NOT_FOUND for a record the ERP does not have', async () => {
      const answer = await bed.put('/customers/C-NEW/erp-record', { erpId: '999999' });
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    });
  });

  it('answers NOT_FOUND for a customer without an ERP record', async () => {
    const answer = await bed.get('/customers/C-NOBODY');
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
  });

  it('lets only service and admin tokens in', async () => {
    expect((await bed.get('/customers/C-001NW000001', 'not-a-token')).status).toBe(401);
  });
});
