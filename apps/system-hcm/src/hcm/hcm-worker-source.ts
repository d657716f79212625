import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { WorkerDto } from '@p2c/canonical';
import { InjectVendorClient, VendorHttpClient, VendorHttpError } from '@p2c/vendor-http';
import type { CostRateReport, HcmWorkerRecord, HcmWorkersPage } from './hcm-records';
import { hcmProblem, unexpectedHcmAnswer } from './hcm-problem';
import { toCanonicalWorkers } from './to-canonical-workers';

/**
 * Reads every worker from the HCM (all staffing API pages, fetched in parallel once the first
 * page gives the total) and the Worker_Cost_Rates report, and answers them as canonical workers.
 * Vendor failures leave as problem+json reason codes.
 */
@Injectable()
export class HcmWorkerSource {
  private readonly logger = new Logger(HcmWorkerSource.name);
  private readonly tenant: string;
  private readonly pageSize: number;

  constructor(
    @InjectVendorClient('hcm') private readonly hcm: VendorHttpClient,
    config: ConfigService,
  ) {
    this.tenant = encodeURIComponent(config.getOrThrow<string>('HCM_TENANT'));
    this.pageSize = config.getOrThrow<number>('HCM_PAGE_SIZE');
  }

  async loadWorkers(): Promise<WorkerDto[]> {
    try {
      const [records, report] = await Promise.all([this.allWorkerRecords(), this.costRates()]);
      const { workers, problems } = toCanonicalWorkers(records, report.Report_Entry);
      if (problems.length > 0)
        this.logger.warn({ problems }, `${problems.length} HCM record(s) need attention`);
      return workers;
    } catch (error) {
      throw error instanceof VendorHttpError ? hcmProblem(error) : error;
    }
  }

  private async allWorkerRecords(): Promise<HcmWorkerRecord[]> {
    const first = await this.workersPage(0);
    // Step by what the HCM actually returned: it may cap the page below what was asked.
    const step = first.data.length;
    const offsets: number[] = [];
    for (let offset = step; step > 0 && offset < first.total; offset += step) offsets.push(offset);
    const rest = await Promise.all(offsets.map((offset) => this.workersPage(offset)));
    return [first, ...rest].flatMap((page) => page.data);
  }

  private async workersPage(offset: number): Promise<HcmWorkersPage> {
    const { body } = await this.hcm.request<HcmWorkersPage>({
      method: 'GET',
      path: `/ccx/api/staffing/v6/${this.tenant}/workers`,
      query: { limit: this.pageSize, offset },
    });
    if (typeof body?.total !== 'number' || !Array.isArray(body.data))
      throw unexpectedHcmAnswer('a workers page');
    return body;
  }

  private async costRates(): Promise<CostRateReport> {
    const { body } = await this.hcm.request<CostRateReport>({
      method: 'GET',
      path: `/ccx/service/customreport2/${this.tenant}/Worker_Cost_Rates`,
      query: { format: 'json' },
    });
    if (!Array.isArray(body?.Report_Entry)) throw unexpectedHcmAnswer('the cost-rate report');
    return body;
  }
}
