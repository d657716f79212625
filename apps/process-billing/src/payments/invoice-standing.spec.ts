import type { SystemErpApi } from '@p2c/clients';
import { BillingEvent } from '@p2c/persistence';
import {
  erpStanding,
  paymentsByErpId,
  recordedStanding,
  standingChanged,
} from './invoice-standing';

const usd = (amount: string) => ({ amount, currency: 'USD' });

/** An invoice of 1,200.00 as the gateway recorded it when it was raised. */
const raised = Object.assign(new BillingEvent(), {
  netMinor: 100_000,
  taxMinor: 20_000,
  invoiceTotalMinor: 120_000,
  paymentStatus: 'OPEN',
  amountPaidMinor: 0,
  amountDueMinor: null,
  dueDate: '2026-12-30',
  paidOn: null,
});

function erpInvoice(
  status: SystemErpApi.SchemaErpInvoiceDto['status'],
  paid: string,
  due: string,
  dueDate = '2026-12-30',
): SystemErpApi.SchemaErpInvoiceDto {
  return {
    id: 'e1',
    erpId: '90001',
    number: 'INV90001',
    issueDate: '2026-11-30',
    dueDate,
    net: usd('1000.00'),
    tax: usd('200.00'),
    total: usd('1200.00'),
    amountPaid: usd(paid),
    amountDue: usd(due),
    status,
  };
}

const payment = (erpId: string, date: string, amount: string) => ({
  erpId,
  number: `PYMT${erpId}`,
  date,
  amount: usd(amount),
});

describe('where an invoice stands', () => {
  it('sees no change in an invoice never read again that the ERP still holds as open and due in full', () => {
    const recorded = recordedStanding(raised);
    expect(
      standingChanged(
        recorded,
        erpStanding(erpInvoice('OPEN', '0.00', '1200.00'), undefined, recorded),
      ),
    ).toBe(false);
  });

  it('sees a payment, a new amount due or a moved due date as a change', () => {
    const recorded = recordedStanding(raised);
    for (const invoice of [
      erpInvoice('PARTIALLY_PAID', '200.00', '1000.00'),
      erpInvoice('OPEN', '0.00', '1100.00'),
      erpInvoice('OPEN', '0.00', '1200.00', '2027-01-15'),
    ])
      expect(standingChanged(recorded, erpStanding(invoice, [], recorded))).toBe(true);
  });

  it('dates a paid invoice by its last payment, and an unpaid one not at all', () => {
    const recorded = recordedStanding(raised);
    const payments = [payment('2', '2026-12-04', '700.00'), payment('1', '2026-12-01', '500.00')];
    expect(erpStanding(erpInvoice('PAID', '1200.00', '0.00'), payments, recorded)).toEqual({
      paymentStatus: 'PAID',
      amountPaidMinor: 120_000,
      amountDueMinor: 0,
      dueDate: '2026-12-30',
      paidOn: '2026-12-04',
    });
    expect(
      erpStanding(erpInvoice('PARTIALLY_PAID', '500.00', '700.00'), payments.slice(1), recorded)
        .paidOn,
    ).toBeNull();
  });

  it('keeps the recorded paid date when the payments were not read again', () => {
    const paid = recordedStanding({
      ...raised,
      paymentStatus: 'PAID',
      paidOn: '2026-12-04',
    } as BillingEvent);
    expect(erpStanding(erpInvoice('PAID', '1200.00', '0.00'), undefined, paid).paidOn).toBe(
      '2026-12-04',
    );
  });

  it('counts a payment applied in several lines as one, its amounts summed', () => {
    expect(
      paymentsByErpId([
        payment('7', '2026-12-01', '100.00'),
        payment('7', '2026-12-01', '0.50'),
        payment('8', '2026-12-02', '3.00'),
      ]),
    ).toEqual([
      { erpId: '7', number: 'PYMT7', date: '2026-12-01', amountMinor: 10_050 },
      { erpId: '8', number: 'PYMT8', date: '2026-12-02', amountMinor: 300 },
    ]);
  });
});
