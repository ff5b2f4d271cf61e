import { describe, expect, it } from 'vitest';
import { harness } from './test-support.ts';

describe('faults, latency and the request log', () => {
  it('injects a 503 N times, then lets requests through', async () => {
    const h = harness();
    const rule = h.tenant.faults.add({ path: '/v1.0/me', status: 503, times: 2 });
    expect((await h.call('/v1.0/me')).status).toBe(503);
    expect(h.tenant.faults.list()[0]).toMatchObject({ id: rule.id, remaining: 1, hits: 1 });
    expect((await h.call('/v1.0/me')).status).toBe(503);
    expect((await h.call('/v1.0/me')).status).toBe(200);
  });

  it('drops the connection or truncates the body on request', async () => {
    const h = harness();
    h.tenant.faults.add({ method: 'GET', path: '/emulator/graph/v1.0/me', drop: true, times: 1 });
    h.tenant.faults.add({ method: 'GET', path: '/^\\/me$/', malformed: true, times: 1 });
    const dropped = await h.call('/v1.0/me');
    expect(dropped.status).toBe(599);
    const truncated = await h.call('/v1.0/me');
    expect(truncated.status).toBe(200);
    await expect(truncated.json()).rejects.toThrow();
    expect((await h.call('/v1.0/me')).status).toBe(200);
  });

  it('honours probability 0 (never) and matches methods', async () => {
    const h = harness();
    h.tenant.faults.add({ path: '*', status: 500, probability: 0 });
    h.tenant.faults.add({ method: 'POST', path: '*', status: 500 });
    expect((await h.call('/v1.0/me')).status).toBe(200);
  });

  it('delays Graph answers by the configured latency and per-fault delay', async () => {
    const h = harness();
    h.tenant.latency.graphMs = 40;
    let started = performance.now();
    await h.call('/v1.0/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    h.tenant.latency.graphMs = 0;
    h.tenant.faults.add({ path: '/me', delayMs: 40, times: 1 });
    started = performance.now();
    expect((await h.call('/v1.0/me')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('logs method, path, query, status and the virtual time', async () => {
    const h = harness();
    await h.call('/v1.0/me?$select=id');
    await h.call('/v1.0/nowhere');
    expect(h.tenant.requestLog.entries()).toEqual([
      {
        method: 'GET',
        path: '/v1.0/me',
        query: '$select=id',
        status: 200,
        at: '2026-03-02T09:00:00.000Z',
      },
      {
        method: 'GET',
        path: '/v1.0/nowhere',
        query: '',
        status: 400,
        at: '2026-03-02T09:00:00.000Z',
      },
    ]);
  });
});
