import { z } from 'zod';

/** How long a dashboard answers from what was read. */
export const dashboardsConfigShape = {
  /**
   * how long one reading of a dashboard (per dashboard and period) answers every caller; for as
   * long again it answers while it is refreshed in the background; 0: read on every call
   */
  DASHBOARD_CACHE_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
};
