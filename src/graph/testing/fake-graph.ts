/**
 * A small in-memory stand-in for Microsoft Graph, for the client's unit tests: handlers per
 * method and path, every request recorded, and the failure modes the network can produce.
 */
import { abortReason } from '../retry.ts';
import type { FetchLike, GetToken, Sleep, TokenOptions } from '../types.ts';

export const FAKE_BASE_URL = 'https://graph.test';

export interface FakeRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** `network-error` rejects like a dropped connection; `hang` waits until the request aborts. */
export type FakeReply = Response | 'network-error' | 'hang';
export type FakeHandler = (request: FakeRequest, call: number) => FakeReply | Promise<FakeReply>;

export interface FakeGraph {
  baseUrl: string;
  fetch: FetchLike;
  /** `path` is the URL path including the version, e.g. `/v1.0/me`. */
  on(method: string, path: string, handler: FakeHandler): void;
  calls: FakeRequest[];
  callsTo(method: string, path: string): FakeRequest[];
}

export function createFakeGraph(baseUrl = FAKE_BASE_URL): FakeGraph {
  const routes = new Map<string, FakeHandler>();
  const calls: FakeRequest[] = [];
  const key = (method: string, path: string): string => `${method.toUpperCase()} ${path}`;
  const callsTo = (method: string, path: string): FakeRequest[] =>
    calls.filter((call) => key(call.method, call.url.pathname) === key(method, path));

  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    const text = typeof init.body === 'string' ? init.body : undefined;
    const request: FakeRequest = {
      method: init.method ?? 'GET',
      url,
      headers: new Headers(init.headers),
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
    };
    calls.push(request);
    const handler = routes.get(key(request.method, url.pathname));
    const reply = handler
      ? await handler(request, callsTo(request.method, url.pathname).length)
      : graphError(404, 'Request_ResourceNotFound', `No fake route for ${url.pathname}.`);
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) => {
        const fail = (): void => {
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        };
        if (init.signal?.aborted) fail();
        else init.signal?.addEventListener('abort', fail);
      });
    }
    return reply;
  };

  return {
    baseUrl,
    fetch,
    on: (method, path, handler) => routes.set(key(method, path), handler),
    calls,
    callsTo,
  };
}

export function graphJson(
  status: number,
  body?: unknown,
  headers?: Record<string, string>,
): Response {
  const hasBody = body !== undefined && status !== 204;
  return new Response(hasBody ? JSON.stringify(body) : null, {
    status,
    headers: { ...(hasBody ? { 'Content-Type': 'application/json' } : {}), ...headers },
  });
}

export function graphError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): Response {
  return graphJson(status, errorEnvelope(code, message), headers);
}

export function errorEnvelope(code: string, message: string): unknown {
  return {
    error: {
      code,
      message,
      innerError: {
        date: '2026-11-29T10:00:00',
        'request-id': 'req-1234',
        'client-request-id': 'client-5678',
      },
    },
  };
}

/** Records every wait instead of waiting; honours aborts like the real sleep. */
export function createFakeSleep(onSleep?: (ms: number) => void): { sleep: Sleep; waits: number[] } {
  const waits: number[] = [];
  const sleep: Sleep = (ms, signal) => {
    waits.push(ms);
    onSleep?.(ms);
    return signal?.aborted ? Promise.reject(abortReason(signal)) : Promise.resolve();
  };
  return { sleep, waits };
}

export function createFakeTokens(): {
  getToken: GetToken;
  calls: { scopes: readonly string[]; options: TokenOptions | undefined }[];
} {
  const calls: { scopes: readonly string[]; options: TokenOptions | undefined }[] = [];
  const getToken: GetToken = (scopes, options) => {
    calls.push({ scopes, options });
    // A token obtained with claims is marked, so a fake endpoint can tell a stepped-up caller.
    return Promise.resolve(`token-${calls.length}${options?.claims ? '-stepped-up' : ''}`);
  };
  return { getToken, calls };
}
