import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { Money } from '@p2c/canonical';
import { sqlRows } from '@p2c/flow';
import type { DaysSalesOutstandingDto } from './dto/days-sales-outstanding.dto';
import type { OverdueAmountDto } from './dto/overdue-amount.dto';

/** An invoiced event's amount still due: the ERP's, or its total less what it paid until read. */
const DUE = `coalesce(amount_due_minor, coalesce(invoice_total_minor, net_minor + tax_minor) - amount_paid_minor)`;
const OPEN = `status = 'invoiced' AND document = 'invoice' AND payment_status IN ('OPEN', 'PARTIALLY_PAID')`;
const TODAY = `(now() AT TIME ZONE 'UTC')::date`;

/** Receivables by legal entity: what is overdue, and days sales outstanding. */
@Injectable()
export class ReadReceivables {
  constructor(private readonly config: ConfigService) {}

  /** Open invoices whose due date has passed (UTC) and that still have an amount due. */
  async overdue(manager: EntityManager): Promise<OverdueAmountDto[]> {
    const rows = await sqlRows<{
      legalEntity: string;
      currency: string;
      invoices: number;
      due: string;
    }>(
      manager,
      `SELECT legal_entity AS "legalEntity", currency, count(*)::int AS invoices,
              sum(${DUE})::text AS due
         FROM billing_events
        WHERE ${OPEN} AND due_date < ${TODAY} AND ${DUE} > 0
        GROUP BY legal_entity, currency ORDER BY legal_entity, currency`,
    );
    return rows.map((row) => ({
      legalEntity: row.legalEntity,
      invoices: row.invoices,
      amount: Money.fromMinor(BigInt(row.due), row.currency).toJSON(),
    }));
  }

  /** Per entity and currency: receivables now over the sales of the last BILLING_DSO_DAYS. */
  async daysSalesOutstanding(manager: EntityManager): Promise<DaysSalesOutstandingDto[]> {
    const windowDays = this.config.getOrThrow<number>('BILLING_DSO_DAYS');
    const rows = await sqlRows<{
      legalEntity: string;
      currency: string;
      receivables: string;
      sales: string;
    }>(
      manager,
      `SELECT legal_entity AS "legalEntity", currency,
              coalesce(sum(${DUE}) FILTER (WHERE ${OPEN}), 0)::text AS receivables,
              coalesce(sum(coalesce(invoice_total_minor, net_minor + tax_minor))
                FILTER (WHERE issue_date > ${TODAY} - $1::int), 0)::text AS sales
         FROM billing_events
        WHERE status = 'invoiced'
        GROUP BY legal_entity, currency ORDER BY legal_entity, currency`,
      [windowDays],
    );
    return rows.map((row) => {
      const receivables = BigInt(row.receivables);
      const sales = BigInt(row.sales);
      return {
        legalEntity: row.legalEntity,
        receivables: Money.fromMinor(receivables, row.currency).toJSON(),
        sales: Money.fromMinor(sales, row.currency).toJSON(),
        windowDays,
        days: sales > 0n ? tenths(receivables * BigInt(windowDays), sales) : undefined,
      };
    });
  }
}

/** a ÷ b to one decimal, half up (both positive or zero) */
function tenths(a: bigint, b: bigint): number {
  return Number((a * 20n + b) / (2n * b)) / 10;
}
