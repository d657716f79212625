import type { EntityManager } from 'typeorm';
import { sqlRows } from '../sql/sql-rows';
import type { OpenExceptionsDto } from './dto/open-exceptions.dto';

const AGE = `now() - created_at`;

const OPEN_EXCEPTIONS = `
  SELECT reason_code AS reason, count(*)::int AS open,
         (count(*) FILTER (WHERE ${AGE} < interval '1 hour'))::int AS "underOneHour",
         (count(*) FILTER (WHERE ${AGE} >= interval '1 hour' AND ${AGE} < interval '24 hours'))::int
           AS "oneHourToOneDay",
         (count(*) FILTER (WHERE ${AGE} >= interval '24 hours' AND ${AGE} < interval '72 hours'))::int
           AS "oneToThreeDays",
         (count(*) FILTER (WHERE ${AGE} >= interval '72 hours'))::int AS "overThreeDays",
         (count(*) FILTER (WHERE sla_due_at < now()))::int AS "slaBreached",
         floor(extract(epoch FROM max(${AGE})))::int AS "oldestSeconds"
    FROM exceptions
   WHERE flow = $1 AND status NOT IN ('resolved', 'dismissed')
   GROUP BY reason_code
   ORDER BY reason_code`;

/**
 * A flow's unresolved exception cases by reason code and age (from when each was raised), with
 * how many are past their SLA: the same figure in every process app, read from its own table.
 */
export function readOpenExceptions(
  manager: EntityManager,
  flow: string,
): Promise<OpenExceptionsDto[]> {
  return sqlRows<OpenExceptionsDto>(manager, OPEN_EXCEPTIONS, [flow]);
}
