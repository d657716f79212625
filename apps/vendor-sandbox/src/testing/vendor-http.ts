import { Vendor } from '../scenario/scenario.types';
import { VENDOR_TOKENS } from './sandbox-test-app';

export interface HttpAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  ms: number;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** a vendor's token (default: the vendor's development token); null sends none */
  token?: string | null;
  signal?: AbortSignal;
}

/** One HTTP call to the sandbox: as `vendor` (with its bearer token) or to the admin API. */
export async function call<T = unknown>(
  baseUrl: string,
  path: string,
  vendor: Vendor | 'admin',
  options: CallOptions = {},
): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const token = vendor === 'admin' ? null : (options.token ?? VENDOR_TOKENS[vendor]);
  if (token !== null && options.token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
    ms: performance.now() - started,
  };
}
