import { Injectable } from '@nestjs/common';
import { PsaApi, includedOf } from '../psa/psa-api';
import { PsaExternalReferences } from '../psa/psa-external-references';
import { PsaEntity, PsaLinks } from '../psa/psa-links';
import type { PsaExternalReference, PsaWorkspace } from '../psa/psa-records';
import { PsaSettings } from '../psa/psa-settings';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';

/** The external reference that names a workspace's canonical project. */
export const PROJECT_MODEL = 'Project';

export interface ProjectKey {
  id: string;
  opportunity: string;
}

/** Finds the workspace of a canonical project, however far an earlier create got. */
@Injectable()
export class ProjectWorkspaces {
  constructor(
    private readonly api: PsaApi,
    private readonly links: PsaLinks,
    private readonly references: PsaExternalReferences,
    private readonly settings: PsaSettings,
  ) {}

  /** The linked workspace, or NOT_FOUND: the project was never created through the gateway. */
  async require(projectId: string): Promise<PsaWorkspace> {
    const psaId = await this.links.psaId(PsaEntity.Project, projectId);
    const found = psaId ? await this.api.one<PsaWorkspace>('workspaces', psaId) : undefined;
    if (!found)
      throw new SystemPsaException(
        SystemPsaErrorCode.NOT_FOUND,
        `Project ${projectId} has no PSA workspace; create it first.`,
      );
    return found.record;
  }

  /**
   * Looks in order: the cross-reference; an external reference naming the canonical project;
   * a workspace whose `external_reference` is the opportunity and that no other project claims
   * (what a create that failed before its references were written leaves behind).
   */
  async find(project: ProjectKey): Promise<PsaWorkspace | undefined> {
    const psaId = await this.links.psaId(PsaEntity.Project, project.id);
    if (psaId) {
      const linked = await this.api.one<PsaWorkspace>('workspaces', psaId);
      if (linked) return linked.record;
      // removed in the PSA by a person: the project is set up again
      await this.links.unlink(PsaEntity.Project, project.id);
    }
    const referenced = await this.references.find(
      'Workspace',
      this.settings.gatewayServiceName,
      PROJECT_MODEL,
      [project.id],
    );
    const referencedIds = [...new Set(referenced.map((reference) => reference.subject_id))];
    if (referencedIds.length > 1) throw duplicates(project.id, referencedIds);
    if (referencedIds.length === 1) {
      const workspace = await this.api.one<PsaWorkspace>('workspaces', referencedIds[0]);
      if (workspace) return workspace.record;
    }
    return this.unclaimedOfOpportunity(project);
  }

  private async unclaimedOfOpportunity(project: ProjectKey): Promise<PsaWorkspace | undefined> {
    const { records, included } = await this.api.page<PsaWorkspace>(
      'workspaces',
      { external_reference: project.opportunity, include: 'external_references' },
      1,
    );
    const unclaimed = records.filter((workspace) =>
      includedOf<PsaExternalReference>(
        included,
        'external_references',
        workspace.external_reference_ids,
      ).every(
        (reference) =>
          reference.service_name !== this.settings.gatewayServiceName ||
          reference.service_model !== PROJECT_MODEL ||
          reference.service_model_ref === project.id,
      ),
    );
    const ids = [...new Set(unclaimed.map((workspace) => workspace.id))];
    if (ids.length > 1) throw duplicates(project.id, ids);
    return unclaimed[0];
  }
}

function duplicates(projectId: string, workspaceIds: string[]): SystemPsaException {
  return new SystemPsaException(
    SystemPsaErrorCode.DUPLICATE_SUSPECTED,
    `The PSA holds ${workspaceIds.length} workspaces that could be project ${projectId}; remove the twins in the PSA, then retry.`,
    { psaWorkspaces: workspaceIds },
  );
}
