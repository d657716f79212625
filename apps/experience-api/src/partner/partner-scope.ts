import { AuthenticatedPrincipal, Role, SecurityErrorCode, SecurityException } from '@p2c/security';
import { PartnerPortalErrorCode, PartnerPortalException } from './partner-portal.exception';

/**
 * Whose portal a caller reads: a partner token its own partner's, always (naming another is
 * refused, so no query can widen it); an admin the partner it names, which it must.
 */
export function partnerScope(principal: AuthenticatedPrincipal, asked?: string): string {
  if (principal.roles.includes(Role.Partner) && principal.partnerId) {
    if (asked !== undefined && asked !== principal.partnerId)
      throw new SecurityException(
        SecurityErrorCode.Forbidden,
        'A partner token reads its own partner’s portal only.',
      );
    return principal.partnerId;
  }
  if (asked === undefined)
    throw new PartnerPortalException(
      PartnerPortalErrorCode.VALIDATION_FAILED,
      'An admin names the partner whose portal to read: ?partner=<partner id>.',
    );
  return asked;
}
