import { Injectable } from '@nestjs/common';
import {
  InjectVendorClient,
  VendorHttpClient,
  VendorHttpError,
  VendorHttpErrorKind,
  VendorQuery,
} from '@p2c/vendor-http';
import { PsaSettings } from './psa-settings';
import type { PsaRecord } from './psa-records';
import { SystemPsaErrorCode, SystemPsaException } from './system-psa.exception';

/** Side-loaded related records (`include=`), by collection and id. */
export type PsaIncluded = Record<string, Record<string, unknown>>;

export interface PsaPage<T> {
  /** in the PSA's order; the PSA may name a record twice */
  records: T[];
  /** matching records in all pages */
  count: number;
  pageCount: number;
  included: PsaIncluded;
}

interface Envelope {
  count: number;
  results: { key: string; id: string }[];
  meta?: { page_count?: number };
  [collection: string]: unknown;
}

/** `only=` lists are cut into chunks of this many ids (a URL stays well below 8 KB). */
const IDS_PER_CALL = 100;

/**
 * The PSA's REST dialect (`/<resource>.json`, `page`/`per_page`, records side-loaded beside an
 * ordered `results` list) over the PSA's VendorHttpClient. Vendor failures leave as
 * VendorHttpError; the app's interceptor turns them into problems.
 */
@Injectable()
export class PsaApi {
  constructor(
    @InjectVendorClient('psa') private readonly client: VendorHttpClient,
    private readonly settings: PsaSettings,
  ) {}

  async page<T extends PsaRecord>(
    resource: string,
    query: VendorQuery,
    page: number,
    perPage = this.settings.pageSize,
  ): Promise<PsaPage<T>> {
    const response = await this.client.request({
      method: 'GET',
      path: `/${resource}.json`,
      query: { ...query, page, per_page: perPage },
    });
    return unpack<T>(response.body, resource);
  }

  /** Every page of a list, each record once. */
  async all<T extends PsaRecord>(resource: string, query: VendorQuery = {}): Promise<T[]> {
    const seen = new Map<string, T>();
    let pageCount = 1;
    for (let page = 1; page <= pageCount; page += 1) {
      const result = await this.page<T>(resource, query, page);
      for (const record of result.records) seen.set(record.id, record);
      pageCount = result.pageCount;
    }
    return [...seen.values()];
  }

  /** The records with these ids (`only=`), as many calls as the list needs. */
  async byIds<T extends PsaRecord>(
    resource: string,
    ids: Iterable<string>,
    query: VendorQuery = {},
  ): Promise<T[]> {
    const unique = [...new Set(ids)];
    const found: T[] = [];
    for (let start = 0; start < unique.length; start += IDS_PER_CALL) {
      const only = unique.slice(start, start + IDS_PER_CALL).join(',');
      found.push(...(await this.all<T>(resource, { ...query, only })));
    }
    return found;
  }

  /** One record with what `include` side-loads; undefined when the PSA has no such record. */
  async one<T extends PsaRecord>(
    resource: string,
    id: string,
    include: string[] = [],
  ): Promise<{ record: T; included: PsaIncluded } | undefined> {
    try {
      const response = await this.client.request({
        method: 'GET',
        path: `/${resource}/${encodeURIComponent(id)}.json`,
        query: include.length > 0 ? { include: include.join(',') } : {},
      });
      const { records, included } = unpack<T>(response.body, resource);
      return records[0] ? { record: records[0], included } : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** POST: the PSA has no idempotency keys, so callers look before they create (createOnce). */
  async create<T extends PsaRecord>(
    resource: string,
    root: string,
    attributes: Record<string, unknown>,
  ): Promise<T> {
    const response = await this.client.request({
      method: 'POST',
      path: `/${resource}.json`,
      body: { [root]: attributes },
    });
    return single<T>(response.body, resource);
  }

  async update<T extends PsaRecord>(
    resource: string,
    root: string,
    id: string,
    attributes: Record<string, unknown>,
  ): Promise<T> {
    const response = await this.client.request({
      method: 'PATCH',
      path: `/${resource}/${encodeURIComponent(id)}.json`,
      body: { [root]: attributes },
    });
    return single<T>(response.body, resource);
  }

  /** DELETE; a record already gone counts as removed. */
  async remove(resource: string, id: string): Promise<void> {
    try {
      await this.client.request({
        method: 'DELETE',
        path: `/${resource}/${encodeURIComponent(id)}.json`,
      });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}

export function isNotFound(error: unknown): boolean {
  return (
    error instanceof VendorHttpError &&
    error.kind === VendorHttpErrorKind.REJECTED &&
    error.status === 404
  );
}

function isEnvelope(body: unknown): body is Envelope {
  const candidate = body as Envelope | undefined;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Array.isArray(candidate.results) &&
    typeof candidate.count === 'number'
  );
}

function malformed(resource: string): SystemPsaException {
  return new SystemPsaException(
    SystemPsaErrorCode.VENDOR_UNAVAILABLE,
    `PSA answered a ${resource} request in an unexpected shape; retry later.`,
    { vendor: 'psa' },
  );
}

function unpack<T extends PsaRecord>(body: unknown, resource: string): PsaPage<T> {
  if (!isEnvelope(body)) throw malformed(resource);
  const included: PsaIncluded = {};
  for (const [key, value] of Object.entries(body))
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && key !== 'meta')
      included[key] = value as Record<string, unknown>;
  const records = body.results.map(({ key, id }) => {
    const record = included[key]?.[id];
    if (typeof record !== 'object' || record === null) throw malformed(resource);
    return record as T;
  });
  return {
    records,
    count: body.count,
    pageCount: body.meta?.page_count ?? 1,
    included,
  };
}

function single<T extends PsaRecord>(body: unknown, resource: string): T {
  const [record] = unpack<T>(body, resource).records;
  if (!record) throw malformed(resource);
  return record;
}

/** The side-loaded records of one collection that `ids` names, in that order. */
export function includedOf<T>(included: PsaIncluded, collection: string, ids: string[] = []): T[] {
  const records = included[collection] ?? {};
  return ids.flatMap((id) => (records[id] ? [records[id] as T] : []));
}
