/** The stages of project-to-cash a record goes through, in order (a wire contract). */
export const LINEAGE_STAGES = ['entry', 'posting', 'billing-event', 'invoice', 'payment'] as const;

export type LineageStage = (typeof LINEAGE_STAGES)[number];
