import type { PimDomain } from '../pim/domain.ts';
import { text, type Entity } from './entity-model.ts';

/** The requestor of an approval (an approval's id is its request's id). */
function requestorOf(domain: PimDomain, approvalId: string): string | undefined {
  return domain.requestById(approvalId)?.principalId?.toLowerCase();
}

/**
 * Whether the caller may decide a step (`assignedToMe`): one of the step's approvers, and not
 * the requestor, since nobody approves their own request.
 */
export function isAssignedTo(
  domain: PimDomain,
  approvalId: string,
  stepId: string,
  userId: string,
): boolean {
  const me = userId.toLowerCase();
  if (requestorOf(domain, approvalId) === me) return false;
  return domain.approverIds(approvalId, stepId).some((id) => id.toLowerCase() === me);
}

/** Whether the caller approves any step of the request's approval (FBCU `on='approver'`). */
export function isApproverOf(domain: PimDomain, request: Entity, userId: string): boolean {
  const approvalId = [request.approvalId, request.id]
    .map(text)
    .find((id) => id !== '' && domain.state.approvals.has(id));
  if (!approvalId) return false;
  if (text(request.principalId).toLowerCase() === userId.toLowerCase()) return false;
  return domain.isApprover(approvalId, userId);
}
