import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueueFactory } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import { ExceptionRetryBatchesOptions } from './exception-retry-batches-options';
import { RetryBatchJobData, RetryCaseJobData } from './retry-batch-job-data';
import { RetryBatchJob } from './retry-batch.job';

/** In the `worker` and `all` roles: the worker of the app's exception-retries queue. */
@Injectable()
export class RetryBatchWorkers implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueFactory,
    private readonly options: ExceptionRetryBatchesOptions,
    private readonly job: RetryBatchJob,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    this.queues.worker<RetryBatchJobData | RetryCaseJobData, void>(
      this.options.queue,
      (job) => this.job.process(job),
      {
        concurrency: this.config.getOrThrow<number>('EXCEPTION_RETRY_CONCURRENCY'),
      },
    );
  }
}
