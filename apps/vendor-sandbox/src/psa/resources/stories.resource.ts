import { z } from 'zod';
import {
  cents,
  isoDate,
  oneOf,
  parseAttributes,
  psaId,
  rejectIfAny,
  requiredText,
} from '../psa-attributes';
import { oneOfValues, timestampAfter } from '../psa-filters';
import { missingReference, reversedDates } from '../psa-references';
import type { PsaResource } from '../psa-resource';

export const STORY_TYPES = ['task', 'deliverable', 'milestone'] as const;
export const STORY_STATES = ['not_started', 'started', 'completed', 'blocked'] as const;

const changeable = z.object({
  title: requiredText,
  story_type: oneOf(STORY_TYPES).optional(),
  state: oneOf(STORY_STATES).optional(),
  budget_estimate_in_cents: cents.nullable().optional(),
  start_date: isoDate.nullable().optional(),
  due_date: isoDate.nullable().optional(),
});
const attributes = changeable.extend({ workspace_id: psaId });

/** Tasks, deliverables and milestones; a story reaching `completed` is a `story:completed` event. */
export const storiesResource: PsaResource = {
  key: 'stories',
  singular: 'story',
  label: 'Story',
  filters: {
    workspace_id: oneOfValues('workspace_id'),
    story_type: oneOfValues('story_type'),
    state: oneOfValues('state'),
    updated_after: timestampAfter('updated_at', 'updated_after'),
  },
  includes: { workspace: { collection: 'workspaces', foreignKey: 'workspace_id' } },
  create(state, body) {
    const given = parseAttributes(attributes, body, 'story');
    const story = {
      story_type: 'task',
      state: 'not_started',
      budget_estimate_in_cents: null,
      start_date: null,
      due_date: null,
      ...given,
    };
    rejectIfAny([
      missingReference(state, 'workspaces', 'workspace_id', story.workspace_id),
      reversedDates(story.start_date, story.due_date, 'due_date'),
    ]);
    return state.insert('stories', story);
  },
  update(state, record, body) {
    const changes = parseAttributes(changeable.partial(), body, 'story');
    const merged = { ...record, ...changes };
    rejectIfAny([reversedDates(merged.start_date, merged.due_date, 'due_date')]);
    return state.update('stories', record, changes);
  },
  remove: (state, record) => state.remove('stories', record),
};
