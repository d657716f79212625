import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { REASON_CATALOGUE, ReasonCode } from '@p2c/canonical';
import { ExceptionCases, sqlRows } from '@p2c/flow';
import type { Reconciliation } from '@p2c/persistence';
import type { Difference } from './compare/difference';
import type { ReconciledLine } from './compare/reconciled-line';
import { SIDE_OF, comparisonName, describeDifference } from './difference-wording';
import { hoursOf } from './hours';
import { RECONCILE_STEP, mismatchSubject } from './reconciliation-flow';
import { BILLING_FLOW } from '../runs/billing-flow';

/** Entries a case's message names; the rest are on the reconciliation (and, up to 100, on the case). */
const NAMED = 5;
const KEPT = 100;

/** The key of a difference's case within its legal entity's period. */
export const caseKey = (line: ReconciledLine, difference: Difference) =>
  `${line.project}/${line.type}/${difference.comparison}`;

/**
 * RECONCILIATION_MISMATCH cases of one legal entity's period: one per project, type and pair of
 * sides with differences, naming its entries. `ExceptionCases.raise` keeps one unresolved case
 * per subject, so the same difference found again updates that case (another attempt) instead of
 * adding one; a case whose difference is gone is resolved.
 */
@Injectable()
export class MismatchCases {
  constructor(private readonly exceptions: ExceptionCases) {}

  /** In the reconciliation's transaction; answers the case of each key with differences. */
  async settle(
    manager: EntityManager,
    reconciliation: Reconciliation,
    lines: readonly ReconciledLine[],
  ): Promise<Map<string, string>> {
    const prefix = `${reconciliation.legalEntity}/${reconciliation.period}/`;
    const groups = new Map<string, { line: ReconciledLine; differences: Difference[] }>();
    for (const line of lines)
      for (const difference of line.differences) {
        const key = caseKey(line, difference);
        const group = groups.get(key) ?? { line, differences: [] };
        group.differences.push(difference);
        groups.set(key, group);
      }
    const cases = new Map<string, string>();
    for (const [key, { line, differences }] of groups)
      cases.set(
        key,
        await this.exceptions.raise(manager, mismatchSubject(prefix + key), {
          reason: ReasonCode.RECONCILIATION_MISMATCH,
          message: message(reconciliation, line, differences),
          context: context(reconciliation, line, differences),
        }),
      );
    const open = await sqlRows<{ subjectId: string }>(
      manager,
      `SELECT subject_id AS "subjectId" FROM exceptions
        WHERE flow = $1 AND step = $2 AND subject_type = $3 AND starts_with(subject_id, $4)
          AND status NOT IN ('resolved', 'dismissed')`,
      [BILLING_FLOW, RECONCILE_STEP, mismatchSubject('').subjectType, prefix],
    );
    for (const { subjectId } of open)
      if (!groups.has(subjectId.slice(prefix.length)))
        await this.exceptions.resolve(
          manager,
          mismatchSubject(subjectId),
          `Reconciliation ${reconciliation.id} found the sides agreeing.`,
        );
    return cases;
  }
}

function message(
  reconciliation: Reconciliation,
  line: ReconciledLine,
  differences: readonly Difference[],
): string {
  const count = differences.length;
  const named = differences.slice(0, NAMED).map(describeDifference).join('; ');
  const more = count > NAMED ? `; and ${count - NAMED} more on the reconciliation` : '';
  const comparison = comparisonName(differences[0].comparison);
  return (
    `Reconciliation ${reconciliation.id} of ${reconciliation.legalEntity} ${reconciliation.period}, ` +
    `${line.project} ${line.type}, ${comparison}: ${count === 1 ? '1 entry differs' : `${count} entries differ`}: ` +
    `${named}${more}. ${REASON_CATALOGUE.RECONCILIATION_MISMATCH.action}`
  );
}

function context(
  reconciliation: Reconciliation,
  line: ReconciledLine,
  differences: readonly Difference[],
): Record<string, unknown> {
  return {
    reconciliationId: reconciliation.id,
    legalEntity: reconciliation.legalEntity,
    period: reconciliation.period,
    project: line.project,
    type: line.type,
    comparison: differences[0].comparison,
    side: SIDE_OF[differences[0].comparison],
    differences: differences.length,
    entries: differences.slice(0, KEPT).map((difference) => ({
      entry: difference.entry,
      source: difference.source,
      issue: difference.issue,
      hours: difference.minutes === undefined ? undefined : hoursOf(difference.minutes),
      amount: difference.amount?.toJSON(),
      detail: difference.detail,
    })),
  };
}
