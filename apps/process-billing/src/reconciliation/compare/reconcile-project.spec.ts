import { Money } from '@p2c/canonical';
import type { Difference } from './difference';
import type {
  BilledEvent,
  BilledItem,
  ErpInvoice,
  ErpTimePosting,
  LedgerPosting,
  ProjectSides,
  PsaTimeEntry,
} from './project-sides';
import { reconcileProject } from './reconcile-project';

const usd = (amount: string) => ({ amount, currency: 'USD' });

/** 8 h at 245.00 = 1960.00 per entry. */
function entry(id: string, minutes = 480): PsaTimeEntry {
  return {
    sourceSystem: 'psa',
    sourceId: id,
    sourceVersion: 2,
    project: 'PRJ-1',
    billable: true,
    status: 'APPROVED',
    invoiced: false,
    changedAt: '2026-11-20T09:00:00.000Z',
    workDate: '2026-11-16',
    minutes,
    hours: String(minutes / 60),
  };
}

function posting(id: string, overrides: Partial<LedgerPosting> = {}): LedgerPosting {
  return {
    id: `psa-time-${id}`,
    kind: 'TIME',
    sourceSystem: 'psa',
    sourceId: id,
    latestVersion: 2,
    postedVersion: 2,
    status: 'posted',
    project: 'PRJ-1',
    legalEntity: 'NWA-US',
    accountingPeriod: '2026-11',
    workDate: '2026-11-16',
    minutes: 480,
    billable: true,
    billableValue: usd('1960.00'),
    cost: usd('800.00'),
    updatedAt: '2026-11-20T09:00:01.000Z',
    ...overrides,
  };
}

function bill(id: string, overrides: Partial<ErpTimePosting> = {}): ErpTimePosting {
  return {
    id: `psa-time-${id}`,
    erpId: `5${id}`,
    project: 'PRJ-1',
    workDate: '2026-11-16',
    hours: '8',
    minutes: 480,
    billable: true,
    billableAmount: usd('1960.00'),
    status: 'POSTED',
    ...overrides,
  };
}

const event: BilledEvent = {
  id: 'event-1',
  project: 'PRJ-1',
  billingModel: 'TIME_AND_MATERIALS',
  status: 'invoiced',
  netMinor: 392_000n,
  currency: 'USD',
  invoiceNumber: 'INV90001',
};

const item = (id: string, amountMinor = 196_000n): BilledItem => ({
  billingEvent: event.id,
  kind: 'TIME',
  postingId: `psa-time-${id}`,
  postedVersion: 2,
  minutes: 480,
  amountMinor,
  currency: 'USD',
});

/** Half of the 3920.00 + 20 % tax is paid. */
const invoice: ErpInvoice = {
  id: event.id,
  erpId: '90001',
  number: 'INV90001',
  issueDate: '2026-11-30',
  net: usd('3920.00'),
  tax: usd('784.00'),
  total: usd('4704.00'),
  amountPaid: usd('2352.00'),
  amountDue: usd('2352.00'),
  status: 'PARTIALLY_PAID',
};

/** Two entries that every side holds alike, billed and invoiced. */
function agreeing(): ProjectSides {
  return {
    project: 'PRJ-1',
    period: '2026-11',
    currency: 'USD',
    billingModel: 'TIME_AND_MATERIALS',
    psaTime: [entry('1'), entry('2')],
    psaExpenses: [],
    milestones: [],
    ledger: [posting('1'), posting('2')],
    erpTime: [bill('1'), bill('2')],
    erpExpenses: new Map(),
    billedItems: [item('1'), item('2')],
    billedEvents: [event],
    invoices: new Map([[event.id, invoice]]),
  };
}

const time = (sides: ProjectSides) => reconcileProject(sides).find((l) => l.type === 'time')!;
const plain = (differences: Difference[]) =>
  differences.map(({ amount, ...rest }) => ({ ...rest, amount: amount?.toJSON() }));

