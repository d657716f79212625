import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PsaEventDto } from '@p2c/canonical';
import { Role, Roles } from '@p2c/security';
import { EventIdParamDto } from './dto/event-id.param.dto';
import { ReadInboxEventUseCase } from './read-inbox-event.use-case';

@ApiTags('inbox')
@ApiBearerAuth()
@Roles(Role.Service, Role.Admin)
@Controller('inbox')
export class InboxController {
  constructor(private readonly read: ReadInboxEventUseCase) {}

  @Get(':eventId')
  @ApiOperation({
    summary: 'A PSA event the webhook brought in, as it was stored',
    description:
      'What the consumer of a `psa-events` job (ids only) reads. Kept for PSA_INBOX_RETENTION_DAYS.',
  })
  @ApiOkResponse({ type: PsaEventDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: never received, or pruned' })
  get(@Param() { eventId }: EventIdParamDto): Promise<PsaEventDto> {
    return this.read.execute(eventId);
  }
}
