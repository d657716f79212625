import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';

/** The experience API, typed route by route from its OpenAPI document. */
export type ExperienceClient = Client<paths>;

/** Where a bearer token comes from: a fixed one, or a function that fetches a fresh one. */
export type ExperienceToken = string | (() => string | Promise<string>);

export interface ExperienceClientOptions {
  /** e.g. `https://gateway.example.com` (the experience API, port 3000 by default) */
  baseUrl: string;
  /** the caller's JWT, from the firm's identity provider */
  token: ExperienceToken;
  /** a fetch of your own (proxies, tests); the global one otherwise */
  fetch?: ClientOptions['fetch'];
  /** sent with every call, e.g. `{ 'X-Correlation-Id': … }` */
  headers?: Record<string, string>;
}

/**
 * A client of the experience API. Every call carries the bearer token; answers come back as
 * openapi-fetch gives them: `{ data }` on success, `{ error }` (an RFC 9457 problem with the
 * gateway's `code` and `correlationId`) otherwise, with `response` for headers such as
 * `Retry-After` on a 429.
 */
export function createExperienceClient(options: ExperienceClientOptions): ExperienceClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.fetch,
    headers: options.headers,
  });
  client.use({
    async onRequest({ request }) {
      const token = typeof options.token === 'string' ? options.token : await options.token();
      request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  });
  return client;
}
