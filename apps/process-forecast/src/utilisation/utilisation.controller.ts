import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role, Roles } from '@p2c/security';
import { BenchDto } from './dto/bench.dto';
import { UtilisationQueryDto } from './dto/utilisation.query.dto';
import { UtilisationDto } from './dto/utilisation.dto';
import { ReadBenchUseCase } from './read-bench.use-case';
import { ReadUtilisationUseCase } from './read-utilisation.use-case';

const BAD_RANGE =
  'problem+json VALIDATION_FAILED: a malformed date, from after to, a range over 366 days, or a legal entity the ERP does not know';

/** Utilisation and the bench, over the newest forecasts' plans (two resources, one controller). */
@ApiTags('utilisation')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Service, Role.Finance, Role.Delivery)
@Controller()
@ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
@ApiForbiddenResponse({
  description:
    'problem+json FORBIDDEN: the token has none of the roles admin, service, finance, delivery',
})
@ApiServiceUnavailableResponse({
  description: 'problem+json VENDOR_UNAVAILABLE: the ERP’s legal entities could not be read',
})
export class UtilisationController {
  constructor(
    private readonly utilisation: ReadUtilisationUseCase,
    private readonly bench: ReadBenchUseCase,
  ) {}

  @Get('utilisation')
  @ApiOperation({
    operationId: 'getUtilisation',
    summary: 'Planned hours per worker per ISO week over capacity, all projects',
    description:
      'Every active HCM worker (of the legal entity and cost centre, when named): the hours the newest forecasts plan for them on the weekdays of the range, over 40 hours a week (FORECAST_WEEKLY_CAPACITY_HOURS).',
  })
  @ApiOkResponse({ type: UtilisationDto })
  @ApiBadRequestResponse({ description: BAD_RANGE })
  getUtilisation(@Query() query: UtilisationQueryDto): Promise<UtilisationDto> {
    return this.utilisation.execute(query);
  }

  @Get('bench')
  @ApiOperation({
    operationId: 'getBench',
    summary:
      'Workers planned under the bench threshold over a range, by legal entity and cost centre',
  })
  @ApiOkResponse({ type: BenchDto })
  @ApiBadRequestResponse({ description: BAD_RANGE })
  getBench(@Query() query: UtilisationQueryDto): Promise<BenchDto> {
    return this.bench.execute(query);
  }
}
