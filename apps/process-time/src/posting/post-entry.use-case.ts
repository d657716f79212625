import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ApiProblemError } from '@p2c/clients';
import { markHopMissed, markHopSucceeded } from '@p2c/flow';
import { PostingSubject, TimeExceptions } from '../exceptions/time-exceptions';
import { TimeMetrics } from '../kpis/time-metrics';
import { EntryPricer } from '../pricing/entry-pricer';
import type { PricedEntry } from '../pricing/priced-entry';
import { ErpPostings } from './erp-postings';
import { PostingBlockedException } from './posting-blocked.exception';
import { PostingBusyException } from './posting-busy.exception';
import { LEDGER_FLOWS, PostingLedger } from './posting-ledger';
import { PostingLeases, Settlement } from './posting-leases';
import { PostingRow, wantsPosted } from './posting-row';

/** Newer versions arriving while one is posted make the job go round again, this many times. */
const MAX_ROUNDS = 10;

export interface PostEntryCommand {
  postingId: string;
  /** who holds the lease: the job's id, the same when a job is re-run after its worker died */
  holder: string;
  /** read every reference fresh (a retry after someone fixed the data) */
  fresh: boolean;
}

/**
 * Brings the ERP in line with the latest version of one entry: posts it (priced), corrects it
 * in place (same posting id, new hours), or reverses it (withdrawn or deleted), exactly once.
 * Under the entry's lease: the ledger hop is claimed and committed before the ERP call; a
 * re-claimed hop means an earlier attempt may have landed, so the ERP is asked first and its
 * record taken when it is this version. Time becomes a timeBill, an expense an expenseReport.
 */
