import type { Clock } from '../../clock.ts';
import { EMULATOR_PREFIX } from '../../constants.ts';
import type { Identity } from '../../identity/identity.ts';
import type { PimDomain } from '../pim/domain.ts';
import { parseBatch } from './batch-parse.ts';
import { batchResponse, runBatch } from './batch.ts';
import type { PagingSettings } from './context.ts';
import { callerOf, dispatchGraph, splitGraphPath } from './dispatcher.ts';
import { errorResponse, newRequestIds, toGraphApiError, type RequestIds } from './envelope.ts';
import { applyFault, sleep, type FaultStore } from './faults.ts';
import type { RequestLog, RequestLogEntry } from './request-log.ts';
import { createRouter } from './router.ts';
import { approvalRoutes } from './routes-approvals.ts';
import { directoryRoutes } from './routes-directory.ts';
import { groupRoutes } from './routes-groups.ts';
import { policyRoutes } from './routes-policies.ts';
import { roleRoutes } from './routes-roles.ts';
import { userRoutes } from './routes-users.ts';
import { GraphApiError } from '../errors.ts';

export interface Latency {
  /** Added before answering each Graph request (a `$batch` counts once). */
  graphMs: number;
  /** Added before answering each identity request (`/emulator/<tenant>/...`). */
  identityMs: number;
}

export interface GraphServiceDeps {
  domain: PimDomain;
  clock: Clock;
  paging: PagingSettings;
  latency: Latency;
  faults: FaultStore;
  log: RequestLog;
}

const router = createRouter([
  ...roleRoutes,
  ...policyRoutes,
  ...approvalRoutes,
  ...groupRoutes,
  ...directoryRoutes,
  ...userRoutes,
]);

const EXPOSED = 'request-id, client-request-id, Retry-After, Location, WWW-Authenticate';

/** Graph answers cross-origin browsers; the standalone emulator runs on another port. */
function withCors(request: Request, response: Response): Response {
  const origin = request.headers.get('origin');
  if (!origin || response.status === 599) return response;
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', origin);
  headers.set('Access-Control-Expose-Headers', EXPOSED);
  headers.append('Vary', 'Origin');
  return new Response(response.body, { status: response.status, headers });
}

function preflight(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
      'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers':
        request.headers.get('access-control-request-headers') ??
        'Authorization, Content-Type, client-request-id, ConsistencyLevel, Prefer',
      'Access-Control-Max-Age': '3600',
    },
  });
}

/** Paths a fault rule may name: as received, and relative to the Graph version root. */
function faultPaths(subpath: string): string[] {
  const relative = subpath.replace(/^\/(v1\.0|beta)/, '') || '/';
  return [`${EMULATOR_PREFIX}/graph${subpath}`, subpath, relative];
}

export interface GraphService {
  handle(request: Request, url: URL, subpath: string, identity: Identity): Promise<Response>;
}

export function createGraphService(deps: GraphServiceDeps): GraphService {
  const dispatchDeps = () => ({
    domain: deps.domain,
    clock: deps.clock,
    router,
    paging: deps.paging,
  });

  async function handleBatch(
    request: Request,
    url: URL,
    subpath: string,
    identity: Identity,
    ids: RequestIds,
    entry: RequestLogEntry,
  ): Promise<Response> {
    if (request.method !== 'POST') {
      throw new GraphApiError(
        405,
        'Request_BadRequest',
        'Specified HTTP method is not allowed for the request target.',
      );
    }
    const { version } = splitGraphPath(subpath);
    await callerOf(request, url, identity, deps.clock);
    const items = parseBatch(await request.text());
    entry.batchItems = items.length;
    entry.items = [];
    const logged = entry.items;
    const outcome = await runBatch(
      items,
      request,
      version,
      url,
      async (item, itemRequest, itemSubpath) => {
        const itemIds = newRequestIds(itemRequest, deps.clock.now());
        const rule = deps.faults.take(item.method, faultPaths(itemSubpath));
        const faulted = rule ? await applyFault(rule, itemIds) : undefined;
        const abort = faulted !== undefined && (rule?.drop === true || rule?.malformed === true);
        const response =
          faulted ??
          (await dispatchGraph(
            dispatchDeps(),
            itemRequest,
            new URL(itemRequest.url),
            itemSubpath,
            identity,
            itemIds,
          ));
        logged.push({ method: item.method, url: item.url, status: abort ? 0 : response.status });
        return { response, abort };
      },
    );
    return outcome instanceof Response ? outcome : batchResponse(ids, outcome);
  }

  return {
    async handle(request, url, subpath, identity) {
      if (request.method === 'OPTIONS') return preflight(request);
      const ids = newRequestIds(request, deps.clock.now());
      const entry: RequestLogEntry = {
        method: request.method,
        path: subpath,
        query: url.search.replace(/^\?/, ''),
        status: 0,
        at: deps.clock.now().toISOString(),
      };
      await sleep(deps.latency.graphMs);
      let response: Response;
      try {
        const rule = deps.faults.take(request.method, faultPaths(subpath));
        const faulted = rule ? await applyFault(rule, ids) : undefined;
        if (faulted) response = faulted;
        else if (/^\/(v1\.0|beta)\/\$batch\/?$/i.test(subpath)) {
          response = await handleBatch(request, url, subpath, identity, ids, entry);
        } else {
          response = await dispatchGraph(dispatchDeps(), request, url, subpath, identity, ids);
        }
      } catch (thrown) {
        response = errorResponse(toGraphApiError(thrown), ids);
      }
      entry.status = response.status === 599 ? 0 : response.status;
      deps.log.record(entry);
      return withCors(request, response);
    },
  };
}
