import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  get(): Promise<OnboardingKpisDto> {
    return this.readKpis.execute();
  }
}
