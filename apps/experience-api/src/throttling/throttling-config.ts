import { z } from 'zod';
import { THROTTLE_TIERS, ThrottleLimits, ThrottleTier } from './throttle-tier';

/** What each tier allows when THROTTLE_TIERS says nothing of it. */
export const DEFAULT_THROTTLE_LIMITS: Record<ThrottleTier, ThrottleLimits> = {
  partnerStandard: { limit: 120, ttlSeconds: 60 },
  partnerPremium: { limit: 600, ttlSeconds: 60 },
  internal: { limit: 1200, ttlSeconds: 60 },
  anonymous: { limit: 60, ttlSeconds: 60 },
};

const limits = z.strictObject({
  limit: z.number().int().min(1),
  ttlSeconds: z.number().int().min(1).max(86_400),
});

/** e.g. `{"partnerStandard":{"limit":100,"ttlSeconds":60}}`: tiers left out keep their defaults. */
const throttleTiers = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }
  })
  .pipe(z.strictObject(Object.fromEntries(THROTTLE_TIERS.map((tier) => [tier, limits.optional()]))))
  .transform((given): Record<ThrottleTier, ThrottleLimits> => ({
    ...DEFAULT_THROTTLE_LIMITS,
    ...given,
  }));

/** The experience API's throttling: limits per tier, and which partners are premium. */
export const throttlingConfigShape = {
  THROTTLE_TIERS: throttleTiers.default(DEFAULT_THROTTLE_LIMITS),
  /** comma-separated partner ids, e.g. `acme,globex` */
  THROTTLE_PREMIUM_PARTNERS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
};
