import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ContractChangesDto, ContractDto, ContractListDto } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { CanonicalIdParamDto } from '../common/dto/canonical-id-param.dto';
import { CrmIdParamDto } from '../common/dto/crm-id-param.dto';
import { CrmProblemResponses } from '../common/crm-problem-responses.decorator';
import { ContractsQueryDto } from './dto/contracts-query.dto';
import { GetContract } from './get-contract.use-case';
import { ListOpportunityContracts } from './list-opportunity-contracts.use-case';
import { ReadContractChanges } from './read-contract-changes.use-case';

@ServiceApi('contracts')
@CrmProblemResponses()
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly changes: ReadContractChanges,
    private readonly contracts: GetContract,
    private readonly ofOpportunity: ListOpportunityContracts,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'A deal\u2019s contracts, with their not-to-exceed amounts',
    description:
      'Every contract whose deal (`Opportunity__c`) is the given opportunity, earliest start first, read from the CRM in one query. `opportunity` is the canonical opportunity id (`opp_…`) or the CRM opportunity id; an unknown canonical id is 404 NOT_FOUND, a CRM id without contracts gives no items. A project\u2019s contract: the project\u2019s deal is the opportunity of its ProjectActivated event (and of its onboarding).',
  })
  @ApiOkResponse({ type: ContractListDto })
  list(@Query() { opportunity }: ContractsQueryDto): Promise<ContractListDto> {
    return this.ofOpportunity.execute(opportunity);
  }

  @Get('changes')
  @ApiOperation({
    summary: 'Contracts changed since a cursor or a consumer\u2019s checkpoint',
    description:
      'In the order they last changed; paging and checkpoints as for closed-won deals (feed `contracts`).',
  })
  @ApiOkResponse({ type: ContractChangesDto })
  changed(@Query() query: ChangesQueryDto): Promise<ContractChangesDto> {
    return this.changes.execute(query);
  }

  @Get('crm/:crmId')
  @ApiOperation({ summary: 'A contract by its CRM id' })
  @ApiOkResponse({ type: ContractDto })
  byCrmId(@Param() { crmId }: CrmIdParamDto): Promise<ContractDto> {
    return this.contracts.byCrmId(crmId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A contract by its canonical id' })
  @ApiOkResponse({ type: ContractDto })
  byId(@Param() { id }: CanonicalIdParamDto): Promise<ContractDto> {
    return this.contracts.byId(id);
  }
}
