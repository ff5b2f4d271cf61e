import { describe, expect, it } from 'vitest';
import type { BatchRequestItem } from './batch-chunks.ts';
import { createGraphClient } from './client.ts';
import { isRecord } from './graph-error.ts';
import {
  createFakeGraph,
  createFakeSleep,
  createFakeTokens,
  errorEnvelope,
  graphError,
  graphJson,
  type FakeRequest,
} from './testing/fake-graph.ts';

const SCOPES = ['RoleManagement.Read.Directory'];

interface WireItem {
  id: string;
  method: string;
  url: string;
  dependsOn?: string[];
  headers?: Record<string, string>;
  body?: unknown;
}

function wireItems(request: FakeRequest | undefined): WireItem[] {
  const body = request?.body;
  return isRecord(body) && Array.isArray(body.requests) ? (body.requests as WireItem[]) : [];
}

/** Answers each item with `answer(item, round)`, in reverse order to prove the mapping by id. */
function setup(
  answer: (
    item: WireItem,
    round: number,
  ) => { status: number; headers?: Record<string, string>; body?: unknown },
) {
  const server = createFakeGraph();
  const sleeper = createFakeSleep();
  const rounds = new Map<string, number>();
  server.on('POST', '/v1.0/$batch', (request) => {
    const responses = wireItems(request).map((item) => {
      const round = (rounds.get(item.id) ?? 0) + 1;
      rounds.set(item.id, round);
      return { id: item.id, headers: {}, ...answer(item, round) };
    });
    return graphJson(200, { responses: responses.reverse() });
  });
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    getToken: createFakeTokens().getToken,
    fetch: server.fetch,
    sleep: sleeper.sleep,
    random: () => 0.5,
  });
  return { server, client, waits: sleeper.waits };
}

const gets = (count: number): BatchRequestItem[] =>
  Array.from({ length: count }, (_, index) => ({
    id: String(index + 1),
    method: 'GET' as const,
    url: `/roleManagement/directory/roleDefinitions/role-${index + 1}`,
  }));

const ok = (item: WireItem) => ({ status: 200, body: { id: item.url.split('/').pop() } });
const throttled = (seconds: string) => ({
  status: 429,
  headers: { 'Retry-After': seconds },
  body: errorEnvelope('TooManyRequests', 'Too many requests'),
});

