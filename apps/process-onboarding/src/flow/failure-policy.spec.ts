import { ApiProblemError } from '@p2c/clients';
import { ReasonCode } from '@p2c/canonical';
import { exhausted, judgeFailure, retryDelayMs } from './failure-policy';
import { StepFailure } from './step-failure.exception';

const problem = (status: number, code: string, extra: Partial<ApiProblemError> = {}) =>
  new ApiProblemError({
    app: 'system-erp',
    status,
    code,
    detail: `erp said ${code}`,
    ...extra,
  });

describe('judging a step’s failure', () => {
  it('keeps a StepFailure as the exception it names', () => {
    const failure = new StepFailure(ReasonCode.RATE_MISSING, 'finance-ops', 'no rate card');
    expect(judgeFailure(failure)).toEqual({ kind: 'permanent', failure });
  });

  it('retries a system that could not answer, as long as it asked', () => {
    expect(judgeFailure(problem(503, 'VENDOR_UNAVAILABLE', { retryAfter: 5 }))).toMatchObject({
      kind: 'transient',
      retryAfterMs: 5000,
      source: 'api',
    });
    expect(judgeFailure(problem(429, 'RATE_LIMITED'))).toMatchObject({
      kind: 'transient',
      retryAfterMs: undefined,
    });
    expect(judgeFailure(problem(504, 'API_TIMEOUT'))).toMatchObject({ kind: 'transient' });
  });

  it('retries what is not a system’s answer (a database hiccup) as the gateway’s own fault', () => {
    expect(judgeFailure(new Error('Connection terminated'))).toMatchObject({
      kind: 'transient',
      source: 'internal',
      reason: 'Error: Connection terminated',
    });
  });

  it('turns a vendor’s refusal into VENDOR_REJECTED for finance, quoting the vendor', () => {
    const verdict = judgeFailure(
      problem(422, 'VENDOR_REJECTED', {
        problem: { vendorMessage: 'Invalid department reference key 9.' },
      } as Partial<ApiProblemError>),
    );
    expect(verdict).toMatchObject({
      kind: 'permanent',
      failure: {
        reasonCode: ReasonCode.VENDOR_REJECTED,
        ownerGroup: 'finance-ops',
        message: 'The ERP refused: erp said VENDOR_REJECTED (Invalid department reference key 9.)',
      },
    });
  });

  it('files the system APIs’ reason codes as the catalogue says: under their own or a broader reason, with its owner', () => {
    const reason = (code: string) => {
      const verdict = judgeFailure(problem(422, code));
      return verdict.kind === 'permanent'
        ? [verdict.failure.reasonCode, verdict.failure.ownerGroup]
        : undefined;
    };
    expect(reason('WORKER_UNMAPPED')).toEqual(['WORKER_UNMAPPED', 'integration-support']);
    expect(reason('UNKNOWN_RATE_CARD')).toEqual(['RATE_MISSING', 'finance-ops']);
    expect(reason('UNKNOWN_CURRENCY')).toEqual(['INVALID_DIMENSION', 'finance-ops']);
    expect(reason('CURRENCY_MISMATCH')).toEqual(['CURRENCY_MISMATCH', 'finance-ops']);
    expect(reason('PROJECT_NOT_ACTIVE')).toEqual(['PROJECT_NOT_ACTIVE', 'integration-support']);
    expect(reason('ERP_RECORD_TAKEN')).toEqual(['DUPLICATE_SUSPECTED', 'integration-support']);
  });

  it('sends any other refusal (a refused service token, a bad request) to integration support', () => {
    expect(judgeFailure(problem(401, 'UNAUTHENTICATED'))).toMatchObject({
      kind: 'permanent',
      failure: { reasonCode: ReasonCode.INTEGRATION_ERROR, ownerGroup: 'integration-support' },
    });
  });

  it('gives up on an unreachable system as VENDOR_UNAVAILABLE, on its own faults as INTERNAL_ERROR', () => {
    expect(exhausted({ kind: 'transient', reason: 'erp down', source: 'api' }, 8)).toMatchObject({
      reasonCode: ReasonCode.VENDOR_UNAVAILABLE,
      ownerGroup: 'platform',
      message: expect.stringContaining('Gave up after 8 attempts: erp down'),
    });
    expect(
      exhausted({ kind: 'transient', reason: 'TypeError: x', source: 'internal' }, 3),
    ).toMatchObject({ reasonCode: ReasonCode.INTERNAL_ERROR, ownerGroup: 'platform' });
  });
});

describe('the wait before a step is tried again', () => {
  const settings = { retryBaseMs: 1000, retryMaxMs: 60_000 };
  const middle = () => 0.5;

  it('doubles with each failure in a row, up to the maximum', () => {
    expect([1, 2, 3, 4, 7, 40].map((n) => retryDelayMs(n, settings, 0, middle))).toEqual([
      1000, 2000, 4000, 8000, 60_000, 60_000,
    ]);
  });

  it('spreads by ±20% so steps failing together do not retry together', () => {
    expect(retryDelayMs(3, settings, 0, () => 0)).toBe(3200);
    expect(retryDelayMs(3, settings, 0, () => 0.999_999)).toBe(4800);
  });

  it('waits at least as long as the system asked, but never past the maximum', () => {
    expect(retryDelayMs(1, settings, 5000, middle)).toBe(5000);
    expect(retryDelayMs(1, settings, 3_600_000, middle)).toBe(60_000);
  });
});
