import { ConfigValidationError, parseConfig } from '@p2c/platform';
import { processBillingConfigShape } from '../process-billing-config';

const parse = (env: Record<string, string>) => parseConfig(processBillingConfigShape, env);

describe('the reconciliation schedule’s configuration', () => {
  it('reconciles Northwind’s three legal entities at 02:00 unless told otherwise', () => {
    expect(parse({})).toMatchObject({
      BILLING_LEGAL_ENTITIES: ['NWA-US', 'NWA-UK', 'NWA-DE'],
      BILLING_RECONCILIATION_CRON: '0 2 * * *',
    });
  });

  it('reads the legal entities as a comma list, each once, and takes off for no schedule', () => {
    expect(
      parse({
        BILLING_LEGAL_ENTITIES: 'NWA-DE, NWA-US,NWA-DE',
        BILLING_RECONCILIATION_CRON: 'off',
      }),
    ).toMatchObject({
      BILLING_LEGAL_ENTITIES: ['NWA-DE', 'NWA-US'],
      BILLING_RECONCILIATION_CRON: 'off',
    });
  });

  it('refuses to start with a list that is no legal entity codes, or a schedule that is no cron pattern', () => {
    expect(
      problemsOf({
        BILLING_LEGAL_ENTITIES: 'NWA-US,,NWA DE',
        BILLING_RECONCILIATION_CRON: 'nightly',
      }),
    ).toEqual([
      expect.stringMatching(/^BILLING_LEGAL_ENTITIES\.1: /),
      expect.stringMatching(/^BILLING_LEGAL_ENTITIES\.2: /),
      expect.stringMatching(/^BILLING_RECONCILIATION_CRON: /),
    ]);
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
