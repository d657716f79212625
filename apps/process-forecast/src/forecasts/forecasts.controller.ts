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
import { FlowApi } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role } from '@p2c/security';
import { ForecastVersionPageDto } from './dto/forecast-version-page.dto';
import { GetForecastQueryDto } from './dto/get-forecast.query.dto';
import { ListForecastsQueryDto } from './dto/list-forecasts.query.dto';
import { ListVersionsQueryDto } from './dto/list-versions.query.dto';
import { ProjectForecastPageDto } from './dto/project-forecast-page.dto';
import { ProjectForecastDto } from './dto/project-forecast.dto';
import { ProjectIdParamsDto } from './dto/project-id.params.dto';
import { VersionParamsDto } from './dto/version-params.dto';
import { GetForecastUseCase } from './get-forecast.use-case';
import { ListForecastsUseCase } from './list-forecasts.use-case';
import { ListVersionsUseCase } from './list-versions.use-case';
import { RequestRecomputeUseCase } from './request-recompute.use-case';

@FlowApi('forecasts', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
export class ForecastsController {
  constructor(
    private readonly list: ListForecastsUseCase,
    private readonly get: GetForecastUseCase,
    private readonly versions: ListVersionsUseCase,
    private readonly recompute: RequestRecomputeUseCase,
  ) {}

  @Get('projects')
  @ApiOperation({
    operationId: 'listProjectForecasts',
    summary: 'The newest forecast of each project: hours, revenue, cost and margin per month',
    description:
      'Posted actuals up to the world’s date plus the plan on the weekdays after it (`planned`), per month and in total, beside the contracted amount and budget hours. Oldest project first.',
  })
  @ApiOkResponse({ type: ProjectForecastPageDto })
  @ApiBadRequestResponse({
    description:
      'problem+json VALIDATION_FAILED: malformed filter, or a legal entity the ERP does not know; INVALID_CURSOR',
  })
  @ApiServiceUnavailableResponse({
    description: 'problem+json VENDOR_UNAVAILABLE: the ERP’s legal entities could not be read',
  })
  listForecasts(@Query() query: ListForecastsQueryDto): Promise<ProjectForecastPageDto> {
    return this.list.execute(query);
  }

  @Get('projects/:id')
  @ApiOperation({
    operationId: 'getProjectForecast',
    summary: 'A project’s forecast: the newest, or as it stood at a time (`asOf`)',
  })
  @ApiOkResponse({ type: ProjectForecastDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed id or asOf' })
  @ApiNotFoundResponse({
    description: 'problem+json NOT_FOUND: no forecast of the project (by that time)',
  })
  getForecast(
    @Param() params: ProjectIdParamsDto,
    @Query() query: GetForecastQueryDto,
  ): Promise<ProjectForecastDto> {
    return this.get.execute(
      params.id,
      query.asOf ? { at: new Date(query.asOf) } : { newest: true },
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
  listVersions(
    @Param() params: ProjectIdParamsDto,
    @Query() query: ListVersionsQueryDto,
  ): Promise<ForecastVersionPageDto> {
    return this.versions.execute(params.id, query);
  }

  @Get('projects/:id/versions/:version')
  @ApiOperation({
    operationId: 'getProjectForecastVersion',
    summary: 'One version of a project’s forecast, in full',
  })
  @ApiOkResponse({ type: ProjectForecastDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed id or number' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no such version' })
  getVersion(@Param() params: VersionParamsDto): Promise<ProjectForecastDto> {
    return this.get.execute(params.id, { number: params.version });
  }

  @Post('projects/:id/recompute')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'recomputeProjectForecast',
    summary: 'Recompute a project’s forecast now',
    description:
      'Reads the project’s staffing, rates, deal and posted time again and prices it; a result that differs from the newest version is kept as a new version (trigger `request`). Answers the newest version.',
  })
  @ApiOkResponse({ type: ProjectForecastDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed id' })
  @ApiNotFoundResponse({
    description: 'problem+json NOT_FOUND: a project the forecast does not follow',
  })
  @ApiUnprocessableEntityResponse({ description: 'problem+json IDEMPOTENCY_KEY_REUSED' })
  @ApiConflictResponse({ description: 'problem+json: a request with this Idempotency-Key runs' })
  recomputeForecast(
    @Param() params: ProjectIdParamsDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<ProjectForecastDto> {
    return this.recompute.execute(params.id, principal?.subject ?? 'anonymous');
  }
}
