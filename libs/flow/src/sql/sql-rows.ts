import type { EntityManager } from 'typeorm';

/**
 * The rows a statement returns (SELECT, or INSERT/UPDATE … RETURNING), in the caller's
 * transaction when the manager has one. A conditional UPDATE tells whether it took effect by
 * what it returns.
 */
export async function sqlRows<T = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    return (await runner.query(sql, parameters, true)).records as T[];
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
