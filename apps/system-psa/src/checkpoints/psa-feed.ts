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

/** How consumers are named (letters, digits, `.`, `_`, `-`). */
export const CONSUMER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
