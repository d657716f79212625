import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '@p2c/flow';
import { currentCorrelationId } from '@p2c/observability';
import { Onboarding, OnboardingStep, OnboardingTrigger } from '@p2c/persistence';
import { projectIdOf } from './project-id';
import { ONBOARDING_STEPS } from './step-name';
import { StepStore } from './step-store';

/** A won deal to onboard: its canonical id, and how people know it. */
export interface DealToOnboard {
  opportunityId: string;
  crmId?: string;
  name?: string;
}

export interface Launched {
  onboarding: Onboarding;
  /** false: the deal had its onboarding already (detected again, requested twice) */
  created: boolean;
}

/**
 * Starts onboardings: one per deal, ever (unique on the opportunity), with its steps and the
 * first step's job written in the same transaction.
 */
@Injectable()
export class OnboardingLauncher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: StepStore,
  ) {}

  launch(
    deals: readonly DealToOnboard[],
    trigger: OnboardingTrigger,
    /** the caller's subject (requests only): audited */
    requestedBy?: string,
  ): Promise<Launched[]> {
    return this.dataSource.transaction(async (manager) => {
      const launched: Launched[] = [];
      for (const deal of deals) {
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO onboardings (opportunity_id, opportunity_crm_id, opportunity_name,
                                    project_id, trigger, requested_by, correlation_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT ON CONSTRAINT uq_onboardings_opportunity DO NOTHING
           RETURNING id`,
          [
            deal.opportunityId,
            deal.crmId ?? null,
            deal.name ?? null,
            projectIdOf(deal.opportunityId),
            trigger,
            requestedBy ?? null,
            currentCorrelationId() ?? null,
          ],
        );
        if (inserted.length === 1) {
          const steps: Pick<OnboardingStep, 'id' | 'name' | 'onboardingId'>[] = await manager.query(
            `INSERT INTO onboarding_steps (onboarding_id, name, position)
             SELECT $1, name, position FROM unnest($2::text[]) WITH ORDINALITY AS s(name, position)
             RETURNING id, name, onboarding_id AS "onboardingId"`,
            [inserted[0].id, ONBOARDING_STEPS],
          );
          const first = steps.find((step) => step.name === ONBOARDING_STEPS[0]);
          if (first) await this.store.dispatch(manager, first);
        }
        const onboarding = await manager.findOneByOrFail(Onboarding, {
          opportunityId: deal.opportunityId,
        });
        if (requestedBy)
          await recordAudit(manager, {
            actor: requestedBy,
            action: 'onboarding.start',
            subjectType: 'onboarding',
            subjectId: onboarding.id,
            after: { opportunity: deal.opportunityId, created: inserted.length === 1 },
          });
        launched.push({ onboarding, created: inserted.length === 1 });
      }
      return launched;
    });
  }
}
