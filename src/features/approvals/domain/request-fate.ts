/** Why a deep-linked request is not in the queue, in words for the approver. */
export type RequestFate =
  | { kind: 'status'; status: string }
  | { kind: 'timedOut' }
  /** Graph does not show it to this user: it does not exist, or it is not theirs to see. */
  | { kind: 'unknown' };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function describeFate(fate: RequestFate): string {
  if (fate.kind === 'timedOut') {
    return 'This request timed out before anyone decided it, so PIM denied it.';
  }
  if (fate.kind === 'unknown') {
    return 'This request was not found, or you are not one of its approvers.';
  }
  const { status } = fate;
  if (
    ['Provisioned', 'Granted', 'PendingProvisioning', 'ScheduleCreated'].some((s) =>
      same(s, status),
    )
  ) {
    return 'This request was already approved.';
  }
  if (same(status, 'Denied')) return 'This request was already denied, or it timed out.';
  if (same(status, 'Canceled')) return 'The requester canceled this request.';
  if (same(status, 'Revoked')) return 'This request was already approved and has ended since.';
  if (same(status, 'PendingApproval')) {
    return 'This request is waiting for another approver or another approval stage, not for you.';
  }
  return `This request is no longer waiting for a decision (status: ${status}).`;
}
