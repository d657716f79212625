import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { PsaTimeEntryDto, PsaTimeEntryPageDto } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { ChangedWorkQueryDto } from './dto/changed-work.query.dto';
import { SourceIdParamDto } from './dto/source-id.param.dto';
import { ReadWorkUseCase } from './read-work.use-case';

@ServiceApi('time entries')
@Controller('time-entries')
export class TimeEntriesController {
  constructor(private readonly work: ReadWorkUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'Time entries changed since a cursor (approved ones by default), in passes',
    description:
      'Page with `nextCursor` until it is absent; store `checkpoint` after each page and resume from it. An entry may come again in a later pass: de-duplicate on sourceId + sourceVersion.',
  })
  @ApiOkResponse({ type: PsaTimeEntryPageDto })
  @ApiBadRequestResponse({ description: 'INVALID_CURSOR or VALIDATION_FAILED' })
  list(@Query() query: ChangedWorkQueryDto): Promise<PsaTimeEntryPageDto> {
    return this.work.timeEntries(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A time entry as it is now, with its version' })
  @ApiOkResponse({ type: PsaTimeEntryDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such entry (or it was deleted)' })
  get(@Param() params: SourceIdParamDto): Promise<PsaTimeEntryDto> {
    return this.work.timeEntry(params.id);
  }
}
