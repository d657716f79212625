import { parseAttributes, psaId, rejectIfAny, requiredText } from '../psa-attributes';
import { oneOfValues } from '../psa-filters';
import { missingReference, reversedDates } from '../psa-references';
import type { PsaResource } from '../psa-resource';
import { staffingDefaults, staffingTerms } from './staffing-terms';

const changeable = staffingTerms.extend({ label: requiredText });
const attributes = changeable.extend({ workspace_id: psaId, role_id: psaId });

/**
 * Unnamed resources: a role planned on a workspace that no user fills yet, as Kantata keeps
 * them (`workspace_resources` without a `user_id`). Named staffing stays in participations; a
 * resource manager filling the role replaces the unnamed resource with a participation.
 */
export const workspaceResourcesResource: PsaResource = {
  key: 'workspace_resources',
  singular: 'workspace_resource',
  label: 'Workspace resource',
  filters: { workspace_id: oneOfValues('workspace_id'), role_id: oneOfValues('role_id') },
  includes: {
    workspace: { collection: 'workspaces', foreignKey: 'workspace_id' },
    role: { collection: 'roles', foreignKey: 'role_id' },
  },
  create(state, body) {
    const given = parseAttributes(attributes, body, 'workspace_resource');
    const workspace = state.find('workspaces', given.workspace_id);
    const resource = {
      user_id: null,
      ...staffingDefaults(workspace),
      ...given,
    };
    rejectIfAny([
      missingReference(state, 'workspaces', 'workspace_id', given.workspace_id),
      missingReference(state, 'roles', 'role_id', given.role_id),
      reversedDates(resource.start_date, resource.end_date, 'end_date'),
    ]);
    return state.insert('workspace_resources', resource);
  },
  update(state, record, body) {
    const changes = parseAttributes(changeable.partial(), body, 'workspace_resource');
    const merged = { ...record, ...changes };
    rejectIfAny([reversedDates(merged.start_date, merged.end_date, 'end_date')]);
    return state.update('workspace_resources', record, changes);
  },
  remove: (state, record) => state.remove('workspace_resources', record),
};
