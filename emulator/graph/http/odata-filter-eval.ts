import type { FilterExpr, Literal, Operand } from './odata-filter.ts';
import { invalidFilter } from './odata-filter.ts';
import { text } from './entity-model.ts';

/**
 * What a collection lets clients filter on: property paths (as written in `$filter`, e.g.
 * `initiatedBy/user/id`, lambda bodies as `targetResources/any/id`) and operators. Graph answers
 * anything else with 400, so the emulator does too instead of silently filtering.
 */
export interface FilterCapabilities {
  properties: readonly string[];
  operators: readonly (
    'eq' | 'ne' | 'in' | 'gt' | 'ge' | 'lt' | 'le' | 'startswith' | 'any' | 'not' | 'or' | 'and'
  )[];
}

export function validateFilter(expr: FilterExpr, caps: FilterCapabilities, typeName: string): void {
  const props = new Set(caps.properties.map((p) => p.toLowerCase()));
  const ops = new Set<string>(caps.operators);
  const need = (op: string): void => {
    if (!ops.has(op)) throw invalidFilter(`The operator '${op}' is not supported.`);
  };
  const checkOperand = (operand: Operand, prefix: string[], variable?: string): void => {
    if (operand.kind !== 'property') return;
    const path =
      variable && operand.path[0] === variable
        ? [...prefix, ...operand.path.slice(1)]
        : operand.path;
    if (variable && operand.path[0] !== variable) {
      throw invalidFilter(`The range variable '${operand.path[0] ?? ''}' is not in scope.`);
    }
    if (!props.has(path.join('/').toLowerCase())) {
      throw invalidFilter(
        `Could not find a property named '${operand.path.join('/')}' on type 'microsoft.graph.${typeName}' that can be filtered on.`,
      );
    }
  };
  const walk = (e: FilterExpr, prefix: string[], variable?: string): void => {
    switch (e.kind) {
      case 'logical':
        need(e.op);
        walk(e.left, prefix, variable);
        walk(e.right, prefix, variable);
        return;
      case 'not':
        need('not');
        walk(e.expr, prefix, variable);
        return;
      case 'compare':
        need(e.op);
        checkOperand(e.left, prefix, variable);
        checkOperand(e.right, prefix, variable);
        if (e.left.kind !== 'property' && e.right.kind !== 'property') {
          throw invalidFilter('A comparison needs a property on one side.');
        }
        return;
      case 'in':
        need('in');
        checkOperand(e.left, prefix, variable);
        return;
      case 'call':
        need(e.name);
        checkOperand(e.args[0], prefix, variable);
        if (e.args[1].kind !== 'literal')
          throw invalidFilter(`${e.name} needs a literal argument.`);
        return;
      case 'lambda':
        need(e.op);
        walk(e.predicate, [...e.path, e.op], e.variable);
    }
  };
  walk(expr, []);
}

function getPath(entity: unknown, path: readonly string[]): unknown {
  let current: unknown = entity;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as Record<string, unknown>;
    if (segment in record) {
      current = record[segment];
      continue;
    }
    // Graph property names are camelCase; clients sometimes send `PrincipalId`.
    const key = Object.keys(record).find((k) => k.toLowerCase() === segment.toLowerCase());
    current = key === undefined ? undefined : record[key];
  }
  return current;
}

type Scope = Map<string, unknown>;

function valueOf(operand: Operand, entity: unknown, scope: Scope): unknown {
  if (operand.kind === 'literal') return operand.value;
  const [head = '', ...rest] = operand.path;
  if (scope.has(head)) return getPath(scope.get(head), rest);
  return getPath(entity, operand.path);
}

function isDateLiteral(operand: Operand): boolean {
  return operand.kind === 'literal' && operand.type === 'datetime';
}

/** Compares as Graph does: enums, ids and names case-insensitively; datetimes as instants. */
function compare(a: unknown, b: unknown, asDates: boolean): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  if (asDates) {
    const x = Date.parse(text(a));
    const y = Date.parse(text(b));
    return Number.isNaN(x) || Number.isNaN(y) ? null : x - y;
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return null;
}

export function evaluateFilter(
  expr: FilterExpr,
  entity: unknown,
  scope: Scope = new Map(),
): boolean {
  switch (expr.kind) {
    case 'logical':
      return expr.op === 'and'
        ? evaluateFilter(expr.left, entity, scope) && evaluateFilter(expr.right, entity, scope)
        : evaluateFilter(expr.left, entity, scope) || evaluateFilter(expr.right, entity, scope);
    case 'not':
      return !evaluateFilter(expr.expr, entity, scope);
    case 'compare': {
      const a = valueOf(expr.left, entity, scope);
      const b = valueOf(expr.right, entity, scope);
      const isNull = (v: unknown): boolean => v === null || v === undefined;
      if (expr.op === 'eq' && (isNull(a) || isNull(b))) return isNull(a) && isNull(b);
      if (expr.op === 'ne' && (isNull(a) || isNull(b))) return isNull(a) !== isNull(b);
      const c = compare(a, b, isDateLiteral(expr.left) || isDateLiteral(expr.right));
      if (c === null) return expr.op === 'ne';
      return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[expr.op];
    }
    case 'in': {
      const a = valueOf(expr.left, entity, scope);
      return expr.values.some((v: Literal) => compare(a, v.value, v.type === 'datetime') === 0);
    }
    case 'call': {
      const a = valueOf(expr.args[0], entity, scope);
      const b = valueOf(expr.args[1], entity, scope);
      if (typeof a !== 'string' || typeof b !== 'string') return false;
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      if (expr.name === 'startswith') return x.startsWith(y);
      if (expr.name === 'endswith') return x.endsWith(y);
      return x.includes(y);
    }
    case 'lambda': {
      const collection = valueOf({ kind: 'property', path: expr.path }, entity, scope);
      const items = Array.isArray(collection) ? (collection as unknown[]) : [];
      const test = (item: unknown): boolean =>
        evaluateFilter(expr.predicate, entity, new Map(scope).set(expr.variable, item));
      return expr.op === 'any' ? items.some(test) : items.every(test);
    }
  }
}

/** The values a filter pins a property to with `eq` (top-level `and` chains only). */
export function equalityValues(expr: FilterExpr | undefined, property: string): string[] {
  if (!expr) return [];
  if (expr.kind === 'logical' && expr.op === 'and') {
    return [...equalityValues(expr.left, property), ...equalityValues(expr.right, property)];
  }
  if (expr.kind === 'compare' && expr.op === 'eq') {
    const [p, l] =
      expr.left.kind === 'property' ? [expr.left, expr.right] : [expr.right, expr.left];
    if (
      p.kind === 'property' &&
      l.kind === 'literal' &&
      p.path.join('/').toLowerCase() === property.toLowerCase()
    ) {
      return [String(l.value)];
    }
  }
  if (
    expr.kind === 'in' &&
    expr.left.kind === 'property' &&
    expr.left.path.join('/').toLowerCase() === property.toLowerCase()
  ) {
    return expr.values.map((v) => String(v.value));
  }
  return [];
}
