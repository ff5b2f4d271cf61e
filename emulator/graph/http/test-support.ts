import type { UnifiedRoleAssignmentScheduleRequest } from '@microsoft/microsoft-graph-types';
import { createClock, type Clock } from '../../clock.ts';
import { GRAPH_AUDIENCE } from '../../constants.ts';
import type { AccessTokenClaims, Identity } from '../../identity/identity.ts';
import { GraphApiError } from '../errors.ts';
import type { PimDomain } from '../pim/domain.ts';
import { createTenant, type Tenant } from '../tenant.ts';
import { buildFixtureState, IDS } from './test-fixture.ts';
import { findById } from './entity-model.ts';

/**
 * Test doubles for the HTTP layer's own tests: a tiny tenant state and a recording domain, so
 * routing, OData, auth and batching are tested without the real PIM domain or identity.
 */
export const ORIGIN = 'https://localhost:5173';
export const NOW = new Date('2026-03-02T09:00:00Z');
export { IDS };

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface FakeIdentity extends Identity {
  token(userId: string, scopes: string[], overrides?: Partial<AccessTokenClaims>): string;
}

/** Tokens are unsigned JSON with a literal `good` signature; verification mirrors the real one. */
export function fakeIdentity(clock: Clock): FakeIdentity {
  return {
    handle: () => Promise.resolve(new Response('identity', { status: 200 })),
    mintAccessToken: () => Promise.reject(new Error('not used')),
    setConsentDenied: () => undefined,
    reset: () => undefined,
    token(userId, scopes, overrides = {}) {
      const claims = {
        oid: userId,
        tid: 'tenant',
        scp: scopes.join(' '),
        aud: GRAPH_AUDIENCE,
        azp: 'client',
        exp: Math.floor(clock.nowMs() / 1000) + 3600,
        ...overrides,
      };
      return `${encode({ alg: 'RS256' })}.${encode(claims)}.good`;
    },
    verifyAccessToken(token) {
      const [, payload, signature] = token.split('.');
      if (!payload || signature !== 'good') return Promise.reject(new Error('bad signature'));
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as AccessTokenClaims;
      if (claims.aud !== GRAPH_AUDIENCE) return Promise.reject(new Error('audience'));
      if (claims.exp * 1000 <= clock.nowMs()) return Promise.reject(new Error('expired'));
      return Promise.resolve(claims);
    },
  };
}

export interface RecordingDomain extends PimDomain {
  calls: { method: string; args: unknown[] }[];
  settled: number;
}

