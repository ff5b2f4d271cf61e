import { parseIsoDuration } from '../clock.ts';
import type { Emulator } from '../emulator.ts';
import { validateFaultInput } from '../graph/http/faults.ts';

/*
 * Controls of the tenant half, JSON in and out, under `/emulator/_control/`:
 *
 *   POST   reset            {scenario?, paging?}  reseed; clears faults, latency, request log
 *                            and the identity half's sessions
 *   GET    scenario         {current, scenarios: [{name, description}]}
 *   POST   scenario         {name}                reseed with that scenario
 *   GET    clock            {now, frozen}
 *   POST   clock            {set?: ISO instant, advance?: ISO duration ("PT5M"), freeze?: bool}
 *   GET    latency          {graphMs, identityMs}
 *   POST   latency          {graphMs?, identityMs?}
 *   GET    faults           {faults: [rule + id, remaining, hits]}
 *   POST   faults           rule (see FaultRuleInput) or {faults: [rule...]} -> {ids, faults}
 *   DELETE faults[/{id}]    remove one rule, or all
 *   GET    requests         {requests: [{method, path, query, status, batchItems?, items?, at}]}
 *   DELETE requests         clear the log
 *   GET    graph/page-size  {pimPageSize, auditPageSize, directoryPageSize, emptyFirstPage}
 *   POST   graph/page-size  any of those fields (emptyFirstPage: an empty page before the first)
 *
 * Tests in-process use the same state through `emulator.tenant` (faults, latency, requestLog,
 * paging, reset) and `emulator.clock`.
 */

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

function invalid(message: string): Response {
  return json({ error: 'invalid_request', error_description: message }, 400);
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  const parsed = JSON.parse(text) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('The body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

function nonNegative(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`\`${name}\` must be a non-negative number.`);
  }
  return value;
}

function applyPaging(emulator: Emulator, body: Record<string, unknown>): void {
  const { paging } = emulator.tenant;
  for (const key of ['pimPageSize', 'auditPageSize', 'directoryPageSize'] as const) {
    const value = nonNegative(body[key], key);
    if (value !== undefined) {
      if (value < 1 || !Number.isInteger(value))
        throw new Error(`\`${key}\` must be an integer >= 1.`);
      paging[key] = value;
    }
  }
  if (body.emptyFirstPage !== undefined) {
    if (typeof body.emptyFirstPage !== 'boolean') throw new Error('`emptyFirstPage` is a boolean.');
    paging.emptyFirstPage = body.emptyFirstPage;
  }
}

function clockState(emulator: Emulator): { now: string; frozen: boolean } {
  return { now: emulator.clock.now().toISOString(), frozen: emulator.clock.frozen };
}

function reseed(emulator: Emulator, scenario: unknown): void {
  if (scenario !== undefined && typeof scenario !== 'string') {
    throw new Error('`scenario` must be a string.');
  }
  const known = emulator.tenant.domain.scenarios.map((s) => s.name);
  if (typeof scenario === 'string' && !known.includes(scenario)) {
    throw new Error(`Unknown scenario '${scenario}'. Known: ${known.join(', ')}.`);
  }
  emulator.tenant.reset(scenario);
}

type Control = (emulator: Emulator, request: Request, id?: string) => Promise<Response>;

const controls: Record<string, Partial<Record<string, Control>>> = {
  reset: {
    POST: async (em, req) => {
      const body = await readBody(req);
      reseed(em, body.scenario);
      // A reset starts over entirely: sign-in sessions and consent denials too (the key stays).
      em.identity.reset();
      if (body.paging && typeof body.paging === 'object') {
        applyPaging(em, body.paging as Record<string, unknown>);
      }
      return json({ scenario: em.tenant.scenario, ...clockState(em) });
    },
  },
  scenario: {
    GET: (em) =>
      Promise.resolve(json({ current: em.tenant.scenario, scenarios: em.tenant.domain.scenarios })),
    POST: async (em, req) => {
      const body = await readBody(req);
      reseed(em, body.name ?? body.scenario);
      return json({ current: em.tenant.scenario });
    },
  },
  clock: {
    GET: (em) => Promise.resolve(json(clockState(em))),
    POST: async (em, req) => {
      const body = await readBody(req);
      if (body.set !== undefined) {
        const at = typeof body.set === 'string' ? Date.parse(body.set) : Number.NaN;
        if (Number.isNaN(at)) throw new Error('`set` must be an ISO 8601 instant.');
        em.clock.set(new Date(at));
      }
      if (body.advance !== undefined) {
        const ms = typeof body.advance === 'string' ? parseIsoDuration(body.advance) : null;
        if (ms === null) throw new Error('`advance` must be an ISO 8601 duration such as "PT5M".');
        em.clock.advance(ms);
      }
      if (body.freeze === true) em.clock.freeze();
      if (body.freeze === false) em.clock.resume();
      return json(clockState(em));
    },
  },
  latency: {
    GET: (em) => Promise.resolve(json({ ...em.tenant.latency })),
    POST: async (em, req) => {
      const body = await readBody(req);
      const graphMs = nonNegative(body.graphMs, 'graphMs');
      const identityMs = nonNegative(body.identityMs, 'identityMs');
      if (graphMs !== undefined) em.tenant.latency.graphMs = graphMs;
      if (identityMs !== undefined) em.tenant.latency.identityMs = identityMs;
      return json({ ...em.tenant.latency });
    },
  },
  faults: {
    GET: (em) => Promise.resolve(json({ faults: em.tenant.faults.list() })),
    POST: async (em, req) => {
      const body = await readBody(req);
      const inputs = Array.isArray(body.faults) ? (body.faults as unknown[]) : [body];
      const rules = inputs.map(validateFaultInput).map((input) => em.tenant.faults.add(input));
      return json({ ids: rules.map((r) => r.id), faults: rules }, 201);
    },
    DELETE: (em, _req, id) => {
      if (id === undefined) {
        em.tenant.faults.clear();
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      return Promise.resolve(
        em.tenant.faults.remove(id)
          ? new Response(null, { status: 204 })
          : json({ error: 'not_found', error_description: `No fault rule ${id}.` }, 404),
      );
    },
  },
  requests: {
    GET: (em) => Promise.resolve(json({ requests: em.tenant.requestLog.entries() })),
    DELETE: (em) => {
      em.tenant.requestLog.clear();
      return Promise.resolve(new Response(null, { status: 204 }));
    },
  },
  'graph/page-size': {
    GET: (em) => Promise.resolve(json({ ...em.tenant.paging })),
    POST: async (em, req) => {
      applyPaging(em, await readBody(req));
      return json({ ...em.tenant.paging });
    },
  },
};

/** Controls owned by the tenant half; `undefined` when the subpath is not one of them. */
export async function handleTenantControl(
  emulator: Emulator,
  request: Request,
  _url: URL,
  subpath: string,
): Promise<Response | undefined> {
  const path = subpath.replace(/^\/+|\/+$/g, '');
  const faultId = /^faults\/([\w-]+)$/.exec(path)?.[1];
  const name = faultId !== undefined ? 'faults' : path;
  const control = controls[name];
  if (!control) return undefined;
  const handler = control[request.method.toUpperCase()];
  if (!handler || (faultId !== undefined && request.method.toUpperCase() !== 'DELETE')) {
    return json(
      { error: 'method_not_allowed', error_description: `${request.method} ${subpath}` },
      405,
    );
  }
  try {
    return await handler(emulator, request, faultId);
  } catch (thrown) {
    return invalid(thrown instanceof Error ? thrown.message : String(thrown));
  }
}
