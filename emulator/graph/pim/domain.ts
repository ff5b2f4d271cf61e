import type {
  PrivilegedAccessGroupAssignmentScheduleRequest,
  UnifiedRoleAssignmentScheduleRequest,
} from '@microsoft/microsoft-graph-types';
import type { Clock } from '../../clock.ts';
import { findScope } from '../../tenant/population.ts';
import type { Caller, TenantState } from '../state.ts';
import { approversOf, decideApprovalStep } from './approvals.ts';
import { buildContext, scenarioList } from './build-context.ts';
import type { DomainContext, EligibilityRef, RequestEntity } from './context.ts';
import { parseGroupRequest, parseRoleRequest } from './request-body.ts';
import { activationPolicyOf, cancelRequest, submitRequest } from './requests.ts';

export { hasDirectoryRole } from './directory-roles.ts';
export type { EligibilityRef } from './context.ts';

export type GraphVersion = 'v1.0' | 'beta';

/** A directory scope (`directoryScopeId`) as `$expand=directoryScope` shows it. */
export interface DirectoryScopeInfo {
  id: string;
  displayName: string;
  '@odata.type': string;
}

/**
 * The PIM behaviour behind the Graph endpoints, free of HTTP: policy validation, the request
 * state machine, approvals, time-based transitions and audit entries. Every method throws
 * `GraphApiError` (emulator/graph/errors.ts) with Graph's status, code and message on failure.
 */
export interface PimDomain {
  readonly state: TenantState;
  /** Applies every time-based transition due by the clock's now. The HTTP layer calls it first. */
  settle(): void;
  /** POST roleManagement/directory/roleAssignmentScheduleRequests; returns the created request. */
  submitRoleAssignmentRequest(
    caller: Caller,
    body: unknown,
    version: GraphVersion,
  ): UnifiedRoleAssignmentScheduleRequest;
  /** POST .../roleAssignmentScheduleRequests/{id}/cancel */
  cancelRoleAssignmentRequest(caller: Caller, requestId: string): void;
  /** POST identityGovernance/privilegedAccess/group/assignmentScheduleRequests */
  submitGroupAssignmentRequest(
    caller: Caller,
    body: unknown,
    version: GraphVersion,
  ): PrivilegedAccessGroupAssignmentScheduleRequest;
  /** POST .../group/assignmentScheduleRequests/{id}/cancel */
  cancelGroupAssignmentRequest(caller: Caller, requestId: string): void;
  /** PATCH a role approval step (beta) or a group approval stage/step (v1.0). */
  decideApprovalStep(caller: Caller, approvalId: string, stepId: string, body: unknown): void;
  /** Replaces the whole state with a freshly seeded scenario. */
  reset(scenario: string): void;
  /** The scenario names `reset` accepts, with a sentence each. */
  readonly scenarios: readonly { name: string; description: string }[];
  /** The scenario the state was last seeded from. */
  readonly scenario: string;
  /** How long a new activation stays `PendingProvisioning` before its instance appears. */
  provisioningDelayMs: number;
  /** User ids who may decide a step (for `assignedToMe`); empty for unknown steps. */
  approverIds(approvalId: string, stepId: string): readonly string[];
  /**
   * A role or group assignment request by id, in any case (ids are lower-case GUIDs), from the
   * domain's index: the `large` tenant holds 130,000 requests, too many to scan per lookup.
   */
  requestById(id: string): RequestEntity | undefined;
  /**
   * Whether the user is an approver of the approval (any step, or only the step in progress):
   * `filterByCurrentUser(on='approver')` lists requests for which this holds.
   */
  isApprover(approvalId: string, userId: string, onlyInProgress?: boolean): boolean;
  /**
   * The eligibility an activation used, by request id, assignment schedule id or assignment
   * instance id: `$expand=activatedUsing` renders the eligibility schedule (requests, schedules)
   * or the eligibility schedule instance (instances).
   */
  activatedUsing(id: string): EligibilityRef | undefined;
  /** `/`, administrative units and applications used as role scopes. */
  directoryScope(scopeId: string): DirectoryScopeInfo | undefined;
}

export const DEFAULT_PROVISIONING_DELAY_MS = 2000;

export function createPimDomain(options: {
  clock: Clock;
  scenario: string;
  provisioningDelayMs?: number;
}): PimDomain {
  const { clock } = options;
  let scenario = options.scenario;
  let ctx: DomainContext = buildContext(
    clock,
    scenario,
    options.provisioningDelayMs ?? DEFAULT_PROVISIONING_DELAY_MS,
  );
  const settle = () => {
    ctx.scheduler.runDue(clock.nowMs());
  };
  return {
    get state() {
      return ctx.state;
    },
    get scenario() {
      return scenario;
    },
    scenarios: scenarioList(),
    get provisioningDelayMs() {
      return ctx.provisioningDelayMs;
    },
    set provisioningDelayMs(value: number) {
      ctx.provisioningDelayMs = Math.max(0, value);
    },
    settle,
    submitRoleAssignmentRequest(caller, body) {
      settle();
      return submitRequest(ctx, caller, parseRoleRequest(body));
    },
    submitGroupAssignmentRequest(caller, body) {
      settle();
      return submitRequest(
        ctx,
        caller,
        parseGroupRequest(body),
      ) as PrivilegedAccessGroupAssignmentScheduleRequest;
    },
    cancelRoleAssignmentRequest(caller, requestId) {
      settle();
      cancelRequest(ctx, caller, 'role', requestId);
    },
    cancelGroupAssignmentRequest(caller, requestId) {
      settle();
      cancelRequest(ctx, caller, 'group', requestId);
    },
    decideApprovalStep(caller, approvalId, stepId, body) {
      settle();
      decideApprovalStep(ctx, caller, approvalId, stepId, body, (meta) =>
        activationPolicyOf(ctx, meta),
      );
    },
    reset(name) {
      ctx = buildContext(clock, name, ctx.provisioningDelayMs);
      scenario = name;
    },
    approverIds: (approvalId, stepId) => approversOf(ctx, approvalId, stepId),
    requestById: (id) => ctx.requestsById.get(id) ?? ctx.requestsById.get(id.toLowerCase()),
    isApprover(approvalId, userId, onlyInProgress = false) {
      const steps = ctx.state.approvals.get(approvalId)?.approval.steps ?? [];
      return steps.some(
        (s) =>
          (!onlyInProgress || s.status === 'InProgress') &&
          approversOf(ctx, approvalId, s.id ?? '').includes(userId),
      );
    },
    activatedUsing: (id) => ctx.activatedUsing.get(id),
    directoryScope(scopeId) {
      const scope = findScope(scopeId);
      return scope
        ? { id: scope.id, displayName: scope.displayName, '@odata.type': scope.odataType }
        : undefined;
    },
  };
}
