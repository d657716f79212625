import { Injectable } from '@nestjs/common';
import { PsaMilestoneDto, PsaProjectDto } from '@p2c/canonical';
import { ProjectReader } from './project-reader';
import { ProjectWorkspaces } from './project-workspaces';

@Injectable()
export class GetProjectUseCase {
  constructor(
    private readonly workspaces: ProjectWorkspaces,
    private readonly reader: ProjectReader,
  ) {}

  async execute(projectId: string): Promise<PsaProjectDto> {
    const workspace = await this.workspaces.require(projectId);
    return this.reader.read(projectId, workspace.id);
  }

  async milestones(projectId: string): Promise<PsaMilestoneDto[]> {
    return (await this.execute(projectId)).milestones;
  }
}
