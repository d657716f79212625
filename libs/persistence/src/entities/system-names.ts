/** The vendor systems the gateway keeps in step. */
export const EXTERNAL_SYSTEMS = ['crm', 'psa', 'erp', 'hcm'] as const;
export type ExternalSystem = (typeof EXTERNAL_SYSTEMS)[number];

/** Where a hop of the sync ledger starts or ends: a vendor, or the gateway's own records. */
export type LedgerSystem = ExternalSystem | 'gateway';
