import { FlowApi, KpisRoute } from '@p2c/flow';
import { Role } from '@p2c/security';
import { OnboardingKpisDto } from './dto/onboarding-kpis.dto';
import { ReadKpisUseCase } from './read-kpis.use-case';

@FlowApi('kpis', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
export class KpisController {
  constructor(private readonly readKpis: ReadKpisUseCase) {}

  @KpisRoute({
    type: OnboardingKpisDto,
    summary: 'Project-setup KPIs',
    description:
      'Onboardings by status, setup cycle time (start to both projects active), exceptions by reason code and change orders. The same figures are Prometheus metrics on /metrics.',
  })
  get(): Promise<OnboardingKpisDto> {
    return this.readKpis.execute();
  }
}
