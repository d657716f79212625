import { Injectable } from '@nestjs/common';
import { AccountingPeriodDto } from '@p2c/canonical';
import { ErpDirectory } from '../erp/erp-directory';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';

/**
 * Legal entities' accounting periods, read with one SuiteQL query and cached briefly. The ERP
 * itself refuses postings into a closed period whatever this says, so a period closed a moment
 * ago costs a VENDOR_REJECTED, never a wrong posting.
 */
@Injectable()
export class AccountingPeriodsUseCase {
  constructor(private readonly directory: ErpDirectory) {}

  async list(legalEntity?: string, fresh = false): Promise<AccountingPeriodDto[]> {
    const periods: AccountingPeriodDto[] = [];
    for (const period of await this.directory.periods.all({ fresh })) {
      const owner = await this.directory.legalEntityOf(period.subsidiaryErpId);
      if (owner === undefined || (legalEntity !== undefined && owner !== legalEntity)) continue;
      periods.push({
        legalEntity: owner,
        period: period.startDate.slice(0, 7),
        name: period.name,
        startDate: period.startDate,
        endDate: period.endDate,
        status: period.closed ? 'CLOSED' : 'OPEN',
      });
    }
    return periods.sort(
      (a, b) => a.legalEntity.localeCompare(b.legalEntity) || a.period.localeCompare(b.period),
    );
  }

  async get(legalEntity: string, period: string, fresh = false): Promise<AccountingPeriodDto> {
    const found = (await this.list(legalEntity, fresh)).find((entry) => entry.period === period);
    if (!found)
      throw new SystemErpException(
        SystemErpErrorCode.NOT_FOUND,
        `The ERP has no accounting period ${period} for legal entity ${legalEntity}.`,
        { legalEntity, period },
      );
    return found;
  }
}
