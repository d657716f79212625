import { Parser } from 'node-sql-parser/build/mysql';
import { ComparisonOperator, Condition, Literal, QueryError, RecordQuery } from './record-query';

interface Node {
  type: string;
  [key: string]: unknown;
}

const parser = new Parser();

/**
 * SuiteQL (`SELECT a, b | * FROM table WHERE … ORDER BY …`) into a RecordQuery: one table, plain
 * columns, comparisons, IN, LIKE, IS [NOT] NULL, AND/OR/NOT. Paging comes from the request's
 * `limit`/`offset`, as on the real endpoint. Names are case-insensitive and returned lowercase.
 */
export function parseSuiteQl(text: string): RecordQuery {
  let ast: Node;
  try {
    const parsed = parser.astify(text, { database: 'mysql' }) as unknown as Node | Node[];
    if (Array.isArray(parsed)) {
      if (parsed.length !== 1) throw new QueryError('one statement at a time');
      ast = parsed[0];
    } else ast = parsed;
  } catch (error) {
    if (error instanceof QueryError) throw error;
    throw new QueryError(error instanceof Error ? error.message : String(error));
  }
  if (ast.type !== 'select') throw new QueryError('only SELECT is supported');
  const from = ast.from as { table?: string }[] | null;
  if (!from || from.length !== 1 || !from[0].table)
    throw new QueryError('FROM must name exactly one table (no joins)');
  const columns = (ast.columns as { expr: Node }[]).map(({ expr }) => columnName(expr));
  const orderBy = ((ast.orderby as { expr: Node; type: string }[] | null) ?? []).map((order) => {
    const descending = order.type === 'DESC';
    return { field: columnName(order.expr), descending, nullsFirst: descending };
  });
  return {
    fields: columns.includes('*') ? '*' : columns,
    from: from[0].table.toLowerCase(),
    where: ast.where ? condition(ast.where as Node) : undefined,
    orderBy,
  };
}

function columnName(expr: Node): string {
  if (expr.type !== 'column_ref') throw new QueryError('only plain columns are supported');
  const column = expr.column as string | { expr: { value: string } };
  return (typeof column === 'string' ? column : column.expr.value).toLowerCase();
}

function condition(node: Node): Condition {
  if (node.type === 'unary_expr' && node.operator === 'NOT')
    return { kind: 'not', inner: condition(node.expr as Node) };
  if (node.type !== 'binary_expr') throw new QueryError('unsupported WHERE expression');
  const operator = String(node.operator).toUpperCase();
  const left = node.left as Node;
  const right = node.right as Node;
  if (operator === 'AND' || operator === 'OR')
    return {
      kind: operator === 'AND' ? 'and' : 'or',
      left: condition(left),
      right: condition(right),
    };
  const field = columnName(left);
  switch (operator) {
    case 'IS':
    case 'IS NOT':
      if (right.type !== 'null') throw new QueryError(`${operator} needs NULL`);
      return {
        kind: 'compare',
        field,
        operator: operator === 'IS' ? '=' : '!=',
        value: { type: 'null' },
      };
    case 'IN':
    case 'NOT IN': {
      const values = (right.value as Node[]).map(literal);
      const inList: Condition = { kind: 'in', field, values };
      return operator === 'IN' ? inList : { kind: 'not', inner: inList };
    }
    case 'LIKE':
    case 'NOT LIKE': {
      const pattern = literal(right);
      if (pattern.type !== 'string') throw new QueryError('LIKE needs a string');
      const like: Condition = { kind: 'like', field, pattern: pattern.value };
      return operator === 'LIKE' ? like : { kind: 'not', inner: like };
    }
    default: {
      const comparison = (operator === '<>' ? '!=' : operator) as ComparisonOperator;
      if (!['=', '!=', '<', '<=', '>', '>='].includes(comparison))
        throw new QueryError(`unsupported operator ${operator}`);
      const value = literal(right);
      if (value.type === 'null') throw new QueryError('compare with NULL using IS [NOT] NULL');
      return { kind: 'compare', field, operator: comparison, value };
    }
  }
}

function literal(node: Node): Literal {
  switch (node.type) {
    case 'single_quote_string':
    case 'string':
      return { type: 'string', value: String(node.value) };
    case 'number':
      return { type: 'number', value: Number(node.value) };
    case 'bool':
      return { type: 'boolean', value: Boolean(node.value) };
    case 'null':
      return { type: 'null' };
    default:
      throw new QueryError(`unsupported value ${JSON.stringify(node)}`);
  }
}
