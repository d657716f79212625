/**
 * The id process-time gives the posting of a PSA time entry or expense (the ERP record's external
 * id, the same for every version): `psa-time-<PSA id>`, `psa-expense-<PSA id>`.
 */
export function postingIdOf(type: 'time' | 'expense', sourceId: string): string {
  return `psa-${type}-${sourceId}`;
}
