import { describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator.ts';
import { harness } from '../graph/http/test-support.ts';
import { handleTenantControl } from './tenant-controls.ts';

function setup() {
  const h = harness();
  const emulator: Emulator = {
    clock: h.clock,
    identity: h.identity,
    tenant: h.tenant,
    fetch: () => Promise.resolve(undefined),
  };
  const control = async (method: string, path: string, body?: unknown) => {
    const url = new URL(`https://localhost:5173/emulator/_control${path}`);
    const request = new Request(url, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    });
    const res = await handleTenantControl(emulator, request, url, path);
    if (!res) throw new Error(`no control at ${path}`);
    const text = await res.text();
    return {
      status: res.status,
      body: (text ? JSON.parse(text) : undefined) as Record<string, unknown>,
    };
  };
  return { h, control };
}

describe('tenant controls', () => {
  it('reads, sets, advances and freezes the virtual clock', async () => {
    const { control } = setup();
    expect((await control('GET', '/clock')).body).toEqual({
      now: '2026-03-02T09:00:00.000Z',
      frozen: true,
    });
    expect((await control('POST', '/clock', { advance: 'PT5M' })).body).toMatchObject({
      now: '2026-03-02T09:05:00.000Z',
    });
    expect((await control('POST', '/clock', { set: '2026-04-01T00:00:00Z' })).body).toMatchObject({
      now: '2026-04-01T00:00:00.000Z',
    });
    const resumed = await control('POST', '/clock', { freeze: false });
    expect(resumed.body.frozen).toBe(false);
    expect((await control('POST', '/clock', { advance: 'five minutes' })).status).toBe(400);
  });

  it('sets latency for Graph and identity requests', async () => {
    const { h, control } = setup();
    expect((await control('POST', '/latency', { graphMs: 120, identityMs: 30 })).body).toEqual({
      graphMs: 120,
      identityMs: 30,
    });
    expect(h.tenant.latency).toEqual({ graphMs: 120, identityMs: 30 });
    expect((await control('POST', '/latency', { graphMs: -1 })).status).toBe(400);
  });

  it('adds, lists and removes fault rules', async () => {
    const { h, control } = setup();
    const added = await control('POST', '/faults', {
      method: 'get',
      path: '/me',
      status: 429,
      retryAfter: 2,
      times: 3,
    });
    expect(added.status).toBe(201);
    const [id] = added.body.ids as string[];
    expect((await control('GET', '/faults')).body).toEqual({
      faults: [
        expect.objectContaining({
          id,
          method: 'GET',
          path: '/me',
          status: 429,
          remaining: 3,
          hits: 0,
        }),
      ],
    });
    const res = await h.call('/v1.0/me');
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('2');
    expect(
      ((await control('GET', '/faults')).body.faults as { remaining: number }[])[0]?.remaining,
    ).toBe(2);
    expect((await control('DELETE', `/faults/${String(id)}`)).status).toBe(204);
    expect((await control('DELETE', `/faults/${String(id)}`)).status).toBe(404);
    expect((await control('POST', '/faults', { path: '/me' })).status).toBe(400);
    expect(
      (
        await control('POST', '/faults', {
          faults: [
            { path: '/a', drop: true },
            { path: '/b', malformed: true },
          ],
        })
      ).body.ids,
    ).toHaveLength(2);
    expect((await control('DELETE', '/faults')).status).toBe(204);
    expect(h.tenant.faults.list()).toEqual([]);
  });

  it('returns and clears the request log', async () => {
    const { h, control } = setup();
    await h.call('/v1.0/me');
    expect((await control('GET', '/requests')).body.requests).toEqual([
      expect.objectContaining({ method: 'GET', path: '/v1.0/me', status: 200 }),
    ]);
    await control('DELETE', '/requests');
    expect((await control('GET', '/requests')).body.requests).toEqual([]);
  });

  it('sets page sizes, and reset restores them, reseeds and clears faults', async () => {
    const { h, control } = setup();
    expect((await control('POST', '/graph/page-size', { pimPageSize: 3 })).body).toMatchObject({
      pimPageSize: 3,
    });
    expect((await control('POST', '/graph/page-size', { pimPageSize: 0 })).status).toBe(400);
    expect(
      (await control('POST', '/graph/page-size', { emptyFirstPage: true })).body,
    ).toMatchObject({ emptyFirstPage: true });
    h.tenant.faults.add({ path: '*', status: 500 });
    const reset = await control('POST', '/reset', {
      scenario: 'empty',
      paging: { auditPageSize: 10 },
    });
    expect(reset.status).toBe(200);
    expect(h.tenant.paging).toMatchObject({
      pimPageSize: 50,
      auditPageSize: 10,
      emptyFirstPage: false,
    });
    expect(h.tenant.faults.list()).toEqual([]);
    expect(h.domain.calls).toContainEqual({ method: 'reset', args: ['empty'] });
    expect((await control('POST', '/reset', { scenario: 'nope' })).status).toBe(400);
  });

  it('lists scenarios and selects one', async () => {
    const { h, control } = setup();
    const list = await control('GET', '/scenario');
    expect(list.body).toEqual({ current: 'default', scenarios: h.domain.scenarios });
    expect((await control('POST', '/scenario', { name: 'empty' })).status).toBe(200);
    expect((await control('PUT', '/scenario')).status).toBe(405);
  });

  it('leaves other paths to the other controls', async () => {
    const { h } = setup();
    const url = new URL('https://localhost:5173/emulator/_control/consent');
    const emulator = {
      clock: h.clock,
      identity: h.identity,
      tenant: h.tenant,
      fetch: () => Promise.resolve(undefined),
    };
    expect(await handleTenantControl(emulator, new Request(url), url, '/consent')).toBeUndefined();
  });
});

describe('the tenant directory', () => {
  it('finds personas and other seeded users by id or UPN', () => {
    const { h } = setup();
    expect(h.tenant.findUser('ADELEV@contoso.onmicrosoft.com')?.displayName).toBe('Adele Vance');
    expect(h.tenant.findUser('2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c02')?.givenName).toBe('Megan');
    expect(h.tenant.findUser('LeeG@contoso.onmicrosoft.com')).toMatchObject({
      id: '5b0c1a2e-0000-4000-8000-00000000b001',
      displayName: 'Lee Gu',
      description: '',
    });
    expect(h.tenant.findUser('nobody@contoso.onmicrosoft.com')).toBeUndefined();
  });
});
