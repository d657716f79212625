import { Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiClient, InjectApiClient, PassesProblemsThrough, unwrap } from '@p2c/clients';
import { FlowApi } from '@p2c/flow';
import { Role } from '@p2c/security';
import { ListProvisionalProjectsQueryDto } from './dto/list-provisional-projects.query.dto';
import { ProvisionalProjectIdParamsDto } from './dto/provisional-project-id.params.dto';
import { ProvisionalProjectPageDto } from './dto/provisional-project-page.dto';
import { ProvisionalProjectDto } from './dto/provisional-project.dto';
import { Throttled } from '../throttling/throttled.decorator';

/** Late-stage deals' provisional PSA projects and the demand they hold, from process-onboarding. */
@PassesProblemsThrough()
@FlowApi('provisional-projects', Role.Admin, Role.Finance, Role.Delivery)
@Throttled()
export class ProvisionalProjectsController {
  constructor(
    @InjectApiClient('process-onboarding')
    private readonly onboarding: ApiClient<'process-onboarding'>,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listProvisionalProjects',
    summary: 'Late-stage deals’ provisional PSA projects with their demand by role and week',
    description:
      'Each deal that reached a late stage, newest first: its status (PROVISIONAL, PROMOTED, CLOSED) and the hours it asks per role per ISO week, named workers and open roles apart.',
  })
  @ApiOkResponse({ type: ProvisionalProjectPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  list(@Query() query: ListProvisionalProjectsQueryDto): Promise<ProvisionalProjectPageDto> {
    return unwrap(this.onboarding.GET('/provisional-projects', { params: { query } }));
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getProvisionalProject',
    summary: 'A provisional project with its demand by role and week',
  })
  @ApiOkResponse({ type: ProvisionalProjectDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: not a project id' })
  @ApiNotFoundResponse({
    description: 'problem+json NOT_FOUND: no deal of it reached a late stage',
  })
  get(@Param() params: ProvisionalProjectIdParamsDto): Promise<ProvisionalProjectDto> {
    return unwrap(
      this.onboarding.GET('/provisional-projects/{id}', { params: { path: { id: params.id } } }),
    );
  }
}
