import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueueName, addToOutbox } from '@p2c/messaging';
import { Onboarding, OnboardingStep } from '@p2c/persistence';
import { RowLeases } from '@p2c/flow';
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

/**
 * The state of step rows. Every change is a conditional update: a step is claimed only from
 * `queued`/`retrying` (or `running` whose lease ran out: its worker died), and a run's outcome
 * is written only while its claim token still holds the step, so two runs of one step never
 * both record an outcome.
 */
@Injectable()
export class StepStore {
  private readonly leases: RowLeases;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: FlowSettings,
  ) {
    this.leases = new RowLeases(
      { table: 'onboarding_steps', token: 'claim_token', until: 'lease_until' },
      settings.leaseMs,
    );
  }

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
    const token = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      // queued and retrying steps are free; a running one is taken over once its lease lapsed
      const row = await this.leases.claim<{ onboardingId: string }>(manager, stepId, token, {
        set: `status = 'running', attempts = attempts + 1, started_at = now(),
              finished_at = NULL, next_attempt_at = NULL, updated_at = now()`,
        where: `leased.status IN ('queued', 'retrying', 'running')
                AND EXISTS (SELECT 1 FROM onboardings o
                             WHERE o.id = leased.onboarding_id
                               AND (o.status IN ('pending', 'running') OR leased.subject <> ''))`,
        returning: 'leased.onboarding_id AS "onboardingId"',
      });
      if (!row) return undefined;
      await manager.query(
        `UPDATE onboardings SET status = 'running', updated_at = now()
          WHERE id = $1 AND status = 'pending'`,
        [row.onboardingId],
      );
      return {
        token,
        step: await manager.findOneByOrFail(OnboardingStep, { id: stepId }),
        onboarding: await manager.findOneByOrFail(Onboarding, { id: row.onboardingId }),
      };
    });
  }

  /** Extends the run's lease; false once the run no longer holds the step. */
  renew(claim: StepClaim): Promise<boolean> {
    return this.leases.renew(this.dataSource.manager, claim.step.id, claim.token, {
      where: `leased.status = 'running'`,
    });
  }

  /** Records the run's success; false when the run had lost the step. */
  async succeeded(manager: EntityManager, claim: StepClaim, outcome: string): Promise<boolean> {
    const held = await this.leases.release(manager, claim.step.id, claim.token, {
      set: `status = 'succeeded', outcome = $3, failures = 0, last_error = NULL,
            finished_at = now(), updated_at = now()`,
      parameters: [outcome],
    });
    return held !== undefined;
  }

  /**
   * Puts the step back to be tried again after `delayMs`; false when the run had lost it. The
   * sweep redispatches it should its delayed job be lost.
   */
  async retrying(claim: StepClaim, reason: string, delayMs: number): Promise<boolean> {
    const held = await this.leases.release(this.dataSource.manager, claim.step.id, claim.token, {
      set: `status = 'retrying', failures = failures + 1, last_error = $3,
            next_attempt_at = now() + $4::int * interval '1 millisecond', updated_at = now()`,
      until: `now() + ($4::int + $5::int) * interval '1 millisecond'`,
      parameters: [reason, delayMs, this.settings.leaseMs],
    });
    return held !== undefined;
  }

  /** Records that the step stopped for a person; false when the run had lost it. */
  async failed(manager: EntityManager, claim: StepClaim, message: string): Promise<boolean> {
    const held = await this.leases.release(manager, claim.step.id, claim.token, {
      set: `status = 'failed', last_error = $3, failures = 0, next_attempt_at = NULL,
            finished_at = now(), updated_at = now()`,
      parameters: [message],
    });
    return held !== undefined;
  }
}
