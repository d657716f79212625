import { Injectable } from '@nestjs/common';
import { QueryError, evaluate } from '../query/record-query';
import { parseSuiteQl } from '../query/suiteql';
import { StateRecord } from '../world/vendor-state';
import { WorldService } from '../world/world.service';
import { ErpErrorBody, ErpErrorCode, erpError, erpRejection } from './erp-errors';
import { ERP_RECORD_TYPES, ErpRecordType, isErpRecordType } from './erp-record-types';
import { ErpRecordWriter, erpFieldsOf } from './erp-record-writer';
import { ErpState } from './erp-state';
import { VendorHttpException } from '../pipeline/vendor-http.exception';

export const RECORD_PATH = '/erp/services/rest/record/v1';
const MAX_PAGE = 1000;
/** records one list upsert may carry (NetSuite's upsertList takes up to 200) */
export const MAX_UPSERT_LIST = 200;

/** One record's outcome in a list upsert: it stands or fails alone. */
export type ErpListResult =
  | { externalId: string; status: 'success'; internalId: string }
  | { externalId: string; status: 'error'; code: string; message: string; path?: string };

export interface ErpListAnswer {
  count: number;
  items: ErpListResult[];
}

export interface ErpLink {
  rel: string;
  href: string;
}

export interface ErpPage<T> {
  links: ErpLink[];
  count: number;
  hasMore: boolean;
  items: T[];
  offset: number;
  totalResults: number;
}

/** The ERP's REST record and SuiteQL API over the current world (NetSuite style). */
@Injectable()
export class ErpApiService {
  constructor(private readonly worlds: WorldService) {}

  list(type: string, limit: unknown, offset: unknown, origin: string): ErpPage<StateRecord> {
    const records = [...this.state.all(this.type(type)).values()];
    return page(records, paging(limit, offset), `${origin}${RECORD_PATH}/${type}`, (record) => ({
      links: [selfLink(origin, type, record)],
      id: record.id,
    }));
  }

  get(type: string, key: string, origin: string): StateRecord {
    const record = this.find(this.type(type), key);
    return { links: [selfLink(origin, type, record)], ...record };
  }

  /** The new record's id (the answer carries it in `Location` only). */
  create(type: string, body: unknown): string {
    return String(new ErpRecordWriter(this.state).create(this.type(type), body).id);
  }

  update(type: string, key: string, body: unknown): void {
    const recordType = this.type(type);
    new ErpRecordWriter(this.state).update(recordType, this.find(recordType, key), body);
  }

  /** `PUT …/eid:{externalId}`; returns the record's id. */
  upsert(type: string, key: string, body: unknown): string {
    const recordType = this.type(type);
    if (!key.startsWith('eid:'))
      throw erpRejection(
        ErpErrorCode.USER_ERROR,
        'PUT is an upsert and needs an external id: …/{type}/eid:{externalId}.',
      );
    return String(new ErpRecordWriter(this.state).upsert(recordType, key.slice(4), body).id);
  }

  /**
   * `POST …/{type}/upsertList` `{items:[{externalId, …fields}]}`: each record upserted by its
   * external id as `PUT …/eid:` would, in order; a refused record fails alone with the code and
   * message the single upsert answers, the others are written. A malformed list is refused whole.
   */
  upsertList(type: string, body: unknown): ErpListAnswer {
    const recordType = this.type(type);
    const items = (body as { items?: unknown } | null)?.items;
    if (!Array.isArray(items) || items.length === 0 || items.length > MAX_UPSERT_LIST)
      throw erpRejection(
        ErpErrorCode.USER_ERROR,
        `The body must be {"items": [...]} with 1 to ${MAX_UPSERT_LIST} records.`,
        'items',
      );
    items.forEach((item: unknown, index) => {
      const externalId = (item as { externalId?: unknown } | null)?.externalId;
      if (typeof externalId !== 'string' || externalId === '')
        throw erpRejection(
          ErpErrorCode.USER_ERROR,
          'Every record of a list upsert needs its externalId.',
          `items[${index}].externalId`,
        );
    });
    const writer = new ErpRecordWriter(this.state);
    const results = (items as StateRecord[]).map((item): ErpListResult => {
      const externalId = item.externalId as string;
      try {
        return {
          externalId,
          status: 'success',
          internalId: String(writer.upsert(recordType, externalId, item).id),
        };
      } catch (error) {
        if (!(error instanceof VendorHttpException)) throw error;
        const [detail] = (error.reply.body as ErpErrorBody)['o:errorDetails'];
        return {
          externalId,
          status: 'error',
          code: detail['o:errorCode'],
          message: detail.detail,
          ...(detail['o:errorPath'] === undefined ? {} : { path: detail['o:errorPath'] }),
        };
      }
    });
    return { count: results.length, items: results };
  }

