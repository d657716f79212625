import { ProblemException } from '@p2c/platform';

/** Why a dashboard cannot be answered (problem+json `code`). */
export enum DashboardsErrorCode {
  /** a process API the dashboard is composed from did not answer, or answered an error */
  PROCESS_UNAVAILABLE = 'PROCESS_UNAVAILABLE',
}

/**
 * A dashboard is all of its figures read at one moment or none: a process app that cannot
 * answer fails the whole dashboard with 503, naming the app(s) in `unavailable`.
 */
export class DashboardsException extends ProblemException {
  constructor(unavailable: { app: string; code: string }[]) {
    super(
      503,
      DashboardsErrorCode.PROCESS_UNAVAILABLE,
      `The dashboard cannot be composed: ${unavailable.map((one) => `${one.app} answered ${one.code}`).join(', ')}. Try again shortly.`,
      { unavailable: unavailable.map((one) => one.app) },
      { 'retry-after': '5' },
    );
  }
}
