import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { Role, isRole } from '../roles/role.enum';
import { SecurityErrorCode, SecurityException } from '../security.exception';

/** The gateway's claims on top of the registered ones (iss, aud, exp, nbf, iat). */
export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  partnerId?: string;
}

function invalid(detail: string): SecurityException {
  return new SecurityException(SecurityErrorCode.InvalidToken, detail);
}

/**
 * The principal a verified token describes. Role names this gateway does not know are ignored;
 * a token without `sub` or `exp`, or a partner token without its partner id, is refused.
 */
export function principalFromClaims(payload: Record<string, unknown>): AuthenticatedPrincipal {
  const { sub, exp, roles, partnerId } = payload;
  if (typeof sub !== 'string' || sub === '') throw invalid('The bearer token has no subject.');
  if (typeof exp !== 'number') throw invalid('The bearer token has no expiry.');
  const known = Array.isArray(roles) ? roles.filter(isRole) : [];
  const principal: AuthenticatedPrincipal = { subject: sub, roles: [...new Set(known)] };
  if (known.includes(Role.Partner)) {
    if (typeof partnerId !== 'string' || partnerId === '')
      throw invalid('A partner token must carry its partnerId.');
    principal.partnerId = partnerId;
  }
  return principal;
}
