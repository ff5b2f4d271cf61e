import { badRequest } from './envelope.ts';

/** A `$filter` expression, parsed into the forms Graph documents for PIM and audit APIs. */
export type FilterExpr =
  | { kind: 'logical'; op: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'in'; left: Operand; values: Literal[] }
  | { kind: 'call'; name: 'startswith' | 'endswith' | 'contains'; args: [Operand, Operand] }
  | { kind: 'lambda'; op: 'any' | 'all'; path: string[]; variable: string; predicate: FilterExpr };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export interface PropertyRef {
  kind: 'property';
  /** Path segments; inside a lambda the first one is the range variable. */
  path: string[];
}
export interface Literal {
  kind: 'literal';
  type: 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'guid';
  value: string | number | boolean | null;
}
export type Operand = PropertyRef | Literal;

type Token =
  | { t: 'id'; v: string; at: number }
  | { t: 'lit'; lit: Literal; at: number }
  | { t: 'punct'; v: '(' | ')' | ',' | ':'; at: number };

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set<string>(['startswith', 'endswith', 'contains']);
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})/;
const GUID =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w-])/;
const IDENT = /^[A-Za-z_$][\w.$]*(?:\/[A-Za-z_$][\w.$]*)*/;

export function invalidFilter(detail: string): Error {
  return badRequest(`Invalid filter clause: ${detail}`);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const rest = text.slice(i);
    if (ch === '(' || ch === ')' || ch === ',' || ch === ':') {
      tokens.push({ t: 'punct', v: ch, at: i });
      i += 1;
    } else if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw invalidFilter(`Unterminated string literal at position ${i}.`);
        if (text.charAt(j) === "'") {
          // OData escapes a quote inside a string by doubling it.
          if (text.charAt(j + 1) === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text.charAt(j);
        j += 1;
      }
      tokens.push({ t: 'lit', lit: { kind: 'literal', type: 'string', value }, at: i });
      i = j + 1;
    } else {
      const dt = DATETIME.exec(rest) ?? null;
      const guid = dt ? null : GUID.exec(rest);
      const num = dt || guid ? null : NUMBER.exec(rest);
      const id = dt || guid || num ? null : IDENT.exec(rest);
      if (dt) tokens.push({ t: 'lit', lit: lit('datetime', dt[0]), at: i });
      else if (guid) tokens.push({ t: 'lit', lit: lit('guid', guid[0]), at: i });
      else if (num) tokens.push({ t: 'lit', lit: lit('number', Number(num[0])), at: i });
      else if (id) tokens.push(keywordOrId(id[0], i));
      else throw invalidFilter(`Syntax error at position ${i} in '${text}'.`);
      i += (dt ?? guid ?? num ?? id ?? [''])[0].length;
    }
  }
  return tokens;
}

function lit(type: Literal['type'], value: Literal['value']): Literal {
  return { kind: 'literal', type, value };
}

function keywordOrId(word: string, at: number): Token {
  if (word === 'true' || word === 'false')
    return { t: 'lit', lit: lit('boolean', word === 'true'), at };
  if (word === 'null') return { t: 'lit', lit: lit('null', null), at };
  return { t: 'id', v: word, at };
}

/** Parses a `$filter` value; throws Graph's 400 `BadRequest` "Invalid filter clause" on error. */
export function parseFilter(text: string): FilterExpr {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const fail = (): never => {
    const at = peek()?.at ?? text.length;
    throw invalidFilter(`Syntax error at position ${at} in '${text}'.`);
  };
  const isWord = (tok: Token | undefined, word: string): boolean =>
    tok?.t === 'id' && tok.v.toLowerCase() === word;
  const expectPunct = (v: string): void => {
    const tok = peek();
    if (tok?.t !== 'punct' || tok.v !== v) fail();
    pos += 1;
  };

  const parseOr = (): FilterExpr => {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      pos += 1;
      left = { kind: 'logical', op: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterExpr => {
    let left = parseUnary();
    while (isWord(peek(), 'and')) {
      pos += 1;
      left = { kind: 'logical', op: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterExpr => {
    if (isWord(peek(), 'not')) {
      pos += 1;
      return { kind: 'not', expr: parseUnary() };
    }
    const tok = peek();
    if (tok?.t === 'punct' && tok.v === '(') {
      pos += 1;
      const inner = parseOr();
      expectPunct(')');
      return inner;
    }
    return parsePredicate();
  };
  const parseOperand = (): Operand => {
    const tok = peek();
    if (tok?.t === 'lit') {
      pos += 1;
      return tok.lit;
    }
    if (tok?.t === 'id' && !FUNCTIONS.has(tok.v.toLowerCase())) {
      pos += 1;
      return { kind: 'property', path: tok.v.split('/') };
    }
    return fail();
  };
  const parsePredicate = (): FilterExpr => {
    const tok = peek();
    if (tok?.t === 'id' && FUNCTIONS.has(tok.v.toLowerCase())) {
      pos += 1;
      expectPunct('(');
      const a = parseOperand();
      expectPunct(',');
      const b = parseOperand();
      expectPunct(')');
      const name = tok.v.toLowerCase() as 'startswith' | 'endswith' | 'contains';
      return { kind: 'call', name, args: [a, b] };
    }
    if (tok?.t === 'id' && /\/(any|all)$/i.test(tok.v) && tokens[pos + 1]?.t === 'punct') {
      return parseLambda(tok.v);
    }
    const left = parseOperand();
    const opTok = peek();
    if (opTok?.t !== 'id') return fail();
    const op = opTok.v.toLowerCase();
    pos += 1;
    if (op === 'in') {
      expectPunct('(');
      const values: Literal[] = [];
      for (;;) {
        const v = parseOperand();
        if (v.kind !== 'literal') fail();
        values.push(v as Literal);
        const next = peek();
        if (next?.t === 'punct' && next.v === ',') pos += 1;
        else break;
      }
      expectPunct(')');
      return { kind: 'in', left, values };
    }
    if (!COMPARE_OPS.has(op)) throw invalidFilter(`The operator '${opTok.v}' is not supported.`);
    return { kind: 'compare', op: op as CompareOp, left, right: parseOperand() };
  };
  const parseLambda = (word: string): FilterExpr => {
    pos += 1;
    const segments = word.split('/');
    const op = (segments.pop() ?? '').toLowerCase() as 'any' | 'all';
    expectPunct('(');
    const variable = peek();
    if (variable?.t !== 'id' || variable.v.includes('/')) return fail();
    pos += 1;
    expectPunct(':');
    const predicate = parseOr();
    expectPunct(')');
    return { kind: 'lambda', op, path: segments, variable: variable.v, predicate };
  };

  if (tokens.length === 0) fail();
  const expr = parseOr();
  if (pos !== tokens.length) fail();
  return expr;
}
