import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { MONTH_RANGE_AT_MOST, Money, periodOf, periodsBetween } from '@p2c/canonical';
import { ApiProblemError } from '@p2c/clients';
import { sqlRows } from '@p2c/flow';
import { LegalEntities } from '../common/legal-entities';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import { UnbilledSource, UnbilledWork } from '../planning/unbilled-work';
import type { RevenueQueryDto } from './dto/revenue.query.dto';
import type { RevenueDto } from './dto/revenue.dto';

interface Month {
  invoiced: bigint;
  unbilled: bigint;
}

/**
 * A legal entity's revenue by month, in the currency it books in (the ERP's legal entity):
 * invoiced, the net of its invoiced billing events by run period (credit memos negative, as the
 * ERP answered them); unbilled, what a run planned on `asOf` would bill (UnbilledWork), by the
 * day each source counts on. Amounts in another currency are left out: nothing converts them.
 */
@Injectable()
export class ReadRevenueUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly legalEntities: LegalEntities,
    private readonly unbilled: UnbilledWork,
    private readonly config: ConfigService,
  ) {}

  async execute(query: RevenueQueryDto): Promise<RevenueDto> {
    const { legalEntity, from, to } = query;
    const months = this.monthsOf(query);
    const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
    const { currency } = await this.legalEntities.active(legalEntity);
    const [invoiced, unbilled] = await Promise.all([
      sqlRows<{ period: string; net: string }>(
        this.dataSource.manager,
        `SELECT period, sum(coalesce(invoice_net_minor, net_minor))::text AS net
           FROM billing_events
          WHERE legal_entity = $1 AND currency = $2 AND status = 'invoiced'
            AND period BETWEEN $3 AND $4
          GROUP BY period`,
        [legalEntity, currency, from, to],
      ),
      this.unbilledOf(legalEntity, asOf),
    ]);
    const sums = new Map<string, Month>(
      months.map((month) => [month, { invoiced: 0n, unbilled: 0n }]),
    );
    for (const row of invoiced) sums.get(row.period)!.invoiced += BigInt(row.net);
    for (const { item, dated } of unbilled) {
      const month = sums.get(periodOf(dated));
      if (month && item.currency === currency) month.unbilled += BigInt(item.amountMinor);
    }
    return {
      legalEntity,
      currency,
      asOf,
      months: [...sums].map(([month, sum]) => ({
        month,
        invoiced: Money.fromMinor(sum.invoiced, currency).toJSON(),
        unbilled: Money.fromMinor(sum.unbilled, currency).toJSON(),
      })),
    };
  }

  /** The months asked for; 400 for an entity billing does not bill, or a range it will not answer. */
  private monthsOf({ legalEntity, from, to }: RevenueQueryDto): string[] {
    const billed = this.config.getOrThrow<string[]>('BILLING_LEGAL_ENTITIES');
    if (!billed.includes(legalEntity))
      throw new ProcessBillingException(
        ProcessBillingErrorCode.VALIDATION_FAILED,
        `Billing does not bill ${legalEntity}: the legal entities it bills are ${billed.join(', ')} (BILLING_LEGAL_ENTITIES).`,
        { field: 'legalEntity' },
      );
    if (from > to)
      throw new ProcessBillingException(
        ProcessBillingErrorCode.VALIDATION_FAILED,
        `from (${from}) is after to (${to}).`,
        { field: 'from' },
      );
    const months = periodsBetween(from, to);
    if (months.length > MONTH_RANGE_AT_MOST)
      throw new ProcessBillingException(
        ProcessBillingErrorCode.VALIDATION_FAILED,
        `${from} to ${to} is ${months.length} months; ask for at most ${MONTH_RANGE_AT_MOST} at once.`,
        { field: 'to' },
      );
    return months;
  }

  /** 503 VENDOR_UNAVAILABLE when process-time's postings or the ERP's terms cannot be read. */
  private async unbilledOf(legalEntity: string, asOf: string): Promise<UnbilledSource[]> {
    try {
      return await this.unbilled.of(legalEntity, asOf);
    } catch (error) {
      if (error instanceof ApiProblemError)
        throw new ProcessBillingException(
          ProcessBillingErrorCode.VENDOR_UNAVAILABLE,
          `The unbilled work of ${legalEntity} could not be read (${error.app} answered ${error.status}); try again shortly.`,
        );
      throw error;
    }
  }
}
