import { parseArgs } from 'node:util';
import type { AccessTokenRequest } from '../jwt/sign-access-token';
import { ROLES, Role, isRole } from '../roles/role.enum';

export const TOKEN_USAGE =
  'usage: npm run token -- --role ROLE [--partner ID] [--subject S] [--ttl SECONDS]\n' +
  `  ROLE: ${ROLES.join(' | ')}; --partner is required for (and only for) the partner role`;

const DEFAULT_TTL_SECONDS = 60 * 60;

export class TokenArgsError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${TOKEN_USAGE}`);
    this.name = 'TokenArgsError';
  }
}

/** What `npm run token` was asked for, checked before anything is signed. */
export function parseTokenArgs(argv: string[]): AccessTokenRequest {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        role: { type: 'string' },
        partner: { type: 'string' },
        subject: { type: 'string' },
        ttl: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new TokenArgsError(error instanceof Error ? error.message : String(error));
  }
  const { role, partner, subject, ttl } = values;
  if (!role) throw new TokenArgsError('--role is required.');
  if (!isRole(role)) throw new TokenArgsError(`Unknown role "${role}".`);
  if (role === Role.Partner && !partner)
    throw new TokenArgsError('A partner token needs --partner <partner id>.');
  if (role !== Role.Partner && partner)
    throw new TokenArgsError('--partner only goes with --role partner.');
  if (subject === '') throw new TokenArgsError('--subject must not be empty.');
  const ttlSeconds = ttl === undefined ? DEFAULT_TTL_SECONDS : Number(ttl);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)
    throw new TokenArgsError('--ttl must be a positive whole number of seconds.');
  return {
    subject: subject ?? (partner ? `partner-${partner}` : `dev-${role}`),
    roles: [role],
    partnerId: partner,
    ttlSeconds,
  };
}
