import { parseAttributes, psaId, rejectIfAny } from '../psa-attributes';
import { oneOfValues } from '../psa-filters';
import { missingReference, reversedDates } from '../psa-references';
import type { PsaResource } from '../psa-resource';
import { participationOf } from '../time-entries';
import { staffingDefaults, staffingTerms } from './staffing-terms';

const changeable = staffingTerms.extend({ role_id: psaId.nullable().optional() });
const attributes = changeable.extend({ workspace_id: psaId, user_id: psaId });

/** Who is staffed on a workspace, in which role, for how many hours a week and when. */
export const participationsResource: PsaResource = {
  key: 'participations',
  singular: 'participation',
  label: 'Participation',
  filters: { workspace_id: oneOfValues('workspace_id'), user_id: oneOfValues('user_id') },
  includes: {
    workspace: { collection: 'workspaces', foreignKey: 'workspace_id' },
    user: { collection: 'users', foreignKey: 'user_id' },
    role: { collection: 'roles', foreignKey: 'role_id' },
  },
  create(state, body) {
    const given = parseAttributes(attributes, body, 'participation');
    const workspace = state.find('workspaces', given.workspace_id);
    const user = state.find('users', given.user_id);
    const participation = {
      role_id: user?.role_id ?? null,
      ...staffingDefaults(workspace),
      ...given,
    };
    rejectIfAny([
      missingReference(state, 'workspaces', 'workspace_id', given.workspace_id),
      missingReference(state, 'users', 'user_id', given.user_id),
      missingReference(state, 'roles', 'role_id', participation.role_id),
      participationOf(state, given.workspace_id, given.user_id)
        ? { field: 'user_id', message: 'User is already a participant in this workspace' }
        : undefined,
      reversedDates(participation.start_date, participation.end_date, 'end_date'),
    ]);
    return state.insert('participations', participation);
  },
  update(state, record, body) {
    const changes = parseAttributes(changeable.partial(), body, 'participation');
    const merged = { ...record, ...changes };
    rejectIfAny([
      missingReference(state, 'roles', 'role_id', changes.role_id),
      reversedDates(merged.start_date, merged.end_date, 'end_date'),
    ]);
    return state.update('participations', record, changes);
  },
  remove: (state, record) => state.remove('participations', record),
};
