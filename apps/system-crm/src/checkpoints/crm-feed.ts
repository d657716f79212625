/** The change feeds system-crm offers; each consumer keeps its own checkpoint per feed. */
export const CRM_FEEDS = [
  'closed-won-opportunities',
  'opportunity-stages',
  'customers',
  'contracts',
  'change-orders',
] as const;

export type CrmFeed = (typeof CRM_FEEDS)[number];
