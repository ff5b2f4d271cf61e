import type {
  PrivilegedAccessGroupAssignmentScheduleRequest,
  UnifiedRoleAssignmentScheduleRequest,
} from '@microsoft/microsoft-graph-types';
import type { Clock } from '../../clock.ts';
import type { Caller, TenantState } from '../state.ts';

export type GraphVersion = 'v1.0' | 'beta';

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
  /** How long a new activation stays `PendingProvisioning` before its instance appears. */
  provisioningDelayMs: number;
}

export function createPimDomain(_options: { clock: Clock; scenario: string }): PimDomain {
  throw new Error('pim domain: not implemented yet');
}
