/** What the workbench sorts cases by: when they were raised, or when their SLA falls due. */
export const CASE_SORTS = ['createdAt', 'slaDueAt'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The column behind each sort (its keyset is the column and the case id). */
export const CASE_SORT_COLUMNS: Readonly<Record<CaseSort, string>> = {
  createdAt: 'created_at',
  slaDueAt: 'sla_due_at',
};
