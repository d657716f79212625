import { VendorHttpError, VendorHttpErrorKind } from './vendor-http.exception';
import { vendorProblem } from './vendor-problem';

const erpMessage = (body: unknown) =>
  (body as { 'o:errorDetails'?: { detail: string }[] })?.['o:errorDetails']?.[0]?.detail;

function failure(
  kind: VendorHttpErrorKind,
  extra: Partial<ConstructorParameters<typeof VendorHttpError>[0]> = {},
) {
  return new VendorHttpError({
    kind,
    vendor: 'erp',
    method: 'POST',
    path: '/record/v1/timeBill',
    reason: 'test',
    mayHaveTakenEffect: false,
    attempts: 1,
    ...extra,
  });
}

describe('vendorProblem', () => {
  it('turns a business rejection into VENDOR_REJECTED with the vendor’s own message', () => {
    const problem = vendorProblem(
      failure(VendorHttpErrorKind.REJECTED, {
        status: 400,
        body: { 'o:errorDetails': [{ detail: 'The accounting period 2026-09 is closed.' }] },
      }),
      erpMessage,
    );
    expect(problem.getStatus()).toBe(422);
    expect(problem.code).toBe('VENDOR_REJECTED');
    expect(problem.message).toBe(
      'ERP rejected the request: The accounting period 2026-09 is closed.',
    );
    expect(problem.extensions).toMatchObject({ vendor: 'erp', vendorStatus: 400 });
  });

  it('maps the vendor’s 404 to NOT_FOUND', () => {
    const problem = vendorProblem(
      failure(VendorHttpErrorKind.REJECTED, { status: 404 }),
      erpMessage,
    );
    expect([problem.getStatus(), problem.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('answers RATE_LIMITED with Retry-After in whole seconds', () => {
    const problem = vendorProblem(
      failure(VendorHttpErrorKind.RATE_LIMITED, { status: 429, retryAfterMs: 2500 }),
      erpMessage,
    );
    expect([problem.getStatus(), problem.code]).toEqual([429, 'RATE_LIMITED']);
    expect(problem.headers).toEqual({ 'retry-after': '3' });
  });

  it('answers VENDOR_UNAVAILABLE for outages, saying whether the write may have happened', () => {
    const problem = vendorProblem(
      failure(VendorHttpErrorKind.UNAVAILABLE, { mayHaveTakenEffect: true }),
      erpMessage,
    );
    expect([problem.getStatus(), problem.code]).toEqual([503, 'VENDOR_UNAVAILABLE']);
    expect(problem.extensions).toMatchObject({ mayHaveTakenEffect: true });
  });
});

describe('vendorProblem for refused credentials', () => {
  it('answers VENDOR_UNAVAILABLE naming the token to renew, with the vendor’s code', () => {
    const problem = vendorProblem(
      new VendorHttpError({
        kind: VendorHttpErrorKind.REJECTED,
        vendor: 'crm',
        method: 'GET',
        path: '/query',
        reason: 'HTTP 401',
        mayHaveTakenEffect: false,
        attempts: 1,
        status: 401,
        body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }],
      }),
      (body) => (body as { message: string }[])[0]?.message,
      (body) => (body as { errorCode: string }[])[0]?.errorCode,
    );
    expect([problem.getStatus(), problem.code]).toEqual([503, 'VENDOR_UNAVAILABLE']);
    expect(problem.message).toMatch(/renew CRM_TOKEN/);
    expect(problem.extensions).toMatchObject({
      vendorCode: 'INVALID_SESSION_ID',
      vendorStatus: 401,
    });
    expect(problem.headers).toEqual({ 'retry-after': '30' });
  });
});
