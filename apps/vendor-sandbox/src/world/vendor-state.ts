/** One record as the vendor holds it: plain JSON-able values. */
export type StateRecord = Record<string, unknown>;

/** A vendor's records by collection name, each collection keyed by the record's id. */
export type StateCollections = Record<string, Map<string, StateRecord>>;

/** What the generic admin state API (`/__sandbox/state/{system}/{collection}`) did to a record. */
export interface StateChange {
  collection: string;
  id: string;
  /** absent: the record was created */
  before?: StateRecord;
  /** absent: the record was deleted */
  after?: StateRecord;
}

/**
 * Every vendor's state (CrmState, PsaState, ErpState, HcmState) implements this; each also has
 * `static seed(scenario: Scenario, ids: IdSequence, clock?: SandboxClock)` (the clock if it
 * stamps times).
 */
export interface VendorState {
  /** The collections the generic state API reads and changes, by name. */
  collections(): StateCollections;
  /** A fresh id for a record the generic state API creates in a collection (the vendor's format). */
  newId(collection: string): string;
  /**
   * Called after the generic state API created, changed or deleted a record directly, so the
   * vendor does what its own screens would do (bump a version or modified date, emit an event).
   */
  recordChanged?(change: StateChange): void;
}
