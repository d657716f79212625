import { StateRecord } from '../world/vendor-state';
import { crmError, crmFailure } from './crm-errors';
import type { CrmRequest } from './crm-api.service';
import { CrmResult } from './crm-result';
import { CrmState } from './crm-state';

const MAX_SUBREQUESTS = 25;
const REFERENCE = /@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}/g;

export interface CompositeSubresponse {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}

interface Subrequest {
  method: string;
  url: string;
  referenceId: string;
  body?: unknown;
}

const halted = (message: string) => crmError(400, 'PROCESSING_HALTED', message).body;

/**
 * `/composite`: up to 25 subrequests in order, later ones using earlier results through
 * `@{referenceId.field}`; one API call. With `allOrNone` the first failure undoes every change.
 */
export class CrmComposite {
  constructor(
    private readonly state: CrmState,
    private readonly dispatch: (request: CrmRequest) => CrmResult,
  ) {}

  run(body: unknown): { compositeResponse: CompositeSubresponse[] } {
    const { allOrNone = false, compositeRequest } = (body ?? {}) as StateRecord;
    const subrequests = this.validate(compositeRequest);
    const snapshot = allOrNone === true ? this.state.snapshot() : undefined;
    const results = new Map<string, CrmResult>();
    const responses: CompositeSubresponse[] = [];
    let failedAt = -1;
    for (const [index, sub] of subrequests.entries()) {
      const respond = (result: CrmResult) => {
        results.set(sub.referenceId, result);
        responses.push({
          body: result.body ?? null,
          httpHeaders: result.headers ?? {},
          httpStatusCode: result.status,
          referenceId: sub.referenceId,
        });
      };
      if (failedAt >= 0 && snapshot) {
        respond({
          status: 400,
          body: halted(
            'The transaction was rolled back since another operation in the same transaction failed.',
          ),
        });
        continue;
      }
      let url: string;
      let resolvedBody: unknown;
      try {
        url = sub.url.replace(REFERENCE, (_match, ref: string, path: string) =>
          encodeURIComponent(String(lookup(results, ref, path))),
        );
        resolvedBody = substitute(sub.body, results);
      } catch (error) {
        respond({
          status: 400,
          body: halted(error instanceof Error ? error.message : String(error)),
        });
        failedAt = failedAt >= 0 ? failedAt : index;
        continue;
      }
      const parsed = parseCompositeUrl(url);
      const result = parsed
        ? this.dispatch({
            method: sub.method,
            path: parsed.path,
            query: parsed.query,
            headers: {},
            body: resolvedBody,
          })
        : crmError(400, 'INVALID_URL', `Invalid subrequest url ${sub.url}`);
      respond(result);
      if (result.status >= 400 && failedAt < 0) failedAt = index;
    }
    if (snapshot && failedAt >= 0) {
      this.state.restore(snapshot);
      for (const [index, response] of responses.entries())
        if (index < failedAt)
          Object.assign(response, {
            body: halted(
              'The transaction was rolled back since another operation in the same transaction failed.',
            ),
            httpStatusCode: 400,
            httpHeaders: {},
          });
    }
    return { compositeResponse: responses };
  }

  private validate(compositeRequest: unknown): Subrequest[] {
    if (!Array.isArray(compositeRequest) || compositeRequest.length === 0)
      throw crmFailure(400, 'JSON_PARSER_ERROR', 'compositeRequest must be a non-empty list.');
    if (compositeRequest.length > MAX_SUBREQUESTS)
      throw crmFailure(
        400,
        'LIMIT_EXCEEDED',
        `A composite request holds at most ${MAX_SUBREQUESTS} subrequests.`,
      );
    const seen = new Set<string>();
    return compositeRequest.map((item: unknown) => {
      const sub = (item ?? {}) as StateRecord;
      if (
        typeof sub.method !== 'string' ||
        typeof sub.url !== 'string' ||
        typeof sub.referenceId !== 'string'
      )
        throw crmFailure(
          400,
          'JSON_PARSER_ERROR',
          'Each subrequest needs method, url and referenceId.',
        );
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(sub.referenceId) || seen.has(sub.referenceId))
        throw crmFailure(
          400,
          'INVALID_INPUT',
          `Invalid or duplicate referenceId ${sub.referenceId}.`,
        );
      seen.add(sub.referenceId);
      return { method: sub.method, url: sub.url, referenceId: sub.referenceId, body: sub.body };
    });
  }
}

/** Splits a versioned URL (`/services/data/v60.0/sobjects/…?q=…`) into path and query. */
function parseCompositeUrl(url: string): Pick<CrmRequest, 'path' | 'query'> | undefined {
  const [pathPart, queryPart = ''] = url.split('?', 2);
  const match = /^\/services\/data\/v\d+\.\d\/(.*)$/.exec(pathPart);
  if (!match) return undefined;
  return { path: match[1], query: Object.fromEntries(new URLSearchParams(queryPart)) };
}

/**
 * Replaces `@{ref.path}` references in a body (deeply): a string that is one reference takes the
 * referenced value as it is (a number stays a number), others get it spliced in as text.
 */
function substitute(value: unknown, results: Map<string, CrmResult>): unknown {
  if (typeof value === 'string') {
    const single = new RegExp(`^${REFERENCE.source}$`).exec(value);
    if (single) return lookup(results, single[1], single[2]);
    return value.replace(REFERENCE, (_match, ref: string, path: string) =>
      String(lookup(results, ref, path)),
    );
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, results));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, substitute(item, results)]),
    );
  return value;
}

function lookup(results: Map<string, CrmResult>, ref: string, path: string): unknown {
  const result = results.get(ref);
  if (!result) throw new Error(`Invalid reference specified. No value for ${ref} found.`);
  if (result.status >= 400)
    throw new Error(`The subrequest ${ref} failed, so ${ref}${path} has no value.`);
  let current: unknown = result.body;
  for (const step of path.match(/\.[A-Za-z0-9_]+|\[\d+\]/g) ?? []) {
    const key = step.startsWith('.') ? step.slice(1) : Number(step.slice(1, -1));
    current = (current as Record<string | number, unknown> | null | undefined)?.[key];
  }
  if (current === undefined)
    throw new Error(`Invalid reference specified. No value for ${ref}${path} found.`);
  return current;
}
