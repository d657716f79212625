import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { SystemPsaConfig } from '../psa-config';

/** The app's own settings, read once from the validated config. */
@Injectable()
export class PsaSettings {
  readonly pageSize: number;
  readonly maxPagesPerCall: number;
  readonly referenceTtlMs: number;
  readonly passOverlapMs: number;
  readonly createAttempts: number;
  readonly createRelookDelayMs: number;
  readonly gatewayServiceName: string;
  readonly crmServiceName: string;

  constructor(config: ConfigService<SystemPsaConfig, true>) {
    this.pageSize = config.get('PSA_PAGE_SIZE', { infer: true });
    this.maxPagesPerCall = config.get('PSA_MAX_PAGES_PER_CALL', { infer: true });
    this.referenceTtlMs = config.get('PSA_REFERENCE_TTL_MS', { infer: true });
    this.passOverlapMs = config.get('PSA_PASS_OVERLAP_MS', { infer: true });
    this.createAttempts = config.get('PSA_CREATE_ATTEMPTS', { infer: true });
    this.createRelookDelayMs = config.get('PSA_CREATE_RELOOK_DELAY_MS', { infer: true });
    this.gatewayServiceName = config.get('PSA_GATEWAY_SERVICE_NAME', { infer: true });
    this.crmServiceName = config.get('PSA_CRM_SERVICE_NAME', { infer: true });
  }
}
