import { z } from 'zod';
import { DEFAULT_SCHEDULER_CHECK_MS } from './kept-schedulers';

export const messagingConfigShape = {
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** every key the gateway writes to Redis starts with this (queues, caches, throttling) */
  REDIS_PREFIX: z.string().min(1).default('p2c'),
  /** how often the outbox relay looks for unsent rows when it found none last time */
  OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  /** rows one relay claims and enqueues per transaction */
  OUTBOX_RELAY_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  /** wait before retrying a row whose enqueue failed; doubles with each failure, up to 5 minutes */
  OUTBOX_RELAY_RETRY_MS: z.coerce.number().int().min(1).default(1000),
  /** enqueue attempts of a row before the relay gives it up (a dead letter the workbench replays) */
  OUTBOX_RELAY_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(25),
  /** how often each app checks its job schedulers are still in Redis, and sets up any it lost */
  SCHEDULER_CHECK_MS: z.coerce.number().int().min(100).default(DEFAULT_SCHEDULER_CHECK_MS),
  /** sent rows are kept this long (for tracing), then deleted */
  OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).default(168),
};
