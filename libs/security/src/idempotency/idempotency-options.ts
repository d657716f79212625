/** How long an in-flight claim holds its key between renewals: how soon a crashed process's key frees. */
export const IDEMPOTENCY_LEASE_SECONDS = 60;

export const IDEMPOTENCY_OPTIONS = Symbol('IDEMPOTENCY_OPTIONS');

export interface IdempotencyOptions {
  leaseSeconds: number;
}
