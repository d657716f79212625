import { ApiProblemError } from './api-problem.exception';

/** The answer of a call, or undefined when the API answered 404 (it has no such record). */
export async function absentOn404<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiProblemError && error.status === 404) return undefined;
    throw error;
  }
}
