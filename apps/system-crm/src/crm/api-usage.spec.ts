import { parseApiUsage } from './api-usage';

describe('parseApiUsage', () => {
  it('reads used and max from Sforce-Limit-Info', () => {
    expect(parseApiUsage('api-usage=18/5000')).toEqual({ used: 18, max: 5000 });
  });

  it('finds api-usage among other parts and not inside per-app-api-usage', () => {
    expect(
      parseApiUsage('per-app-api-usage=17/250(appName=sample-app); api-usage=25/5000'),
    ).toEqual({ used: 25, max: 5000 });
    expect(parseApiUsage('per-app-api-usage=17/250(appName=sample-app)')).toBeUndefined();
  });

  it('gives nothing for a missing, malformed or zero-limit header', () => {
    expect(parseApiUsage(undefined)).toBeUndefined();
    expect(parseApiUsage('api-usage=lots')).toBeUndefined();
    expect(parseApiUsage('api-usage=0/0')).toBeUndefined();
  });
});
