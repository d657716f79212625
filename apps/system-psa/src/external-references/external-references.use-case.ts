import { Injectable } from '@nestjs/common';
import {
  LinkPsaExternalReferenceDto,
  PsaExternalReferenceDto,
  PsaExternalReferenceListDto,
  PsaSubjectDto,
  PsaSubjectType,
} from '@p2c/canonical';
import { PsaApi } from '../psa/psa-api';
import { PsaExternalReferences } from '../psa/psa-external-references';
import { PsaEntity, PsaLinks } from '../psa/psa-links';
import type { PsaExternalReference, VendorSubjectType } from '../psa/psa-records';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
import type { ExternalReferencesQueryDto } from './dto/external-references.query.dto';

interface SubjectKind {
  vendor: VendorSubjectType;
  /** absent: the canonical id is the PSA id (time, expenses) */
  entity?: PsaEntity;
}

const KINDS: Record<PsaSubjectType, SubjectKind> = {
  PROJECT: { vendor: 'Workspace', entity: PsaEntity.Project },
  MILESTONE: { vendor: 'Story', entity: PsaEntity.Milestone },
  INVOICE: { vendor: 'Invoice', entity: PsaEntity.Invoice },
  TIME_ENTRY: { vendor: 'TimeEntry' },
  EXPENSE: { vendor: 'Expense' },
};

const TYPE_OF_VENDOR = new Map(
  Object.entries(KINDS).map(([type, kind]) => [kind.vendor, type as PsaSubjectType]),
);

/** Links from PSA records to records in other systems: made once, found either way round. */
@Injectable()
export class ExternalReferencesUseCase {
  constructor(
    private readonly references: PsaExternalReferences,
    private readonly links: PsaLinks,
    private readonly api: PsaApi,
  ) {}

  async link(request: LinkPsaExternalReferenceDto): Promise<PsaExternalReferenceDto> {
    const subjectId = await this.psaIdOf(request.subject);
    const reference = await this.references.ensure(
      {
        subject_type: KINDS[request.subject.type].vendor,
        subject_id: subjectId,
        service_name: request.serviceName,
        service_model: request.serviceModel,
        service_model_ref: request.serviceModelRef,
      },
      { status: request.status },
    );
    return this.dto(reference, request.subject.id);
  }

  async find(query: ExternalReferencesQueryDto): Promise<PsaExternalReferenceListDto> {
    if (query.subjectType && query.subjectId) {
      const subject = { type: query.subjectType, id: query.subjectId };
      const kind = KINDS[subject.type];
      const found = await this.references.ofSubject(kind.vendor, await this.psaIdOf(subject));
      return { items: found.map((reference) => this.dto(reference, subject.id)) };
    }
    if (query.serviceName && query.serviceModel && query.serviceModelRef) {
      const found = await this.api.all<PsaExternalReference>('external_references', {
        service_name: query.serviceName,
        service_model: query.serviceModel,
        service_model_ref: query.serviceModelRef,
      });
      return { items: await this.named(found) };
    }
    throw new SystemPsaException(
      SystemPsaErrorCode.VALIDATION_FAILED,
      'Give subjectType and subjectId, or serviceName, serviceModel and serviceModelRef.',
    );
  }

  /** The references whose PSA record has a canonical name. */
  private async named(references: PsaExternalReference[]): Promise<PsaExternalReferenceDto[]> {
    const names = new Map<string, string>();
    for (const kind of Object.values(KINDS)) {
      if (!kind.entity) continue;
      const ids = references.filter((r) => r.subject_type === kind.vendor).map((r) => r.subject_id);
      for (const [psaId, canonicalId] of await this.links.canonicalIds(kind.entity, ids))
        names.set(`${kind.vendor}:${psaId}`, canonicalId);
    }
    return references.flatMap((reference) => {
      const type = TYPE_OF_VENDOR.get(reference.subject_type);
      if (!type) return [];
      const id = KINDS[type].entity
        ? names.get(`${reference.subject_type}:${reference.subject_id}`)
        : reference.subject_id;
      return id ? [this.dto(reference, id)] : [];
    });
  }

  private async psaIdOf(subject: PsaSubjectDto): Promise<string> {
    const { entity } = KINDS[subject.type];
    if (!entity) return subject.id;
    const psaId = await this.links.psaId(entity, subject.id);
    if (!psaId)
      throw new SystemPsaException(
        SystemPsaErrorCode.NOT_FOUND,
        `${subject.type} ${subject.id} has no record in the PSA.`,
      );
    return psaId;
  }

  private dto(reference: PsaExternalReference, subjectId: string): PsaExternalReferenceDto {
    return {
      subject: { type: TYPE_OF_VENDOR.get(reference.subject_type)!, id: subjectId },
      serviceName: reference.service_name,
      serviceModel: reference.service_model,
      serviceModelRef: reference.service_model_ref,
      status: reference.status ?? undefined,
      lastSyncedAt: reference.last_synced_at ?? undefined,
    };
  }
}
