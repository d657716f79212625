import { cataloguedReason, ReasonCode } from '@p2c/canonical';
import { ApiProblemError, ClientApp } from '@p2c/clients';
import { StepFailure } from './step-failure.exception';

/** What to do about an error a step threw. */
export type FailureVerdict =
  | { kind: 'permanent'; failure: StepFailure }
  | {
      kind: 'transient';
      reason: string;
      /** the system asked to wait this long (Retry-After) */
      retryAfterMs?: number;
      /** `api`: a system API was unreachable or overloaded; `internal`: anything else */
      source: 'api' | 'internal';
    };

const SYSTEM_NAMES: Record<ClientApp, string> = {
  'system-crm': 'The CRM',
  'system-psa': 'The PSA',
  'system-erp': 'The ERP',
  'system-hcm': 'The HCM',
  'process-onboarding': 'process-onboarding',
  'process-time': 'process-time',
  'process-billing': 'process-billing',
  'process-forecast': 'process-forecast',
};

/**
 * Sorts a step's error: a StepFailure, or a system API's verdict on the input, is permanent (a
 * refusal the reason catalogue names is filed under its reason and owner, any other answer as
 * INTEGRATION_ERROR);
 * an API that could not answer (429, 502-504, unreachable, timed out) is transient, and so is
 * anything unexpected (a database hiccup), until the step's attempts run out.
 */
export function judgeFailure(error: unknown): FailureVerdict {
  if (error instanceof StepFailure) return { kind: 'permanent', failure: error };
  if (!(error instanceof ApiProblemError))
    return { kind: 'transient', reason: describe(error), source: 'internal' };
  if (error.retryable)
    return {
      kind: 'transient',
      reason: error.message,
      retryAfterMs: error.retryAfter === undefined ? undefined : error.retryAfter * 1000,
      source: 'api',
    };
  const system = SYSTEM_NAMES[error.app];
  const vendorMessage = error.problem.vendorMessage;
  const said =
    typeof vendorMessage === 'string' ? `${error.detail} (${vendorMessage})` : error.detail;
  const facts = { app: error.app, status: error.status, code: error.code, detail: error.detail };
  const refusal = cataloguedReason(error.code);
  if (refusal?.kind === 'refusal')
    return {
      kind: 'permanent',
      failure: new StepFailure(
        refusal.filedAs ?? refusal.code,
        refusal.owner,
        `${system} refused: ${said}`,
        facts,
      ),
    };
  return {
    kind: 'permanent',
    failure: new StepFailure(
      ReasonCode.INTEGRATION_ERROR,
      'integration-support',
      `${system} answered ${error.status} ${error.code}: ${said}. Check the gateway's configuration for ${error.app}, then retry.`,
      facts,
    ),
  };
}

/** The exception a step becomes once its transient failures have used up its attempts. */
export function exhausted(
  verdict: Extract<FailureVerdict, { kind: 'transient' }>,
  attempts: number,
): StepFailure {
  return verdict.source === 'api'
    ? new StepFailure(
        ReasonCode.VENDOR_UNAVAILABLE,
        'platform',
        `Gave up after ${attempts} attempts: ${verdict.reason}. Retry once the system is back.`,
      )
    : new StepFailure(
        ReasonCode.INTERNAL_ERROR,
        'platform',
        `Gave up after ${attempts} attempts: ${verdict.reason}. Check the gateway's logs, then retry.`,
      );
}

export interface BackoffSettings {
  retryBaseMs: number;
  retryMaxMs: number;
}

/**
 * The wait before the next try after `failures` transient failures in a row: doubling from the
 * base, spread ±20% so steps failing together do not retry together, never shorter than what the
 * system asked for (Retry-After), and never longer than the maximum.
 */
export function retryDelayMs(
  failures: number,
  settings: BackoffSettings,
  retryAfterMs = 0,
  random: () => number = Math.random,
): number {
  const doubled = settings.retryBaseMs * 2 ** Math.min(Math.max(failures - 1, 0), 30);
  const spread = doubled * (0.8 + 0.4 * random());
  return Math.round(Math.min(Math.max(spread, retryAfterMs), settings.retryMaxMs));
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
