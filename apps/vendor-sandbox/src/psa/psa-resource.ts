import type { PsaCollection } from './psa-collections';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';

/** Builds a record predicate from a query parameter's value; throws a 422 on a bad value. */
export type PsaFilter = (value: string) => (record: PsaRecord) => boolean;

/** A related collection `include=` can side-load. */
export type PsaInclude =
  /** the record names it: `record[foreignKey]` */
  | { collection: PsaCollection; foreignKey: string }
  /** it names the record: `related[inverseKey] === record.id`, listed in `record[idsField]` */
  | {
      collection: PsaCollection;
      inverseKey: string;
      idsField: string;
      where?: (related: PsaRecord) => boolean;
    };

/** One `/psa/api/v1/<key>.json` resource: how it is filtered, side-loaded, created and changed. */
export interface PsaResource {
  key: PsaCollection;
  /** the request body's root key: `{"time_entry": {…}}` */
  singular: string;
  /** what a 404 calls it */
  label: string;
  filters?: Record<string, PsaFilter>;
  includes?: Record<string, PsaInclude>;
  create?(state: PsaState, body: unknown): PsaRecord;
  update?(state: PsaState, record: PsaRecord, body: unknown): PsaRecord;
  remove?(state: PsaState, record: PsaRecord): void;
}
