import type { ModuleMetadata } from '@nestjs/common';
import type { QueueName } from '@p2c/messaging';

/**
 * How a process app mounts bulk retries (`ExceptionRetryBatchesModule.forApp`); also the
 * provider token its pieces read it by.
 */
export abstract class ExceptionRetryBatchesOptions {
  /** the flow whose cases the app holds, e.g. `time-posting` */
  abstract flow: string;
  /** names the operations in the app's API document: `Time` → `retryTimeExceptions`, … */
  abstract operationName: string;
  /** the app's exception-retries queue (one per app: only the app's workers take its jobs) */
  abstract queue: QueueName;
  /** the module that provides (and exports) the app's CaseRetry */
  abstract retries: NonNullable<ModuleMetadata['imports']>[number];
}
