import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  InjectVendorClient,
  VendorHttpClient,
  VendorHttpError,
  VendorHttpErrorKind,
  VendorRequest,
} from '@p2c/vendor-http';
import { erpProblem } from './erp-problem';
import { ErpRecord, ErpRecordKey, ErpRecordType, SuiteQlRow } from './erp-record';

interface ErpListAnswer<T> {
  items: T[];
  hasMore: boolean;
}

/** One record of a list upsert: written (its internal id) or refused alone (the ERP's code). */
export type ErpListResult =
  | { externalId: string; status: 'success'; internalId: string }
  | { externalId: string; status: 'error'; code: string; message: string };

/** A stretch of query results and where the next one starts (absent: nothing after it). */
export interface ErpWindow<T> {
  items: T[];
  nextOffset?: number;
}

/**
 * The ERP's REST record and SuiteQL API (NetSuite style). Every failure leaves as the problem the
 * caller answers with (VENDOR_REJECTED with the ERP's message, VENDOR_UNAVAILABLE, RATE_LIMITED,
 * NOT_FOUND). Writes go through `PUT …/eid:{externalId}`, the ERP's upsert by external id, so a
 * repeated write changes the one record instead of making a twin.
 */
@Injectable()
export class ErpClient {
  private readonly pageSize: number;

  constructor(
    @InjectVendorClient('erp') private readonly http: VendorHttpClient,
    config: ConfigService,
  ) {
    this.pageSize = config.getOrThrow<number>('ERP_PAGE_SIZE');
  }

  async get(type: ErpRecordType, key: ErpRecordKey): Promise<ErpRecord> {
    const response = await this.send<ErpRecord>({ method: 'GET', path: recordPath(type, key) });
    return response.body;
  }

  /** The record, or undefined when the ERP has none under that key. */
  async find(type: ErpRecordType, key: ErpRecordKey): Promise<ErpRecord | undefined> {
    try {
      const response = await this.http.request<ErpRecord>({
        method: 'GET',
        path: recordPath(type, key),
      });
      return response.body;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error instanceof VendorHttpError ? erpProblem(error) : error;
    }
  }

  /** Creates or changes the record with this external id; answers its internal id. */
  async upsert(
    type: ErpRecordType,
    externalId: string,
    fields: Record<string, unknown>,
  ): Promise<string> {
    const response = await this.send({
      method: 'PUT',
      path: recordPath(type, { externalId }),
      body: { ...fields, externalId },
    });
    return idFromLocation(response.headers.location);
  }

  /**
   * Creates or changes many records of one type by external id in one call (the ERP's
   * `upsertList`, up to 200): one request against the ERP's limits, a result per record in order.
   * Safe to repeat, as every upsert by external id is.
   */
  async upsertList(
    type: ErpRecordType,
    records: { externalId: string; fields: Record<string, unknown> }[],
  ): Promise<ErpListResult[]> {
    const response = await this.send<{ items: ErpListResult[] }>({
      method: 'POST',
      path: `/record/v1/${type}/upsertList`,
      body: { items: records.map(({ externalId, fields }) => ({ ...fields, externalId })) },
      idempotent: true,
    });
    const items = response.body.items;
    if (items.length !== records.length)
      throw new Error(`the ERP answered ${items.length} results for ${records.length} records`);
    return items;
  }

  async update(type: ErpRecordType, id: string, fields: Record<string, unknown>): Promise<void> {
    await this.send({ method: 'PATCH', path: recordPath(type, { id }), body: fields });
  }

  /** Every row of a SuiteQL query, reading page after page. */
  async queryAll(query: string): Promise<SuiteQlRow[]> {
    const rows: SuiteQlRow[] = [];
    for (let offset = 0; ; offset += this.pageSize) {
      const page = await this.queryPage(query, offset);
      rows.push(...page.items);
      if (!page.hasMore || page.items.length === 0) return rows;
    }
  }

  /**
   * Up to `limit` rows from row `offset` on, over as many ERP pages as it takes. Pages are read at
   * multiples of the page size, as NetSuite requires of SuiteQL offsets.
   */
  async queryWindow(query: string, offset: number, limit: number): Promise<ErpWindow<SuiteQlRow>> {
    const items: SuiteQlRow[] = [];
    let position = offset;
    for (;;) {
      const pageOffset = Math.floor(position / this.pageSize) * this.pageSize;
      const page = await this.queryPage(query, pageOffset);
      const from = position - pageOffset;
      const taken = page.items.slice(from, from + limit - items.length);
      items.push(...taken);
      position += taken.length;
      const more = page.hasMore || position < pageOffset + page.items.length;
      if (!more) return { items };
      if (items.length === limit || taken.length === 0) return { items, nextOffset: position };
    }
  }

  private async queryPage(query: string, offset: number): Promise<ErpListAnswer<SuiteQlRow>> {
    const response = await this.send<ErpListAnswer<SuiteQlRow>>({
      method: 'POST',
      path: '/query/v1/suiteql',
      query: { limit: this.pageSize, offset },
      headers: { prefer: 'transient' },
      body: { q: query },
      // a query changes nothing: safe to repeat after a timeout or a 5xx
      idempotent: true,
    });
    return response.body;
  }

  private async send<T = unknown>(request: VendorRequest) {
    try {
      return await this.http.request<T>(request);
    } catch (error) {
      throw error instanceof VendorHttpError ? erpProblem(error) : error;
    }
  }
}

function recordPath(type: ErpRecordType, key: ErpRecordKey): string {
  const id = 'id' in key ? key.id : `eid:${key.externalId}`;
  return `/record/v1/${type}/${encodeURIComponent(id)}`;
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof VendorHttpError &&
    error.kind === VendorHttpErrorKind.REJECTED &&
    error.status === 404
  );
}

/** The ERP answers a write with 204 and the record's URL in `Location`. */
function idFromLocation(location: string | string[] | undefined): string {
  const url = Array.isArray(location) ? location[0] : location;
  const id = url?.split('?')[0].split('/').pop();
  if (!id) throw new Error('the ERP answered a write without a Location naming the record');
  return decodeURIComponent(id);
}
