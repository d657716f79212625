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
import { OnboardingKpisDto } from './dto/onboarding-kpis.dto';
import { ReadKpisUseCase } from './read-kpis.use-case';

@ApiTags('kpis')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Service, Role.Finance, Role.Delivery)
@Controller('kpis')
export class KpisController {
  constructor(private readonly readKpis: ReadKpisUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'Project-setup KPIs',
    description:
      'Onboardings by status, setup cycle time (start to both projects active), exceptions by reason code and change orders. The same figures are Prometheus metrics on /metrics.',
  })
  @ApiOkResponse({ type: OnboardingKpisDto })
  @ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
  @ApiForbiddenResponse({
    description:
      'problem+json FORBIDDEN: the token has none of the admin, service, finance or delivery roles',
  })
  get(): Promise<OnboardingKpisDto> {
    return this.readKpis.execute();
  }
}
