/** A requester's earlier PIM requests, shown to the approver for context. Time is injected. */
import type { Plane } from './queue.ts';

export interface PastRequest {
  id: string;
  plane: Plane;
  /** The role or group asked for, by name when Graph gave it. */
  target: string;
  /** Tenant-wide, an administrative unit or app scope, or the group relationship. */
  scope: string;
  /** selfActivate, selfExtend, selfRenew (as Graph spells it). */
  action: string;
  status: string;
  /** Whether an approval was involved (Graph sets `approvalId` on approval-required requests). */
  hadApproval: boolean;
  justification: string;
  createdAt: Date;
}

export type OutcomeTone = 'success' | 'warning' | 'danger' | 'informative' | 'subtle';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const isOneOf = (value: string, list: readonly string[]) => list.some((s) => same(s, value));

/** Requests the requester made for themselves: the ones that say something about their habits. */
const SELF_SERVICE = ['selfActivate', 'selfExtend', 'selfRenew'];

/** What became of a past request, in a word or two, and how it should look. */
export function outcomeOf(request: Pick<PastRequest, 'status' | 'hadApproval'>): {
  label: string;
  tone: OutcomeTone;
} {
  const { status } = request;
  if (isOneOf(status, ['PendingApproval', 'PendingAdminDecision'])) {
    return { label: 'Waiting for approval', tone: 'informative' };
  }
  if (same(status, 'Granted')) return { label: 'Approved, starts later', tone: 'success' };
  if (
    isOneOf(status, [
      'Provisioned',
      'PendingProvisioning',
      'PendingScheduleCreation',
      'ScheduleCreated',
    ])
  ) {
    return { label: request.hadApproval ? 'Approved' : 'Activated', tone: 'success' };
  }
  if (same(status, 'Revoked')) return { label: 'Activated, since ended', tone: 'subtle' };
  // PIM also denies a request nobody decided before the stage timed out.
  if (same(status, 'Denied')) return { label: 'Denied or timed out', tone: 'danger' };
  if (same(status, 'Canceled')) return { label: 'Canceled by the requester', tone: 'subtle' };
  if (same(status, 'Failed')) return { label: 'Failed', tone: 'warning' };
  return { label: status || 'Unknown', tone: 'subtle' };
}

/** `Activation`, `Extension`, `Renewal`. */
export function actionLabel(action: string): string {
  if (same(action, 'selfExtend')) return 'Extension';
  if (same(action, 'selfRenew')) return 'Renewal';
  return 'Activation';
}

/** The requester's own activation requests, newest first, without the one under review. */
export function recentRequests(requests: readonly PastRequest[], excludeId: string): PastRequest[] {
  return requests
    .filter((r) => r.id !== excludeId && isOneOf(r.action, SELF_SERVICE))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id));
}

/** Counts by outcome over what was read, e.g. to say "3 approved, 1 denied". */
export function summarise(requests: readonly PastRequest[]): string {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const { label } = outcomeOf(r);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${String(n)} ${label.toLowerCase()}`).join(', ');
}
