import { Module } from '@nestjs/common';
import { OutboxModule } from '@p2c/messaging';
import { EntryIntake } from './entry-intake';
import { IntakeJob } from './intake.job';
import { PollFeedUseCase } from './poll-feed.use-case';
import { PsaEventIntake } from './psa-event-intake';
import { PsaEventJob } from './psa-event.job';
import { PsaFeedCheckpoints } from './psa-feed-checkpoints';
import { RecoverStuckUseCase } from './recover-stuck.use-case';
import { SweepApprovedUseCase } from './sweep-approved.use-case';

/** Approved time and expenses in: psa-events jobs (webhooks), the PSA event feed, the sweep, recovery. */
@Module({
  imports: [OutboxModule],
  providers: [
    EntryIntake,
    PsaEventIntake,
    PsaEventJob,
    PsaFeedCheckpoints,
    PollFeedUseCase,
    SweepApprovedUseCase,
    RecoverStuckUseCase,
    IntakeJob,
  ],
  exports: [IntakeJob, PsaEventJob],
})
export class IntakeModule {}
