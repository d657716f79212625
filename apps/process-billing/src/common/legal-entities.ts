import { Injectable } from '@nestjs/common';
import { ApiClient, ApiProblemError, InjectApiClient, SystemErpApi, unwrap } from '@p2c/clients';
import { ProcessBillingErrorCode, ProcessBillingException } from './process-billing.exception';

export type LegalEntity = SystemErpApi.SchemaLegalEntityDto;

/** The ERP's legal entities (subsidiaries), read fresh: billing and reconciliation need active ones. */
@Injectable()
export class LegalEntities {
  constructor(@InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>) {}

  /**
   * The active legal entity with that code: 422 INVALID_DIMENSION when the ERP has none,
   * 503 VENDOR_UNAVAILABLE when the ERP cannot be asked just now.
   */
  async active(code: string): Promise<LegalEntity> {
    let entities: LegalEntity[];
    try {
      entities = await unwrap(this.erp.GET('/dimensions/legal-entities'));
    } catch (error) {
      if (error instanceof ApiProblemError)
        throw new ProcessBillingException(
          ProcessBillingErrorCode.VENDOR_UNAVAILABLE,
          'The ERP’s legal entities could not be read; try again shortly.',
        );
      throw error;
    }
    const entity = entities.find((candidate) => candidate.code === code);
    if (!entity?.active)
      throw new ProcessBillingException(
        ProcessBillingErrorCode.INVALID_DIMENSION,
        `The ERP has no active legal entity ${code}.`,
        { field: 'legalEntity' },
      );
    return entity;
  }
}
