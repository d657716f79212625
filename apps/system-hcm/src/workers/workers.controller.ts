import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { WorkerCostRateDto, WorkerDto, WorkerPageDto } from '@p2c/canonical';
import { Role, Roles } from '@p2c/security';
import { CostRateQueryDto } from './dto/cost-rate-query.dto';
import { ListWorkersQueryDto } from './dto/list-workers-query.dto';
import { WorkerParamsDto } from './dto/worker-params.dto';
import { GetWorkerCostRateUseCase } from './get-worker-cost-rate.use-case';
import { GetWorkerUseCase } from './get-worker.use-case';
import { ListWorkersUseCase } from './list-workers.use-case';
import { WantsFresh } from './wants-fresh.decorator';

@ApiTags('workers')
@ApiBearerAuth()
@ApiHeader({
  name: 'Cache-Control',
  required: false,
  description:
    '`no-cache` reads the HCM again instead of the directory cached for HCM_CACHE_TTL_MS (e.g. when retrying after a rate was fixed in the HCM).',
})
@ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid service token' })
@ApiForbiddenResponse({ description: 'problem+json FORBIDDEN: the token lacks the service role' })
@ApiTooManyRequestsResponse({
  description: 'problem+json RATE_LIMITED: the HCM is limiting requests; Retry-After says when',
})
@ApiServiceUnavailableResponse({
  description:
    'problem+json VENDOR_UNAVAILABLE: the HCM failed, timed out, refused the gateway’s credentials or its circuit is open',
})
@Roles(Role.Service, Role.Admin)
@Controller('workers')
export class WorkersController {
  constructor(
    private readonly listWorkers: ListWorkersUseCase,
    private readonly getWorker: GetWorkerUseCase,
    private readonly getCostRate: GetWorkerCostRateUseCase,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listWorkers',
    summary: 'List workers with their cost rates',
    description: 'Every worker of the HCM, active or not, ordered by id, a page at a time.',
  })
  @ApiOkResponse({ type: WorkerPageDto, description: 'A page of workers.' })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or BAD_REQUEST (cursor)' })
  list(@Query() query: ListWorkersQueryDto, @WantsFresh() fresh: boolean): Promise<WorkerPageDto> {
    return this.listWorkers.execute({
      limit: query.limit,
      cursor: query.cursor,
      fresh,
    });
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getWorker', summary: 'A worker with their cost rates' })
  @ApiOkResponse({ type: WorkerDto, description: 'The worker.' })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: the HCM has no such worker' })
  get(@Param() params: WorkerParamsDto, @WantsFresh() fresh: boolean): Promise<WorkerDto> {
    return this.getWorker.execute(params.id, fresh);
  }

  @Get(':id/cost-rate')
  @ApiOperation({
    operationId: 'getWorkerCostRate',
    summary: 'A worker’s cost rate on a work date',
    description:
      'Always 200 for a known worker: `costRate` is absent when no rate is effective on `date` (raise RATE_MISSING), `active` is false for a worker who has left (raise WORKER_UNMAPPED).',
  })
  @ApiOkResponse({
    type: WorkerCostRateDto,
    description: 'The worker’s status and the rate effective on the date, if any.',
  })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: date is not YYYY-MM-DD' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: the HCM has no such worker' })
  costRate(
    @Param() params: WorkerParamsDto,
    @Query() query: CostRateQueryDto,
    @WantsFresh() fresh: boolean,
  ): Promise<WorkerCostRateDto> {
    return this.getCostRate.execute(params.id, query.date, fresh);
  }
}
