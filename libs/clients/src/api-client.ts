import createClient, { Client, Middleware } from 'openapi-fetch';
import { CORRELATION_HEADER, currentCorrelationId } from '@p2c/observability';
import type { ApiPaths } from './api-paths';
import { ApiProblemError } from './api-problem.exception';
import type { ClientApp } from './client-apps';
import type { TokenProvider } from './service-token';

export type ApiClient<A extends ClientApp> = Client<ApiPaths[A]>;

export interface ApiClientOptions {
  /** e.g. http://127.0.0.1:3104 */
  baseUrl: string;
  token: TokenProvider;
  /** per call, until the whole answer has arrived */
  timeoutMs: number;
}

/**
 * A typed client of a gateway app: every call carries a service token and the current
 * correlation id, is cut off after `timeoutMs`, and any answer that is not 2xx (or no answer)
 * rejects with an ApiProblemError, so a caller cannot overlook a failure. `unwrap` gives the data.
 */
export function createApiClient<A extends ClientApp>(
  app: A,
  options: ApiClientOptions,
): ApiClient<A> {
  const client = createClient<ApiPaths[A]>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: (request: Request) =>
      fetch(request, {
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(options.timeoutMs)]),
      }),
  });
  client.use(gatewayConventions(app, options));
  return client;
}

function gatewayConventions(app: ClientApp, options: ApiClientOptions): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${await options.token()}`);
      const correlationId = currentCorrelationId();
      if (correlationId) request.headers.set(CORRELATION_HEADER, correlationId);
      return undefined;
    },
    async onResponse({ response }) {
      if (!response.ok) throw await ApiProblemError.fromResponse(app, response);
      return undefined;
    },
    onError({ error, request }) {
      const target = `${request.method} ${new URL(request.url).pathname}`;
      if (error instanceof DOMException && error.name === 'TimeoutError')
        return ApiProblemError.transport(
          app,
          'API_TIMEOUT',
          `${app} did not answer ${target} within ${options.timeoutMs} ms.`,
          error,
        );
      // the caller's own abort stays an abort
      if (error instanceof DOMException && error.name === 'AbortError') return error;
      return ApiProblemError.transport(
        app,
        'API_UNREACHABLE',
        `${app} could not be reached for ${target}.`,
        error,
      );
    },
  };
}

/** The data of a call that succeeded (failures have already rejected with ApiProblemError). */
export async function unwrap<T>(pending: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await pending).data as T;
}
