import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

/** The flow's tunables, read once from config (see processOnboardingConfigShape). */
@Injectable()
export class FlowSettings {
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly leaseMs: number;
  readonly sweepIntervalMs: number;
  readonly concurrency: number;
  readonly pollIntervalMs: number;
  readonly feedConsumer: string;
  readonly feedPageSize: number;
  /** the CRM stages at which a deal gets a provisional PSA project */
  readonly provisionalStages: readonly string[];

  constructor(config: ConfigService) {
    const read = (name: string) => config.getOrThrow<number>(name);
    this.maxAttempts = read('ONBOARDING_STEP_MAX_ATTEMPTS');
    this.retryBaseMs = read('ONBOARDING_RETRY_BASE_MS');
    this.retryMaxMs = read('ONBOARDING_RETRY_MAX_MS');
    this.leaseMs = read('ONBOARDING_STEP_LEASE_MS');
    this.sweepIntervalMs = read('ONBOARDING_SWEEP_INTERVAL_MS');
    this.concurrency = read('ONBOARDING_WORKER_CONCURRENCY');
    this.pollIntervalMs = read('ONBOARDING_POLL_INTERVAL_MS');
    this.feedConsumer = config.getOrThrow<string>('ONBOARDING_FEED_CONSUMER');
    this.feedPageSize = read('ONBOARDING_FEED_PAGE_SIZE');
    this.provisionalStages = config.getOrThrow<string[]>('ONBOARDING_PROVISIONAL_STAGES');
  }
}
