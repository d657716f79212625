import { Injectable } from '@nestjs/common';
import { CostCenterDto, LegalEntityDto, ProjectClassDto } from '@p2c/canonical';
import { ErpDirectory } from '../erp/erp-directory';

/**
 * The ERP's dimensions in canonical terms, from the briefly cached reference data (`fresh`:
 * read again). Records without a code (external id) cannot be named by the gateway and are left
 * out.
 */
@Injectable()
export class ListDimensionsUseCase {
  constructor(private readonly directory: ErpDirectory) {}

  async legalEntities(fresh = false): Promise<LegalEntityDto[]> {
    const subsidiaries = await this.directory.subsidiaries.all({ fresh });
    const entities: LegalEntityDto[] = [];
    for (const subsidiary of subsidiaries)
      if (subsidiary.code !== undefined)
        entities.push({
          code: subsidiary.code,
          name: subsidiary.name,
          currency: (await this.directory.currencyOf(subsidiary.currencyErpId)) ?? '',
          country: subsidiary.country ?? '',
          taxRate: subsidiary.taxRate,
          active: subsidiary.active,
        });
    return entities;
  }

  async costCenters(legalEntity?: string, fresh = false): Promise<CostCenterDto[]> {
    const departments = await this.directory.departments.all({ fresh });
    const costCenters: CostCenterDto[] = [];
    for (const department of departments) {
      if (department.code === undefined) continue;
      const owner = await this.directory.legalEntityOf(department.subsidiaryErpId);
      if (legalEntity !== undefined && owner !== legalEntity) continue;
      costCenters.push({
        code: department.code,
        name: department.name,
        legalEntity: owner,
        active: department.active,
      });
    }
    return costCenters;
  }

  async classes(fresh = false): Promise<ProjectClassDto[]> {
    return (await this.directory.classes.all({ fresh })).flatMap((entry) =>
      entry.code === undefined
        ? []
        : [{ code: entry.code, name: entry.name, active: entry.active }],
    );
  }
}
