import { z } from 'zod';
import type { PsaRecord } from '../psa-record';
import type { PsaState } from '../psa-state';
import {
  AttributeProblem,
  cents,
  currencyCode,
  isoDate,
  oneOf,
  parseAttributes,
  psaId,
  rejectIfAny,
  requiredText,
  text,
} from '../psa-attributes';
import { oneOfValues, timestampAfter } from '../psa-filters';
import { missingReference, reversedDates } from '../psa-references';
import type { PsaResource } from '../psa-resource';

export const WORKSPACE_STATUSES = [
  'estimate',
  'in_planning',
  'active',
  'on_hold',
  'completed',
  'cancelled',
] as const;

const attributes = z.object({
  title: requiredText,
  description: text.nullable().optional(),
  price_in_cents: cents.nullable().optional(),
  currency: currencyCode,
  rate_card_id: psaId.nullable().optional(),
  status: oneOf(WORKSPACE_STATUSES).optional(),
  external_reference: text.nullable().optional(),
  start_date: isoDate.nullable().optional(),
  due_date: isoDate.nullable().optional(),
});

/** The rate card must exist and bill in the workspace's currency. */
function problems(state: PsaState, workspace: PsaRecord): (AttributeProblem | undefined)[] {
  const rateCard = state.find('rate_cards', workspace.rate_card_id);
  return [
    missingReference(state, 'rate_cards', 'rate_card_id', workspace.rate_card_id),
    rateCard && rateCard.currency !== workspace.currency
      ? {
          field: 'rate_card_id',
          message: `Rate card ${String(rateCard.title)} bills in ${String(rateCard.currency)}, not ${String(workspace.currency)}`,
        }
      : undefined,
    reversedDates(workspace.start_date, workspace.due_date, 'due_date'),
  ];
}

/** Projects. A retried POST makes a twin: the vendor has no idempotency keys. */
export const workspacesResource: PsaResource = {
  key: 'workspaces',
  singular: 'workspace',
  label: 'Workspace',
  filters: {
    external_reference: oneOfValues('external_reference'),
    status: oneOfValues('status'),
    updated_after: timestampAfter('updated_at', 'updated_after'),
  },
  includes: {
    rate_card: { collection: 'rate_cards', foreignKey: 'rate_card_id' },
    participations: {
      collection: 'participations',
      inverseKey: 'workspace_id',
      idsField: 'participation_ids',
    },
    stories: { collection: 'stories', inverseKey: 'workspace_id', idsField: 'story_ids' },
    workspace_resources: {
      collection: 'workspace_resources',
      inverseKey: 'workspace_id',
      idsField: 'workspace_resource_ids',
    },
    external_references: {
      collection: 'external_references',
      inverseKey: 'subject_id',
      idsField: 'external_reference_ids',
      where: (reference) => reference.subject_type === 'Workspace',
    },
  },
  create(state, body) {
    const given = parseAttributes(attributes, body, 'workspace');
    const workspace = {
      description: null,
      price_in_cents: null,
      rate_card_id: null,
      status: 'in_planning',
      external_reference: null,
      start_date: null,
      due_date: null,
      ...given,
    };
    rejectIfAny(problems(state, workspace));
    return state.insert('workspaces', workspace);
  },
  update(state, record, body) {
    const changes = parseAttributes(attributes.partial(), body, 'workspace');
    rejectIfAny(problems(state, { ...record, ...changes }));
    return state.update('workspaces', record, changes);
  },
};
