import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { LineageDto } from '@p2c/flow';
import { Role, Roles } from '@p2c/security';
import { LineageQueryDto } from './dto/lineage.query.dto';
import { ReadLineageUseCase } from './read-lineage.use-case';
import { Throttled } from '../throttling/throttled.decorator';

@ApiTags('lineage')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Finance, Role.Delivery)
@Controller('lineage')
@Throttled()
export class LineageController {
  constructor(private readonly read: ReadLineageUseCase) {}

  @Get()
  @ApiOperation({
    operationId: 'getLineage',
    summary:
      'Where a PSA entry ended up, or what an invoice bills: entry → posting → billing event → invoice → payment',
    description:
      'Each link names the system holding the record, its ids, its status and times. Give `source` (e.g. `psa:time-entry:31000017`) or `invoice`.',
  })
  @ApiOkResponse({ type: LineageDto })
  @ApiBadRequestResponse({
    description: 'problem+json VALIDATION_FAILED: a malformed source or invoice, neither or both',
  })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no such entry or invoice' })
  @ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
  @ApiForbiddenResponse({
    description: 'problem+json FORBIDDEN: not an admin, finance or delivery token',
  })
  get(@Query() query: LineageQueryDto): Promise<LineageDto> {
    return this.read.execute(query);
  }
}
