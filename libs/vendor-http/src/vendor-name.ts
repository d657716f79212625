/** The vendor systems the gateway talks to; each gets its own client, limits and circuit. */
export const VENDORS = ['crm', 'psa', 'erp', 'hcm'] as const;

export type VendorName = (typeof VENDORS)[number];
