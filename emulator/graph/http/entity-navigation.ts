import type { TenantState } from '../state.ts';
import {
  findById,
  str,
  text,
  type Entity,
  type NavigationProperty,
  type ResolveEnv,
} from './entity-model.ts';
import {
  appScopeType,
  directoryScopeType,
  groupType,
  roleDefinitionType,
  userType,
} from './entity-types-directory.ts';

/** Resolves a principal id to the user or group it names. */
export function findPrincipal(state: TenantState, id: unknown): Entity | null {
  const user = findById(state.users, id);
  if (user) return user as Entity;
  const group = findById(state.groups, id);
  return group ? (group as Entity) : null;
}

export const principalNav: NavigationProperty = {
  collection: false,
  annotate: true,
  target: (related) => ('userPrincipalName' in related ? userType : groupType),
  resolve: (entity, env) => findPrincipal(env.state, entity.principalId),
};

export const roleDefinitionNav: NavigationProperty = {
  collection: false,
  target: () => roleDefinitionType,
  resolve: (entity, env) =>
    (findById(env.state.roleDefinitions, entity.roleDefinitionId) as Entity | undefined) ?? null,
};

/** `/` renders as `{id: "/"}` (as Graph does); units and apps as the directory objects they are. */
export const directoryScopeNav: NavigationProperty = {
  collection: false,
  target: () => directoryScopeType,
  resolve: (entity, env) => {
    const id = str(entity, 'directoryScopeId');
    if (!id) return null;
    if (id === '/') return { id };
    const info = env.domain.directoryScope(id);
    return info ? { ...info } : { id };
  },
};

export const appScopeNav: NavigationProperty = {
  collection: false,
  target: () => appScopeType,
  resolve: (entity) => {
    const id = str(entity, 'appScopeId');
    return id ? { id, displayName: null, type: null } : null;
  },
};

export const groupNav: NavigationProperty = {
  collection: false,
  target: () => groupType,
  resolve: (entity, env) =>
    (findById(env.state.groups, entity.groupId) as Entity | undefined) ?? null,
};

const same = (a: unknown, b: unknown): boolean => text(a).toLowerCase() === text(b).toLowerCase();

function isActivation(entity: Entity): boolean {
  return (
    entity.assignmentType === 'Activated' ||
    text(entity.action).toLowerCase().startsWith('selfactivate')
  );
}

/**
 * The eligibility an activation used: the domain records it by request, schedule and instance
 * id; for entities it did not record (seeded history), the matching eligibility is it.
 */
export function findRoleActivatedUsing(
  env: ResolveEnv,
  entity: Entity,
  want: 'schedule' | 'instance',
): Entity | null {
  const { state } = env;
  const ref = env.domain.activatedUsing(text(entity.id));
  if (ref) {
    const found =
      want === 'schedule'
        ? findById(state.roleEligibilitySchedules, ref.scheduleId)
        : findById(state.roleEligibilityScheduleInstances, ref.instanceId);
    if (found) return found as Entity;
  }
  if (!isActivation(entity)) return null;
  const matches = (e: Entity): boolean =>
    same(e.principalId, entity.principalId) &&
    same(e.roleDefinitionId, entity.roleDefinitionId) &&
    same(e.directoryScopeId, entity.directoryScopeId) &&
    same(e.appScopeId, entity.appScopeId);
  const pool = (
    want === 'schedule' ? state.roleEligibilitySchedules : state.roleEligibilityScheduleInstances
  ) as Entity[];
  return pool.find(matches) ?? null;
}

export function findGroupActivatedUsing(
  env: ResolveEnv,
  entity: Entity,
  want: 'schedule' | 'instance',
): Entity | null {
  const { state } = env;
  const ref = env.domain.activatedUsing(text(entity.id));
  if (ref) {
    const found =
      want === 'schedule'
        ? findById(state.groupEligibilitySchedules, ref.scheduleId)
        : findById(state.groupEligibilityScheduleInstances, ref.instanceId);
    if (found) return found as Entity;
  }
  if (!isActivation(entity)) return null;
  const matches = (e: Entity): boolean =>
    same(e.principalId, entity.principalId) &&
    same(e.groupId, entity.groupId) &&
    same(e.accessId, entity.accessId);
  const pool = (
    want === 'schedule' ? state.groupEligibilitySchedules : state.groupEligibilityScheduleInstances
  ) as Entity[];
  return pool.find(matches) ?? null;
}
