import type { EntityManager } from 'typeorm';
import { sqlRows } from '../sql/sql-rows';
import type { LeaseChange } from './lease-change';
import type { LeaseColumns } from './lease-columns';

const NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Leases on the rows of one table, so that one holder at a time works on a row: a row is
 * claimed when it is free, already the holder's (a job re-run after its worker died takes it
 * back at once) or its lease has lapsed (its holder died); the holder renews it while it works
 * and lets go when done. Every statement is one conditional UPDATE: it takes effect, and answers
 * the row, only while the lease rule holds — so the row's state transitions, written in the
 * same statement by the app that owns the table, happen only under the lease.
 */
export class RowLeases {
  private readonly lease: string;

  constructor(
    private readonly columns: LeaseColumns,
    leaseMs: number,
  ) {
    const names = [columns.table, columns.token, columns.until];
    if (!names.every((name) => NAME.test(name)))
      throw new Error(`not a table or column name: ${names.join(', ')}`);
    if (!Number.isSafeInteger(leaseMs) || leaseMs <= 0)
      throw new Error(`a lease lasts a positive whole number of milliseconds, not ${leaseMs}`);
    // a whole number checked above, so written into the statement rather than passed
    this.lease = `now() + ${leaseMs} * interval '1 millisecond'`;
  }

  /** Takes the row for `holder` if it is free, already theirs or lapsed; undefined otherwise. */
  async claim<T = { id: string }>(
    manager: EntityManager,
    id: string,
    holder: string,
    change: LeaseChange = {},
  ): Promise<T | undefined> {
    const [row] = await this.claimMany<T>(manager, [id], holder, change);
    return row;
  }

  /** claim for many rows in one statement: answers the rows it took, in no particular order. */
  claimMany<T = { id: string }>(
    manager: EntityManager,
    ids: readonly string[],
    holder: string,
    change: LeaseChange = {},
  ): Promise<T[]> {
    const { token, until } = this.columns;
    return this.updateRows<T>(manager, {
      ids,
      holder,
      change,
      lease: `${token} = $2, ${until} = ${this.lease}`,
      rule: `(leased.${token} IS NULL OR leased.${token} = $2 OR leased.${until} < now())`,
    });
  }

  /** Extends the holder's lease; false once the holder no longer holds the row. */
  async renew(
    manager: EntityManager,
    id: string,
    holder: string,
    change: LeaseChange = {},
  ): Promise<boolean> {
    const { token, until } = this.columns;
    const held = await this.update(manager, {
      id,
      holder,
      change,
      lease: `${until} = ${this.lease}`,
      rule: `leased.${token} = $2`,
    });
    return held !== undefined;
  }

  /**
   * Lets go of the row the holder holds; undefined when it held it no more. `until` is what the
   * lease's until column becomes: NULL, unless the table keeps it as a deadline for a sweep.
   */
  async release<T = { id: string }>(
    manager: EntityManager,
    id: string,
    holder: string,
    change: LeaseChange & { until?: string } = {},
  ): Promise<T | undefined> {
    const lease = `${this.columns.token} = NULL, ${this.columns.until} = ${change.until ?? 'NULL'}`;
    return this.update<T>(manager, {
      id,
      holder,
      change,
      lease,
      rule: `leased.${this.columns.token} = $2`,
    });
  }

  /** `lease`: how the statement sets the lease columns; `rule`: when the lease lets it. */
  private async update<T>(
    manager: EntityManager,
    statement: { id: string; holder: string; change: LeaseChange; lease: string; rule: string },
  ): Promise<T | undefined> {
    const { id, ...rest } = statement;
    const [row] = await this.updateRows<T>(manager, { ids: [id], ...rest });
    return row;
  }

  private updateRows<T>(
    manager: EntityManager,
    statement: {
      ids: readonly string[];
      holder: string;
      change: LeaseChange;
      lease: string;
      rule: string;
    },
  ): Promise<T[]> {
    const { ids, holder, change, lease, rule } = statement;
    return sqlRows<T>(
      manager,
      `UPDATE ${this.columns.table} AS leased
          SET ${[lease, change.set].filter(Boolean).join(', ')}
        WHERE leased.id = ANY($1) AND ${rule}${change.where ? ` AND (${change.where})` : ''}
        RETURNING ${change.returning ?? 'leased.id'}`,
      [ids, holder, ...(change.parameters ?? [])],
    );
  }
}
