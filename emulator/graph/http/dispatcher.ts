import type { Clock } from '../../clock.ts';
import type { Identity } from '../../identity/identity.ts';
import type { GraphVersion, PimDomain } from '../pim/domain.ts';
import { authenticate } from './auth.ts';
import type { GraphContext, PagingSettings } from './context.ts';
import { badRequest, errorResponse, toGraphApiError, type RequestIds } from './envelope.ts';
import { parseQueryOptions } from './odata-query.ts';
import type { Router } from './router.ts';
import type { Caller } from '../state.ts';

export interface DispatchDeps {
  domain: PimDomain;
  clock: Clock;
  router: Router;
  paging: PagingSettings;
}

/** `/v1.0/a/b` → version and decoded segments; anything else is Graph's invalid-version 400. */
export function splitGraphPath(subpath: string): { version: GraphVersion; segments: string[] } {
  const [, head = '', ...rest] = subpath.split('/');
  if (head !== 'v1.0' && head !== 'beta') {
    throw badRequest(`Invalid version: ${head || '(none)'}`);
  }
  const segments = rest.filter((s, i) => s !== '' || i < rest.length - 1).map(decodeURIComponent);
  return { version: head, segments };
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') throw badRequest('Empty Payload. JSON content expected.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}

export async function callerOf(
  request: Request,
  url: URL,
  identity: Identity,
  clock: Clock,
): Promise<Caller> {
  return authenticate(request, identity, clock.nowMs(), url.origin);
}

/**
 * Answers one Graph request (top-level or a `$batch` item): authenticates, settles the domain's
 * time-based transitions, routes, and turns any thrown `GraphApiError` into Graph's envelope.
 */
export async function dispatchGraph(
  deps: DispatchDeps,
  request: Request,
  url: URL,
  subpath: string,
  identity: Identity,
  ids: RequestIds,
): Promise<Response> {
  try {
    const { version, segments } = splitGraphPath(subpath);
    const caller = await callerOf(request, url, identity, deps.clock);
    deps.domain.settle();
    const { handler, params } = deps.router.match(version, request.method, segments);
    const ctx: GraphContext = {
      request,
      url,
      version,
      params,
      query: parseQueryOptions(url.searchParams),
      caller,
      domain: deps.domain,
      clock: deps.clock,
      env: {
        state: deps.domain.state,
        domain: deps.domain,
        caller,
        version,
        now: deps.clock.now(),
      },
      ids,
      paging: deps.paging,
      json: () => readJson(request),
    };
    return await handler(ctx);
  } catch (thrown) {
    return errorResponse(toGraphApiError(thrown), ids);
  }
}
