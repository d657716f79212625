import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CalendarDate } from '@p2c/canonical';

/**
 * The world's date the forecast splits actuals from plan on: FORECAST_AS_OF, or today (UTC)
 * when it is empty. No vendor can be asked for it.
 */
@Injectable()
export class WorldDate {
  private readonly fixed: string;

  constructor(@Inject(ConfigService) config: ConfigService) {
    this.fixed = config.getOrThrow<string>('FORECAST_AS_OF');
  }

  today(): CalendarDate {
    return this.fixed || new Date().toISOString().slice(0, 10);
  }
}
