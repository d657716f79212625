import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { WorldService } from '../world/world.service';
import { WorldSummaryDto } from './world-summary.dto';
import { worldSummary } from './world-summary';

@ApiTags('sandbox: world')
@Controller('__sandbox')
export class ResetController {
  constructor(private readonly worlds: WorldService) {}

  @Post('reset')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start a new world from a scenario document',
    description:
      'The body is a scenario document (scenario.schema.json); no body at all loads the default (Northwind). Ids are deterministic for a given scenario. A rejected document leaves the current world as it was.',
  })
  @ApiBody({
    required: false,
    description: 'a scenario document',
    schema: {
      type: 'object',
      additionalProperties: true,
      example: { name: 'my-scenario', asOf: '2026-11-20' },
    },
  })
  @ApiOkResponse({ type: WorldSummaryDto })
  @ApiBadRequestResponse({
    description:
      'problem+json `SCENARIO_INVALID` with `errors: [{path, message}]`, one per problem',
  })
  reset(@Body() document?: unknown): WorldSummaryDto {
    return worldSummary(this.worlds.reset(document ?? undefined));
  }
}
