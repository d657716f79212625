import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErpProjectDto, UpsertErpProjectDto } from '@p2c/canonical';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { IdParamsDto } from '../erp/dto/id-params.dto';
import { ActivateProjectUseCase } from './activate-project.use-case';
import { GetProjectUseCase } from './get-project.use-case';
import { UpsertProjectUseCase } from './upsert-project.use-case';

@ApiTags('projects')
@ErpApi()
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly getProject: GetProjectUseCase,
    private readonly upsertProject: UpsertProjectUseCase,
    private readonly activateProject: ActivateProjectUseCase,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: 'The ERP job of a canonical project, with its status',
    description: 'Only an ACTIVE project takes time (PROJECT_NOT_ACTIVE otherwise).',
  })
  @ApiOkResponse({ type: ErpProjectDto })
  get(@Param() params: IdParamsDto): Promise<ErpProjectDto> {
    return this.getProject.execute(params.id);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Create or change the ERP job of a canonical project',
    description:
      'Upsert by external id (the canonical id), cross-referenced: repeating it, or a change order, changes the one job. The customer must have its ERP record already.',
  })
  @ApiOkResponse({ type: ErpProjectDto })
  @ApiConflictResponse({ description: 'problem+json CROSS_REFERENCE_CONFLICT' })
  upsert(@Param() params: IdParamsDto, @Body() body: UpsertErpProjectDto): Promise<ErpProjectDto> {
    return this.upsertProject.execute(params.id, body);
  }

  @Post(':id/activation')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Activate the project: its job goes "In Progress" and takes time',
    description: 'Idempotent: an active project is answered as it is.',
  })
  @ApiOkResponse({ type: ErpProjectDto })
  activate(@Param() params: IdParamsDto): Promise<ErpProjectDto> {
    return this.activateProject.execute(params.id);
  }
}
