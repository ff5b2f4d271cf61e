import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/emulator.ts';
import { PERSONAS } from '../../emulator/tenant/personas.ts';
import { ROLE_IDS } from '../../emulator/tenant/role-catalog.ts';
import type { BatchRequestItem } from './batch-chunks.ts';
import { createGraphClient, type GraphClient } from './client.ts';
import { GraphError } from './graph-error.ts';
import type { FetchLike, GetToken } from './types.ts';
import { withClaimsChallenge } from './with-claims-challenge.ts';

/**
 * The portal's Graph client against the emulator in-process (no server): its `fetch` is the
 * emulator's, its tokens are minted by the emulator's identity half. What the client does
 * (chunking, paging, retries) is checked against what the emulator received (its request log).
 */
const ORIGIN = 'https://localhost:5173';
const BASE = `${ORIGIN}/emulator/graph`;
const RD = '/roleManagement/directory';
const SCOPES = ['RoleManagement.ReadWrite.Directory', 'User.Read'];
const [ADELE] = PERSONAS;
const ADELE_ID = ADELE?.id ?? '';

interface Harness {
  emulator: Emulator;
  client: GraphClient;
  /** Every wait the client asked for, in milliseconds. */
  sleeps: number[];
  /** Claims each token was asked with (`undefined` for a plain token). */
  tokenClaims: (string | undefined)[];
}

async function setup(): Promise<Harness> {
  const emulator = await createEmulator({
    keyFile: null,
    frozenAt: new Date('2026-03-02T09:00:00Z'),
  });
  const sleeps: number[] = [];
  const tokenClaims: (string | undefined)[] = [];
  const getToken: GetToken = async (scopes, options) => {
    tokenClaims.push(options?.claims);
    // A claims challenge names the authentication context to satisfy: step up to it.
    const acrs = options?.claims
      ? [
          (JSON.parse(options.claims) as { access_token: { acrs: { value: string } } }).access_token
            .acrs.value,
        ]
      : undefined;
    const reply = await emulator.identity.mintAccessToken({
      origin: ORIGIN,
      userPrincipalName: ADELE?.userPrincipalName ?? '',
      scopes: scopes.map((s) => `https://graph.microsoft.com/${s}`),
      mfa: true,
      acrs,
    });
    return reply.access_token;
  };
  const fetch: FetchLike = async (input, init) => {
    const answer = await emulator.fetch(new Request(input, init));
    if (!answer) throw new TypeError(`The emulator does not serve ${input}`);
    return answer;
  };
  const client = createGraphClient({
    baseUrl: BASE,
    getToken,
    fetch,
    // The emulator's clock is virtual: waiting is advancing it.
    sleep: (ms) => {
      sleeps.push(ms);
      emulator.clock.advance(ms);
      return Promise.resolve();
    },
    now: () => emulator.clock.now().getTime(),
    random: () => 0.5,
  });
  return { emulator, client, sleeps, tokenClaims };
}

const activation = (roleDefinitionId: string, justification = 'Integration test') => ({
  action: 'selfActivate',
  principalId: ADELE_ID,
  roleDefinitionId,
  directoryScopeId: '/',
  justification,
  scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H' } },
});

let h: Harness;
beforeEach(async () => {
  h = await setup();
});

const log = () => h.emulator.tenant.requestLog.entries();

