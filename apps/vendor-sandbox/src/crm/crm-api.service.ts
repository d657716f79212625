import { Injectable } from '@nestjs/common';
import { VendorHttpException } from '../pipeline/vendor-http.exception';
import { WorldService } from '../world/world.service';
import { crmError, crmFailure } from './crm-errors';
import { CrmComposite } from './crm-composite';
import { CrmQuery, batchSizeOf } from './crm-query';
import { CrmRecords } from './crm-records';
import { CrmResult } from './crm-result';
import { DAILY_API_REQUESTS } from './crm-state';

export interface CrmRequest {
  method: string;
  /** the path after /services/data/vNN.N/, e.g. `sobjects/Account/001…` */
  path: string;
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  body: unknown;
}

/**
 * The CRM's REST API (Salesforce style) as one dispatcher, so a /composite subrequest goes
 * exactly where the same request sent alone would.
 */
@Injectable()
export class CrmApiService {
  constructor(private readonly worlds: WorldService) {}

  handle(request: CrmRequest): CrmResult {
    try {
      return this.route(request);
    } catch (error) {
      if (error instanceof VendorHttpException) return error.reply;
      throw error;
    }
  }

  private route({ method, path, query, headers, body }: CrmRequest): CrmResult {
    const state = this.worlds.current.crm;
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const records = new CrmRecords(state);
    const verb = method.toUpperCase();
    const [resource, ...rest] = parts;
    if (resource === 'query' && verb === 'GET') {
      const soql = new CrmQuery(state);
      if (rest.length === 0)
        return {
          status: 200,
          body: soql.run(query.q, batchSizeOf(headers['sforce-query-options'])),
        };
      if (rest.length === 1) return { status: 200, body: soql.more(rest[0]) };
    }
    if (resource === 'limits' && rest.length === 0 && verb === 'GET') {
      const limit = state.limits.get(DAILY_API_REQUESTS)!;
      return {
        status: 200,
        body: { [DAILY_API_REQUESTS]: { Max: limit.Max, Remaining: limit.Remaining } },
      };
    }
    if (resource === 'composite' && rest.length === 0 && verb === 'POST')
      return { status: 200, body: new CrmComposite(state, (sub) => this.handle(sub)).run(body) };
    if (resource === 'sobjects' && rest.length >= 1) {
      const [object, first, second] = rest;
      if (rest.length === 1 && verb === 'POST') return records.create(object, body);
      if (rest.length === 2 && verb === 'GET')
        return { status: 200, body: records.get(object, first) };
      if (rest.length === 2 && verb === 'PATCH') return records.update(object, first, body);
      if (rest.length === 3 && verb === 'GET')
        return records.getByExternalId(object, first, second);
      if (rest.length === 3 && verb === 'PATCH') return records.upsert(object, first, second, body);
    }
    throw crmFailure(404, 'NOT_FOUND', 'The requested resource does not exist');
  }
}

/** The answer the CRM gives once the daily allowance is spent. */
export const requestLimitExceeded = () =>
  crmError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
