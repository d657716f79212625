import { Module } from '@nestjs/common';
import { PsaAdminController } from './psa-admin.controller';
import { PsaWebhooksController } from './psa-webhooks.controller';
import { ApproveRecordsUseCase } from './approve-records.use-case';
import { ChangeStaffingUseCase } from './change-staffing.use-case';
import { CompleteMilestoneUseCase } from './complete-milestone.use-case';
import { CorrectTimeEntryUseCase } from './correct-time-entry.use-case';
import { GenerateTimeEntriesUseCase } from './generate-time-entries.use-case';
import { RecordTimeEntriesUseCase } from './record-time-entries.use-case';
import { RejectTimeEntryUseCase } from './reject-time-entry.use-case';
import { PsaApiController } from './psa-api.controller';
import { PsaEventRelay } from './psa-event-relay';
import { PsaListCache } from './psa-list-cache';
import { PsaWebhooksService } from './psa-webhooks.service';

/**
 * The PSA (Kantata-style) dialect: its REST API and events feed under `/psa/api/v1`, signed
 * webhooks, and the admin endpoints under `/__sandbox/psa`. Needs the (global) WorldModule.
 */
@Module({
  controllers: [PsaApiController, PsaAdminController, PsaWebhooksController],
  providers: [
    PsaWebhooksService,
    PsaListCache,
    PsaEventRelay,
    RecordTimeEntriesUseCase,
    GenerateTimeEntriesUseCase,
    ApproveRecordsUseCase,
    CorrectTimeEntryUseCase,
    RejectTimeEntryUseCase,
    CompleteMilestoneUseCase,
    ChangeStaffingUseCase,
  ],
})
export class PsaModule {}
