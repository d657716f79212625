import { Injectable } from '@nestjs/common';
import { PsaProjectDto } from '@p2c/canonical';
import { PsaApi } from '../psa/psa-api';
import type { PsaParticipation, PsaWorkspaceResource } from '../psa/psa-records';
import { ProjectReader } from './project-reader';
import { ProjectWorkspaces } from './project-workspaces';

/**
 * Closes a project that will not go ahead (its deal was lost): its demand is released — every
 * participation and role held open is removed, so resource managers stop planning people for it
 * — and the workspace is cancelled. Closing again changes nothing.
 */
@Injectable()
export class CloseProjectUseCase {
  constructor(
    private readonly api: PsaApi,
    private readonly workspaces: ProjectWorkspaces,
    private readonly reader: ProjectReader,
  ) {}

  async execute(projectId: string): Promise<PsaProjectDto> {
    const workspace = await this.workspaces.require(projectId);
    const query = { workspace_id: workspace.id };
    for (const participation of await this.api.all<PsaParticipation>('participations', query))
      await this.api.remove('participations', participation.id);
    for (const resource of await this.api.all<PsaWorkspaceResource>('workspace_resources', query))
      if (!resource.user_id) await this.api.remove('workspace_resources', resource.id);
    if (workspace.status !== 'cancelled')
      await this.api.update('workspaces', 'workspace', workspace.id, { status: 'cancelled' });
    return this.reader.read(projectId, workspace.id);
  }
}
