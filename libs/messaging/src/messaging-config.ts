import { z } from 'zod';

export const messagingConfigShape = {
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** every key the gateway writes to Redis starts with this (queues, caches, throttling) */
  REDIS_PREFIX: z.string().min(1).default('p2c'),
};
