import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  ChangePsaProjectDto,
  CreatePsaProjectDto,
  PsaMilestoneDto,
  PsaProjectDto,
} from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { CloseProjectUseCase } from './close-project.use-case';
import { ChangeProjectUseCase } from './change-project.use-case';
import { CreateProjectUseCase } from './create-project.use-case';
import { ProjectIdParamDto } from './dto/project-id.param.dto';
import { GetProjectUseCase } from './get-project.use-case';
import { ProjectStatusUseCase } from './project-status.use-case';

@ServiceApi('projects')
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly createProject: CreateProjectUseCase,
    private readonly getProject: GetProjectUseCase,
    private readonly changeProject: ChangeProjectUseCase,
    private readonly closeProject: CloseProjectUseCase,
    private readonly projectStatus: ProjectStatusUseCase,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Set a project up in the PSA (idempotent)',
    description:
      'Creates the workspace with its rate card, milestones and participations, or completes and returns the one an earlier call made: a retry never makes a twin. Refuses before any write: WORKER_UNMAPPED, UNKNOWN_ROLE, UNKNOWN_RATE_CARD, CURRENCY_MISMATCH; the PSA’s own refusals are VENDOR_REJECTED.',
  })
  @ApiCreatedResponse({ type: PsaProjectDto })
  @ApiUnprocessableEntityResponse({ description: 'problem+json with a reason code' })
  @ApiConflictResponse({ description: 'DUPLICATE_SUSPECTED: several PSA workspaces match' })
  create(@Body() project: CreatePsaProjectDto): Promise<PsaProjectDto> {
    return this.createProject.execute(project);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A project as the PSA holds it, with milestones and staffing' })
  @ApiOkResponse({ type: PsaProjectDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: never set up in the PSA' })
  get(@Param() params: ProjectIdParamDto): Promise<PsaProjectDto> {
    return this.getProject.execute(params.id);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make the project active in the PSA (idempotent)' })
  @ApiOkResponse({ type: PsaProjectDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: never set up in the PSA' })
  activate(@Param() params: ProjectIdParamDto): Promise<PsaProjectDto> {
    return this.projectStatus.activate(params.id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close a project that will not go ahead, releasing its demand (idempotent)',
    description:
      'Removes the project\u2019s participations and the roles it holds open, and cancels the workspace. Meant for a provisional project whose deal was lost.',
  })
  @ApiOkResponse({ type: PsaProjectDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: never set up in the PSA' })
  close(@Param() params: ProjectIdParamDto): Promise<PsaProjectDto> {
    return this.closeProject.execute(params.id);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reopen a closed project that goes ahead again (idempotent)',
    description:
      'A cancelled workspace goes back to in planning (status PROVISIONAL); any other is left as it is. Meant for a provisional project whose deal came back to a late stage: its staffing is set up again with POST /projects.',
  })
  @ApiOkResponse({ type: PsaProjectDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: never set up in the PSA' })
  reopen(@Param() params: ProjectIdParamDto): Promise<PsaProjectDto> {
    return this.projectStatus.reopen(params.id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Apply a change order: contract value, end date, milestone set',
    description:
      'Only the fields given change. A milestone set replaces the old one: new milestones are added, changed ones updated, unlisted ones removed — a completed one cannot be (MILESTONE_COMPLETED, nothing changed).',
  })
  @ApiOkResponse({ type: PsaProjectDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: never set up in the PSA' })
  @ApiConflictResponse({ description: 'MILESTONE_COMPLETED' })
  change(
    @Param() params: ProjectIdParamDto,
    @Body() change: ChangePsaProjectDto,
  ): Promise<PsaProjectDto> {
    return this.changeProject.execute(params.id, change);
  }

  @Get(':id/milestones')
  @ApiOperation({ summary: 'The project’s milestones and whether each is completed' })
  @ApiOkResponse({ type: [PsaMilestoneDto] })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: never set up in the PSA' })
  milestones(@Param() params: ProjectIdParamDto): Promise<PsaMilestoneDto[]> {
    return this.getProject.milestones(params.id);
  }
}
