import { Injectable } from '@nestjs/common';
import { ErpEmployeeDto } from '@p2c/canonical';
import { ErpDirectory } from '../erp/erp-directory';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';

/** The ERP employee of an HCM worker, from the briefly cached employee list. */
@Injectable()
export class GetEmployeeUseCase {
  constructor(private readonly directory: ErpDirectory) {}

  async execute(worker: string, fresh = false): Promise<ErpEmployeeDto> {
    if (fresh) await this.directory.employees.all({ fresh });
    const found = await this.directory.employeeOf(worker);
    if (!found)
      throw new SystemErpException(
        SystemErpErrorCode.NOT_FOUND,
        `The ERP has no employee for worker ${worker} (none has it as external id or entity id).`,
        { worker },
      );
    const { employee, matchedBy } = found;
    return {
      worker,
      erpId: employee.erpId,
      name: employee.name,
      legalEntity: await this.directory.legalEntityOf(employee.subsidiaryErpId),
      costCenter: await this.directory.costCenterOf(employee.departmentErpId),
      active: employee.active,
      matchedBy,
    };
  }
}
