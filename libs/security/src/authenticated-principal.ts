import { Role } from './roles/role.enum';

/** The caller of a request, from its verified bearer token (`request.user`). */
export interface AuthenticatedPrincipal {
  /** the token's `sub`, or the acting user of a service token */
  subject: string;
  roles: Role[];
  /** present exactly when the caller has the partner role: whose data it may see */
  partnerId?: string;
  /**
   * present when a gateway app calls for a user (a service token with `act`): the app, while
   * `subject` is the user it acts for and `roles` only `service`
   */
  via?: string;
}
