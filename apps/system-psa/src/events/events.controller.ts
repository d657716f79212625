import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PsaEventPageDto } from '@p2c/canonical';
import { Role, Roles } from '@p2c/security';
import { EventsQueryDto } from './dto/events.query.dto';
import { ReadEventsUseCase } from './read-events.use-case';

@ApiTags('events')
@ApiBearerAuth()
@Roles(Role.Service, Role.Admin)
@Controller('events')
export class EventsController {
  constructor(private readonly events: ReadEventsUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'The PSA’s event feed since a cursor, in overlapping passes',
    description:
      'Page with `nextCursor` until it is absent; store `checkpoint` after each page and resume from it. Events come again across passes and may also arrive by webhook: de-duplicate on `id`.',
  })
  @ApiOkResponse({ type: PsaEventPageDto })
  @ApiBadRequestResponse({ description: 'INVALID_CURSOR or VALIDATION_FAILED' })
  list(@Query() query: EventsQueryDto): Promise<PsaEventPageDto> {
    return this.events.execute(query);
  }
}
