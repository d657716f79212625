import { Module } from '@nestjs/common';
import { LegalEntities } from '../common/legal-entities';
import { ProjectTermsReader } from '../planning/project-terms';
import { UnbilledPostings } from '../planning/unbilled-postings';
import { UnbilledWork } from '../planning/unbilled-work';
import { ReadRevenueUseCase } from './read-revenue.use-case';
import { RevenueController } from './revenue.controller';

/** `GET /revenue`: a legal entity's invoiced and unbilled revenue by month. */
@Module({
  controllers: [RevenueController],
  providers: [
    LegalEntities,
    UnbilledPostings,
    ProjectTermsReader,
    UnbilledWork,
    ReadRevenueUseCase,
  ],
})
export class RevenueModule {}
