import type { ExecutionContext } from '@nestjs/common';
import { firstValueFrom, of, throwError } from 'rxjs';
import { toProblem } from '@p2c/platform';
import { ApiProblemError } from './api-problem.exception';
import { PassProblemsThroughInterceptor } from './pass-problems-through.interceptor';

const interceptor = new PassProblemsThroughInterceptor();
const context = {} as ExecutionContext;

async function answered(error: unknown) {
  const thrown = await firstValueFrom(
    interceptor.intercept(context, { handle: () => throwError(() => error) }),
  ).catch((caught: unknown) => caught);
  return toProblem(thrown, '/billing-events/e-1/approve', 'ours');
}

describe('passing a called app’s problems through', () => {
  it('answers with its status, code, detail and extensions, under our instance and id', async () => {
    const problem = await answered(
      new ApiProblemError({
        app: 'process-billing',
        status: 409,
        code: 'NOT_AWAITING_APPROVAL',
        detail: 'Billing event e-1 is invoiced.',
        correlationId: 'theirs',
        problem: {
          type: 'urn:p2c:problem:not-awaiting-approval',
          status: 409,
          code: 'NOT_AWAITING_APPROVAL',
          detail: 'Billing event e-1 is invoiced.',
          instance: '/billing-events/e-1/approve?from=experience',
          correlationId: 'theirs',
          eventStatus: 'invoiced',
        },
      }),
    );
    expect(problem.internal).toBe(false);
    expect(problem.body).toEqual({
      type: 'urn:p2c:problem:not-awaiting-approval',
      title: 'Conflict',
      status: 409,
      code: 'NOT_AWAITING_APPROVAL',
      detail: 'Billing event e-1 is invoiced.',
      instance: '/billing-events/e-1/approve',
      correlationId: 'ours',
      eventStatus: 'invoiced',
    });
  });

  it('keeps Retry-After, and answers an app it could not reach as the client’s 503', async () => {
    const limited = await answered(
      new ApiProblemError({
        app: 'process-billing',
        status: 429,
        code: 'RATE_LIMITED',
        detail: 'Too many requests.',
        retryAfter: 7,
      }),
    );
    expect([limited.body.status, limited.headers]).toEqual([429, { 'Retry-After': '7' }]);
    const unreachable = await answered(
      ApiProblemError.transport(
        'process-billing',
        'API_UNREACHABLE',
        'gone',
        new Error('ECONNREFUSED'),
      ),
    );
    expect([unreachable.body.status, unreachable.body.code]).toEqual([503, 'API_UNREACHABLE']);
  });

  it('answers the called app refusing our own credentials as our internal error', async () => {
    const refused = await answered(
      new ApiProblemError({
        app: 'process-billing',
        status: 401,
        code: 'INVALID_TOKEN',
        detail: 'The bearer token is not valid.',
      }),
    );
    expect([refused.body.status, refused.body.code, refused.internal]).toEqual([
      500,
      'INTERNAL_ERROR',
      true,
    ]);
  });

  it('leaves other errors and answers alone', async () => {
    const ours = await answered(new Error('a bug of ours'));
    expect([ours.body.status, ours.internal]).toEqual([500, true]);
    const fine = await firstValueFrom(interceptor.intercept(context, { handle: () => of(1) }));
    expect(fine).toBe(1);
  });
});
