import { Injectable } from '@nestjs/common';
import { VENDORS, Vendor } from '../scenario/scenario.types';
import { SandboxErrorCode, SandboxException } from '../sandbox.exception';
import { StateRecord, VendorState } from '../world/vendor-state';
import { WorldService } from '../world/world.service';
import { StatePageDto } from './state-page.dto';

export interface StateListQuery {
  limit: number;
  offset: number;
  /** top-level field → value the record's field must equal (compared as text) */
  filters: Record<string, string>;
}

/**
 * What a vendor holds, read and changed directly, as a person would in the vendor's own screens.
 * After a change the vendor is told (`recordChanged`), so it does what its screens would do.
 */
@Injectable()
export class StateService {
  constructor(private readonly worlds: WorldService) {}

  list(system: string, collection: string, query: StateListQuery): StatePageDto {
    const records = this.collection(system, collection).records;
    const matching: StateRecord[] = [];
    const filters = Object.entries(query.filters);
    for (const record of records.values())
      if (filters.every(([field, value]) => textOf(record[field]) === value)) matching.push(record);
    return {
      total: matching.length,
      offset: query.offset,
      limit: query.limit,
      items: matching.slice(query.offset, query.offset + query.limit),
    };
  }

  get(system: string, collection: string, id: string): StateRecord {
    const { records } = this.collection(system, collection);
    return this.existing(records, collection, id);
  }

  create(system: string, collection: string, body: unknown): StateRecord {
    const { state, records } = this.collection(system, collection);
    const fields = objectBody(body);
    const id = fields.id === undefined ? state.newId(collection) : String(fields.id);
    if (records.has(id))
      throw new SandboxException(
        SandboxErrorCode.RECORD_EXISTS,
        `${system}/${collection} already holds a record with id ${id}.`,
      );
    const after = { ...fields, id };
    records.set(id, after);
    state.recordChanged?.({ collection, id, after });
    return records.get(id) ?? after;
  }

  update(system: string, collection: string, id: string, body: unknown): StateRecord {
    const { state, records } = this.collection(system, collection);
    const before = this.existing(records, collection, id);
    const after = { ...before, ...objectBody(body), id: before.id };
    records.set(id, after);
    state.recordChanged?.({ collection, id, before, after });
    return records.get(id) ?? after;
  }

  remove(system: string, collection: string, id: string): void {
    const { state, records } = this.collection(system, collection);
    const before = this.existing(records, collection, id);
    records.delete(id);
    state.recordChanged?.({ collection, id, before });
  }

  private collection(
    system: string,
    collection: string,
  ): { state: VendorState; records: Map<string, StateRecord> } {
    if (!(VENDORS as readonly string[]).includes(system))
      throw new SandboxException(
        SandboxErrorCode.UNKNOWN_SYSTEM,
        `There is no system ${system}; the systems are ${VENDORS.join(', ')}.`,
      );
    const state = this.worlds.current.state(system as Vendor);
    const collections = state.collections();
    const records = Object.hasOwn(collections, collection) ? collections[collection] : undefined;
    if (!records)
      throw new SandboxException(
        SandboxErrorCode.UNKNOWN_COLLECTION,
        `${system} has no collection ${collection}.`,
        { collections: Object.keys(collections) },
      );
    return { state, records };
  }

  private existing(records: Map<string, StateRecord>, collection: string, id: string): StateRecord {
    const record = records.get(id);
    if (!record)
      throw new SandboxException(
        SandboxErrorCode.RECORD_NOT_FOUND,
        `${collection} has no record ${id}.`,
      );
    return record;
  }
}

function objectBody(body: unknown): StateRecord {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new SandboxException(SandboxErrorCode.INVALID_RECORD, 'The body must be a JSON object.');
  return body as StateRecord;
}

function textOf(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
