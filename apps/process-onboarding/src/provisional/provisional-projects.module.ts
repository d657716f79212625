import { Module } from '@nestjs/common';
import { GetProvisionalProjectUseCase } from './get-provisional-project.use-case';
import { ListProvisionalProjectsUseCase } from './list-provisional-projects.use-case';
import { ProvisionalProjectsController } from './provisional-projects.controller';

/** The provisional projects API: late-stage deals' PSA projects and their demand by role and week. */
@Module({
  controllers: [ProvisionalProjectsController],
  providers: [ListProvisionalProjectsUseCase, GetProvisionalProjectUseCase],
})
export class ProvisionalProjectsModule {}
