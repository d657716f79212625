import { Injectable } from '@nestjs/common';
import { ApiClient, ApiProblemError, InjectApiClient, unwrap } from '@p2c/clients';
import type { SystemErpApi } from '@p2c/clients';
import type { PricedEntry } from '../pricing/priced-entry';
import { PostingBlockedException } from './posting-blocked.exception';

export type ErpTimePosting = SystemErpApi.components['schemas']['TimePostingDto'];

/** The ERP's business refusals, by its error code, as the reason a person acts on. */
const VENDOR_CODE_REASONS = {
  PERIOD_CLOSED: 'PERIOD_CLOSED',
  JOB_NOT_ACTIVE: 'PROJECT_NOT_ACTIVE',
} as const;

/**
 * Time postings in the ERP (through system-erp), by the posting id this flow derives from the
 * entry. A refusal that retrying cannot fix becomes a PostingBlockedException; anything
 * retryable is thrown as it came.
 */
@Injectable()
export class ErpTimePostings {
  constructor(@InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>) {}

  /** The posting as the ERP holds it, or undefined when it holds none. */
  async find(postingId: string): Promise<ErpTimePosting | undefined> {
    try {
      return await unwrap(
        this.erp.GET('/time-postings/{id}', { params: { path: { id: postingId } } }),
      );
    } catch (error) {
      if (error instanceof ApiProblemError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** Creates the posting, or changes the one record in place to this version (a correction). */
  async put(
    postingId: string,
    priced: PricedEntry,
    hours: string,
    memo: string,
  ): Promise<ErpTimePosting> {
    try {
      return await unwrap(
        this.erp.PUT('/time-postings/{id}', {
          params: { path: { id: postingId } },
          body: {
            project: priced.project,
            worker: priced.worker,
            workDate: priced.workDate,
            hours,
            billable: priced.billable,
            billRate: priced.billRate?.toJSON(),
            memo,
          },
        }),
      );
    } catch (error) {
      throw blocked(error, `posting ${postingId}`);
    }
  }

  /** Takes the posting out of project accounting; undefined when the ERP holds none. */
  async reverse(postingId: string): Promise<ErpTimePosting | undefined> {
    try {
      return await unwrap(
        this.erp.POST('/time-postings/{id}/reversal', { params: { path: { id: postingId } } }),
      );
    } catch (error) {
      if (error instanceof ApiProblemError && error.status === 404) return undefined;
      throw blocked(error, `the reversal of posting ${postingId}`);
    }
  }
}

/** Whether what the ERP holds is exactly this version, priced as now. */
export function holdsVersion(found: ErpTimePosting, priced: PricedEntry): boolean {
  return (
    found.status === 'POSTED' &&
    found.project === priced.project &&
    found.worker === priced.worker &&
    found.workDate === priced.workDate &&
    found.minutes === priced.minutes &&
    found.billable === priced.billable &&
    (found.billRate?.amount ?? null) === (priced.billRate?.toDecimal() ?? null)
  );
}

function blocked(error: unknown, what: string): unknown {
  if (!(error instanceof ApiProblemError) || error.retryable || error.status >= 500) return error;
  const vendorCode = typeof error.problem.vendorCode === 'string' ? error.problem.vendorCode : '';
  const facts = { erpCode: error.code, vendorCode: vendorCode || null, erpDetail: error.detail };
  if (error.code === 'WORKER_UNMAPPED')
    return new PostingBlockedException(
      'WORKER_UNMAPPED',
      `The ERP has no employee for this worker, so it refused ${what}: ${error.detail} ` +
        `Add or link the employee in the ERP, then retry.`,
      facts,
    );
  if (error.code === 'PROJECT_NOT_IN_ERP')
    return new PostingBlockedException(
      'PROJECT_NOT_ACTIVE',
      `The ERP has no job for this project, so it refused ${what}: ${error.detail} ` +
        `Complete the project's onboarding, then retry.`,
      facts,
    );
  const reason = VENDOR_CODE_REASONS[vendorCode as keyof typeof VENDOR_CODE_REASONS];
  if (reason)
    return new PostingBlockedException(
      reason,
      `The ERP refused ${what}: ${error.detail} ` +
        (reason === 'PERIOD_CLOSED'
          ? 'Reopen the period in the ERP (or book an adjustment in an open one), then retry.'
          : 'Set the project to In Progress in the ERP, then retry.'),
      facts,
    );
  return new PostingBlockedException(
    'VENDOR_REJECTED',
    `The ERP refused ${what}: ${error.detail} Correct the record the ERP names, then retry.`,
    facts,
  );
}
