import { z } from 'zod';

export const queuesBoardConfigShape = {
  /** how long the queue board's session cookie lasts (the token inside it may expire sooner) */
  QUEUES_BOARD_SESSION_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
};
