import { z } from 'zod';

/** A schedule's cron pattern of 5 fields (6 with seconds first), or `off` for no schedule. */
export const cronOrOff = z
  .string()
  .trim()
  .regex(/^(off|\S+( \S+){4,5})$/, 'a cron pattern such as "0 2 * * *", or off');
