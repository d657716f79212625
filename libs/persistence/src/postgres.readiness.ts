import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ReadinessCheck } from '@p2c/observability';

@Injectable()
export class PostgresReadiness implements ReadinessCheck {
  constructor(private readonly typeorm: TypeOrmHealthIndicator) {}

  check(): Promise<HealthIndicatorResult> {
    return this.typeorm.pingCheck('postgres', { timeout: 1500 });
  }
}
