import { PsaTestBed } from '../testing/psa-test-bed';

describe('system-psa rate cards against the sandbox PSA', () => {
  let bed: PsaTestBed;

  beforeAll(async () => {
    bed = await PsaTestBed.start({ env: { PSA_REFERENCE_TTL_MS: '600000' } });
  });

  afterAll(() => bed?.close());

  const billRate = (card: string, role: string, date: string) =>
    bed.get(`/rate-cards/${card}/bill-rate?role=${role}&date=${date}`);

  it('prices 31 October and 1 November differently', async () => {
    const october = await billRate('RC-STD-USD', 'SENIOR', '2026-10-31');
    const november = await billRate('RC-STD-USD', 'SENIOR', '2026-11-01');
    expect(october.body).toEqual({
      rateCard: 'RC-STD-USD',
      role: 'SENIOR',
      date: '2026-10-31',
      rate: { amount: '235.00', currency: 'USD' },
    });
    expect(november.body.rate).toEqual({ amount: '245.00', currency: 'USD' });
    expect((await billRate('RC-STD-GBP', 'ANALYST', '2026-11-02')).body.rate).toEqual({
      amount: '100.00',
      currency: 'GBP',
    });
  });

  it('says clearly when a card has no rate for a role, and sees a rate added in the PSA at once', async () => {
    const missing = await billRate('RC-PUBSEC-USD', 'ANALYST', '2026-11-02');
    expect(missing.status).toBe(200);
    expect(missing.body).not.toHaveProperty('rate');
    expect(missing.body.reason).toBe(
      'Rate card RC-PUBSEC-USD has no ANALYST rate effective on 2026-11-02.',
    );
    // a person adds the line in the PSA; the cached card (10 minutes here) does not hide it
    const [card] = await bed.records('rate_cards', { title: 'RC-PUBSEC-USD' });
    const [analyst] = await bed.records('roles', { code: 'ANALYST' });
    const added = await bed.admin('POST', '/__sandbox/state/psa/rate_card_roles', {
      rate_card_id: card.id,
      role_id: analyst.id,
      rate_in_cents: 11_000,
      effective_from: '2026-01-01',
      effective_to: null,
    });
    expect(added.status).toBe(201);
    const fixed = await billRate('RC-PUBSEC-USD', 'ANALYST', '2026-11-02');
    expect(fixed.body.rate).toEqual({ amount: '110.00', currency: 'USD' });
    const unknownRole = await billRate('RC-PUBSEC-USD', 'WIZARD', '2026-11-02');
    expect(unknownRole.body.reason).toBe('The PSA has no role WIZARD.');
  });

  it('lists a card’s lines and refuses unknown cards and bad dates', async () => {
    const card = await bed.get('/rate-cards/RC-STD-EUR');
    expect(card.status).toBe(200);
    expect(card.body.currency).toBe('EUR');
    expect(card.body.lines.filter((line: { role: string }) => line.role === 'PARTNER')).toEqual([
      {
        role: 'PARTNER',
        rate: { amount: '390.00', currency: 'EUR' },
        effectiveFrom: '2026-01-01',
        effectiveTo: '2026-10-31',
      },
      { role: 'PARTNER', rate: { amount: '405.00', currency: 'EUR' }, effectiveFrom: '2026-11-01' },
    ]);
    expect((await bed.get('/rate-cards/RC-NOPE')).body).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect((await billRate('RC-STD-USD', 'SENIOR', '2026-13-01')).body.code).toBe(
      'VALIDATION_FAILED',
    );
  });
});