describe('reconciling one project’s period', () => {
  it('finds every side agreeing, with each side’s figures and the paid share of the invoice', () => {
    const line = time(agreeing());
    expect(line.differences).toEqual([]);
    const figures = Object.fromEntries(
      [...line.figures.sides].map(([side, f]) => [side, [f.count, f.minutes, f.amount?.toJSON()]]),
    );
    expect(figures).toEqual({
      psa: [2, 960, undefined],
      ledger: [2, 960, usd('3920.00')],
      erp: [2, 960, usd('3920.00')],
      billed: [2, 960, usd('3920.00')],
      invoiced: [2, 960, usd('3920.00')],
      paid: [0, undefined, usd('1960.00')],
    });
    expect(reconcileProject(agreeing()).map((l) => l.type)).toEqual(['time']);
  });

  it('names a posting whose timeBill is gone from the ERP, with its hours and amount', () => {
    const sides = { ...agreeing(), erpTime: [bill('1')] };
    expect(plain(time(sides).differences)).toEqual([
      {
        comparison: 'ledger-erp',
        issue: 'missing',
        entry: 'psa-time-2',
        source: '2',
        minutes: 480,
        amount: usd('1960.00'),
        detail: 'posted in the ledger, and the ERP has no timeBill of it',
      },
    ]);
    expect(time(sides).figures.sides.get('erp')).toMatchObject({ count: 1, minutes: 480 });
  });

  it('takes a reversed timeBill for missing and one keyed into the ERP by hand for extra', () => {
    const sides = {
      ...agreeing(),
      erpTime: [
        bill('1'),
        bill('2', { status: 'REVERSED' }),
        bill('x', { id: undefined, erpId: '777', minutes: 60 }),
      ],
    };
    expect(time(sides).differences.map((d) => [d.comparison, d.issue, d.entry, d.minutes])).toEqual(
      [
        ['ledger-erp', 'missing', 'psa-time-2', 480],
        ['ledger-erp', 'extra', 'erp:777', 60],
      ],
    );
  });

  it('sees a correction the ERP did not take as a difference of hours and amount', () => {
    const sides = {
      ...agreeing(),
      erpTime: [bill('1'), bill('2', { minutes: 360, billableAmount: usd('1470.00') })],
    };
    expect(plain(time(sides).differences)).toMatchObject([
      {
        comparison: 'ledger-erp',
        issue: 'different',
        entry: 'psa-time-2',
        minutes: -120,
        amount: usd('-490.00'),
      },
    ]);
  });

  it('misses approved time the ledger never took in, and counts a blocked posting as unposted, not different', () => {
    const sides = {
      ...agreeing(),
      psaTime: [entry('1'), entry('2'), entry('3', 120), entry('4')],
      ledger: [
        posting('1'),
        posting('2'),
        posting('4', { status: 'blocked', postedVersion: undefined }),
      ],
    };
    const line = time(sides);
    expect(plain(line.differences)).toEqual([
      {
        comparison: 'psa-ledger',
        issue: 'missing',
        entry: 'psa-time-3',
        source: '3',
        minutes: 120,
        amount: undefined,
        detail: 'approved in the PSA, and the ledger has no posting of it',
      },
    ]);
    expect(line.figures.sides.get('unposted')).toMatchObject({ count: 1, minutes: 480 });
  });

  it('finds posted time the PSA no longer approves extra in the ledger, and hours the PSA changed', () => {
    const sides = { ...agreeing(), psaTime: [entry('1', 420)] };
    expect(time(sides).differences.map((d) => [d.comparison, d.issue, d.entry, d.minutes])).toEqual(
      [
        ['psa-ledger', 'different', 'psa-time-1', 60],
        ['psa-ledger', 'extra', 'psa-time-2', 480],
      ],
    );
  });

  it('finds billed work the ledger reversed extra in billing, and never unbilled work', () => {
    const sides = {
      ...agreeing(),
      ledger: [posting('1'), posting('2', { status: 'reversed' }), posting('5')],
      psaTime: [entry('1'), entry('5')],
      erpTime: [bill('1'), bill('5')],
    };
    expect(plain(time(sides).differences)).toEqual([
      {
        comparison: 'ledger-billed',
        issue: 'extra',
        entry: 'psa-time-2',
        source: '2',
        minutes: 480,
        amount: usd('1960.00'),
        detail: 'billed, and reversed in the ledger',
      },
    ]);
  });

  it('takes an invoice the ERP lacks, or one whose net is not the event’s, as not invoiced', () => {
    const gone = time({ ...agreeing(), invoices: new Map([[event.id, null]]) });
    expect(plain(gone.differences)).toEqual([
      {
        comparison: 'billed-invoiced',
        issue: 'missing',
        entry: 'event-1',
        minutes: 960,
        amount: usd('3920.00'),
        detail: 'the ERP has no invoice INV90001',
      },
    ]);
    expect(gone.figures.sides.has('invoiced')).toBe(false);
    const changed = time({
      ...agreeing(),
      invoices: new Map([[event.id, { ...invoice, net: usd('3900.00') }]]),
    });
    expect(changed.differences.map((d) => d.detail)).toEqual([
      "the ERP's invoice INV90001 nets 3900.00 USD, the billing event 3920.00 USD",
    ]);
  });

  it('compares expenses at what was spent, and billing at the billable value with the markup', () => {
    const expense = {
      ...posting('9', { kind: 'EXPENSE', id: 'psa-expense-9', minutes: undefined }),
      cost: usd('132.11'),
      billableValue: usd('145.32'),
    };
    const sides: ProjectSides = {
      ...agreeing(),
      psaTime: [],
      ledger: [expense],
      erpTime: [],
      psaExpenses: [
        {
          sourceSystem: 'psa',
          sourceId: '9',
          sourceVersion: 2,
          project: 'PRJ-1',
          billable: true,
          status: 'APPROVED',
          invoiced: false,
          changedAt: '2026-11-20T09:00:00.000Z',
          date: '2026-11-18',
          amount: usd('132.11'),
          category: 'Travel',
        },
      ],
      erpExpenses: new Map([['psa-expense-9', null]]),
      billedItems: [
        { ...item('9', 14_532n), kind: 'EXPENSE', postingId: 'psa-expense-9', minutes: null },
      ],
      billedEvents: [{ ...event, netMinor: 14_532n }],
      invoices: new Map([[event.id, { ...invoice, net: usd('145.32') }]]),
    };
    const line = reconcileProject(sides).find((l) => l.type === 'expense')!;
    expect(plain(line.differences)).toEqual([
      {
        comparison: 'ledger-erp',
        issue: 'missing',
        entry: 'psa-expense-9',
        source: '9',
        amount: usd('132.11'),
        detail: 'posted in the ledger, and the ERP has no expense report of it',
      },
    ]);
    expect(line.figures.sides.get('billed')?.amount?.toJSON()).toEqual(usd('145.32'));
    expect(line.figures.sides.get('psa')?.amount?.equals(Money.of('132.11', 'USD'))).toBe(true);
  });

  it('counts a milestone project’s completed milestones due in the period from the PSA', () => {
    const milestone = (id: string, completed: boolean) => ({
      id,
      name: id,
      amount: usd('70000.00'),
      dueDate: '2026-11-06',
      project: 'PRJ-1',
      completed,
    });
    const sides: ProjectSides = {
      ...agreeing(),
      billingModel: 'MILESTONE',
      psaTime: [],
      ledger: [],
      erpTime: [],
      billedItems: [],
      billedEvents: [],
      milestones: [milestone('MS-1', true), milestone('MS-2', false)],
    };
    const [line] = reconcileProject(sides);
    expect([line.type, line.figures.sides.get('psa')?.count, line.differences]).toEqual([
      'milestone',
      1,
      [],
    ]);
  });
});
