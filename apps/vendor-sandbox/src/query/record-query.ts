/**
 * The small SELECT … FROM … WHERE … ORDER BY … subset both query dialects (SOQL, SuiteQL) come
 * down to, and its evaluation over in-memory records. Each dialect parses its own text into this.
 */
export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: string }
  | { type: 'null' };

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; inner: Condition }
  | { kind: 'compare'; field: string; operator: ComparisonOperator; value: Literal }
  | { kind: 'in'; field: string; values: Literal[] }
  | { kind: 'like'; field: string; pattern: string };

export interface OrderBy {
  field: string;
  descending: boolean;
  nullsFirst: boolean;
}

export interface RecordQuery {
  /** field names as written, or '*' */
  fields: string[] | '*';
  from: string;
  where?: Condition;
  orderBy: OrderBy[];
  limit?: number;
  offset?: number;
}

export interface EvaluationOptions {
  /** string comparisons ignore case (Salesforce does, Oracle-based SuiteQL does not) */
  caseInsensitive: boolean;
}

/** A record's value for a field name as the query wrote it (the dialect resolves names). */
export type FieldReader<R> = (record: R, field: string) => unknown;

export class QueryError extends Error {}

export function evaluate<R>(
  records: Iterable<R>,
  query: RecordQuery,
  read: FieldReader<R>,
  options: EvaluationOptions,
): R[] {
  const matched: R[] = [];
  for (const record of records)
    if (!query.where || test(query.where, record, read, options)) matched.push(record);
  if (query.orderBy.length > 0)
    matched.sort((a, b) => {
      for (const order of query.orderBy) {
        const difference = compareForSort(read(a, order.field), read(b, order.field), order);
        if (difference !== 0) return difference;
      }
      return 0;
    });
  const offset = query.offset ?? 0;
  return matched.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
}

function test<R>(
  condition: Condition,
  record: R,
  read: FieldReader<R>,
  options: EvaluationOptions,
): boolean {
  switch (condition.kind) {
    case 'and':
      return (
        test(condition.left, record, read, options) && test(condition.right, record, read, options)
      );
    case 'or':
      return (
        test(condition.left, record, read, options) || test(condition.right, record, read, options)
      );
    case 'not':
      return !test(condition.inner, record, read, options);
    case 'in': {
      const value = read(record, condition.field);
      return condition.values.some((literal) => compare(value, literal, options) === 0);
    }
    case 'like': {
      const value = read(record, condition.field);
      if (value === null || value === undefined) return false;
      return likePattern(condition.pattern, options).test(String(value));
    }
    case 'compare': {
      const value = read(record, condition.field);
      if (condition.value.type === 'null') {
        const isNull = value === null || value === undefined;
        return condition.operator === '=' ? isNull : !isNull;
      }
      const order = compare(value, condition.value, options);
      if (order === undefined) return condition.operator === '!=' && value != null;
      switch (condition.operator) {
        case '=':
          return order === 0;
        case '!=':
          return order !== 0;
        case '<':
          return order < 0;
        case '<=':
          return order <= 0;
        case '>':
          return order > 0;
        case '>=':
          return order >= 0;
      }
    }
  }
}

/** Sign of value − literal, or undefined when they cannot be compared (null, wrong type). */
function compare(value: unknown, literal: Literal, options: EvaluationOptions): number | undefined {
  if (value === null || value === undefined || literal.type === 'null') return undefined;
  switch (literal.type) {
    case 'number': {
      const number = typeof value === 'number' ? value : Number(value);
      if (typeof value === 'boolean' || Number.isNaN(number)) return undefined;
      return Math.sign(number - literal.value);
    }
    case 'boolean':
      return typeof value === 'boolean' ? Number(value) - Number(literal.value) : undefined;
    case 'date': {
      const time = toTime(value);
      return time === undefined ? undefined : Math.sign(time - (toTime(literal.value) ?? 0));
    }
    case 'string': {
      const left = options.caseInsensitive ? String(value).toLowerCase() : String(value);
      const right = options.caseInsensitive ? literal.value.toLowerCase() : literal.value;
      return left < right ? -1 : left > right ? 1 : 0;
    }
  }
}

/** Milliseconds of an ISO date or date-time (also Salesforce's `+0000` offsets). */
export function toTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const normalized = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(
    /^\d{4}-\d{2}-\d{2}$/.test(normalized) ? `${normalized}T00:00:00Z` : normalized,
  );
  return Number.isNaN(time) ? undefined : time;
}

function likePattern(pattern: string, options: EvaluationOptions): RegExp {
  const source = pattern
    .split('')
    .map((char) =>
      char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`, options.caseInsensitive ? 'is' : 's');
}

function compareForSort(a: unknown, b: unknown, order: OrderBy): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) {
    if (aNull && bNull) return 0;
    return aNull === order.nullsFirst ? -1 : 1;
  }
  const difference =
    isNumeric(a) && isNumeric(b)
      ? Number(a) - Number(b)
      : String(a) < String(b)
        ? -1
        : String(a) > String(b)
          ? 1
          : 0;
  return order.descending ? -difference : difference;
}

function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value));
}
