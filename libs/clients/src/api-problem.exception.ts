import type { ClientApp } from './client-apps';

/** Reason codes the client itself gives when no answer came back at all. */
export type TransportProblemCode = 'API_UNREACHABLE' | 'API_TIMEOUT';

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

export interface ApiProblemDetails {
  app: ClientApp;
  status: number;
  /** the problem's reason code (`NOT_FOUND`, `VENDOR_REJECTED`, …); `HTTP_<status>` without one */
  code: string;
  detail: string;
  /** seconds the server asked to wait (Retry-After), if it said */
  retryAfter?: number;
  correlationId?: string;
  /** the whole problem+json body, extensions included */
  problem?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * A gateway API answered with an error (its problem+json read into `code`, `status`, `detail`,
 * `retryAfter`), or could not be reached at all (`API_UNREACHABLE`, `API_TIMEOUT`).
 */
export class ApiProblemError extends Error {
  readonly app: ClientApp;
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly retryAfter?: number;
  readonly correlationId?: string;
  readonly problem: Record<string, unknown>;

  constructor(details: ApiProblemDetails) {
    super(`${details.app} answered ${details.status} ${details.code}: ${details.detail}`, {
      cause: details.cause,
    });
    this.name = 'ApiProblemError';
    this.app = details.app;
    this.status = details.status;
    this.code = details.code;
    this.detail = details.detail;
    this.retryAfter = details.retryAfter;
    this.correlationId = details.correlationId;
    this.problem = details.problem ?? {};
  }

  /** Worth trying again later (rate limited, unavailable, timed out): not a verdict on the input. */
  get retryable(): boolean {
    return RETRYABLE_STATUSES.has(this.status);
  }

  /** Reads an error answer: problem+json when the server sent it, the status line otherwise. */
  static async fromResponse(app: ClientApp, response: Response): Promise<ApiProblemError> {
    const problem = await readProblem(response);
    const detail = typeof problem?.detail === 'string' ? problem.detail : response.statusText;
    return new ApiProblemError({
      app,
      status: response.status,
      code: typeof problem?.code === 'string' ? problem.code : `HTTP_${response.status}`,
      detail: detail || `HTTP ${response.status}`,
      retryAfter: retryAfterSeconds(response.headers.get('retry-after')),
      correlationId:
        typeof problem?.correlationId === 'string'
          ? problem.correlationId
          : (response.headers.get('x-correlation-id') ?? undefined),
      problem,
    });
  }

  static transport(
    app: ClientApp,
    code: TransportProblemCode,
    detail: string,
    cause: unknown,
  ): ApiProblemError {
    return new ApiProblemError({
      app,
      status: code === 'API_TIMEOUT' ? 504 : 503,
      code,
      detail,
      cause,
    });
  }
}

async function readProblem(response: Response): Promise<Record<string, unknown> | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(problem\+)?json/i.test(type)) return undefined;
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Retry-After as whole seconds from now: delta-seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
