import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { Role } from '../roles/role.enum';
import { SecurityErrorCode, SecurityException } from '../security.exception';

/** What a service token carries: the calling app, and the user it calls for (RFC 8693 `act`). */
export interface ServiceTokenClaims {
  sub: string;
  roles: [Role.Service];
  act?: { sub: string };
}

function invalid(detail: string): SecurityException {
  return new SecurityException(SecurityErrorCode.InvalidToken, detail);
}

/**
 * The principal a verified service token describes: only ever the service role, whatever else the
 * token claims, so no app holding the service secret can mint an admin. With an acting user, the
 * principal is that user (what audit entries name), reached via the calling app.
 */
export function servicePrincipalFromClaims(
  payload: Record<string, unknown>,
): AuthenticatedPrincipal {
  const { sub, exp, act } = payload;
  if (typeof sub !== 'string' || sub === '') throw invalid('The service token has no subject.');
  if (typeof exp !== 'number') throw invalid('The service token has no expiry.');
  if (act === undefined) return { subject: sub, roles: [Role.Service] };
  const actor =
    typeof act === 'object' && act !== null ? (act as { sub?: unknown }).sub : undefined;
  if (typeof actor !== 'string' || actor === '')
    throw invalid('The service token names an acting user (act) without its subject.');
  return { subject: actor, roles: [Role.Service], via: sub };
}
