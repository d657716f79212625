import { z } from 'zod';
import { isoDate } from '../psa-attributes';
import type { PsaRecord } from '../psa-record';

/** How much and when a role on a workspace is staffed, named (participations) or not (resources). */
export const staffingTerms = z.object({
  hours_per_week: z
    .number({ error: 'must be a number' })
    .min(0, 'must not be negative')
    .max(80, 'must be at most 80')
    .optional(),
  start_date: isoDate.nullable().optional(),
  end_date: isoDate.nullable().optional(),
});

/** What a new staffing of the workspace has unless given: no hours yet, the workspace's dates. */
export function staffingDefaults(workspace: PsaRecord | undefined) {
  return {
    hours_per_week: 0,
    start_date: workspace?.start_date ?? null,
    end_date: workspace?.due_date ?? null,
  };
}
