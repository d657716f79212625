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
import { UtilisationQueryDto } from './dto/utilisation.query.dto';
import { UtilisationDto } from './dto/utilisation.dto';
import { Throttled } from '../throttling/throttled.decorator';

const RANGE_REFUSED =
  'problem+json VALIDATION_FAILED: a malformed date, from after to, a range over 366 days, or a legal entity the ERP does not know';

@PassesProblemsThrough()
@FlowApi('utilisation', Role.Admin, Role.Finance, Role.Delivery)
@Throttled()
export class UtilisationController {
  constructor(
    @InjectApiClient('process-forecast') private readonly forecast: ApiClient<'process-forecast'>,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getUtilisation',
    summary: 'Planned hours per worker per ISO week over capacity, all projects',
    description:
      'Every active HCM worker (optionally of one legal entity or cost centre): the hours the newest forecasts plan for them on every project, per ISO week of the range and in total, over their capacity, with the projects they are planned on.',
  })
  @ApiOkResponse({ type: UtilisationDto })
  @ApiBadRequestResponse({ description: RANGE_REFUSED })
  @ApiServiceUnavailableResponse({
    description: 'problem+json: the forecast or the ERP’s legal entities cannot be read',
  })
  get(@Query() query: UtilisationQueryDto): Promise<UtilisationDto> {
    return unwrap(this.forecast.GET('/utilisation', { params: { query } }));
  }
}
