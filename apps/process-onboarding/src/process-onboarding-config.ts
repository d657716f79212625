import { exceptionRetriesConfigShape } from '@p2c/flow';
import { z } from 'zod';
import { apiClientsConfigShapeFor } from '@p2c/clients';
import { ConfigOf, processRoleConfigShape } from '@p2c/platform';

/** A CRM stage name ("Negotiation", "Id. Decision Makers"), as system-crm's stage feed takes it. */
const STAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ./&'()-]{0,79}$/;

/** The stage a deal is lost at; its provisional project is closed. */
export const LOST_STAGE = 'Closed Lost';

/** The stage a deal is won at; its onboarding takes its provisional project over. */
export const WON_STAGE = 'Closed Won';

const CLOSED_STAGES = [WON_STAGE, LOST_STAGE];

const DEFAULT_PROVISIONAL_STAGE = 'Negotiation';

/** The system APIs onboarding calls. */
export const ONBOARDING_CALLS = ['system-crm', 'system-psa', 'system-erp', 'system-hcm'] as const;

const ms = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

/** The variables of process-onboarding on top of the gateway's own. */
export const processOnboardingConfigShape = {
  ...processRoleConfigShape,
  ...exceptionRetriesConfigShape,
  ...apiClientsConfigShapeFor(ONBOARDING_CALLS),
  /** how often the CRM's closed-won and change-order feeds are read; 0: never on a schedule */
  ONBOARDING_POLL_INTERVAL_MS: ms(0, 60_000),
  /** the consumer name under which system-crm keeps this app's feed checkpoints */
  ONBOARDING_FEED_CONSUMER: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
    .default('onboarding'),
  /**
   * the CRM stages (comma-separated) at which a deal becomes a provisional PSA project; a closed
   * stage is no late stage, and an unreadable list stops the app at start-up
   */
  ONBOARDING_PROVISIONAL_STAGES: z
    .string()
    .default(DEFAULT_PROVISIONAL_STAGE)
    .transform((list) => list.split(',').map((stage) => stage.trim()))
    .pipe(
      z
        .array(
          z
            .string()
            .regex(STAGE_NAME, 'a CRM stage name')
            .refine(
              (stage) => !CLOSED_STAGES.includes(stage),
              'a deal at a closed stage is decided',
            ),
        )
        .min(1)
        .max(10),
    ),
  /** records per feed page */
  ONBOARDING_FEED_PAGE_SIZE: z.coerce.number().int().min(1).max(2000).default(100),
  /** steps one worker process runs at once */
  ONBOARDING_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** transient failures of a step in a row before it becomes an exception */
  ONBOARDING_STEP_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** first wait before a step is tried again; doubles per failure (a Retry-After wins if longer) */
  ONBOARDING_RETRY_BASE_MS: ms(1, 2_000),
  /** the longest wait between two tries of a step, a Retry-After included */
  ONBOARDING_RETRY_MAX_MS: ms(1, 300_000),
  /**
   * how long a running step is held by its worker without a renewal (renewed every third of it),
   * and how long a queued step may wait for its job: past it, the recovery sweep dispatches it again
   */
  ONBOARDING_STEP_LEASE_MS: ms(1_000, 60_000),
  /** how often the recovery sweep looks for steps whose lease ran out */
  ONBOARDING_SWEEP_INTERVAL_MS: ms(100, 15_000),
  /** when an exception is due to be handled, from when it is raised */
};

export type ProcessOnboardingConfig = ConfigOf<typeof processOnboardingConfigShape>;
