import type { EntityManager } from 'typeorm';

/** Runs a statement in the manager's transaction; answers the rows it returned and how many it touched. */
export async function execute<T = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<{ rows: T[]; affected: number }> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('execute needs a transaction’s manager');
  const result = await runner.query(sql, parameters, true);
  return { rows: result.records as T[], affected: result.affected ?? result.records.length };
}
