import { GraphApiError } from '../errors.ts';
import type { GraphVersion } from '../pim/domain.ts';
import { badRequest, segmentNotFound } from './envelope.ts';
import type { Handler, Method, Route } from './context.ts';

type Matcher =
  | { kind: 'literal'; text: string }
  | { kind: 'param'; name: string }
  | { kind: 'function'; name: string; params: string[] };

interface CompiledRoute {
  route: Route;
  matchers: Matcher[];
}

function compileSegment(segment: string): Matcher {
  const param = /^\{(\w+)\}$/.exec(segment);
  if (param?.[1]) return { kind: 'param', name: param[1] };
  const fn = /^(\w+)\(([\w,]*)\)$/.exec(segment);
  if (fn?.[1] !== undefined) {
    return {
      kind: 'function',
      name: fn[1].toLowerCase(),
      params: (fn[2] ?? '').split(',').filter(Boolean),
    };
  }
  return { kind: 'literal', text: segment.toLowerCase() };
}

/**
 * Parses a function segment's arguments: `filterByCurrentUser(on='principal')`. Graph requires
 * string arguments quoted; an unquoted one is a URI syntax error.
 */
function parseFunctionArgs(raw: string, names: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {};
  if (raw.trim() === '') return args;
  for (const part of raw.split(',')) {
    const m = /^\s*(\w+)\s*=\s*(.*?)\s*$/.exec(part);
    const name = m?.[1];
    const value = m?.[2] ?? '';
    if (!name || !names.includes(name)) {
      throw badRequest(`The parameter '${name ?? part}' is not in scope.`);
    }
    const quoted = /^'((?:[^']|'')*)'$/.exec(value);
    if (quoted?.[1] === undefined) {
      throw badRequest(
        `Bad Request - Error in query syntax. The value '${value}' of parameter '${name}' must be a quoted string.`,
      );
    }
    args[name] = quoted[1].replace(/''/g, "'");
  }
  return args;
}

function matchSegment(matcher: Matcher, segment: string): Record<string, string> | null {
  if (matcher.kind === 'literal') return segment.toLowerCase() === matcher.text ? {} : null;
  if (matcher.kind === 'param') return segment === '' ? null : { [matcher.name]: segment };
  // Graph also accepts the namespace-qualified form of bound functions.
  const m = /^(?:microsoft\.graph\.)?(\w+)\((.*)\)$/i.exec(segment);
  if (m?.[1]?.toLowerCase() !== matcher.name) return null;
  return parseFunctionArgs(m[2] ?? '', matcher.params);
}

export interface RouteMatch {
  handler: Handler;
  params: Record<string, string>;
}

export interface Router {
  /** Finds the handler, or throws Graph's 400 (unknown segment) or 405 (method). */
  match(version: GraphVersion, method: string, segments: readonly string[]): RouteMatch;
}

export function createRouter(routes: readonly Route[]): Router {
  const compiled: CompiledRoute[] = routes.map((route) => ({
    route,
    matchers: route.path.split('/').map(compileSegment),
  }));
  return {
    match(version, method, segments) {
      let deepest = 0;
      let pathExists = false;
      for (const { route, matchers } of compiled) {
        if (route.versions && !route.versions.includes(version)) continue;
        const params: Record<string, string> = {};
        let matched = 0;
        for (const [i, matcher] of matchers.entries()) {
          const segment = segments[i];
          if (segment === undefined) break;
          const got = matchSegment(matcher, segment);
          if (!got) break;
          Object.assign(params, got);
          matched += 1;
        }
        deepest = Math.max(deepest, matched);
        if (matched !== matchers.length || matched !== segments.length) continue;
        const handler = route.methods[method.toUpperCase() as Method];
        // Several route entries may share a path (one per method family); keep looking.
        if (!handler) {
          pathExists = true;
          continue;
        }
        return { handler, params };
      }
      if (pathExists) {
        // Graph's own sample answer: microsoft-graph-docs-contrib concepts/json-batching.md,
        // the example response's request 4 (405, Request_BadRequest, this message).
        throw new GraphApiError(
          405,
          'Request_BadRequest',
          'Specified HTTP method is not allowed for the request target.',
        );
      }
      throw segmentNotFound(segments[deepest] ?? segments.at(-1) ?? '');
    },
  };
}
