/** The change feeds system-crm offers; each consumer keeps its own checkpoint per feed. */
export const CRM_FEEDS = [
  'closed-won-opportunities',
  'customers',
  'contracts',
  'change-orders',
] as const;

export type CrmFeed = (typeof CRM_FEEDS)[number];

/** How consumers are named (letters, digits, `.`, `_`, `-`). */
export const CONSUMER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
