import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CustomerAccountChangesDto, CustomerAccountDto } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { CanonicalIdParamDto } from '../common/dto/canonical-id-param.dto';
import { CrmIdParamDto } from '../common/dto/crm-id-param.dto';
import { CrmProblemResponses } from '../common/crm-problem-responses.decorator';
import { GetCustomer } from './get-customer.use-case';
import { ReadCustomerChanges } from './read-customer-changes.use-case';

@ServiceApi('customers')
@CrmProblemResponses()
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly changes: ReadCustomerChanges,
    private readonly customers: GetCustomer,
  ) {}

  @Get('changes')
  @ApiOperation({
    summary: 'Customer accounts changed since a cursor or a consumer\u2019s checkpoint',
    description:
      'The CRM\u2019s accounts in the order they last changed; paging and checkpoints as for closed-won deals (feed `customers`).',
  })
  @ApiOkResponse({ type: CustomerAccountChangesDto })
  changed(@Query() query: ChangesQueryDto): Promise<CustomerAccountChangesDto> {
    return this.changes.execute(query);
  }

  @Get('crm/:crmId')
  @ApiOperation({ summary: 'A customer by its CRM account id' })
  @ApiOkResponse({ type: CustomerAccountDto })
  byCrmId(@Param() { crmId }: CrmIdParamDto): Promise<CustomerAccountDto> {
    return this.customers.byCrmId(crmId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A customer by its canonical id' })
  @ApiOkResponse({ type: CustomerAccountDto })
  byId(@Param() { id }: CanonicalIdParamDto): Promise<CustomerAccountDto> {
    return this.customers.byId(id);
  }
}
