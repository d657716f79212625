import { Injectable } from '@nestjs/common';
import { ApiClient, ApiProblemError, InjectApiClient, SystemErpApi, unwrap } from '@p2c/clients';
import { ProcessForecastErrorCode, ProcessForecastException } from './process-forecast.exception';

export type LegalEntity = SystemErpApi.SchemaLegalEntityDto;

/** The ERP's legal entities, read fresh: a filter naming one the ERP does not know is refused. */
@Injectable()
export class LegalEntities {
  constructor(@InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>) {}

  /**
   * The legal entity with that code: 400 VALIDATION_FAILED when the ERP has none, 503
   * VENDOR_UNAVAILABLE when the ERP cannot be asked just now.
   */
  async known(code: string): Promise<LegalEntity> {
    let entities: LegalEntity[];
    try {
      entities = await unwrap(this.erp.GET('/dimensions/legal-entities'));
    } catch (error) {
      if (error instanceof ApiProblemError)
        throw new ProcessForecastException(
          ProcessForecastErrorCode.VENDOR_UNAVAILABLE,
          'The ERP’s legal entities could not be read; try again shortly.',
        );
      throw error;
    }
    const entity = entities.find((candidate) => candidate.code === code);
    if (!entity)
      throw new ProcessForecastException(
        ProcessForecastErrorCode.VALIDATION_FAILED,
        `The ERP has no legal entity ${code}.`,
        { field: 'legalEntity' },
      );
    return entity;
  }
}
