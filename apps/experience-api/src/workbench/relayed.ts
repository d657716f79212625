import { ApiProblemError } from '@p2c/clients';
import { ProblemException } from '@p2c/platform';

/**
 * The answer of a process app's call, or its refusal passed on to the caller as the app gave it
 * (status, code and detail: 404, 403, 409, 400 INVALID_CURSOR, …).
 */
export async function relayed<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiProblemError)
      throw new ProblemException(error.status, error.code, error.detail);
    throw error;
  }
}
