import { Module } from '@nestjs/common';
import { DrainInboxUseCase } from './drain-inbox.use-case';
import { EntryIntake } from './entry-intake';
import { FeedCheckpoints } from './feed-checkpoints';
import { IntakeJob } from './intake.job';
import { PollFeedUseCase } from './poll-feed.use-case';
import { RecoverStuckUseCase } from './recover-stuck.use-case';
import { SweepApprovedUseCase } from './sweep-approved.use-case';

/** Approved time and expenses in: the webhook inbox, the PSA event feed, the sweep, recovery. */
@Module({
  providers: [
    EntryIntake,
    FeedCheckpoints,
    DrainInboxUseCase,
    PollFeedUseCase,
    SweepApprovedUseCase,
    RecoverStuckUseCase,
    IntakeJob,
  ],
  exports: [IntakeJob],
})
export class IntakeModule {}
