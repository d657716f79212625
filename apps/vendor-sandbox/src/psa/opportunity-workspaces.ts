import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';

/**
 * The workspaces the gateway created for a CRM opportunity: those an external reference with
 * `subject_type: "Workspace"` and `service_model_ref: <crmId>` points at, and those whose own
 * `external_reference` field is the crmId. Either way of recording the link is recognised.
 */
export function workspacesOfOpportunity(state: PsaState, crmId: string): PsaRecord[] {
  const ids = new Set<string>();
  for (const reference of state.records('external_references').values())
    if (reference.subject_type === 'Workspace' && reference.service_model_ref === crmId)
      ids.add(String(reference.subject_id));
  for (const workspace of state.records('workspaces').values())
    if (workspace.external_reference === crmId) ids.add(String(workspace.id));
  return [...ids].flatMap((id) => {
    const workspace = state.find('workspaces', id);
    return workspace ? [workspace] : [];
  });
}

/** Why an opportunity does not lead to exactly one workspace; undefined when it does. */
export function opportunityProblem(workspaces: PsaRecord[], crmId: string): string | undefined {
  if (workspaces.length === 0) return `no PSA workspace refers to CRM opportunity ${crmId}`;
  if (workspaces.length > 1)
    return `CRM opportunity ${crmId} has ${workspaces.length} PSA workspaces (${workspaces
      .map((workspace) => workspace.id)
      .join(', ')}): a twin was created`;
  return undefined;
}

/** The one workspace of an opportunity, or the admin API's refusal. */
export function workspaceOfOpportunity(state: PsaState, crmId: string): PsaRecord {
  const workspaces = workspacesOfOpportunity(state, crmId);
  const problem = opportunityProblem(workspaces, crmId);
  if (problem)
    throw new PsaAdminException(
      workspaces.length === 0
        ? PsaAdminErrorCode.OPPORTUNITY_NOT_FOUND
        : PsaAdminErrorCode.AMBIGUOUS_OPPORTUNITY,
      problem,
    );
  return workspaces[0];
}
