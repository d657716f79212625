import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '@p2c/flow';
import type { InvoiceSyncDelayDto } from './dto/invoice-sync-delay.dto';
import type { ReadinessLagDto } from './dto/readiness-lag.dto';

/**
 * When a billing event was released to the ERP: when it was made, or when finance approved it
 * if it waited for approval (that wait is no sync delay).
 */
const RELEASED_AT = `coalesce(decided_at, created_at)`;

const SYNC_SECONDS = `extract(epoch FROM invoiced_at - ${RELEASED_AT})`;
const READY_SECONDS = `extract(epoch FROM e.invoiced_at - i.posted_at)`;

/** The invoice sync delay over the last 24 h, overall and by legal entity. */
export interface InvoiceSyncDelays {
  p50Seconds?: number;
  p90Seconds?: number;
  byLegalEntity: InvoiceSyncDelayDto[];
}

/** How long invoices take: from posted work to its invoice, and from release to the ERP. */
@Injectable()
export class ReadInvoiceLags {
  constructor(private readonly config: ConfigService) {}

  /** Per legal entity, posting → invoice over the items of invoices confirmed in the window. */
  async readiness(manager: EntityManager): Promise<ReadinessLagDto[]> {
    const windowDays = this.config.getOrThrow<number>('BILLING_READINESS_WINDOW_DAYS');
    const rows = await sqlRows<{
      legalEntity: string;
      postings: number;
      p50: number;
      p90: number;
    }>(
      manager,
      `SELECT e.legal_entity AS "legalEntity", count(*)::int AS postings,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${READY_SECONDS})::float AS p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${READY_SECONDS})::float AS p90
         FROM billing_event_items i JOIN billing_events e ON e.id = i.billing_event_id
        WHERE e.status = 'invoiced' AND i.posted_at IS NOT NULL
          AND e.invoiced_at > now() - make_interval(days => $1::int)
        GROUP BY e.legal_entity ORDER BY e.legal_entity`,
      [windowDays],
    );
    return rows.map((row) => ({
      legalEntity: row.legalEntity,
      windowDays,
      postings: row.postings,
      p50Seconds: row.p50,
      p90Seconds: row.p90,
    }));
  }

  /** Release → ERP document confirmed, over the last 24 h: all entities, and each one. */
  async syncDelay(manager: EntityManager): Promise<InvoiceSyncDelays> {
    const rows = await sqlRows<{
      legalEntity: string | null;
      invoices: number;
      p50: number;
      p90: number;
    }>(
      manager,
      `SELECT legal_entity AS "legalEntity", count(*)::int AS invoices,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${SYNC_SECONDS})::float AS p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${SYNC_SECONDS})::float AS p90
         FROM billing_events WHERE invoiced_at > now() - interval '24 hours'
        GROUP BY GROUPING SETS ((legal_entity), ()) ORDER BY legal_entity NULLS FIRST`,
    );
    const overall = rows.find((row) => row.legalEntity === null);
    return {
      p50Seconds: overall?.p50 ?? undefined,
      p90Seconds: overall?.p90 ?? undefined,
      byLegalEntity: rows
        .filter((row) => row.legalEntity !== null)
        .map((row) => ({
          legalEntity: row.legalEntity!,
          invoices: row.invoices,
          p50Seconds: row.p50,
          p90Seconds: row.p90,
        })),
    };
  }
}
