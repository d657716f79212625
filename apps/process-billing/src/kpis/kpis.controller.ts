import { FlowApi, KpisRoute } from '@p2c/flow';
import { Role } from '@p2c/security';
import { BillingKpisDto } from './dto/billing-kpis.dto';
import { ReadBillingKpisUseCase } from './read-billing-kpis.use-case';

@FlowApi('kpis', Role.Admin, Role.Service, Role.Finance)
export class KpisController {
  constructor(private readonly readKpis: ReadBillingKpisUseCase) {}

  @KpisRoute({
    type: BillingKpisDto,
    operationId: 'getBillingKpis',
    summary: 'Billing KPIs',
    description:
      'Runs and billing events by status, invoiced and blocked amounts per currency, unresolved cases by reason, the invoice sync delay (p50, p90 over 24 h), and by legal entity the overdue amount and days sales outstanding.',
  })
  get(): Promise<BillingKpisDto> {
    return this.readKpis.execute();
  }
}
