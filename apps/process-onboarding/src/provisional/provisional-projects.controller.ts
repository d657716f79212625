import { Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { FlowApi } from '@p2c/flow';
import { Role } from '@p2c/security';
import { ListProvisionalProjectsQueryDto } from './dto/list-provisional-projects.query.dto';
import { ProvisionalProjectIdParamsDto } from './dto/provisional-project-id.params.dto';
import { ProvisionalProjectPageDto } from './dto/provisional-project-page.dto';
import { ProvisionalProjectDto } from './dto/provisional-project.dto';
import { GetProvisionalProjectUseCase } from './get-provisional-project.use-case';
import { ListProvisionalProjectsUseCase } from './list-provisional-projects.use-case';

@FlowApi('provisional-projects', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
export class ProvisionalProjectsController {
  constructor(
    private readonly listProjects: ListProvisionalProjectsUseCase,
    private readonly getProject: GetProvisionalProjectUseCase,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listProvisionalProjects',
    summary: 'Late-stage deals’ provisional PSA projects with their demand by role and week',
    description:
      'Each deal that reached a late stage (ONBOARDING_PROVISIONAL_STAGES), newest first: its status (PROVISIONAL, PROMOTED, CLOSED) and the hours it asks per role per ISO week, named workers and open roles apart (hoursPerWeek ÷ 5 on each weekday between an assignment’s dates).',
  })
  @ApiOkResponse({ type: ProvisionalProjectPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  list(@Query() query: ListProvisionalProjectsQueryDto): Promise<ProvisionalProjectPageDto> {
    return this.listProjects.execute(query);
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
    return this.getProject.execute(params.id);
  }
}
