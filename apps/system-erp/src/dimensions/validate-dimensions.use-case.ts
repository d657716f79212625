import { Injectable } from '@nestjs/common';
import { DimensionCheckDto, DimensionProblemDto, DimensionValidationDto } from '@p2c/canonical';
import { ErpDirectory } from '../erp/erp-directory';

/**
 * Everything that stops the ERP from taking a project with these dimensions, checked before
 * anything is written: the legal entity, the cost centre in that entity, the currency the
 * entity books in, and the class. Problems found in cached reference data are confirmed against
 * the ERP's current data, so a cost centre added a moment ago does not stop an onboarding.
 */
@Injectable()
export class ValidateDimensionsUseCase {
  constructor(private readonly directory: ErpDirectory) {}

  async execute(check: DimensionCheckDto, fresh = false): Promise<DimensionValidationDto> {
    const first = await this.problems(check, fresh);
    const problems = first.length === 0 || fresh ? first : await this.problems(check, true);
    return { valid: problems.length === 0, problems };
  }

  private async problems(check: DimensionCheckDto, fresh: boolean): Promise<DimensionProblemDto[]> {
    const [subsidiaries, departments, classes, currencies] = await Promise.all([
      this.directory.subsidiaries.all({ fresh }),
      this.directory.departments.all({ fresh }),
      this.directory.classes.all({ fresh }),
      this.directory.currencies.all({ fresh }),
    ]);
    const { legalEntity, costCenter, currency } = check;
    const problems: DimensionProblemDto[] = [];
    const problem = (
      field: DimensionProblemDto['field'],
      code: DimensionProblemDto['code'],
      message: string,
    ) => problems.push({ field, code, message });

    const subsidiary = subsidiaries.find((entry) => entry.code === legalEntity);
    const entityCurrency = currencies.find((entry) => entry.erpId === subsidiary?.currencyErpId);
    if (!subsidiary)
      problem(
        'legalEntity',
        'UNKNOWN_LEGAL_ENTITY',
        `Legal entity ${legalEntity} is not a subsidiary in the ERP; set it up there (external id ${legalEntity}) or correct the deal.`,
      );
    else if (!subsidiary.active)
      problem(
        'legalEntity',
        'INACTIVE_LEGAL_ENTITY',
        `Legal entity ${legalEntity} is inactive in the ERP; reactivate it or correct the deal.`,
      );

    const department = departments.find((entry) => entry.code === costCenter);
    const owner = subsidiaries.find((entry) => entry.erpId === department?.subsidiaryErpId);
    if (!department)
      problem(
        'costCenter',
        'UNKNOWN_COST_CENTER',
        `Cost centre ${costCenter} is not a department in the ERP; add department ${costCenter} for legal entity ${legalEntity} or choose another cost centre.`,
      );
    else if (!department.active)
      problem(
        'costCenter',
        'INACTIVE_COST_CENTER',
        `Cost centre ${costCenter} is inactive in the ERP; reactivate it or choose another cost centre.`,
      );
    else if (subsidiary && owner && owner.erpId !== subsidiary.erpId)
      problem(
        'costCenter',
        'COST_CENTER_OF_OTHER_ENTITY',
        `Cost centre ${costCenter} belongs to legal entity ${owner.code ?? owner.name}, not ${legalEntity}; choose one of ${legalEntity}'s cost centres.`,
      );

    if (!currencies.some((entry) => entry.code === currency))
      problem('currency', 'UNKNOWN_CURRENCY', `Currency ${currency} is not set up in the ERP.`);
    else if (entityCurrency && entityCurrency.code !== currency)
      problem(
        'currency',
        'CURRENCY_NOT_ENTITY_CURRENCY',
        `Currency ${currency} is not the currency of legal entity ${legalEntity}, which books in ${entityCurrency.code}; correct the deal's currency or legal entity.`,
      );

    if (check.class !== undefined) {
      const projectClass = classes.find((entry) => entry.code === check.class);
      if (!projectClass)
        problem(
          'class',
          'UNKNOWN_CLASS',
          `Class ${check.class} is not a classification in the ERP; add it or choose another billing model.`,
        );
      else if (!projectClass.active)
        problem('class', 'INACTIVE_CLASS', `Class ${check.class} is inactive in the ERP.`);
    }
    return problems;
  }
}
