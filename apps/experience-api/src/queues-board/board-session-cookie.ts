import type { FastifyRequest } from 'fastify';
import { QUEUES_BOARD_PATH } from './queues-board-path';

const COOKIE_NAME = 'p2c_queues_board';

/**
 * The cookie that lets a browser into the board: the admin's own bearer token, unreadable by
 * scripts, sent only to the board's path and never on a request another site starts.
 */
export function boardSessionCookie(token: string, maxAgeSeconds: number): string {
  return [
    `${COOKIE_NAME}=${token}`,
    `Max-Age=${maxAgeSeconds}`,
    `Path=${QUEUES_BOARD_PATH}`,
    'HttpOnly',
    'Secure',
    'SameSite=Strict',
  ].join('; ');
}

/** The bearer token of the board's session cookie, if the request carries one. */
export function boardSessionToken(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === COOKIE_NAME && value.length) return value.join('=');
  }
  return undefined;
}