describe('the Graph client against the emulator', () => {
  it('follows @odata.nextLink to the last page and returns every item once', async () => {
    h.emulator.tenant.paging.pimPageSize = 4;
    const path = `${RD}/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')`;
    const items = await h.client.getAll<{ id: string; principalId: string }>(path, {
      scopes: SCOPES,
    });
    const expected = h.emulator.tenant.domain.state.roleEligibilityScheduleInstances.filter(
      (i) => i.principalId === ADELE_ID,
    );
    expect(items.length).toBeGreaterThan(8);
    expect(items.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const pages = log().filter((e) => e.path.includes('roleEligibilityScheduleInstances'));
    expect(pages).toHaveLength(Math.ceil(items.length / 4));
    expect(pages.slice(1).every((p) => p.query.includes('skiptoken'))).toBe(true);
  });

  it('splits 25 requests into batches of 20 and 5 and maps each answer to its item', async () => {
    const definitions = h.emulator.tenant.domain.state.roleDefinitions.slice(0, 25);
    expect(definitions).toHaveLength(25);
    const items: BatchRequestItem[] = definitions.map((d, i) => ({
      id: `def-${String(i)}`,
      method: 'GET',
      url: `${RD}/roleDefinitions/${d.id ?? ''}`,
    }));
    const results = await h.client.batch<{ id: string; displayName: string }>(items, {
      scopes: SCOPES,
    });
    expect(results.map((r) => r.id)).toEqual(items.map((i) => i.id));
    results.forEach((result, i) => {
      expect(result.ok && result.body.id).toBe(definitions[i]?.id);
    });
    const batches = log().filter((e) => e.path === '/v1.0/$batch');
    expect(batches.map((b) => b.batchItems).sort()).toEqual([20, 5]);
  });

  it('resends only the throttled item after its Retry-After, and the write happens once', async () => {
    h.emulator.tenant.faults.add({
      method: 'POST',
      path: `${RD}/roleAssignmentScheduleRequests`,
      status: 429,
      retryAfter: 7,
      times: 1,
    });
    const items: BatchRequestItem[] = [
      { id: 'me', method: 'GET', url: '/me' },
      {
        id: 'activate',
        method: 'POST',
        url: `${RD}/roleAssignmentScheduleRequests`,
        headers: { 'Content-Type': 'application/json' },
        body: activation(ROLE_IDS.messageCenterReader),
      },
    ];
    const [me, activate] = await h.client.batch<{ id: string; status?: string }>(items, {
      scopes: SCOPES,
    });
    expect(me?.ok && me.body.id).toBe(ADELE_ID);
    expect(activate?.ok && activate.status).toBe(201);
    expect(h.sleeps).toEqual([7000]);
    const batches = log().filter((e) => e.path === '/v1.0/$batch');
    expect(batches.map((b) => b.items?.map((i) => `${i.method} ${String(i.status)}`))).toEqual([
      ['GET 200', 'POST 429'],
      ['POST 201'],
    ]);
    const created = h.emulator.tenant.domain.state.roleAssignmentScheduleRequests.filter(
      (r) =>
        r.principalId === ADELE_ID &&
        r.roleDefinitionId === ROLE_IDS.messageCenterReader &&
        r.justification === 'Integration test',
    );
    expect(created).toHaveLength(1);
  });

  it('retries a GET on 503 after Retry-After, and never resends a POST', async () => {
    h.emulator.tenant.faults.add({
      method: 'GET',
      path: '/me',
      status: 503,
      retryAfter: 2,
      times: 1,
    });
    const me = await h.client.get<{ id: string }>('/me', { scopes: SCOPES });
    expect(me.id).toBe(ADELE_ID);
    expect(h.sleeps).toEqual([2000]);
    expect(
      log()
        .filter((e) => e.path === '/v1.0/me')
        .map((e) => e.status),
    ).toEqual([503, 200]);

    h.emulator.tenant.faults.add({
      method: 'POST',
      path: `${RD}/roleAssignmentScheduleRequests`,
      status: 503,
      times: 1,
    });
    const post = h.client.post(
      `${RD}/roleAssignmentScheduleRequests`,
      activation(ROLE_IDS.globalReader),
      {
        scopes: SCOPES,
      },
    );
    await expect(post).rejects.toMatchObject({ status: 503 });
    expect(
      log().filter((e) => e.method === 'POST' && e.path.endsWith('roleAssignmentScheduleRequests')),
    ).toHaveLength(1);
  });

  it("maps Graph's error envelope to a GraphError", async () => {
    const missing = h.client.get(`${RD}/roleAssignmentScheduleRequests/not-a-request`, {
      scopes: SCOPES,
    });
    const error = await missing.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphError);
    const graphError = error as GraphError;
    expect(graphError.status).toBe(404);
    expect(graphError.code).toBe('ResourceNotFound');
    expect(graphError.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(graphError.date).toBe('2026-03-02T09:00:00');
  });

  it('steps up on the authentication-context challenge and activates with the claims', async () => {
    const path = `${RD}/roleAssignmentScheduleRequests`;
    const body = activation(ROLE_IDS.securityAdministrator, 'Review alerts');
    const created = await withClaimsChallenge((claims) =>
      h.client.post<{ status: string }>(path, body, { scopes: SCOPES, claims }),
    );
    expect(created.status).toBe('PendingProvisioning');
    expect(h.tokenClaims.at(-1)).toContain('"c1"');
    const posts = log().filter((e) => e.method === 'POST' && e.path.endsWith(path));
    expect(posts.map((p) => p.status)).toEqual([400, 201]);
  });
});
