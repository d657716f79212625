import { Query } from '@nestjs/common';
import { FlowApi, LineageDto, LineageRoute } from '@p2c/flow';
import { Role } from '@p2c/security';
import { BillingLineageQueryDto } from './dto/billing-lineage.query.dto';
import { ReadBillingLineageUseCase } from './read-billing-lineage.use-case';

@FlowApi('lineage', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
export class LineageController {
  constructor(private readonly read: ReadBillingLineageUseCase) {}

  @LineageRoute({
    operationId: 'getBillingLineage',
    summary:
      'Where postings were billed (billing events, invoices, payments), or what a billing event bills and where its invoice stands',
  })
  get(@Query() query: BillingLineageQueryDto): Promise<LineageDto> {
    return this.read.execute(query);
  }
}
