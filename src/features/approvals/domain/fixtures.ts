import type { PendingApproval } from './queue.ts';

export const at = (iso: string): Date => new Date(iso);

/** A request waiting for the approver in tests: Adele asks for Global Administrator for 1 h. */
export function approval(id: string, changes: Partial<PendingApproval> = {}): PendingApproval {
  return {
    id,
    plane: 'role',
    requester: { id: 'u-adele', displayName: 'Adele Vance', userPrincipalName: 'adele@contoso' },
    target: { id: 'r-ga', displayName: 'Global Administrator' },
    scope: 'Tenant-wide',
    policyKey: 'role:r-ga',
    justification: 'Quarterly access review',
    ticket: null,
    requestedStart: null,
    durationMs: 3_600_000,
    requestedEnd: null,
    createdAt: at('2026-11-29T10:00:00Z'),
    ...changes,
  };
}
