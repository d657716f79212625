import type { OwnerGroup } from './owner-group';
import type { ReasonCode } from './reason-code';

/**
 * `refusal`: something a person must correct or decide; a flow that meets it files an exception
 * case. `request`: the request itself is wrong (a caller's defect); a flow that meets it files
 * INTEGRATION_ERROR. `unavailable`: retry later. `fault`: the gateway's own failure.
 */
export type ReasonKind = 'refusal' | 'request' | 'unavailable' | 'fault';

/** What one reason code means to a caller and to the person who owns its exception case. */
export interface ReasonDefinition {
  /** the HTTP status an API answers with this code */
  status: number;
  kind: ReasonKind;
  /** who works the exception case */
  owner: OwnerGroup;
  /** how many hours the owner has before the case is overdue */
  slaHours: number;
  /** what the owner does about it, as the last sentence of a case's message */
  action: string;
  /** a system API's finer refusal: the case is filed under this broader reason (with this owner) */
  filedAs?: ReasonCode;
}
