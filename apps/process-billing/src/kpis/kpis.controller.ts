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
      'Runs and billing events by status; invoiced, blocked and pending-approval events per currency; the unbilled billable amount by legal entity and age; by legal entity the invoice readiness lag (posted → invoiced, p50, p90) and the invoice sync delay (p50, p90 over 24 h, also overall); unresolved cases by reason; by legal entity the overdue amount and days sales outstanding.',
  })
  get(): Promise<BillingKpisDto> {
    return this.readKpis.execute();
  }
}
