import { describe, expect, it } from 'vitest';
import { bodyOf, harness, IDS } from './test-support.ts';

interface BatchReply {
  responses: {
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: Record<string, unknown>;
  }[];
}

const RD = '/roleManagement/directory';

function batch(requests: unknown[]): { requests: unknown[] } {
  return { requests };
}

describe('$batch', () => {
  it('runs items through the same router with the batch token', async () => {
    const h = harness();
    const res = await h.call('/v1.0/$batch', {
      method: 'POST',
      body: batch([
        { id: '1', method: 'GET', url: '/me?$select=displayName' },
        {
          id: '2',
          method: 'GET',
          url: `${RD}/roleDefinitions/${IDS.globalAdmin}?$select=displayName`,
        },
        { id: '3', method: 'GET', url: `${RD}/roleDefinitions/nope` },
      ]),
    });
    expect(res.status).toBe(200);
    const { responses } = (await res.json()) as BatchReply;
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 200],
      ['2', 200],
      ['3', 404],
    ]);
    expect(responses[0]?.body).toMatchObject({ displayName: 'Adele Vance' });
    expect(responses[0]?.headers['Content-Type']).toMatch(/^application\/json/);
    expect(responses[2]?.body).toMatchObject({ error: { code: 'ResourceNotFound' } });
  });

  it('posts item bodies and answers 424 to dependents of a failed item', async () => {
    const h = harness();
    const json = { 'Content-Type': 'application/json' };
    const res = await h.call('/v1.0/$batch', {
      method: 'POST',
      body: batch([
        {
          id: 'c',
          method: 'POST',
          url: `${RD}/roleAssignmentScheduleRequests`,
          headers: json,
          body: {},
          dependsOn: ['b'],
        },
        {
          id: 'a',
          method: 'POST',
          url: `${RD}/roleAssignmentScheduleRequests`,
          headers: json,
          body: { action: 'selfActivate', roleDefinitionId: IDS.userAdmin },
        },
        {
          id: 'b',
          method: 'POST',
          url: `${RD}/roleAssignmentScheduleRequests`,
          headers: json,
          body: {},
          dependsOn: ['a'],
        },
        { id: 'd', method: 'GET', url: '/me', dependsOn: ['c'] },
      ]),
    });
    const { responses } = (await res.json()) as BatchReply;
    const status = Object.fromEntries(responses.map((r) => [r.id, r.status]));
    expect(status).toEqual({ a: 201, b: 400, c: 424, d: 424 });
    expect(responses.find((r) => r.id === 'c')?.body).toMatchObject({
      error: { code: 'FailedDependency' },
    });
    expect(h.domain.calls.map((c) => c.method)).toEqual([
      'submitRoleAssignmentRequest',
      'submitRoleAssignmentRequest',
    ]);
  });

  it.each([
    ['malformed JSON', '{"requests": [', /^Unable to read JSON request payload/],
    ['no requests array', { value: [] }, /^Invalid batch payload format/],
    [
      'more than 20 requests',
      batch(Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }))),
      /^Number of requests inside batch exceeds the limit\.$/,
    ],
    [
      'duplicate ids (case-insensitive)',
      batch([
        { id: 'a', method: 'GET', url: '/me' },
        { id: 'A', method: 'GET', url: '/me' },
      ]),
      /^Request Id A has to be unique in a batch\.$/,
    ],
    ['a missing url', batch([{ id: '1', method: 'GET' }]), /missing the required 'url'/],
    [
      'a body without Content-Type',
      batch([{ id: '1', method: 'POST', url: '/me', body: {} }]),
      /^Write request id : 1 does not contain Content-Type header or body\.$/,
    ],
    [
      'an unknown dependency',
      batch([{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }]),
      /unknown request id '9'/,
    ],
    [
      'a dependency cycle',
      batch([
        { id: '1', method: 'GET', url: '/me', dependsOn: ['2'] },
        { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      ]),
      /cycle/,
    ],
  ])('rejects %s with 400', async (_name, body, message) => {
    const h = harness();
    const res = await h.call('/v1.0/$batch', { method: 'POST', body });
    expect(res.status).toBe(400);
    const error = (await bodyOf(res)).error as { code: string; message: string };
    expect(error.code).toBe('BadRequest');
    expect(error.message).toMatch(message);
  });

  it('needs a token for the batch itself', async () => {
    const h = harness();
    const res = await h.call('/v1.0/$batch', {
      method: 'POST',
      token: '',
      body: batch([{ id: '1', method: 'GET', url: '/me' }]),
    });
    expect(res.status).toBe(401);
  });

  it('throttles items one by one: 429 with Retry-After inside a 200 batch', async () => {
    const h = harness();
    h.tenant.faults.add({
      method: 'GET',
      path: '*/roleDefinitions/*',
      status: 429,
      retryAfter: 7,
      times: 1,
    });
    const res = await h.call('/beta/$batch', {
      method: 'POST',
      body: batch([
        { id: '1', method: 'GET', url: `${RD}/roleDefinitions/${IDS.globalAdmin}` },
        { id: '2', method: 'GET', url: `${RD}/roleDefinitions/${IDS.userAdmin}` },
      ]),
    });
    expect(res.status).toBe(200);
    const { responses } = (await res.json()) as BatchReply;
    expect(responses[0]).toMatchObject({ id: '1', status: 429, headers: { 'Retry-After': '7' } });
    expect(responses[0]?.body).toMatchObject({
      error: { code: 'TooManyRequests', innerError: { code: '429', status: '429' } },
    });
    expect(responses[1]?.status).toBe(200);
    const [entry] = h.tenant.requestLog.entries();
    expect(entry).toMatchObject({
      method: 'POST',
      path: '/beta/$batch',
      status: 200,
      batchItems: 2,
      items: [
        { method: 'GET', url: `${RD}/roleDefinitions/${IDS.globalAdmin}`, status: 429 },
        { method: 'GET', url: `${RD}/roleDefinitions/${IDS.userAdmin}`, status: 200 },
      ],
    });
  });
});

describe('$batch and connection-level faults', () => {
  it('drops the whole batch when an item’s fault drops the connection', async () => {
    const h = harness();
    h.tenant.faults.add({ path: '/me', drop: true, times: 1 });
    const res = await h.call('/v1.0/$batch', {
      method: 'POST',
      body: batch([
        { id: '1', method: 'GET', url: `${RD}/roleDefinitions/${IDS.globalAdmin}` },
        { id: '2', method: 'GET', url: '/me' },
      ]),
    });
    expect(res.status).toBe(599);
    expect(h.tenant.requestLog.entries()[0]).toMatchObject({ status: 0, batchItems: 2 });
  });
});
