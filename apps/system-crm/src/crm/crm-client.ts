import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  InjectVendorClient,
  VendorHttpClient,
  VendorHttpError,
  VendorHttpErrorKind,
  VendorRequest,
  VendorResponse,
} from '@p2c/vendor-http';
import { SystemCrmConfig } from '../system-crm-config';
import { parseApiUsage } from './api-usage';
import { CrmRecord, QueryResult } from './crm-record';
import { CrmQuota, CrmQuotaExhaustedError, QuotaTicket } from './crm-quota';
import { crmQuotaProblem } from './crm-quota.problem';
import { crmProblem } from './crm-problem';
import { crmErrorCode } from './read-crm-message';

interface CompositeResponse {
  compositeResponse: { body: unknown; httpStatusCode: number; referenceId: string }[];
}

/** Subrequests one /composite call may carry. */
const COMPOSITE_LIMIT = 25;
const VERSIONED_API = /^(.*?)(\/services\/data\/v\d+\.\d+)\/?$/;

/**
 * The CRM's REST API (Salesforce style) as system-crm uses it: SOQL queries followed to their last
 * page, several queries in one /composite call, every call through the CRM's daily quota and
 * every failure as the problem the caller gets (VENDOR_REJECTED with the CRM's message,
 * VENDOR_UNAVAILABLE, RATE_LIMITED, NOT_FOUND).
 */
@Injectable()
export class CrmClient {
  /** where the CRM's links are relative to, e.g. https://acme.my.salesforce.com (sandbox: …/crm) */
  private readonly instanceUrl: URL;
  /** e.g. /services/data/v60.0 */
  private readonly apiPath: string;
  private readonly batchSize: number;

  constructor(
    @InjectVendorClient('crm') private readonly http: VendorHttpClient,
    @Inject(CrmQuota) private readonly quota: CrmQuota,
    config: ConfigService<SystemCrmConfig, true>,
  ) {
    const base = new URL(config.get('CRM_BASE_URL', { infer: true }));
    const versioned = VERSIONED_API.exec(base.pathname);
    if (!versioned)
      throw new Error(`CRM_BASE_URL must end in /services/data/vNN.N, not ${base.pathname}`);
    this.instanceUrl = new URL(`${base.origin}${versioned[1]}/`);
    this.apiPath = versioned[2];
    this.batchSize = config.get('CRM_QUERY_BATCH_SIZE', { infer: true });
  }

  /** Every record the SOQL query matches, reading page after page (`nextRecordsUrl`). */
  async query(soql: string): Promise<CrmRecord[]> {
    const first = await this.send<QueryResult>({
      method: 'GET',
      path: '/query',
      query: { q: soql },
      headers: this.queryOptions(),
    });
    return this.allPages(first.body, '/query');
  }

  /**
   * The records of several queries, in their order, with one /composite call per 25 queries
   * (one API call each against the quota), each followed to its last page.
   */
  async queries(soqls: readonly string[]): Promise<CrmRecord[][]> {
    const results: CrmRecord[][] = [];
    for (let start = 0; start < soqls.length; start += COMPOSITE_LIMIT) {
      const chunk = soqls.slice(start, start + COMPOSITE_LIMIT);
      const { body } = await this.send<CompositeResponse>({
        method: 'POST',
        path: '/composite',
        // only queries: repeating the call after a timeout changes nothing
        idempotent: true,
        body: {
          allOrNone: false,
          compositeRequest: chunk.map((soql, index) => ({
            method: 'GET',
            url: `${this.apiPath}/query?q=${encodeURIComponent(soql)}`,
            referenceId: `q${index}`,
          })),
        },
      });
      const answers = new Map(
        (body?.compositeResponse ?? []).map((answer) => [answer.referenceId, answer]),
      );
      for (const index of chunk.keys()) {
        const answer = answers.get(`q${index}`);
        if (!answer) throw this.unusable('/composite');
        if (answer.httpStatusCode >= 300) throw subrequestProblem(answer);
        results.push(await this.allPages(answer.body as QueryResult, '/composite'));
      }
    }
    return results;
  }

  private async allPages(first: QueryResult | undefined, path: string): Promise<CrmRecord[]> {
    if (!Array.isArray(first?.records)) throw this.unusable(path);
    const records = [...first.records];
    let page = first;
    while (!page.done && page.nextRecordsUrl) {
      const next = await this.send<QueryResult>({
        method: 'GET',
        path: this.resolve(page.nextRecordsUrl),
        headers: this.queryOptions(),
      });
      if (!Array.isArray(next.body?.records)) throw this.unusable('/query');
      page = next.body;
      records.push(...page.records);
    }
    return records;
  }

  /**
   * A link the CRM handed out (`/services/data/v60.0/query/01g…-2000`) is relative to the
   * instance, which may itself sit under a path (the sandbox's /crm).
   */
  private resolve(link: string): string {
    if (/^https?:\/\//i.test(link)) return link;
    const instancePath = this.instanceUrl.pathname.replace(/\/$/, '');
    const path = instancePath && link.startsWith(`${instancePath}/`) ? link : instancePath + link;
    return new URL(path, this.instanceUrl.origin).toString();
  }

  private queryOptions(): Record<string, string> {
    return { 'Sforce-Query-Options': `batchSize=${this.batchSize}` };
  }

  private async send<T>(request: VendorRequest): Promise<VendorResponse<T>> {
    let ticket: QuotaTicket;
    try {
      ticket = await this.quota.admit();
    } catch (error) {
      if (error instanceof CrmQuotaExhaustedError) throw crmQuotaProblem(error);
      throw error;
    }
    try {
      const response = await this.http.request<T>(request);
      this.quota.answered(ticket, parseApiUsage(response.headers['sforce-limit-info']));
      return response;
    } catch (error) {
      if (
        error instanceof VendorHttpError &&
        error.status === 403 &&
        crmErrorCode(error.body) === 'REQUEST_LIMIT_EXCEEDED'
      )
        throw crmQuotaProblem(this.quota.refused(ticket));
      this.quota.failed(ticket);
      if (error instanceof VendorHttpError) throw crmProblem(error);
      throw error;
    }
  }

  private unusable(path: string) {
    return crmProblem(
      new VendorHttpError({
        kind: VendorHttpErrorKind.UNAVAILABLE,
        vendor: 'crm',
        method: 'GET',
        path,
        reason: 'the answer is not a query result',
        mayHaveTakenEffect: false,
        attempts: 1,
      }),
    );
  }
}

/** A failed /composite subrequest, mapped as if the query had been sent alone. */
function subrequestProblem(answer: CompositeResponse['compositeResponse'][number]) {
  const status = answer.httpStatusCode;
  return crmProblem(
    new VendorHttpError({
      kind: status >= 500 ? VendorHttpErrorKind.UNAVAILABLE : VendorHttpErrorKind.REJECTED,
      vendor: 'crm',
      method: 'GET',
      path: '/query',
      reason: `HTTP ${status}`,
      mayHaveTakenEffect: false,
      attempts: 1,
      status,
      body: answer.body,
    }),
  );
}
