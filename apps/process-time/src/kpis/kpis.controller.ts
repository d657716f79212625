import { Controller, Get } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role, Roles } from '@p2c/security';
import { TimeKpisDto } from './dto/time-kpis.dto';
import { TimeKpis } from './time-kpis';

@ApiTags('kpis')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Service, Role.Finance)
@Controller('kpis')
export class KpisController {
  constructor(private readonly kpis: TimeKpis) {}

  @Get()
  @ApiOperation({
    operationId: 'getTimeKpis',
    summary:
      'Approved-but-unposted backlog by age, posting success rate, posting lag, exceptions by reason',
  })
  @ApiOkResponse({ type: TimeKpisDto })
  @ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
  @ApiForbiddenResponse({
    description:
      'problem+json FORBIDDEN: the token has none of the admin, service or finance roles',
  })
  getKpis(): Promise<TimeKpisDto> {
    return this.kpis.snapshot();
  }
}
