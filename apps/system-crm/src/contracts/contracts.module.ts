import { Module } from '@nestjs/common';
import { CrmModule } from '../crm/crm.module';
import { ContractAssembler } from './contract-assembler';
import { ContractsController } from './contracts.controller';
import { GetContract } from './get-contract.use-case';
import { ListOpportunityContracts } from './list-opportunity-contracts.use-case';
import { ReadContractChanges } from './read-contract-changes.use-case';

@Module({
  imports: [CrmModule],
  controllers: [ContractsController],
  providers: [ContractAssembler, ReadContractChanges, GetContract, ListOpportunityContracts],
})
export class ContractsModule {}
