import { VendorHttpError, VendorHttpErrorKind } from '@p2c/vendor-http';
import { hcmProblem, readHcmMessage } from './hcm-problem';

function rejected(status: number, body: unknown): VendorHttpError {
  return new VendorHttpError({
    kind: VendorHttpErrorKind.REJECTED,
    vendor: 'hcm',
    method: 'GET',
    path: '/ccx/api/staffing/v6/northwind/workers',
    reason: `HTTP ${status}`,
    mayHaveTakenEffect: false,
    attempts: 1,
    status,
    body,
  });
}

describe('HCM failures as problems', () => {
  it('reads the HCM’s message from its error body', () => {
    expect(readHcmMessage({ error: 'limit too large', errors: [{ error: 'x' }] })).toBe(
      'limit too large',
    );
    expect(
      readHcmMessage({ errors: [{ error: 'offset must be positive', field: 'offset' }] }),
    ).toBe('offset must be positive');
    expect(readHcmMessage('<html>Bad gateway</html>')).toBeUndefined();
    expect(readHcmMessage({ errors: 'nope' })).toBeUndefined();
  });

  it('turns a 4xx into VENDOR_REJECTED carrying the HCM’s own message', () => {
    const problem = hcmProblem(
      rejected(400, { error: 'limit must be an integer from 1 to 100', errors: [] }),
    );
    expect([problem.getStatus(), problem.code]).toEqual([422, 'VENDOR_REJECTED']);
    expect(problem.extensions).toMatchObject({
      vendor: 'hcm',
      vendorStatus: 400,
      vendorMessage: 'limit must be an integer from 1 to 100',
    });
  });

  it('turns a refusal of the gateway’s credentials into VENDOR_UNAVAILABLE, not the caller’s fault', () => {
    for (const status of [401, 403]) {
      const problem = hcmProblem(rejected(status, { error: 'invalid access token' }));
      expect([problem.getStatus(), problem.code]).toEqual([503, 'VENDOR_UNAVAILABLE']);
      expect(problem.message).not.toContain('invalid access token');
      expect(problem.headers['retry-after']).toBeDefined();
    }
  });
});
