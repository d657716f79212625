import { Injectable } from '@nestjs/common';
import { CreateOnce } from './create-once';
import { PsaApi } from './psa-api';
import type { PsaExternalReference, VendorSubjectType } from './psa-records';

export interface ExternalReferenceKey {
  subject_type: VendorSubjectType;
  subject_id: string;
  service_name: string;
  service_model: string;
  service_model_ref: string;
}

/** Links from PSA records to records elsewhere, found before they are made. */
@Injectable()
export class PsaExternalReferences {
  constructor(
    private readonly api: PsaApi,
    private readonly createOnce: CreateOnce,
  ) {}

  /** The references of one model of one service that name any of `refs`. */
  find(
    subjectType: VendorSubjectType,
    serviceName: string,
    serviceModel: string,
    refs: string[],
  ): Promise<PsaExternalReference[]> {
    if (refs.length === 0) return Promise.resolve([]);
    return this.api.all<PsaExternalReference>('external_references', {
      subject_type: subjectType,
      service_name: serviceName,
      service_model: serviceModel,
      service_model_ref: refs.join(','),
    });
  }

  /** The references of one PSA record. */
  ofSubject(subjectType: VendorSubjectType, subjectId: string): Promise<PsaExternalReference[]> {
    return this.api.all<PsaExternalReference>('external_references', {
      subject_type: subjectType,
      subject_id: subjectId,
    });
  }

  /**
   * The reference, made only if the PSA does not hold it yet; its status kept up to date.
   * `knownAbsent`: the caller has just looked (in bulk) and found none.
   */
  async ensure(
    key: ExternalReferenceKey,
    { status, knownAbsent = false }: { status?: string; knownAbsent?: boolean } = {},
  ): Promise<PsaExternalReference> {
    const { record, created } = await this.createOnce.run(
      async () => {
        const found = await this.api.all<PsaExternalReference>('external_references', { ...key });
        return found[0];
      },
      () =>
        this.api.create<PsaExternalReference>('external_references', 'external_reference', {
          ...key,
          ...(status === undefined ? {} : { status }),
        }),
      knownAbsent,
    );
    if (created || status === undefined || record.status === status) return record;
    return this.api.update<PsaExternalReference>(
      'external_references',
      'external_reference',
      record.id,
      { status, last_synced_at: new Date().toISOString() },
    );
  }
}
