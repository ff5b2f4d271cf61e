import { targetKey, type RoleTarget } from '../../../domain/my-role.ts';

/**
 * A role's id in presets, exported files and `/activate?role=<id>` links. It names what the
 * user is eligible for by the ids Graph itself uses, never by instance or request ids (those
 * change with every renewal), so a link or preset stays valid across sessions and can be shared
 * with a colleague eligible for the same role:
 *
 * - `role:<roleDefinitionId>`: a directory role, tenant-wide (built-in role ids are the same in
 *   every tenant);
 * - `role:<roleDefinitionId>@<directoryScopeId>`: at a scope, e.g. `@/administrativeUnits/<id>`;
 * - `role:<roleDefinitionId>@app:<appScopeId>`: at an application scope;
 * - `group:<groupId>:member` or `group:<groupId>:owner`: a PIM for Groups membership or ownership.
 */
export function toRoleRef(target: RoleTarget): string {
  if (target.plane === 'group') return `group:${target.groupId}:${target.accessId}`;
  if (target.appScopeId) return `role:${target.roleDefinitionId}@app:${target.appScopeId}`;
  return target.directoryScopeId === '/'
    ? `role:${target.roleDefinitionId}`
    : `role:${target.roleDefinitionId}@${target.directoryScopeId}`;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SCOPE = /^\/(?:[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*)?$/;

/** The target a role id names, or undefined when it is not one (see `toRoleRef`). */
export function parseRoleRef(text: string): RoleTarget | undefined {
  const ref = text.trim();
  const group = /^group:([^:]+):(member|owner)$/i.exec(ref);
  if (group) {
    const [, groupId = '', access = ''] = group;
    if (!ID.test(groupId)) return undefined;
    return { plane: 'group', groupId, accessId: access.toLowerCase() as 'member' | 'owner' };
  }
  const role = /^role:([^@]+)(?:@(.+))?$/i.exec(ref);
  if (!role) return undefined;
  const [, roleDefinitionId = '', scope] = role;
  if (!ID.test(roleDefinitionId)) return undefined;
  if (scope === undefined) return { plane: 'role', roleDefinitionId, directoryScopeId: '/' };
  if (/^app:/i.test(scope)) {
    const appScopeId = scope.slice(4);
    return ID.test(appScopeId)
      ? { plane: 'role', roleDefinitionId, directoryScopeId: '', appScopeId }
      : undefined;
  }
  return SCOPE.test(scope)
    ? { plane: 'role', roleDefinitionId, directoryScopeId: scope }
    : undefined;
}

/** The `MyRole.key` a role id stands for, to find it in the list (case-insensitive as Graph). */
export function roleRefKey(ref: string): string | undefined {
  const target = parseRoleRef(ref);
  return target ? targetKey(target) : undefined;
}
