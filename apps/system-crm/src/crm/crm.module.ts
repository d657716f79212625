import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CanonicalIds } from '../canonical-ids/canonical-ids';
import { ChangeFeed } from '../changes/change-feed';
import { CheckpointsModule } from '../checkpoints/checkpoints.module';
import { SystemCrmConfig } from '../system-crm-config';
import { CrmClient } from './crm-client';
import { CrmQuota } from './crm-quota';

/** The CRM dialect and what every feature reads it with: client, quota, canonical ids, feeds. */
@Module({
  imports: [CheckpointsModule],
  providers: [
    {
      provide: CrmQuota,
      inject: [ConfigService],
      useFactory: (config: ConfigService<SystemCrmConfig, true>) =>
        new CrmQuota({
          slowdownAt: config.get('CRM_QUOTA_SLOWDOWN_AT', { infer: true }),
          stopAt: config.get('CRM_QUOTA_STOP_AT', { infer: true }),
          maxSpacingMs: config.get('CRM_QUOTA_MAX_SPACING_MS', { infer: true }),
          probeIntervalMs: config.get('CRM_QUOTA_PROBE_INTERVAL_MS', { infer: true }),
        }),
    },
    CrmClient,
    CanonicalIds,
    ChangeFeed,
  ],
  exports: [CrmClient, CanonicalIds, ChangeFeed],
})
export class CrmModule {}
