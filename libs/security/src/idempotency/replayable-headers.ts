import type { FastifyReply } from 'fastify';

/**
 * The response headers a client relies on, stored and replayed with the response. Cookies, rate
 * limits and correlation ids describe the request that got them, so they are never replayed.
 */
const REPLAYED_HEADERS = [
  'content-language',
  'content-location',
  'content-type',
  'etag',
  'last-modified',
  'link',
  'location',
] as const;

export type ReplayableHeaders = Record<string, string | string[]>;

/** The reply's headers of the replayed kinds, as set so far (by the handler, before it is sent). */
export function replayableHeaders(reply: FastifyReply): ReplayableHeaders {
  const headers: ReplayableHeaders = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = typeof value === 'number' ? String(value) : value;
  }
  return headers;
}
