import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';

export type ActivityKind =
  | 'requested'
  | 'approval-requested'
  | 'approved'
  | 'denied'
  | 'canceled'
  | 'request-expired'
  | 'completed'
  | 'expired'
  | 'deactivated'
  | 'removed'
  | 'other';

/**
 * PIM names its audit activities in English and these names are the only record of what
 * happened (Entra's "audit log activities" list, PIM section); the order of tests matters, e.g.
 * "PIM activation request expired" is a timed-out approval, not an elevation that ended.
 */
const RULES: readonly [RegExp, ActivityKind][] = [
  [/request expired/i, 'request-expired'],
  [/activation expired/i, 'expired'],
  [/approval requested/i, 'approval-requested'],
  [/approved/i, 'approved'],
  [/denied/i, 'denied'],
  [/canceled|cancelled/i, 'canceled'],
  [/deactivate\)/i, 'deactivated'],
  [/^remove member from role in PIM completed/i, 'removed'],
  [/completed/i, 'completed'],
  [/requested/i, 'requested'],
];

export function activityKind(activityDisplayName: string | null | undefined): ActivityKind {
  const name = activityDisplayName ?? '';
  for (const [pattern, kind] of RULES) if (pattern.test(name)) return kind;
  return 'other';
}

/** A value from an entry's `additionalDetails` (`TicketNumber`, `RequestId`, ...). */
export function auditDetail(entry: DirectoryAudit, key: string): string | undefined {
  const found = entry.additionalDetails?.find((d) => d.key?.toLowerCase() === key.toLowerCase());
  return found?.value ?? undefined;
}

export function initiatorName(entry: DirectoryAudit): string {
  const by = entry.initiatedBy;
  return (
    by?.user?.displayName ??
    by?.user?.userPrincipalName ??
    by?.app?.displayName ??
    by?.user?.id ??
    'Unknown'
  );
}

/** Whether an entry names `id` among its targets (role, group, request, user or scope). */
export function targets(entry: DirectoryAudit, id: string): boolean {
  const wanted = id.toLowerCase();
  return (entry.targetResources ?? []).some((t) => t.id?.toLowerCase() === wanted);
}
