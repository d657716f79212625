import { parseConfig } from '@p2c/platform';
import { DEFAULT_THROTTLE_LIMITS, throttlingConfigShape } from './throttling-config';

const parse = (env: Record<string, string>) => parseConfig(throttlingConfigShape, env);

describe('throttling configuration', () => {
  it('has a limit for every tier by default and no premium partners', () => {
    expect(parse({})).toEqual({
      THROTTLE_TIERS: DEFAULT_THROTTLE_LIMITS,
      THROTTLE_PREMIUM_PARTNERS: [],
    });
  });

  it('takes the tiers it is given over the defaults, and a list of premium partners', () => {
    const config = parse({
      THROTTLE_TIERS: '{"partnerPremium":{"limit":1000,"ttlSeconds":60}}',
      THROTTLE_PREMIUM_PARTNERS: 'acme, globex,',
    });
    expect(config.THROTTLE_TIERS).toEqual({
      ...DEFAULT_THROTTLE_LIMITS,
      partnerPremium: { limit: 1000, ttlSeconds: 60 },
    });
    expect(config.THROTTLE_PREMIUM_PARTNERS).toEqual(['acme', 'globex']);
  });

  it.each([
    ['not JSON', /THROTTLE_TIERS: must be a JSON object/],
    ['{"gold":{"limit":1,"ttlSeconds":1}}', /THROTTLE_TIERS/],
    ['{"internal":{"limit":0,"ttlSeconds":60}}', /THROTTLE_TIERS\.internal\.limit/],
    ['{"internal":{"limit":10}}', /THROTTLE_TIERS\.internal\.ttlSeconds/],
  ])('refuses THROTTLE_TIERS=%s', (value, message) => {
    expect(() => parse({ THROTTLE_TIERS: value })).toThrow(message);
  });
});
