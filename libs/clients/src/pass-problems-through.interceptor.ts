import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { Observable, catchError, throwError } from 'rxjs';
import { ProblemException } from '@p2c/platform';
import { ApiProblemError } from './api-problem.exception';

/**
 * A called app refusing the gateway's own service credentials is the gateway's fault, not the
 * caller's: answered as an internal error (logged, its detail hidden), never as the caller's 401.
 */
const OWN_CREDENTIALS_REFUSED = new Set([401, 403]);

/** What this request's own problem says instead (its instance and correlation id are ours). */
const OWN_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'code',
  'correlationId',
]);

function passedThrough(error: ApiProblemError): ProblemException {
  const extensions = Object.fromEntries(
    Object.entries(error.problem).filter(([member]) => !OWN_MEMBERS.has(member)),
  );
  const headers: Record<string, string> =
    error.retryAfter === undefined ? {} : { 'Retry-After': String(error.retryAfter) };
  return new ProblemException(error.status, error.code, error.detail, extensions, headers);
}

@Injectable()
export class PassProblemsThroughInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof ApiProblemError && !OWN_CREDENTIALS_REFUSED.has(error.status)
              ? passedThrough(error)
              : error,
          ),
        ),
      );
  }
}

/**
 * For an app in front of another (the experience API over the process APIs): a problem a called
 * app answered, which the handler does not deal with itself, is answered as that app answered it
 * (status, code, detail, extensions such as the validation errors or the conflicting state,
 * Retry-After); one that could not be reached is the client's 503 or 504 problem. A 401 or 403
 * of the called app is a 500 of ours.
 */
export const PassesProblemsThrough = (): MethodDecorator & ClassDecorator =>
  UseInterceptors(PassProblemsThroughInterceptor);
