import { describe, expect, it } from 'vitest';
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

function setup(random = () => 0.5) {
  const server = createFakeGraph();
  const tokens = createFakeTokens();
  const sleeper = createFakeSleep();
  let ids = 0;
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    getToken: tokens.getToken,
    fetch: server.fetch,
    sleep: sleeper.sleep,
    random,
    now: () => Date.parse('2026-11-29T10:00:00Z'),
    newRequestId: () => `id-${++ids}`,
  });
  return { server, tokens, waits: sleeper.waits, client };
}

async function rejection(promise: Promise<unknown>): Promise<GraphError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GraphError))
    throw new Error(`Expected a GraphError, got ${String(error)}`);
  return error;
}

describe('graph client: one request', () => {
  it('sends the token for the named scopes, a fresh client-request-id, and JSON headers', async () => {
    const { server, tokens, client } = setup();
    server.on('GET', '/v1.0/me', () => graphJson(200, { id: 'adele' }));
    server.on('POST', `/beta${REQUESTS}`, (request) => graphJson(201, request.body));

    await expect(client.get('/me', { scopes: ['User.Read'] })).resolves.toEqual({ id: 'adele' });
    const created = await client.post<{ action: string }>(
      REQUESTS,
      { action: 'selfActivate' },
      { scopes: SCOPES, version: 'beta', headers: { Prefer: 'x' } },
    );

    expect(created.action).toBe('selfActivate');
    expect(tokens.calls.map((call) => call.scopes)).toEqual([['User.Read'], SCOPES]);
    const [get, post] = server.calls;
    expect(get?.headers.get('authorization')).toBe('Bearer token-1');
    expect(get?.headers.get('client-request-id')).toBe('id-1');
    expect(get?.headers.has('content-type')).toBe(false);
    expect(post?.url.href).toBe(`https://graph.test/beta${REQUESTS}`);
    expect(post?.headers.get('authorization')).toBe('Bearer token-2');
    expect(post?.headers.get('client-request-id')).toBe('id-2');
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(post?.headers.get('prefer')).toBe('x');
  });

  it('resolves an empty 204 as undefined and sends no body when there is none', async () => {
    const { server, client } = setup();
    server.on('POST', `/v1.0${REQUESTS}/r1/cancel`, () => graphJson(204));
    await expect(client.post(`${REQUESTS}/r1/cancel`, undefined, { scopes: SCOPES })).resolves.toBe(
      undefined,
    );
    expect(server.calls[0]?.body).toBeUndefined();
    expect(server.calls[0]?.headers.has('content-type')).toBe(false);
  });

  it('reports a malformed JSON success as MalformedResponse', async () => {
    const { server, client } = setup();
    server.on('GET', '/v1.0/me', () => new Response('{"id": ', { status: 200 }));
    const error = await rejection(client.get('/me', { scopes: ['User.Read'] }));
    expect(error).toMatchObject({
      status: 200,
      code: 'MalformedResponse',
      clientRequestId: 'id-1',
    });
  });

  it('turns the Graph error envelope into a GraphError', async () => {
    const { server, client } = setup();
    server.on('POST', `/v1.0${REQUESTS}`, () =>
      graphError(400, 'RoleAssignmentExists', 'The Role assignment already exists.'),
    );
    const error = await rejection(client.post(REQUESTS, {}, { scopes: SCOPES }));
    expect(error).toMatchObject({
      status: 400,
      code: 'RoleAssignmentExists',
      message: 'The Role assignment already exists.',
      requestId: 'req-1234',
      date: '2026-11-29T10:00:00',
    });
    expect(server.calls).toHaveLength(1);
  });
});

describe('graph client: retries', () => {
  it('waits Retry-After on a 429 GET, then succeeds', async () => {
    const { server, client, waits } = setup();
    server.on('GET', '/v1.0/me', (_, call) =>
      call === 1
        ? graphError(429, 'TooManyRequests', 'Slow down', { 'Retry-After': '7' })
        : graphJson(200, { id: 'adele' }),
    );
    await expect(client.get('/me', { scopes: ['User.Read'] })).resolves.toEqual({ id: 'adele' });
    expect(waits).toEqual([7000]);
    expect(server.calls.map((call) => call.headers.get('client-request-id'))).toEqual([
      'id-1',
      'id-2',
    ]);
  });

  it('gives up at once when Retry-After is longer than the cap, and says how long', async () => {
    const { server, client, waits } = setup();
    server.on('GET', '/v1.0/me', () =>
      graphError(429, 'TooManyRequests', 'Slow down', { 'Retry-After': '3600' }),
    );
    const error = await rejection(client.get('/me', { scopes: ['User.Read'] }));
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests', retryAfterMs: 3_600_000 });
    expect(waits).toEqual([]);
  });

  it('retries a 429 POST (Graph did not process it) but stops after maxAttempts', async () => {
    const { server, client, waits } = setup();
    server.on('POST', `/v1.0${REQUESTS}`, () =>
      graphError(429, 'TooManyRequests', 'Slow down', { 'Retry-After': '2' }),
    );
    const error = await rejection(client.post(REQUESTS, {}, { scopes: SCOPES }));
    expect(error.status).toBe(429);
    expect(server.calls).toHaveLength(4);
    expect(waits).toEqual([2000, 2000, 2000]);
  });

  it('retries a 5xx GET with exponential backoff and jitter', async () => {
    const { server, client, waits } = setup(() => 1);
    server.on('GET', '/v1.0/me', (_, call) =>
      call < 4 ? graphError(503, 'ServiceUnavailable', 'Busy') : graphJson(200, { id: 'adele' }),
    );
    await expect(client.get('/me', { scopes: ['User.Read'] })).resolves.toEqual({ id: 'adele' });
    // base 500 ms doubling; equal jitter at random() = 1 takes the whole step.
    expect(waits).toEqual([500, 1000, 2000]);

    const low = setup(() => 0);
    low.server.on('GET', '/v1.0/me', (_, call) =>
      call < 3 ? graphError(502, 'BadGateway', 'Oops') : graphJson(200, {}),
    );
    await low.client.get('/me', { scopes: ['User.Read'] });
    expect(low.waits).toEqual([250, 500]);
  });

  it('retries a GET after a network error and surfaces NetworkError when it persists', async () => {
    const { server, client } = setup();
    server.on('GET', '/v1.0/me', (_, call) => (call === 1 ? 'network-error' : graphJson(200, {})));
    await expect(client.get('/me', { scopes: ['User.Read'] })).resolves.toEqual({});

    const down = setup();
    down.server.on('GET', '/v1.0/me', () => 'network-error');
    const error = await rejection(down.client.get('/me', { scopes: ['User.Read'] }));
    expect(error).toMatchObject({ status: 0, code: 'NetworkError' });
    expect(down.server.calls).toHaveLength(4);
  });

  it('never resends a POST after a 5xx or a network error', async () => {
    const { server, client, waits } = setup();
    server.on('POST', `/v1.0${REQUESTS}`, () => graphError(500, 'InternalServerError', 'Boom'));
    server.on('PATCH', '/v1.0/x', () => 'network-error');
    expect(await rejection(client.post(REQUESTS, {}, { scopes: SCOPES }))).toMatchObject({
      status: 500,
      code: 'InternalServerError',
    });
    expect(await rejection(client.patch('/x', {}, { scopes: SCOPES }))).toMatchObject({
      status: 0,
      code: 'NetworkError',
    });
    expect(server.calls).toHaveLength(2);
    expect(waits).toEqual([]);
  });
});
