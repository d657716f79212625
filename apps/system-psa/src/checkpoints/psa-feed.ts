/**
 * The passes system-psa keeps checkpoints of, per consumer, and the cursor list each belongs to.
 */
export const PSA_FEED_LISTS = {
  events: 'events',
  'time-entries': 'time_entries',
  expenses: 'expenses',
} as const;

export type PsaFeed = keyof typeof PSA_FEED_LISTS;

export const PSA_FEEDS = Object.keys(PSA_FEED_LISTS) as PsaFeed[];
