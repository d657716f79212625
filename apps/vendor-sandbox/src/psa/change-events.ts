import type { PsaCollection } from './psa-collections';
import type { PsaEventDraft, PsaEventType } from './psa-events';
import type { PsaRecord } from './psa-record';

interface RecordLookup {
  find(collection: PsaCollection, id: unknown): PsaRecord | undefined;
  records(collection: PsaCollection): Map<string, PsaRecord>;
}

/** The events a change to one record means, by the vendor's rules. */
export function changeEvents(
  collection: PsaCollection,
  before: PsaRecord | undefined,
  after: PsaRecord | undefined,
  state: RecordLookup,
): PsaEventDraft[] {
  switch (collection) {
    case 'time_entries':
      return approvalEvents('time_entry', 'TimeEntry', before, after);
    case 'expenses':
      return approvalEvents('expense', 'Expense', before, after);
    case 'stories':
      return after?.state === 'completed' && before?.state !== 'completed'
        ? [{ type: 'story:completed', subjectType: 'Story', subject: after }]
        : [];
    case 'workspaces':
      if (!after) return [];
      return [
        {
          type: before ? 'workspace:updated' : 'workspace:created',
          subjectType: 'Workspace',
          subject: after,
        },
      ];
    case 'participations':
      return staffingEvents('participation', 'Participation', before, after);
    case 'workspace_resources':
      return staffingEvents('workspace_resource', 'WorkspaceResource', before, after);
    case 'rate_card_roles':
      return rateCardEvents(after ?? before, state);
    default:
      return [];
  }
}

/**
 * Approved work is what a gateway posts, so what happens to it after approval is an event:
 * approval, an edit of approved work (a new version), withdrawal of approval, deletion.
 */
function approvalEvents(
  prefix: 'time_entry' | 'expense',
  subjectType: string,
  before: PsaRecord | undefined,
  after: PsaRecord | undefined,
): PsaEventDraft[] {
  const wasApproved = before?.approved === true;
  let change: string | undefined;
  if (!after) change = wasApproved ? 'deleted' : undefined;
  else if (after.approved === true)
    change = !wasApproved ? 'approved' : after.version !== before?.version ? 'updated' : undefined;
  else change = wasApproved ? 'unapproved' : undefined;
  if (!change) return [];
  return [
    {
      type: `${prefix}:${change}` as PsaEventType,
      subjectType,
      subject: after ?? before!,
    },
  ];
}

/** A person staffed on or taken off a project, or a role held open on it or filled. */
function staffingEvents(
  prefix: 'participation' | 'workspace_resource',
  subjectType: string,
  before: PsaRecord | undefined,
  after: PsaRecord | undefined,
): PsaEventDraft[] {
  if (before && after) return [];
  const change = after ? 'created' : 'deleted';
  return [
    { type: `${prefix}:${change}` as PsaEventType, subjectType, subject: (after ?? before)! },
  ];
}

function rateCardEvents(line: PsaRecord | undefined, state: RecordLookup): PsaEventDraft[] {
  const rateCard = state.find('rate_cards', line?.rate_card_id);
  if (!rateCard) return [];
  const lines = [...state.records('rate_card_roles').values()].filter(
    (candidate) => candidate.rate_card_id === rateCard.id,
  );
  return [
    {
      type: 'rate_card:updated',
      subjectType: 'RateCard',
      subject: { ...rateCard, rate_card_roles: lines },
    },
  ];
}
