import { ConfigValidationError, parseConfig } from '@p2c/platform';
import { processBillingConfigShape } from '../process-billing-config';

const parse = (env: Record<string, string>) => parseConfig(processBillingConfigShape, env);

describe('the KPIs’ configuration', () => {
  it('keeps a reading of the unbilled amount for 60 s and measures readiness over 30 days unless told otherwise', () => {
    expect(parse({})).toMatchObject({
      BILLING_UNBILLED_CACHE_MS: 60_000,
      BILLING_READINESS_WINDOW_DAYS: 30,
    });
    expect(
      parse({ BILLING_UNBILLED_CACHE_MS: '0', BILLING_READINESS_WINDOW_DAYS: '90' }),
    ).toMatchObject({ BILLING_UNBILLED_CACHE_MS: 0, BILLING_READINESS_WINDOW_DAYS: 90 });
  });

  it('refuses to start with a negative or unreadable cache time, or an empty window', () => {
    for (const [env, wrong] of [
      [{ BILLING_UNBILLED_CACHE_MS: '-1' }, 'BILLING_UNBILLED_CACHE_MS'],
      [{ BILLING_UNBILLED_CACHE_MS: 'soon' }, 'BILLING_UNBILLED_CACHE_MS'],
      [{ BILLING_READINESS_WINDOW_DAYS: '0' }, 'BILLING_READINESS_WINDOW_DAYS'],
      [{ BILLING_READINESS_WINDOW_DAYS: '2.5' }, 'BILLING_READINESS_WINDOW_DAYS'],
    ] as const)
      expect(problemsOf(env)).toEqual([expect.stringMatching(new RegExp(`^${wrong}: `))]);
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
