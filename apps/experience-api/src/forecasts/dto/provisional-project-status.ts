/** A provisional project's status, as process-onboarding answers it. */
export const PROVISIONAL_PROJECT_STATUSES = ['PROVISIONAL', 'PROMOTED', 'CLOSED'] as const;
export type ProvisionalProjectStatusName = (typeof PROVISIONAL_PROJECT_STATUSES)[number];
