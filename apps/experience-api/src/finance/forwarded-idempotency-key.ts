import { createHash } from 'node:crypto';

/**
 * The Idempotency-Key header for a process app (process-billing, process-forecast), made from the
 * caller's own key: the same on every retry, so a call repeated after this API lost the app's
 * first answer is replayed there instead of running twice; and the caller's own, since the app
 * sees every call come from this API and would otherwise let two users' keys collide.
 */
export function forwardedIdempotencyKey(
  subject: string,
  key: string | undefined,
): { 'Idempotency-Key'?: string } {
  if (key === undefined) return {};
  const forwarded = createHash('sha256').update(`${subject}\n${key}`).digest('base64url');
  return { 'Idempotency-Key': `experience-${forwarded}` };
}
