/** Who a caller is to the gateway; tokens carry these values in their `roles` claim. */
export enum Role {
  Admin = 'admin',
  Finance = 'finance',
  Delivery = 'delivery',
  Partner = 'partner',
  Service = 'service',
}

export const ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return ROLES.includes(value as Role);
}
