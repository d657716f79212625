import { randomUUID } from 'node:crypto';
import { Role } from '@p2c/security';
import { TestIdentityProvider } from '@p2c/testbed';
import { waitFor } from '@p2c/testing';
import { ExperienceTestBed } from '@p2c/apps/experience-api/src/testing/experience-test-bed';

/** Gallia's public-sector deal: its rate card (RC-PUBSEC-USD) has no rate for an analyst. */
const PUBLIC_SECTOR = '006NW000107';
const ANALYST = 'E1008';

/**
 * A finance analyst clears a real exception end to end, on the whole gateway with RS256 user
 * tokens from an identity provider: time of a role the rate card misses is refused, the rate is
 * added in the PSA, the case retried from the workbench, the entry posts, the unposted total falls
 * back, and lineage follows it to the invoice and its payment.
 */
describe('the workbench fixes a missing rate end to end', () => {
  let bed: ExperienceTestBed;
  let idp: TestIdentityProvider;
  let entry: string;

  beforeAll(async () => {
    idp = await TestIdentityProvider.start();
    bed = await ExperienceTestBed.start({
      identityProvider: idp,
      env: { DASHBOARD_CACHE_MS: '0' },
    });
  }, 180_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(async () => {
    await bed?.close();
    await idp?.close();
  }, 120_000);

  const finance = () => bed.client(bed.token(Role.Finance, { subject: 'fiona.finance' }));
  const unposted = async () => {
    const { data } = await finance().GET('/dashboards/finance');
    const { entries, hours, unpriced, amounts } = data!.unposted;
    return { entries, hours, unpriced, amounts };
  };
  const caseOf = async (timeEntry: string) => {
    const { data } = await finance().GET('/exceptions', {
      params: { query: { reason: 'RATE_MISSING', flow: 'time-posting' } },
    });
    return data!.items.find((item) => item.subjectId === timeEntry);
  };

  it('clears the case, posts the entry, lowers the unposted total and shows the chain', async () => {
    const before = await unposted();

    const { ids } = await bed.admin<{ ids: string[] }>('/psa/time-entries', {
      body: {
        entries: [
          {
            opportunity: PUBLIC_SECTOR,
            worker: ANALYST,
            date: '2026-11-18',
            hours: 6,
            billable: true,
          },
        ],
      },
    });
    [entry] = ids;
    await bed.admin('/psa/time-entries/approve', { body: { ids } });
    const refused = await waitFor(() => caseOf(entry), {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: 'the RATE_MISSING case of the entry',
    });
    expect(refused).toMatchObject({
      app: 'process-time',
      status: 'open',
      ownerGroup: 'finance-ops',
    });
    const waiting = await unposted();
    expect(waiting.entries).toBe(before.entries + 1);
    expect(Number(waiting.hours) - Number(before.hours)).toBeCloseTo(6, 2);

    // the fix: someone adds the analyst's rate to the rate card in the PSA's own screens
    const [card] = (
      await bed.admin<{ items: { id: string }[] }>('/state/psa/rate_cards?title=RC-PUBSEC-USD')
    ).items;
    const [role] = (await bed.admin<{ items: { id: string }[] }>('/state/psa/roles?code=ANALYST'))
      .items;
    await bed.admin('/state/psa/rate_card_roles', {
      body: {
        rate_card_id: card.id,
        role_id: role.id,
        rate_in_cents: 11000,
        effective_from: '2026-01-01',
      },
    });

    const retried = await finance().POST('/exceptions/{id}/retry', {
      params: { path: { id: refused.id }, header: { 'Idempotency-Key': randomUUID() } },
    });
    expect(retried.response.status).toBe(202);

    const posted = await waitFor(
      async () => {
        const { data } = await finance().GET('/lineage', {
          params: { query: { source: `psa:time-entry:${entry}` } },
        });
        return data?.links.find((link) => link.stage === 'posting' && link.status === 'succeeded');
      },
      { timeoutMs: 30_000, intervalMs: 250, what: 'the entry to be posted' },
    );
    expect(posted.amount).toEqual({ amount: '660.00', currency: 'USD' });
    expect(await unposted()).toEqual(before);

    const { data: cleared } = await finance().GET('/exceptions/{id}', {
      params: { path: { id: refused.id } },
    });
    expect(cleared!.status).toBe('resolved');
    expect(cleared!.audit).toEqual(
      expect.arrayContaining([expect.objectContaining({ actor: 'fiona.finance' })]),
    );

    // billed and paid: the chain runs on to the invoice and its payment
    const run = await finance().POST('/billing-runs', {
      params: { header: { 'Idempotency-Key': randomUUID() } },
      body: { legalEntity: 'NWA-US', period: '2026-11' },
    });
    expect(run.response.status).toBe(202);
    const invoice = await waitFor(
      async () => {
        const { data } = await finance().GET('/lineage', {
          params: { query: { source: `psa:time-entry:${entry}` } },
        });
        // the link shows from the moment the invoice is claimed; the ERP's id once it holds it
        return data?.links.find((link) => link.stage === 'invoice' && link.externalId);
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'the entry to be invoiced in the ERP' },
    );
    await bed.admin(`/erp/invoices/${invoice.externalId}/payments`, {
      body: { amount: invoice.amount!.amount },
    });
    await bed.process('process-billing', 'post', '/payments/sync').send({}).expect(200);
    const { data: chain } = await finance().GET('/lineage', {
      params: { query: { source: `psa:time-entry:${entry}` } },
    });
    expect(chain!.links.map((link) => [link.stage, link.system])).toEqual([
      ['entry', 'psa'],
      ['posting', 'erp'],
      ['billing-event', 'gateway'],
      ['invoice', 'erp'],
      ['payment', 'erp'],
    ]);
  }, 180_000);
});
