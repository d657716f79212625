import { Injectable } from '@nestjs/common';
import { PsaProjectDto } from '@p2c/canonical';
import { PsaApi } from '../psa/psa-api';
import { ProjectReader } from './project-reader';
import { ProjectWorkspaces } from './project-workspaces';

/** Opens a project for time: the workspace goes active (once; activating again changes nothing). */
@Injectable()
export class ActivateProjectUseCase {
  constructor(
    private readonly api: PsaApi,
    private readonly workspaces: ProjectWorkspaces,
    private readonly reader: ProjectReader,
  ) {}

  async execute(projectId: string): Promise<PsaProjectDto> {
    const workspace = await this.workspaces.require(projectId);
    if (workspace.status !== 'active')
      await this.api.update('workspaces', 'workspace', workspace.id, { status: 'active' });
    return this.reader.read(projectId, workspace.id);
  }
}
