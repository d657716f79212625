import type { ReasonCode } from '@p2c/canonical';
import type { ExceptionOwnerGroup } from '@p2c/persistence';

/** A step that cannot succeed until a person acts: becomes an exception row and stops the flow. */
export class StepFailure extends Error {
  constructor(
    readonly reasonCode: ReasonCode,
    readonly ownerGroup: ExceptionOwnerGroup,
    message: string,
    /** the facts behind the reason, kept in the exception's context */
    readonly facts: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'StepFailure';
  }
}
