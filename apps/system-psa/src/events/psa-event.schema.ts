import { z } from 'zod';

const id = z
  .union([z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.int().positive()])
  .transform(String);

/** A webhook body as the PSA sends it (one feed entry); fields the gateway does not read pass. */
export const psaEventSchema = z.looseObject({
  id,
  event_type: z.string().min(1).max(100),
  subject_type: z.string().min(1).max(100),
  subject_id: id,
  created_at: z.iso.datetime({ offset: true }),
  payload: z.record(z.string(), z.unknown()),
});
