import { Injectable } from '@nestjs/common';
import { PsaProjectDto } from '@p2c/canonical';
import { PsaApi } from '../psa/psa-api';
import type { PsaWorkspaceStatus } from '../psa/psa-records';
import { ProjectReader } from './project-reader';
import { ProjectWorkspaces } from './project-workspaces';

/** Moves a project's workspace on in its life; moving it again changes nothing. */
@Injectable()
export class ProjectStatusUseCase {
  constructor(
    private readonly api: PsaApi,
    private readonly workspaces: ProjectWorkspaces,
    private readonly reader: ProjectReader,
  ) {}

  /** Opens a project for time: the workspace goes active. */
  activate(projectId: string): Promise<PsaProjectDto> {
    return this.move(projectId, 'active', (status) => status !== 'active');
  }

  /**
   * Reopens a project that was closed because it would not go ahead (its deal came back): a
   * cancelled workspace goes back to `in_planning`. Any other workspace is left as it is, so a
   * project that went ahead is never set back. Its demand comes back with the project's staffing
   * (`POST /projects`), which closing removed.
   */
  reopen(projectId: string): Promise<PsaProjectDto> {
    return this.move(projectId, 'in_planning', (status) => status === 'cancelled');
  }

  private async move(
    projectId: string,
    to: PsaWorkspaceStatus,
    movesFrom: (status: PsaWorkspaceStatus) => boolean,
  ): Promise<PsaProjectDto> {
    const workspace = await this.workspaces.require(projectId);
    if (movesFrom(workspace.status))
      await this.api.update('workspaces', 'workspace', workspace.id, { status: to });
    return this.reader.read(projectId, workspace.id);
  }
}
