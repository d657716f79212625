import { EntityManager } from 'typeorm';
import { sqlRows } from '@p2c/flow';
import { BillingScheduleLine } from '@p2c/persistence';
import type { BilledPosting } from './billable-items';

/**
 * What billing event items already bill of each of these postings, over all their versions.
 * Items of a refused or rejected event are gone (released), so every item left counts.
 */
export async function billedPostings(
  manager: EntityManager,
  postingIds: readonly string[],
): Promise<Map<string, BilledPosting>> {
  const rows = await sqlRows<{
    postingId: string;
    minutes: string;
    amount: string;
    version: number;
  }>(
    manager,
    `SELECT posting_id AS "postingId", COALESCE(SUM(minutes), 0) AS minutes,
            SUM(amount_minor) AS amount, MAX(posted_version) AS version
       FROM billing_event_items WHERE posting_id = ANY($1) GROUP BY posting_id`,
    [postingIds],
  );
  return new Map(
    rows.map((row) => [
      row.postingId,
      { minutes: Number(row.minutes), amountMinor: Number(row.amount), version: row.version },
    ]),
  );
}

/**
 * The entity's schedule lines billable by the end of the period and held by no item: fee and
 * retainer lines once due, milestones once completed.
 */
export function dueScheduleLines(
  manager: EntityManager,
  legalEntity: string,
  periodEnd: string,
): Promise<BillingScheduleLine[]> {
  return manager
    .getRepository(BillingScheduleLine)
    .createQueryBuilder('line')
    .where('line.legalEntity = :legalEntity', { legalEntity })
    .andWhere(
      `CASE WHEN line.billingModel = 'MILESTONE' THEN line.completedOn <= :periodEnd
            ELSE line.dueDate <= :periodEnd END`,
      { periodEnd },
    )
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM billing_event_items item WHERE item.schedule_line_id = line.id)',
    )
    .orderBy('line.project')
    .addOrderBy('line.dueDate')
    .getMany();
}
