import { OWNER_GROUPS, OwnerGroup } from '@p2c/canonical';
import { AuthenticatedPrincipal, Role } from '@p2c/security';

const EVERY_CASE: readonly Role[] = [Role.Admin, Role.Service, Role.Finance];
const DELIVERY_CASES: readonly OwnerGroup[] = ['delivery'];

/**
 * Whose cases a caller may see and work: admin, service and finance every owner group's;
 * delivery only the cases owned by delivery (a staffing gap to restaff), nothing of finance's,
 * integration support's or the platform team's.
 */
export function workableOwnerGroups(
  principal: AuthenticatedPrincipal | undefined,
): readonly OwnerGroup[] {
  const roles = principal?.roles ?? [];
  if (roles.some((role) => EVERY_CASE.includes(role))) return OWNER_GROUPS;
  return roles.includes(Role.Delivery) ? DELIVERY_CASES : [];
}
