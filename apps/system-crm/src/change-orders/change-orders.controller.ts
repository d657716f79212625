import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ChangeOrderChangesDto, ChangeOrderDto } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { CanonicalIdParamDto } from '../common/dto/canonical-id-param.dto';
import { CrmIdParamDto } from '../common/dto/crm-id-param.dto';
import { CrmProblemResponses } from '../common/crm-problem-responses.decorator';
import { GetChangeOrder } from './get-change-order.use-case';
import { ReadChangeOrderChanges } from './read-change-order-changes.use-case';

@ServiceApi('change orders')
@CrmProblemResponses()
@Controller('change-orders')
export class ChangeOrdersController {
  constructor(
    private readonly changes: ReadChangeOrderChanges,
    private readonly changeOrders: GetChangeOrder,
  ) {}

  @Get('changes')
  @ApiOperation({
    summary: 'Approved change orders changed since a cursor or a consumer\u2019s checkpoint',
    description:
      'Each with the deal\u2019s amount, end date and milestone set as the CRM holds them now; paging and checkpoints as for closed-won deals (feed `change-orders`).',
  })
  @ApiOkResponse({ type: ChangeOrderChangesDto })
  changed(@Query() query: ChangesQueryDto): Promise<ChangeOrderChangesDto> {
    return this.changes.execute(query);
  }

  @Get('crm/:crmId')
  @ApiOperation({ summary: 'A change order by its CRM id' })
  @ApiOkResponse({ type: ChangeOrderDto })
  byCrmId(@Param() { crmId }: CrmIdParamDto): Promise<ChangeOrderDto> {
    return this.changeOrders.byCrmId(crmId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A change order by its canonical id' })
  @ApiOkResponse({ type: ChangeOrderDto })
  byId(@Param() { id }: CanonicalIdParamDto): Promise<ChangeOrderDto> {
    return this.changeOrders.byId(id);
  }
}
