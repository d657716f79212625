import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ContractChangesDto, ContractDto } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { CanonicalIdParamDto } from '../common/dto/canonical-id-param.dto';
import { CrmIdParamDto } from '../common/dto/crm-id-param.dto';
import { CrmProblemResponses } from '../common/crm-problem-responses.decorator';
import { GetContract } from './get-contract.use-case';
import { ReadContractChanges } from './read-contract-changes.use-case';

@ServiceApi('contracts')
@CrmProblemResponses()
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly changes: ReadContractChanges,
    private readonly contracts: GetContract,
  ) {}

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
