import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, catchError, throwError } from 'rxjs';
import { VendorHttpError, vendorProblem } from '@p2c/vendor-http';
import { readPsaMessage } from './read-psa-message';

/** Every PSA failure leaves as problem+json with a reason code, the PSA's own words only in VENDOR_REJECTED. */
@Injectable()
export class VendorErrorInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof VendorHttpError ? vendorProblem(error, readPsaMessage) : error,
          ),
        ),
      );
  }
}
