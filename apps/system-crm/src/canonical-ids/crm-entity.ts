/** The kinds of CRM record system-crm gives canonical ids, and the prefix of each kind's ids. */
export const CRM_ENTITIES = {
  customer: 'cus',
  opportunity: 'opp',
  milestone: 'mst',
  contract: 'ctr',
  'change-order': 'chg',
} as const;

export type CrmEntity = keyof typeof CRM_ENTITIES;
