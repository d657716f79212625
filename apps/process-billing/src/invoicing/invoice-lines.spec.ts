import { Money } from '@p2c/canonical';
import { BillableItem, invoiceLines, negated } from './invoice-lines';

const time = (role: string, minutes: number, rateMinor: number): BillableItem => ({
  kind: 'TIME',
  role,
  minutes,
  rateMinor,
  amountMinor: Number((BigInt(rateMinor) * BigInt(minutes) + 30n) / 60n),
});

/** What the ERP makes of the lines: quantity × rate half up to the cent, summed. */
function erpNet(lines: ReturnType<typeof invoiceLines>): bigint {
  return lines.reduce(
    (sum, line) => sum + Money.fromJson(line.rate).times(line.quantity).minor,
    0n,
  );
}

describe('invoice lines of a billing event', () => {
  it('bills each fee, retainer or milestone line as itself, and a correction at the negative rate', () => {
    const lines = invoiceLines(
      [
        {
          kind: 'MILESTONE',
          role: null,
          minutes: null,
          rateMinor: null,
          amountMinor: 7_000_000,
          description: 'Discovery sign-off',
        },
        { ...time('SENIOR', -120, 24500), amountMinor: -49_000 },
      ],
      'USD',
      '2026-11',
    );
    expect(lines).toEqual([
      {
        description: 'Discovery sign-off',
        quantity: '1',
        rate: { amount: '70000.00', currency: 'USD' },
      },
      {
        description: 'SENIOR time, 2026-11, correction',
        quantity: '2',
        rate: { amount: '-245.00', currency: 'USD' },
      },
    ]);
    expect(erpNet(lines)).toBe(7_000_000n - 49_000n);
    expect(
      invoiceLines(
        negated([{ ...time('SENIOR', -120, 24500), amountMinor: -49_000 }]),
        'USD',
        '2026-11',
      ),
    ).toEqual([
      {
        description: 'SENIOR time, 2026-11',
        quantity: '2',
        rate: { amount: '245.00', currency: 'USD' },
      },
    ]);
  });

  it('bills each role’s hours at its rate in one line', () => {
    const lines = invoiceLines(
      [time('SENIOR', 480, 24500), time('SENIOR', 450, 24500), time('ANALYST', 480, 12000)],
      'USD',
      '2026-11',
    );
    expect(lines).toEqual([
      {
        description: 'ANALYST time, 2026-11',
        quantity: '8',
        rate: { amount: '120.00', currency: 'USD' },
      },
      {
        description: 'SENIOR time, 2026-11',
        quantity: '15.5',
        rate: { amount: '245.00', currency: 'USD' },
      },
    ]);
  });

  it('keeps a role’s hours at two rates apart when its rate changed', () => {
    const lines = invoiceLines(
      [time('SENIOR', 450, 23500), time('SENIOR', 450, 24500)],
      'USD',
      '2026-11',
    );
    expect(lines.map((line) => [line.quantity, line.rate.amount])).toEqual([
      ['7.5', '235.00'],
      ['7.5', '245.00'],
    ]);
  });

  it('bills the items’ own sum when hours × rate would round otherwise', () => {
    // three entries of 20 minutes at 100.00 are 33.33 each: 99.99, not 1 h × 100.00
    const items = [time('SENIOR', 20, 10000), time('SENIOR', 20, 10000), time('SENIOR', 20, 10000)];
    const lines = invoiceLines(items, 'USD', '2026-11');
    expect(lines).toEqual([
      {
        description: 'SENIOR time, 2026-11: 1 h at 100.00 USD',
        quantity: '1',
        rate: { amount: '99.99', currency: 'USD' },
      },
    ]);
  });

  it('adds up to the sum of the items, to the cent, expenses included by category', () => {
    const expense = (category: string, amountMinor: number): BillableItem => ({
      kind: 'EXPENSE',
      role: null,
      minutes: null,
      rateMinor: null,
      amountMinor,
      description: category,
    });
    const items: BillableItem[] = [
      time('SENIOR', 7, 24500),
      time('SENIOR', 481, 24500),
      time('ANALYST', 13, 12050),
      expense('Travel', 13_211),
      expense('Meals', 2_500),
      expense('Travel', 5_000),
    ];
    const lines = invoiceLines(items, 'GBP', '2026-11');
    expect(lines.slice(-2)).toEqual([
      {
        description: 'Meals expenses, 2026-11',
        quantity: '1',
        rate: { amount: '25.00', currency: 'GBP' },
      },
      {
        description: 'Travel expenses, 2026-11',
        quantity: '1',
        rate: { amount: '182.11', currency: 'GBP' },
      },
    ]);
    expect(erpNet(lines)).toBe(items.reduce((sum, item) => sum + BigInt(item.amountMinor), 0n));
  });
});
