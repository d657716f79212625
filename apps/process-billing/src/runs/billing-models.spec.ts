import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { waitFor } from '@p2c/testing';
import { IndependentPrices } from '@p2c/apps/process-time/src/testing/independent-prices';
import { BillingTestBed } from '../testing/billing-test-bed';

const prices = new IndependentPrices();
const FABRIKAM_MILESTONES = '006NW000102';
const TAILSPIN_FIXED_FEE = '006NW000103';
const WINGTIP_RETAINER = '006NW000104';

/** An ERP invoice as the sandbox holds it. */
interface ErpInvoice {
  externalId: string;
  tranDate: string;
  subtotal: number;
  taxTotal: number;
  currency: { refName?: string; id: string };
  item: { items: { description: string; quantity: number; amount: number }[] };
}

const milestonesOf = (opportunity: string) =>
  defaultScenario().opportunities.find((deal) => deal.crmId === opportunity)!.milestones!;

describe('fixed-fee, retainer and milestone billing for Northwind', () => {
  let bed: BillingTestBed;

  beforeAll(async () => {
    bed = await BillingTestBed.start();
    await bed.time.registerWebhooks(1);
    await bed.activate(
      [FABRIKAM_MILESTONES, TAILSPIN_FIXED_FEE, WINGTIP_RETAINER].map((deal) => projectOf(deal)),
    );
  }, 240_000);

  afterAll(() => bed?.close());

  async function invoiceOf(billingEvent: string): Promise<ErpInvoice> {
    const invoices = (await bed.erpInvoices()) as unknown as ErpInvoice[];
    return invoices.find((invoice) => invoice.externalId === billingEvent)!;
  }

  it('keeps each activated project’s schedule as the PSA holds its milestones', async () => {
    const expected = [FABRIKAM_MILESTONES, TAILSPIN_FIXED_FEE, WINGTIP_RETAINER].flatMap((deal) => {
      const model = defaultScenario().opportunities.find((o) => o.crmId === deal)!.billingModel;
      return milestonesOf(deal).map((milestone) => ({
        project: projectOf(deal),
        milestone: milestone.id,
        model,
        amount: String(Math.round(Number(milestone.amount) * 100)),
      }));
    });
    // a project's activation is taken in once its schedule is read: wait for every line
    const lines = await waitFor(
      async () => {
        const found: { project: string; milestone: string; model: string; amount: string }[] =
          await bed.dataSource.query(
            `SELECT project, milestone, billing_model AS model, amount_minor::text AS amount
               FROM billing_schedule_lines ORDER BY project, due_date`,
          );
        return found.length === expected.length && found;
      },
      { timeoutMs: 20_000, what: 'every schedule line' },
    );
    expect(lines).toEqual(expected);
  });

  it('bills October’s fee and retainer in October and November’s in November, with 20 % UK tax in GBP', async () => {
    const october = await bed.run('NWA-UK', '2026-10');
    const november = await bed.run('NWA-UK', '2026-11');
    for (const [run, month] of [
      [october, 'October'],
      [november, 'November'],
    ] as const) {
      expect(run.status).toBe('completed');
      expect(run.projects.map((p) => [p.project, p.billingModel, p.status, p.net, p.tax])).toEqual(
        [
          [projectOf(TAILSPIN_FIXED_FEE), 'FIXED_FEE', 'invoiced', '70000.00', '14000.00'],
          [projectOf(WINGTIP_RETAINER), 'RETAINER', 'invoiced', '20000.00', '4000.00'],
        ].map(([project, model, status, net, tax]) => [
          project,
          model,
          status,
          { amount: net, currency: 'GBP' },
          { amount: tax, currency: 'GBP' },
        ]),
      );
      const [fee, retainer] = await Promise.all(run.projects.map((p) => invoiceOf(p.billingEvent)));
      expect(fee.item.items.map((line) => [line.description, line.quantity, line.amount])).toEqual([
        [`${month} fee`, 1, 70000],
      ]);
      expect(retainer.item.items.map((line) => line.description)).toEqual([`Retainer ${month}`]);
      expect([fee.subtotal, fee.taxTotal, fee.currency.refName ?? fee.currency.id]).toEqual([
        70000,
        14000,
        'GBP',
      ]);
    }
    // December's lines are not due yet, and nothing is billed twice
    const again = await bed.run('NWA-UK', '2026-11');
    expect(again.projects).toEqual([]);
  });

  it('invoices a milestone only once the PSA reports it completed', async () => {
    const before = await bed.run('NWA-US', '2026-11');
    expect(before.projects.map((p) => p.project)).not.toContain(projectOf(FABRIKAM_MILESTONES));

    const [discovery] = milestonesOf(FABRIKAM_MILESTONES);
    await bed.time.admin(`/psa/milestones/${discovery.id}/complete`, { method: 'POST' });
    await waitFor(
      async () => {
        const [line] = await bed.dataSource.query(
          `SELECT completed_on FROM billing_schedule_lines WHERE milestone = $1`,
          [discovery.id],
        );
        return line?.completed_on !== null;
      },
      { timeoutMs: 30_000, what: 'the milestone completion in billing' },
    );
    const after = await bed.run('NWA-US', '2026-11');
    const event = after.projects.find((p) => p.project === projectOf(FABRIKAM_MILESTONES))!;
    expect([event.billingModel, event.status, event.net]).toEqual([
      'MILESTONE',
      'invoiced',
      { amount: '70000.00', currency: 'USD' },
    ]);
    const invoice = await invoiceOf(event.billingEvent);
    expect(invoice.item.items.map((line) => [line.description, line.amount])).toEqual([
      [discovery.name, 70000],
    ]);
    // the other milestones are not complete: a rerun bills nothing of them
    const rerun = await bed.run('NWA-US', '2026-11');
    expect(rerun.projects.map((p) => p.project)).not.toContain(projectOf(FABRIKAM_MILESTONES));
  });

  describe('a contract’s not-to-exceed amount', () => {
    const COLUMBIA = '006NW000107';
    const rate = () => prices.billRateCents(prices.rateCardOf(COLUMBIA), 'SENIOR', '2026-11-17')!;
    let contract: string;
    let entries: string[];

    beforeAll(async () => {
      entries = await bed.time.logTime(
        ['2026-11-16', '2026-11-17', '2026-11-18'].map((date) => ({
          opportunity: COLUMBIA,
          worker: 'E1006',
          date,
          hours: 4,
        })),
      );
      await bed.time.approve(entries);
      expect(new Set((await bed.time.settled(entries)).values())).toEqual(new Set(['posted']));
      // a cap that leaves room for two of the three entries
      const keyed = await bed.time.admin<{ Id: string }>('/state/crm/Contract', {
        body: {
          AccountId: '001NW000007',
          Opportunity__c: COLUMBIA,
          Status: 'Activated',
          StartDate: '2026-11-01',
          ContractTerm: 12,
          CurrencyIsoCode: 'USD',
          Not_To_Exceed__c: Number(rate() * 8n + rate() * 2n) / 100,
        },
      });
      contract = keyed.Id;
    }, 120_000);

    const capCases = () =>
      bed.dataSource.query(
        `SELECT status, reason_code AS reason, context->'postings' AS postings
           FROM exceptions WHERE step = 'cap' AND subject_id = $1`,
        [projectOf(COLUMBIA)],
      );

    it('bills up to the cap and keeps the rest waiting as an OVER_CAP case for finance', async () => {
      const run = await bed.run('NWA-US', '2026-11');
      const event = run.projects.find((p) => p.project === projectOf(COLUMBIA))!;
      expect([event.status, event.items, event.net]).toEqual([
        'invoiced',
        2,
        { amount: (Number(rate() * 8n) / 100).toFixed(2), currency: 'USD' },
      ]);
      expect(await capCases()).toEqual([
        { status: 'open', reason: 'OVER_CAP', postings: [`psa-time-${entries[2]}`] },
      ]);
    });

    it('bills what waited once the cap is raised in the CRM, and resolves the case', async () => {
      await bed.time.admin(`/state/crm/Contract/${contract}`, {
        method: 'PATCH',
        body: { Not_To_Exceed__c: 180000 },
      });
      const run = await bed.run('NWA-US', '2026-11');
      const event = run.projects.find((p) => p.project === projectOf(COLUMBIA))!;
      expect([event.status, event.items, event.net]).toEqual([
        'invoiced',
        1,
        { amount: (Number(rate() * 4n) / 100).toFixed(2), currency: 'USD' },
      ]);
      expect((await capCases()).map((row: { status: string }) => row.status)).toEqual(['resolved']);
    });
  });
});
