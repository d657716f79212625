import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueueName, addToOutbox } from '@p2c/messaging';
import { Onboarding, OnboardingStep } from '@p2c/persistence';
import { sqlRows } from '@p2c/flow';
import { FlowSettings } from './flow-settings';

/** What a step's job carries: ids only. */
export interface StepJobData {
  onboardingId: string;
  stepId: string;
}

/** A step held by one run: its writes count only while `token` still holds it. */
export interface StepClaim {
  step: OnboardingStep;
  onboarding: Onboarding;
  token: string;
}

const LEASE = `now() + $2 * interval '1 millisecond'`;

/**
 * The state of step rows. Every change is a conditional update: a step is claimed only from
 * `queued`/`retrying` (or `running` whose lease ran out: its worker died), and a run's outcome
 * is written only while its claim token still holds the step, so two runs of one step never
 * both record an outcome.
 */
@Injectable()
export class StepStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: FlowSettings,
  ) {}

  /** Queues the step through the outbox: its job exists exactly when the transaction commits. */
  async dispatch(
    manager: EntityManager,
    step: Pick<OnboardingStep, 'id' | 'onboardingId' | 'name'>,
    delayedByMs = 0,
  ): Promise<void> {
    const jobId = await addToOutbox<StepJobData>(manager, {
      queue: QueueName.ProjectOnboarding,
      name: step.name,
      payload: { onboardingId: step.onboardingId, stepId: step.id },
    });
    await manager.query(
      `UPDATE onboarding_steps
          SET status = 'queued', job_id = $3, claim_token = NULL, next_attempt_at = NULL,
              lease_until = now() + ($2::int + $4::int) * interval '1 millisecond', updated_at = now()
        WHERE id = $1`,
      [step.id, this.settings.leaseMs, jobId, delayedByMs],
    );
  }

  /** Takes the step for one run, or answers undefined when it is not (or no longer) to run. */
  claim(stepId: string): Promise<StepClaim | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await sqlRows<{ claim_token: string; onboarding_id: string }>(
        manager,
        `UPDATE onboarding_steps s
            SET status = 'running', claim_token = gen_random_uuid(), attempts = s.attempts + 1,
                started_at = now(), finished_at = NULL, next_attempt_at = NULL,
                lease_until = ${LEASE}, updated_at = now()
           FROM onboardings o
          WHERE s.id = $1 AND o.id = s.onboarding_id
            AND (s.status IN ('queued', 'retrying')
                 OR (s.status = 'running' AND s.lease_until < now()))
            AND (o.status IN ('pending', 'running') OR s.subject <> '')
          RETURNING s.claim_token, s.onboarding_id`,
        [stepId, this.settings.leaseMs],
      );
      if (!row) return undefined;
      await manager.query(
        `UPDATE onboardings SET status = 'running', updated_at = now()
          WHERE id = $1 AND status = 'pending'`,
        [row.onboarding_id],
      );
      return {
        token: row.claim_token,
        step: await manager.findOneByOrFail(OnboardingStep, { id: stepId }),
        onboarding: await manager.findOneByOrFail(Onboarding, { id: row.onboarding_id }),
      };
    });
  }

  /** Extends the run's lease; false once the run no longer holds the step. */
  async renew(claim: StepClaim): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE onboarding_steps SET lease_until = ${LEASE}
        WHERE id = $1 AND claim_token = $3 AND status = 'running'`,
      [claim.step.id, this.settings.leaseMs, claim.token],
    );
    return affected === 1;
  }

  /** Records the run's success; false when the run had lost the step. */
  async succeeded(manager: EntityManager, claim: StepClaim, outcome: string): Promise<boolean> {
    const held = await sqlRows(
      manager,
      `UPDATE onboarding_steps
          SET status = 'succeeded', outcome = $3, failures = 0, last_error = NULL,
              claim_token = NULL, lease_until = NULL, finished_at = now(), updated_at = now()
        WHERE id = $1 AND claim_token = $2
       RETURNING id`,
      [claim.step.id, claim.token, outcome],
    );
    return held.length === 1;
  }

  /** Puts the step back to be tried again after `delayMs`; false when the run had lost it. */
  async retrying(claim: StepClaim, reason: string, delayMs: number): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE onboarding_steps
          SET status = 'retrying', failures = failures + 1, last_error = $4, claim_token = NULL,
              next_attempt_at = now() + $5 * interval '1 millisecond',
              lease_until = now() + ($2::int + $5::int) * interval '1 millisecond', updated_at = now()
        WHERE id = $1 AND claim_token = $3`,
      [claim.step.id, this.settings.leaseMs, claim.token, reason, delayMs],
    );
    return affected === 1;
  }

  /** Records that the step stopped for a person; false when the run had lost it. */
  async failed(manager: EntityManager, claim: StepClaim, message: string): Promise<boolean> {
    const held = await sqlRows(
      manager,
      `UPDATE onboarding_steps
          SET status = 'failed', last_error = $3, failures = 0, claim_token = NULL,
              lease_until = NULL, next_attempt_at = NULL, finished_at = now(), updated_at = now()
        WHERE id = $1 AND claim_token = $2
       RETURNING id`,
      [claim.step.id, claim.token, message],
    );
    return held.length === 1;
  }
}
