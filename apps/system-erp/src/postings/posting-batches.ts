import { Injectable, Logger } from '@nestjs/common';
import type { PostingBatchResultDto } from '@p2c/canonical';
import { ProblemException } from '@p2c/platform';
import { ErpClient } from '../erp/erp-client';
import { ErpLinks } from '../erp/erp-links';
import { erpRefusalReason } from '../erp/erp-problem';

const logger = new Logger('PostingBatches');
const HIDDEN_DETAIL = 'An unexpected error occurred while preparing or linking this posting.';

/** A posting's ERP record, checked and resolved, and the answer once the ERP holds it. */
export interface PreparedPosting<T> {
  fields: Record<string, unknown>;
  posted: (erpId: string) => T;
}

/** Which ERP records a kind of posting is, and how the cross-reference table names it. */
export interface PostingBatchKind {
  recordType: 'timeBill' | 'expenseReport';
  entityType: 'time-posting' | 'expense-posting';
}

/**
 * Posts many postings of one kind in one call of the ERP's list upsert, each by its external id
 * (the posting id), so a repeated batch changes the same records. Each posting stands or falls
 * alone: one the gateway refuses before the call (no ERP job, unmapped worker, …) or the ERP
 * refuses in its answer (closed period, project not in progress, …) is answered `refused` with
 * the reason code the single PUT answers with; one whose preparation or link hit a fault (a
 * project lookup the ERP failed, our database) is answered `failed`, to retry, and holds up no
 * other. Postings are prepared side by side from the cached references. A failure of the list
 * upsert itself (the ERP limiting, down, timing out) fails the whole batch as it fails a PUT.
 */
@Injectable()
export class PostingBatches {
  constructor(
    private readonly erp: ErpClient,
    private readonly links: ErpLinks,
  ) {}

  async post<T extends { id: string }>(
    kind: PostingBatchKind,
    postings: T[],
    prepare: (posting: T) => Promise<PreparedPosting<unknown>>,
  ): Promise<PostingBatchResultDto[]> {
    const results = new Map<string, PostingBatchResultDto>();
    const prepared = await Promise.all(
      postings.map(async (posting) => {
        try {
          return { id: posting.id, fields: (await prepare(posting)).fields };
        } catch (error) {
          results.set(posting.id, settledBy(posting.id, error, false));
          return undefined;
        }
      }),
    );
    const writes = prepared.filter((write) => write !== undefined);
    const answers = writes.length
      ? await this.erp.upsertList(
          kind.recordType,
          writes.map(({ id, fields }) => ({ externalId: id, fields })),
        )
      : [];
    const held: { canonicalId: string; erpId: string }[] = [];
    answers.forEach((answer, index) => {
      const id = writes[index].id;
      if (answer.status === 'error')
        results.set(id, {
          id,
          status: 'refused',
          reasonCode: erpRefusalReason(answer.code),
          detail: answer.message,
          vendorCode: answer.code,
        });
      else held.push({ canonicalId: id, erpId: answer.internalId });
    });
    try {
      const conflicts = await this.links.linkAll(kind.entityType, held);
      for (const { canonicalId: id, erpId } of held) {
        const conflict = conflicts.get(id);
        results.set(id, conflict ? settledBy(id, conflict, true) : { id, status: 'posted', erpId });
      }
    } catch (error) {
      // the ERP holds them: the caller's retry finds them there before writing again
      for (const { canonicalId: id } of held) results.set(id, settledBy(id, error, true));
    }
    return postings.map((posting) => results.get(posting.id)!);
  }
}

/**
 * What became of one posting that could not be written: `refused` for a 4xx problem but 429
 * (the reason its PUT answers with), `failed` for a fault of that posting alone (its project or
 * worker could not be read, the ERP limited that read, our database): worth retrying, and the
 * other postings of the batch stand.
 */
function settledBy(id: string, error: unknown, written: boolean): PostingBatchResultDto {
  const status = error instanceof ProblemException ? error.getStatus() : 500;
  if (status < 500 && status !== 429 && error instanceof ProblemException)
    return { id, status: 'refused', reasonCode: error.code, detail: error.message };
  if (!(error instanceof ProblemException))
    logger.error(`posting ${id} of a batch failed: ${(error as Error).message}`);
  const headers = error instanceof ProblemException ? error.headers : {};
  const retryAfter = Number(headers['retry-after']);
  return {
    id,
    status: 'failed',
    problemStatus: status,
    reasonCode: error instanceof ProblemException ? error.code : 'INTERNAL_ERROR',
    detail: error instanceof ProblemException ? error.message : HIDDEN_DETAIL,
    mayHaveTakenEffect:
      written ||
      (error instanceof ProblemException && error.extensions.mayHaveTakenEffect === true),
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  };
}
