import type { OwnerGroup, ReasonCode } from '@p2c/canonical';

/** Why a case is raised: its reason code, a message a person can act on, and the facts behind it. */
export interface CaseProblem {
  /** a catalogued code (any enum of the same strings will do) */
  reason: `${ReasonCode}`;
  message: string;
  /** what a replay needs and the facts behind the reason, kept on the case */
  context?: Record<string, unknown>;
  /** who works the case, when not the reason's owner in the catalogue */
  owner?: OwnerGroup;
}
