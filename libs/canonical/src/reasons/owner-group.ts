/** Who works an exception case in the workbench. The exceptions table's check constraint lists the same groups. */
export const OWNER_GROUPS = ['finance-ops', 'integration-support', 'platform', 'delivery'] as const;

export type OwnerGroup = (typeof OWNER_GROUPS)[number];
