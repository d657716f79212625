import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { VendorHttpException } from '../pipeline/vendor-http.exception';
import { WorldService } from '../world/world.service';
import { requestLimitExceeded } from './crm-api.service';

/** Every authenticated CRM call (a /composite counts once) uses up one of the day's requests. */
@Injectable()
export class CrmApiUsageInterceptor implements NestInterceptor {
  constructor(private readonly worlds: WorldService) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.worlds.current.crm.countApiRequest())
      throw new VendorHttpException(requestLimitExceeded());
    return next.handle();
  }
}
