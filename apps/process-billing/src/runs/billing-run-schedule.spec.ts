import { ConfigValidationError, parseConfig } from '@p2c/platform';
import { processBillingConfigShape } from '../process-billing-config';
import { monthBefore } from './schedule-billing-run.use-case';

const parse = (env: Record<string, string>) => parseConfig(processBillingConfigShape, env);

describe('the billing run schedule and the recovery sweep', () => {
  it('bills the month before on the 1st at 03:00 UTC and sweeps every minute for runs stuck 15 minutes, unless told otherwise', () => {
    expect(parse({})).toMatchObject({
      BILLING_RUN_CRON: '0 3 1 * *',
      BILLING_STUCK_RUN_MS: 900_000,
      BILLING_RECOVERY_SWEEP_MS: 60_000,
      BILLING_RUN_RECOVERIES: 3,
    });
    expect(
      parse({
        BILLING_RUN_CRON: 'off',
        BILLING_STUCK_RUN_MS: '60000',
        BILLING_RECOVERY_SWEEP_MS: '0',
        BILLING_RUN_RECOVERIES: '1',
      }),
    ).toMatchObject({
      BILLING_RUN_CRON: 'off',
      BILLING_STUCK_RUN_MS: 60_000,
      BILLING_RECOVERY_SWEEP_MS: 0,
      BILLING_RUN_RECOVERIES: 1,
    });
  });

  it('refuses to start with a schedule that is no cron pattern, or a stuck time under a second', () => {
    expect(
      problemsOf({
        BILLING_RUN_CRON: 'monthly',
        BILLING_STUCK_RUN_MS: '10',
        BILLING_RUN_RECOVERIES: '-1',
      }),
    ).toEqual([
      expect.stringMatching(/^BILLING_RUN_CRON: /),
      expect.stringMatching(/^BILLING_STUCK_RUN_MS: /),
      expect.stringMatching(/^BILLING_RUN_RECOVERIES: /),
    ]);
  });

  it('bills the month before the tick’s, in UTC: January’s tick bills the December before', () => {
    expect(monthBefore(new Date(Date.UTC(2026, 11, 1, 3)))).toBe('2026-11');
    expect(monthBefore(new Date(Date.UTC(2027, 0, 1, 3)))).toBe('2026-12');
    // still 31 March in UTC, whatever the server's zone
    expect(monthBefore(new Date('2027-03-31T23:30:00Z'))).toBe('2027-02');
  });
});

function problemsOf(env: Record<string, string>): string[] {
  try {
    parse(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return [];
}
