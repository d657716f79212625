import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ApiProblemError } from '@p2c/clients';
import { ClaimedHop, markHopMissed, markHopSucceeded, markHopsSucceeded } from '@p2c/flow';
import { PostingSubject, TimeExceptions } from '../exceptions/time-exceptions';
import { TimeMetrics } from '../kpis/time-metrics';
import { EntryPricer } from '../pricing/entry-pricer';
import type { PricedEntry } from '../pricing/priced-entry';
import { ErpPostingAnswer, ErpPostings } from './erp-postings';
import { PostingBlockedException } from './posting-blocked.exception';
import { PostingBusyException } from './posting-busy.exception';
import { LEDGER_FLOWS, PostingLedger } from './posting-ledger';
import { PostingLeases, Settlement } from './posting-leases';
import { PostingRow, wantsPosted } from './posting-row';

/** Newer versions arriving while one is posted make the job go round again, this many times. */
const MAX_ROUNDS = 10;

/** An entry under its lease, priced for the ERP. */
export interface PricedPosting {
  row: PostingRow;
  priced: PricedEntry;
}

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
    const [outcome] = await this.postAll([{ row, priced }], holder);
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value;
  }

  /**
   * Posts priced entries under the holder's leases, as many as come at once: their pricing
   * recorded and their ledger hops claimed in one transaction, committed before the ERP is
   * called; the ERP asked first about those an earlier attempt may have landed, the others sent
   * together (the batcher fills system-erp's batch calls); what the ERP confirmed settled in one
   * transaction. Answers for each entry whether it is settled (false: a newer version arrived
   * meanwhile, go round again under the lease still held) or why not — its lease lost to
   * another job, the ERP refusing it (PostingBlockedException), or anything to retry.
   */
  async postAll(
    postings: readonly PricedPosting[],
    holder: string,
  ): Promise<PromiseSettledResult<boolean>[]> {
    // one connection for both: posting jobs outnumber the pool's connections
    const hops = await this.dataSource.transaction(async (manager) => {
      await this.recordPricing(manager, postings);
      return this.ledger.claimAll(
        manager,
        postings.map(({ row, priced }) => ({
          row,
          hop: {
            flow: LEDGER_FLOWS[row.kind].post,
            targetSystem: 'erp' as const,
            targetType: this.erp.of(row.kind).recordType,
            ...reconciliation(priced),
          },
        })),
      );
    });
    const answers = await Promise.allSettled(
      postings.map((posting, i) => this.send(posting, hops[i])),
    );
    const landed = postings.flatMap((posting, i) => {
      const answer = answers[i];
      return answer.status === 'fulfilled'
        ? [{ ...posting, hop: hops[i], erpId: answer.value.erpId }]
        : [];
    });
    const results = await this.dataSource.transaction(async (manager) => {
      const settled = await this.leases.settleAll(
        manager,
        holder,
        landed.map(({ row, erpId }) => ({
          row,
          settlement: { status: 'posted' as const, postedVersion: row.latestVersion, erpId },
        })),
      );
      const held = landed.filter(({ row }) => settled.has(row.id));
      await markHopsSucceeded(
        manager,
        held.map(({ row, hop, erpId }) => ({
          hopId: hop.id,
          targetId: erpId,
          replacing: {
            sourceSystem: row.sourceSystem,
            sourceId: row.sourceId,
            flow: LEDGER_FLOWS[row.kind].post,
          },
        })),
      );
      await this.exceptions.resolve(
        manager,
        held
          .filter(({ row }) => settled.get(row.id)!.settled)
          .map(({ row }) => ({
            subject: subjectOf(row),
            resolution: `The ERP is in line with version ${row.latestVersion} (posted).`,
          })),
      );
      return settled;
    });
    for (const { row } of landed) {
      const result = results.get(row.id);
      if (!result) continue;
      if (result.firstPost) this.metrics.posted(row.kind, result.seenAt);
      this.metrics.outcome(row.kind, row.postedVersion !== null ? 'corrected' : 'posted');
    }
    return postings.map(({ row }, i): PromiseSettledResult<boolean> => {
      const answer = answers[i];
      if (answer.status === 'rejected') return answer;
      const result = results.get(row.id);
      return result
        ? { status: 'fulfilled', value: result.settled }
        : { status: 'rejected', reason: new PostingBusyException(row.id) };
    });
  }

  /** The ERP's record of this version: looked up first when it may have landed, else written. */
  private async send({ row, priced }: PricedPosting, hop: ClaimedHop): Promise<ErpPostingAnswer> {
    const target = this.erp.of(row.kind);
    const landed = hop.mayHaveLanded ? await target.landed(row.id, priced) : undefined;
    if (landed) return landed;
    try {
      return await target.put(row, priced);
    } catch (error) {
      if (provenMissed(error))
        await markHopMissed(this.dataSource.manager, hop.id, (error as Error).message);
      throw error;
    }
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
  async block(row: PostingRow, holder: string, error: PostingBlockedException): Promise<void> {
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
      await this.exceptions.resolve(manager, [
        {
          subject: subjectOf(row),
          resolution: `The ERP is in line with version ${row.latestVersion} (${settlement.status}).`,
        },
      ]);
    return result.settled;
  }

  private async recordPricing(
    manager: EntityManager,
    postings: readonly PricedPosting[],
  ): Promise<void> {
    await manager.query(
      `UPDATE time_postings AS p
          SET project = x.project, legal_entity = x.legal_entity,
              accounting_period = x.accounting_period, worker = x.worker, role = x.role,
              work_date = x.work_date, minutes = x.minutes, billable = x.billable,
              currency = x.currency, cost_rate_minor = x.cost_rate_minor,
              cost_minor = x.cost_minor, bill_rate_minor = x.bill_rate_minor,
              billable_minor = x.billable_minor, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb)
           AS x(id text, project text, legal_entity text, accounting_period text, worker text,
                role text, work_date date, minutes integer, billable boolean, currency text,
                cost_rate_minor bigint, cost_minor bigint, bill_rate_minor bigint,
                billable_minor bigint)
        WHERE p.id = x.id`,
      [
        JSON.stringify(
          postings.map(({ row, priced }) => ({
            id: row.id,
            project: priced.project,
            legal_entity: priced.legalEntity,
            accounting_period: priced.period,
            worker: priced.worker,
            role: priced.role ?? null,
            work_date: priced.workDate,
            minutes: priced.minutes ?? null,
            billable: priced.billable,
            currency: priced.currency,
            cost_rate_minor: priced.costRate?.toMinorNumber() ?? null,
            cost_minor: priced.cost.toMinorNumber(),
            bill_rate_minor: priced.billRate?.toMinorNumber() ?? null,
            billable_minor: priced.billableValue?.toMinorNumber() ?? null,
          })),
        ),
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
