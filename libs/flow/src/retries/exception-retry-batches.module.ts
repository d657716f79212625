import { DynamicModule, Module } from '@nestjs/common';
import { OutboxModule } from '@p2c/messaging';
import { ExceptionRetryBatchesOptions } from './exception-retry-batches-options';
import { exceptionRetryBatchesController } from './exception-retry-batches.controller';
import { GetRetryBatchUseCase } from './get-retry-batch.use-case';
import { RetryBatchWorkers } from './retry-batch-workers';
import { RetryBatchJob } from './retry-batch.job';
import { RetryBatches } from './retry-batches';
import { StartRetryBatchUseCase } from './start-retry-batch.use-case';

/**
 * Bulk retries of a process app's cases (`POST /exceptions/retries`), worked as jobs on the app's
 * exception-retries queue, each case by the app's own CaseRetry (from `options.retries`).
 */
@Module({})
export class ExceptionRetryBatchesModule {
  static forApp(options: ExceptionRetryBatchesOptions): DynamicModule {
    return {
      module: ExceptionRetryBatchesModule,
      imports: [OutboxModule, options.retries],
      controllers: [exceptionRetryBatchesController(options)],
      providers: [
        { provide: ExceptionRetryBatchesOptions, useValue: options },
        RetryBatches,
        StartRetryBatchUseCase,
        GetRetryBatchUseCase,
        RetryBatchJob,
        RetryBatchWorkers,
      ],
    };
  }
}
