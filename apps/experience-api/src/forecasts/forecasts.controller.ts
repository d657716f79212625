import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiClient, InjectApiClient, PassesProblemsThrough, unwrap } from '@p2c/clients';
import { FlowApi } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role } from '@p2c/security';
import { ForecastProjectIdParamsDto } from './dto/forecast-project-id.params.dto';
import { ForecastVersionPageDto } from './dto/forecast-version-page.dto';
import { ForecastVersionParamsDto } from './dto/forecast-version.params.dto';
import { GetForecastQueryDto } from './dto/get-forecast.query.dto';
import { ListForecastsQueryDto } from './dto/list-forecasts.query.dto';
import { ListVersionsQueryDto } from './dto/list-versions.query.dto';
import { ProjectForecastPageDto } from './dto/project-forecast-page.dto';
import { ProjectForecastDto } from './dto/project-forecast.dto';
import { RevenueForecastQueryDto } from './dto/revenue-forecast.query.dto';
import { RevenueForecastDto } from './dto/revenue-forecast.dto';
import { forwardedIdempotencyKey } from '../finance/forwarded-idempotency-key';
import { IdempotencyKey } from '../finance/idempotency-key.decorator';
import { Throttled } from '../throttling/throttled.decorator';

/**
 * What each project will earn and cost, as process-forecast computes it: posted actuals up to
 * the world's date plus the plan after it, per month, each recomputation kept as a version; and
 * each legal entity's revenue per month.
 */
@PassesProblemsThrough()
@FlowApi('forecasts', Role.Admin, Role.Finance, Role.Delivery)
@Throttled()
export class ForecastsController {
  constructor(
    @InjectApiClient('process-forecast') private readonly forecast: ApiClient<'process-forecast'>,
  ) {}

  @Get('projects')
  @ApiOperation({
    operationId: 'listProjectForecasts',
    summary: 'The newest forecast of each project: hours, revenue, cost and margin per month',
    description:
      'Oldest project first. Each item: `project` (canonical id), `opportunity` (CRM id), `planned` (`{hours, revenue, cost, margin, marginPct}`: the plan on the weekdays after the world’s date), `actual`, `total`, `months[]`, the contracted amount and budget hours, and whether its margin is at risk.',
  })
  @ApiOkResponse({ type: ProjectForecastPageDto })
  @ApiBadRequestResponse({
    description:
      'problem+json VALIDATION_FAILED: malformed filter, or a legal entity the ERP does not know; INVALID_CURSOR',
  })
  @ApiServiceUnavailableResponse({
    description: 'problem+json: the forecast or the ERP’s legal entities cannot be read',
  })
  list(@Query() query: ListForecastsQueryDto): Promise<ProjectForecastPageDto> {
    return unwrap(this.forecast.GET('/forecasts/projects', { params: { query } }));
  }

  @Get('revenue')
  @ApiOperation({
    operationId: 'getRevenueForecast',
    summary: 'A legal entity’s revenue per month: invoiced + posted-unbilled + planned',
    description:
      'Invoiced and unbilled up to the world’s date (process-billing’s), planned after it from the newest forecast of each of the entity’s projects; in the entity’s currency, with the range’s total.',
  })
  @ApiOkResponse({ type: RevenueForecastDto })
  @ApiBadRequestResponse({
    description:
      'problem+json VALIDATION_FAILED: a malformed month, from after to, more than 36 months, or a legal entity the ERP does not know',
  })
  @ApiServiceUnavailableResponse({
    description:
      'problem+json: the forecast, the ERP’s legal entities or process-billing’s revenue cannot be read',
  })
  revenue(@Query() query: RevenueForecastQueryDto): Promise<RevenueForecastDto> {
    return unwrap(this.forecast.GET('/forecasts/revenue', { params: { query } }));
  }

  @Get('projects/:id')
  @ApiOperation({
    operationId: 'getProjectForecast',
    summary: 'A project’s forecast: the newest, or as it stood at a time (`asOf`)',
  })
  @ApiOkResponse({ type: ProjectForecastDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed id or asOf' })
  @ApiNotFoundResponse({
    description: 'problem+json NOT_FOUND: no forecast of the project (by then)',
  })
  get(
    @Param() params: ForecastProjectIdParamsDto,
    @Query() query: GetForecastQueryDto,
  ): Promise<ProjectForecastDto> {
    return unwrap(
      this.forecast.GET('/forecasts/projects/{id}', {
        params: { path: { id: params.id }, query },
      }),
    );
  }

  @Get('projects/:id/versions')
  @ApiOperation({
    operationId: 'listProjectForecastVersions',
    summary: 'A project’s forecast versions, newest first: when, why and what changed',
  })
  @ApiOkResponse({ type: ForecastVersionPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED; INVALID_CURSOR' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no forecast of the project' })
  versions(
    @Param() params: ForecastProjectIdParamsDto,
    @Query() query: ListVersionsQueryDto,
  ): Promise<ForecastVersionPageDto> {
    return unwrap(
      this.forecast.GET('/forecasts/projects/{id}/versions', {
        params: { path: { id: params.id }, query },
      }),
    );
  }

  @Get('projects/:id/versions/:version')
  @ApiOperation({
    operationId: 'getProjectForecastVersion',
    summary: 'One version of a project’s forecast, in full',
  })
  @ApiOkResponse({ type: ProjectForecastDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed id or number' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no such version' })
  version(@Param() params: ForecastVersionParamsDto): Promise<ProjectForecastDto> {
    return unwrap(
      this.forecast.GET('/forecasts/projects/{id}/versions/{version}', {
        params: { path: { id: params.id, version: params.version } },
      }),
    );
  }

  @Post('projects/:id/recompute')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'recomputeProjectForecast',
    summary: 'Recompute a project’s forecast now',
    description:
      'Answers the newest version after recomputing; a result equal to the newest version keeps no new one. Recorded with who asked.',
  })
  @ApiOkResponse({ type: ProjectForecastDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed id' })
  @ApiNotFoundResponse({
    description: 'problem+json NOT_FOUND: a project the forecast does not follow',
  })
  @ApiConflictResponse({ description: 'problem+json: a request with this Idempotency-Key runs' })
  @ApiUnprocessableEntityResponse({ description: 'problem+json IDEMPOTENCY_KEY_REUSED' })
  @ApiServiceUnavailableResponse({
    description: 'problem+json: the forecast or a system it reads cannot answer',
  })
  recompute(
    @Param() params: ForecastProjectIdParamsDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @IdempotencyKey() key?: string,
  ): Promise<ProjectForecastDto> {
    return unwrap(
      this.forecast.POST('/forecasts/projects/{id}/recompute', {
        params: {
          path: { id: params.id },
          header: forwardedIdempotencyKey(principal.subject, key),
        },
      }),
    );
  }
}
