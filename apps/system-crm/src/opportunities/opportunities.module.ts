import { Module } from '@nestjs/common';
import { CrmModule } from '../crm/crm.module';
import { GetOpportunity } from './get-opportunity.use-case';
import { OpportunitiesController } from './opportunities.controller';
import { OpportunityAssembler } from './opportunity-assembler';
import { ReadOpportunityChanges } from './read-opportunity-changes.use-case';

@Module({
  imports: [CrmModule],
  controllers: [OpportunitiesController],
  providers: [OpportunityAssembler, ReadOpportunityChanges, GetOpportunity],
  exports: [OpportunityAssembler],
})
export class OpportunitiesModule {}
