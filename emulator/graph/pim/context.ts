import type { AuditStore } from './audit-store.ts';
import type {
  PrivilegedAccessGroupAssignmentScheduleRequest,
  UnifiedRoleAssignmentScheduleRequest,
  User,
} from '@microsoft/microsoft-graph-types';
import type { Clock } from '../../clock.ts';
import type { TenantState } from '../state.ts';
import type { AuditWriter } from './audit.ts';
import type { Scheduler } from './scheduler.ts';

/** What a request is about: a directory role at a scope, or a group membership/ownership. */
export type Target =
  | {
      plane: 'role';
      roleDefinitionId: string;
      directoryScopeId: string | null;
      appScopeId: string | null;
    }
  | { plane: 'group'; groupId: string; accessId: 'member' | 'owner' };

export type Action =
  | 'adminAssign'
  | 'adminUpdate'
  | 'adminRemove'
  | 'selfActivate'
  | 'selfDeactivate'
  | 'adminExtend'
  | 'adminRenew'
  | 'selfExtend'
  | 'selfRenew';

export interface EligibilityRef {
  scheduleId: string;
  instanceId: string;
}

/** The parts of a live request the state machine needs later (approval, start, expiry). */
export interface RequestMeta {
  id: string;
  target: Target;
  principalId: string;
  action: Action;
  requestedBy: string;
  /** Requested start; activations that wait for approval start when approved. */
  startMs: number;
  endMs: number | null;
  /** Set for `afterDuration`, so an approved activation runs its full length from approval. */
  durationMs: number | null;
  eligibility: EligibilityRef | null;
  justification: string | null;
  ticketNumber: string | null;
  ticketSystem: string | null;
  /** For extend/renew/update: the assignment instance whose end moves. */
  extendsInstanceId: string | null;
  /** For selfRenew: a new assignment replaces one that expired recently. */
  renewal: boolean;
}

/** A time-bound Assigned assignment that ended, kept so that selfRenew can find it. */
export interface ExpiredAssignment {
  principalId: string;
  target: Target;
  endMs: number;
}

export type RequestEntity =
  UnifiedRoleAssignmentScheduleRequest | PrivilegedAccessGroupAssignmentScheduleRequest;

export interface DomainContext {
  state: TenantState;
  clock: Clock;
  scheduler: Scheduler;
  provisioningDelayMs: number;
  usersById: Map<string, User>;
  audit: AuditWriter;
  /** Every request entity by id (both planes), for status changes and cancel. */
  requestsById: Map<string, RequestEntity>;
  meta: Map<string, RequestMeta>;
  /** Approver user ids by `${approvalId}/${stepId}`, resolved when the stage opened. */
  approvers: Map<string, readonly string[]>;
  /** Eligibility used by an activation, keyed by request, schedule and instance ids. */
  activatedUsing: Map<string, EligibilityRef>;
  expiredAssignments: ExpiredAssignment[];
  newId(): string;
  /** Audit entry ids as Graph forms them: the correlation (request) id and a sequence number. */
  auditId(requestId: string): string;
  /** Behind `state.directoryAudits`: seeded history stays compact until the log is read. */
  audits: AuditStore;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const pad2 = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${String(i)}` : String(i)));
const pad3 = (n: number): string =>
  n < 10 ? `00${String(n)}` : n < 100 ? `0${String(n)}` : String(n);

const dayPrefixes = new Map<number, string>();

/** `YYYY-MM-DDT` of a day since 1970-01-01 (H. Hinnant's civil-from-days), cached per day. */
function dayPrefix(days: number): string {
  const cached = dayPrefixes.get(days);
  if (cached) return cached;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const prefix = [String(year), '-', pad2[month], '-', pad2[day], 'T'].join('');
  if (dayPrefixes.size > 20_000) dayPrefixes.clear();
  dayPrefixes.set(days, prefix);
  return prefix;
}

/**
 * `new Date(ms).toISOString()` for years 1970–9999 without a Date: seeding the large scenario
 * formats about a million timestamps, and this is several times faster. join() yields a flat
 * string; a template literal would leave a rope of many small pieces per timestamp.
 */
export function iso(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms >= 253402300800000) return new Date(ms).toISOString();
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const hh = Math.floor(rest / 3_600_000);
  rest -= hh * 3_600_000;
  const mm = Math.floor(rest / 60_000);
  rest -= mm * 60_000;
  const ss = Math.floor(rest / 1000);
  return [
    dayPrefix(days),
    pad2[hh],
    ':',
    pad2[mm],
    ':',
    pad2[ss],
    '.',
    pad3(rest - ss * 1000),
    'Z',
  ].join('');
}

export function sameTarget(a: Target, b: Target): boolean {
  if (a.plane === 'role' && b.plane === 'role') {
    return (
      a.roleDefinitionId.toLowerCase() === b.roleDefinitionId.toLowerCase() &&
      (a.directoryScopeId ?? '').toLowerCase() === (b.directoryScopeId ?? '').toLowerCase() &&
      (a.appScopeId ?? '').toLowerCase() === (b.appScopeId ?? '').toLowerCase()
    );
  }
  if (a.plane === 'group' && b.plane === 'group') {
    return a.groupId.toLowerCase() === b.groupId.toLowerCase() && a.accessId === b.accessId;
  }
  return false;
}
