import { Role } from '@p2c/security';
import { throttledClientOf } from './throttle-tier';

const PREMIUM = ['globex'];

describe('throttledClientOf', () => {
  it('counts a partner by its partner id, premium when listed', () => {
    const partner = (partnerId: string, subject: string) =>
      throttledClientOf({ subject, roles: [Role.Partner], partnerId }, '10.0.0.1', PREMIUM);
    expect(partner('acme', 'ana@acme')).toEqual({
      tier: 'partnerStandard',
      tracker: 'partner:acme',
    });
    expect(partner('acme', 'bob@acme')).toEqual(partner('acme', 'ana@acme'));
    expect(partner('globex', 'eve@globex')).toEqual({
      tier: 'partnerPremium',
      tracker: 'partner:globex',
    });
  });

  it.each([Role.Admin, Role.Finance, Role.Delivery, Role.Service])(
    'counts a %s caller by its subject in the internal tier',
    (role) => {
      expect(throttledClientOf({ subject: 'ana', roles: [role] }, '10.0.0.1', PREMIUM)).toEqual({
        tier: 'internal',
        tracker: 'subject:ana',
      });
    },
  );

  it('counts a caller without a token, or without a role it knows, by its address', () => {
    expect(throttledClientOf(undefined, '10.0.0.1', PREMIUM)).toEqual({
      tier: 'anonymous',
      tracker: 'address:10.0.0.1',
    });
    expect(throttledClientOf({ subject: 'x', roles: [] }, '10.0.0.2', PREMIUM)).toEqual({
      tier: 'anonymous',
      tracker: 'address:10.0.0.2',
    });
  });
});
