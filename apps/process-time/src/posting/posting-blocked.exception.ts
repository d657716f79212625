import type { TimeReasonCode } from '../exceptions/reason-codes';

/**
 * An entry that cannot be posted as it stands: a person has to fix something (a rate, a period,
 * a mapping) and retry. Never retried on its own.
 */
export class PostingBlockedException extends Error {
  constructor(
    readonly reason: TimeReasonCode,
    message: string,
    /** the facts behind the reason, kept on the exception row */
    readonly facts: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'PostingBlockedException';
  }
}
