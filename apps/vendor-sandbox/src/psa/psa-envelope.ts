import { psaValidationError } from './psa-errors';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';
import type { PsaListCache } from './psa-list-cache';
import type { PsaFilter, PsaInclude, PsaResource } from './psa-resource';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 200;

export type PsaQuery = Record<string, string | undefined>;

export interface PsaPage {
  number: number;
  size: number;
}

export interface PsaEnvelope {
  count: number;
  results: { key: string; id: string }[];
  meta: { count: number; page_count: number; page_number: number; page_size: number };
  [key: string]: unknown;
}

function positiveInteger(query: PsaQuery, name: string, fallback: number): number {
  const raw = query[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw psaValidationError([{ field: name, message: `${name} must be a positive integer` }]);
  return Number(raw);
}

/** `page` (from 1) and `per_page` (default 20; more than 200 is quietly cut to 200). */
export function pageOf(query: PsaQuery): PsaPage {
  return {
    number: positiveInteger(query, 'page', 1),
    size: Math.min(positiveInteger(query, 'per_page', DEFAULT_PER_PAGE), MAX_PER_PAGE),
  };
}

/** `include=a,b`: each must be one the resource offers. */
export function includesOf(resource: PsaResource, query: PsaQuery): PsaInclude[] {
  const names = (query.include ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !resource.includes?.[name]);
  if (unknown.length > 0)
    throw psaValidationError(
      unknown.map((name) => ({
        field: 'include',
        message: `${name} is not an includable association`,
      })),
    );
  return names.map((name) => resource.includes![name]);
}

/** Parameters that choose what part of a listing is answered, not which records it holds. */
const PAGING_PARAMETERS = ['page', 'per_page', 'include'] as const;

/** The query's filters as a stable key: what two requests for pages of one listing share. */
export function listingKey(
  query: PsaQuery,
  ignored: readonly string[] = PAGING_PARAMETERS,
): string {
  return Object.keys(query)
    .filter((name) => !ignored.includes(name) && query[name] !== undefined && query[name] !== '')
    .sort()
    .map((name) => `${name}=${query[name]}`)
    .join('&');
}

/** One page of a resource's records matching every filter given, in the vendor's order. */
export function listRecords(
  state: PsaState,
  resource: PsaResource,
  query: PsaQuery,
  cache: PsaListCache,
) {
  const page = pageOf(query);
  const includes = includesOf(resource, query);
  const filters: [string, PsaFilter][] = Object.entries({ only: onlyFilter, ...resource.filters });
  const predicates = filters
    .filter(([name]) => query[name] !== undefined && query[name] !== '')
    .map(([name, filter]) => filter(query[name]!));
  const matching = cache.rows(state, resource.key, listingKey(query), () => {
    const rows: PsaRecord[] = [];
    for (const record of state.records(resource.key).values())
      if (predicates.every((matches) => matches(record))) rows.push(record);
    return rows;
  });
  const first = (page.number - 1) * page.size;
  const rows = matching.slice(first, first + page.size);
  return envelope(state, resource.key, rows, includes, matching.length, page);
}

const onlyFilter = (value: string) => {
  const wanted = new Set(value.split(','));
  return (record: PsaRecord) => wanted.has(String(record.id));
};

/**
 * The vendor's answer shape: `results` gives the order (and may name a record twice), the records
 * themselves are side-loaded in a map keyed by id, with any included related records beside them.
 */
export function envelope(
  state: PsaState,
  key: string,
  rows: PsaRecord[],
  includes: PsaInclude[],
  count: number,
  page: PsaPage,
): PsaEnvelope {
  const primary = new Map<string, PsaRecord>(rows.map((row) => [String(row.id), row]));
  const sideLoaded: Record<string, Record<string, PsaRecord>> = {};
  const sideMap = (collection: string) => (sideLoaded[collection] ??= {});
  for (const include of includes) {
    const related = state.records(include.collection);
    if ('foreignKey' in include) {
      for (const row of primary.values()) {
        const found = related.get(String(row[include.foreignKey]));
        if (found) sideMap(include.collection)[String(found.id)] = found;
      }
      continue;
    }
    const idsByRow = new Map<string, string[]>([...primary.keys()].map((id) => [id, []]));
    for (const candidate of related.values()) {
      const ids = idsByRow.get(String(candidate[include.inverseKey]));
      if (!ids || (include.where && !include.where(candidate))) continue;
      ids.push(String(candidate.id));
      sideMap(include.collection)[String(candidate.id)] = candidate;
    }
    for (const [id, ids] of idsByRow)
      primary.set(id, { ...primary.get(id), [include.idsField]: ids });
  }
  return {
    count,
    results: rows.map((row) => ({ key, id: String(row.id) })),
    meta: {
      count,
      page_count: Math.ceil(count / page.size),
      page_number: page.number,
      page_size: page.size,
    },
    [key]: Object.fromEntries(primary),
    ...sideLoaded,
  };
}
