import { badRequest } from './envelope.ts';

/**
 * `$search` on directory objects ("Use the $search query parameter", directory object
 * collections): `"property:text"` clauses joined by upper-case AND / OR, with parentheses.
 * displayName (and description) match by tokens, in any order, each search token a prefix of a
 * value token; other string properties fall back to `startsWith`.
 */
export type SearchExpr =
  | { kind: 'clause'; property: string; text: string }
  | { kind: 'and' | 'or'; left: SearchExpr; right: SearchExpr };

type Token = { t: 'clause'; raw: string } | { t: 'and' | 'or' | '(' | ')' };

function syntaxError(search: string, at: number): Error {
  return badRequest(
    `Syntax error: character '${search.charAt(at) || 'end of input'}' is not valid at position ${String(at)} in '${search}'.`,
  );
}

function lex(search: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < search.length) {
    const ch = search.charAt(i);
    if (ch === ' ') {
      i += 1;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ t: ch });
      i += 1;
    } else if (ch === '"') {
      let raw = '';
      let j = i + 1;
      for (; j < search.length && search.charAt(j) !== '"'; j += 1) {
        // A backslash escapes a double quote or a backslash inside a clause.
        if (search.charAt(j) === '\\' && j + 1 < search.length) j += 1;
        raw += search.charAt(j);
      }
      if (j >= search.length) throw syntaxError(search, i);
      tokens.push({ t: 'clause', raw });
      i = j + 1;
    } else if (search.startsWith('AND', i) || search.startsWith('OR', i)) {
      const word = search.startsWith('AND', i) ? 'and' : 'or';
      tokens.push({ t: word });
      i += word.length;
    } else {
      throw syntaxError(search, i);
    }
  }
  return tokens;
}

export function parseSearch(search: string, properties: readonly string[]): SearchExpr {
  const tokens = lex(search.trim());
  let pos = 0;
  const known = new Map(properties.map((p) => [p.toLowerCase(), p]));
  const primary = (): SearchExpr => {
    const token = tokens[pos];
    pos += 1;
    if (token?.t === '(') {
      const inner = or();
      if (tokens[pos]?.t !== ')') throw badRequest(`Syntax error: ')' expected in '${search}'.`);
      pos += 1;
      return inner;
    }
    if (token?.t !== 'clause') throw badRequest(`Syntax error in $search '${search}'.`);
    const colon = token.raw.indexOf(':');
    if (colon <= 0) {
      throw badRequest(
        `Invalid $search clause '${token.raw}': the syntax is "<property>:<text to search>".`,
        'Request_UnsupportedQuery',
      );
    }
    const name = token.raw.slice(0, colon).trim();
    const property = known.get(name.toLowerCase());
    if (!property) {
      throw badRequest(
        `Unsupported or invalid query filter clause specified for property '${name}' of resource 'User'.`,
        'Request_UnsupportedQuery',
      );
    }
    return { kind: 'clause', property, text: token.raw.slice(colon + 1) };
  };
  const and = (): SearchExpr => {
    let left = primary();
    while (tokens[pos]?.t === 'and') {
      pos += 1;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): SearchExpr => {
    let left = and();
    while (tokens[pos]?.t === 'or') {
      pos += 1;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const expr = or();
  if (pos !== tokens.length) throw badRequest(`Syntax error in $search '${search}'.`);
  return expr;
}

/** Words of a value: split on spaces, symbols, digits and lower-to-upper case changes. */
export function searchTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

const TOKENISED = new Set(['displayname', 'description']);

function matchesClause(value: unknown, property: string, text: string): boolean {
  if (typeof value !== 'string') return false;
  if (!TOKENISED.has(property.toLowerCase())) {
    return value.toLowerCase().startsWith(text.toLowerCase());
  }
  const words = searchTokens(value);
  // Words separated only by symbols also match joined ("helloworld" finds "hello-world").
  const joined = value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const wanted = searchTokens(text);
  return (
    wanted.length > 0 &&
    wanted.every((w) => words.some((v) => v.startsWith(w)) || joined.startsWith(w))
  );
}

export function matchesSearch(expr: SearchExpr, item: Readonly<Record<string, unknown>>): boolean {
  if (expr.kind === 'clause') return matchesClause(item[expr.property], expr.property, expr.text);
  return expr.kind === 'and'
    ? matchesSearch(expr.left, item) && matchesSearch(expr.right, item)
    : matchesSearch(expr.left, item) || matchesSearch(expr.right, item);
}
