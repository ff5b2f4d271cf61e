import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphClient } from './client.ts';
import { GraphError } from './graph-error.ts';
import {
  createFakeGraph,
  createFakeSleep,
  createFakeTokens,
  graphError,
  graphJson,
} from './testing/fake-graph.ts';

const SCOPES = ['RoleAssignmentSchedule.ReadWrite.Directory'];
const REQUESTS = '/roleManagement/directory/roleAssignmentScheduleRequests';
const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';

function setup(onSleep?: (ms: number) => void) {
  const server = createFakeGraph();
  const tokens = createFakeTokens();
  const sleeper = createFakeSleep(onSleep);
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    getToken: tokens.getToken,
    fetch: server.fetch,
    sleep: sleeper.sleep,
    random: () => 0.5,
  });
  return { server, tokens, waits: sleeper.waits, client };
}

async function settle(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (reason: unknown) => reason,
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('graph client: tokens', () => {
  it('asks for a fresh token once after a 401 InvalidAuthenticationToken', async () => {
    const { server, tokens, client, waits } = setup();
    server.on('GET', '/v1.0/me', (request) =>
      request.headers.get('authorization') === 'Bearer token-1'
        ? graphError(401, 'InvalidAuthenticationToken', 'Access token has expired.')
        : graphJson(200, { id: 'adele' }),
    );
    await expect(client.get('/me', { scopes: ['User.Read'] })).resolves.toEqual({ id: 'adele' });
    expect(tokens.calls.map((call) => call.options?.forceRefresh)).toEqual([undefined, true]);
    expect(waits).toEqual([]);
  });

  it('does not loop when the fresh token is refused too', async () => {
    const { server, tokens, client } = setup();
    server.on('POST', `/v1.0${REQUESTS}`, () =>
      graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.'),
    );
    const error = await settle(client.post(REQUESTS, {}, { scopes: SCOPES }));
    expect(error).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
    expect(server.calls).toHaveLength(2);
    expect(tokens.calls).toHaveLength(2);
  });

  it('returns a 401 claims challenge to the caller instead of refreshing', async () => {
    const { server, tokens, client } = setup();
    const header = `Bearer realm="", error="insufficient_claims", claims="${btoa(CLAIMS)}"`;
    server.on('GET', '/v1.0/me', () =>
      graphError(401, 'InvalidAuthenticationToken', 'Claims needed', {
        'WWW-Authenticate': header,
      }),
    );
    const error = await settle(client.get('/me', { scopes: ['User.Read'] }));
    expect(error).toMatchObject({ status: 401, claims: CLAIMS });
    expect(tokens.calls).toHaveLength(1);
  });

  it('passes claims to the token function when the caller supplies them', async () => {
    const { server, tokens, client } = setup();
    server.on('POST', `/v1.0${REQUESTS}`, () => graphJson(201, { id: 'r1' }));
    await client.post(REQUESTS, {}, { scopes: SCOPES, claims: CLAIMS });
    expect(tokens.calls[0]?.options?.claims).toBe(CLAIMS);
  });

  it('unwraps UnknownError with PermissionScopeNotGranted', async () => {
    const { server, client } = setup();
    const inner = {
      errorCode: 'PermissionScopeNotGranted',
      message:
        'Authorization failed due to missing permission scope RoleManagement.Read.Directory.',
      instanceAnnotations: [],
    };
    server.on('GET', '/v1.0/roleManagement/directory/roleDefinitions', () =>
      graphError(403, 'UnknownError', JSON.stringify(inner)),
    );
    const error = await settle(
      client.getAll('/roleManagement/directory/roleDefinitions', { scopes: SCOPES }),
    );
    expect(error).toMatchObject({
      status: 403,
      code: 'UnknownError',
      innerCode: 'PermissionScopeNotGranted',
      message: inner.message,
    });
  });
});

describe('graph client: timeouts and cancellation', () => {
  it('times out a hung request, retries a GET, then reports Timeout', async () => {
    vi.useFakeTimers();
    const { server, client } = setup();
    server.on('GET', '/v1.0/me', () => 'hang');
    const outcome = settle(client.get('/me', { scopes: ['User.Read'], timeoutMs: 1000 }));
    for (let attempt = 0; attempt < 4; attempt += 1) await vi.advanceTimersByTimeAsync(1000);
    const error = await outcome;
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 0, code: 'Timeout' });
    expect(server.calls).toHaveLength(4);
  });

  it('does not resend a POST that timed out', async () => {
    vi.useFakeTimers();
    const { server, client } = setup();
    server.on('POST', `/v1.0${REQUESTS}`, () => 'hang');
    const outcome = settle(client.post(REQUESTS, {}, { scopes: SCOPES }));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await outcome).toMatchObject({ code: 'Timeout' });
    expect(server.calls).toHaveLength(1);
  });

  it('aborts with the caller abort, not a GraphError, even while the token is pending', async () => {
    const { server, client } = setup();
    server.on('GET', '/v1.0/me', () => 'hang');
    const controller = new AbortController();
    const outcome = settle(client.get('/me', { scopes: ['User.Read'], signal: controller.signal }));
    controller.abort();
    const error = await outcome;
    expect(error).not.toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(server.calls).toHaveLength(0);
  });

  it('aborts a request whose fetch is already under way', async () => {
    const { server, client } = setup();
    const controller = new AbortController();
    server.on('GET', '/v1.0/me', () => {
      controller.abort();
      return 'hang';
    });
    const error = await settle(
      client.get('/me', { scopes: ['User.Read'], signal: controller.signal }),
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(server.calls).toHaveLength(1);
  });

  it('abort during a Retry-After wait cancels the wait and sends nothing more', async () => {
    const controller = new AbortController();
    const { server, client, waits } = setup(() => {
      controller.abort();
    });
    server.on('GET', '/v1.0/me', () =>
      graphError(429, 'TooManyRequests', 'Slow down', { 'Retry-After': '30' }),
    );
    const error = await settle(
      client.get('/me', { scopes: ['User.Read'], signal: controller.signal }),
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(waits).toEqual([30_000]);
    expect(server.calls).toHaveLength(1);
  });
});
