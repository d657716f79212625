import type { HealthIndicatorResult } from '@nestjs/terminus';

/** One dependency `/health/ready` depends on (Postgres, Redis, a vendor's circuit, …). */
export interface ReadinessCheck {
  check(): Promise<HealthIndicatorResult>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');
