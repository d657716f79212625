import { ApiProblemError } from './api-problem.exception';

const problemJson = (body: object, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  });

describe('ApiProblemError.fromResponse', () => {
  it('reads code, detail, correlation id and extensions from problem+json', async () => {
    const error = await ApiProblemError.fromResponse(
      'system-erp',
      problemJson(
        {
          type: 'urn:p2c:problem:vendor-rejected',
          status: 422,
          code: 'VENDOR_REJECTED',
          detail: 'ERP rejected the request: The period 2026-09 is closed.',
          correlationId: 'c-1',
          vendorStatus: 400,
        },
        422,
      ),
    );
    expect(error).toMatchObject({
      app: 'system-erp',
      status: 422,
      code: 'VENDOR_REJECTED',
      detail: 'ERP rejected the request: The period 2026-09 is closed.',
      correlationId: 'c-1',
      retryable: false,
    });
    expect(error.problem.vendorStatus).toBe(400);
    expect(error.message).toBe(
      'system-erp answered 422 VENDOR_REJECTED: ERP rejected the request: The period 2026-09 is closed.',
    );
  });

  it('reads Retry-After given in seconds or as an HTTP date', async () => {
    const seconds = await ApiProblemError.fromResponse(
      'system-psa',
      problemJson({ code: 'RATE_LIMITED', detail: 'slow down' }, 429, { 'retry-after': '7' }),
    );
    expect([seconds.retryAfter, seconds.retryable]).toEqual([7, true]);
    const date = new Date(Date.now() + 30_000).toUTCString();
    const dated = await ApiProblemError.fromResponse(
      'system-psa',
      problemJson({ code: 'VENDOR_UNAVAILABLE', detail: 'down' }, 503, { 'retry-after': date }),
    );
    expect(dated.retryAfter).toBeGreaterThanOrEqual(29);
    expect(dated.retryAfter).toBeLessThanOrEqual(31);
  });

  it('falls back to the status line for an answer that is not problem+json', async () => {
    const error = await ApiProblemError.fromResponse(
      'system-crm',
      new Response('<html>bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'content-type': 'text/html', 'x-correlation-id': 'c-9' },
      }),
    );
    expect(error).toMatchObject({
      status: 502,
      code: 'HTTP_502',
      detail: 'Bad Gateway',
      correlationId: 'c-9',
      retryAfter: undefined,
      retryable: true,
    });
    expect(error.problem).toEqual({});
  });
});
