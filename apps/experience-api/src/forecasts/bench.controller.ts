import { Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
} from '@nestjs/swagger';
import { ApiClient, InjectApiClient, PassesProblemsThrough, unwrap } from '@p2c/clients';
import { FlowApi } from '@p2c/flow';
import { Role } from '@p2c/security';
import { BenchDto } from './dto/bench.dto';
import { UtilisationQueryDto } from './dto/utilisation.query.dto';
import { Throttled } from '../throttling/throttled.decorator';

const RANGE_REFUSED =
  'problem+json VALIDATION_FAILED: a malformed date, from after to, a range over 366 days, or a legal entity the ERP does not know';

@PassesProblemsThrough()
@FlowApi('bench', Role.Admin, Role.Finance, Role.Delivery)
@Throttled()
export class BenchController {
  constructor(
    @InjectApiClient('process-forecast') private readonly forecast: ApiClient<'process-forecast'>,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getBench',
    summary:
      'Workers planned under the bench threshold over a range, by legal entity and cost centre',
    description:
      'The active workers whose planned hours over the range are under the forecast’s bench threshold, least utilised first, each group with its unplanned capacity (`benchHours`).',
  })
  @ApiOkResponse({ type: BenchDto })
  @ApiBadRequestResponse({ description: RANGE_REFUSED })
  @ApiServiceUnavailableResponse({
    description: 'problem+json: the forecast or the ERP’s legal entities cannot be read',
  })
  get(@Query() query: UtilisationQueryDto): Promise<BenchDto> {
    return unwrap(this.forecast.GET('/bench', { params: { query } }));
  }
}
