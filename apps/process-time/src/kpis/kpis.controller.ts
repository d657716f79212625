import { Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { FlowApi, KpisRoute } from '@p2c/flow';
import { Role } from '@p2c/security';
import { ProjectActualsListDto } from './dto/project-actuals-list.dto';
import { TimeKpisDto } from './dto/time-kpis.dto';
import { UtilisationQueryDto } from './dto/utilisation-query.dto';
import { UtilisationDto } from './dto/utilisation.dto';
import { ReadProjectActualsUseCase } from './read-project-actuals.use-case';
import { ReadUtilisationUseCase } from './read-utilisation.use-case';
import { TimeKpis } from './time-kpis';

@FlowApi('kpis', Role.Admin, Role.Service, Role.Finance)
export class KpisController {
  constructor(
    private readonly kpis: TimeKpis,
    private readonly projectActuals: ReadProjectActualsUseCase,
    private readonly utilisation: ReadUtilisationUseCase,
  ) {}

  @KpisRoute({
    type: TimeKpisDto,
    operationId: 'getTimeKpis',
    summary:
      'Approved-but-unposted backlog by age, posting success rate, posting lag, exceptions by reason and age',
  })
  getKpis(): Promise<TimeKpisDto> {
    return this.kpis.snapshot();
  }

  @Get('projects')
  @ApiOperation({
    operationId: 'getProjectActuals',
    summary: 'Posted hours, cost, billable amount and actual margin per project',
    description:
      'What the ERP holds of each project as posted (latest versions, reversals and withdrawals left out), per currency.',
  })
  @ApiOkResponse({ type: ProjectActualsListDto })
  getProjectActuals(): Promise<ProjectActualsListDto> {
    return this.projectActuals.execute();
  }

  @Get('utilisation')
  @ApiOperation({
    operationId: 'getUtilisation',
    summary: 'Posted and billable hours per worker in a month, over 8 hours per weekday',
  })
  @ApiOkResponse({ type: UtilisationDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: period is not YYYY-MM' })
  getUtilisation(@Query() query: UtilisationQueryDto): Promise<UtilisationDto> {
    return this.utilisation.execute(query.period);
  }
}
