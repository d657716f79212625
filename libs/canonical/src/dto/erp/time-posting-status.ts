export const TIME_POSTING_STATUSES = ['POSTED', 'REVERSED', 'PENDING_APPROVAL'] as const;
export type TimePostingStatus = (typeof TIME_POSTING_STATUSES)[number];
