import { describe, expect, it } from 'vitest';
import { ALL_SCOPES, bodyOf, harness, IDS } from './test-support.ts';

describe('authentication', () => {
  it('answers 401 InvalidAuthenticationToken "Access token is empty." without a token', async () => {
    const h = harness();
    const res = await h.call('/v1.0/me', {
      token: '',
      headers: { 'client-request-id': 'abc-123' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(
      /^Bearer realm="", authorization_uri="https:\/\/localhost:5173\/emulator\/.+\/oauth2\/authorize", client_id="00000003-0000-0000-c000-000000000000"$/,
    );
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    const body = await bodyOf(res);
    expect(body).toEqual({
      error: {
        code: 'InvalidAuthenticationToken',
        message: 'Access token is empty.',
        innerError: {
          date: '2026-03-02T09:00:00',
          'request-id': res.headers.get('request-id'),
          'client-request-id': 'abc-123',
        },
      },
    });
  });

  it.each([
    [
      'a bad signature',
      (t: string) => t.replace(/good$/, 'evil'),
      'Access token validation failure. Invalid signature.',
    ],
    ['no dots', () => 'opaque-token', 'IDX14100: JWT is not well formed, there are no dots (.).'],
  ])('rejects a token with %s', async (_name, mangle, message) => {
    const h = harness();
    const res = await h.call('/v1.0/me', {
      token: mangle(h.identity.token(IDS.adele, ALL_SCOPES)),
    });
    expect(res.status).toBe(401);
    expect((await bodyOf(res)).error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message,
    });
  });

  it('rejects an expired token and one for another audience', async () => {
    const h = harness();
    const expired = h.identity.token(IDS.adele, ALL_SCOPES, {
      exp: Math.floor(h.clock.nowMs() / 1000) - 1,
    });
    const wrongAud = h.identity.token(IDS.adele, ALL_SCOPES, { aud: 'api://other' });
    const e = await bodyOf(await h.call('/v1.0/me', { token: expired }));
    const a = await bodyOf(await h.call('/v1.0/me', { token: wrongAud }));
    expect(e.error).toMatchObject({ message: 'Lifetime validation failed, the token is expired.' });
    expect(a.error).toMatchObject({
      message: 'Access token validation failure. Invalid audience.',
    });
  });

  it('answers a missing PIM scope with the UnknownError wrapper of PermissionScopeNotGranted', async () => {
    const h = harness();
    const res = await h.call(
      "/v1.0/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')",
      { scopes: ['User.Read'] },
    );
    expect(res.status).toBe(403);
    const error = (await bodyOf(res)).error as { code: string; message: string };
    expect(error.code).toBe('UnknownError');
    expect(JSON.parse(error.message)).toEqual({
      errorCode: 'PermissionScopeNotGranted',
      message:
        'Authorization failed due to missing permission scope RoleEligibilitySchedule.ReadWrite.Directory,RoleManagement.ReadWrite.Directory.',
      instanceAnnotations: [],
    });
  });

  it('accepts any of the listed scopes, least to most privileged', async () => {
    const h = harness();
    for (const scope of ['RoleEligibilitySchedule.Read.Directory', 'RoleManagement.Read.All']) {
      const res = await h.call(
        "/v1.0/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')",
        { scopes: [scope] },
      );
      expect(res.status).toBe(200);
    }
  });

  it('answers a missing directory scope with Authorization_RequestDenied', async () => {
    const h = harness();
    const res = await h.call(`/v1.0/users/${IDS.megan}`, { scopes: ['User.Read'] });
    expect(res.status).toBe(403);
    expect((await bodyOf(res)).error).toMatchObject({
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
  });

  it('requires a reader role for tenant-wide lists', async () => {
    const h = harness();
    const path = '/v1.0/roleManagement/directory/roleAssignmentScheduleInstances';
    expect((await h.call(path, { user: IDS.adele })).status).toBe(403);
    expect((await h.call(path, { user: IDS.alex })).status).toBe(200);
  });
});

describe('routing', () => {
  it('answers unknown segments like Graph', async () => {
    const h = harness();
    const res = await h.call('/v1.0/roleManagement/directory/nope');
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error).toMatchObject({
      code: 'BadRequest',
      message: "Resource not found for the segment 'nope'.",
    });
  });

  it('treats beta-only paths on v1.0 as unknown segments', async () => {
    const h = harness();
    const path = `/roleManagement/directory/roleAssignmentApprovals/${IDS.pendingRequest}`;
    const v1 = await h.call(`/v1.0${path}`);
    expect(v1.status).toBe(400);
    expect((await bodyOf(v1)).error).toMatchObject({
      message: "Resource not found for the segment 'roleAssignmentApprovals'.",
    });
    expect((await h.call(`/beta${path}`, { user: IDS.megan })).status).toBe(200);
  });

  it('answers 405 for a method the resource does not allow', async () => {
    const h = harness();
    const res = await h.call('/v1.0/roleManagement/directory/roleEligibilityScheduleInstances', {
      method: 'DELETE',
    });
    expect(res.status).toBe(405);
  });

  it('rejects an unknown version', async () => {
    const h = harness();
    const res = await h.call('/v2.0/me');
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error).toMatchObject({ message: 'Invalid version: v2.0' });
  });

  it('requires quoted filterByCurrentUser arguments and supported values', async () => {
    const h = harness();
    const base = '/v1.0/roleManagement/directory/roleAssignmentScheduleRequests';
    const unquoted = await h.call(`${base}/filterByCurrentUser(on=principal)`);
    expect(unquoted.status).toBe(400);
    expect((await bodyOf(unquoted)).error).toMatchObject({ code: 'BadRequest' });
    const createdBy = await h.call(`${base}/filterByCurrentUser(on='createdBy')`);
    expect(createdBy.status).toBe(400);
    expect(((await bodyOf(createdBy)).error as { message: string }).message).toMatch(/'createdBy'/);
    const qualified = await h.call(`${base}/microsoft.graph.filterByCurrentUser(on='principal')`);
    expect(qualified.status).toBe(200);
  });

  it('sends Graph headers and settles the domain before answering', async () => {
    const h = harness();
    const res = await h.call('/v1.0/me');
    expect(res.headers.get('Content-Type')).toBe(
      'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
    );
    expect(res.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('client-request-id')).toBe(res.headers.get('request-id'));
    expect(h.domain.settled).toBe(1);
  });

  it('answers CORS preflight and exposes Graph headers to other origins', async () => {
    const h = harness();
    const pre = await h.call('/v1.0/me', {
      method: 'OPTIONS',
      token: '',
      headers: {
        Origin: 'https://localhost:5174',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBe('https://localhost:5174');
    expect(pre.headers.get('Access-Control-Allow-Headers')).toBe('authorization');
    const res = await h.call('/v1.0/me', { headers: { Origin: 'https://localhost:5174' } });
    expect(res.headers.get('Access-Control-Expose-Headers')).toMatch(/Retry-After/);
  });
});

describe('users and groups', () => {
  it('returns me with the default user properties and honours $select', async () => {
    const h = harness();
    const me = await bodyOf(await h.call('/v1.0/me'));
    expect(me['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users/$entity');
    expect(me).toMatchObject({ id: IDS.adele, displayName: 'Adele Vance', mobilePhone: null });
    expect(me).not.toHaveProperty('accountEnabled');
    const selected = await bodyOf(await h.call('/v1.0/me?$select=displayName,jobTitle'));
    expect(selected).toEqual({
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#users(displayName,jobTitle)/$entity',
      displayName: 'Adele Vance',
      jobTitle: 'Staff',
    });
  });

  it('rejects an unknown $select property', async () => {
    const h = harness();
    const res = await h.call('/v1.0/me?$select=shoeSize');
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error).toMatchObject({
      code: 'BadRequest',
      message:
        "Parsing OData Select and Expand failed: Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.",
    });
  });

  it('finds users by id or UPN and answers 404 Request_ResourceNotFound', async () => {
    const h = harness();
    expect((await bodyOf(await h.call('/v1.0/users/MeganB@contoso.onmicrosoft.com'))).id).toBe(
      IDS.megan,
    );
    const missing = await h.call('/v1.0/users/00000000-0000-0000-0000-000000000000');
    expect(missing.status).toBe(404);
    expect((await bodyOf(missing)).error).toMatchObject({ code: 'Request_ResourceNotFound' });
    const group = await bodyOf(await h.call(`/v1.0/groups/${IDS.finance}?$select=id,displayName`));
    expect(group).toMatchObject({ id: IDS.finance, displayName: 'Finance Admins' });
  });
});
