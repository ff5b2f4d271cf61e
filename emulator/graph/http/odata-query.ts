import { badRequest } from './envelope.ts';
import { parseFilter, type FilterExpr } from './odata-filter.ts';

export interface ExpandItem {
  name: string;
  select?: string[];
  expand: ExpandItem[];
}

export interface OrderBy {
  path: string[];
  descending: boolean;
}

/** The OData system query options of one request, parsed. */
export interface QueryOptions {
  select?: string[];
  expand: ExpandItem[];
  filter?: FilterExpr;
  top?: number;
  skipToken?: string;
  orderBy: OrderBy[];
  count: boolean;
  /** Raw `$search`; only routes that implement it read it (`listCollection` refuses it). */
  search?: string;
}

/** Graph accepts system query options with or without the `$` prefix. */
function option(params: URLSearchParams, name: string): string | undefined {
  return params.get(`$${name}`) ?? params.get(name) ?? undefined;
}

/** System query options Graph knows; the emulator implements all but `$skip`. */
const SYSTEM_OPTIONS = new Set([
  '$select',
  '$expand',
  '$filter',
  '$top',
  '$skiptoken',
  '$orderby',
  '$count',
  '$format',
  '$skip',
  '$search',
]);

export function parseQueryOptions(params: URLSearchParams): QueryOptions {
  for (const key of params.keys()) {
    const name = key.toLowerCase();
    if (name.startsWith('$') && !SYSTEM_OPTIONS.has(name)) {
      throw badRequest(`The query parameter '${key}' is not supported.`);
    }
    // Silently ignoring these would hand back the wrong items.
    if (name === '$skip') {
      throw badRequest(`The query parameter '${key}' is not supported on this resource.`);
    }
  }
  const select = option(params, 'select');
  const expand = option(params, 'expand');
  const filter = option(params, 'filter');
  const top = option(params, 'top');
  const orderBy = option(params, 'orderby');
  const count = option(params, 'count');
  if (count !== undefined && count !== 'true' && count !== 'false') {
    throw badRequest(`Invalid value '${count}' for $count query option found.`);
  }
  return {
    select: select === undefined ? undefined : parseSelect(select),
    expand: expand === undefined ? [] : parseExpand(expand),
    filter: filter === undefined ? undefined : parseFilter(filter),
    top: top === undefined ? undefined : parseTop(top),
    skipToken: option(params, 'skiptoken') ?? option(params, 'skipToken'),
    orderBy: orderBy === undefined ? [] : parseOrderBy(orderBy),
    count: count === 'true',
    search: option(params, 'search'),
  };
}

function parseTop(value: string): number {
  if (!/^\d+$/.test(value))
    throw badRequest(`Invalid value '${value}' for $top query option found.`);
  return Number(value);
}

function parseSelect(value: string): string[] {
  const items = value.split(',').map((s) => s.trim());
  if (items.some((s) => !/^[A-Za-z_@][\w.@]*$/.test(s) && s !== '*')) {
    throw badRequest(`Parsing OData Select and Expand failed: Syntax error in $select '${value}'.`);
  }
  return items;
}

function parseOrderBy(value: string): OrderBy[] {
  return value.split(',').map((item) => {
    const m = /^\s*([A-Za-z_][\w/]*)(?:\s+(asc|desc))?\s*$/i.exec(item);
    if (!m?.[1]) throw badRequest(`Syntax error in $orderby '${value}'.`);
    return { path: m[1].split('/'), descending: m[2]?.toLowerCase() === 'desc' };
  });
}

/** Splits on a separator at parenthesis depth zero. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    if (depth < 0) break;
    if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) {
    throw badRequest(
      `Parsing OData Select and Expand failed: Unbalanced parentheses in '${text}'.`,
    );
  }
  parts.push(text.slice(start));
  return parts;
}

/** `$expand=policy($expand=rules($select=id)),principal` with nested `$select`/`$expand`. */
export function parseExpand(value: string): ExpandItem[] {
  return splitTop(value, ',').map((raw) => {
    const item = raw.trim();
    const open = item.indexOf('(');
    const name = (open === -1 ? item : item.slice(0, open)).trim();
    if (!/^[A-Za-z_][\w.]*$/.test(name)) {
      throw badRequest(
        `Parsing OData Select and Expand failed: Term '${item}' is not valid in a $select or $expand expression.`,
      );
    }
    const result: ExpandItem = { name, expand: [] };
    if (open === -1) return result;
    if (!item.endsWith(')')) {
      throw badRequest(
        `Parsing OData Select and Expand failed: Term '${item}' is not valid in a $select or $expand expression.`,
      );
    }
    for (const part of splitTop(item.slice(open + 1, -1), ';')) {
      const eq = part.indexOf('=');
      const key = part.slice(0, eq).trim().replace(/^\$/, '').toLowerCase();
      const val = part.slice(eq + 1).trim();
      if (eq === -1 || (key !== 'select' && key !== 'expand')) {
        throw badRequest(
          `Parsing OData Select and Expand failed: Term '${item}' is not valid in a $select or $expand expression.`,
        );
      }
      if (key === 'select') result.select = parseSelect(val);
      else result.expand = parseExpand(val);
    }
    return result;
  });
}
