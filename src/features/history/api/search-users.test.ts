import { vi } from 'vitest';
vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));
import { describe, expect, it } from 'vitest';
import { createBatchGraph } from '../../../graph/testing/fake-batch-graph.ts';
import { getPerson, searchUsers } from './search-users.ts';

describe('searchUsers', () => {
  it('searches name and sign-in name with ConsistencyLevel: eventual, quotes escaped', async () => {
    const { client, server } = createBatchGraph(() => ({ status: 200 }));
    server.on('GET', '/v1.0/users', (request) => {
      expect(request.headers.get('ConsistencyLevel')).toBe('eventual');
      expect(request.url.searchParams.get('$search')).toBe(
        '"displayName:O\\"Neil" OR "userPrincipalName:O\\"Neil"',
      );
      expect(request.url.searchParams.get('$select')).toBe('id,displayName,userPrincipalName');
      return Response.json({
        value: [{ id: 'u1', displayName: 'Kim O"Neil', userPrincipalName: 'kim@contoso' }],
      });
    });
    expect(await searchUsers(' O"Neil ', client)).toEqual([
      { id: 'u1', displayName: 'Kim O"Neil', userPrincipalName: 'kim@contoso' },
    ]);
    expect(await searchUsers('  ', client)).toEqual([]);
    expect(server.calls).toHaveLength(1);
  });

  it('names a deleted requester as nobody rather than failing', async () => {
    const { client, server } = createBatchGraph(() => ({ status: 200 }));
    server.on('GET', '/v1.0/users/gone', () =>
      Response.json({ error: { code: 'Request_ResourceNotFound', message: 'x' } }, { status: 404 }),
    );
    expect(await getPerson('gone', client)).toBeUndefined();
  });
});
