import { describe, expect, it } from 'vitest';
import { createGraphClient, resolveUrl } from './client.ts';
import { GraphError } from './graph-error.ts';
import {
  createFakeGraph,
  createFakeSleep,
  createFakeTokens,
  graphJson,
} from './testing/fake-graph.ts';

const PATH = '/roleManagement/directory/roleEligibilityScheduleInstances';
const SCOPES = ['RoleEligibilitySchedule.Read.Directory'];

interface Instance {
  id: string;
}

function setup() {
  const server = createFakeGraph();
  const tokens = createFakeTokens();
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    getToken: tokens.getToken,
    fetch: server.fetch,
    sleep: createFakeSleep().sleep,
  });
  // Three pages, the middle one empty; links carry opaque skip tokens with characters that
  // must reach the server exactly as sent.
  const next = (token: string) => `${server.baseUrl}/v1.0${PATH}?$skiptoken=${token}`;
  server.on('GET', `/v1.0${PATH}`, (request) => {
    switch (request.url.searchParams.get('$skiptoken')) {
      case null:
        return graphJson(200, {
          value: [{ id: 'a' }, { id: 'b' }],
          '@odata.nextLink': next('p2%3D'),
        });
      case 'p2=':
        return graphJson(200, { value: [], '@odata.nextLink': next('p3') });
      case 'p3':
        return graphJson(200, { value: [{ id: 'c' }] });
      default:
        return graphJson(400, { error: { code: 'BadSkipToken', message: 'bad' } });
    }
  });
  return { server, tokens, client };
}

describe('getAll', () => {
  it('follows @odata.nextLink unchanged through an empty page to the end', async () => {
    const { server, tokens, client } = setup();
    const items = await client.getAll<Instance>(`${PATH}?$filter=principalId eq 'x'`, {
      scopes: SCOPES,
    });
    expect(items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(server.calls.map((call) => call.url.search)).toEqual([
      '?$filter=principalId%20eq%20%27x%27',
      '?$skiptoken=p2%3D',
      '?$skiptoken=p3',
    ]);
    expect(tokens.calls.every((call) => call.scopes === SCOPES)).toBe(true);
  });

  it('stops at maxItems or maxPages and says the list is incomplete', async () => {
    const { client, server } = setup();
    const byItems = await client.getCollection<Instance>(PATH, { scopes: SCOPES, maxItems: 1 });
    expect(byItems).toEqual({ items: [{ id: 'a' }], complete: false });
    expect(server.calls).toHaveLength(1);

    const byPages = await client.getCollection<Instance>(PATH, { scopes: SCOPES, maxPages: 2 });
    expect(byPages).toEqual({ items: [{ id: 'a' }, { id: 'b' }], complete: false });

    const all = await client.getCollection<Instance>(PATH, { scopes: SCOPES, maxItems: 3 });
    expect(all).toEqual({ items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], complete: true });
  });

  it('stops when aborted mid-way and rejects with the abort', async () => {
    const { server, client } = setup();
    const controller = new AbortController();
    server.on('GET', `/v1.0${PATH}`, (request) => {
      if (request.url.searchParams.has('$skiptoken')) throw new Error('page 2 must not be read');
      controller.abort();
      return graphJson(200, {
        value: [{ id: 'a' }],
        '@odata.nextLink': `${server.baseUrl}/v1.0${PATH}?$skiptoken=2`,
      });
    });
    await expect(
      client.getAll(PATH, { scopes: SCOPES, signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.calls).toHaveLength(1);
  });

  it('refuses a next link that would take the token to another host', async () => {
    const { server, client } = setup();
    server.on('GET', `/v1.0${PATH}`, () =>
      graphJson(200, { value: [], '@odata.nextLink': 'https://graph.test.evil.example/v1.0/x' }),
    );
    const error: unknown = await client.getAll(PATH, { scopes: SCOPES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ code: 'UntrustedNextLink' });
    expect(server.calls).toHaveLength(1);
  });

  it('detects a server that keeps handing back the same page', async () => {
    const { server, client } = setup();
    // The fake gives up after five rounds so a missing loop check fails instead of hanging.
    server.on('GET', `/v1.0${PATH}`, (_, call) =>
      graphJson(200, {
        value: [{ id: 'a' }],
        ...(call < 5 ? { '@odata.nextLink': `${server.baseUrl}/v1.0${PATH}` } : {}),
      }),
    );
    await expect(client.getAll(PATH, { scopes: SCOPES })).rejects.toMatchObject({
      code: 'PagingLoop',
    });
    expect(server.calls).toHaveLength(2);
  });

  it('rejects a reply that is not a collection', async () => {
    const { server, client } = setup();
    server.on('GET', '/v1.0/me', () => graphJson(200, { id: 'adele' }));
    await expect(client.getAll('/me', { scopes: ['User.Read'] })).rejects.toMatchObject({
      code: 'MalformedResponse',
    });
  });
});

describe('resolveUrl', () => {
  it('puts relative paths under the version and keeps our own absolute links', () => {
    const base = 'https://localhost:5173/emulator/graph';
    expect(resolveUrl(base, '/me')).toBe(`${base}/v1.0/me`);
    expect(resolveUrl(base, 'me', 'beta')).toBe(`${base}/beta/me`);
    expect(resolveUrl(base, `${base}/beta/x?$skiptoken=1`)).toBe(`${base}/beta/x?$skiptoken=1`);
    expect(() => resolveUrl(base, 'https://localhost:5173/emulator/graphs/v1.0/x')).toThrow(
      GraphError,
    );
    expect(() => resolveUrl(base, 'https://localhost:5174/emulator/graph/v1.0/x')).toThrow(
      GraphError,
    );
  });
});
