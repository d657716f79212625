import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { toMinor } from '@p2c/canonical';

/** FORECAST_MARGIN_AT_RISK_PCT: under it a projected margin is at risk. */
@Injectable()
export class MarginThreshold {
  readonly pct: string;
  private readonly minor: bigint;

  constructor(@Inject(ConfigService) config: ConfigService) {
    this.pct = config.getOrThrow<string>('FORECAST_MARGIN_AT_RISK_PCT');
    this.minor = toMinor(this.pct, 2);
  }

  /** Whether a margin % is below it; undefined for a forecast without revenue (no margin %). */
  below(marginPct: string | null): boolean | undefined {
    return marginPct === null ? undefined : toMinor(marginPct, 2) < this.minor;
  }
}
