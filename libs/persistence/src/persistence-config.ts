import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from './data-source-options';

export const persistenceConfigShape = {
  DATABASE_URL: z.string().url().default(DEFAULT_DATABASE_URL),
};
