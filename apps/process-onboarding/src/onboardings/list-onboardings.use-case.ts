import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { Onboarding, OnboardingStep } from '@p2c/persistence';
import { fromStatusName } from './dto/onboarding-status';
import type { ListOnboardingsQueryDto } from './dto/list-onboardings.query.dto';
import type { OnboardingPageDto } from './dto/onboarding-page.dto';
import { toSummary } from './onboarding-views';

/** Onboardings, newest first, by status, deal, project or partner. */
@Injectable()
export class ListOnboardingsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Read in one snapshot, so each onboarding and its steps agree with each other. */
  execute(query: ListOnboardingsQueryDto): Promise<OnboardingPageDto> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, query));
  }

  private async read(
    manager: EntityManager,
    query: ListOnboardingsQueryDto,
  ): Promise<OnboardingPageDto> {
    const filters = {
      ...(query.status ? { status: fromStatusName(query.status) } : {}),
      ...(query.project ? { projectId: query.project } : {}),
      ...(query.partner ? { partner: query.partner } : {}),
    };
    const where: FindOptionsWhere<Onboarding>[] = query.opportunity
      ? [
          { ...filters, opportunityId: query.opportunity },
          { ...filters, opportunityCrmId: query.opportunity },
        ]
      : [filters];
    const [onboardings, total] = await manager.findAndCount(Onboarding, {
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    const steps = onboardings.length
      ? await manager.find(OnboardingStep, {
          where: { onboardingId: In(onboardings.map((onboarding) => onboarding.id)) },
        })
      : [];
    return {
      items: onboardings.map((onboarding) =>
        toSummary(
          onboarding,
          steps.filter((step) => step.onboardingId === onboarding.id),
        ),
      ),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }
}
