import type { DataSource } from 'typeorm';

/**
 * Runs `work` unless another process (or an overlapping tick) is already running the pass of
 * that name: a session advisory lock, let go when the work ends or the connection dies.
 * Returns undefined when the pass was skipped.
 */
export async function exclusivePass<T>(
  dataSource: DataSource,
  name: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  const runner = dataSource.createQueryRunner();
  try {
    const [{ locked }] = await runner.query(
      `SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`,
      [name],
    );
    if (!locked) return undefined;
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [name]);
    }
  } finally {
    await runner.release();
  }
}
