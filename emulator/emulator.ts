import { createClock, type Clock } from './clock.ts';
import { EMULATOR_PREFIX, EMULATOR_TENANT_ID } from './constants.ts';
import { createIdentity, type Identity } from './identity/identity.ts';
import { createTenant, type Tenant } from './graph/tenant.ts';
import { handleControl } from './control/routes.ts';
import { applyFault, sleep } from './graph/http/faults.ts';

export interface EmulatorOptions {
  /** Named seed scenario (`default`, `empty`, `large`, ...). */
  scenario?: string;
  /** Where the RS256 signing key persists; `null` keeps it in memory only (tests). */
  keyFile?: string | null;
  /** Start the virtual clock frozen at this instant (tests); default: wall time, running. */
  frozenAt?: Date;
}

export interface Emulator {
  /** Answers any request under `/emulator/`; `undefined` for paths it does not own. */
  fetch(request: Request): Promise<Response | undefined>;
  readonly clock: Clock;
  readonly identity: Identity;
  readonly tenant: Tenant;
}

/**
 * The local Microsoft identity platform + Microsoft Graph PIM emulator. One instance holds one
 * in-memory tenant; the Vite plugin, Vitest and the standalone server all use this factory.
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const clock = createClock(options.frozenAt ? { start: options.frozenAt, frozen: true } : {});
  const tenant = createTenant({ clock, scenario: options.scenario ?? 'default' });
  const identity = await createIdentity({
    clock,
    keyFile: options.keyFile ?? null,
    directory: tenant,
  });
  const emulator: Emulator = {
    clock,
    identity,
    tenant,
    async fetch(request) {
      const url = new URL(request.url);
      if (!url.pathname.startsWith(`${EMULATOR_PREFIX}/`)) return undefined;
      const rest = url.pathname.slice(EMULATOR_PREFIX.length + 1);
      const [head = '', ...tail] = rest.split('/');
      const subpath = `/${tail.join('/')}`;
      if (head === '_control') return handleControl(emulator, request, url, subpath);
      if (head === 'graph') return tenant.handleGraph(request, url, subpath, identity);
      if (
        head.toLowerCase() === EMULATOR_TENANT_ID ||
        head === 'organizations' ||
        head === 'common'
      ) {
        return handleIdentityTraffic(tenant, request, url, () =>
          identity.handle(request, url, subpath),
        );
      }
      return notFound();
    },
  };
  return emulator;
}

/**
 * Identity requests get the same latency and fault injection as Graph (the controls' rules
 * match their path), so tests can exercise a slow or failing token endpoint.
 */
async function handleIdentityTraffic(
  tenant: Tenant,
  request: Request,
  url: URL,
  answer: () => Promise<Response>,
): Promise<Response> {
  await sleep(tenant.latency.identityMs);
  const rule = tenant.faults.take(request.method, [url.pathname]);
  const faulted = rule ? await applyFault(rule, undefined) : undefined;
  return faulted ?? answer();
}

function notFound(): Response {
  return Response.json(
    { error: 'not_found', error_description: 'The emulator serves no such path.' },
    { status: 404 },
  );
}
