import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErpCustomerDto,
  ErpCustomerMatchesDto,
  FindErpCustomersQueryDto,
  LinkErpCustomerDto,
  UpsertErpCustomerDto,
} from '@p2c/canonical';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { IdParamsDto } from '../erp/dto/id-params.dto';
import { FindCustomerMatchesUseCase } from './find-customer-matches.use-case';
import { GetCustomerUseCase } from './get-customer.use-case';
import { LinkCustomerUseCase } from './link-customer.use-case';
import { UpsertCustomerUseCase } from './upsert-customer.use-case';

@ApiTags('customers')
@ErpApi()
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly findMatches: FindCustomerMatchesUseCase,
    private readonly getCustomer: GetCustomerUseCase,
    private readonly upsertCustomer: UpsertCustomerUseCase,
    private readonly linkCustomer: LinkCustomerUseCase,
  ) {}

  @Get('matches')
  @ApiOperation({
    summary: 'Find the ERP customers that may be this one',
    description:
      'By tax id first; only when no customer has it, by normalised name (case, punctuation and legal forms such as Inc., Ltd, GmbH, AG, Aktiengesellschaft ignored). Every candidate is returned: one is a clear match, several need a person.',
  })
  @ApiOkResponse({ type: ErpCustomerMatchesDto })
  matches(@Query() query: FindErpCustomersQueryDto): Promise<ErpCustomerMatchesDto> {
    return this.findMatches.execute(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The ERP customer of a canonical customer' })
  @ApiOkResponse({ type: ErpCustomerDto })
  get(@Param() params: IdParamsDto): Promise<ErpCustomerDto> {
    return this.getCustomer.execute(params.id);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Create or change the ERP customer of a canonical customer',
    description:
      'Upsert by external id (the canonical id), cross-referenced: repeating it changes the one ERP record, never makes a second.',
  })
  @ApiOkResponse({ type: ErpCustomerDto })
  @ApiConflictResponse({ description: 'problem+json CROSS_REFERENCE_CONFLICT' })
  upsert(
    @Param() params: IdParamsDto,
    @Body() body: UpsertErpCustomerDto,
  ): Promise<ErpCustomerDto> {
    return this.upsertCustomer.execute(params.id, body);
  }

  @Put(':id/erp-record')
  @ApiOperation({
    summary: 'Adopt a customer the ERP already holds as this canonical customer’s record',
    description:
      'For the clear match of a search: the ERP record keeps its name and gets the canonical id as its external id; the cross-reference is linked. Idempotent.',
  })
  @ApiOkResponse({ type: ErpCustomerDto })
  @ApiConflictResponse({
    description:
      'problem+json ERP_RECORD_TAKEN (the record belongs to another customer) or CROSS_REFERENCE_CONFLICT (this customer is linked to another record)',
  })
  link(@Param() params: IdParamsDto, @Body() body: LinkErpCustomerDto): Promise<ErpCustomerDto> {
    return this.linkCustomer.execute(params.id, body.erpId);
  }
}
