import { ApiProblemError } from '@p2c/clients';

/** The answer of a call, or undefined when the system answered 404 (it has no such record). */
export async function orNotFound<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiProblemError && error.status === 404) return undefined;
    throw error;
  }
}
