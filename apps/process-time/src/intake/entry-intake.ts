import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import type { LedgerSystem } from '@p2c/persistence';
import { recordHops, sqlRows } from '@p2c/flow';
import { queuePostingJobs } from '../posting/post-entries.job';
import { LEDGER_FLOWS } from '../posting/posting-ledger';
import { EntrySnapshot, postingIdOf } from './entry-snapshot';

// One statement per batch. A version is taken only if it is newer than what the row holds (a
// repeat, or an older version arriving late, changes nothing); a deletion is taken once. An
// entry first seen not approved is not recorded (there is nothing to post or undo).
const RECORD = `
  WITH incoming AS (
    SELECT DISTINCT ON (id) *
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, kind text, source_system text,
             source_id text, version integer, latest jsonb, deleted boolean, approved boolean,
             approved_at timestamptz, project text, worker text, role text, work_date date,
             minutes integer, billable boolean)
     ORDER BY id, version DESC, deleted DESC)
  INSERT INTO time_postings AS p (id, kind, source_system, source_id, latest_version, latest,
                                  deleted, status, approved_at, seen_at, project, worker, role,
                                  work_date, minutes, billable)
  SELECT id, kind, source_system, source_id, version, latest, deleted, 'pending',
         CASE WHEN approved THEN approved_at END, CASE WHEN approved THEN now() END,
         project, worker, role, work_date, minutes, billable
    FROM incoming
   WHERE approved OR deleted OR EXISTS (SELECT 1 FROM time_postings t WHERE t.id = incoming.id)
  ON CONFLICT (id) DO UPDATE
     SET latest_version = greatest(p.latest_version, EXCLUDED.latest_version),
         latest = CASE WHEN EXCLUDED.latest_version > p.latest_version
                       THEN EXCLUDED.latest ELSE p.latest END,
         deleted = p.deleted OR EXCLUDED.deleted,
         project = CASE WHEN EXCLUDED.latest_version > p.latest_version
                        THEN EXCLUDED.project ELSE p.project END,
         worker = CASE WHEN EXCLUDED.latest_version > p.latest_version
                       THEN EXCLUDED.worker ELSE p.worker END,
         role = CASE WHEN EXCLUDED.latest_version > p.latest_version
                     THEN EXCLUDED.role ELSE p.role END,
         work_date = CASE WHEN EXCLUDED.latest_version > p.latest_version
                          THEN EXCLUDED.work_date ELSE p.work_date END,
         minutes = CASE WHEN EXCLUDED.latest_version > p.latest_version
                        THEN EXCLUDED.minutes ELSE p.minutes END,
         billable = CASE WHEN EXCLUDED.latest_version > p.latest_version
                         THEN EXCLUDED.billable ELSE p.billable END,
         status = 'pending',
         approved_at = coalesce(p.approved_at, EXCLUDED.approved_at),
         seen_at = coalesce(p.seen_at, EXCLUDED.seen_at),
         updated_at = now()
   WHERE EXCLUDED.latest_version > p.latest_version OR (EXCLUDED.deleted AND NOT p.deleted)
  RETURNING id, kind, source_system AS "sourceSystem", source_id AS "sourceId",
            latest_version AS version`;

interface Changed {
  id: string;
  kind: 'TIME' | 'EXPENSE';
  sourceSystem: string;
  sourceId: string;
  version: number;
}

/**
 * Where every intake (webhook inbox, event feed, sweep) hands over what it saw, in the caller's
 * transaction: the entry's row takes the version if it is new, the intake hop goes into the
 * lineage, and posting jobs are queued through the outbox (TIME_POSTING_JOB_SIZE entries a
 * job). Any mix of intakes, repeats and
 * out-of-order arrivals comes to the same rows. Returns how many entries changed.
 */
@Injectable()
export class EntryIntake {
  private readonly jobSize: number;

  constructor(@Inject(ConfigService) config: ConfigService) {
    this.jobSize = config.getOrThrow<number>('TIME_POSTING_JOB_SIZE');
  }

  /**
   * A snapshot the database cannot take (a malformed record: an impossible date, a bad number)
   * is left out and handed to `rejected` instead of holding up the rest of the batch; any other
   * failure throws, so nothing is dropped for a passing problem.
   */
  async record(
    manager: EntityManager,
    snapshots: EntrySnapshot[],
    rejected: (snapshot: EntrySnapshot, reason: string) => void = () => undefined,
  ): Promise<number> {
    if (snapshots.length === 0) return 0;
    try {
      return await withSavepoint(manager, () => this.recordBatch(manager, snapshots));
    } catch (error) {
      if (!isBadData(error)) throw error;
    }
    let changed = 0;
    for (const snapshot of snapshots)
      try {
        changed += await withSavepoint(manager, () => this.recordBatch(manager, [snapshot]));
      } catch (error) {
        if (!isBadData(error)) throw error;
        rejected(snapshot, (error as Error).message);
      }
    return changed;
  }

  private async recordBatch(manager: EntityManager, snapshots: EntrySnapshot[]): Promise<number> {
    const incoming = snapshots.map(({ kind, record, deleted }) => ({
      id: postingIdOf(kind, record.sourceSystem, record.sourceId),
      kind,
      source_system: record.sourceSystem,
      source_id: record.sourceId,
      version: record.sourceVersion,
      latest: record,
      deleted: deleted === true,
      approved: record.status === 'APPROVED' && deleted !== true,
      approved_at: record.changedAt || null,
      // the latest version's facts, for the API and KPIs before (or without) pricing
      project: record.project ?? null,
      worker: record.worker ?? null,
      role: kind === 'TIME' ? (record.role ?? null) : null,
      work_date: kind === 'TIME' ? record.workDate : record.date,
      minutes: kind === 'TIME' ? record.minutes : null,
      billable: record.billable,
    }));
    const changed = await sqlRows<Changed>(manager, RECORD, [JSON.stringify(incoming)]);
    if (changed.length === 0) return 0;
    await recordHops(
      manager,
      changed.map((row) => ({
        flow: LEDGER_FLOWS[row.kind].intake,
        sourceSystem: row.sourceSystem as LedgerSystem,
        sourceType: row.kind === 'TIME' ? 'time_entry' : 'expense',
        sourceId: row.sourceId,
        sourceVersion: String(row.version),
        targetSystem: 'gateway',
        targetType: 'time_posting',
        targetId: row.id,
      })),
    );
    await queuePostingJobs(
      manager,
      changed.map((row) => row.id),
      this.jobSize,
    );
    return changed.length;
  }
}

let savepoints = 0;

async function withSavepoint<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  const name = `intake_${++savepoints}`;
  await manager.query(`SAVEPOINT ${name}`);
  try {
    const result = await work();
    await manager.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
    throw error;
  }
}

/** Postgres refused the values themselves (SQLSTATE class 22, data exception). */
function isBadData(error: unknown): boolean {
  const code = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof code === 'string' && code.startsWith('22');
}