describe('batch', () => {
  it('sends 45 items as 20/20/5 and maps out-of-order responses back by id', async () => {
    const { server, client } = setup(ok);
    const results = await client.batch<{ id: string }>(gets(45), { scopes: SCOPES });
    expect(server.calls.map((call) => wireItems(call).length)).toEqual([20, 20, 5]);
    expect(results).toHaveLength(45);
    results.forEach((result, index) => {
      expect(result).toMatchObject({ id: String(index + 1), ok: true, status: 200 });
      if (result.ok) expect(result.body.id).toBe(`role-${index + 1}`);
    });
  });

  it('resends only the throttled items, in one batch, after the longest Retry-After', async () => {
    const { server, client, waits } = setup((item, round) => {
      if (round === 1 && item.id === '3') return throttled('2');
      if (round === 1 && item.id === '7') return throttled('9');
      return ok(item);
    });
    const results = await client.batch(gets(10), { scopes: SCOPES });
    expect(waits).toEqual([9000]);
    expect(server.calls.map((call) => wireItems(call).map((item) => item.id))).toEqual([
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
      ['3', '7'],
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it('keeps going through a second 429 round, then gives up and returns the 429s', async () => {
    const { server, client, waits } = setup((item) =>
      item.id === '2' ? throttled('1') : ok(item),
    );
    const results = await client.batch(gets(3), { scopes: SCOPES });
    // maxAttempts 4: the first send and three resends.
    expect(server.calls.map((call) => wireItems(call).map((item) => item.id))).toEqual([
      ['1', '2', '3'],
      ['2'],
      ['2'],
      ['2'],
    ]);
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(results[0]?.ok).toBe(true);
    expect(results[1]).toMatchObject({ ok: false, status: 429 });
    if (results[1]?.ok === false) {
      expect(results[1].error).toMatchObject({ code: 'TooManyRequests', retryAfterMs: 1000 });
    }
  });

  it('never resends POST items that failed other than by 429', async () => {
    const { server, client, waits } = setup((item) =>
      item.id === 'a'
        ? { status: 500, body: errorEnvelope('InternalServerError', 'Boom') }
        : { status: 201, body: { id: `req-${item.id}` } },
    );
    const items: BatchRequestItem[] = ['a', 'b'].map((id) => ({
      id,
      method: 'POST',
      url: '/roleManagement/directory/roleAssignmentScheduleRequests',
      body: { action: 'selfActivate' },
    }));
    const results = await client.batch(items, { scopes: SCOPES });
    expect(server.calls).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(wireItems(server.calls[0])[0]?.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(results.map((result) => [result.ok, result.status])).toEqual([
      [false, 500],
      [true, 201],
    ]);
  });

  it('resends a throttled POST item with its 424 dependant, dropping links to finished items', async () => {
    const { server, client } = setup((item, round) => {
      if (item.id === 'b' && round === 1) return throttled('1');
      if (item.id === 'c' && round === 1)
        return { status: 424, body: errorEnvelope('FailedDependency', 'b failed') };
      return { status: 201, body: {} };
    });
    const items: BatchRequestItem[] = [
      { id: 'a', method: 'POST', url: '/x', body: {} },
      { id: 'b', method: 'POST', url: '/x', body: {}, dependsOn: ['a'] },
      { id: 'c', method: 'POST', url: '/x', body: {}, dependsOn: ['b'] },
    ];
    const results = await client.batch(items, { scopes: SCOPES });
    const second = wireItems(server.calls[1]);
    expect(second.map((item) => [item.id, item.dependsOn])).toEqual([
      ['b', undefined],
      ['c', ['b']],
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it('gives every item of a failed $batch call the error, without resending writes', async () => {
    const server = createFakeGraph();
    server.on('POST', '/v1.0/$batch', () => graphError(503, 'ServiceUnavailable', 'Busy'));
    const client = createGraphClient({
      baseUrl: server.baseUrl,
      getToken: createFakeTokens().getToken,
      fetch: server.fetch,
      sleep: createFakeSleep().sleep,
    });
    const writes = await client.batch([{ id: '1', method: 'PATCH', url: '/x', body: {} }], {
      scopes: SCOPES,
    });
    expect(server.calls).toHaveLength(1);
    expect(writes[0]).toMatchObject({ ok: false, status: 503 });

    const reads = await client.batch(gets(2), { scopes: SCOPES });
    expect(server.calls).toHaveLength(1 + 4); // a batch of GETs is safe to resend
    expect(reads.map((result) => result.status)).toEqual([503, 503]);

    // A $batch call throttled as a whole was already retried by the request core: not again.
    server.on('POST', '/v1.0/$batch', () =>
      graphError(429, 'TooManyRequests', 'Slow down', { 'Retry-After': '1' }),
    );
    const throttledCall = await client.batch(gets(1), { scopes: SCOPES });
    expect(server.calls).toHaveLength(5 + 4);
    expect(throttledCall[0]).toMatchObject({ ok: false, status: 429 });
  });

  it('reports an item the reply left out', async () => {
    const server = createFakeGraph();
    server.on('POST', '/v1.0/$batch', () =>
      graphJson(200, { responses: [{ id: '1', status: 204 }] }),
    );
    const client = createGraphClient({
      baseUrl: server.baseUrl,
      getToken: createFakeTokens().getToken,
      fetch: server.fetch,
    });
    const results = await client.batch(gets(2), { scopes: SCOPES });
    expect(results[0]).toMatchObject({ ok: true, status: 204 });
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'MissingBatchResponse' } });
  });

  it('rejects duplicate ids before sending anything', async () => {
    const { server, client } = setup(ok);
    await expect(
      client.batch([...gets(1), { id: '1', method: 'GET', url: '/me' }], { scopes: SCOPES }),
    ).rejects.toThrow(/Duplicate/);
    expect(server.calls).toHaveLength(0);
  });
});
