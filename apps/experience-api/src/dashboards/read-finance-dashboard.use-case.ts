import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { ProcessTimeApi } from '@p2c/clients';
import { Money, formatMinor, toMinor } from '@p2c/canonical';
import type { FinanceDashboardDto } from './dto/finance-dashboard.dto';
import type { OpenExceptionsDto } from './dto/open-exceptions.dto';
import type { UnpostedAmountDto } from './dto/unposted-amount.dto';
import type { UnpostedTimeDto } from './dto/unposted-time.dto';
import { readSideBySide } from './read-side-by-side';

type BacklogBucket = ProcessTimeApi.components['schemas']['BacklogBucketDto'];
type OpenExceptions = Omit<OpenExceptionsDto, 'app'>;

/**
 * The finance dashboard from process-time's and process-billing's KPIs, and every process app's
 * open exceptions, read side by side.
 */
@Injectable()
export class ReadFinanceDashboardUseCase {
  constructor(
    @InjectApiClient('process-time') private readonly time: ApiClient<'process-time'>,
    @InjectApiClient('process-billing') private readonly billing: ApiClient<'process-billing'>,
    @InjectApiClient('process-onboarding')
    private readonly onboarding: ApiClient<'process-onboarding'>,
    @InjectApiClient('process-forecast')
    private readonly forecast: ApiClient<'process-forecast'>,
  ) {}

  async execute(): Promise<FinanceDashboardDto> {
    const asOf = new Date().toISOString();
    const read = await readSideBySide({
      'process-time': unwrap(this.time.GET('/kpis')),
      'process-billing': unwrap(this.billing.GET('/kpis')),
      'process-onboarding': unwrap(this.onboarding.GET('/kpis')),
      'process-forecast': unwrap(this.forecast.GET('/kpis')),
    });
    const time = read['process-time'];
    const billing = read['process-billing'];
    return {
      asOf,
      unposted: unposted(time.unposted),
      postingSuccess: time.success,
      unbilled: billing.unbilled,
      blockedBillingEvents: billing.blocked,
      pendingApproval: billing.pendingApproval,
      invoiceReadinessLag: billing.readinessLag,
      invoiceSyncDelay: billing.invoiceSync,
      overdueInvoices: billing.overdue,
      daysSalesOutstanding: billing.daysSalesOutstanding,
      exceptions: [
        ...ofApp('process-onboarding', read['process-onboarding'].openExceptions),
        ...ofApp('process-time', time.exceptionsByReason),
        ...ofApp('process-billing', billing.openExceptions),
        ...ofApp('process-forecast', read['process-forecast'].openExceptions),
      ],
    };
  }
}

function ofApp(app: OpenExceptionsDto['app'], rows: OpenExceptions[]): OpenExceptionsDto[] {
  return rows.map((row) => ({ app, ...row }));
}

/** The backlog's age bands as process-time gives them, with their totals over every age. */
function unposted(byAge: BacklogBucket[]): UnpostedTimeDto {
  const hundredths = byAge.reduce((sum, bucket) => sum + toMinor(bucket.hours, 2), 0n);
  return {
    entries: byAge.reduce((sum, bucket) => sum + bucket.entries, 0),
    hours: formatMinor(hundredths, 2),
    unpriced: byAge.reduce((sum, bucket) => sum + bucket.unpriced, 0),
    amounts: totalsPerCurrency(byAge.flatMap((bucket) => bucket.amounts)),
    byAge,
  };
}

function totalsPerCurrency(amounts: UnpostedAmountDto[]): UnpostedAmountDto[] {
  const totals = new Map<string, { cost: Money; billableValue: Money }>();
  for (const amount of amounts) {
    const cost = Money.fromJson(amount.cost);
    const billableValue = Money.fromJson(amount.billableValue);
    const total = totals.get(cost.currency);
    totals.set(
      cost.currency,
      total
        ? { cost: total.cost.plus(cost), billableValue: total.billableValue.plus(billableValue) }
        : { cost, billableValue },
    );
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, total]) => ({
      cost: total.cost.toJSON(),
      billableValue: total.billableValue.toJSON(),
    }));
}
