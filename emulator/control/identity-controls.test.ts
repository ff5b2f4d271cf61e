import { beforeEach, describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID, EMULATOR_TENANT_ID } from '../constants.ts';
import { createEmulator, type Emulator } from '../emulator.ts';

const BASE = 'https://localhost:5173/emulator/_control';
let em: Emulator;
beforeEach(async () => {
  em = await createEmulator({ keyFile: null, frozenAt: new Date('2026-03-02T09:00:00Z') });
});

async function call(path: string, init?: RequestInit): Promise<Response> {
  const res = await em.fetch(new Request(`${BASE}${path}`, init));
  if (!res) throw new Error('no answer');
  return res;
}

const post = (path: string, body: unknown, method = 'POST'): Promise<Response> =>
  call(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('identity controls', () => {
  it('GET info describes the tenant, client, authority and personas for this origin', async () => {
    const res = await call('/info');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      tenantId: EMULATOR_TENANT_ID,
      clientId: EMULATOR_CLIENT_ID,
      authority: `https://localhost:5173/emulator/${EMULATOR_TENANT_ID}`,
      graphBaseUrl: 'https://localhost:5173/emulator/graph',
    });
    expect(body.personas).toContainEqual({
      userPrincipalName: 'AdeleV@contoso.onmicrosoft.com',
      displayName: 'Adele Vance',
      id: '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01',
      description: expect.stringContaining('Employee') as unknown,
    });
  });

  it('POST token mints a Graph token the emulator accepts', async () => {
    const res = await post('/token', {
      userPrincipalName: 'MeganB@contoso.onmicrosoft.com',
      scopes: ['RoleManagement.ReadWrite.Directory'],
      mfa: true,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3900 });
    const claims = await em.identity.verifyAccessToken(String(body.access_token));
    expect(claims.scp).toBe('RoleManagement.ReadWrite.Directory');
    expect(claims.amr).toEqual(['pwd', 'mfa']);
  });

  it('POST token answers an identity-platform error for an unknown user', async () => {
    const res = await post('/token', { userPrincipalName: 'ghost@contoso.com', scopes: [] });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.error).toBe('invalid_grant');
    expect(body.error_codes).toEqual([50034]);
    expect(body.error_description).toMatch(/^AADSTS50034: The user account ghost@contoso.com/);
    const bad = await post('/token', { userPrincipalName: 42 });
    expect(bad.status).toBe(400);
  });

  it('PUT consent makes the token endpoint refuse those permissions', async () => {
    expect((await post('/consent', { denied: ['User.ReadWrite.All'] }, 'PUT')).status).toBe(204);
    const res = await post('/token', {
      userPrincipalName: 'AdeleV@contoso.onmicrosoft.com',
      scopes: ['User.ReadWrite.All'],
    });
    expect(((await res.json()) as Record<string, unknown>).error_codes).toEqual([65001]);
    expect((await call('/info', { method: 'POST' })).status).toBe(405);
  });
});
