import { Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { FlowApi } from '@p2c/flow';
import { Role } from '@p2c/security';
import { TimeStatusPageDto } from './dto/time-status-page.dto';
import { TimeStatusQueryDto } from './dto/time-status.query.dto';
import { ReadTimeStatusUseCase } from './read-time-status.use-case';

@FlowApi('time-status', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
export class TimeStatusController {
  constructor(private readonly read: ReadTimeStatusUseCase) {}

  @Get()
  @ApiOperation({
    operationId: 'getTimeStatus',
    summary:
      'Per project: approved time entries and hours, and how many are pending, posted or blocked',
  })
  @ApiOkResponse({ type: TimeStatusPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED' })
  get(@Query() query: TimeStatusQueryDto): Promise<TimeStatusPageDto> {
    return this.read.execute(query.project);
  }
}
