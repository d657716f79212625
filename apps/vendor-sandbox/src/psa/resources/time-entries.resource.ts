import { z } from 'zod';
import type { PsaState } from '../psa-state';
import { addTimeEntry, participationOf, repriced } from '../time-entries';
import { flag, isoDate, parseAttributes, psaId, rejectIfAny, text } from '../psa-attributes';
import { booleanValue, dateBetween, oneOfValues, timestampAfter } from '../psa-filters';
import { missingReference } from '../psa-references';
import type { PsaResource } from '../psa-resource';
import { rejectIfApproved } from './approval-lock';

const changeable = z.object({
  date_performed: isoDate,
  time_in_minutes: z
    .int({ error: 'must be a whole number of minutes' })
    .min(1, 'must be at least 1')
    .max(1440, 'must be at most 1440'),
  story_id: psaId.nullable().optional(),
  role_id: psaId.nullable().optional(),
  billable: flag.optional(),
  notes: text.nullable().optional(),
});
const attributes = changeable.extend({ workspace_id: psaId, user_id: psaId });

function storyProblem(state: PsaState, workspaceId: unknown, storyId: unknown) {
  const story = state.find('stories', storyId);
  if (story && story.workspace_id !== workspaceId)
    return { field: 'story_id', message: 'Story belongs to another workspace' };
  return missingReference(state, 'stories', 'story_id', storyId);
}

/**
 * Time as the vendor logs it: the user must participate in the workspace; the role defaults to
 * their participation's; bill and cost rates are looked up for the day; every edit is a version.
 */
export const timeEntriesResource: PsaResource = {
  key: 'time_entries',
  singular: 'time_entry',
  label: 'Time entry',
  filters: {
    workspace_id: oneOfValues('workspace_id'),
    user_id: oneOfValues('user_id'),
    story_id: oneOfValues('story_id'),
    invoice_id: oneOfValues('invoice_id'),
    approved: booleanValue('approved'),
    billable: booleanValue('billable'),
    updated_after: timestampAfter('updated_at', 'updated_after'),
    date_performed_between: dateBetween('date_performed', 'date_performed_between'),
  },
  includes: {
    workspace: { collection: 'workspaces', foreignKey: 'workspace_id' },
    user: { collection: 'users', foreignKey: 'user_id' },
    story: { collection: 'stories', foreignKey: 'story_id' },
    role: { collection: 'roles', foreignKey: 'role_id' },
  },
  create(state, body) {
    const given = parseAttributes(attributes, body, 'time_entry');
    const workspace = state.find('workspaces', given.workspace_id);
    const participation = participationOf(state, given.workspace_id, given.user_id);
    rejectIfAny([
      missingReference(state, 'workspaces', 'workspace_id', given.workspace_id),
      missingReference(state, 'users', 'user_id', given.user_id) ??
        (workspace && !participation
          ? { field: 'user_id', message: 'User is not a participant in this workspace' }
          : undefined),
      storyProblem(state, given.workspace_id, given.story_id),
      missingReference(state, 'roles', 'role_id', given.role_id),
    ]);
    return addTimeEntry(state, {
      workspace: workspace!,
      userId: given.user_id,
      roleId: given.role_id ?? (participation!.role_id as string | null),
      storyId: given.story_id,
      date: given.date_performed,
      minutes: given.time_in_minutes,
      billable: given.billable ?? true,
      notes: given.notes,
    });
  },
  update(state, record, body) {
    rejectIfApproved(record, 'time entries');
    const changes = parseAttributes(changeable.partial(), body, 'time_entry');
    rejectIfAny([
      storyProblem(state, record.workspace_id, changes.story_id),
      missingReference(state, 'roles', 'role_id', changes.role_id),
    ]);
    return state.update('time_entries', record, repriced(state, record, changes));
  },
  remove(state, record) {
    rejectIfApproved(record, 'time entries');
    state.remove('time_entries', record);
  },
};
