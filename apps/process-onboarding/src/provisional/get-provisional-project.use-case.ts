import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProvisionalProject } from '@p2c/persistence';
import {
  ProcessOnboardingErrorCode,
  ProcessOnboardingException,
} from '../onboardings/process-onboarding.exception';
import type { ProvisionalProjectDto } from './dto/provisional-project.dto';
import { onboardedTerms } from './onboarded-terms';
import { provisionalProjectView } from './provisional-project-view';

/** One provisional project with its demand by role and week. */
@Injectable()
export class GetProvisionalProjectUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(projectId: string): Promise<ProvisionalProjectDto> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.read(manager, projectId),
    );
  }

  private async read(manager: EntityManager, projectId: string): Promise<ProvisionalProjectDto> {
    const row = await manager.findOneBy(ProvisionalProject, { projectId });
    if (!row)
      throw new ProcessOnboardingException(
        ProcessOnboardingErrorCode.NOT_FOUND,
        `There is no provisional project ${projectId}: no deal of it reached a late stage.`,
      );
    const terms = await onboardedTerms(manager, [row]);
    return provisionalProjectView(row, terms.get(row.opportunityId));
  }
}