  suiteQl(body: unknown, limit: unknown, offset: unknown, origin: string): ErpPage<StateRecord> {
    const text = (body as { q?: unknown } | null)?.q;
    if (typeof text !== 'string' || text.trim() === '')
      throw erpRejection(ErpErrorCode.USER_ERROR, 'The body must be {"q": "SELECT …"}.', 'q');
    let rows: StateRecord[];
    try {
      const query = parseSuiteQl(text);
      const type = ERP_RECORD_TYPES.find((t) => t.toLowerCase() === query.from);
      if (!type) throw new QueryError(`Record '${query.from}' was not found.`);
      const known = new Map(erpFieldsOf(type).map((field) => [field.toLowerCase(), field]));
      const columns = query.fields === '*' ? [...known.keys()] : query.fields;
      const referenced = [
        ...columns,
        ...query.orderBy.map((order) => order.field),
        ...conditionFields(query.where),
      ];
      for (const column of referenced)
        if (!known.has(column))
          throw new QueryError(`Field '${column}' for record '${query.from}' was not found.`);
      const read = (record: StateRecord, column: string) =>
        suiteQlValue(record[known.get(column)!]);
      rows = evaluate(this.state.all(type).values(), query, read, { caseInsensitive: false }).map(
        (record) => {
          const row: StateRecord = { links: [] };
          for (const column of columns) {
            const value = read(record, column);
            if (value !== undefined) row[column] = value;
          }
          return row;
        },
      );
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      throw new VendorHttpException(
        erpError(
          400,
          ErpErrorCode.INVALID_QUERY,
          `Invalid search query. Detailed unprocessed description follows. ${error.message}`,
        ),
      );
    }
    return page(
      rows,
      paging(limit, offset),
      `${origin}/erp/services/rest/query/v1/suiteql`,
      (r) => r,
    );
  }

  private get state(): ErpState {
    return this.worlds.current.erp;
  }

  private type(type: string): ErpRecordType {
    if (!isErpRecordType(type))
      throw new VendorHttpException(
        erpError(404, ErpErrorCode.INVALID_RCRD_TYPE, `Record type '${type}' does not exist.`),
      );
    return type;
  }

  private find(type: ErpRecordType, key: string): StateRecord {
    const record = key.startsWith('eid:')
      ? this.state.byExternalId(type, key.slice(4))
      : this.state.get(type, key);
    if (!record)
      throw new VendorHttpException(
        erpError(
          404,
          ErpErrorCode.NONEXISTENT_ID,
          `The record instance does not exist. Provide a valid record instance ID.`,
          'id',
        ),
      );
    return record;
  }
}

function paging(limit: unknown, offset: unknown): { limit: number; offset: number } {
  const parsedLimit = limit === undefined ? MAX_PAGE : Number(limit);
  const parsedOffset = offset === undefined ? 0 : Number(offset);
  if (!Number.isInteger(parsedLimit) || parsedLimit < 1 || parsedLimit > MAX_PAGE)
    throw erpRejection(ErpErrorCode.USER_ERROR, `limit must be from 1 to ${MAX_PAGE}.`, 'limit');
  if (!Number.isInteger(parsedOffset) || parsedOffset < 0)
    throw erpRejection(ErpErrorCode.USER_ERROR, 'offset must be 0 or more.', 'offset');
  return { limit: parsedLimit, offset: parsedOffset };
}

function page<T>(
  records: StateRecord[],
  { limit, offset }: { limit: number; offset: number },
  base: string,
  toItem: (record: StateRecord) => T,
): ErpPage<T> {
  const items = records.slice(offset, offset + limit).map(toItem);
  const hasMore = offset + items.length < records.length;
  const at = (o: number) => `${base}?limit=${limit}&offset=${o}`;
  const links: ErpLink[] = [{ rel: 'self', href: at(offset) }];
  if (offset > 0) links.push({ rel: 'previous', href: at(Math.max(0, offset - limit)) });
  if (hasMore) links.push({ rel: 'next', href: at(offset + limit) });
  return { links, count: items.length, hasMore, items, offset, totalResults: records.length };
}

function selfLink(origin: string, type: string, record: StateRecord): ErpLink {
  return { rel: 'self', href: `${origin}${RECORD_PATH}/${type}/${String(record.id)}` };
}

/** SuiteQL shows references as their id, booleans as 'T'/'F', numbers as text; null is left out. */
function suiteQlValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'T' : 'F';
  if (typeof value === 'object') {
    const id = (value as { id?: unknown }).id;
    return id === undefined ? undefined : String(id);
  }
  return String(value);
}

function conditionFields(condition: ReturnType<typeof parseSuiteQl>['where']): string[] {
  if (!condition) return [];
  switch (condition.kind) {
    case 'and':
    case 'or':
      return [...conditionFields(condition.left), ...conditionFields(condition.right)];
    case 'not':
      return conditionFields(condition.inner);
    default:
      return [condition.field];
  }
}
