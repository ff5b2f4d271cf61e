import type { MyRole, RoleTarget } from '../../../domain/my-role.ts';
import { targetKey } from '../../../domain/my-role.ts';
import type { ActivationPolicy } from '../../../domain/policy.ts';

/** A role row for this folder's tests. */
export function testRole(
  target: RoleTarget,
  displayName: string,
  changes: Partial<MyRole> & { maximumMinutes?: number } = {},
): MyRole {
  const { maximumMinutes = 480, ...rest } = changes;
  const policy: ActivationPolicy = {
    maximumMinutes,
    requiresJustification: true,
    requiresTicket: false,
    requiresMfa: false,
    authContext: undefined,
    requiresApproval: false,
    approvalRequiredForExtension: false,
  };
  return {
    key: targetKey(target),
    target,
    displayName,
    description: undefined,
    scope: { kind: 'tenant', displayName: 'Tenant-wide' },
    eligibility: { instanceId: 'e', startDateTime: undefined, endDateTime: undefined },
    active: undefined,
    pending: undefined,
    policy,
    ...rest,
  };
}
