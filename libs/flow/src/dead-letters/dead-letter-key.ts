import { ReasonException, UUID_KEY } from '@p2c/platform';

/**
 * A dead letter as it gave up: a job of a queue that failed at `failedAt` (its `finishedOn`, ms),
 * or an outbox row given up at `failedAt` (to the microsecond). It gives up again as another.
 */
export type DeadLetterKey =
  | { kind: 'job'; queue: string; jobId: string; failedAt: number }
  | { kind: 'outbox'; rowId: string; failedAt: string };

export const DEAD_LETTER_ID = /^[A-Za-z0-9_-]{8,300}$/;

export function encodeDeadLetterId(key: DeadLetterKey): string {
  const parts =
    key.kind === 'job'
      ? ['job', key.queue, key.jobId, key.failedAt]
      : ['outbox', key.rowId, key.failedAt];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The key of an id this API handed out; anything else is a 404 NOT_FOUND. */
export function decodeDeadLetterId(id: string): DeadLetterKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
    if (Array.isArray(value)) {
      const [kind, a, b, c] = value as unknown[];
      if (kind === 'job' && typeof a === 'string' && typeof b === 'string' && Number.isInteger(c))
        return { kind, queue: a, jobId: b, failedAt: c as number };
      if (
        kind === 'outbox' &&
        typeof a === 'string' &&
        UUID_KEY.test(a) &&
        typeof b === 'string' &&
        value.length === 3
      )
        return { kind, rowId: a, failedAt: b };
    }
  } catch {
    // answered below
  }
  throw new ReasonException('NOT_FOUND', `There is no dead letter ${id}.`);
}
