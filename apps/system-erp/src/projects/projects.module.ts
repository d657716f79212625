import { Module } from '@nestjs/common';
import { ErpModule } from '../erp/erp.module';
import { ActivateProjectUseCase } from './activate-project.use-case';
import { ErpProjectMapper } from './erp-project.mapper';
import { GetProjectUseCase } from './get-project.use-case';
import { ProjectsController } from './projects.controller';
import { UpsertProjectUseCase } from './upsert-project.use-case';

@Module({
  imports: [ErpModule],
  controllers: [ProjectsController],
  providers: [ActivateProjectUseCase, ErpProjectMapper, GetProjectUseCase, UpsertProjectUseCase],
})
export class ProjectsModule {}
