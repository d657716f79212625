import type { ProvisionalProjectStatus } from '@p2c/persistence';

export const PROVISIONAL_PROJECT_STATUSES = ['PROVISIONAL', 'PROMOTED', 'CLOSED'] as const;
export type ProvisionalProjectStatusName = (typeof PROVISIONAL_PROJECT_STATUSES)[number];

export const toStatusName = (status: ProvisionalProjectStatus) =>
  status.toUpperCase() as ProvisionalProjectStatusName;
export const fromStatusName = (status: ProvisionalProjectStatusName) =>
  status.toLowerCase() as ProvisionalProjectStatus;
