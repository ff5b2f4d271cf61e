import type { Clock } from '../../clock.ts';
import type { GraphVersion, PimDomain } from '../pim/domain.ts';
import type { Caller } from '../state.ts';
import type { RequestIds } from './envelope.ts';
import type { ResolveEnv } from './entity-model.ts';
import type { QueryOptions } from './odata-query.ts';

/** Page sizes of server-driven paging; tests set them small so paging is always exercised. */
export interface PagingSettings {
  /** PIM collections (instances, schedules, requests, policies, role definitions). */
  pimPageSize: number;
  /** `auditLogs/directoryAudits` without `$top`. */
  auditPageSize: number;
  /** Users and groups. */
  directoryPageSize: number;
  /**
   * Answer the first request of every non-empty collection with an empty page and a nextLink,
   * as Graph may: clients must follow nextLink until it is absent, not stop at an empty page.
   */
  emptyFirstPage: boolean;
}

export const DEFAULT_PAGING: PagingSettings = {
  pimPageSize: 50,
  auditPageSize: 100,
  directoryPageSize: 100,
  emptyFirstPage: false,
};

/** Everything a route handler needs about one (possibly in-batch) Graph request. */
export interface GraphContext {
  request: Request;
  /** Absolute URL of the request; batch items get one under the batch's origin. */
  url: URL;
  version: GraphVersion;
  params: Readonly<Record<string, string>>;
  query: QueryOptions;
  caller: Caller;
  domain: PimDomain;
  clock: Clock;
  env: ResolveEnv;
  ids: RequestIds;
  paging: PagingSettings;
  /** Reads the JSON body; throws Graph's 400 for an empty or malformed one. */
  json(): Promise<unknown>;
}

export type Handler = (ctx: GraphContext) => Response | Promise<Response>;
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Route {
  /**
   * Segments after the version: literals, `{param}`, or a function call `name(on)` whose
   * quoted argument lands in `params.on`.
   */
  path: string;
  /** Versions that have it; both when absent. */
  versions?: readonly GraphVersion[];
  methods: Partial<Record<Method, Handler>>;
}
