import { Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { FlowApi } from '@p2c/flow';
import { Role } from '@p2c/security';
import { RevenueQueryDto } from './dto/revenue.query.dto';
import { RevenueDto } from './dto/revenue.dto';
import { ReadRevenueUseCase } from './read-revenue.use-case';

@FlowApi('revenue', Role.Admin, Role.Service, Role.Finance)
export class RevenueController {
  constructor(private readonly readRevenue: ReadRevenueUseCase) {}

  @Get()
  @ApiOperation({
    operationId: 'getRevenue',
    summary: 'A legal entity’s invoiced and unbilled revenue by month',
    description:
      'Every month from `from` to `to` (at most 36), in the entity’s currency: `invoiced`, the net before tax of its invoiced billing events of that run period (credit memos negative); `unbilled`, what a run planned on `asOf` would bill, by month: billable posted time-and-materials work no billing event holds, by work date, and fee, retainer and milestone lines billable by `asOf` that no event holds, by due (or completion) date. Reads process-time’s postings and the ERP’s contract terms at each call.',
  })
  @ApiOkResponse({
    type: RevenueDto,
    example: {
      legalEntity: 'NWA-US',
      currency: 'USD',
      asOf: '2026-11-20',
      months: [
        {
          month: '2026-10',
          invoiced: { amount: '48250.00', currency: 'USD' },
          unbilled: { amount: '0.00', currency: 'USD' },
        },
        {
          month: '2026-11',
          invoiced: { amount: '0.00', currency: 'USD' },
          unbilled: { amount: '12600.00', currency: 'USD' },
        },
      ],
    },
  })
  @ApiBadRequestResponse({
    description:
      'problem+json VALIDATION_FAILED: a malformed month or date, `from` after `to`, more than 36 months, or a legal entity not in BILLING_LEGAL_ENTITIES',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json INVALID_DIMENSION: the ERP has no active legal entity with that code',
  })
  @ApiServiceUnavailableResponse({
    description:
      'problem+json VENDOR_UNAVAILABLE: the ERP’s legal entities, its contract terms or process-time’s postings could not be read',
  })
  get(@Query() query: RevenueQueryDto): Promise<RevenueDto> {
    return this.readRevenue.execute(query);
  }
}