export function fakeDomain(): RecordingDomain {
  let state = buildFixtureState(NOW);
  const calls: { method: string; args: unknown[] }[] = [];
  const domain: RecordingDomain = {
    get state() {
      return state;
    },
    calls,
    settled: 0,
    settle() {
      domain.settled += 1;
    },
    submitRoleAssignmentRequest(caller, body, version) {
      calls.push({ method: 'submitRoleAssignmentRequest', args: [caller, body, version] });
      const b = body as Record<string, unknown>;
      if (typeof b.action !== 'string') {
        throw new GraphApiError(400, 'BadRequest', 'The action is required.');
      }
      const request: UnifiedRoleAssignmentScheduleRequest = {
        id: `req-${String(state.roleAssignmentScheduleRequests.length + 1)}`,
        status: 'Provisioned',
        action: b.action as UnifiedRoleAssignmentScheduleRequest['action'],
        principalId: caller.userId,
        roleDefinitionId: String(b.roleDefinitionId),
        directoryScopeId: '/',
        createdDateTime: NOW.toISOString(),
      };
      state.roleAssignmentScheduleRequests.push(request);
      return request;
    },
    cancelRoleAssignmentRequest(caller, id) {
      calls.push({ method: 'cancelRoleAssignmentRequest', args: [caller, id] });
    },
    submitGroupAssignmentRequest(caller, body, version) {
      calls.push({ method: 'submitGroupAssignmentRequest', args: [caller, body, version] });
      const request = { id: 'greq-new', status: 'Provisioned', principalId: caller.userId };
      state.groupAssignmentScheduleRequests.push(request);
      return request;
    },
    cancelGroupAssignmentRequest(caller, id) {
      calls.push({ method: 'cancelGroupAssignmentRequest', args: [caller, id] });
    },
    decideApprovalStep(caller, approvalId, stepId, body) {
      calls.push({ method: 'decideApprovalStep', args: [caller, approvalId, stepId, body] });
      const step = state.approvals.get(approvalId)?.approval.steps?.find((s) => s.id === stepId);
      if (step?.reviewResult !== 'NotReviewed') {
        throw new GraphApiError(409, 'Conflict', 'The approval step was already decided.');
      }
      step.reviewResult = 'Approved';
    },
    reset(scenario) {
      calls.push({ method: 'reset', args: [scenario] });
      if (scenario === 'unknown') throw new Error('unknown scenario');
      state = buildFixtureState(NOW);
    },
    scenarios: [
      { name: 'default', description: 'The fixture tenant.' },
      { name: 'empty', description: 'Also the fixture tenant.' },
    ],
    provisioningDelayMs: 0,
    get scenario() {
      return 'default';
    },
    // The fixture's approvers: Megan, directly for roles and through a group for Finance Admins.
    approverIds: (approvalId) => (state.approvals.has(approvalId) ? [IDS.megan] : []),
    requestById: (id) =>
      findById(state.roleAssignmentScheduleRequests, id) ??
      findById(state.groupAssignmentScheduleRequests, id),
    isApprover: (approvalId, userId) =>
      state.approvals.has(approvalId) && userId.toLowerCase() === IDS.megan,
    activatedUsing: (id) =>
      id === 'asg-adele' ? { scheduleId: 'sched-elig-2', instanceId: 'elig-2' } : undefined,
    directoryScope: (scopeId) =>
      scopeId === '/administrativeUnits/au-1'
        ? {
            id: scopeId,
            displayName: 'Seattle',
            '@odata.type': '#microsoft.graph.administrativeUnit',
          }
        : undefined,
  };
  return domain;
}

export interface Harness {
  clock: Clock;
  tenant: Tenant;
  identity: FakeIdentity;
  domain: RecordingDomain;
  /** Sends a Graph request; `path` starts with `/v1.0/` or `/beta/`. */
  call(
    path: string,
    init?: {
      method?: string;
      user?: string;
      scopes?: string[];
      token?: string;
      body?: unknown;
      headers?: Record<string, string>;
    },
  ): Promise<Response>;
}

export const ALL_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'Group.Read.All',
  'RoleManagement.ReadWrite.Directory',
  'RoleManagementPolicy.Read.Directory',
  'RoleManagementPolicy.Read.AzureADGroup',
  'PrivilegedAccess.ReadWrite.AzureADGroup',
  'AuditLog.Read.All',
  'Directory.Read.All',
];

export function harness(paging: { pimPageSize?: number; auditPageSize?: number } = {}): Harness {
  const clock = createClock({ start: NOW, frozen: true });
  const domain = fakeDomain();
  const tenant = createTenant({ clock, scenario: 'default', domain, paging });
  const identity = fakeIdentity(clock);
  return {
    clock,
    tenant,
    identity,
    domain,
    call(path, init = {}) {
      const url = new URL(`${ORIGIN}/emulator/graph${path}`);
      const token = init.token ?? identity.token(init.user ?? IDS.adele, init.scopes ?? ALL_SCOPES);
      const headers: Record<string, string> = { ...init.headers };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      const request = new Request(url, {
        method: init.method ?? 'GET',
        headers,
        body:
          init.body === undefined
            ? undefined
            : typeof init.body === 'string'
              ? init.body
              : JSON.stringify(init.body),
      });
      const subpath = url.pathname.slice('/emulator/graph'.length);
      return tenant.handleGraph(request, url, subpath, identity);
    },
  };
}

export async function bodyOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}
