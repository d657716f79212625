import type { AuthenticatedPrincipal } from '@p2c/security';

/**
 * The app's own retry of one case (what `POST /exceptions/{id}/retry` runs): audited as
 * `exception.retry` on the case in the transaction that takes effect, refusing with a problem
 * (404, 403, 409) what it will not retry. A bulk retry runs it once per case, as the person who
 * asked; the app provides it under this token.
 */
export abstract class CaseRetry {
  abstract execute(id: string, principal: AuthenticatedPrincipal | undefined): Promise<unknown>;
}