@Injectable()
export class PostEntryUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leases: PostingLeases,
    private readonly ledger: PostingLedger,
    private readonly pricer: EntryPricer,
    private readonly erp: ErpPostings,
    private readonly exceptions: TimeExceptions,
    private readonly metrics: TimeMetrics,
  ) {}

  async execute(command: PostEntryCommand): Promise<void> {
    for (let round = 1; round <= MAX_ROUNDS; round++) {
      const row = await this.leases.claim(command.postingId, command.holder);
      if (!row) throw new PostingBusyException(command.postingId);
      let settled: boolean;
      try {
        settled = await this.bringInLine(row, command);
      } catch (error) {
        if (error instanceof PostingBlockedException) await this.block(row, command.holder, error);
        else await this.leases.release(row.id, command.holder, (error as Error).message);
        throw error;
      }
      if (settled) return;
    }
    await this.leases.release(command.postingId, command.holder, 'versions kept arriving');
    throw new PostingBusyException(command.postingId);
  }

  private async bringInLine(row: PostingRow, command: PostEntryCommand): Promise<boolean> {
    const post = wantsPosted(row);
    const inLine = post
      ? row.status === 'posted' && row.postedVersion === row.latestVersion
      : row.status === 'reversed' || row.status === 'withdrawn';
    if (inLine) return this.settle(row, command.holder, { status: row.status as 'posted' });
    if (!post) return this.reverse(row, command.holder);
    const priced =
      row.kind === 'EXPENSE'
        ? await this.pricer.priceExpense(row.latest, command.fresh)
        : await this.pricer.priceTime(row.latest, command.fresh);
    return this.post(row, command.holder, priced);
  }

  private async post(row: PostingRow, holder: string, priced: PricedEntry): Promise<boolean> {
    const flow = LEDGER_FLOWS[row.kind].post;
    const target = this.erp.of(row.kind);
    // one connection for both: posting jobs outnumber the pool's connections
    const hop = await this.dataSource.transaction(async (manager) => {
      await this.recordPricing(manager, row, priced);
      return this.ledger.claim(manager, row, {
        flow,
        targetSystem: 'erp',
        targetType: target.recordType,
        ...reconciliation(priced),
      });
    });
    let landed = hop.mayHaveLanded ? await target.landed(row.id, priced) : undefined;
    try {
      landed ??= await target.put(row, priced);
    } catch (error) {
      if (provenMissed(error))
        await markHopMissed(this.dataSource.manager, hop.id, (error as Error).message);
      throw error;
    }
    const erpId = landed.erpId;
    const correction = row.postedVersion !== null;
    return this.dataSource.transaction(async (manager) => {
      const settled = await this.settle(
        row,
        holder,
        { status: 'posted', postedVersion: row.latestVersion, erpId },
        manager,
      );
      await markHopSucceeded(manager, hop.id, erpId, {
        sourceSystem: row.sourceSystem,
        sourceId: row.sourceId,
        flow,
      });
      this.metrics.outcome(row.kind, correction ? 'corrected' : 'posted');
      return settled;
    });
  }

  private async reverse(row: PostingRow, holder: string): Promise<boolean> {
    const flows = LEDGER_FLOWS[row.kind];
    const anything = await this.ledger.everClaimed(this.dataSource.manager, row, flows.post);
    if (!anything)
      return this.dataSource.transaction(async (manager) => {
        const settled = await this.settle(
          row,
          holder,
          { status: 'withdrawn', postedVersion: row.latestVersion },
          manager,
        );
        this.metrics.outcome(row.kind, 'withdrawn');
        return settled;
      });
    const target = this.erp.of(row.kind);
    const hop = await this.ledger.claim(this.dataSource.manager, row, {
      flow: flows.reverse,
      targetSystem: 'erp',
      targetType: target.recordType,
    });
    const reversed = await target.reverse(row.id);
    return this.dataSource.transaction(async (manager) => {
      const settled = await this.settle(
        row,
        holder,
        { status: 'reversed', postedVersion: row.latestVersion },
        manager,
      );
      await markHopSucceeded(manager, hop.id, reversed?.erpId ?? null);
      await this.ledger.supersede(manager, row, flows.post);
      this.metrics.outcome(row.kind, 'reversed');
      return settled;
    });
  }

  /** Blocks the entry and raises its exception — unless a newer version arrived meanwhile. */
  private async block(
    row: PostingRow,
    holder: string,
    error: PostingBlockedException,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await this.leases.settle(manager, row, holder, {
        status: 'blocked',
        lastError: error.message,
      });
      if (!result?.settled) {
        await this.leases.release(row.id, holder, error.message);
        return;
      }
      const flow = LEDGER_FLOWS[row.kind][wantsPosted(row) ? 'post' : 'reverse'];
      await this.ledger.fail(manager, row, flow, error.message);
      await this.exceptions.raise(manager, subjectOf(row), error.reason, error.message, {
        ...error.facts,
        version: row.latestVersion,
      });
      this.metrics.outcome(row.kind, 'blocked');
    });
  }

  /**
   * Settles the version worked on (see PostingLeases.settle); a lost lease means another job
   * took the entry over, which this one leaves to it. Resolves the entry's open exception when
   * the ERP is in line.
   */
  private async settle(
    row: PostingRow,
    holder: string,
    settlement: Settlement,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await this.leases.settle(manager, row, holder, settlement);
    if (!result) throw new PostingBusyException(row.id);
    if (result.firstPost) this.metrics.posted(row.kind, result.seenAt);
    if (result.settled)
      await this.exceptions.resolve(
        manager,
        subjectOf(row),
        `The ERP is in line with version ${row.latestVersion} (${settlement.status}).`,
      );
    return result.settled;
  }

  private async recordPricing(
    manager: EntityManager,
    row: PostingRow,
    priced: PricedEntry,
  ): Promise<void> {
    await manager.query(
      `UPDATE time_postings
          SET project = $2, legal_entity = $3, accounting_period = $4, worker = $5, role = $6,
              work_date = $7, minutes = $8, billable = $9, currency = $10, cost_rate_minor = $11,
              cost_minor = $12, bill_rate_minor = $13, billable_minor = $14, updated_at = now()
        WHERE id = $1`,
      [
        row.id,
        priced.project,
        priced.legalEntity,
        priced.period,
        priced.worker,
        priced.role ?? null,
        priced.workDate,
        priced.minutes ?? null,
        priced.billable,
        priced.currency,
        priced.costRate?.toMinorNumber() ?? null,
        priced.cost.toMinorNumber(),
        priced.billRate?.toMinorNumber() ?? null,
        priced.billableValue?.toMinorNumber() ?? null,
      ],
    );
  }
}

/** The ERP did nothing: it refused the request or limited us (the write never started). */
function provenMissed(error: unknown): boolean {
  if (error instanceof PostingBlockedException) return true;
  return (
    error instanceof ApiProblemError &&
    (error.status === 429 || error.problem.mayHaveTakenEffect === false)
  );
}

function subjectOf(row: PostingRow): PostingSubject {
  return {
    postingId: row.id,
    kind: row.kind,
    sourceSystem: row.sourceSystem,
    sourceId: row.sourceId,
  };
}

/** The ledger's reconciliation dimensions of a priced entry: where it is booked, what it bills. */
function reconciliation(priced: PricedEntry) {
  return {
    legalEntity: priced.legalEntity,
    period: priced.period,
    project: priced.project,
    amountMinor: priced.billableValue?.toMinorNumber(),
    currency: priced.currency,
  };
}
