import { FlowApi, KpisRoute } from '@p2c/flow';
import { Role } from '@p2c/security';
import { TimeKpisDto } from './dto/time-kpis.dto';
import { TimeKpis } from './time-kpis';

@FlowApi('kpis', Role.Admin, Role.Service, Role.Finance)
export class KpisController {
  constructor(private readonly kpis: TimeKpis) {}

  @KpisRoute({
    type: TimeKpisDto,
    operationId: 'getTimeKpis',
    summary:
      'Approved-but-unposted backlog by age, posting success rate, posting lag, exceptions by reason',
  })
  getKpis(): Promise<TimeKpisDto> {
    return this.kpis.snapshot();
  }
}
