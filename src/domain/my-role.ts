import type { ActivationPolicy } from './policy.ts';

/** What a PIM grant is on: a directory role at a scope, or a group relationship. */
export type RoleTarget =
  | { plane: 'role'; roleDefinitionId: string; directoryScopeId: string; appScopeId?: string }
  | { plane: 'group'; groupId: string; accessId: 'member' | 'owner' };

export type ScopeKind = 'tenant' | 'administrativeUnit' | 'app' | 'group';

export interface RoleScope {
  kind: ScopeKind;
  displayName: string;
}

export interface Eligibility {
  instanceId: string;
  startDateTime: Date | undefined;
  /** Undefined: permanent eligibility. */
  endDateTime: Date | undefined;
}

export interface ActiveAssignment {
  instanceId: string;
  /** `Activated` through PIM (ends, can be deactivated) or `Assigned` by an admin. */
  assignmentType: 'Activated' | 'Assigned';
  startDateTime: Date | undefined;
  endDateTime: Date | undefined;
  /** The schedule behind the instance: the `targetScheduleId` of the request that created it. */
  scheduleId?: string;
}

export interface PendingRequest {
  requestId: string;
  /** `PendingApproval`; `Granted` with a future start (scheduled); `PendingProvisioning`. */
  status: string;
  createdDateTime: Date | undefined;
  startDateTime: Date | undefined;
  justification: string | undefined;
  /** The requested length (`afterDuration`) or end (`afterDateTime`), when the request says. */
  durationMinutes?: number;
  endDateTime?: Date;
  /** A `selfExtend` of the active assignment (the row stays active while it waits). */
  extension?: boolean;
}

/** One row of My roles: a target the user is eligible for or holds, with everything about it. */
export interface MyRole {
  key: string;
  target: RoleTarget;
  displayName: string;
  description: string | undefined;
  scope: RoleScope;
  eligibility: Eligibility | undefined;
  active: ActiveAssignment | undefined;
  pending: PendingRequest | undefined;
  /** Undefined until the policy is known (group policies load after the first screen). */
  policy: ActivationPolicy | undefined;
}

export type RoleState = 'active' | 'activating' | 'pending' | 'scheduled' | 'eligible' | 'assigned';

/** Stable identity of a target, case-insensitive as Graph ids are. */
export function targetKey(target: RoleTarget): string {
  return target.plane === 'role'
    ? `role|${target.roleDefinitionId}|${target.directoryScopeId}|${target.appScopeId ?? ''}`.toLowerCase()
    : `group|${target.groupId}|${target.accessId}`.toLowerCase();
}

export function roleState(role: MyRole): RoleState {
  if (role.active?.assignmentType === 'Activated') return 'active';
  if (role.active) return 'assigned';
  const status = role.pending?.status.toLowerCase();
  if (status === 'pendingapproval') return 'pending';
  if (status === 'granted') return 'scheduled';
  if (status !== undefined) return 'activating';
  return 'eligible';
}

/** A role can be activated when the user is eligible and nothing is active or on its way. */
export function canActivate(role: MyRole): boolean {
  return role.eligibility !== undefined && role.active === undefined && role.pending === undefined;
}

export const ENDING_SOON_MS = 14 * 24 * 60 * 60_000;

/** Eligibility that lapses within two weeks: time to ask for a renewal. */
export function eligibilityEndsSoon(role: MyRole, now: Date): boolean {
  const end = role.eligibility?.endDateTime;
  return end !== undefined && end.getTime() - now.getTime() <= ENDING_SOON_MS;
}
