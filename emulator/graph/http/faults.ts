import { dropConnectionResponse } from '../../http/node-adapter.ts';
import { GraphApiError } from '../errors.ts';
import { errorResponse, type RequestIds } from './envelope.ts';

/**
 * A fault rule, as posted to `/emulator/_control/faults`. `path` is a glob (`*` matches any
 * run of characters, `/` included; case-insensitive) or a regex written `/.../flags` (e.g.
 * `/^\/me$/`); it is tested against the
 * request's path both as received (`/emulator/graph/v1.0/me`) and relative to the Graph version
 * (`/me`), so rules can name either.
 */
export interface FaultRuleInput {
  method?: string;
  path: string;
  status?: number;
  retryAfter?: number;
  drop?: boolean;
  malformed?: boolean;
  delayMs?: number;
  /** How many matching requests it affects; unlimited when absent. */
  times?: number;
  /** Chance in 0..1 that a matching request is affected; always when absent. */
  probability?: number;
}

export interface FaultRule extends FaultRuleInput {
  id: string;
  /** Matching requests still to affect (`null`: unlimited). */
  remaining: number | null;
  /** Requests it has affected so far. */
  hits: number;
}

export interface FaultStore {
  add(input: FaultRuleInput): FaultRule;
  list(): FaultRule[];
  remove(id: string): boolean;
  clear(): void;
  /** The rule that fires for this request now (consuming one use), if any. */
  take(method: string, paths: readonly string[]): FaultRule | undefined;
}

/**
 * `/body/flags` is a regex when its body uses regex syntax (`^ $ \ ( ) [ ] | + { }`), so plain
 * paths such as `/v1.0/me` stay globs.
 */
function compile(pattern: string): RegExp {
  const regex = /^\/(.+)\/([imsu]*)$/.exec(pattern);
  if (regex?.[1] && /[\^$\\()[\]|+{}]/.test(regex[1])) return new RegExp(regex[1], regex[2]);
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

export function validateFaultInput(value: unknown): FaultRuleInput {
  if (!value || typeof value !== 'object') throw new Error('A fault rule is a JSON object.');
  const v = value as Record<string, unknown>;
  if (typeof v.path !== 'string' || v.path === '') throw new Error('`path` is required.');
  compile(v.path);
  const num = (key: string, min: number, max: number): number | undefined => {
    const x = v[key];
    if (x === undefined) return undefined;
    if (typeof x !== 'number' || !Number.isFinite(x) || x < min || x > max) {
      throw new Error(`\`${key}\` must be a number in ${min}..${max}.`);
    }
    return x;
  };
  const input: FaultRuleInput = {
    method: typeof v.method === 'string' ? v.method.toUpperCase() : undefined,
    path: v.path,
    status: num('status', 100, 599),
    retryAfter: num('retryAfter', 0, 86400),
    drop: v.drop === true ? true : undefined,
    malformed: v.malformed === true ? true : undefined,
    delayMs: num('delayMs', 0, 600000),
    times: num('times', 1, Number.MAX_SAFE_INTEGER),
    probability: num('probability', 0, 1),
  };
  if (!input.status && !input.drop && !input.malformed && input.delayMs === undefined) {
    throw new Error('A fault needs one of `status`, `drop`, `malformed` or `delayMs`.');
  }
  return input;
}

export function createFaultStore(random: () => number = Math.random): FaultStore {
  let rules: (FaultRule & { regex: RegExp })[] = [];
  let next = 1;
  const strip = ({ regex: _regex, ...rule }: FaultRule & { regex: RegExp }): FaultRule => rule;
  return {
    add(input) {
      const rule = { ...input, id: `fault-${next++}`, remaining: input.times ?? null, hits: 0 };
      rules.push({ ...rule, regex: compile(input.path) });
      return rule;
    },
    list: () => rules.map(strip),
    remove(id) {
      const before = rules.length;
      rules = rules.filter((r) => r.id !== id);
      return rules.length !== before;
    },
    clear() {
      rules = [];
    },
    take(method, paths) {
      const rule = rules.find(
        (r) =>
          (!r.method || r.method === method.toUpperCase()) &&
          paths.some((p) => r.regex.test(p)) &&
          (r.remaining === null || r.remaining > 0),
      );
      if (!rule) return undefined;
      if (rule.probability !== undefined && random() >= rule.probability) return undefined;
      if (rule.remaining !== null) rule.remaining -= 1;
      rule.hits += 1;
      return strip(rule);
    },
  };
}

export const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

const STATUS_CODES: Record<number, [string, string]> = {
  429: ['TooManyRequests', 'Too many requests.'],
  500: ['InternalServerError', 'The service encountered an internal error.'],
  502: ['BadGateway', 'The service is unavailable.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please try again later.'],
  504: ['GatewayTimeout', 'The service did not respond in time.'],
};

/** The Graph error a status-code fault stands for (Graph's throttling and outage answers). */
export function faultError(rule: FaultRule): GraphApiError {
  const status = rule.status ?? 503;
  const [code, message] = STATUS_CODES[status] ?? ['UnknownError', `Injected fault ${status}.`];
  const headers: Record<string, string> = {};
  if (rule.retryAfter !== undefined) headers['Retry-After'] = String(rule.retryAfter);
  return new GraphApiError(status, code, message, { headers });
}

/** A body cut mid-JSON: what a client sees when a response is truncated in flight. */
export function malformedResponse(ids: RequestIds | undefined): Response {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  if (ids) headers.set('request-id', ids.requestId);
  return new Response('{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#', {
    status: 200,
    headers,
  });
}

/**
 * Answers a request as the fault says, after its delay. `undefined` when the fault is only a
 * delay, so the request then proceeds normally. Without request ids (identity requests) the
 * error takes the OAuth 2.0 form Entra answers with.
 */
export async function applyFault(
  rule: FaultRule,
  ids: RequestIds | undefined,
): Promise<Response | undefined> {
  await sleep(rule.delayMs ?? 0);
  if (rule.drop) return dropConnectionResponse();
  if (rule.malformed) return malformedResponse(ids);
  if (!rule.status) return undefined;
  const error = faultError(rule);
  if (ids) return errorResponse(error, ids);
  const oauthError =
    error.status === 429 || error.status >= 500 ? 'temporarily_unavailable' : 'invalid_request';
  return Response.json(
    { error: oauthError, error_description: error.message },
    { status: error.status, headers: error.headers },
  );
}
