import type { QueueName } from '@p2c/messaging';

/** How a process app mounts its dead letters (`DeadLettersModule.forApp`); also their token. */
export abstract class DeadLettersOptions {
  /** names the operations in the app's API document: `Time` → `listTimeDeadLetters`, … */
  abstract operationName: string;
  /** the queues the app works: their failed jobs are its dead letters */
  abstract queues: readonly QueueName[];
  /** of those, the ones a vendor's pushed messages arrive on (the app's inbox) */
  abstract inboxQueues: readonly QueueName[];
}
