import { ClsServiceManager } from 'nestjs-cls';

export const ACTING_USER = 'p2c:actingUser';

/**
 * The user the request being handled is for (see JwtAuthGuard): the `act` of the service
 * tokens minted for the calls it makes, so the apps called audit that user. None in jobs.
 */
export function currentActingUser(): string | undefined {
  const cls = ClsServiceManager.getClsService();
  return cls.isActive() ? cls.get<string | undefined>(ACTING_USER) : undefined;
}
