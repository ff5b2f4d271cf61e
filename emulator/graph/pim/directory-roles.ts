import type { TenantState } from '../state.ts';

/**
 * Whether a user holds a directory role tenant-wide right now (assigned or activated): the HTTP
 * layer uses it for reads that need an admin role (e.g. the audit log needs Reports Reader,
 * Security Reader or Global Reader), the domain for admin actions. Built-in role ids equal
 * their template ids.
 */
export function hasDirectoryRole(
  state: TenantState,
  userId: string,
  roleTemplateId: string,
  now: Date | number,
): boolean {
  const at = typeof now === 'number' ? now : now.getTime();
  const user = userId.toLowerCase();
  const role = roleTemplateId.toLowerCase();
  return state.roleAssignmentScheduleInstances.some(
    (i) =>
      i.principalId?.toLowerCase() === user &&
      i.roleDefinitionId?.toLowerCase() === role &&
      (i.directoryScopeId ?? '/') === '/' &&
      (!i.startDateTime || Date.parse(i.startDateTime) <= at) &&
      (!i.endDateTime || at < Date.parse(i.endDateTime)),
  );
}
