import { AuthenticatedPrincipal, Role } from '@p2c/security';

export const THROTTLE_TIERS = [
  'partnerStandard',
  'partnerPremium',
  'internal',
  'anonymous',
] as const;

export type ThrottleTier = (typeof THROTTLE_TIERS)[number];

export interface ThrottleLimits {
  /** requests per window */
  limit: number;
  ttlSeconds: number;
}

/** A client of the experience API as throttling counts it: whose budget, in which tier. */
export interface ThrottledClient {
  tier: ThrottleTier;
  /** the budget's owner: a partner (all its users share one), a user or service, an address */
  tracker: string;
}

const INTERNAL: readonly Role[] = [Role.Admin, Role.Finance, Role.Delivery, Role.Service];

/**
 * Whose budget a call spends: a partner's by its partner id, an internal caller's by its token's
 * subject, anyone else's by the client address (as the trusted proxy hops report it, never a
 * header the caller sets itself).
 */
export function throttledClientOf(
  principal: AuthenticatedPrincipal | undefined,
  clientAddress: string,
  premiumPartners: readonly string[],
): ThrottledClient {
  if (principal?.partnerId)
    return {
      tier: premiumPartners.includes(principal.partnerId) ? 'partnerPremium' : 'partnerStandard',
      tracker: `partner:${principal.partnerId}`,
    };
  if (principal?.roles.some((role) => INTERNAL.includes(role)))
    return { tier: 'internal', tracker: `subject:${principal.subject}` };
  return { tier: 'anonymous', tracker: `address:${clientAddress}` };
}
