import { z } from 'zod';
import type { PsaCollection } from '../psa-collections';
import { oneOf, parseAttributes, psaId, rejectIfAny, requiredText, text } from '../psa-attributes';
import { oneOfValues } from '../psa-filters';
import type { PsaResource } from '../psa-resource';

const SUBJECTS = {
  Workspace: 'workspaces',
  Story: 'stories',
  Participation: 'participations',
  TimeEntry: 'time_entries',
  Expense: 'expenses',
  Invoice: 'invoices',
  User: 'users',
} as const satisfies Record<string, PsaCollection>;

const SUBJECT_TYPES = Object.keys(SUBJECTS) as [
  keyof typeof SUBJECTS,
  ...(keyof typeof SUBJECTS)[],
];

const timestamp = z
  .string({ error: 'must be an ISO 8601 datetime' })
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 datetime')
  .transform((value) => new Date(value).toISOString());

const changeable = z.object({
  service_name: requiredText,
  service_model: requiredText,
  service_model_ref: requiredText,
  status: text.optional(),
  last_synced_at: timestamp.nullable().optional(),
});
const attributes = changeable.extend({ subject_type: oneOf(SUBJECT_TYPES), subject_id: psaId });

/**
 * Links from a PSA record to a record in another system, e.g. a workspace to the CRM opportunity
 * it was created for: `?service_model_ref=006…&subject_type=Workspace` finds it again.
 */
export const externalReferencesResource: PsaResource = {
  key: 'external_references',
  singular: 'external_reference',
  label: 'External reference',
  filters: Object.fromEntries(
    [
      'subject_type',
      'subject_id',
      'service_name',
      'service_model',
      'service_model_ref',
      'status',
    ].map((field) => [field, oneOfValues(field)]),
  ),
  create(state, body) {
    const given = parseAttributes(attributes, body, 'external_reference');
    rejectIfAny([
      state.find(SUBJECTS[given.subject_type], given.subject_id)
        ? undefined
        : {
            field: 'subject_id',
            message: `${given.subject_type} ${given.subject_id} does not exist`,
          },
    ]);
    return state.insert('external_references', {
      status: 'synced',
      last_synced_at: state.now(),
      ...given,
    });
  },
  update(state, record, body) {
    const changes = parseAttributes(changeable.partial(), body, 'external_reference');
    return state.update('external_references', record, changes);
  },
  remove: (state, record) => state.remove('external_references', record),
};
