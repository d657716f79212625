import { Module } from '@nestjs/common';
import { PsaModule } from '../psa/psa.module';
import { ChangeProjectUseCase } from './change-project.use-case';
import { CloseProjectUseCase } from './close-project.use-case';
import { ProjectStatusUseCase } from './project-status.use-case';
import { CreateProjectUseCase } from './create-project.use-case';
import { GetProjectUseCase } from './get-project.use-case';
import { MilestoneSync } from './milestone-sync';
import { ProjectReader } from './project-reader';
import { ProjectWorkspaces } from './project-workspaces';
import { ProjectsController } from './projects.controller';
import { Staffing } from './staffing';

@Module({
  imports: [PsaModule],
  controllers: [ProjectsController],
  providers: [
    CreateProjectUseCase,
    GetProjectUseCase,
    ChangeProjectUseCase,
    CloseProjectUseCase,
    ProjectStatusUseCase,
    ProjectWorkspaces,
    ProjectReader,
    MilestoneSync,
    Staffing,
  ],
  exports: [ProjectWorkspaces],
})
export class ProjectsModule {}
