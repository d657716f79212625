import { Condition, QueryError, RecordQuery, evaluate } from '../query/record-query';
import { parseSoql } from '../query/soql';
import { StateRecord } from '../world/vendor-state';
import { crmFailure } from './crm-errors';
import { CRM_OBJECTS, canonicalField, canonicalObject } from './crm-objects';
import { API_PATH, present } from './crm-records';
import { CrmState } from './crm-state';

export const DEFAULT_BATCH = 2000;
const MIN_BATCH = 200;
const OPEN_CURSORS = 50;

export interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: StateRecord[];
}

/**
 * SOQL over the CRM's records with Salesforce's paging: at most `batchSize` (2,000 unless the
 * `Sforce-Query-Options: batchSize=` header asks for 200-2,000) records a page, the rest behind
 * `nextRecordsUrl` (relative to the instance URL, as Salesforce gives it).
 */
export class CrmQuery {
  constructor(private readonly state: CrmState) {}

  run(soql: unknown, batchSize: number): QueryPage {
    if (typeof soql !== 'string' || soql.trim() === '')
      throw crmFailure(400, 'MALFORMED_QUERY', 'A query needs the parameter q.');
    const query = this.resolve(soql);
    const matched = evaluate(this.state.records(query.from).values(), query, (r, f) => r[f], {
      caseInsensitive: true,
    });
    const fields = query.fields as string[];
    const ids = matched.map((record) => String(record.Id));
    if (ids.length <= batchSize)
      return {
        totalSize: ids.length,
        done: true,
        records: matched.map((r) => present(query.from, r, fields)),
      };
    const locator = `01gSB${String(this.state.newCursorNumber()).padStart(10, '0')}`;
    this.state.cursors.set(locator, { object: query.from, fields, ids, batchSize });
    for (const old of this.state.cursors.keys()) {
      if (this.state.cursors.size <= OPEN_CURSORS) break;
      this.state.cursors.delete(old);
    }
    return this.page(locator, 0);
  }

  more(locatorAndOffset: string): QueryPage {
    const match = /^(01g[A-Za-z0-9]+)-(\d+)$/.exec(locatorAndOffset);
    if (!match || !this.state.cursors.has(match[1]))
      throw crmFailure(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    return this.page(match[1], Number(match[2]));
  }

  private page(locator: string, offset: number): QueryPage {
    const cursor = this.state.cursors.get(locator)!;
    const records = this.state.records(cursor.object);
    const end = offset + cursor.batchSize;
    const page = cursor.ids.slice(offset, end).flatMap((id) => {
      const record = records.get(id);
      return record ? [present(cursor.object, record, cursor.fields)] : [];
    });
    const done = end >= cursor.ids.length;
    return {
      totalSize: cursor.ids.length,
      done,
      ...(done ? {} : { nextRecordsUrl: `${API_PATH}/query/${locator}-${end}` }),
      records: page,
    };
  }

  private resolve(soql: string): RecordQuery {
    let query: RecordQuery;
    try {
      query = parseSoql(soql);
    } catch (error) {
      throw crmFailure(
        400,
        'MALFORMED_QUERY',
        error instanceof QueryError ? error.message : String(error),
      );
    }
    const from = canonicalObject(query.from);
    if (!from)
      throw crmFailure(400, 'INVALID_TYPE', `sObject type '${query.from}' is not supported.`);
    const object = CRM_OBJECTS[from];
    const field = (name: string) => {
      const canonical = canonicalField(object, name);
      if (!canonical)
        throw crmFailure(400, 'INVALID_FIELD', `No such column '${name}' on entity '${from}'.`);
      return canonical;
    };
    return {
      ...query,
      from,
      fields: query.fields === '*' ? [...object.fields] : query.fields.map(field),
      where: query.where ? mapFields(query.where, field) : undefined,
      orderBy: query.orderBy.map((order) => ({ ...order, field: field(order.field) })),
    };
  }
}

function mapFields(condition: Condition, field: (name: string) => string): Condition {
  switch (condition.kind) {
    case 'and':
    case 'or':
      return {
        ...condition,
        left: mapFields(condition.left, field),
        right: mapFields(condition.right, field),
      };
    case 'not':
      return { kind: 'not', inner: mapFields(condition.inner, field) };
    default:
      return { ...condition, field: field(condition.field) };
  }
}

/** The batch size a `Sforce-Query-Options` header asks for (clamped to 200-2,000). */
export function batchSizeOf(header: string | undefined): number {
  const requested = /batchSize=(\d+)/i.exec(header ?? '')?.[1];
  if (!requested) return DEFAULT_BATCH;
  return Math.min(DEFAULT_BATCH, Math.max(MIN_BATCH, Number(requested)));
}
