import { Role } from './roles/role.enum';

/** The caller of a request, from its verified bearer token (`request.user`). */
export interface AuthenticatedPrincipal {
  /** the token's `sub` */
  subject: string;
  roles: Role[];
  /** present exactly when the caller has the partner role: whose data it may see */
  partnerId?: string;
}
