import type { parseQuery } from '@jetstreamapp/soql-parser-js';
import { ComparisonOperator, Condition, Literal, QueryError, RecordQuery } from './record-query';

type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | Condition;

interface WhereNode {
  left: WhereLeaf | null;
  operator?: string;
  right?: WhereNode;
}

interface WhereLeaf {
  field?: string;
  operator: string;
  value: string | string[];
  literalType?: string | string[];
  openParen?: number;
  closeParen?: number;
}

let loadedParser: typeof parseQuery | undefined;

/**
 * The SOQL grammar (chevrotain) holds about 20 MB once loaded: it loads with the first CRM query,
 * so a sandbox nobody queries stays small.
 */
function soqlParser(): typeof parseQuery {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loadedParser ??= (require('@jetstreamapp/soql-parser-js') as { parseQuery: typeof parseQuery })
    .parseQuery;
  return loadedParser;
}

/**
 * SOQL (`SELECT a, b FROM Obj WHERE … ORDER BY … LIMIT n OFFSET m`) into a RecordQuery: plain
 * fields of one object, comparisons, IN, LIKE, AND/OR/NOT with parentheses, date and date-time
 * literals. Anything else (relationships, aggregates, date functions) is a MALFORMED_QUERY.
 */
export function parseSoql(text: string): RecordQuery {
  let parsed: ReturnType<typeof parseQuery>;
  try {
    parsed = soqlParser()(text);
  } catch (error) {
    throw new QueryError(error instanceof Error ? error.message : String(error));
  }
  if (!parsed.sObject) throw new QueryError('FROM must name an object');
  const fields = parsed.fields?.map((field) => {
    if (field.type !== 'Field')
      throw new QueryError(`unsupported field expression: ${JSON.stringify(field)}`);
    return field.field;
  });
  if (!fields?.length) throw new QueryError('SELECT must name at least one field');
  const orderBy = (parsed.orderBy ? [parsed.orderBy].flat() : []).map((order) => {
    if (!('field' in order)) throw new QueryError('ORDER BY supports plain fields only');
    const descending = order.order === 'DESC';
    return {
      field: order.field,
      descending,
      nullsFirst: order.nulls ? order.nulls === 'FIRST' : !descending,
    };
  });
  return {
    fields,
    from: parsed.sObject,
    where: parsed.where ? parseTokens(flatten(parsed.where as unknown as WhereNode)) : undefined,
    orderBy,
    limit: parsed.limit,
    offset: parsed.offset,
  };
}

function flatten(node: WhereNode | undefined, tokens: Token[] = []): Token[] {
  if (!node) return tokens;
  if (node.left === null && node.operator === 'NOT') {
    tokens.push('NOT');
    return flatten(node.right, tokens);
  }
  if (node.left) {
    for (let i = 0; i < (node.left.openParen ?? 0); i++) tokens.push('(');
    tokens.push(leafCondition(node.left));
    for (let i = 0; i < (node.left.closeParen ?? 0); i++) tokens.push(')');
  }
  if (node.operator === 'AND' || node.operator === 'OR') tokens.push(node.operator);
  return flatten(node.right, tokens);
}

/** Precedence: NOT binds tighter than AND, AND tighter than OR. */
function parseTokens(tokens: Token[]): Condition {
  let position = 0;
  const orExpression = (): Condition => {
    let left = andExpression();
    while (tokens[position] === 'OR') {
      position++;
      left = { kind: 'or', left, right: andExpression() };
    }
    return left;
  };
  const andExpression = (): Condition => {
    let left = unary();
    while (tokens[position] === 'AND') {
      position++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): Condition => {
    const token = tokens[position++];
    if (token === 'NOT') return { kind: 'not', inner: unary() };
    if (token === '(') {
      const inner = orExpression();
      if (tokens[position++] !== ')') throw new QueryError('unbalanced parentheses');
      return inner;
    }
    if (typeof token === 'object') return token;
    throw new QueryError('malformed WHERE clause');
  };
  const condition = orExpression();
  if (position !== tokens.length) throw new QueryError('malformed WHERE clause');
  return condition;
}

function leafCondition(leaf: WhereLeaf): Condition {
  if (!leaf.field) throw new QueryError('WHERE supports plain fields only');
  const operator = leaf.operator.toUpperCase();
  const literal = (value: string, index?: number) =>
    toLiteral(value, [leaf.literalType ?? 'STRING'].flat()[index ?? 0] ?? 'STRING');
  if (operator === 'IN' || operator === 'NOT IN') {
    const values = [leaf.value].flat().map((value, index) => literal(value, index));
    const condition: Condition = { kind: 'in', field: leaf.field, values };
    return operator === 'IN' ? condition : { kind: 'not', inner: condition };
  }
  if (Array.isArray(leaf.value)) throw new QueryError(`${operator} takes one value`);
  const value = literal(leaf.value);
  if (operator === 'LIKE') {
    if (value.type !== 'string') throw new QueryError('LIKE needs a string');
    return { kind: 'like', field: leaf.field, pattern: value.value };
  }
  const comparison = (operator === '<>' ? '!=' : operator) as ComparisonOperator;
  if (!['=', '!=', '<', '<=', '>', '>='].includes(comparison))
    throw new QueryError(`unsupported operator ${leaf.operator}`);
  return { kind: 'compare', field: leaf.field, operator: comparison, value };
}

function toLiteral(raw: string, literalType: string): Literal {
  switch (literalType) {
    case 'STRING':
      return { type: 'string', value: raw.slice(1, -1).replace(/\\(.)/g, '$1') };
    case 'INTEGER':
    case 'DECIMAL':
      return { type: 'number', value: Number(raw) };
    case 'BOOLEAN':
      return { type: 'boolean', value: raw.toUpperCase() === 'TRUE' };
    case 'NULL':
      return { type: 'null' };
    case 'DATE':
    case 'DATETIME':
      return { type: 'date', value: raw };
    default:
      throw new QueryError(`unsupported literal ${raw}`);
  }
}
