import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { StateRecord } from '../world/vendor-state';
import { CrmAdminService } from './crm-admin.service';

@ApiTags('sandbox: crm')
@Controller('__sandbox/crm')
export class CrmAdminController {
  constructor(private readonly crm: CrmAdminService) {}

  @Post('opportunities/:crmId/close-won')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Win an opportunity',
    description:
      'Sets StageName to Closed Won (IsWon, IsClosed) and CloseDate to the sandbox\u2019s today; LastModifiedDate moves, so a change-feed poll sees it.',
  })
  @ApiParam({ name: 'crmId', description: 'the opportunity\u2019s CRM Id', example: '006NW000108' })
  @ApiOkResponse({
    description: 'the opportunity as the CRM now holds it',
    schema: { type: 'object', additionalProperties: true },
  })
  @ApiNotFoundResponse({ description: 'problem+json RECORD_NOT_FOUND' })
  closeWon(@Param('crmId') crmId: string): StateRecord {
    return this.crm.closeWon(crmId);
  }
}
