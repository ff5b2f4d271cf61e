import type { Clock } from '../clock.ts';
import type { Identity } from '../identity/identity.ts';
import { PERSONAS, type Persona } from '../tenant/personas.ts';
import { DEFAULT_PAGING, type PagingSettings } from './http/context.ts';
import { createFaultStore, type FaultStore } from './http/faults.ts';
import { createGraphService, type Latency } from './http/graph-service.ts';
import { createRequestLog, type RequestLog } from './http/request-log.ts';
import { createPimDomain, type PimDomain } from './pim/domain.ts';

/** Looks users up for the identity half (sign-in page personas, token minting). */
export interface Directory {
  personas(): readonly Persona[];
  findUser(idOrUserPrincipalName: string): Persona | undefined;
}

export interface Tenant extends Directory {
  /** Answers `/emulator/graph/<subpath>` (subpath starts with `/v1.0/` or `/beta/`). */
  handleGraph(request: Request, url: URL, subpath: string, identity: Identity): Promise<Response>;
  /** The PIM behaviour and state behind Graph (tests may drive it directly). */
  readonly domain: PimDomain;
  /** Graph requests received, for tests and benchmarks that count round trips. */
  readonly requestLog: RequestLog;
  /** Injected failures for Graph and identity requests. */
  readonly faults: FaultStore;
  /** Fixed delays; mutate the fields to change them. */
  readonly latency: Latency;
  /** Server-driven page sizes; mutate the fields to change them. */
  readonly paging: PagingSettings;
  /** The scenario the state was last seeded from. */
  readonly scenario: string;
  /** Reseeds the state (same scenario unless named) and clears faults, latency and the log. */
  reset(scenario?: string): void;
}

export interface TenantOptions {
  clock: Clock;
  scenario: string;
  /** A ready domain (tests of the HTTP layer inject a small one). */
  domain?: PimDomain;
  paging?: Partial<PagingSettings>;
}

export function createTenant(options: TenantOptions): Tenant {
  const domain =
    options.domain ?? createPimDomain({ clock: options.clock, scenario: options.scenario });
  const paging: PagingSettings = { ...DEFAULT_PAGING, ...options.paging };
  const latency: Latency = { graphMs: 0, identityMs: 0 };
  const faults = createFaultStore();
  const requestLog = createRequestLog();
  const service = createGraphService({
    domain,
    clock: options.clock,
    paging,
    latency,
    faults,
    log: requestLog,
  });
  // Personas first (the sign-in page's), then anyone else in the seeded directory.
  const findUser = (key: string): Persona | undefined => {
    const k = key.toLowerCase();
    const persona = PERSONAS.find((p) => p.id === k || p.userPrincipalName.toLowerCase() === k);
    if (persona) return persona;
    const user = domain.state.users.find(
      (u) => u.id?.toLowerCase() === k || u.userPrincipalName?.toLowerCase() === k,
    );
    if (!user?.id || !user.userPrincipalName) return undefined;
    return {
      id: user.id,
      userPrincipalName: user.userPrincipalName,
      displayName: user.displayName ?? user.userPrincipalName,
      givenName: user.givenName ?? '',
      surname: user.surname ?? '',
      jobTitle: user.jobTitle ?? '',
      mail: user.mail ?? user.userPrincipalName,
      description: '',
    };
  };
  return {
    personas: () => PERSONAS,
    findUser,
    handleGraph: (request, url, subpath, identity) =>
      service.handle(request, url, subpath, identity),
    domain,
    requestLog,
    faults,
    latency,
    paging,
    get scenario() {
      return domain.scenario;
    },
    reset(next) {
      domain.reset(next ?? domain.scenario);
      faults.clear();
      requestLog.clear();
      latency.graphMs = 0;
      latency.identityMs = 0;
      Object.assign(paging, DEFAULT_PAGING, options.paging);
    },
  };
}
