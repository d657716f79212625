import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Onboarding } from '@p2c/persistence';
import { CHANGE_ORDER_POSITION, StepName } from './step-name';
import { StepStore } from './step-store';

/** An approved change order of a deal, at the version the CRM last changed it. */
export interface ApprovedChangeOrder {
  id: string;
  opportunityId: string;
  version: string;
}

/** What became of a change order handed in. */
export type ChangeOrderIntakeResult = 'queued' | 'waiting' | 'known' | 'no-onboarding';

/**
 * Takes approved change orders into their deal's onboarding as `apply-change-order` steps: queued
 * at once when the onboarding is complete, else waiting for it to complete. A change order seen
 * again at the same version changes nothing; at a new version after it was applied, it is
 * applied again (it brings the projects to the deal's terms as they are now).
 */
@Injectable()
export class ChangeOrderIntake {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: StepStore,
  ) {}

  record(changeOrder: ApprovedChangeOrder): Promise<ChangeOrderIntakeResult> {
    return this.dataSource.transaction(async (manager) => {
      // serialised with the onboarding's completion, which queues the waiting change orders
      const onboarding = await manager.findOne(Onboarding, {
        where: { opportunityId: changeOrder.opportunityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!onboarding) return 'no-onboarding';
      const [step]: { id: string; status: string; inserted: boolean }[] = await manager.query(
        `INSERT INTO onboarding_steps (onboarding_id, name, subject, subject_version, position)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT uq_onboarding_steps_subject DO UPDATE
           SET subject_version = EXCLUDED.subject_version, updated_at = now()
           WHERE onboarding_steps.subject_version IS DISTINCT FROM EXCLUDED.subject_version
         RETURNING id, status, (xmax = 0) AS inserted`,
        [
          onboarding.id,
          StepName.ApplyChangeOrder,
          changeOrder.id,
          changeOrder.version,
          CHANGE_ORDER_POSITION,
        ],
      );
      if (!step || !(step.inserted || step.status === 'succeeded')) return 'known';
      if (onboarding.status !== 'completed') return 'waiting';
      await this.store.dispatch(manager, {
        id: step.id,
        onboardingId: onboarding.id,
        name: StepName.ApplyChangeOrder,
      });
      return 'queued';
    });
  }
}
